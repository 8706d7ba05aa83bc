"""Relevance over every match: BM25F, its document part stored at index time, its IDF taken at query time.

For a query word w and an article d::

    score(d) = Σ_w idf(w) · S(d, w)
    idf(w)   = ln(1 + (N − df(w) + ½) / (df(w) + ½))          N articles indexed, df(w) of them holding w
    S(d, w)  = t / (K1 + t),   t = Σ_field WEIGHT[field] · tf(field) / (1 − B + B · length(field) / REFERENCE[field])

Fields are the titles (with translated titles, keywords and author names), the abstracts and the body;
``tf`` counts a term's occurrences in the field, native or Latin shadow (the larger: both spell the same
words).  ``S`` depends on the article alone, so it is computed when the article is indexed and stored as
one *impact* token per distinct term: the term and a level of ``t`` on a logarithmic scale of ``LEVELS``
steps (``impact_levels()``).  At query time the database reads the levels of the query's words (SQLite:
FTS5's vocabulary of the impact table; PostgreSQL: a GIN index of the impact tsvector, one probe per
level), takes per word the best level of its alternatives, counts df from the same rows and sums.  No body
is read: a common word costs one pass over its postings, whatever the length of the texts.

The lengths are normalised against fixed reference lengths (typical of a journal article), not the
archive's running averages, so a stored impact never goes stale when other articles arrive.

Proximity: the ordered pairs of neighbouring terms of the titles and abstracts (function words stepped over,
as the query parser drops them) are stored beside the words as impact tokens of their own, "_term_term" with
a level from the pair's weighted tf in those fields (``pair_levels()``).  A query of two or more words adds
each pair of neighbouring query words as an optional term: it decides nothing about the match, but an
article holding it adds ``PAIR_WEIGHT · idf(pair) · S(d, pair)``.  Random text seldom puts two given words
side by side, so a record whose words stand together ("экологиялық қауіпсіздік") outranks long texts that
merely hold both words many times.  The pair tokens start with ``PAIR_MARK``, which no term does, so no probe
of a word or a prefix ever meets one.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from itertools import pairwise
from typing import TYPE_CHECKING

from articles.search.analyzer import stop_terms

if TYPE_CHECKING:
    from articles.models.search import SearchDocument

# Titles, keywords and authors above abstracts above the body (the three runs of a SearchDocument).
FIELD_WEIGHTS = {"title": 10.0, "abstract": 4.0, "body": 1.0}
REFERENCE_LENGTHS = {"title": 30, "abstract": 300, "body": 3000}
B = 0.75
# Saturation.  The weights multiply term frequencies, so the usual 1.2 would saturate at one title hit
# and a body about the subject (its words 20 times) would count no more than a passing mention.
K1 = 15.0
# The stored scale of t: LEVELS steps from LOWEST to HIGHEST, each about 25 % above the one before (two digits
# in the impact tokens: at most 99).
LEVELS = 32
LOWEST = 0.3
HIGHEST = 300.0
_STEP = math.log(HIGHEST / LOWEST) / (LEVELS - 1)
# Proximity: the fields whose neighbouring terms are stored as pairs, the mark that starts a pair token (terms
# are runs of a-z, 0-9 and Cyrillic letters; SQLite's impact tokenizer keeps "_" inside tokens), and the weight of
# a pair's part of the rank against a word's (chosen on the relevance benchmark's tuned queries).
PAIR_FIELDS = ("title", "abstract")
PAIR_MARK = "_"
PAIR_WEIGHT = 2.0
# Ranks are rounded before sorting, so both databases (whose sums may differ in the last bit) tie alike.
RANK_DIGITS = 9


def level_of(weighted: float) -> int:
    """The stored level (1..LEVELS) of a weighted, length-normalised term frequency t > 0."""
    return max(1, min(LEVELS, round(1 + math.log(weighted / LOWEST) / _STEP)))


def level_score(level: int) -> float:
    """S for a stored level: t / (K1 + t) with t at the level's point of the scale."""
    weighted = LOWEST * math.exp((level - 1) * _STEP)
    return weighted / (K1 + weighted)


def _real(value: float) -> str:
    """A float constant as SQL: PostgreSQL reads 0.3 as numeric, whose exp() and ln() are many times slower."""
    return f"CAST({value!r} AS double precision)"


def level_score_sql(level: str) -> str:
    """level_score() as an SQL expression of an integer column (SQLite's math functions, PostgreSQL's)."""
    weighted = f"({_real(LOWEST)} * exp(({level} - 1) * {_real(_STEP)}))"
    return f"({weighted} / ({_real(K1)} + {weighted}))"


def idf_sql(df: str, total: str) -> str:
    """BM25's inverse document frequency as SQL (of double precision df and total), always positive."""
    half = _real(0.5)
    return f"ln({_real(1.0)} + ({total} - {df} + {half}) / ({df} + {half}))"


def _frequencies(natives: str, shadows: str) -> tuple[int, Counter[str]]:
    """The field's length in words and each term's frequency, native or shadow (the larger)."""
    native = natives.split()
    counts = Counter(native)
    if shadows != natives:  # Latin text is its own shadow
        for term, count in Counter(shadows.split()).items():
            if count > counts[term]:
                counts[term] = count
    return len(native), counts


def impact_levels(fields: dict[str, tuple[str, str]]) -> dict[str, int]:
    """Each distinct term of an article and its level, from its fields' (native, shadow) term strings."""
    weighted: defaultdict[str, float] = defaultdict(float)
    for field, (natives, shadows) in fields.items():
        length, counts = _frequencies(natives, shadows)
        if not length:
            continue
        factor = FIELD_WEIGHTS[field] / (1 - B + B * length / REFERENCE_LENGTHS[field])
        for term, count in counts.items():
            weighted[term] += factor * count
    # Most terms share a few values (once in the body, twice...): each value's level is computed once.
    levels: dict[float, int] = {}
    return {term: levels.get(value) or levels.setdefault(value, level_of(value)) for term, value in weighted.items()}


def pair_key(first: str, second: str) -> str:
    """The impact term of an ordered pair of neighbouring terms: "_first_second"."""
    return f"{PAIR_MARK}{first}{PAIR_MARK}{second}"


def _pairs(terms: str) -> str:
    """The pairs of neighbouring terms of a term string, function words stepped over, as a term string."""
    stops = stop_terms()
    kept = [term for term in terms.split() if term not in stops]
    return " ".join((pair_key(first, second) for first, second in pairwise(kept)))


def pair_levels(fields: dict[str, tuple[str, str]]) -> dict[str, int]:
    """Each distinct pair of neighbouring terms of the titles and abstracts (``pair_key()``) and its level.

    As a word's level (impact_levels()): the pair's count in each field, native or shadow (the larger),
    weighted and normalised by the field's length in words.
    """
    weighted: defaultdict[str, float] = defaultdict(float)
    for field in PAIR_FIELDS:
        natives, shadows = fields.get(field, ("", ""))
        length = len(natives.split())
        if length < 2:
            continue
        factor = FIELD_WEIGHTS[field] / (1 - B + B * length / REFERENCE_LENGTHS[field])
        native_pairs = _pairs(natives)
        _, counts = _frequencies(native_pairs, native_pairs if shadows == natives else _pairs(shadows))
        for pair, count in counts.items():
            weighted[pair] += factor * count
    return {pair: level_of(value) for pair, value in weighted.items()}


def document_fields(document: SearchDocument) -> dict[str, tuple[str, str]]:
    """The (native, shadow) term strings of a search document, by ranking field."""
    return {
        "title": (document.title_terms, document.title_shadow),
        "abstract": (document.abstract_terms, document.abstract_shadow),
        "body": (document.body_terms, document.body_shadow),
    }


def document_levels(document: SearchDocument) -> dict[str, int]:
    """impact_levels() of a search document."""
    return impact_levels(document_fields(document))


def document_impacts(document: SearchDocument) -> dict[str, int]:
    """Every impact term of a search document and its level: its words (impact_levels()), then its pairs."""
    fields = document_fields(document)
    return {**impact_levels(fields), **pair_levels(fields)}
