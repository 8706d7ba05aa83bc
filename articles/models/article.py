"""An article: one record of the archive, with its provenance and what editors curated."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from articles.models.catalog import Author, Language, Source, Topic, language_check
from articles.models.querysets import ArticleQuerySet

# Fields an editor can take over; the import never writes a field named in Article.curated_fields.
CURATABLE_FIELDS = (
    "kind",
    "language",
    "title",
    "titles",
    "authors",
    "abstracts",
    "keywords",
    "references",
    "topics",
    "source",
    "published",
    "volume",
    "issue",
    "pages",
    "doi",
    "udc",
    "irsti",
    "original_url",
    "is_fragment",
    "fragment_note",
    "body",
    "status",
)


class Article(models.Model):
    class Kind(models.TextChoices):
        RESEARCH_ARTICLE = "research_article", _("Research article")
        NEWS = "news", _("News")
        INTERVIEW = "interview", _("Interview")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    class DatePrecision(models.TextChoices):
        DAY = "day", _("Day")
        MONTH = "month", _("Month")
        YEAR = "year", _("Year")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.RESEARCH_ARTICLE)
    language = models.CharField(_("language"), max_length=2, choices=Language.choices, null=True, blank=True)
    title = models.TextField(_("title"), blank=True, help_text=_("Empty for a fragment cut before its title."))
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    body = models.TextField(_("body"), blank=True)
    published = models.DateField(_("publication date"), null=True, blank=True)
    published_precision = models.CharField(
        _("date precision"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_("How much of the publication date the source gives: a year, a month or a day."),
    )
    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.PROTECT, null=True, blank=True, related_name="articles"
    )
    is_fragment = models.BooleanField(_("fragment"), default=False)
    fragment_note = models.TextField(_("what is missing"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PUBLISHED)
    topics = models.ManyToManyField(
        Topic, verbose_name=_("topics"), through="ArticleTopic", related_name="articles", blank=True
    )
    # Where a reference cites it: the volume, issue and pages of its journal, its DOI and classification codes.
    volume = models.CharField(_("volume"), max_length=30, blank=True)
    issue = models.CharField(_("issue"), max_length=30, blank=True)
    pages = models.CharField(_("pages"), max_length=30, blank=True)
    doi = models.CharField(
        _("DOI"), max_length=200, blank=True, help_text=_("For example 10.26577/IRILJ.2023.v101.i1.01")
    )
    udc = models.CharField(
        _("UDC"), max_length=100, blank=True, help_text=_("Universal Decimal Classification (УДК, ӘОЖ).")
    )
    irsti = models.CharField(
        _("IRSTI"),
        max_length=50,
        blank=True,
        help_text=_("State rubricator of scientific and technical information (МРНТИ, ХҒТАР)."),
    )
    original_url = models.URLField(_("original address"), max_length=500, blank=True)
    # Where the text came from: the import's natural key and what a reader can check.
    import_key = models.CharField(_("import key"), max_length=300, unique=True, null=True, blank=True, editable=False)
    provenance_file = models.CharField(_("source file"), max_length=255, blank=True)
    # The folder the file was imported from: a file of the same name in another folder is another text.
    provenance_folder = models.CharField(_("source folder"), max_length=500, blank=True, editable=False)
    provenance_first_line = models.PositiveIntegerField(_("first line"), null=True, blank=True)
    provenance_last_line = models.PositiveIntegerField(_("last line"), null=True, blank=True)
    # Names of the fields an editor changed; a re-import leaves them alone.
    curated_fields = models.JSONField(_("curated fields"), default=list, blank=True)
    # When an editor last confirmed the entry; the review queue lists unreviewed articles with problems.
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = ArticleQuerySet.as_manager()

    if TYPE_CHECKING:
        # Not columns: .annotate() adds them where a queryset asks for them.
        abstract_count: int  # articles.admin.article.ArticleAdmin.get_queryset
        reference_count: int
        has_author: bool  # articles.curation.services.with_review_flags
        has_topic: bool

    class Meta:
        ordering = ["-published", "title", "slug"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        constraints = [
            language_check("article_language_valid", nullable=True),
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
            # Covers the change stamp (count and latest change of the published articles) that keys the cached
            # facets, sitemaps and suggestions on every page: without it SQLite reads every article's row.
            models.Index(fields=["status", "updated"], name="article_status_updated_idx"),
            # The published articles in id order without sorting them all: sitemap pages (100 ms to 12 ms for
            # the last of 43,576 articles on SQLite).
            models.Index(fields=["status", "id"], name="article_status_id_idx"),
            models.Index(fields=["doi"], name="article_doi_idx", condition=~Q(doi="")),
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
