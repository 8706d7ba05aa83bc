"""PostgreSQL's search functions and the tsquery text of a parsed query, shared by the backend and its top-k.

The terms are already the analyzer's output: they are quoted as lexemes and cast, never re-parsed by a
text-search configuration (see postgres.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from articles.search.backends.base import phrase_alternatives, ranked_pairs, ranked_words, term_alternatives
from articles.search.query import Clause, ParsedQuery, Term
from articles.search.ranking import LEVELS

MATCH_FUNCTION = "archive_search_match"  # created by migration 0005, given its sample argument by 0008
LEVELS_FUNCTION = "archive_search_levels"  # created by migration 0013
PHRASE_FUNCTION = "archive_search_phrase"  # created by migration 0015: the RUM index, positions in it


def match_function(parsed: ParsedQuery) -> str:
    """The set-returning function that matches a query: with a phrase, the one that reads positions from RUM."""
    # Only a wanted phrase: an excluded one ("word -\"a b\"") keeps the GIN index and its recheck.
    return PHRASE_FUNCTION if any(clause.is_phrase for clause in parsed.positive) else MATCH_FUNCTION


def lexeme(term: str) -> str:
    """A quoted tsvector/tsquery lexeme; terms are clean already, but no input is trusted."""
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def impact_lexeme(term: str, level: int) -> str:
    """A term's (or a pair's, "_term_term") impact lexeme at a level: "05term" (articles.search.ranking)."""
    return f"{level:02d}{term}"


def _level_probes(alternatives: Sequence[str], star: str = "") -> list[str]:
    """From level LEVELS down to 1, the probe of any of these alternatives at that level."""
    return [" | ".join(lexeme(impact_lexeme(a, level)) + star for a in alternatives) for level in range(LEVELS, 0, -1)]


def word_level_tsqueries(terms: Sequence[Term]) -> list[str]:
    """The probes of archive_search_levels(): per word, from level LEVELS down to 1, its alternatives."""
    return [probe for term in terms for probe in _level_probes(term_alternatives(term), ":*" if term.prefix else "")]


def pair_level_tsqueries(pairs: Sequence[tuple[str, ...]]) -> list[str]:
    """The probes of the query's word pairs (base.ranked_pairs()), as word_level_tsqueries()'s: "05_term_term"."""
    return [probe for pair in pairs for probe in _level_probes(pair)]


def pair_tsquery(pair: tuple[str, ...]) -> str:
    """A pair at any level: the articles holding it, from the impact index (its document frequency)."""
    return " | ".join(lexeme(impact_lexeme(key, level)) for key in pair for level in range(1, LEVELS + 1))


def levels_tsqueries(parsed: ParsedQuery) -> list[str]:
    """The probes of the ranking: the query's words, then its word pairs; probe i is word i // LEVELS."""
    return word_level_tsqueries(ranked_words(parsed)) + pair_level_tsqueries(ranked_pairs(parsed))


def word_tsquery(term: Term) -> str:
    """One word (any of its alternatives, a prefix if it is one) as tsquery input."""
    star = ":*" if term.prefix else ""
    return "(" + " | ".join(lexeme(a) + star for a in term_alternatives(term)) + ")"


def clause_tsquery(clause: Clause) -> str:
    """One clause as tsquery input (without its negation)."""
    if not clause.is_phrase:
        return word_tsquery(clause.terms[0])
    words = ("(" + " | ".join(map(lexeme, alternatives)) + ")" for alternatives in phrase_alternatives(clause))
    return "(" + " <-> ".join(words) + ")"


def tsquery_text(parsed: ParsedQuery, *, negations: bool = True) -> str:
    """The tsquery of a query with at least one positive clause."""
    parts = [clause_tsquery(c) for c in parsed.positive]
    if negations:
        parts += ["!" + clause_tsquery(c) for c in parsed.negative]
    return " & ".join(parts)
