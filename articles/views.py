"""Thin views: parse the request, ask the QuerySets, render."""

from __future__ import annotations

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from articles.models import Article, Author, Topic


def _page(request: HttpRequest, queryset):
    return Paginator(queryset, settings.ARCHIVE_PAGE_SIZE).get_page(request.GET.get("page"))


def home(request: HttpRequest) -> HttpResponse:
    articles = Article.objects.published()
    return render(
        request,
        "articles/home.html",
        {
            "article_count": articles.count(),
            "latest": articles.for_listing().order_by("-created", "slug")[:10],
            "topics": Topic.objects.with_article_counts(),
        },
    )


def article_list(request: HttpRequest) -> HttpResponse:
    articles = Article.objects.published().for_listing()
    return render(request, "articles/article_list.html", {"page": _page(request, articles)})


def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    article = get_object_or_404(Article.objects.published().for_detail(), slug=slug)
    return render(request, "articles/article_detail.html", {"article": article})


def author_detail(request: HttpRequest, slug: str) -> HttpResponse:
    author = get_object_or_404(Author, slug=slug)
    articles = Article.objects.published().filter(authorships__author=author).for_listing()
    return render(request, "articles/author_detail.html", {"author": author, "page": _page(request, articles)})


def topic_detail(request: HttpRequest, slug: str) -> HttpResponse:
    topic = get_object_or_404(Topic, slug=slug)
    articles = Article.objects.published().filter(topics=topic).for_listing()
    return render(request, "articles/topic_detail.html", {"topic": topic, "page": _page(request, articles)})
