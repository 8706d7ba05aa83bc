"""Snippets: the passage of an article that matched, with the matched words marked.

A word of the text is marked when its analyzed terms (the same analyzer as
the index) meet a query term, so ``ынтымақтастығының`` is marked for the
query ``ынтымақтастық`` and ``Доллин`` for ``Dollin``.  The output is a list
of (text, marked) pieces; templates escape each piece, so no imported text
ever becomes markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from django.utils.html import escape

from articles.search.analyzer import word_terms, words
from articles.search.query import ParsedQuery, Term

# A raw word of the stored text; the analyzer's own tokens are found inside it.
_RAW_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
SNIPPET_WORDS = 36
# Only this much of a long body is scanned: the snippet is a pointer, not a report.
MAX_SCAN_CHARACTERS = 60_000

Piece = tuple[str, bool]


@dataclass(frozen=True)
class Snippet:
    pieces: tuple[Piece, ...]
    part: str  # "title", "abstract", "body" or "" (no match: the opening of the abstract)
    language: str | None = None
    match_count: int = 0

    def as_html(self) -> str:
        """Escaped text with <mark> around matches (for the JSON API)."""
        return "".join(f"<mark>{escape(t)}</mark>" if marked else escape(t) for t, marked in self.pieces)

    def as_text(self) -> str:
        return "".join(text for text, _ in self.pieces)


@lru_cache(maxsize=50_000)
def _raw_word_terms(raw: str, language: str | None) -> frozenset[str]:
    terms: set[str] = set()
    for word in words(raw):
        terms.update(word_terms(word, language))
        terms.add(word)
    return frozenset(terms)


class Matcher:
    """Decides whether a word of a text meets one of the query's positive terms."""

    def __init__(self, parsed: ParsedQuery) -> None:
        terms: list[Term] = [t for clause in parsed.positive for t in clause.terms]
        self.exact = {a: t.word for t in terms if not t.prefix for a in t.alternatives}
        self.prefixes = [(a, t.word) for t in terms if t.prefix for a in t.alternatives]
        self._seen: dict[tuple[str, str | None], str | None] = {}  # words repeat: decide each once

    def __bool__(self) -> bool:
        return bool(self.exact or self.prefixes)

    def match(self, raw: str, language: str | None) -> str | None:
        """The query word this raw word matches, or None."""
        key = (raw, language)
        if key not in self._seen:
            self._seen[key] = self._match(raw, language)
        return self._seen[key]

    def _match(self, raw: str, language: str | None) -> str | None:
        for term in _raw_word_terms(raw, language):
            if term in self.exact:
                return self.exact[term]
            for prefix, word in self.prefixes:
                if term.startswith(prefix):
                    return word
        return None


def _matches(text: str, language: str | None, matcher: Matcher) -> list[tuple[int, int, str]]:
    found = []
    for m in _RAW_WORD.finditer(text[:MAX_SCAN_CHARACTERS]):
        word = matcher.match(m.group(), language)
        if word:
            found.append((m.start(), m.end(), word))
    return found


def _window(text: str, matches: list[tuple[int, int, str]], size: int) -> tuple[int, int]:
    """The span of about ``size`` words holding the most distinct query words."""
    spans = [m.span() for m in _RAW_WORD.finditer(text[:MAX_SCAN_CHARACTERS])]
    if not matches:
        return 0, spans[min(size, len(spans)) - 1][1] if spans else len(text)
    index_of = {s: i for i, (s, _) in enumerate(spans)}
    best, best_score = 0, -1
    for start, _, _ in matches:
        index = max(0, index_of.get(start, 0) - size // 4)
        end_index = min(len(spans), index + size) - 1
        inside = {w for s, _, w in matches if spans[index][0] <= s <= spans[end_index][0]}
        if len(inside) > best_score:
            best, best_score = index, len(inside)
    end_index = min(len(spans), best + size) - 1
    return spans[best][0], spans[end_index][1]


def mark(text: str, language: str | None, matcher: Matcher, *, size: int | None = None) -> tuple[tuple[Piece, ...], int]:
    """Pieces of the text (or of its best window of ``size`` words) with matches marked."""
    text = " ".join(text.split())
    matches = _matches(text, language, matcher) if matcher else []
    start, end = (0, len(text)) if size is None else _window(text, matches, size)
    pieces: list[Piece] = [("…", False)] if start > 0 else []
    position = start
    for s, e, _ in matches:
        if s < start or e > end:
            continue
        if s > position:
            pieces.append((text[position:s], False))
        pieces.append((text[s:e], True))
        position = e
    if end > position:
        pieces.append((text[position:end], False))
    if end < len(text):
        pieces.append(("…", False))
    return tuple(pieces), len({w for s, e, w in matches})


def article_snippet(article, parsed: ParsedQuery | None, preferred_language: str | None = None) -> Snippet:
    """The best passage of an article for a query: an abstract that matched, else the body.

    Abstracts are tried in the article's own order with the interface
    language first on ties, so a reader sees the matching abstract in the
    language the query was typed in.  With no query (or no match) the
    snippet is the opening of the abstract in the interface language.
    """
    matcher = Matcher(parsed) if parsed else None
    abstracts = sorted(article.abstracts.all(), key=lambda a: (a.language != preferred_language, a.language))
    if matcher:
        best: Snippet | None = None
        for abstract in abstracts:
            pieces, count = mark(abstract.text, abstract.language, matcher, size=SNIPPET_WORDS)
            if count and (best is None or count > best.match_count):
                best = Snippet(pieces, "abstract", abstract.language, count)
        pieces, count = mark(article.body, article.language, matcher, size=SNIPPET_WORDS)
        if count and (best is None or count > best.match_count):
            best = Snippet(pieces, "body", article.language, count)
        if best:
            return best
    if abstracts:
        pieces, _ = mark(abstracts[0].text, abstracts[0].language, matcher or Matcher(ParsedQuery()), size=SNIPPET_WORDS)
        return Snippet(pieces, "", abstracts[0].language)
    pieces, _ = mark(article.body, article.language, matcher or Matcher(ParsedQuery()), size=SNIPPET_WORDS)
    return Snippet(pieces, "", article.language)


def title_pieces(title: str, language: str | None, parsed: ParsedQuery | None) -> tuple[Piece, ...]:
    """A title with the matched words marked (whole title, no window)."""
    if not parsed:
        return ((title, False),)
    return mark(title, language, Matcher(parsed))[0]

