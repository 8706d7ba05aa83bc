"""Facet counts for browse and search: one grouped query per facet.

Each facet is counted over the articles that match the query and every
*other* selected facet, so the values of a facet stay visible, with honest
counts, after one of them is chosen (OR within a facet, AND across facets).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db.models import Case, Count, IntegerField, QuerySet, Value, When
from django.http import QueryDict
from django.utils.translation import get_language, gettext_lazy as _

from articles.filters import ArticleFilter, Completeness
from articles.models import Article, Language

# Authors are many: show the busiest ones, and always the selected ones.
AUTHOR_FACET_LIMIT = 12
BAR_LEVELS = 10


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


Row = dict
Counter = Callable[[QuerySet, list[str]], Iterable[tuple[str, str, int]]]


def _localized_topic_name(row: Row) -> str:
    language = (get_language() or "kk")[:2]
    return row.get(f"topics__name_{language}") or row["topics__name_en"] or row["topics__slug"]


def _count_topics(qs: QuerySet, selected: list[str]):
    rows = (
        qs.values("topics__slug", "topics__position", "topics__name_kk", "topics__name_ru", "topics__name_en")
        .annotate(n=Count("pk"))
        .order_by("topics__position", "topics__slug")
    )
    return [(r["topics__slug"], _localized_topic_name(r), r["n"]) for r in rows if r["topics__slug"]]


def _count_choices(field_name: str, choices) -> Counter:
    labels = dict(choices)

    def count(qs: QuerySet, selected: list[str]):
        counts = {r[field_name]: r["n"] for r in qs.values(field_name).annotate(n=Count("pk"))}
        return [(value, labels[value], counts[value]) for value in labels if counts.get(value)]

    return count


def _count_authors(qs: QuerySet, selected: list[str]):
    slug, name = "authorships__author__slug", "authorships__author__name"
    rows = (
        qs.values(slug, name)
        .annotate(
            n=Count("pk"),
            chosen=Case(When(**{f"{slug}__in": selected}, then=Value(1)), default=Value(0), output_field=IntegerField()),
        )
        .order_by("-chosen", "-n", name)
    )
    rows = [r for r in rows[: AUTHOR_FACET_LIMIT + len(selected) + 1] if r[slug]]
    return [(r[slug], r[name], r["n"]) for r in rows[: max(AUTHOR_FACET_LIMIT, len(selected))]]


def _count_sources(qs: QuerySet, selected: list[str]):
    rows = qs.values("source__slug", "source__name").annotate(n=Count("pk")).order_by("-n", "source__name")
    return [(r["source__slug"], r["source__name"], r["n"]) for r in rows if r["source__slug"]]


def _count_years(qs: QuerySet, selected: list[str]):
    rows = qs.values("published__year").annotate(n=Count("pk")).order_by("published__year")
    return [(str(r["published__year"]), str(r["published__year"]), r["n"]) for r in rows if r["published__year"]]


def _count_completeness(qs: QuerySet, selected: list[str]):
    counts = {r["is_fragment"]: r["n"] for r in qs.values("is_fragment").annotate(n=Count("pk"))}
    pairs = ((Completeness.COMPLETE, False), (Completeness.FRAGMENT, True))
    return [(choice.value, choice.label, counts[flag]) for choice, flag in pairs if counts.get(flag)]


COUNTERS: dict[str, Counter] = {
    "topic": _count_topics,
    "language": _count_choices("language", Language.choices),
    "kind": _count_choices("kind", Article.Kind.choices),
    "author": _count_authors,
    "source": _count_sources,
    "year": _count_years,
    "abstract_language": _count_choices("abstracts__language", Language.choices),
    "fragment": _count_completeness,
}

FACET_LABELS = {
    "topic": _("Topic"),
    "language": _("Language"),
    "kind": _("Kind"),
    "author": _("Author"),
    "source": _("Source"),
    "year": _("Year"),
    "abstract_language": _("Abstract available in"),
    "fragment": _("Completeness"),
}


def toggle_href(params: QueryDict, name: str, selected: list[str], value: str) -> str:
    """The query string with one value of a facet switched on or off (back to page 1)."""
    query = params.copy()
    values = [v for v in selected if v != value] if value in selected else [*selected, value]
    query.setlist(name, values)
    query.pop("page", None)
    return "?" + query.urlencode()


def count_facets(filterset: ArticleFilter, params: QueryDict, hidden: Iterable[str] = ()) -> list[Facet]:
    """Every facet of the page with its values, counts, toggle links and bar levels."""
    facets = []
    for name in ArticleFilter.FACETS:
        if name in hidden:
            continue
        selected = filterset.selected(name)
        rows = list(COUNTERS[name](filterset.queryset_without(name), selected))
        seen = {value for value, _, _ in rows}
        # A selected value the other filters leave empty still shows, so it can be removed.
        labels = filterset.selected_labels(name)
        rows += [(value, labels.get(value, value), 0) for value in selected if value not in seen]
        largest = max((count for _, _, count in rows), default=0) or 1
        facets.append(
            Facet(
                name,
                str(FACET_LABELS[name]),
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
