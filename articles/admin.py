from django.contrib import admin

from articles.models import (
    Abstract,
    Article,
    ArticleTitle,
    ArticleTopic,
    Author,
    Authorship,
    Keyword,
    Reference,
    Source,
    Topic,
)


class AuthorshipInline(admin.TabularInline):
    model = Authorship
    extra = 0
    autocomplete_fields = ["author"]


class TitleInline(admin.TabularInline):
    model = ArticleTitle
    extra = 0


class AbstractInline(admin.StackedInline):
    model = Abstract
    extra = 0


class KeywordInline(admin.TabularInline):
    model = Keyword
    extra = 0


class ReferenceInline(admin.TabularInline):
    model = Reference
    extra = 0


class ArticleTopicInline(admin.TabularInline):
    model = ArticleTopic
    extra = 0


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "language", "kind", "source", "published", "status", "is_fragment"]
    list_filter = ["language", "kind", "status", "is_fragment", "source", "topics"]
    search_fields = ["title", "slug", "titles__title", "authorships__author__name"]
    date_hierarchy = "published"
    readonly_fields = ["import_key", "provenance_file", "provenance_first_line", "provenance_last_line", "created", "updated"]
    inlines = [AuthorshipInline, TitleInline, AbstractInline, KeywordInline, ReferenceInline, ArticleTopicInline]


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "name_latin", "slug"]
    search_fields = ["name", "name_latin"]
    prepopulated_fields = {"slug": ["name_latin"]}


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["slug", "name_kk", "name_ru", "name_en", "position"]
    search_fields = ["slug", "name_kk", "name_ru", "name_en"]


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "url"]
    search_fields = ["name"]


admin.site.register([ArticleTitle, Abstract, Keyword, Authorship, Reference, ArticleTopic])
