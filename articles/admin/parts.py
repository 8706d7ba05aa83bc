"""Article parts edited on their own pages (they are also inlines of the article form).

A change here counts as a change of the article: its field is curated, its
`updated` time moves and its search document is rewritten.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib import admin
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from articles.curation import services as curation
from articles.models import Abstract, ArticleTitle, ArticleTopic, Authorship, Keyword, Reference


class ArticlePartAdmin(admin.ModelAdmin):
    autocomplete_fields = ["article"]
    list_per_page = 50

    def get_list_select_related(self, request):
        return list(self.autocomplete_fields)  # the rows each list line names

    def _changed(self, article_ids: Iterable[int | None]) -> None:
        curation.articles_changed(article_ids, [curation.PART_FIELDS[self.model]])

    def save_model(self, request, obj, form, change):
        moved_from = form.initial.get("article") if change else None  # a part moved to another article
        super().save_model(request, obj, form, change)
        self._changed([obj.article_id, moved_from])

    def delete_model(self, request, obj):
        article_id = obj.article_id
        super().delete_model(request, obj)
        self._changed([article_id])

    def delete_queryset(self, request, queryset):
        article_ids = list(queryset.values_list("article_id", flat=True))
        super().delete_queryset(request, queryset)
        self._changed(article_ids)

    @admin.display(description=_("text"))
    def excerpt(self, obj: Abstract | Reference) -> str:
        return Truncator(obj.text).chars(100)


# Per part: the list columns, filters and search; everything else is ArticlePartAdmin's.
PART_OPTIONS = {
    ArticleTitle: {
        "list_display": ["title", "language", "article"],
        "list_filter": ["language"],
        "search_fields": ["title"],
    },
    Abstract: {
        "list_display": ["excerpt", "language", "article"],
        "list_filter": ["language"],
        "search_fields": ["text"],
    },
    Keyword: {
        "list_display": ["text", "language", "position", "article"],
        "list_filter": ["language"],
        "search_fields": ["text"],
    },
    Authorship: {
        "list_display": ["author", "position", "article"],
        "autocomplete_fields": ["article", "author"],
        "search_fields": ["author__name", "author__name_latin"],
    },
    Reference: {
        "list_display": ["excerpt", "number", "kind", "article"],
        "list_filter": ["kind"],
        "search_fields": ["text"],
    },
    ArticleTopic: {
        "list_display": ["topic", "article", "reason"],
        "autocomplete_fields": ["article", "topic"],
        "list_filter": ["topic"],
    },
}
for part, options in PART_OPTIONS.items():
    admin.site.register(part, ArticlePartAdmin, **options)
