"""Browse and search as one plain function: parameters in, everything a page or the API shows out.

The HTML page, the topic page and the JSON API call ``browse()`` with the
request's parameters, so they filter, count and page identically.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db import connections
from django.db.models import Prefetch, QuerySet
from django.http import QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from articles.browse import catalog
from articles.browse.facets import (
    FACET_CACHE_SECONDS,
    Chip,
    Facet,
    count_facets,
    estimate,
    sample_every,
    selected_chips,
)
from articles.browse.filters import ArticleFilter, Sort
from articles.browse.links import clear_filters_href
from articles.models import Abstract, Article, archive_version
from articles.models.querysets import ArticleQuerySet
from articles.search.backends import SearchBackend, get_backend
from articles.search.query import MAX_QUERY_LENGTH, ParsedQuery, parse_query
from articles.search.snippets import Snippet, article_snippet, page_matcher, title_pieces
from articles.search.suggest import nearest_terms


@dataclass
class Row:
    """One result: the article (authors, topics, abstracts prefetched) and its snippet."""

    article: Article
    title: tuple
    snippet: Snippet


@dataclass
class BrowseResult:
    filterset: ArticleFilter
    page: Page
    rows: list[Row]
    facets: list[Facet]
    chips: list[Chip]
    clear_href: str
    parsed: ParsedQuery | None
    links: QueryDict  # the parameters every link of the page repeats, bounded (link_parameters)
    sort: str
    sort_choices: list[tuple[str, str]]
    errors: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    count_estimated: bool = False  # the count is an estimate (see _match_count)

    @property
    def count(self) -> int:
        return self.page.paginator.count

    @property
    def status(self) -> int:
        """400 when a parameter was not understood (the page still shows what was)."""
        return 400 if self.errors else 200


def _errors(filterset: ArticleFilter) -> list[str]:
    messages = []
    for name, errors in filterset.form.errors.items():
        label = filterset.filters[name].label if name in filterset.filters else name
        for error in errors:
            messages.append(_("%(parameter)s was ignored: %(error)s") % {"parameter": label, "error": error})
    return messages


def _notices(filterset: ArticleFilter, parsed: ParsedQuery | None) -> list[str]:
    if parsed is None:
        return []
    notices = []
    if parsed.truncated:
        notices.append(
            _("Your query was shortened: searches use at most %(limit)s characters and 32 words or phrases.")
            % {"limit": MAX_QUERY_LENGTH}
        )
    if parsed.is_empty:
        notices.append(
            _("There is nothing to search for in “%(query)s”: type at least one word that is not excluded.")
            % {"query": filterset.query_text[:100]}
        )
    return notices


def _rows(page: Page, parsed: ParsedQuery | None, marked_titles: bool = True) -> list[Row]:
    language = (get_language() or "kk")[:2]
    matcher = page_matcher(parsed)
    return [
        Row(
            article,
            title_pieces(article.title, article.language, parsed if marked_titles else None, matcher=matcher),
            article_snippet(article, parsed, language, matcher=matcher),
        )
        for article in page.object_list
    ]


class _PageIds:
    """One page of ids whose total is already known, as the Paginator reads an object list."""

    def __init__(self, ids: list[int], total: int) -> None:
        self.ids, self.total = ids, total

    def count(self) -> int:
        return self.total

    def __getitem__(self, index: slice) -> list[int]:
        return self.ids


MAX_PAGE_NUMBER = 10**9


def _page_number(number: str | None) -> int:
    """The page asked for; 0 for one Paginator.get_page() would answer with the last page."""
    try:
        value = float(number) if number is not None else 1.0
    except (TypeError, ValueError):
        return 1
    if value != value or value in (float("inf"), float("-inf")) or not value.is_integer():
        return 1
    # Past the last page means the last page (see _ranked_page); capped so the OFFSET fits in a bigint.
    return min(int(value), MAX_PAGE_NUMBER) if value >= 1 else 0


def _ranked_page(
    filterset: ArticleFilter, parsed: ParsedQuery, number: str | None, page_size: int | None, version: str | None
) -> tuple[Page, int]:
    """A page of a search by relevance: its ids ranked and cut by the database, then its rows; and the sample
    its count was estimated from (every n-th match; 1: counted exactly).

    One query for the ids and the count, or (a backend finding the first pages without ranking every match)
    the ids, then the count (_match_count); a page past the end (or below 1) costs a count and a second
    try, and shows the last page as get_page() does.
    """
    matched, unmatched = filterset.queryset_without(None), filterset.queryset_without("q")
    backend = get_backend(matched.db, version)
    size = page_size or settings.ARCHIVE_PAGE_SIZE
    wanted = _page_number(number)
    ids, total = backend.ranked_ids(matched, parsed, (wanted - 1) * size, size, unmatched) if wanted else ([], 0)
    every = 1
    if total is None:
        total, every = _match_count(filterset, matched, backend, parsed, version)
    if not ids and wanted != 1:
        with backend.ranking_settings():
            total, every = matched.count(), 1
        wanted = max(1, -(-total // size))
        ids, total = backend.ranked_ids(matched, parsed, (wanted - 1) * size, size)
    # Paginator takes any sliceable object with a count() (Django's documentation); the stubs ask for a sequence.
    # The ids and a separately made count may disagree if articles were withdrawn in between: never below the ids.
    total = max(total or 0, (wanted - 1) * size + len(ids))
    page: Page = Paginator(_PageIds(ids, total), size).page(wanted)  # type: ignore[arg-type]
    page.object_list = _articles_in_order(filterset, ids)
    return page, every


def _match_count(
    filterset: ArticleFilter, matched: QuerySet, backend: SearchBackend, parsed: ParsedQuery, version: str | None
) -> tuple[int, int]:
    """How many articles a search finds, and the sample it was estimated from (every n-th match; 1: exact).

    Exact up to ARCHIVE_FACET_EXACT_UP_TO matches; above, estimated from every n-th match (as the facets
    are, and as search engines do: Elasticsearch counts exactly up to 10,000 hits by default).  Counting
    90,000 matches against the filters costs more than finding the best twenty of them.  With the archive's
    ``version`` the count is kept with the facet counts (articles.browse.facets.facet_rows) until it changes.
    """
    if version is not None:
        key = f"match-count:{version}:{filterset.cache_digest()}"
        counted = cache.get_or_set(
            key, lambda: _match_count(filterset, matched, backend, parsed, None), FACET_CACHE_SECONDS
        )
        return cast(tuple[int, int], counted)
    limit = settings.ARCHIVE_FACET_EXACT_UP_TO
    matches = backend.match_size(parsed)
    if matches is not None and matches > limit:
        every = sample_every(matches)
        sampled = estimate(filterset.queryset_without(None, every=every).count(), every)
        if sampled > limit:
            return sampled, every
    with backend.ranking_settings():
        return matched.count(), 1


def _ordered_page(filterset: ArticleFilter, number: str | None, page_size: int | None) -> Page:
    """A page in the chosen order: its ids first, then the rows of those ids.

    The ids come from the indexes alone (SQLite sorts index entries, not
    whole rows: each row holds a body of some 30 KB); only the page's rows
    are read.
    """
    ids = filterset.qs.values_list("pk", flat=True)
    page = Paginator(ids, page_size or settings.ARCHIVE_PAGE_SIZE).get_page(number)
    page.object_list = _articles_in_order(filterset, list(page.object_list))
    return page


def _articles_in_order(filterset: ArticleFilter, ids: list[int]) -> list[Article]:
    """The listed articles of these ids, in their order, with what a result row shows prefetched."""
    listing = (
        filterset.queryset.filter(pk__in=ids)
        .order_by()
        .for_listing()
        .prefetch_related(Prefetch("abstracts", queryset=Abstract.objects.order_by("language")))
    )
    articles = {article.pk: article for article in listing}
    return [articles[pk] for pk in ids if pk in articles]


# No valid value of a filter is longer (slugs, codes, years); a longer one is not repeated in links.
MAX_LINK_VALUE = 200


def link_parameters(params: QueryDict) -> QueryDict:
    """The parameters as links repeat them: the query cut as the search cuts it, over-long values left out.

    Every facet value on a page links to the page with its parameters plus one: a 190 KB query once made
    a 14 MB page.
    """
    links = QueryDict(mutable=True)
    for key, values in params.lists():
        if key == "q":
            values = [value[:MAX_QUERY_LENGTH] for value in values[:1]]
        kept = [value for value in values if len(value) <= max(MAX_LINK_VALUE, MAX_QUERY_LENGTH if key == "q" else 0)]
        if kept and len(key) <= MAX_LINK_VALUE:
            links.setlist(key, kept)
    return links


def browse(
    params: QueryDict,
    queryset: ArticleQuerySet | None = None,
    *,
    hidden_facets: tuple[str, ...] = (),
    page_size: int | None = None,
    cacheable: bool = False,
    html: bool = True,
) -> BrowseResult:
    """Filter, order, count facets and page the published articles for these parameters.

    ``queryset`` narrows the archive first (a topic page passes its topic's
    articles); ``hidden_facets`` are not counted (the topic facet there).  ``cacheable`` says the
    queryset is the same for every reader (the default listing), so its unfiltered counts may be cached
    like the whole archive's: the cache key holds its count and latest change.
    Never raises on any parameter value: what cannot be understood is
    reported in ``errors`` and left out.  Without ``html`` (the JSON API) what only a page shows is not made:
    the facets' toggle links and the rows' marked titles (each title one unmarked piece).
    """
    base = (queryset if queryset is not None else Article.objects.all()).published()
    filterset = ArticleFilter(params, queryset=base)
    filterset.errors  # noqa: B018 — validate once, before anything reads cleaned_data
    parsed = parse_query(filterset.query_text) if filterset.query_text else None
    links = link_parameters(params)  # what every facet, chip and "clear" link repeats: bounded
    counted_every = 1
    # The whole archive, unfiltered: its facet counts are cached under its size and latest change.
    whole = (
        (queryset is None or cacheable)
        and not filterset.query_text
        and not any(map(filterset.selected, ArticleFilter.FACETS))
    )
    # A filtered or searched archive every reader sees alike: its counts are cached under the archive's version;
    # never inside a transaction, whose writes may never be committed.
    shared = (queryset is None or cacheable) and not whole and not connections[base.db].in_atomic_block
    version = archive_version(base.db) if shared else None
    if parsed and not parsed.is_empty and filterset.sort_order == Sort.RELEVANCE:
        page, counted_every = _ranked_page(filterset, parsed, params.get("page"), page_size, version)
    else:
        page = _ordered_page(filterset, params.get("page"), page_size)
    # Facets of more than ARCHIVE_FACET_EXACT_UP_TO matches are estimated from a sample, filtered browse or search
    # alike (issue 15); the whole listing's exact counts are cached instead.
    # A count estimated from a sample gives the facets the same sample (already fetched).
    every = counted_every if counted_every > 1 else sample_every(page.paginator.count) if not whole else 1
    facets = count_facets(
        filterset,
        links,
        hidden_facets,
        published=page.paginator.count if whole else None,
        every=every,
        scope="listing:" if queryset is not None else "",
        hrefs=html,
        version=version,
    )
    result = BrowseResult(
        filterset=filterset,
        page=page,
        rows=_rows(page, parsed, marked_titles=html),
        facets=facets,
        chips=selected_chips(facets, links),
        clear_href=clear_filters_href(links),
        parsed=parsed,
        links=links,
        sort=filterset.sort_order,
        sort_choices=[(v, str(label)) for v, label in Sort.choices if v != Sort.RELEVANCE or parsed],
        errors=_errors(filterset),
        notices=_notices(filterset, parsed),
        count_estimated=counted_every > 1,
    )
    if parsed and not parsed.is_empty and result.count == 0 and not result.chips:
        result.suggestions = nearest_terms(parsed)
    if every > 1:
        result.notices.append(
            _("The counts beside the filters are estimates, from one in %(every)s of the %(count)s matching articles.")
            % {"every": every, "count": result.count}
        )
    return result


def browse_listing(params: QueryDict, queryset: ArticleQuerySet | None = None, **kwargs: Any) -> BrowseResult:
    """browse() over what the HTML lists show by default: untitled fragments only when asked for (``fragment``).

    The list and topic pages answer from this.  The JSON API and the citation downloads keep every published
    record (tools filter with ``fragment`` themselves); the order of what they share is the same.
    """
    base = queryset if queryset is not None else Article.objects.all()
    listing = catalog.with_titles(catalog.default_listing(base, params))
    # The whole default listing's facet counts may be cached, as the whole archive's are (see browse()).
    return browse(params, listing, cacheable=queryset is None, **kwargs)
