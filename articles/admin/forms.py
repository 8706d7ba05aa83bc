"""Forms of the archive's admin: the article form's topic picker, the action pages, author aliases."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.admin.widgets import FilteredSelectMultiple
from django.db import models
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from articles.models import Article, Author, Topic


class TopicPicker(FilteredSelectMultiple):
    """The two filtered lists, in the wrapper a related field has: the admin's script puts its boxes
    first in the select's parent, which without the wrapper would put them before the field's label."""

    def render(self, *args, **kwargs):
        return format_html('<div class="related-widget-wrapper">{}</div>', super().render(*args, **kwargs))


def https_by_default(field: models.Field, **kwargs: Any) -> forms.Field | None:
    """Model fields as form fields; an address typed without a scheme is taken as https:// (Django 6's default)."""
    if isinstance(field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return field.formfield(**kwargs)


class ArticleAdminForm(forms.ModelForm):
    """Topics go through ArticleTopic (with a reason), so the form picks them and the admin saves them."""

    # Not named "topics": the admin refuses a many-to-many field with its own through model in a fieldset.
    chosen_topics = forms.ModelMultipleChoiceField(
        label=capfirst(_("topics")),
        queryset=Topic.objects.all(),
        required=False,
        widget=TopicPicker(_("topics"), is_stacked=False),
    )

    class Meta:
        model = Article
        formfield_callback = https_by_default
        exclude = ["topics"]  # noqa: DJ006 — every field but one; saved by articles.curation.services.set_topics, keeping the import's reasons

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial.setdefault("chosen_topics", list(self.instance.topic_links.values_list("topic_id", flat=True)))


class TopicChoiceForm(forms.Form):
    """The second step of the "add a topic" and "remove a topic" actions."""

    topic = forms.ModelChoiceField(label=capfirst(_("topic")), queryset=Topic.objects.all())


class MergeAuthorsForm(forms.Form):
    """The second step of "merge authors": which of the selected authors stays."""

    keep = forms.ModelChoiceField(
        label=capfirst(_("keep this author")), queryset=Author.objects.none(), widget=forms.RadioSelect
    )

    def __init__(self, *args, authors, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = authors


class AuthorAdminForm(forms.ModelForm):
    class Meta:
        model = Author
        fields = ["name", "name_latin", "slug", "aliases"]
        help_texts = {"aliases": _('A list of other spellings in quotes, e.g. ["Dollin D.", "Доллин Д."].')}

    def clean_aliases(self):
        aliases = self.cleaned_data["aliases"] or []
        if not isinstance(aliases, list) or not all(isinstance(alias, str) for alias in aliases):
            raise forms.ValidationError(_("Enter a list of spellings, each in double quotes."))
        return list(dict.fromkeys(alias.strip() for alias in aliases if alias.strip()))
