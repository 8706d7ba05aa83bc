"""PostgreSQL's side of the top-k search (articles.search.backends.topk): its probes as SQL.

The levels of a band come from ``archive_search_levels()`` (migration 0013), the document frequencies
from the match's GIN index, the filters from the page's own queryset.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Callable
from typing import Any, TypeVar, cast

from django.core.cache import cache
from django.db.models import QuerySet

from articles.search.backends.base import INDEXED_SQL, ranked_pairs, ranked_words
from articles.search.backends.postgres_sql import (
    LEVELS_FUNCTION,
    MATCH_FUNCTION,
    pair_level_tsqueries,
    pair_tsquery,
    word_level_tsqueries,
    word_tsquery,
)
from articles.search.backends.topk import TopKProbes, idf, rank_all, top_ranked
from articles.search.query import ParsedQuery
from articles.search.ranking import LEVELS, PAIR_WEIGHT

# How many articles hold a word (its document frequency): the match's GIN index, no row read.
WORD_COUNT_SQL = f"(SELECT COUNT(*) FROM {MATCH_FUNCTION}(%s::tsquery, 1))"
# How many articles hold a pair of the query's words (at any level): the impact index.
PAIR_COUNT_SQL = f"(SELECT COUNT(*) FROM {LEVELS_FUNCTION}(ARRAY[%s::tsquery]))"
LEVEL_ROWS_SQL = f"SELECT article_id, n FROM {LEVELS_FUNCTION}(%s::tsquery[])"
# The lower levels of the query's words in the articles seen so far, two ways: one pass over those levels'
# postings (the GIN probes; about 85 ms for a word in 90 % of 100,000 articles, whatever the number of
# articles), or each article's impact vector detoasted once (the concatenation makes an in-memory copy)
# and probed (about 0.45 ms an article there).  Probing the stored column directly would detoast it per
# probe: 1.8 s for 1,900 articles.
EXACT_LEVELS_SQL = f"SELECT article_id, n FROM {LEVELS_FUNCTION}(%s::tsquery[]) WHERE article_id = ANY(%s::bigint[])"
FEW_LEVELS_SQL = (
    "WITH d AS MATERIALIZED (SELECT article_id, impact || ''::tsvector AS impact "
    "FROM articles_searchdocument WHERE article_id = ANY(%s::bigint[])) "
    "SELECT d.article_id, q.n FROM d CROSS JOIN unnest(%s::tsquery[]) WITH ORDINALITY AS q(query, n) "
    "WHERE d.impact @@ q.query"
)
FEW_ARTICLES = 150
T = TypeVar("T")
# How long the archive's size, a query's document frequencies and its match may be reused (also keyed by the
# archive's version).
STATISTICS_CACHE_SECONDS = 600
# Below this many articles holding the commonest query word, ranking every match is one cheap statement.
TOP_K_FROM = 5000


def cached_by_version(kind: str, version: str | None, text: str, compute: Callable[[], T]) -> T:
    """What ``compute`` returns for this query text, reused from the cache until the archive changes.

    ``version`` is the archive's (articles.models.versions); None (inside a transaction) computes afresh.
    """
    if version is None:
        return compute()
    key = f"search-{kind}:{version}:{hashlib.sha256(text.encode()).hexdigest()[:32]}"
    return cast(T, cache.get_or_set(key, compute, STATISTICS_CACHE_SECONDS))


def _statistics(
    fetch: Callable[..., list[tuple[Any, ...]]], word_queries: list[str], pair_queries: list[str], version: str | None
) -> tuple[Any, ...]:
    """The archive's size, then the document frequency of each word and pair: counted, or from the cache.

    Counting a word in 90 % of 100,000 articles reads its whole posting list (25-35 ms); the figures change
    only with the archive, so they are kept, as a search engine keeps them in its term dictionary.
    """
    counts = ", ".join([INDEXED_SQL, *[WORD_COUNT_SQL] * len(word_queries), *[PAIR_COUNT_SQL] * len(pair_queries)])
    asked = "\x1f".join([*word_queries, "", *pair_queries])
    return cached_by_version(
        "statistics", version, asked, lambda: tuple(fetch(f"SELECT {counts}", *word_queries, *pair_queries)[0])
    )


def top_ranked_ids(
    fetch: Callable[..., list[tuple[Any, ...]]],
    match_sizes: dict[str, int],
    filtered: QuerySet,
    parsed: ParsedQuery,
    need: int,
    *,
    known_matches: bool = False,
    version: str | None = None,
) -> tuple[list[int], int | None] | None:
    """The ids of the best ``need`` matches passing ``filtered``, in the full ranking's order; None: rank in full.

    With ``known_matches``, ``filtered`` is the match itself, held as ids: each is scored, none probed for.
    Returns the ids and, when it came for free (the known matches), the match's size; None: rank in full.

    ``fetch(sql, *params)`` runs a statement on the backend's database; ``match_sizes`` receives each word's
    document frequency (a one-word query's match size).  ``version`` (the archive's, articles.models.versions)
    lets the archive's size and the document frequencies be reused from the cache until the archive changes.
    """
    words = ranked_words(parsed)
    pairs = ranked_pairs(parsed)
    word_queries = [word_tsquery(term) for term in words]
    total, *frequencies = _statistics(fetch, word_queries, list(map(pair_tsquery, pairs)), version)
    pair_frequencies = frequencies[len(words) :]
    frequencies = frequencies[: len(words)]
    match_sizes.update(zip(word_queries, frequencies))  # a one-word query's match size (match_size())
    if min(frequencies, default=0) == 0:
        return [], 0  # a word no article holds: nothing matches
    if max(frequencies, default=0) < TOP_K_FROM:
        return None
    # A pair no article holds adds nothing: left out, it is never probed.
    held = [(pair, df) for pair, df in zip(pairs, pair_frequencies) if df]
    weights = [idf(df, total) for df in frequencies] + [PAIR_WEIGHT * idf(df, total) for _, df in held]
    # Probe i: word (or pair, after the words) i // LEVELS at level LEVELS - i % LEVELS.
    probes = word_level_tsqueries(words) + pair_level_tsqueries([pair for pair, _ in held])

    def word_level(i: int) -> tuple[int, int]:
        return i // LEVELS, LEVELS - i % LEVELS

    def levels(word: int, low: int, high: int) -> list[tuple[int, int, int]]:
        chosen = [i for i in range(word * LEVELS, (word + 1) * LEVELS) if low <= word_level(i)[1] <= high]
        rows = fetch(LEVEL_ROWS_SQL, [probes[i] for i in chosen])
        return [(pk, *word_level(chosen[n - 1])) for pk, n in rows]

    def exact(ids: list[int], highs: list[int]) -> list[tuple[int, int, int]]:
        chosen = [i for i in range(len(probes)) if word_level(i)[1] <= highs[word_level(i)[0]]]
        asked = [probes[i] for i in chosen]
        if not chosen:
            return []
        if len(ids) <= FEW_ARTICLES:
            rows = fetch(FEW_LEVELS_SQL, ids, asked)
        else:
            rows = fetch(EXACT_LEVELS_SQL, asked, ids)
        return [(pk, *word_level(chosen[n - 1])) for pk, n in rows]

    def kept(ids: list[int]) -> list[tuple[int, datetime.date | None]]:
        """(id, published) of these ids passing the filters."""
        return list(filtered.filter(pk__in=ids).values_list("pk", "published"))

    if known_matches:
        # A phrase's matches are known (matcher() read them from the RUM index): score each of them from one
        # pass over its words' postings.  Their words' top levels are mostly held by articles where the words
        # do not stand together, so probing levels would read far more candidates than there are matches.
        # That pass (120-130 ms for 13,405 matches at 100,000 articles) depends only on the probes and the
        # articles, so it is reused, like the matches themselves, until the archive changes.
        rows = list(filtered.values_list("pk", "published"))  # the filtered matches, with their dates
        ids = [pk for pk, _ in rows]
        asked = "\x1f".join(probes) + "\x1e" + ",".join(map(str, ids))
        found = cached_by_version("levels", version, asked, lambda: exact(ids, [LEVELS] * len(weights)))
        return rank_all(weights, rows, found, need), len(rows)
    best = top_ranked(weights, need, TopKProbes(levels, exact, kept), len(words))
    return None if best is None else (best, None)
