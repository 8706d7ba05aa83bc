"""Repairing PDF damage in extracted text: characters, hyphenation, spaced-out letters, hard wraps.

Every decision that needs to know whether a word exists asks a Vocabulary built from the texts being
imported, so a repair is only made where the repaired word is attested elsewhere.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from itertools import accumulate, compress, filterfalse, islice
from operator import and_

from articles.text.translit import fix_lookalikes

LETTER = r"[^\W\d_]"
WORD_RE = re.compile(rf"{LETTER}+(?:-{LETTER}+)*")
BULLET = "• "
BULLET_GLYPHS = "•·▪●◦‣\uf0b7\uf0a7\uf076"
# A bullet glyph opening a line (the spaces around it stay within the line).
_BULLET_LINES_RE = re.compile(rf"^([^\S\n]*)[{BULLET_GLYPHS}][^\S\n]*", re.MULTILINE)
_SPACES_RE = re.compile(r"[ \t\u00a0\u2007\u202f]+")
_ODD_SPACE_RE = re.compile(r"[\t\u00a0\u2007\u202f]")
# Soft hyphens, zero-width characters, and the explicit directional controls (embeddings, overrides, isolates):
# imported text needs none of them, and an unpaired override reverses whatever follows it on a page.
_INVISIBLE_RE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]")
TERMINAL = tuple(".!?…")
# Russian particles and prefixes that are always written with a hyphen (все-таки, кое-где, кто-либо).
HYPHEN_PARTICLES = frozenset({"то", "либо", "нибудь", "таки", "ка"})
HYPHEN_PREFIXES = frozenset({"кое", "кой"})
FREQUENT_WORD = 5


def normalize_characters(text: str) -> str:
    """Character-level damage: odd spaces, escaped dollars, bullet glyphs, Latin look-alikes in Cyrillic."""
    text = _INVISIBLE_RE.sub("", text)
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2007", " ")
    text = text.replace("\\$", "$")
    # Both repairs stay within a line, so they run over the whole text at once (not line by line).
    text = _BULLET_LINES_RE.sub(lambda m: m.group(1) + BULLET, text)
    return fix_lookalikes(text)


# A line ending in a letter, an optional space and a hyphen (then only spaces); the search looks for hyphens first.
_HYPHENATED_LINE_RE = re.compile(rf"-(?:(?<={LETTER}-)|(?<={LETTER}[^\S\n]-))[^\S\n]*$", re.MULTILINE)
CHUNK_CHARS = 1 << 20


def _line_chunks(text: str) -> Iterator[str]:
    """The text in slices of about CHUNK_CHARS characters, each cut after a line break."""
    start = 0
    while start < len(text):
        end = text.find("\n", start + CHUNK_CHARS)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


def _words_in(text: str) -> list[str]:
    """WORD_RE.findall(text), in another order: a run of non-space that is all letters is one word, one of
    decimal digits none, and only the other runs are searched (together, a line apart: no word spans lines)."""
    runs = text.split()
    words = list(filter(str.isalpha, runs))  # C-level passes: no Python test per run
    words += WORD_RE.findall("\n".join(filterfalse(str.isdecimal, filterfalse(str.isalpha, runs))))
    return words


def _line_at(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : len(text) if end < 0 else end]


def _next_nonblank(text: str, end: int) -> int | None:
    """Where the first non-blank line after the line ending at `end` starts."""
    while end < len(text):
        start = end + 1
        line = _line_at(text, start)
        if line.strip():
            return start
        end = start + len(line)
    return None


def _hyphen_shards(text: str) -> list[str]:
    """The lowercased tokens around line-end hyphens: the last one of a line ending in `letter-`, and the first
    one of the next non-blank line (after the text's own line-end hyphen, if that line ends in one too).

    Only those lines are looked at: the hyphenated ones (found by one search over the text) and the lines
    after them.
    """
    hyphenated: list[int] = []  # where each line ending in a hyphen starts
    after_hyphen: set[int] = set()  # where each line following one of them starts
    for match in _HYPHENATED_LINE_RE.finditer(text):
        hyphenated.append(text.rfind("\n", 0, match.start()) + 1)
        following = _next_nonblank(text, match.end())
        if following is not None:
            after_hyphen.add(following)
    shards: list[str] = []
    ends_in_hyphen = set(hyphenated)
    for start in sorted(ends_in_hyphen | after_hyphen):
        tokens = WORD_RE.findall(_line_at(text, start))
        if start in ends_in_hyphen and tokens:
            shards.append(tokens.pop().lower())
        if start in after_hyphen and tokens:
            shards.append(tokens.pop(0).lower())
    return shards


def _discount(counter: Counter[str], key: str) -> None:
    counter[key] -= 1
    if not counter[key]:
        del counter[key]  # as if never counted: sorted_words lists only words that occur


class Vocabulary:
    """Word and stem counts over the texts of one import run."""

    def __init__(
        self,
        texts: Iterable[str],
        stemmers: list[Callable[[str], str]],
        list_stemmers: list[Callable[[list[str]], list[str]]] | None = None,
    ):
        """`list_stemmers`, if given, stem a list of words as `stemmers` stem one (PyStemmer stems a list in one
        call): the vocabulary's words are stemmed with them."""
        # Several stemmers (Kazakh, Russian, English): a Cyrillic word without Kazakh letters may be either.
        self.stemmers = stemmers
        self.words: Counter[str] = Counter()
        self.compounds: Counter[str] = Counter()
        tokens: Counter[str] = Counter()
        shards: list[str] = []
        for text in texts:
            # Tokens never span lines, so a text is counted a slice of whole lines at a time (bounded memory).
            for chunk in _line_chunks(text):
                tokens.update(_words_in(chunk))
            shards += _hyphen_shards(text)
        # Counted once per distinct spelling, not per occurrence (dict.get: no Counter.__missing__ per new word).
        words, compounds = self.words, self.compounds
        for token, count in tokens.items():
            token = token.lower()
            if "-" in token:
                compounds[token] = compounds.get(token, 0) + count
                for part in token.split("-"):
                    words[part] = words.get(part, 0) + count
            else:
                words[token] = words.get(token, 0) + count
        # The pieces around a line-end hyphen are shards, not words: leave them out of the counts.
        for token in shards:
            if "-" in token:
                _discount(self.compounds, token)
            for part in token.split("-"):
                _discount(self.words, part)
        self.sorted_words = sorted(self.words)
        self._counts_positive = min(self.words.values(), default=1) >= 1
        self._is_word: dict[str, bool] = {}  # is_word() remembered: the repair asks about the same tokens often
        # What join_spaced_letters knows of the tokens it met (see _learn_tokens): those that may open, close or
        # sit inside a join, the leading letters and the rest of those among them not all letters; the others
        # are remembered as such (up to a number).
        self._opening_tokens: set[str] = set()
        self._closing_tokens: set[str] = set()
        self._middle_tokens: set[str] = set()
        self._token_parts: dict[str, tuple[str, str]] = {}
        self._unusable_tokens: set[str] = set()
        self._met_tokens: set[str] = set()  # all of them: what is new in a slice is found by one set difference
        self.stems: list[Counter[str]] = [Counter() for _ in stemmers]
        # The stems of the words, which is_word() asks for again; a word not among them is stemmed when asked.
        self.word_stems: list[dict[str, str]] = []
        for index, (stemmer, counter) in enumerate(zip(stemmers, self.stems)):
            stems = list_stemmers[index](list(words)) if list_stemmers else list(map(stemmer, words))
            self.word_stems.append(dict(zip(words, stems)))
            for stem, count in zip(stems, words.values()):
                counter[stem] = counter.get(stem, 0) + count

    # dict.get() rather than Counter's [] below: a word not counted is most words asked about, and Counter
    # reaches its 0 through __missing__ (a Python call) each time.
    def count(self, word: str) -> int:
        return self.words.get(word.lower(), 0)

    def stem_count(self, word: str) -> int:
        word = word.lower()
        return max(
            [
                counter.get(known[word] if word in known else stemmer(word), 0)
                for stemmer, known, counter in zip(self.stemmers, self.word_stems, self.stems)
            ]
        )

    def is_word(self, word: str) -> bool:
        """Attested as a word of its own, not only as the broken piece being judged."""
        known = self._is_word.get(word)
        if known is None:
            # A word counted twice itself needs no stemming: its stem's count holds its own (and no other word's
            # count is below 0 to take from it).
            known = self._is_word[word] = len(word) >= 2 and (
                (self._counts_positive and self.words.get(word.lower(), 0) >= 2) or self.stem_count(word) >= 2
            )
        return known

    def attests_joined(self, word: str) -> bool:
        word = word.lower()
        if self.words.get(word, 0) >= 1 or (len(word) >= 7 and self._is_prefix_of_a_word(word)):
            return True
        for stemmer, counter in zip(self.stemmers, self.stems):
            stem = stemmer(word)
            # A long stem cannot come from two broken pieces by chance, so one other form is proof enough.
            if len(stem) >= 4 and counter.get(stem, 0) >= (1 if len(stem) >= 7 else 2):
                return True
        return False

    def _is_prefix_of_a_word(self, prefix: str) -> bool:
        """кәсіпорын is attested by кәсіпорындар: a long joined stem shows up inside an inflected form."""
        at = bisect.bisect_left(self.sorted_words, prefix)
        return at < len(self.sorted_words) and self.sorted_words[at].startswith(prefix)


def join_hyphenated(left: str, right: str, vocabulary: Vocabulary) -> bool:
    """Whether `left-` at a line end and `right` on the next line are one word (True) or a compound."""
    compound = f"{left}-{right}".lower()
    if vocabulary.compounds.get(compound, 0):
        return False
    if right[:1].isupper() or left[-1:].isdigit():
        return False
    if left.lower() in HYPHEN_PREFIXES or right.lower() in HYPHEN_PARTICLES:
        return False
    if vocabulary.attests_joined(left + right):
        return True
    # Two words of substance (мүше + мемлекеттері, интернет + ресурс) keep their hyphen; a broken word
    # (Демок + ратиялық) or a word and a stray suffix (шекара + лар) is joined.
    substantial = len(left) >= 4 and len(right) >= 4
    return not (substantial and (vocabulary.is_word(left) or vocabulary.is_word(right)))


_SPACES_SPLIT_RE = re.compile(r"(\s+)")  # a text as tokens (runs of non-space) and the spaces between them
_SPACE_RE = re.compile(r"\s")
_LEADING_LETTERS_RE = re.compile(rf"^({LETTER}+)(.*)$")
SLICE_CHARS = 1 << 16  # text read at a time: a paragraph of millions of words is never held as a token list
MAX_UNUSABLE_TOKENS = 200_000  # tokens remembered as never joined, per import (numbers rarely repeat)


def _learn_tokens(tokens: set[str], vocabulary: Vocabulary) -> None:
    """Sort the tokens not met before by the part each can take in a join.

    A token takes part with its leading letters (the whole token when it is all letters), so the tests on the
    pieces are tests on the tokens.  The first piece is all letters, not a frequent word and not one letter; a
    later one begins with two letters or more, is not frequent and not capitalised; a piece between them is
    both.  The leading letters and the rest (punctuation, kept after a join) of a token not all letters are
    kept; a token that can take no part is remembered as such.
    """
    opening, closing, middle = vocabulary._opening_tokens, vocabulary._closing_tokens, vocabulary._middle_tokens
    parts, met, unusable = vocabulary._token_parts, vocabulary._met_tokens, vocabulary._unusable_tokens
    counts = vocabulary.words
    # set.difference() with a set reads only `tokens`.
    for word in tokens.difference(met):
        if word.isalpha():  # most tokens: every character is a letter of _LEADING_LETTERS_RE (none a digit)
            lead, rest = word, ""
        elif word[0].isdecimal():
            continue  # a number: no leading letter (\d is not a letter); too many distinct ones to remember
        else:
            match = _LEADING_LETTERS_RE.match(word)
            lead, rest = match.groups() if match else ("", word)
        letters = not rest
        lower = not word[:1].isupper()
        # "углубление и": a one-letter word is a conjunction or preposition, not a shard; a frequent short word
        # (мен, және, и) is a word in its own right: "Армения мен" stays apart.
        if len(lead) < 2 or (len(lead) >= 3 and counts.get(lead.lower(), 0) >= FREQUENT_WORD) or not (letters or lower):
            if len(unusable) < MAX_UNUSABLE_TOKENS:
                unusable.add(word)
                met.add(word)
            continue
        met.add(word)
        if letters:
            opening.add(word)
            if lower:
                middle.add(word)
        else:
            parts[word] = (lead, rest)
        if lower:
            closing.add(word)


def join_spaced_letters(text: str, vocabulary: Vocabulary) -> str:
    """Rejoin words that justification spread apart (`эко но микалық`) where the joined word is attested.

    From each token in turn, the widest group of 4, 3 or 2 tokens whose pieces are not all words and whose
    joined word the vocabulary attests is joined.  The text is read a slice at a time, cut at a space; a
    token is decided when the three after it are read (the last ones of a slice open the next slice).
    """
    out: list[str] = []
    copied = 0  # text[:copied] is in `out`, with its joins made
    start = 0  # where the slice begins: a token not decided yet, or a space
    size = SLICE_CHARS
    while True:
        cut = _SPACE_RE.search(text, start + size)
        end = cut.start() if cut else len(text)
        final = cut is None
        tokens = text[start:end].split()  # the runs of non-space, as _SPACE_RE sees spaces
        count = len(tokens)
        decided = count if final else count - 3  # a token is decided with the three after it
        if decided <= 0 and not final:
            size *= 2  # a few very long tokens: read a longer slice
            continue
        size = SLICE_CHARS
        _learn_tokens(set(tokens), vocabulary)
        # Where a join can start: a first piece followed by a possible later piece (found by C-level passes).
        can_open = map(vocabulary._opening_tokens.__contains__, tokens)
        can_close = map(vocabulary._closing_tokens.__contains__, islice(tokens, 1, None))
        starts = list(compress(range(min(decided, count - 1)), map(and_, can_open, can_close)))
        index = 0  # the first token not joined yet
        joins: list[tuple[int, int, str]] = []
        for first in starts:
            if first < index:
                continue  # joined to the word before it
            joined = _join_at(tokens, first, vocabulary)
            if joined is not None:
                joins.append((first, *joined))
                index = first + joined[0]
        if joins:
            parts = _SPACES_SPLIT_RE.split(text[start:end])  # token, spaces, token, …: "" at an end that is a space
            skip = 0 if parts[0] else 1  # parts[2 * (skip + k)] is token k
            offsets = list(accumulate(map(len, parts), initial=start))  # where each part begins in the text
            for first, width, replacement in joins:
                last = 2 * (skip + first + width - 1)
                out.append(text[copied : offsets[2 * (skip + first)]])
                out.append(replacement)
                copied = offsets[last] + len(parts[last])
        if final:
            break
        start = _tokens_back(text, start, end, count - max(index, decided))
    if not out:
        return text
    out.append(text[copied:])
    return "".join(out)


def _tokens_back(text: str, start: int, end: int, tokens: int) -> int:
    """Where the last `tokens` tokens of text[start:end] begin (a few short tokens: read back a character at a
    time, with str.isspace(), the test of both str.split() and a regular expression's \\s)."""
    position = end
    for _ in range(tokens):
        while position > start and text[position - 1].isspace():
            position -= 1
        while position > start and not text[position - 1].isspace():
            position -= 1
    return position


def _join_at(tokens: list[str], index: int, vocabulary: Vocabulary) -> tuple[int, str] | None:
    """The widest join of the tokens from `index` (width, joined text), or None."""
    window = tokens[index : index + 4]
    parts, closing = vocabulary._token_parts, vocabulary._closing_tokens
    pieces = [parts[token][0] if token in parts else token for token in window]  # of the widest: sliced below
    for width in (4, 3, 2):
        if width > len(window) or window[width - 1] not in closing:
            continue
        if width > 2 and not vocabulary._middle_tokens.issuperset(window[1 : width - 1]):
            continue
        if all(map(vocabulary.is_word, pieces[:width])):
            continue
        candidate = "".join(pieces[:width])
        if vocabulary.attests_joined(candidate):
            last = window[width - 1]
            return width, candidate + (parts[last][1] if last in parts else "")
    return None


def head_lines(texts: list[str], count: int) -> list[str]:
    """The first `count` non-blank lines, their spaces made single: `[" ".join(t.split()) for t in texts if
    t.strip()][:count]` without joining the lines of a long page after them."""
    lines: list[str] = []
    for text in texts:
        if len(lines) == count:
            break
        words = text.split()  # none for a blank line
        if words:
            lines.append(" ".join(words))
    return lines


def clean_spaces(text: str) -> str:
    if "  " not in text and not _ODD_SPACE_RE.search(text):
        return text.strip()  # every run of spaces is one plain space already
    return _SPACES_RE.sub(" ", text).strip()


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip().rstrip("»\"')]").rstrip()
    return stripped.endswith(TERMINAL) or text.rstrip().endswith(TERMINAL)
