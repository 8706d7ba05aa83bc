"""The floor of a page: the bare SQL its search or browse needs, timed inside the database by the benchmark.

Kept here, not in the serving path: the pages never run it.
"""

from __future__ import annotations

from django.conf import settings
from django.db.models import F

from articles.models.querysets import ArticleQuerySet
from articles.search.backends import get_backend
from articles.search.query import parse_query


def search_floor(queryset: ArticleQuerySet, text: str | None, page_size: int | None = None) -> list[tuple[str, tuple]]:
    """The bare SQL a search (or a browse without one) needs: the match's count and its first page in order.

    For a search, the one statement that ranks, counts and cuts the first
    page (what the page runs); for a browse, the count and the first page.
    The benchmark times them inside the database as the floor of a page.
    """
    base = queryset.published()
    size = page_size or settings.ARCHIVE_PAGE_SIZE
    parsed = parse_query(text) if text else None
    if parsed and not parsed.is_empty:
        backend = get_backend(base.db)
        return [backend.ranked_sql(backend.match(base, parsed), parsed, 0, size)]
    sql, params = base.order_by().values("pk").query.sql_with_params()
    first_page = base.order_by(F("published").desc(nulls_last=True), "-pk").values_list("pk", flat=True)[:size]
    return [(f"SELECT COUNT(*) FROM ({sql}) matched", params), first_page.query.sql_with_params()]
