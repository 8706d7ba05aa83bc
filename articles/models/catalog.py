"""The catalog around articles: languages, sources, topics and authors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from articles.models.querysets import AuthorQuerySet, TopicQuerySet


class Language(models.TextChoices):
    KAZAKH = "kk", _("Kazakh")
    RUSSIAN = "ru", _("Russian")
    ENGLISH = "en", _("English")


LANGUAGE_CODES = tuple(Language.values)


def language_check(name: str, field: str = "language", nullable: bool = False) -> models.CheckConstraint:
    condition = Q(**{f"{field}__in": LANGUAGE_CODES})
    if nullable:
        condition |= Q(**{f"{field}__isnull": True})
    return models.CheckConstraint(condition=condition, name=name)


class Source(models.Model):
    class Kind(models.TextChoices):
        JOURNAL = "journal", _("Journal")
        NEWS_OUTLET = "news_outlet", _("News outlet")
        NEWS_AGENCY = "news_agency", _("News agency")
        GOVERNMENT = "government", _("Government site")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    url = models.URLField(_("URL"), blank=True)
    issn = models.CharField(_("ISSN"), max_length=9, blank=True, help_text=_("For a journal: 1234-567X."))

    if TYPE_CHECKING:
        # Not a column: .annotate() adds it (articles.admin.catalog.SharedRowAdmin).
        article_count: int

    class Meta:
        ordering = ["name"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return f"{reverse('articles:list')}?source={self.slug}"


class Topic(models.Model):
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    name_kk = models.CharField(_("name (Kazakh)"), max_length=200)
    name_ru = models.CharField(_("name (Russian)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    description_kk = models.TextField(_("description (Kazakh)"), blank=True)
    description_ru = models.TextField(_("description (Russian)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    # {"kk": [...], "ru": [...], "en": [...]}: phrases whose presence assigns the topic on import.
    match_terms = models.JSONField(_("match terms"), default=dict, blank=True)
    position = models.PositiveIntegerField(_("position"), default=0)

    objects = TopicQuerySet.as_manager()

    if TYPE_CHECKING:
        # Not a column: .annotate() adds it (articles.admin.catalog.SharedRowAdmin, with_article_counts).
        article_count: int

    class Meta:
        ordering = ["position", "slug"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("articles:topic", kwargs={"slug": self.slug})

    def _localized(self, prefix: str) -> str:
        language = (get_language() or "kk")[:2]
        if language not in LANGUAGE_CODES:
            language = "en"
        return getattr(self, f"{prefix}_{language}") or getattr(self, f"{prefix}_en")

    @property
    def name(self) -> str:
        """The name in the active interface language."""
        return self._localized("name")

    @property
    def description(self) -> str:
        return self._localized("description")


class Author(models.Model):
    name = models.CharField(_("name as printed"), max_length=200, unique=True)
    name_latin = models.CharField(_("name in Latin script"), max_length=200, blank=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    # Other spellings of the same person (kept when duplicates are merged); search finds them too.
    aliases = models.JSONField(_("other spellings"), default=list, blank=True)

    objects = AuthorQuerySet.as_manager()

    if TYPE_CHECKING:
        # Not a column: .annotate() adds it (articles.admin.catalog.SharedRowAdmin).
        article_count: int

    class Meta:
        ordering = ["name"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("articles:author", kwargs={"slug": self.slug})
