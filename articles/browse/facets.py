"""Facet counts for browse and search: one grouped query per facet, or fewer.

Each facet is counted over the articles that match the query and every
*other* selected facet, so the values of a facet stay visible, with honest
counts, after one of them is chosen (OR within a facet, AND across facets).

The facets that are plain columns of the article (language, kind, source,
year, completeness) are counted together, chosen or not: one query grouped
by all their columns and by which chosen ones each article passes, summed
per facet here (``_fetch_columns``).  Each such query reads every matched
article; at 100,000 articles a common word matches 90,000, and five scans
were five times the cost of one.  Topics, authors and abstract languages
(other tables) keep a query each on PostgreSQL; the topics' is grouped by the topic's id.  SQLite counts
them in one statement and sums the column facets in theirs (``articles.browse.facets_sqlite``).
The counts are cached under the archive's version (the whole archive's, and a filtered or
searched one's under what the page selects and searches for); see ``facet_rows``.

A search or a filtered listing matching more than ``ARCHIVE_FACET_EXACT_UP_TO``
articles has its facets counted over a sample (the unfiltered listing's exact
counts are cached instead): the matches whose id is a multiple of
``every`` (about half that many), each count multiplied back and rounded
to two significant figures, and marked ``estimated``.  At 100,000 articles
a common word matches 90,000, and each exact facet query read all of them.
The result count and the results themselves stay exact.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import reduce
from operator import and_, or_
from typing import Any, cast

from django.conf import settings
from django.core.cache import cache
from django.db import connections
from django.db.models import BooleanField, Case, Count, IntegerField, QuerySet, Value, When
from django.db.models.functions import Cast, ExtractYear, Substr
from django.http import QueryDict
from django.utils.functional import Promise
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from articles.browse import facets_sqlite
from articles.browse.filters import UNDATED, ArticleFilter, Completeness
from articles.browse.links import toggle_href
from articles.models import Article, Language, Topic

# Authors are many: show the busiest ones, and always the selected ones.
AUTHOR_FACET_LIMIT = 12
BAR_LEVELS = 10
# How long cached counts may be reused (they are also keyed by the archive's version).
FACET_CACHE_SECONDS = 600


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    href: str = ""  # the query string that toggles this value
    level: int = 0  # bar length, 0..BAR_LEVELS, relative to the facet's largest count
    estimated: bool = False  # counted over a sample of the matches (see sample_every)


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
Label = Callable[[list[Row]], Iterable[tuple[str, str | Promise, int]]]  # labels may be lazy translations


@dataclass(frozen=True)
class Counter:
    """How a facet is counted: by its own ``fetch``, or (a column facet) by grouping on ``columns``.

    A column facet's rows are its columns' values and the count, in ``order`` when that is given.
    """

    label: Label
    fetch: Fetch | None = None
    columns: tuple[str, ...] = ()
    order: Callable[[Row], Any] | None = None


def _fetch_topics(qs: QuerySet, selected: list[str]) -> list[Row]:
    # From the topics' side, over the articles' ids, grouped by the topic's id: PostgreSQL groups by it alone
    # (the names depend on it) rather than hashing four names for each of 80,000 links.
    rows = (
        Topic.objects.filter(article_links__article__in=qs.values("pk"))
        .values_list("pk", *facets_sqlite.TOPIC_COLUMNS)
        .annotate(n=Count("article_links"))
        .order_by("position", "slug")
    )
    return [row[1:] for row in rows]


def _label_topics(rows: list[Row]) -> list[tuple[str, str, int]]:
    index = {"kk": 1, "ru": 2, "en": 3}.get((get_language() or "kk")[:2], 3)
    return [(r[0], r[index] or r[3] or r[0], r[-1]) for r in rows if r[0]]


def _label_choices(choices: Iterable[tuple[str, str | Promise]]) -> Label:
    labels = dict(choices)

    def label(rows: list[Row]) -> list[tuple[str, str | Promise, int]]:
        counts = dict(rows)
        return [(value, labels[value], counts[value]) for value in labels if counts.get(value)]

    return label


def _fetch_abstract_languages(qs: QuerySet, selected: list[str]) -> list[Row]:
    return list(qs.values_list("abstracts__language").annotate(n=Count("pk")).order_by())


def _fetch_authors(qs: QuerySet, selected: list[str]) -> list[Row]:
    # From the articles' side (unlike the topics): a few thousand articles look up their authorships in the
    # (article, author) index, cheaper than reading every authorship to find theirs.
    slug, name = "authorships__author__slug", "authorships__author__name"
    rows = (
        qs.values_list(slug, name)
        .annotate(
            n=Count("pk"),
            chosen=Case(
                When(**{f"{slug}__in": selected}, then=Value(1)), default=Value(0), output_field=IntegerField()
            ),
        )
        .order_by("-chosen", "-n", name)
    )
    return _shown_authors([r[:3] for r in rows[: _authors_read(selected)] if r[0]], selected)


def _authors_read(selected: list[str]) -> int:
    """How many author rows a fetch reads: the busiest, the chosen ones, and one unnamed row it may drop."""
    return AUTHOR_FACET_LIMIT + len(selected) + 1


def _shown_authors(rows: list[Row], selected: list[str]) -> list[Row]:
    """The author rows a facet shows, of those read (``_authors_read()``), in their order."""
    return rows[: max(AUTHOR_FACET_LIMIT, len(selected))]


def _label_years(rows: list[Row]) -> list[tuple[str, str | Promise, int]]:
    """Years in order, then the undated articles (``year=undated``), so every article is counted somewhere."""
    labelled: list[tuple[str, str | Promise, int]] = [(str(year), str(year), n) for year, n in rows if year]
    undated = sum(n for year, n in rows if not year)
    return [*labelled, (UNDATED, _("Undated"), undated)] if undated else labelled


def _label_completeness(rows: list[Row]) -> list[tuple[str, str | Promise, int]]:
    counts = dict(rows)
    pairs = ((Completeness.COMPLETE, False), (Completeness.FRAGMENT, True))
    return [(choice.value, choice.label, counts[flag]) for choice, flag in pairs if counts.get(flag)]


# The year facet's column: an annotation of this name (see _year_of).
YEAR_COLUMN = "published_year"


def _year_of(alias: str) -> Any:
    """The publication year as the year facet groups it, NULL for an undated article.

    On SQLite ``published__year`` calls a Python function per row (Django's django_date_extract, parsing each
    date): 22 ms of the 25 ms a grouping of 10,000 articles took.  The stored date is ISO text (YYYY-MM-DD),
    so its first four characters are the year.
    """
    if connections[alias].vendor == "sqlite":
        return Cast(Substr("published", 1, 4), IntegerField())
    return ExtractYear("published")


def _named(rows: list[Row]) -> list[Row]:
    return [r for r in rows if r[0]]


COUNTERS: dict[str, Counter] = {
    "topic": Counter(_label_topics, fetch=_fetch_topics),
    "language": Counter(_label_choices(Language.choices), columns=("language",)),
    "kind": Counter(_label_choices(Article.Kind.choices), columns=("kind",)),
    "author": Counter(_named, fetch=_fetch_authors),
    "source": Counter(_named, columns=("source__slug", "source__name"), order=lambda r: (-r[-1], r[1] or "")),
    "year": Counter(_label_years, columns=(YEAR_COLUMN,), order=lambda r: (r[0] is None, r[0] or 0)),
    "abstract_language": Counter(_label_choices(Language.choices), fetch=_fetch_abstract_languages),
    "fragment": Counter(_label_completeness, columns=("is_fragment",)),
}


def _fetch_columns(filterset: ArticleFilter, names: list[str], every: int = 1) -> dict[str, list[Row]]:
    """Column facets, selected or not, in one query grouped by all their columns, summed per facet here.

    A facet is counted over the articles that pass every other filter: the query reads the articles that
    pass the other filters and at most one chosen column facet's condition, groups them by whether they
    pass each of those conditions too, and each facet sums the groups that pass all but its own.  One read
    of the articles instead of one per chosen column facet.
    """
    conditions = {
        name: condition
        for name in ArticleFilter.COLUMN_FACETS
        if (condition := filterset.column_condition(name)) is not None
    }
    queryset = filterset.queryset_without(*ArticleFilter.COLUMN_FACETS, every=every)
    if len(conditions) > 1:
        # Every article some facet counts: those that fail no more than one of the conditions.
        queryset = queryset.filter(
            reduce(or_, (reduce(and_, (c for n, c in conditions.items() if n != name)) for name in conditions))
        )
    elif conditions and not any(name in conditions for name in names):
        queryset = queryset.filter(*conditions.values())  # a hidden facet's choice: no facet counts without it
    flags = {
        f"passes_{name}": Case(When(condition, then=Value(True)), default=Value(False), output_field=BooleanField())
        for name, condition in conditions.items()
    }
    columns = [column for name in names for column in COUNTERS[name].columns]
    sums: dict[str, defaultdict[tuple, int]] = {name: defaultdict(int) for name in names}
    passes = list(conditions)
    if YEAR_COLUMN in columns:
        queryset = queryset.annotate(**{YEAR_COLUMN: _year_of(queryset.db)})
    grouped = queryset.annotate(**flags).values_list(*columns, *flags).annotate(n=Count("pk")).order_by()
    if connections[queryset.db].vendor == "sqlite":  # summed in the statement (facets_sqlite)
        return _ordered(facets_sqlite.summed_columns(grouped, {name: COUNTERS[name].columns for name in names}, passes))
    for row in grouped:
        failed = {name for name, passed in zip(passes, row[len(columns) : -1], strict=True) if not passed}
        start = 0
        for name in names:
            end = start + len(COUNTERS[name].columns)
            if not failed - {name}:
                sums[name][row[start:end]] += row[-1]
            start = end
    return _ordered(sums)


def _ordered(sums: dict[str, defaultdict[tuple, int]]) -> dict[str, list[Row]]:
    rows = {}
    for name, sum_ in sums.items():
        facet_rows = [(*key, count) for key, count in sum_.items()]
        order = COUNTERS[name].order
        rows[name] = sorted(facet_rows, key=order) if order else facet_rows
    return rows


def sample_every(matched: int | None) -> int:
    """1 (count every match) or n: count the matches whose id is a multiple of n, about half the exact limit."""
    limit = settings.ARCHIVE_FACET_EXACT_UP_TO
    if matched is None or matched <= limit:
        return 1
    return -(-matched // max(1, limit // 2))


def estimate(count: int, every: int) -> int:
    """A sampled count scaled back, to two significant figures (the sample supports no more)."""
    if every == 1:
        return count
    scaled = count * every
    return round(scaled, 2 - len(str(scaled))) if scaled >= 100 else scaled


def _fetch_all(filterset: ArticleFilter, names: list[str], every: int = 1) -> dict[str, list[Row]]:
    # The column facets share one query (see _fetch_columns); the others, on other tables, have one each.
    columns = [name for name in names if COUNTERS[name].columns]
    rows = _fetch_columns(filterset, columns, every) if columns else {}
    linked = [name for name in names if name in facets_sqlite.LINKED]
    if linked and connections[filterset.queryset.db].vendor == "sqlite":  # one statement (see facets_sqlite)
        authors = filterset.selected("author")
        rows |= facets_sqlite.linked_rows(
            {name: filterset.queryset_without(name, every=every) for name in linked},
            filterset.selected,
            _authors_read(authors),
        )
        if "author" in rows:
            rows["author"] = _shown_authors(rows["author"], authors)
    for name in names:
        if name not in rows:
            fetch = COUNTERS[name].fetch
            assert fetch is not None  # a counter without columns has its own fetch
            rows[name] = fetch(filterset.queryset_without(name, every=every), filterset.selected(name))
    return {name: rows[name] for name in names}


def facet_rows(
    filterset: ArticleFilter,
    names: list[str],
    published: int | None = None,
    every: int = 1,
    scope: str = "",
    version: str | None = None,
) -> dict[str, list[Row]]:
    """The raw count rows of these facets: at most one grouped query each (see the module), or none from the cache.

    ``published`` (the count of the whole published archive, when the page has already made it) says the
    page is unfiltered: its rows are cached under the archive's count and latest change.  ``version`` (the
    archive's, given when the filtered or searched archive is the same for every reader): the rows are cached
    under it and what the page selects and searches for, as a search engine's request cache keeps the
    aggregations of a query until the index changes.  Labels are not cached: they follow the interface
    language.  ``scope`` names the listing when it is not the whole archive.  Never inside a transaction: it
    may see writes that are never committed.
    """
    queryset = filterset.queryset
    if connections[queryset.db].in_atomic_block or (published is None and version is None):
        return _fetch_all(filterset, names, every)
    # The stamp names the data the counts were made from, whichever database (primary or a replica) read it,
    # so every server and database alias shares one entry.
    if published is not None:
        stamp = queryset.change_stamp(published)
    else:
        stamp = f"{every}:{version}:{filterset.cache_digest()}"
    key = f"facets:{scope}{','.join(names)}:{stamp}"
    rows = cache.get_or_set(key, lambda: _fetch_all(filterset, names, every), FACET_CACHE_SECONDS)
    return cast(dict[str, list[Row]], rows)


def count_facets(
    filterset: ArticleFilter,
    params: QueryDict,
    hidden: Iterable[str] = (),
    *,
    published: int | None = None,
    every: int = 1,
    scope: str = "",
    hrefs: bool = True,
    version: str | None = None,
) -> list[Facet]:
    """Every facet of the page with its values, counts, toggle links and bar levels.

    ``every`` above 1 counts a sample of a search's matches (``sample_every()``); the counts are estimates.
    Without ``hrefs`` (the JSON API, which shows no links) the toggle links are left empty.
    """
    names = [name for name in ArticleFilter.FACETS if name not in hidden]
    fetched = facet_rows(filterset, names, published, every, scope, version)
    facets = []
    for name in names:
        selected = filterset.selected(name)
        rows = [(value, label, estimate(count, every)) for value, label, count in COUNTERS[name].label(fetched[name])]
        seen = {value for value, _, _ in rows}
        # A selected value the other filters leave empty still shows, so it can be removed.
        labels = filterset.selected_labels(name)
        rows += [(value, labels.get(value, value), 0) for value in selected if value not in seen]
        # Bars are relative to the largest count; the undated articles are not a column of the year histogram.
        largest = max((count for value, _, count in rows if value != UNDATED), default=0) or 1
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
                        href=toggle_href(params, name, selected, value) if hrefs else "",
                        level=round(BAR_LEVELS * count / largest),
                        estimated=every > 1,
                    )
                    for value, label, count in rows
                ],
            )
        )
    return facets


def selected_chips(facets: list[Facet], params: QueryDict) -> list[Chip]:
    return [Chip(facet.label, value.label, value.href) for facet in facets for value in facet.selected_values]
