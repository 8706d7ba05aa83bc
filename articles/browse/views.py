"""Thin views: parse the request, ask the plain functions and QuerySets, render."""

from __future__ import annotations

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, F
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, render
from django.utils.functional import Promise
from django.utils.translation import get_language

from articles.browse import catalog
from articles.browse.service import BrowseResult, browse_listing
from articles.models import Abstract, Article, Author, Language, Reference, Topic
from articles.search.query import MAX_QUERY_LENGTH

LANGUAGE_ORDER = [code for code, _ in Language.choices]


def _interface_language() -> str:
    return (get_language() or "kk")[:2]


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
        "fragments_hidden": not request.GET.get("fragment"),
    }


def home(request: HttpRequest) -> HttpResponse:
    articles = Article.objects.published()
    kinds = dict(Article.Kind.choices)
    languages: dict[str | None, str | Promise] = dict(Language.choices)  # looked up by a nullable column
    listed = catalog.default_listing(articles)
    return render(
        request,
        "articles/home.html",
        {
            "article_count": listed.count(),
            "by_kind": [
                (kinds[row["kind"]], row["kind"], row["n"])
                for row in listed.order_by("kind").values("kind").annotate(n=Count("pk"))
            ],
            "by_language": [
                (languages[row["language"]], row["language"], row["n"])
                for row in listed.exclude(language=None).order_by("language").values("language").annotate(n=Count("pk"))
            ],
            # The latest additions by id, which grows with each addition: the (status, id) index gives them at
            # once, where ordering by the creation time read every article's row (1 s at 20,000 articles).
            "latest": catalog.with_titles(listed.for_listing()).order_by("-pk")[:10],
            "topics": catalog.topics_with_articles(listed),
        },
    )


def about(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "articles/about.html",
        {
            "sources": catalog.sources_with_articles(Article.objects.published().db),
            "contact": settings.ARCHIVE_OAI_ADMIN_EMAIL,
            "article_count": catalog.default_listing(Article.objects.published()).count(),
        },
    )


def article_list(request: HttpRequest) -> HttpResponse:
    result = browse_listing(request.GET)
    return render(request, "articles/article_list.html", _browse_context(request, result), status=result.status)


def _abstracts_in_reading_order(article: Article, reader: str) -> list[Abstract]:
    """The reader's language first, then the article's own, then the others in the archive's order."""
    first = [reader, article.language or reader]
    return sorted(
        article.abstracts.all(),
        key=lambda a: (first.index(a.language) if a.language in first else 2, LANGUAGE_ORDER.index(a.language)),
    )


def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    # Editors preview a draft at its future address (the admin's "view on site"); everyone else sees 404.
    visible = Article.objects.all() if request.user.has_perm("articles.view_article") else Article.objects.published()
    article = get_object_or_404(visible.for_detail(), slug=slug)
    reader = _interface_language()
    abstracts = _abstracts_in_reading_order(article, reader)
    present = {a.language for a in abstracts}
    references = list(article.references.all())
    numbered = [r for r in references if r.kind == Reference.Kind.NUMBERED]
    titles = sorted(article.titles.all(), key=lambda t: (t.language != reader, LANGUAGE_ORDER.index(t.language)))
    byline, affiliations = catalog.byline_affiliations(article.authorships.all())
    return render(
        request,
        "articles/article_detail.html",
        {
            "article": article,
            "abstracts": abstracts,
            # The tab open on a narrow screen: the reader's language if there is an abstract in it.
            "open_abstract": abstracts[0].language if abstracts else None,
            "missing_abstracts": [label for code, label in Language.choices if abstracts and code not in present],
            "titles": titles,
            "byline": byline,
            "affiliations": affiliations,
            "numbered_references": numbered,
            "other_references": [r for r in references if r.kind != Reference.Kind.NUMBERED],
            "reference_numbers": {r.number for r in numbered if r.number is not None},
            # A record with neither title nor author cannot be cited usefully.
            "citable": bool(article.title or article.authorships.all()),
            "related": catalog.related_articles(article),
            "preview": article.status != Article.Status.PUBLISHED,
        },
    )


def author_detail(request: HttpRequest, slug: str) -> HttpResponse:
    # An author whose only articles are drafts has no public page (it would say "0 articles").
    author = get_object_or_404(Author.objects.with_published_articles(), slug=slug)
    articles = Article.objects.published().filter(authorships__author=author)
    listed = catalog.with_titles(articles.for_listing()).order_by(F("published").desc(nulls_last=True), "-pk")
    return render(
        request,
        "articles/author_detail.html",
        {
            "author": author,
            "page": Paginator(listed, settings.ARCHIVE_PAGE_SIZE).get_page(request.GET.get("page")),
            "coauthors": Author.objects.coauthors_of(author),
            "affiliations": catalog.author_affiliations(author, articles),
            "topics": Topic.objects.filter(articles__in=articles)
            .annotate(n=Count("articles"))
            .order_by("-n", "position"),
        },
    )


def author_index(request: HttpRequest) -> HttpResponse:
    authors = catalog.authors_with_articles(Article.objects.published().db)
    page = Paginator(authors, settings.ARCHIVE_PAGE_SIZE * 5).get_page(request.GET.get("page"))
    page.object_list = catalog.with_counts(page.object_list)
    return render(request, "articles/author_index.html", {"page": page})


def topic_index(request: HttpRequest) -> HttpResponse:
    return render(request, "articles/topic_index.html", {"topics": catalog.topics_with_articles()})


def source_index(request: HttpRequest) -> HttpResponse:
    sources = catalog.sources_with_articles(Article.objects.published().db)
    return render(request, "articles/source_index.html", {"sources": sources})


def topic_detail(request: HttpRequest, slug: str) -> HttpResponse:
    topic = get_object_or_404(Topic, slug=slug)
    result = browse_listing(request.GET, Article.objects.filter(topics=topic), hidden_facets=("topic",))
    context = {"topic": topic, **_browse_context(request, result)}
    return render(request, "articles/topic_detail.html", context, status=result.status)
