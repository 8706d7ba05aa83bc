"""The first pages of a search without ranking every match: impact levels probed from the highest down.

An article's rank is Σ idf(w) · S(level of w) over the query's words (articles.search.ranking), and S
grows with the level.  An article holding no query word at level t or above scores at most
Σ idf(w) · S(t − 1).  So the best k matches are found by probing the words' levels from LEVELS down,
a band at a time: every article seen is scored exactly (its levels of every word, read for it alone)
and checked against the filters, and as soon as the k-th best of them scores more than that bound, no
article still unseen can reach the first k.  A word in 90 % of the archive mostly sits at its lowest
levels (one passing mention in a body), so its first page reads a few hundred articles, not 90,000.

The order is exactly the full ranking's (rank, then newest, then highest id): the ranks are computed
by the same formula and rounded as the database rounds them (``rounded_rank``), and the bound is only
trusted when it is beaten outright, since an unseen article scoring the same could be newer.  Queries
this does not serve (exclusions, phrases, deep pages, a bound that still stands after too many
candidates) are ranked in full by the database, as before.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from articles.search.ranking import LEVELS, RANK_DIGITS, level_score

# The deepest position served from the top levels: the first ten pages of twenty.
TOP_K_MAX = 200
# Beyond this many candidates the full ranking (one pass over every posting) is the cheaper plan.
CANDIDATES_MAX = 4000
# Levels probed per round: the top levels are sparse, so the first rounds cost little.
BAND = 4
# The full ranking rounds through PostgreSQL's numeric, which takes a double's 15 significant digits.
_SIGNIFICANT = 15
_QUANTUM = Decimal(1).scaleb(-RANK_DIGITS)


def rounded_rank(value: float) -> float:
    """A rank rounded to RANK_DIGITS as the database rounds it (half away from zero, from 15 digits)."""
    return float(Decimal(f"{value:.{_SIGNIFICANT}g}").quantize(_QUANTUM, rounding=ROUND_HALF_UP))


def idf(df: int, total: int) -> float:
    """ranking.idf_sql() in Python, operation for operation."""
    return math.log(1.0 + (total - df + 0.5) / (df + 0.5))


@dataclass
class Candidate:
    """An article seen in the probes: its best level per word (0: not holding it), then its rank."""

    levels: list[int]
    rank: float = 0.0
    published: datetime.date | None = None
    kept: bool = False


@dataclass
class TopK:
    """The state of one top-k search: the words' weights, the candidates seen, the lowest level probed."""

    weights: list[float]  # idf per word
    candidates: dict[int, Candidate] = field(default_factory=dict)
    lowest: int = LEVELS + 1  # levels from here up have been probed for every word

    def bound(self) -> float:
        """The highest rank an article not yet seen can have: every word just under the lowest level probed."""
        below = self.lowest - 1
        return sum(weight * level_score(below) for weight in self.weights) if below >= 1 else 0.0

    def score(self, levels: Sequence[int]) -> float:
        """The rank of these levels, as the full ranking computes and rounds it."""
        total = 0.0
        for weight, level in zip(self.weights, levels):
            if level:
                total += weight * level_score(level)
        return rounded_rank(total)


def order_key(pk: int, candidate: Candidate) -> tuple:
    """The full ranking's order: best rank first, then newest (undated last), then highest id."""
    published = candidate.published
    return (-candidate.rank, published is None, -published.toordinal() if published else 0, -pk)


@dataclass
class TopKProbes:
    """What the algorithm asks the database, as three callables (the backend binds them to its SQL).

    ``levels(low, high)``: rows (id, word, level) of every article holding a word at a level in [low, high];
    ``exact(ids)``: rows (id, word, level) of these articles at every level;
    ``kept(ids)``: (id, published) of those passing the filters.
    """

    levels: Callable[[int, int], list[tuple[int, int, int]]]
    exact: Callable[[list[int]], list[tuple[int, int, int]]]
    kept: Callable[[list[int]], list[tuple[int, datetime.date | None]]]


def top_ranked(weights: list[float], need: int, probes: TopKProbes) -> list[int] | None:
    """The ids of the best ``need`` matches in the full ranking's order, or None (rank every match instead)."""
    state = TopK(weights)
    words = len(weights)
    while state.lowest > 1:
        low = max(1, state.lowest - BAND)
        fresh = sorted({pk for pk, _word, _level in probes.levels(low, state.lowest - 1)} - state.candidates.keys())
        state.lowest = low
        if len(state.candidates) + len(fresh) > CANDIDATES_MAX:
            return None
        if fresh:
            _add(state, fresh, words, probes)
        ranked = sorted((c for c in state.candidates.items() if c[1].kept), key=lambda c: order_key(*c))
        if len(ranked) >= need and ranked[need - 1][1].rank > state.bound() + 10.0**-RANK_DIGITS:
            return [pk for pk, _ in ranked[:need]]
    # Every level probed: every match has been seen.
    ranked = sorted((c for c in state.candidates.items() if c[1].kept), key=lambda c: order_key(*c))
    return [pk for pk, _ in ranked[:need]]


def _add(state: TopK, fresh: list[int], words: int, probes: TopKProbes) -> None:
    """Score fresh candidates exactly and keep those holding every word and passing the filters."""
    levels = {pk: [0] * words for pk in fresh}
    for pk, word, level in probes.exact(fresh):
        best = levels[pk]
        if level > best[word]:
            best[word] = level
    complete = [pk for pk, found in levels.items() if all(found)]
    kept = dict(probes.kept(complete)) if complete else {}
    for pk, found in levels.items():
        candidate = Candidate(found, state.score(found))
        if pk in kept:
            candidate.kept, candidate.published = True, kept[pk]
        state.candidates[pk] = candidate
