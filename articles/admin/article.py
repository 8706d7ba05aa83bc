"""The article admin: the list editors work from, the review queue, and the change form with its parts.

Whatever an editor changes here is recorded in ``Article.curated_fields``
(so ``import_texts`` leaves it alone) and reaches the search index when the
save commits.
"""

from __future__ import annotations

from collections.abc import Iterable

from django import forms
from django.contrib import admin
from django.db import models
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.forms.models import BaseInlineFormSet
from django.utils.html import format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from articles.admin import actions
from articles.admin.filters import NeedsReviewFilter
from articles.admin.forms import ArticleAdminForm
from articles.admin.inlines import AbstractInline, AuthorshipInline, KeywordInline, ReferenceInline, TitleInline
from articles.admin.provenance import source_lines_html
from articles.admin.search import search_articles
from articles.curation import services as curation
from articles.models import Abstract, Article, Reference


def _count(model: type[Abstract | Reference]) -> Coalesce:
    """How many rows of an article part each article has, as a subquery (no join fan-out)."""
    rows = model.objects.filter(article=OuterRef("pk")).order_by().values("article").annotate(n=Count("pk"))
    return Coalesce(Subquery(rows.values("n"), output_field=IntegerField()), 0)


FORM_FIELD_NAMES = {"chosen_topics": "topics"}


def changed_parts(form: forms.ModelForm, formsets: Iterable[BaseInlineFormSet]) -> list[str]:
    """The import's names of what an editor changed: form fields, then each changed inline."""
    names = [FORM_FIELD_NAMES.get(name, name) for name in form.changed_data]
    # The stubs allow a formset without a model; inline formsets always have one.
    names += [curation.PART_FIELDS[formset.model] for formset in formsets if formset.has_changed()]  # type: ignore[index]
    return curation.curated_names(names)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    form = ArticleAdminForm
    list_display = [
        "display_title",
        "language",
        "kind",
        "source",
        "published",
        "status",
        "is_fragment",
        "abstract_count",
        "reference_count",
    ]
    list_filter = [
        NeedsReviewFilter,
        "status",
        "language",
        "kind",
        "is_fragment",
        "topics",
        "source",
    ]
    list_select_related = ["source"]
    search_fields = ["title"]  # shows the search box; get_search_results does the searching
    search_help_text = _("Titles, authors and keywords in all three languages, as on the site.")
    date_hierarchy = "published"
    prepopulated_fields = {"slug": ["title"]}  # on the add form only; a saved article keeps its address
    actions = [actions.publish, actions.unpublish, actions.add_topic, actions.remove_topic, actions.mark_reviewed]
    inlines = [AuthorshipInline, TitleInline, AbstractInline, KeywordInline, ReferenceInline]
    readonly_fields = [
        "review_reasons",
        "reviewed_at",
        "curated_fields",
        "provenance_file",
        "provenance_first_line",
        "provenance_last_line",
        "source_lines",
        "topic_reasons",
        "import_key",
        "created",
        "updated",
    ]
    fieldsets = [
        (None, {"fields": ["title", "language", "kind", "status", "slug"]}),
        (
            _("Publication"),
            {
                "fields": [
                    "source",
                    ("published", "published_precision"),
                    ("volume", "issue", "pages"),
                    "doi",
                    ("udc", "irsti"),
                    "original_url",
                    "is_fragment",
                    "fragment_note",
                ]
            },
        ),
        (_("Topics"), {"fields": ["chosen_topics"]}),
        (_("Text"), {"fields": ["body"], "classes": ["collapse"]}),
        (_("Review"), {"fields": ["review_reasons", "reviewed_at", "curated_fields"]}),
        (
            _("Provenance"),
            {
                "fields": [
                    "provenance_file",
                    "provenance_first_line",
                    "provenance_last_line",
                    "source_lines",
                    "topic_reasons",
                    "import_key",
                    "created",
                    "updated",
                ],
                "classes": ["collapse"],
            },
        ),
    ]

    def get_queryset(self, request):
        queryset = (
            super().get_queryset(request).annotate(abstract_count=_count(Abstract), reference_count=_count(Reference))
        )
        return curation.with_review_flags(queryset)

    def get_list_display(self, request):
        if NeedsReviewFilter.is_active(request):  # the queue: why, next to the title, in a narrow table
            return ["display_title", "review_reasons", "language", "kind", "status"]
        return super().get_list_display(request)

    def get_search_results(self, request, queryset, search_term):
        return search_articles(queryset, search_term), False

    # Columns and read-only fields --------------------------------------------------------------------------

    @admin.display(description=_("title"), ordering="title")
    def display_title(self, article: Article) -> str:
        return article.title or gettext("(no title) %(slug)s") % {"slug": article.slug}

    @admin.display(description=_("abstracts"), ordering="abstract_count")
    def abstract_count(self, article: Article) -> int:
        return article.abstract_count

    @admin.display(description=_("references"), ordering="reference_count")
    def reference_count(self, article: Article) -> int:
        return article.reference_count

    @admin.display(description=_("needs review because"))
    def review_reasons(self, article: Article) -> str:
        if not article.pk:
            return ""
        if not hasattr(article, "has_topic"):  # a freshly saved object, not from get_queryset
            article = curation.with_review_flags(Article.objects.filter(pk=article.pk)).get()
        return "; ".join(curation.review_reasons(article)) or "—"

    @admin.display(description=_("original source lines"))
    def source_lines(self, article: Article) -> str:
        return source_lines_html(article) if article.pk else ""

    @admin.display(description=_("why these topics"))
    def topic_reasons(self, article: Article) -> str:
        links = article.topic_links.select_related("topic") if article.pk else []
        return format_html_join("", "<div>{}: {}</div>", ((link.topic, link.reason or "—") for link in links))

    # Saving ------------------------------------------------------------------------------------------------

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        article = form.instance
        if "chosen_topics" in form.changed_data:
            curation.set_topics(article, form.cleaned_data["chosen_topics"])
        curation.mark_curated([article.pk], changed_parts(form, formsets))
        curation.reindex_on_commit([article.pk])
