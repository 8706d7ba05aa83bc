"""The JSON twin of browse and search: the same parameters, FilterSet and counts as /articles/."""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

from articles.browse.service import BrowseResult, Row, browse


def _row(request: HttpRequest, row: Row) -> dict:
    article = row.article
    return {
        "slug": article.slug,
        "title": article.title,
        "language": article.language,
        "kind": article.kind,
        "url": request.build_absolute_uri(article.get_absolute_url()),
        "authors": [
            {
                "name": a.author.name,
                "slug": a.author.slug,
                "url": request.build_absolute_uri(a.author.get_absolute_url()),
            }
            for a in article.authorships.all()
        ],
        "topics": [{"slug": t.slug, "name": t.name} for t in article.topics.all()],
        "published": article.published.isoformat() if article.published else None,
        "is_fragment": article.is_fragment,
        # Escaped text with <mark> around the matched words.
        "snippet": row.snippet.as_html(),
    }


def _page_url(request: HttpRequest, number: int | None) -> str | None:
    if number is None:
        return None
    query = request.GET.copy()
    query["page"] = str(number)
    return request.build_absolute_uri("?" + query.urlencode())


def serialize(request: HttpRequest, result: BrowseResult) -> dict:
    page = result.page
    return {
        "count": result.count,
        "count_estimated": result.count_estimated,
        "page": page.number,
        "pages": page.paginator.num_pages,
        "next": _page_url(request, page.next_page_number() if page.has_next() else None),
        "previous": _page_url(request, page.previous_page_number() if page.has_previous() else None),
        "sort": result.sort,
        "query": result.filterset.query_text,
        "errors": result.errors,
        "notices": result.notices,
        "suggestions": result.suggestions,
        "results": [_row(request, row) for row in result.rows],
        "facets": {
            facet.name: [
                {"value": v.value, "label": v.label, "count": v.count, "estimated": v.estimated, "selected": v.selected}
                for v in facet.values
            ]
            for facet in result.facets
        },
    }


@require_GET
def article_list(request: HttpRequest) -> JsonResponse:
    # Every published record: harvesting tools filter with `fragment` themselves.  No links nor marked titles,
    # which the JSON does not carry.
    result = browse(request.GET, html=False)
    return JsonResponse(serialize(request, result), status=result.status, json_dumps_params={"ensure_ascii": False})
