"""Authors (with merging), topics (in three languages, with their articles) and sources.

These rows are shared by many articles, and the import finds them by name
(authors, sources) or slug (topics): renaming one would make the next
import bring the old one back, so a rename marks the field curated on every
article that uses the row.
"""

from __future__ import annotations

import functools

from django.contrib import admin
from django.db import models
from django.db.models import Count, Q
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from articles.admin.forms import AuthorAdminForm
from articles.admin.merge import merge_selected_authors, split_alias_view
from articles.admin.search import matching_author_ids
from articles.admin.site import LocalizedTitlesMixin
from articles.curation import services as curation
from articles.models import Article, ArticleTopic, Author, Source, Topic


class SharedRowAdmin(LocalizedTitlesMixin, admin.ModelAdmin):
    """Rows articles point at; `identity_fields` changed means `curated_as` is curated on those articles."""

    identity_fields: tuple[str, ...] = ()
    curated_as = ""
    article_filter = ""  # the lookup from Article to this model
    count_lookup = ""  # the lookup from this model to its articles (or their links), counted per row

    def get_queryset(self, request):
        # Counting groups rows, which drops the default ordering: restate it (autocomplete pages need it).
        queryset = super().get_queryset(request).annotate(article_count=Count(self.count_lookup, distinct=True))
        return queryset.order_by(*self.model._meta.ordering)

    def article_ids(self, obj: Author | Topic | Source) -> list[int]:
        return list(Article.objects.filter(**{self.article_filter: obj}).values_list("pk", flat=True).distinct())

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and set(form.changed_data) & set(self.identity_fields):
            curation.articles_changed(self.article_ids(obj), [self.curated_as])

    def delete_model(self, request, obj):
        ids = self.article_ids(obj)
        super().delete_model(request, obj)
        curation.articles_changed(ids, [self.curated_as])

    def delete_queryset(self, request, queryset):
        ids = [pk for obj in queryset for pk in self.article_ids(obj)]
        super().delete_queryset(request, queryset)
        curation.articles_changed(ids, [self.curated_as])

    @admin.display(description=_("articles"), ordering="article_count")
    def article_count(self, obj: Author | Topic | Source) -> int:
        return obj.article_count


@admin.register(Author)
class AuthorAdmin(SharedRowAdmin):
    select_title = _("Select an author to change")
    add_title = _("Add an author")
    change_title = _("Change the author")
    view_title = _("View the author")
    form = AuthorAdminForm
    list_display = ["name", "name_latin", "other_spellings", "article_count"]
    search_fields = ["name", "name_latin", "slug"]
    search_help_text = _("Any spelling, in Cyrillic or Latin letters.")
    prepopulated_fields = {"slug": ["name_latin"]}
    actions = [merge_selected_authors]
    identity_fields = ("name", "name_latin", "aliases")
    curated_as = "authors"
    article_filter = "authorships__author"
    count_lookup = "authorships"

    def get_urls(self):
        split = path(
            "<path:object_id>/split/",
            self.admin_site.admin_view(functools.partial(split_alias_view, self)),
            name="articles_author_split",
        )
        return [split, *super().get_urls()]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        return super().change_view(request, object_id, form_url, {"can_split": True, **(extra_context or {})})

    def get_search_results(self, request, queryset, search_term):
        plain, _may_repeat = super().get_search_results(request, Author.objects.all(), search_term)
        spelled = matching_author_ids(search_term)
        return queryset.filter(Q(pk__in=plain.values("pk")) | Q(pk__in=spelled)), False

    @admin.display(description=_("other spellings"))
    def other_spellings(self, author: Author) -> str:
        return ", ".join(author.aliases or [])


class TopicArticleInline(admin.TabularInline):
    """The topic's articles, listed (topics are changed from the articles)."""

    model = ArticleTopic
    fields = ["article_link", "article_status", "reason"]
    readonly_fields = ["article_link", "article_status", "reason"]  # the same names: every column is read-only
    extra = 0
    can_delete = False
    verbose_name = _("article")
    verbose_name_plural = _("articles with this topic")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article").order_by("article__title", "article__slug")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("article"))
    def article_link(self, link: ArticleTopic) -> str:
        url = reverse("admin:articles_article_change", args=[link.article_id])
        return format_html('<a href="{}">{}</a>', url, link.article)

    @admin.display(description=_("status"))
    def article_status(self, link: ArticleTopic) -> str:
        return link.article.get_status_display()


@admin.register(Topic)
class TopicAdmin(SharedRowAdmin):
    select_title = _("Select a topic to change")
    add_title = _("Add a topic")
    change_title = _("Change the topic")
    view_title = _("View the topic")
    list_display = ["slug", "name_kk", "name_ru", "name_en", "article_count", "position"]
    search_fields = ["slug", "name_kk", "name_ru", "name_en"]
    fieldsets = [
        (_("Kazakh"), {"fields": ["name_kk", "description_kk"]}),
        (_("Russian"), {"fields": ["name_ru", "description_ru"]}),
        (_("English"), {"fields": ["name_en", "description_en"]}),
        (_("Assignment on import"), {"fields": ["slug", "match_terms", "position"]}),
    ]
    inlines = [TopicArticleInline]
    identity_fields = ("slug",)
    curated_as = "topics"
    article_filter = "topic_links__topic"
    count_lookup = "article_links"


@admin.register(Source)
class SourceAdmin(SharedRowAdmin):
    select_title = _("Select a source to change")
    add_title = _("Add a source")
    change_title = _("Change the source")
    view_title = _("View the source")
    list_display = ["name", "kind", "issn", "url", "article_count"]
    list_filter = ["kind"]
    search_fields = ["name", "url", "issn"]
    prepopulated_fields = {"slug": ["name"]}
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    identity_fields = ("name",)
    curated_as = "source"
    article_filter = "source"
    count_lookup = "articles"
