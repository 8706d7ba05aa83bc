"""Facet counts for browse and search: one grouped query per facet.

Each facet is counted over the articles that match the query and every
*other* selected facet, so the values of a facet stay visible, with honest
counts, after one of them is chosen (OR within a facet, AND across facets).
The counts of the whole archive (no query, no filter) are cached; see
``facet_rows``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import connections
from django.db.models import Case, Count, IntegerField, QuerySet, Value, When
from django.http import QueryDict
from django.utils.translation import get_language

from articles.filters import ArticleFilter, Completeness
from articles.models import Article, Language

# Authors are many: show the busiest ones, and always the selected ones.
AUTHOR_FACET_LIMIT = 12
BAR_LEVELS = 10
# How long the counts of the unfiltered archive may be reused (they are also keyed by its version).
FACET_CACHE_SECONDS = 600


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    href: str = ""  # the query string that toggles this value
    level: int = 0  # bar length, 0..BAR_LEVELS, relative to the facet's largest count


@dataclass
class Facet:
    name: str
    label: str
    values: list[FacetValue] = field(default_factory=list)

    @property
    def selected_values(self) -> list[FacetValue]:
        return [v for v in self.values if v.selected]


@dataclass
class Chip:
    """A selected filter value shown above the results, with the link that removes it."""

    facet_label: str
    label: str
    href: str


Row = tuple
# A facet's counter: a fetch of plain rows (one grouped query; what the cache keeps) and a labeller
# that turns them into (value, label, count) in the interface language.
Fetch = Callable[[QuerySet, list[str]], list[Row]]
Label = Callable[[list[Row]], Iterable[tuple[str, str, int]]]


@dataclass(frozen=True)
class Counter:
    fetch: Fetch
    label: Label


TOPIC_NAME_FIELDS = ("topics__name_kk", "topics__name_ru", "topics__name_en")


def _fetch_topics(qs: QuerySet, selected: list[str]) -> list[Row]:
    return list(
        qs.values_list("topics__slug", *TOPIC_NAME_FIELDS, "topics__position")
        .annotate(n=Count("pk"))
        .order_by("topics__position", "topics__slug")
    )


def _label_topics(rows: list[Row]):
    index = {"kk": 1, "ru": 2, "en": 3}.get((get_language() or "kk")[:2], 3)
    return [(r[0], r[index] or r[3] or r[0], r[-1]) for r in rows if r[0]]


def _choices(field_name: str, choices) -> Counter:
    labels = dict(choices)

    def fetch(qs: QuerySet, selected: list[str]) -> list[Row]:
        return list(qs.values_list(field_name).annotate(n=Count("pk")).order_by())

    def label(rows: list[Row]):
        counts = dict(rows)
        return [(value, labels[value], counts[value]) for value in labels if counts.get(value)]

    return Counter(fetch, label)


def _fetch_authors(qs: QuerySet, selected: list[str]) -> list[Row]:
    slug, name = "authorships__author__slug", "authorships__author__name"
    rows = (
        qs.values_list(slug, name)
        .annotate(
            n=Count("pk"),
            chosen=Case(When(**{f"{slug}__in": selected}, then=Value(1)), default=Value(0), output_field=IntegerField()),
        )
        .order_by("-chosen", "-n", name)
    )
    rows = [r[:3] for r in rows[: AUTHOR_FACET_LIMIT + len(selected) + 1] if r[0]]
    return rows[: max(AUTHOR_FACET_LIMIT, len(selected))]


def _fetch_sources(qs: QuerySet, selected: list[str]) -> list[Row]:
    return list(qs.values_list("source__slug", "source__name").annotate(n=Count("pk")).order_by("-n", "source__name"))


def _fetch_years(qs: QuerySet, selected: list[str]) -> list[Row]:
    return list(qs.values_list("published__year").annotate(n=Count("pk")).order_by("published__year"))


def _label_years(rows: list[Row]):
    return [(str(year), str(year), n) for year, n in rows if year]


def _fetch_completeness(qs: QuerySet, selected: list[str]) -> list[Row]:
    return list(qs.values_list("is_fragment").annotate(n=Count("pk")).order_by())


def _label_completeness(rows: list[Row]):
    counts = dict(rows)
    pairs = ((Completeness.COMPLETE, False), (Completeness.FRAGMENT, True))
    return [(choice.value, choice.label, counts[flag]) for choice, flag in pairs if counts.get(flag)]


def _named(rows: list[Row]):
    return [r for r in rows if r[0]]


COUNTERS: dict[str, Counter] = {
    "topic": Counter(_fetch_topics, _label_topics),
    "language": _choices("language", Language.choices),
    "kind": _choices("kind", Article.Kind.choices),
    "author": Counter(_fetch_authors, _named),
    "source": Counter(_fetch_sources, _named),
    "year": Counter(_fetch_years, _label_years),
    "abstract_language": _choices("abstracts__language", Language.choices),
    "fragment": Counter(_fetch_completeness, _label_completeness),
}



def toggle_href(params: QueryDict, name: str, selected: list[str], value: str) -> str:
    """The query string with one value of a facet switched on or off (back to page 1)."""
    query = params.copy()
    values = [v for v in selected if v != value] if value in selected else [*selected, value]
    query.setlist(name, values)
    query.pop("page", None)
    return "?" + query.urlencode()


def _fetch_all(filterset: ArticleFilter, names: list[str]) -> dict[str, list[Row]]:
    return {name: COUNTERS[name].fetch(filterset.queryset_without(name), filterset.selected(name)) for name in names}


def facet_rows(filterset: ArticleFilter, names: list[str], published: int | None = None) -> dict[str, list[Row]]:
    """The raw count rows of these facets: one grouped query each, or none from the cache.

    ``published`` (the count of the whole published archive, when the page
    has already made it) says the page is unfiltered: its rows are cached
    under the archive's version, without labels, which follow the interface
    language.  Never inside a transaction: it may see writes that are never
    committed.
    """
    queryset = filterset.queryset
    if published is None or connections[queryset.db].in_atomic_block:
        return _fetch_all(filterset, names)
    key = f"facets:{queryset.db}:{','.join(names)}:{queryset.change_stamp(published)}"
    rows = cache.get(key)
    if rows is None:
        rows = _fetch_all(filterset, names)
        cache.set(key, rows, FACET_CACHE_SECONDS)
    return rows


def count_facets(
    filterset: ArticleFilter, params: QueryDict, hidden: Iterable[str] = (), *, published: int | None = None
) -> list[Facet]:
    """Every facet of the page with its values, counts, toggle links and bar levels."""
    names = [name for name in ArticleFilter.FACETS if name not in hidden]
    fetched = facet_rows(filterset, names, published)
    facets = []
    for name in names:
        selected = filterset.selected(name)
        rows = list(COUNTERS[name].label(fetched[name]))
        seen = {value for value, _, _ in rows}
        # A selected value the other filters leave empty still shows, so it can be removed.
        labels = filterset.selected_labels(name)
        rows += [(value, labels.get(value, value), 0) for value in selected if value not in seen]
        largest = max((count for _, _, count in rows), default=0) or 1
        facets.append(
            Facet(
                name,
                str(ArticleFilter.base_filters[name].label),
                [
                    FacetValue(
                        value=value,
                        label=str(label),
                        count=count,
                        selected=value in selected,
                        href=toggle_href(params, name, selected, value),
                        level=round(BAR_LEVELS * count / largest),
                    )
                    for value, label, count in rows
                ],
            )
        )
    return facets


def selected_chips(facets: list[Facet], params: QueryDict) -> list[Chip]:
    return [
        Chip(facet.label, value.label, value.href)
        for facet in facets
        for value in facet.selected_values
    ]


def clear_filters_href(params: QueryDict) -> str:
    """The query string that keeps the search words and the sort but drops every facet."""
    query = QueryDict(mutable=True)
    for name in ("q", "sort"):
        if params.get(name):
            query[name] = params[name]
    return "?" + query.urlencode()
