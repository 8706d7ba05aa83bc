"""Thin views: parse the request, ask the plain functions and QuerySets, render."""

from __future__ import annotations

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, render
from django.utils.functional import Promise
from django.utils.translation import get_language

from articles.browse.service import BrowseResult, browse
from articles.models import Article, Author, Language, Topic
from articles.search.query import MAX_QUERY_LENGTH


def _hidden(params: QueryDict, *dropped: str) -> list[tuple[str, str]]:
    """The parameters a form must carry along, as (name, value) pairs, minus the ones it sets."""
    return [(name, value) for name, values in params.lists() if name not in (*dropped, "page") for value in values]


def _browse_context(request: HttpRequest, result: BrowseResult) -> dict:
    return {
        "result": result,
        "hidden_params": _hidden(result.links, "q"),
        "sort_hidden_params": _hidden(result.links, "sort"),
        "max_query_length": MAX_QUERY_LENGTH,
        "citation_export_limit": settings.ARCHIVE_CITATION_EXPORT_LIMIT,
    }


def home(request: HttpRequest) -> HttpResponse:
    articles = Article.objects.published()
    kinds = dict(Article.Kind.choices)
    languages: dict[str | None, str | Promise] = dict(Language.choices)  # looked up by a nullable column
    return render(
        request,
        "articles/home.html",
        {
            "article_count": articles.count(),
            "by_kind": [
                (kinds[row["kind"]], row["kind"], row["n"])
                for row in articles.order_by("kind").values("kind").annotate(n=Count("pk"))
            ],
            "by_language": [
                (languages[row["language"]], row["language"], row["n"])
                for row in articles.exclude(language=None)
                .order_by("language")
                .values("language")
                .annotate(n=Count("pk"))
            ],
            "latest": articles.for_listing().order_by("-created", "-pk")[:10],
            "topics": Topic.objects.with_article_counts(),
        },
    )


def article_list(request: HttpRequest) -> HttpResponse:
    result = browse(request.GET)
    return render(request, "articles/article_list.html", _browse_context(request, result), status=result.status)


def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    article = get_object_or_404(Article.objects.published().for_detail(), slug=slug)
    abstracts = list(article.abstracts.all())
    present = {a.language for a in abstracts}
    interface = (get_language() or "kk")[:2]
    return render(
        request,
        "articles/article_detail.html",
        {
            "article": article,
            "abstracts": abstracts,
            # The tab open on a narrow screen: the reader's language if there is an abstract in it.
            "open_abstract": interface if interface in present else (abstracts[0].language if abstracts else None),
            "missing_abstracts": [label for code, label in Language.choices if abstracts and code not in present],
        },
    )


def author_detail(request: HttpRequest, slug: str) -> HttpResponse:
    # An author whose only articles are drafts has no public page (it would say "0 articles").
    author = get_object_or_404(Author.objects.with_published_articles(), slug=slug)
    articles = Article.objects.published().filter(authorships__author=author)
    return render(
        request,
        "articles/author_detail.html",
        {
            "author": author,
            "page": Paginator(articles.for_listing(), settings.ARCHIVE_PAGE_SIZE).get_page(request.GET.get("page")),
            "coauthors": Author.objects.coauthors_of(author),
            "topics": Topic.objects.filter(articles__in=articles)
            .annotate(n=Count("articles"))
            .order_by("-n", "position"),
        },
    )


def topic_detail(request: HttpRequest, slug: str) -> HttpResponse:
    topic = get_object_or_404(Topic, slug=slug)
    result = browse(request.GET, Article.objects.filter(topics=topic), hidden_facets=("topic",))
    context = {"topic": topic, **_browse_context(request, result)}
    return render(request, "articles/topic_detail.html", context, status=result.status)
