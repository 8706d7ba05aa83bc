"""The first pages of a search without ranking every match: impact levels probed from the highest down.

An article's rank is Σ idf(w) · S(level of w) over the query's words (articles.search.ranking), and S
grows with the level.  If word w has been probed down to level t(w), an article not seen in any probe
scores at most Σ idf(w) · S(t(w) − 1).  So the best k matches are found by probing levels from LEVELS
down, a band of one word at a time (the word whose bound weighs most, so a rare word of a two-word query
is read deeper than a common one, as in max-score query evaluation): each article seen gets its other
words' levels (one pass over those words' lower levels for all of them at once), the most promising are
checked against the filters, and as soon as the k-th best scores more than the bound, no article still
unseen can reach the first k.  A word in 90 % of the archive has few articles at its top levels, so its
first page reads a few thousand postings, not 90,000 rows ranked, grouped and sorted.

The query's word pairs (articles.search.ranking's proximity) are optional terms after the words: probed
like words, so their most possible part is in the bound, but an article lacking one still matches, and a
pair's level is known (absent) once the pair has been probed to its lowest level.

The order is exactly the full ranking's (rank, then newest, then highest id): the ranks are computed
by the same formula and rounded as the database rounds them (``rounded_rank``), and the bound is only
trusted when it is beaten outright, since an unseen article scoring the same could be newer.  Queries
this does not serve (exclusions, deep pages, a bound that still stands after too many candidates) are
ranked in full by the database.
"""

from __future__ import annotations

import datetime
import heapq
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from articles.search.ranking import LEVELS, RANK_DIGITS, level_score

# The deepest position served from the top levels: the first ten pages of twenty.
TOP_K_MAX = 200
# Beyond this many candidates the full ranking (one pass over every posting) is the cheaper plan.
CANDIDATES_MAX = 30000
# Levels probed per round at first: a dense level of a common word holds 20,000 articles at 100,000.
BAND = 2
# Candidates the filters are asked about at a time, most promising first; after this many such queries
# the filters are keeping too few candidates, and ranking every match is the cheaper plan.
RESOLVE_BATCH = 100
FILTER_QUERIES_MAX = 8
# The full ranking rounds through PostgreSQL's numeric, which takes a double's 15 significant digits.
_SIGNIFICANT = 15
_QUANTUM = Decimal(1).scaleb(-RANK_DIGITS)
_ONE_STEP = 10.0**-RANK_DIGITS  # the smallest difference between two rounded ranks


def rounded_rank(value: float) -> float:
    """A rank rounded to RANK_DIGITS as the database rounds it (half away from zero, from 15 digits)."""
    return float(Decimal(f"{value:.{_SIGNIFICANT}g}").quantize(_QUANTUM, rounding=ROUND_HALF_UP))


def idf(df: int, total: int) -> float:
    """ranking.idf_sql() in Python, operation for operation."""
    return math.log(1.0 + (total - df + 0.5) / (df + 0.5))


@dataclass
class Candidate:
    """An article seen in the probes: its best level per word where known (None: below the levels probed)."""

    levels: list[int | None]
    rank: float = 0.0
    exact: bool = False  # every word's level known: rank is its rank
    checked: bool = False  # the filters were asked
    kept: bool = False
    published: datetime.date | None = None


@dataclass
class TopK:
    """The state of one top-k search: the words' weights, the candidates seen, the lowest level probed per word.

    The first ``required`` words must all be held by a match; the others (the query's pairs) only add.
    """

    weights: list[float]  # idf per word (PAIR_WEIGHT · idf per pair)
    required: int = -1  # the words a match holds; -1: all
    candidates: dict[int, Candidate] = field(default_factory=dict)
    lowest: list[int] = field(default_factory=list)  # per word: its levels from here up have been probed

    def __post_init__(self) -> None:
        self.lowest = self.lowest or [LEVELS + 1] * len(self.weights)
        if self.required < 0:
            self.required = len(self.weights)

    def matches(self, levels: Sequence[int | None]) -> bool:
        """Whether levels known in full hold every required word."""
        return all(levels[: self.required])

    def settled(self, levels: Sequence[int | None]) -> bool:
        """Whether these levels are all known: each required word seen, each optional one seen or probed to its end."""
        return self.matches(levels) and all(
            levels[word] or self.lowest[word] == 1 for word in range(self.required, len(self.weights))
        )

    def below(self, word: int) -> float:
        """What a word can add to an article not seen with it: just under its lowest level probed."""
        return self.weights[word] * level_score(self.lowest[word] - 1) if self.lowest[word] > 1 else 0.0

    def bound(self) -> float:
        """The highest rank an article not yet seen can have."""
        return sum(self.below(word) for word in range(len(self.weights)))

    def score(self, levels: Sequence[int | None]) -> float:
        """The rank of these levels, as the full ranking computes and rounds it."""
        return rounded_rank(self.raw_score(levels))

    def raw_score(self, levels: Sequence[int | None]) -> float:
        """The rank of these levels before rounding (rounding never reverses two ranks' order)."""
        total = 0.0
        for weight, level in zip(self.weights, levels):
            if level:
                total += weight * level_score(level)
        return total

    def upper(self, candidate: Candidate) -> float:
        """The most a candidate can score: its unknown words just under their lowest levels probed."""
        return sum(
            self.weights[word] * level_score(level) if level else self.below(word)
            for word, level in enumerate(candidate.levels)
        )

    def complete(self) -> bool:
        """Every match seen: a match holds every required word, and one has been read down to its lowest level."""
        return any(low == 1 for low in self.lowest[: self.required])

    def next_word(self) -> int | None:
        """The word to probe deeper: the one whose bound weighs most; None when every level is probed."""
        open_words = [word for word in range(len(self.weights)) if self.lowest[word] > 1]
        return max(open_words, key=self.below, default=None)


def order_key(pk: int, candidate: Candidate) -> tuple:
    """The full ranking's order: best rank first, then newest (undated last), then highest id."""
    published = candidate.published
    return (-candidate.rank, published is None, -published.toordinal() if published else 0, -pk)


@dataclass
class TopKProbes:
    """What the algorithm asks the database, as three callables (the backend binds them to its SQL).

    ``levels(word, low, high)``: rows (id, word, level) of every article holding the word at a level in
    [low, high]; ``exact(ids, highs)``: the rows of these articles for each word w at every level up to
    ``highs[w]`` (one pass over the postings of those levels, whatever the number of ids);
    ``kept(ids)``: (id, published) of those passing the filters.
    """

    levels: Callable[[int, int, int], list[tuple[int, int, int]]]
    exact: Callable[[list[int], list[int]], list[tuple[int, int, int]]]
    kept: Callable[[list[int]], list[tuple[int, datetime.date | None]]]


def top_ranked(weights: list[float], need: int, probes: TopKProbes, required: int = -1) -> list[int] | None:
    """The ids of the best ``need`` matches in the full ranking's order, or None (rank every match instead).

    The first ``required`` weights are the words a match holds (-1: all), the others optional (pairs).
    """
    state = TopK(weights, required)
    while (word := state.next_word()) is not None:
        low = max(1, state.lowest[word] - BAND)
        # Narrow bands: wider ones saved round trips on sparse levels but ran into a dense one whole.
        for pk, _word, level in probes.levels(word, low, state.lowest[word] - 1):
            candidate = state.candidates.get(pk)
            if candidate is None:
                if state.complete():
                    continue  # not seen with a word read to its end: it lacks that word, no match
                state.candidates[pk] = candidate = Candidate([None] * len(weights))
            elif candidate.exact:
                continue  # settled: every level of it is known already
            if level > (candidate.levels[word] or 0):
                candidate.levels[word] = level
        state.lowest[word] = low
        if len(state.candidates) > CANDIDATES_MAX:
            return None
        try:
            best = _settle(state, need, probes)
        except _FiltersTooNarrow:
            return None  # the filters keep few candidates: ranking every match is the cheaper plan
        if best is not None:
            return best
    return _ranked(state)[:need]  # every level probed: every match seen and settled


class _FiltersTooNarrow(Exception):
    """Raised by _settle when the filters have been asked FILTER_QUERIES_MAX times in one round."""


def _ranked(state: TopK) -> list[int]:
    kept = [(pk, c) for pk, c in state.candidates.items() if c.kept]
    return [pk for pk, _ in sorted(kept, key=lambda item: order_key(*item))]


def _settle(state: TopK, need: int, probes: TopKProbes) -> list[int] | None:
    """Resolve the candidates that could still reach the first ``need``; those ids once they are certain.

    A candidate whose every word was seen is scored at once; the others get their unseen words' lower
    levels in one pass (``probes.exact``); the filters are asked for the best first, a batch at a time.
    """
    for candidate in state.candidates.values():
        if not candidate.exact and state.settled(candidate.levels):
            candidate.exact, candidate.rank = True, state.score(candidate.levels)
    filter_queries = 0
    while True:
        ranked = _ranked(state)
        cut = state.candidates[ranked[need - 1]].rank if len(ranked) >= need else None
        floor = -1.0 if cut is None else cut - _ONE_STEP
        best_possible = (
            (c.rank if c.exact else state.upper(c), pk) for pk, c in state.candidates.items() if not c.checked
        )
        pending = sorted((item for item in best_possible if item[0] >= floor), reverse=True)
        if not pending:
            if state.complete():
                return ranked[:need]
            if cut is not None and cut > rounded_rank(state.bound()) + _ONE_STEP:
                return ranked[:need]
            return None  # probe deeper
        unknown = [pk for _, pk in pending if not state.candidates[pk].exact]
        if unknown:
            _read_levels(state, unknown, probes)
            continue
        filter_queries += 1
        if filter_queries > FILTER_QUERIES_MAX:
            raise _FiltersTooNarrow
        # Batches sized by the share the filters have kept so far, so a narrow filter costs few queries.
        checked = sum(1 for c in state.candidates.values() if c.checked and c.exact and state.matches(c.levels))
        kept = len(ranked)
        wanted = RESOLVE_BATCH if cut is not None or not checked else (need - kept) * checked // max(kept, 1) * 2
        _check_filters(state, [pk for _, pk in pending[: max(RESOLVE_BATCH, min(wanted, CANDIDATES_MAX))]], probes)


def _best_possible(state: TopK, candidate: Candidate) -> float:
    """A candidate's rank if known, else the most it can score."""
    return candidate.rank if candidate.exact else state.upper(candidate)


def _best_levels(found: dict[int, list[int | None]], rows: list[tuple[int, int, int]]) -> dict[int, list[int | None]]:
    """Each article's best level per word: the highest of its rows (id, word, level) and what ``found`` held."""
    for pk, word, level in rows:
        if level > (found[pk][word] or 0):
            found[pk][word] = level
    return found


def _read_levels(state: TopK, unknown: list[int], probes: TopKProbes) -> None:
    rows = probes.exact(unknown, [low - 1 for low in state.lowest])
    found = _best_levels({pk: list(state.candidates[pk].levels) for pk in unknown}, rows)
    for pk, levels in found.items():
        candidate = state.candidates[pk]
        candidate.levels, candidate.exact, candidate.rank = levels, True, state.score(levels)
        candidate.checked = not state.matches(levels)  # lacks a word: no match, nothing to ask


def _check_filters(state: TopK, batch: list[int], probes: TopKProbes) -> None:
    kept = dict(probes.kept(batch))
    for pk in batch:
        candidate = state.candidates[pk]
        candidate.checked, candidate.kept, candidate.published = True, pk in kept, kept.get(pk)


def rank_all(
    weights: list[float],
    matches: list[tuple[int, datetime.date | None]],
    rows: list[tuple[int, int, int]],
    need: int | None = None,
) -> list[int]:
    """Known matches (id, published) in the full ranking's order, from their rows (id, word, level) of every word;
    with ``need``, only the first that many.

    Rounding is monotonic, so only the matches whose unrounded rank comes within a rounding step of the
    need-th best can round to a tie with it and win on date: the others are never rounded or sorted (rounding
    through Decimal was half the time of ranking 13,405 phrase matches).
    """
    state = TopK(weights)
    levels = _best_levels({pk: [None] * len(weights) for pk, _ in matches}, rows)
    if need is not None and need < len(matches):
        raw = {pk: state.raw_score(levels[pk]) for pk, _ in matches}
        cut = heapq.nlargest(need, raw.values())[-1] - 2 * _ONE_STEP
        matches = [(pk, published) for pk, published in matches if raw[pk] >= cut]
    scored = [(pk, Candidate(levels[pk], state.score(levels[pk]), published=published)) for pk, published in matches]
    return [pk for pk, _ in sorted(scored, key=lambda item: order_key(*item))][:need]
