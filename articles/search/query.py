"""Parse what a user typed into the search box.

Syntax: words are ANDed; ``"quoted phrases"``; ``-word`` and ``-"phrase"``
exclude; ``word*`` is a prefix.  Anything else is treated as a separator,
so the parser never fails and hands the database only clean terms (runs of
a-z, 0-9 and Cyrillic letters): no operator or quote of FTS5 or tsquery
syntax can get through.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from articles.search.analyzer import (
    fold_kazakh,
    is_stopword,
    query_term_alternatives,
    words,
)
from articles.text.translit import ascii_key

MAX_QUERY_LENGTH = 500  # characters kept from the input
MAX_CLAUSES = 32  # keeps the SQL of a pasted paragraph bounded
MIN_PREFIX_LENGTH = 2  # "a*" would match half the index
MAX_WORD_LENGTH = 64  # longer "words" are pasted junk, not worth a term

# Typographic quotes and dashes people paste from Word or PDF.
_QUOTES = str.maketrans(dict.fromkeys("«»“”„‟″＂", '"'))
_MINUS = str.maketrans(dict.fromkeys("−－", "-"))
_CHUNK = re.compile(r'(-*)"([^"]*)"?|(-*)([^\s"]+)')


@dataclass(frozen=True)
class Term:
    """One query word: its normalized form and the index terms it may match."""

    word: str
    alternatives: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class Clause:
    """A word or phrase (terms in a row) that must, or must not, occur."""

    terms: tuple[Term, ...]
    negated: bool = False
    quoted: bool = False

    @property
    def is_phrase(self) -> bool:
        return len(self.terms) > 1


@dataclass(frozen=True)
class ParsedQuery:
    """The clauses of a query; positive ones are ANDed, negated ones excluded."""

    clauses: tuple[Clause, ...] = ()
    truncated: bool = False
    highlight_words: tuple[str, ...] = ()

    @property
    def positive(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if not c.negated)

    @property
    def negative(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if c.negated)

    @property
    def is_empty(self) -> bool:
        """True if nothing can be searched (no clause, or only exclusions)."""
        return not self.positive


def _prefix_term(word: str) -> Term | None:
    if len(word) < MIN_PREFIX_LENGTH:
        return None
    # No stemming: the stem of a fragment is meaningless.
    alternatives = tuple(dict.fromkeys(a for a in (fold_kazakh(word), ascii_key(word)) if a))
    return Term(word, alternatives, prefix=True)


def _word_term(word: str) -> Term | None:
    alternatives = tuple(query_term_alternatives(word))
    return Term(word, alternatives) if alternatives else None


def _clause(raw: str, negated: bool, quoted: bool) -> Clause | None:
    tokens = [t for t in words(raw) if len(t) <= MAX_WORD_LENGTH]
    prefix = not quoted and len(tokens) == 1 and raw.rstrip().endswith("*")
    if prefix:
        term = _prefix_term(tokens[0])
        return Clause((term,), negated) if term else None
    terms = tuple(t for t in map(_word_term, tokens) if t)
    return Clause(terms, negated, quoted) if terms else None


def _is_stopword_clause(clause: Clause) -> bool:
    return (
        not clause.quoted
        and len(clause.terms) == 1
        and not clause.terms[0].prefix
        and is_stopword(clause.terms[0].word)
    )


def _clean(text: str) -> str:
    """Unify quotes and minus signs; control characters become spaces.

    Format characters (zero-width, bidi, soft hyphen) are left to the
    analyzer, which drops them inside words just as it does at index time.
    """
    text = unicodedata.normalize("NFC", text).translate(_QUOTES).translate(_MINUS)
    return "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text)


def parse_query(text: str) -> ParsedQuery:
    """Parse a search box input; never raises, whatever the input."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    truncated = len(text) > MAX_QUERY_LENGTH
    if truncated:
        text = text[: MAX_QUERY_LENGTH + 1]
        # Cut at a space, so no fragment of a word is searched ("слово" → "сл").
        cut = text.rfind(" ", 0, MAX_QUERY_LENGTH + 1)
        text = text[: cut if cut > 0 else MAX_QUERY_LENGTH]
    text = _clean(text)

    clauses: list[Clause] = []
    for match in _CHUNK.finditer(text):
        if match.group(2) is not None:  # "phrase", maybe unterminated
            clause = _clause(match.group(2), bool(match.group(1)), quoted=True)
        else:
            clause = _clause(match.group(4), bool(match.group(3)), quoted=False)
        if clause and clause not in clauses:
            clauses.append(clause)

    # Drop function words, but not if they are all the query has ("the of").
    kept = [c for c in clauses if not _is_stopword_clause(c)]
    if not any(not c.negated for c in kept):
        kept = [c for c in clauses if not c.negated or not _is_stopword_clause(c)]
    if len(kept) > MAX_CLAUSES:
        kept, truncated = kept[:MAX_CLAUSES], True

    highlight = (t.word for c in kept if not c.negated for t in c.terms)
    return ParsedQuery(tuple(kept), truncated, tuple(dict.fromkeys(highlight)))
