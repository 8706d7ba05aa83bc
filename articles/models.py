"""The archive's data model: sources, articles with their per-language parts, authors, references, topics."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from articles.querysets import ArticleQuerySet, AuthorQuerySet, TopicQuerySet


class Language(models.TextChoices):
    KAZAKH = "kk", _("Kazakh")
    RUSSIAN = "ru", _("Russian")
    ENGLISH = "en", _("English")


LANGUAGE_CODES = tuple(Language.values)


def _language_check(name: str, field: str = "language", nullable: bool = False) -> models.CheckConstraint:
    condition = Q(**{f"{field}__in": LANGUAGE_CODES})
    if nullable:
        condition |= Q(**{f"{field}__isnull": True})
    return models.CheckConstraint(condition=condition, name=name)


class Source(models.Model):
    class Kind(models.TextChoices):
        JOURNAL = "journal", _("Journal")
        NEWS_AGENCY = "news_agency", _("News agency")
        GOVERNMENT = "government", _("Government site")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    url = models.URLField(_("URL"), blank=True)

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

    class Meta:
        ordering = ["name"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("articles:author", kwargs={"slug": self.slug})


class Article(models.Model):
    class Kind(models.TextChoices):
        RESEARCH_ARTICLE = "research_article", _("Research article")
        NEWS = "news", _("News")
        INTERVIEW = "interview", _("Interview")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.RESEARCH_ARTICLE)
    language = models.CharField(_("language"), max_length=2, choices=Language.choices, null=True, blank=True)
    title = models.TextField(_("title"), blank=True, help_text=_("Empty for a fragment cut before its title."))
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    body = models.TextField(_("body"), blank=True)
    published = models.DateField(_("publication date"), null=True, blank=True)
    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.PROTECT, null=True, blank=True, related_name="articles"
    )
    is_fragment = models.BooleanField(_("fragment"), default=False)
    fragment_note = models.TextField(_("what is missing"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PUBLISHED)
    topics = models.ManyToManyField(
        Topic, verbose_name=_("topics"), through="ArticleTopic", related_name="articles", blank=True
    )
    # Where the text came from: the import's natural key and what a reader can check.
    import_key = models.CharField(_("import key"), max_length=300, unique=True, null=True, blank=True, editable=False)
    provenance_file = models.CharField(_("source file"), max_length=255, blank=True)
    provenance_first_line = models.PositiveIntegerField(_("first line"), null=True, blank=True)
    provenance_last_line = models.PositiveIntegerField(_("last line"), null=True, blank=True)
    # Names of the fields an editor changed; a re-import leaves them alone.
    curated_fields = models.JSONField(_("curated fields"), default=list, blank=True)
    # When an editor last confirmed the entry; the review queue lists unreviewed articles with problems.
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published", "title", "slug"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        constraints = [
            _language_check("article_language_valid", nullable=True),
            models.CheckConstraint(
                condition=Q(provenance_first_line__isnull=True)
                | Q(provenance_last_line__isnull=True)
                | Q(provenance_last_line__gte=models.F("provenance_first_line")),
                name="article_provenance_lines_ordered",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "language"], name="article_status_language_idx"),
            models.Index(fields=["status", "kind"], name="article_status_kind_idx"),
            models.Index(fields=["status", "published"], name="article_status_published_idx"),
            models.Index(fields=["status", "is_fragment"], name="article_status_fragment_idx"),
            models.Index(fields=["updated"], name="article_updated_idx"),
            # Every column facet (articles/facets.py counts them in one query): read from the index alone.
            # SQLite stores these columns after the body, so reading them from the row walks its pages.
            models.Index(
                fields=["status", "language", "kind", "source", "published", "is_fragment"],
                name="article_facet_columns_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.slug

    def get_absolute_url(self) -> str:
        return reverse("articles:detail", kwargs={"slug": self.slug})

    @property
    def authors_in_order(self) -> list[Author]:
        return [authorship.author for authorship in self.authorships.all()]


class ArticleTitle(models.Model):
    """A title of the article in another language than its own."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="titles")
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    title = models.TextField(_("title"))

    class Meta:
        ordering = ["article", "language"]
        verbose_name = _("translated title")
        verbose_name_plural = _("translated titles")
        constraints = [
            models.UniqueConstraint(fields=["article", "language"], name="unique_title_per_language"),
            _language_check("title_language_valid"),
        ]

    def __str__(self) -> str:
        return f"[{self.language}] {self.title}"


class Abstract(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="abstracts")
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    text = models.TextField(_("text"))

    class Meta:
        ordering = ["article", "language"]
        verbose_name = _("abstract")
        verbose_name_plural = _("abstracts")
        constraints = [
            models.UniqueConstraint(fields=["article", "language"], name="unique_abstract_per_language"),
            _language_check("abstract_language_valid"),
        ]
        indexes = [models.Index(fields=["language", "article"], name="abstract_language_idx")]

    def __str__(self) -> str:
        return f"[{self.language}] {self.text[:60]}"


class Keyword(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="keywords")
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    position = models.PositiveSmallIntegerField(_("position"))
    text = models.CharField(_("keyword"), max_length=300)

    class Meta:
        ordering = ["article", "language", "position"]
        verbose_name = _("keyword")
        verbose_name_plural = _("keywords")
        constraints = [
            models.UniqueConstraint(fields=["article", "language", "position"], name="unique_keyword_position"),
            _language_check("keyword_language_valid"),
        ]

    def __str__(self) -> str:
        return self.text


class Authorship(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="authorships")
    author = models.ForeignKey(Author, on_delete=models.PROTECT, related_name="authorships")
    position = models.PositiveSmallIntegerField(_("position"))

    class Meta:
        ordering = ["article", "position"]
        verbose_name = _("authorship")
        verbose_name_plural = _("authorships")
        constraints = [
            models.UniqueConstraint(fields=["article", "position"], name="unique_authorship_position"),
            models.UniqueConstraint(fields=["article", "author"], name="unique_authorship_author"),
        ]

    def __str__(self) -> str:
        return f"{self.author} — {self.article}"


class Reference(models.Model):
    class Kind(models.TextChoices):
        NUMBERED = "numbered", _("Numbered entry")
        CITATION = "citation", _("In-text citation")

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="references")
    position = models.PositiveSmallIntegerField(_("position"))
    number = models.PositiveIntegerField(_("number"), null=True, blank=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.NUMBERED)
    text = models.TextField(_("text"))
    urls = models.JSONField(_("URLs"), default=list, blank=True)

    class Meta:
        ordering = ["article", "position"]
        verbose_name = _("reference")
        verbose_name_plural = _("references")
        constraints = [
            models.UniqueConstraint(fields=["article", "position"], name="unique_reference_position"),
        ]

    def __str__(self) -> str:
        return f"{self.number or '–'}. {self.text[:80]}"


class ArticleTopic(models.Model):
    """Why an article carries a topic: the matched terms, or an editor's choice."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="topic_links")
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="article_links")
    reason = models.CharField(_("reason"), max_length=500, blank=True)

    class Meta:
        ordering = ["article", "topic"]
        verbose_name = _("article topic")
        verbose_name_plural = _("article topics")
        constraints = [models.UniqueConstraint(fields=["article", "topic"], name="unique_article_topic")]

    def __str__(self) -> str:
        return f"{self.article} — {self.topic}"
class DeletedArticle(models.Model):
    """A tombstone: harvesters (OAI-PMH) are told an article they once saw is gone."""

    article_id = models.PositiveIntegerField(_("article number"), unique=True)
    slug = models.SlugField(_("slug"), max_length=120)
    title = models.TextField(_("title"), blank=True)
    deleted = models.DateTimeField(_("deleted"), auto_now=True)

    class Meta:
        ordering = ["-deleted"]
        verbose_name = _("deleted article")
        verbose_name_plural = _("deleted articles")
        indexes = [models.Index(fields=["deleted"], name="deleted_article_deleted_idx")]

    def __str__(self) -> str:
        return self.title or self.slug


from articles.search.models import SearchDocument  # noqa: E402,F401
