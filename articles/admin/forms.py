"""Forms of the archive's admin: the article form's topic picker, the action pages, author aliases."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.admin.widgets import FilteredSelectMultiple
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils.functional import Promise
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from articles.admin.provenance import source_line_note, source_lines
from articles.curation.languages import keyword_lines
from articles.models import LANGUAGE_CODES, Article, Author, Keyword, Topic

MAX_KEYWORD_LENGTH = Keyword._meta.get_field("text").max_length
# Fields whose value the import read from the source text: the form shows the line beside each.
TRACED_FIELDS = (
    "title",
    *(f"{kind}_{code}" for kind in ("title", "abstract", "keywords") for code in LANGUAGE_CODES),
    "doi",
    "udc",
    "irsti",
    "original_url",
)


class LineEndsField(forms.CharField):
    """Text from a textarea: the browser's CRLF line ends read as LF, so an untouched text is unchanged
    (else every save from a browser would mark the field changed, and curated)."""

    def to_python(self, value: Any) -> str:
        return (super().to_python(value) or "").replace("\r\n", "\n").replace("\r", "\n")


class PlainTextField(LineEndsField):
    """A per-language text of the article form: optional, kept as typed."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(required=False, strip=False, **kwargs)


# Whole phrases, not "… in {language}": the history shows a changed field by its label, translated when read.
TITLE_LABELS = {"kk": _("Title in Kazakh"), "ru": _("Title in Russian"), "en": _("Title in English")}
OWN_TITLE_LABELS = {
    "kk": _("Title in Kazakh (the article’s language)"),
    "ru": _("Title in Russian (the article’s language)"),
    "en": _("Title in English (the article’s language)"),
}
ABSTRACT_LABELS = {"kk": _("Abstract in Kazakh"), "ru": _("Abstract in Russian"), "en": _("Abstract in English")}
KEYWORD_LABELS = {"kk": _("Keywords in Kazakh"), "ru": _("Keywords in Russian"), "en": _("Keywords in English")}


def _language_field(labels: dict, code: str, rows: int, help_text: str | Promise = "") -> PlainTextField:
    return PlainTextField(
        label=labels[code], help_text=help_text, widget=forms.Textarea(attrs={"rows": rows, "lang": code})
    )


def title_field(code: str) -> PlainTextField:
    return _language_field(TITLE_LABELS, code, rows=3)


def abstract_field(code: str) -> PlainTextField:
    return _language_field(ABSTRACT_LABELS, code, rows=12)


def keywords_field(code: str) -> PlainTextField:
    help_text = _("One keyword per line, in the order shown on the site.")
    return _language_field(KEYWORD_LABELS, code, rows=8, help_text=help_text)


class TopicPicker(FilteredSelectMultiple):
    """The two filtered lists, in the wrapper a related field has: the admin's script puts its boxes
    first in the select's parent, which without the wrapper would put them before the field's label."""

    def render(self, *args, **kwargs):
        return format_html('<div class="related-widget-wrapper">{}</div>', super().render(*args, **kwargs))


def https_by_default(field: models.Field, **kwargs: Any) -> forms.Field | None:
    """Model fields as form fields; an address typed without a scheme is taken as https:// (Django 6's default),
    and a text's line ends are read alike from any browser."""
    if isinstance(field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    if isinstance(field, models.TextField) and not field.choices:
        kwargs.setdefault("form_class", LineEndsField)
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

    # Per language, side by side on the form: a translated title, the abstract, the keywords one per line.
    title_kk, title_ru, title_en = title_field("kk"), title_field("ru"), title_field("en")
    abstract_kk, abstract_ru, abstract_en = abstract_field("kk"), abstract_field("ru"), abstract_field("en")
    keywords_kk, keywords_ru, keywords_en = keywords_field("kk"), keywords_field("ru"), keywords_field("en")

    class Meta:
        model = Article
        formfield_callback = https_by_default
        exclude = ["topics"]  # noqa: DJ006 — every field but one; saved by articles.curation.services.set_topics, keeping the import's reasons

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        article = self.instance
        if article.language:  # its title in its own language is the title field
            del self.fields[f"title_{article.language}"]
            self.fields["title"].label = OWN_TITLE_LABELS[article.language]
        else:
            self.fields["title"].label = _("Title in the article’s language")
        if article.pk:
            self.initial.setdefault("chosen_topics", list(article.topic_links.values_list("topic_id", flat=True)))
            for language, title in article.titles.values_list("language", "title"):
                self.initial.setdefault(f"title_{language}", title)
            for language, text in article.abstracts.values_list("language", "text"):
                self.initial.setdefault(f"abstract_{language}", text)
            keywords: dict[str, list[str]] = {}
            for language, text in article.keywords.order_by("language", "position").values_list("language", "text"):
                keywords.setdefault(language, []).append(text)
            for language, texts in keywords.items():
                self.initial.setdefault(f"keywords_{language}", "\n".join(texts))
            self._note_source_lines(source_lines(article))

    def _note_source_lines(self, lines: list[tuple[int, str]]) -> None:
        """Under each field the import filled, the source line its value came from."""
        for name in TRACED_FIELDS:
            if name not in self.fields or not lines:
                continue
            value = str(self.initial.get(name) or "")
            note = source_line_note(lines, value, is_list=name.startswith("keywords_"))
            if note:
                help_text = self.fields[name].help_text
                self.fields[name].help_text = format_html("{} {}", help_text, note) if help_text else note

    def clean(self):
        cleaned = super().clean()
        for code in LANGUAGE_CODES:
            too_long = [k for k in keyword_lines(cleaned.get(f"keywords_{code}", "")) if len(k) > MAX_KEYWORD_LENGTH]
            if too_long:
                self.add_error(
                    f"keywords_{code}",
                    _("A keyword is at most %(max)d characters: %(keyword)s")
                    % {"max": MAX_KEYWORD_LENGTH, "keyword": too_long[0][:60] + "…"},
                )
        return cleaned

    def language_parts(self, prefix: str) -> dict[str, str]:
        """The changed per-language fields of a kind (title, abstract, keywords), by language code."""
        return {
            name.removeprefix(f"{prefix}_"): self.cleaned_data[name]
            for name in self.changed_data
            if name.startswith(f"{prefix}_")
        }


class TopicChoiceForm(forms.Form):
    """The second step of the "add a topic" and "remove a topic" actions."""

    topic = forms.ModelChoiceField(label=capfirst(_("topic")), queryset=Topic.objects.all())


class MergeAuthorsForm(forms.Form):
    """The second step of "merge authors": which of the selected authors stays; names that do not look like
    one person's are merged only when the editor confirms."""

    keep = forms.ModelChoiceField(
        label=capfirst(_("keep this author")), queryset=Author.objects.none(), widget=forms.RadioSelect
    )
    confirm_different = forms.BooleanField(
        label=_("Merge anyway: these are one person despite the different surnames"), required=False
    )

    def __init__(self, *args, authors, plausible, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = authors
        self.plausible = plausible
        if plausible:
            del self.fields["confirm_different"]

    def clean(self):
        cleaned = super().clean()
        if not self.plausible and not cleaned.get("confirm_different"):
            raise forms.ValidationError(
                _("Nothing was merged: the surnames differ in every script, so these look like different people."),
                code="different_people",
            )
        return cleaned


class SplitAliasForm(forms.Form):
    """Undoing a merge: one of the author's other spellings becomes an author again, on the chosen articles."""

    alias = forms.ChoiceField(label=capfirst(_("spelling to split out")), widget=forms.RadioSelect)
    articles = forms.ModelMultipleChoiceField(
        label=capfirst(_("articles that name this spelling")),
        queryset=Article.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, author, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["alias"].choices = [(alias, alias) for alias in author.aliases or []]
        self.fields["articles"].queryset = Article.objects.filter(authorships__author=author).distinct()

    def clean_alias(self):
        alias = self.cleaned_data["alias"]
        if Author.objects.filter(name=alias).exists():
            raise forms.ValidationError(
                _("An author named “%(name)s” exists already: move the articles to that author instead.")
                % {"name": alias},
                code="exists",
            )
        return alias


class ReferenceForm(forms.ModelForm):
    """A reference row: its links must be a list of http(s) addresses (the site links them)."""

    def clean_urls(self):
        urls = self.cleaned_data["urls"] or []
        if not isinstance(urls, list) or not all(isinstance(url, str) for url in urls):
            raise forms.ValidationError(_("Enter a list of addresses, each in double quotes."))
        check = URLValidator(schemes=["http", "https"])
        for url in urls:
            try:  # the import keeps addresses as printed, often without a scheme: those are read as https
                check(url if "://" in url else f"https://{url}")
            except ValidationError:
                raise forms.ValidationError(
                    _("Not an http or https address: %(url)s") % {"url": url[:100]}, code="invalid_url"
                ) from None
        return urls


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
