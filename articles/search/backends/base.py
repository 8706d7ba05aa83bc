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
from itertools import pairwise, product
from typing import TYPE_CHECKING

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import F, QuerySet

from articles.models.search import SEARCH_DOCUMENT_TABLE, SearchDocument
from articles.search.analyzer import stop_terms
from articles.search.query import Clause, ParsedQuery, Term
from articles.search.ranking import PAIR_WEIGHT, idf_sql, level_score_sql, pair_key

if TYPE_CHECKING:  # the queryset imports this package (ArticleQuerySet.search)
    from articles.models.querysets import ArticleQuerySet

# A phrase of n words with k alternatives each has k**n spellings; FTS5 must list them.
# Both backends trim the alternatives to the same budget so they keep matching alike.
MAX_PHRASE_SPELLINGS = 64
# The word pairs a query scores (its first ones) and the spellings of each: a pasted paragraph's probes stay bounded.
MAX_PAIRS = 8
MAX_PAIR_SPELLINGS = 16


def term_alternatives(term: Term) -> tuple[str, ...]:
    """The index terms a query term may match, deduplicated, order kept (native first)."""
    return tuple(dict.fromkeys(a for a in term.alternatives if a))


def phrase_alternatives(clause: Clause, budget: int = MAX_PHRASE_SPELLINGS) -> list[tuple[str, ...]]:
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

    while spellings() > budget:
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


def pair_spellings(first: Term, second: Term) -> tuple[str, ...]:
    """The pair tokens of two neighbouring query words: their alternatives' pairs, likeliest first, within the budget.

    The index pairs native terms with native terms and shadow keys with shadow keys, so a Cyrillic word's
    stems pair with the other word's Cyrillic stems and its keys with keys; a Latin word (every alternative
    ASCII) pairs with each, as it stands beside Cyrillic terms in a Kazakh or Russian text.
    """
    left, right = term_alternatives(first), term_alternatives(second)
    latin = all(a.isascii() for a in left) or all(b.isascii() for b in right)
    combined = [
        (i + j, pair_key(a, b))
        for i, a in enumerate(left)
        for j, b in enumerate(right)
        if latin or a.isascii() == b.isascii()
    ]
    return tuple(key for _, key in sorted(combined, key=lambda item: item[0])[:MAX_PAIR_SPELLINGS])


def ranked_pairs(parsed: ParsedQuery) -> list[tuple[str, ...]]:
    """The optional terms of proximity (articles.search.ranking): each pair of neighbouring query words, its spellings.

    The positive clauses' words in the order typed; an exclusion, a prefix or a phrase breaks the run (a
    prefix has no pair tokens; a phrase's words stand together in every match already, and probing its pairs
    over all its matches cost a phrase page about 80 ms at 20,000 articles), and a word whose likeliest
    reading is a function word's term is stepped over, as the index steps over it.  Distinct pairs
    (pair_spellings()), the first MAX_PAIRS.
    """
    stops = stop_terms()
    runs: list[list[Term]] = [[]]
    for clause in parsed.clauses:
        if clause.negated or clause.terms[0].prefix or clause.is_phrase:
            runs.append([])
            continue
        runs[-1] += [t for t in clause.terms if term_alternatives(t)[0] not in stops]
    pairs = dict.fromkeys(pair_spellings(first, second) for run in runs for first, second in pairwise(run))
    return list(pairs)[:MAX_PAIRS]


# N of the IDF: the articles indexed.
INDEXED_SQL = f"(SELECT CAST(COUNT(*) AS double precision) FROM {SEARCH_DOCUMENT_TABLE})"


def rank_sql(hits: str, rounding: str, words: int) -> str:
    """SELECT id, rank over the rows (id, word, level) of ``hits``: BM25F (articles.search.ranking).

    Per article and word the best level of the word's alternatives; df is
    the number of articles holding the word (any alternative), counted over
    the same rows.  Rows of word number ``words`` and above are the query's
    pairs (ranked_pairs()), weighted by PAIR_WEIGHT.  ``rounding`` is the
    vendor's round-to-RANK_DIGITS of ``{}``, so both databases tie alike.
    """
    # (PAIR_WEIGHT · idf) · S, the order in which the top-k search (topk.py) multiplies its weights.
    idf = idf_sql("df", INDEXED_SQL)
    weight = f"CASE WHEN word >= {int(words)} THEN CAST({PAIR_WEIGHT!r} AS double precision) * {idf} ELSE {idf} END"
    score = f"SUM(({weight}) * {level_score_sql('level')})"
    return (
        f"SELECT id, {rounding.format(score)} AS rank FROM ("
        "SELECT id, word, level, CAST(COUNT(*) OVER (PARTITION BY word) AS double precision) AS df FROM ("
        f"SELECT id, word, MAX(level) AS level FROM ({hits}) hits GROUP BY id, word"
        ") best) counted GROUP BY id"
    )


class SearchBackend:
    """What index.py and search_queryset() need from a database; one subclass per vendor."""

    vendor = ""

    def __init__(self, using: str = DEFAULT_DB_ALIAS, version: str | None = None) -> None:
        self.using = using
        self._version = version  # the archive's, read at most once (version())

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
