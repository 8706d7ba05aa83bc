"""The ordered parts of an article edited as rows of its change form: authorships and references.

Titles, abstracts and keywords are fields of the form itself (articles.admin.forms.language_fields),
side by side per language.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.db import models
from django.forms.models import BaseInlineFormSet
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from articles.admin.forms import LineEndsField, ReferenceForm
from articles.models import Authorship, Reference

# Rows about to move are parked here first: positions are unique per article and
# PostgreSQL checks that row by row, so two rows swapping places would collide.
PARKING_POSITION = 30000


class OrderedPartForm(forms.ModelForm):
    """A row with a position: optional (blank goes last), and not checked for uniqueness row by row."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["position"].required = False
        self.fields["position"].help_text = ""

    def _get_validation_exclusions(self):
        # The formset renumbers the rows on save, so equal or clashing positions are fine.
        return {*super()._get_validation_exclusions(), "position"}


class OrderedInlineFormSet(BaseInlineFormSet):
    """Saves rows in the order of their positions as 0, 1, 2… (per language for keywords).

    Ties keep the order the rows were shown in; a row without a position goes last.
    """

    group_by: tuple[str, ...] = ()

    def save(self, commit=True):
        saved = super().save(commit=False)
        for obj in self.deleted_objects:
            obj.delete()
        kept = [(i, form) for i, form in enumerate(self.forms) if form.instance.pk or form.instance in saved]
        kept = [(i, form) for i, form in kept if form not in self.deleted_forms]
        groups: dict[tuple, list] = {}
        for _index, form in sorted(kept, key=lambda item: self._order(item[1].instance, item[0])):
            groups.setdefault(self._group(form.instance), []).append(form)
        moving = []
        for forms_in_group in groups.values():
            for position, form in enumerate(forms_in_group):
                obj = form.instance
                was = (self._group_of_initial(form), form.initial.get("position"))
                obj.position = position
                if obj.pk is None or obj in saved or was != (self._group(obj), position):
                    moving.append(obj)
        for parked, obj in enumerate(o for o in moving if o.pk is not None):
            type(obj).objects.filter(pk=obj.pk).update(position=PARKING_POSITION + parked)
        for obj in moving:
            obj.save()
        self.save_m2m()
        return saved

    def _group(self, obj: models.Model) -> tuple:
        return tuple(getattr(obj, name) for name in self.group_by)

    def _group_of_initial(self, form: forms.ModelForm) -> tuple:
        return tuple(form.initial.get(name) for name in self.group_by)

    def _order(self, obj: Authorship | Reference, index: int) -> tuple:
        blank = obj.position is None
        return (*self._group(obj), blank, obj.position or 0, index)


class OrderedInline(admin.TabularInline):
    form = OrderedPartForm
    formset = OrderedInlineFormSet
    extra = 0


class AuthorshipInline(OrderedInline):
    model = Authorship
    fields = ["position", "author", "affiliation"]
    autocomplete_fields = ["author"]
    verbose_name = _("author")
    verbose_name_plural = _("authors (in byline order)")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "author":  # the model's field has no verbose name of its own
            kwargs.setdefault("label", capfirst(_("author")))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class ReferenceRowForm(OrderedPartForm, ReferenceForm):
    pass


class ReferenceInline(OrderedInline):
    """The reference list, compact: a narrow position and number, the text in a box that fills the row."""

    model = Reference
    form = ReferenceRowForm
    fields = ["position", "number", "kind", "text", "urls"]
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 2}), "form_class": LineEndsField},
        models.JSONField: {"widget": forms.Textarea(attrs={"rows": 1})},
    }
    classes = ["compact-references"]
    verbose_name = _("reference")
    verbose_name_plural = _("reference list")
