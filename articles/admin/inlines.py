"""The parts of an article edited on its change form: ordered authorships, titles, abstracts, keywords, references."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.db import models
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _

from articles.models import Abstract, ArticleTitle, Authorship, Keyword, Reference

# Long texts in a table row: a small box that grows, not a full-page textarea.
SHORT_TEXTAREA: dict[type[models.Field], dict[str, Any]] = {
    models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 80})}
}
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

    def _order(self, obj: Authorship | Keyword | Reference, index: int) -> tuple:
        blank = obj.position is None
        return (*self._group(obj), blank, obj.position or 0, index)


class OrderedInline(admin.TabularInline):
    form = OrderedPartForm
    formset = OrderedInlineFormSet
    extra = 0


class AuthorshipInline(OrderedInline):
    model = Authorship
    fields = ["position", "author"]
    autocomplete_fields = ["author"]
    verbose_name = _("author")
    verbose_name_plural = _("authors (in byline order)")


class KeywordFormSet(OrderedInlineFormSet):
    group_by = ("language",)


class KeywordInline(OrderedInline):
    model = Keyword
    formset = KeywordFormSet
    fields = ["language", "position", "text"]


class ReferenceInline(OrderedInline):
    model = Reference
    fields = ["position", "number", "kind", "text", "urls"]
    formfield_overrides = SHORT_TEXTAREA


class TitleInline(admin.TabularInline):
    """Titles in the other languages (the article's own language has its title on the form)."""

    model = ArticleTitle
    extra = 0
    formfield_overrides = SHORT_TEXTAREA
    verbose_name_plural = _("titles in other languages")


class AbstractInline(admin.StackedInline):
    """One abstract per language, stacked: they are long."""

    model = Abstract
    extra = 0
    verbose_name_plural = _("abstracts (one per language)")
