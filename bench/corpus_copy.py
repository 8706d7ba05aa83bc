"""The generator's COPY rows of search documents, from term ids, in fewer Python steps.

``copy_row`` (articles.search.backends.postgres) splits a document's term
strings, places every token's position in a dict of strings and computes
every distinct term's impact level (and its titles' and abstracts' word pairs') in Python: 4-5 ms an article.  Here each
term is an integer id (``Lexicon``) with its encodings cached: the generator
hands over the ids it mapped its words to (no split, no string hashing), and
the impact levels are computed once per distinct count, the per-term steps
done by ``map`` in C (about 2.5 ms in all).  When the lexicon is numbered in
byte order (``Lexicon.number_in_order``), both vectors go out with their
lexemes sorted, so the server skips its sorts too.  The row holds the same
values (the same lexemes, positions and impact levels) as ``copy_row``'s;
tests/perf/test_corpus_speed_round7.py checks it.
"""

from __future__ import annotations

import struct
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from itertools import pairwise, repeat
from operator import add, and_, or_, rshift

from articles.search.analyzer import stop_terms
from articles.search.backends.postgres import (
    COPY_ROW_START,
    FIELD_WEIGHTS,
    MAX_POSITION,
    MAX_POSITIONS_PER_LEXEME,
    PACK_POSITIONS,
    WEIGHT_BITS,
)
from articles.search.backends.postgres_sql import impact_lexeme
from articles.search.ranking import FIELD_WEIGHTS as RANK_WEIGHTS
from articles.search.ranking import PAIR_FIELDS, REFERENCE_LENGTHS, B, level_of, pair_key

_ARTICLE_ID = struct.Struct(">q").pack
_INT = struct.Struct(">i").pack
RUN_BITS = tuple(WEIGHT_BITS[weight] for _, weight in FIELD_WEIGHTS)
# The ranking fields over the six runs (native, shadow), with their BM25F factors' constants.
RANK_FIELDS = tuple((RANK_WEIGHTS[name], REFERENCE_LENGTHS[name]) for name in ("title", "abstract", "body"))
# Which of those hold word pairs (ranking.pair_levels()).
PAIR_RUNS = tuple(name in PAIR_FIELDS for name in ("title", "abstract", "body"))
# A lone position as sent (with its count of 1), for every position: encoded once.
_ONE_POSITION = [PACK_POSITIONS[1](1, packed) for packed in range(1 << 16)]
_LEVEL_PREFIXES = [impact_lexeme("", level).encode() for level in range(100)]


class Lexicon(dict[str, int]):
    """term -> id, each term numbered when first seen, with the encodings the rows reuse."""

    def __init__(self) -> None:
        super().__init__()
        self.terms: list[str] = []
        self.vector_keys: list[bytes] = []  # the lexeme and its closing NUL
        self.impact_tails: list[bytes] = []  # after the level: the lexeme, its NUL and a zero position count
        self.stops: list[bool] = []  # a function word's term: word pairs step over it

    def __missing__(self, term: str) -> int:
        number = self[term] = len(self.terms)
        encoded = term.encode()
        self.terms.append(term)
        self.vector_keys.append(encoded + b"\0")
        self.impact_tails.append(encoded + b"\0\0\0")
        self.stops.append(term in stop_terms())
        return number

    def number_in_order(self, terms: Iterable[str]) -> None:
        """Number these terms first, in the order of their bytes, which is the order tsvectorrecv sorts lexemes in.

        The vectors are then sent with their lexemes sorted by id: sorted
        already, the server skips the sort of the 2 x 3,000 lexemes of each
        document, 0.5 of the 1.2 ms it spends on a row.  A term numbered
        later only leaves its document's lexemes for the server to sort.
        """
        assert not self.terms, "only an empty lexicon is numbered in order"
        for term in sorted(set(terms), key=str.encode):
            self.__missing__(term)

    def ids(self, text: str) -> list[int]:
        """The ids of a space-separated term string's terms."""
        return list(map(self.__getitem__, text.split()))

    def text(self, ids: Sequence[int]) -> str:
        """The space-separated term string of ids."""
        return " ".join(map(self.terms.__getitem__, ids))


def vector_binary(lexicon: Lexicon, runs: Sequence[list[int]]) -> bytes | None:
    """tsvector_binary(vector_positions(...)) of the six runs of term ids, or None past MAX_POSITION.

    vector_positions()'s loop, over integer ids (hashed for free, no
    split strings), each lexeme's encoding cached; the lexemes in id order.
    """
    slots: defaultdict[int, list[int]] = defaultdict(list)
    position = 0  # the last position taken; each run is followed by a gap
    for run, bits in zip(runs, RUN_BITS):
        first = position + 1
        start = bits | first
        for term, at in zip(run, range(start, start + len(run))):
            slots[term].append(at)
        position = first + len(run)
    if position > MAX_POSITION:
        return None  # clamped positions: copy_row's own rules
    keys = lexicon.vector_keys
    parts = [_INT(len(slots))]
    append = parts.append
    for term, positions in sorted(slots.items()):
        count = len(positions)
        if count == 1:
            append(keys[term] + _ONE_POSITION[positions[0]])
            continue
        if count > MAX_POSITIONS_PER_LEXEME:
            count = MAX_POSITIONS_PER_LEXEME
            del positions[count:]
        append(keys[term] + PACK_POSITIONS[count](count, *positions))
    return b"".join(parts)


def _field_counts(natives: list[int], shadows: list[int]) -> dict[int, int]:
    """ranking._frequencies() of one field: each term's count, native or shadow (the larger)."""
    counts = Counter(natives)
    if shadows == natives:  # Latin text is its own shadow
        return counts
    shadow_counts = Counter(shadows)
    for term in shadow_counts.keys() & counts.keys():  # few: a shadow is ASCII, a native mostly not
        if counts[term] > shadow_counts[term]:
            shadow_counts[term] = counts[term]
    return {**counts, **shadow_counts}


def impact_binary(lexicon: Lexicon, runs: Sequence[list[int]]) -> bytes:
    """postgres.impact_binary() of the six runs of term ids: "05term" for each distinct term at its level.

    A term of one field only (nearly all) has the level of its count
    there: one level_of() per distinct count, the rest mapped in C.  The
    terms of two or more fields add their fields' parts in ranking's order.
    """
    fields = []
    for (weight, reference), natives, shadows in zip(RANK_FIELDS, runs[0::2], runs[1::2]):
        if natives:
            factor = weight / (1 - B + B * len(natives) / reference)
            fields.append((factor, _field_counts(natives, shadows)))
    shared: set[int] = set()
    for i, (_, counts) in enumerate(fields):
        for _, other in fields[i + 1 :]:
            shared |= counts.keys() & other.keys()
    # Each impact lexeme as one int, level then term id: sorted, they are in the server's order ("05term").
    shift = max(24, len(lexicon.terms).bit_length())
    level_keys = [level << shift for level in range(len(_LEVEL_PREFIXES))]
    keys: list[int] = []
    for factor, counts in fields:
        alone = list(counts.keys() - shared) if shared else list(counts)
        values = list(map(counts.__getitem__, alone))
        levels = {count: level_keys[level_of(factor * count)] for count in set(values)}
        keys += map(or_, map(levels.__getitem__, values), alone)
    for term in shared:
        weighted = 0.0
        for factor, counts in fields:
            if term in counts:
                weighted += factor * counts[term]
        keys.append(level_keys[level_of(weighted)] | term)
    keys.sort()
    prefixes = map(_LEVEL_PREFIXES.__getitem__, map(rshift, keys, repeat(shift)))
    tails = map(lexicon.impact_tails.__getitem__, map(and_, keys, repeat((1 << shift) - 1)))
    lexemes = list(map(add, prefixes, tails))
    pairs = _pair_lexemes(lexicon, runs)
    if pairs:
        # Sorted as bytes, which is the server's order ("05_term_term" falls among a level's words).
        lexemes = sorted(lexemes + pairs)
    return _INT(len(lexemes)) + b"".join(lexemes)


def _pairs(lexicon: Lexicon, run: list[int], shift: int) -> list[int]:
    """ranking._pairs() of a run of term ids: each pair of neighbouring terms, stop terms stepped over, as an int."""
    stops = lexicon.stops
    kept = [term for term in run if not stops[term]]
    return [(first << shift) | second for first, second in pairwise(kept)]


def _pair_lexemes(lexicon: Lexicon, runs: Sequence[list[int]]) -> list[bytes]:
    """ranking.pair_levels() of the runs as impact lexemes "05_term_term" (with the NUL and zero position count)."""
    shift = max(24, len(lexicon.terms).bit_length())
    weighted: defaultdict[int, float] = defaultdict(float)
    for (weight, reference), paired, natives, shadows in zip(RANK_FIELDS, PAIR_RUNS, runs[0::2], runs[1::2]):
        if not paired or len(natives) < 2:
            continue
        factor = weight / (1 - B + B * len(natives) / reference)
        native_pairs = _pairs(lexicon, natives, shift)
        shadow_pairs = native_pairs if shadows == natives else _pairs(lexicon, shadows, shift)
        for pair, count in _field_counts(native_pairs, shadow_pairs).items():
            weighted[pair] += factor * count
    terms, mask = lexicon.terms, (1 << shift) - 1
    return [
        impact_lexeme(pair_key(terms[pair >> shift], terms[pair & mask]), level_of(value)).encode() + b"\0\0\0"
        for pair, value in weighted.items()
    ]


def _field(value: bytes) -> bytes:
    return _INT(len(value)) + value


def copy_row_of_ids(lexicon: Lexicon, article_id: int, texts: Sequence[str], runs: Sequence[list[int]]) -> bytes | None:
    """postgres.copy_row() of a document given as its six term strings and their ids (None: use copy_row)."""
    vector = vector_binary(lexicon, runs)
    if vector is None:
        return None
    fields = [_field(text.encode()) for text in texts]
    return b"".join(
        (COPY_ROW_START, _ARTICLE_ID(article_id), *fields, _field(vector), _field(impact_binary(lexicon, runs)))
    )
