"""What every search backend shares: the query semantics, the budgets and the base class.

Both backends match the same analyzed terms (see articles.search.index)
with the same query semantics, so SQLite and PostgreSQL return the same
result sets, and rank every match with the same BM25F levels and formula
(articles.search.ranking), so in the same order.

Query semantics shared by both backends:

* positive clauses are ANDed; a negated clause excludes;
* a word matches any of its alternatives in any field, native or shadow;
* a prefix matches the start of any term in any field;
* a phrase matches consecutive terms inside one field, all native or all
  shadow (the PostgreSQL vector leaves a gap between fields to agree with
  FTS5, whose phrases never cross columns).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from itertools import product
from typing import TYPE_CHECKING

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import F, QuerySet

from articles.models.search import SEARCH_DOCUMENT_TABLE, SearchDocument
from articles.search.query import Clause, ParsedQuery, Term
from articles.search.ranking import idf_sql, level_score_sql

if TYPE_CHECKING:  # the queryset imports this package (ArticleQuerySet.search)
    from articles.models.querysets import ArticleQuerySet

# A phrase of n words with k alternatives each has k**n spellings; FTS5 must list them.
# Both backends trim the alternatives to the same budget so they keep matching alike.
MAX_PHRASE_SPELLINGS = 64


def term_alternatives(term: Term) -> tuple[str, ...]:
    """The index terms a query term may match, deduplicated, order kept (native first)."""
    return tuple(dict.fromkeys(a for a in term.alternatives if a))


def phrase_alternatives(clause: Clause) -> list[tuple[str, ...]]:
    """Per word of a phrase, the alternatives kept so their product stays within the budget.

    Trailing alternatives go first: the analyzer lists native stems before
    shadow keys and the likeliest reading first.
    """
    kept = [list(term_alternatives(t)) for t in clause.terms]

    def spellings() -> int:
        total = 1
        for alternatives in kept:
            total *= len(alternatives)
        return total

    while spellings() > MAX_PHRASE_SPELLINGS:
        widest = max(range(len(kept)), key=lambda i: len(kept[i]))
        if len(kept[widest]) == 1:
            break  # more words than the budget allows even with one spelling each
        kept[widest].pop()
    return [tuple(alternatives) for alternatives in kept]


def phrase_spellings(clause: Clause) -> list[tuple[str, ...]]:
    """Every spelling of a phrase within the budget (the product of its kept alternatives)."""
    return list(product(*phrase_alternatives(clause)))


def ranked_words(parsed: ParsedQuery) -> list[Term]:
    """The words the rank reads: each word of the positive clauses (phrases word by word), once.

    Exclusions do not rank; a phrase ranks as its words (its match already
    asked for them side by side).
    """
    seen: dict[tuple, Term] = {}
    for clause in parsed.positive:
        for term in clause.terms:
            seen.setdefault((term_alternatives(term), term.prefix), term)
    return list(seen.values())


# N of the IDF: the articles indexed.
INDEXED_SQL = f"(SELECT CAST(COUNT(*) AS double precision) FROM {SEARCH_DOCUMENT_TABLE})"


def rank_sql(hits: str, rounding: str) -> str:
    """SELECT id, rank over the rows (id, word, level) of ``hits``: BM25F (articles.search.ranking).

    Per article and word the best level of the word's alternatives; df is
    the number of articles holding the word (any alternative), counted over
    the same rows.  ``rounding`` is the vendor's round-to-RANK_DIGITS of
    ``{}``, so both databases tie alike.
    """
    score = f"SUM({idf_sql('df', INDEXED_SQL)} * {level_score_sql('level')})"
    return (
        f"SELECT id, {rounding.format(score)} AS rank FROM ("
        "SELECT id, level, CAST(COUNT(*) OVER (PARTITION BY word) AS double precision) AS df FROM ("
        f"SELECT id, word, MAX(level) AS level FROM ({hits}) hits GROUP BY id, word"
        ") best) counted GROUP BY id"
    )


class SearchBackend:
    """What index.py and search_queryset() need from a database; one subclass per vendor."""

    vendor = ""

    def __init__(self, using: str = DEFAULT_DB_ALIAS) -> None:
        self.using = using

    # Indexing -----------------------------------------------------------
    def write(self, documents: Sequence[SearchDocument]) -> None:
        """Insert new documents (none of their articles is indexed) and the vendor's index rows."""
        SearchDocument.objects.using(self.using).bulk_create(documents, batch_size=100)

    def remove(self, article_ids: Iterable[int]) -> None:
        """Drop vendor-specific index rows of these articles."""

    def clear(self) -> None:
        """Drop every vendor-specific index row."""

    def finish_rebuild(self) -> None:
        """Tidy the index after a full rebuild."""

    # Searching ----------------------------------------------------------
    def search(self, queryset: ArticleQuerySet, parsed: ParsedQuery) -> ArticleQuerySet:
        """Filter to the matches of a non-empty parsed query, annotated with search_rank."""
        raise NotImplementedError

    def match(self, queryset: ArticleQuerySet, parsed: ParsedQuery, every: int = 1) -> ArticleQuerySet:
        """Filter to the matches without ranking them (counts and facets): the cheapest form of the match.

        With ``every`` above 1, only the matches whose id is a multiple of it: a sample for estimated counts.
        """
        raise NotImplementedError

    def ranking_settings(self) -> AbstractContextManager:
        """Database settings the ranking statement (ranked_sql) runs under; none by default."""
        return nullcontext()

    def matcher(self, parsed: ParsedQuery) -> Callable[..., ArticleQuerySet]:
        """match() for the several queries of one page (count, ranking, each facet): ``(queryset, every=1)``.

        By default each query repeats the match; a backend whose match is
        costly to repeat runs it once here and hands out its ids (sampled
        from them too).
        """
        return lambda queryset, every=1: self.match(queryset, parsed, every)

    def match_size(self, parsed: ParsedQuery) -> int | None:
        """How many articles the query matches before any filter, from the index alone; None when that costs."""
        return None

    def ranked_ids(
        self, queryset: QuerySet, parsed: ParsedQuery, offset: int, limit: int, unmatched: QuerySet | None = None
    ) -> tuple[list[int], int | None]:
        """One page of the ids of a queryset already filtered by match(), best first, and the match's size.

        ``unmatched`` is the same queryset without the match (its other filters only): a backend may use it
        to find the first pages without ranking every match, and then leaves the count to the caller (None).

        One query (ranked_sql): the database ranks, sorts in the order of
        ``relevance_ordering()`` and returns only the page's ids, each row
        carrying the count of the whole match (a window count).  The count is
        0 when the page is past the end, as when nothing matched.
        """
        sql, params = self.ranked_sql(queryset, parsed, offset, limit)
        with self.ranking_settings(), connections[self.using].cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        return [row[0] for row in rows], (rows[0][1] if rows else 0)

    def ranked_sql(self, queryset: QuerySet, parsed: ParsedQuery, offset: int, limit: int) -> tuple[str, tuple]:
        """The statement of ranked_ids(): rows of (id, size of the match)."""
        raise NotImplementedError

    @staticmethod
    def relevance_ordering(rank: str = "search_rank") -> tuple:
        """Best first, then newest (undated last), then highest id: the order of every ranked list."""
        return (f"-{rank}", F("published").desc(nulls_last=True), "-pk")
