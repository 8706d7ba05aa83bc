"""Snippets: the passage of an article that matched, with the matched words marked.

A word of the text is marked when its analyzed terms (the same analyzer as
the index) meet a query term, so ``ынтымақтастығының`` is marked for the
query ``ынтымақтастық`` and ``Доллин`` for ``Dollin``.  The output is a list
of (text, marked) pieces; templates escape each piece, so no imported text
ever becomes markup.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from django.utils.html import escape

from articles.models import Article
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
        self.words = {t.word for t in terms}
        # Words repeat, within a text and across a page's rows: each is decided once per language.
        self._seen: dict[str | None, dict[str, str | None]] = {}

    def __bool__(self) -> bool:
        return bool(self.exact or self.prefixes)

    def match(self, raw: str, language: str | None) -> str | None:
        """The query word this raw word matches, or None."""
        return self.decide([raw], language)[raw]

    def decide(self, raws: Iterable[str], language: str | None) -> dict[str, str | None]:
        """The decisions of this language's words so far (raw word → query word or None), these words included."""
        decided = self._seen.setdefault(language, {})
        for raw in set(raws).difference(decided):
            decided[raw] = self._match(raw, language)
        return decided

    def _match(self, raw: str, language: str | None) -> str | None:
        for term in _raw_word_terms(raw, language):
            if term in self.exact:
                return self.exact[term]
            for prefix, word in self.prefixes:
                if term.startswith(prefix):
                    return word
        return None


# Words are read in batches: the per-word work is done by comprehensions, and a scan that may stop early
# (see _scan) reads at most one batch past its stop.
SCAN_BATCH = 128

Match = tuple[int, int, int, str]  # start, end, word index, query word


def _scan(
    text: str, language: str | None, matcher: Matcher | None, size: int | None
) -> tuple[list[tuple[int, int]], list[Match], int]:
    """Word spans and matches (start, end, word index, query word) of a text, and the distinct words matched.

    With a window ``size`` the scan stops once the first window holding
    every query word is read to its end: no later window can beat it (see
    _window), and nothing after it is shown.  Without a matcher it stops
    after the first window: with no match, the window is the opening.
    """
    spans: list[tuple[int, int]] = []
    found: list[Match] = []
    wanted = len(matcher.words) if matcher and size is not None else 0
    seen: set[str] = set()  # the query words matched so far
    stop_at = size - 1 if matcher is None and size is not None else None
    found_words = _RAW_WORD.finditer(text, 0, MAX_SCAN_CHARACTERS)
    while stop_at is None or len(spans) <= stop_at:
        batch = list(islice(found_words, SCAN_BATCH))
        if not batch:
            break
        offset = len(spans)
        spans += [m.span() for m in batch]
        if matcher is None:
            continue
        raws = [m.group() for m in batch]
        decided = matcher.decide(raws, language)
        for i in [i for i, raw in enumerate(raws) if decided[raw]]:
            index = offset + i
            if stop_at is not None and index > stop_at:
                break
            word = decided[raws[i]]
            assert word is not None  # the comprehension kept the matched words only
            found.append((*spans[index], index, word))
            seen.add(word)
            if wanted and stop_at is None and len(seen) == wanted:
                stop_at = _complete_window_end(found, wanted, size or 0)
    if stop_at is not None:
        del spans[stop_at + 1 :]
    return spans, found, len(seen)


def _window_of(index: int, size: int) -> tuple[int, int]:
    start = max(0, index - size // 4)
    return start, start + size - 1


def _words_within(matches: list[Match], indexes: list[int], start: int, end: int) -> int:
    """How many distinct query words the matches at word indexes start..end hold (``indexes``: theirs, in order)."""
    return len({m[3] for m in matches[bisect_left(indexes, start) : bisect_right(indexes, end)]})


def _complete_window_end(found: list[Match], wanted: int, size: int) -> int | None:
    """The last word index of the first window (in match order) holding every query word, if one exists yet."""
    indexes = [m[2] for m in found]
    for index in indexes:
        start, end = _window_of(index, size)
        if _words_within(found, indexes, start, end) == wanted:
            return end
    return None


def _window(spans: list[tuple[int, int]], matches: list[Match], size: int) -> tuple[int, int]:
    """The span of about ``size`` words holding the most distinct query words (the first such window)."""
    if not spans:
        return 0, 0
    if not matches:
        return 0, spans[min(size, len(spans)) - 1][1]
    indexes = [m[2] for m in matches]  # in word order, as the scan found them
    best, best_score = 0, -1
    for index in indexes:
        start, end = _window_of(index, size)
        inside = _words_within(matches, indexes, start, end)
        if inside > best_score:
            best, best_score = start, inside
    return spans[best][0], spans[min(len(spans), best + size) - 1][1]


def mark(
    text: str, language: str | None, matcher: Matcher, *, size: int | None = None
) -> tuple[tuple[Piece, ...], int]:
    """Pieces of the text (or of its best window of ``size`` words) with matches marked."""
    text = " ".join(text.split())
    spans, matches, count = _scan(text, language, matcher or None, size)
    if size is None:
        start, end = 0, len(text)
    else:
        start, end = _window(spans, matches, size)
        if not spans:
            end = len(text)
    pieces: list[Piece] = [("…", False)] if start > 0 else []
    position = start
    for s, e, _, _ in matches:
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
    return tuple(pieces), count


def page_matcher(parsed: ParsedQuery | None) -> Matcher | None:
    """One Matcher for every row of a page: it decides each distinct word once, not once per row."""
    return Matcher(parsed) if parsed else None


def article_snippet(
    article: Article,
    parsed: ParsedQuery | None,
    preferred_language: str | None = None,
    *,
    matcher: Matcher | None = None,
) -> Snippet:
    """The best passage of an article for a query: an abstract that matched, else the body.

    Abstracts are tried in the article's own order with the interface
    language first on ties, so a reader sees the matching abstract in the
    language the query was typed in.  With no query (or no match) the
    snippet is the opening of the abstract in the interface language.
    """
    matcher = matcher or page_matcher(parsed)
    abstracts = sorted(article.abstracts.all(), key=lambda a: (a.language != preferred_language, a.language))
    if matcher:
        best: Snippet | None = None
        opening: Snippet | None = None  # the first text's window, which is the opening when nothing matched
        # A passage holding every query word cannot be beaten: the texts after it are not read.
        parts = [(a.text, a.language, "abstract") for a in abstracts] + [(article.body, article.language, "body")]
        for text, language, part in parts:
            pieces, count = mark(text, language, matcher, size=SNIPPET_WORDS)
            opening = opening or Snippet(pieces, "", language)
            if count and (best is None or count > best.match_count):
                best = Snippet(pieces, part, language, count)
                if count == len(matcher.words):
                    break
        if best:
            return best
        assert opening is not None  # parts end with the body: one text at least was read
        return opening
    if abstracts:
        pieces, _ = mark(
            abstracts[0].text, abstracts[0].language, matcher or Matcher(ParsedQuery()), size=SNIPPET_WORDS
        )
        return Snippet(pieces, "", abstracts[0].language)
    pieces, _ = mark(article.body, article.language, matcher or Matcher(ParsedQuery()), size=SNIPPET_WORDS)
    return Snippet(pieces, "", article.language)


def title_pieces(
    title: str, language: str | None, parsed: ParsedQuery | None, *, matcher: Matcher | None = None
) -> tuple[Piece, ...]:
    """A title with the matched words marked (whole title, no window)."""
    if not parsed:
        return ((title, False),)
    return mark(title, language, matcher or Matcher(parsed))[0]
