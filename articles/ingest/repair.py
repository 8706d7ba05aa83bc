"""Repairing PDF damage in extracted text: characters, hyphenation, spaced-out letters, hard wraps.

Every decision that needs to know whether a word exists asks a Vocabulary built from the texts being
imported, so a repair is only made where the repaired word is attested elsewhere.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable

from articles.text.translit import fix_lookalikes

LETTER = r"[^\W\d_]"
WORD_RE = re.compile(rf"{LETTER}+(?:-{LETTER}+)*")
BULLET = "• "
BULLET_GLYPHS = "•·▪●◦‣\uf0b7\uf0a7\uf076"
_BULLET_LINE_RE = re.compile(rf"^(\s*)[{BULLET_GLYPHS}]\s*")
_SPACES_RE = re.compile(r"[ \t\u00a0\u2007\u202f]+")
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
    lines = []
    for line in text.split("\n"):
        line = _BULLET_LINE_RE.sub(lambda m: m.group(1) + BULLET, line)
        lines.append(fix_lookalikes(line))
    return "\n".join(lines)


class Vocabulary:
    """Word and stem counts over the texts of one import run."""

    def __init__(self, texts: Iterable[str], stemmers: list[Callable[[str], str]]):
        # Several stemmers (Kazakh, Russian, English): a Cyrillic word without Kazakh letters may be either.
        self.stemmers = stemmers
        self.words: Counter[str] = Counter()
        self.compounds: Counter[str] = Counter()
        for text in texts:
            previous_hyphenated = False
            for line in text.split("\n"):
                if not line.strip():
                    continue
                tokens = [m.group(0).lower() for m in WORD_RE.finditer(line)]
                hyphenated = bool(re.search(rf"{LETTER}\s?-\s*$", line))
                # The pieces around a line-end hyphen are shards, not words: leave them out of the counts.
                if hyphenated and tokens:
                    tokens.pop()
                if previous_hyphenated and tokens:
                    tokens.pop(0)
                previous_hyphenated = hyphenated
                for token in tokens:
                    if "-" in token:
                        self.compounds[token] += 1
                    self.words.update(token.split("-"))
        self.sorted_words = sorted(self.words)
        self._is_word: dict[str, bool] = {}  # is_word() remembered: the repair asks about the same tokens often
        self.stems: list[Counter[str]] = [Counter() for _ in stemmers]
        for word, count in self.words.items():
            for stemmer, counter in zip(stemmers, self.stems):
                counter[stemmer(word)] += count

    def count(self, word: str) -> int:
        return self.words[word.lower()]

    def stem_count(self, word: str) -> int:
        word = word.lower()
        return max(counter[stemmer(word)] for stemmer, counter in zip(self.stemmers, self.stems))

    def is_word(self, word: str) -> bool:
        """Attested as a word of its own, not only as the broken piece being judged."""
        known = self._is_word.get(word)
        if known is None:
            known = self._is_word[word] = len(word) >= 2 and self.stem_count(word) >= 2
        return known

    def attests_joined(self, word: str) -> bool:
        word = word.lower()
        if self.words[word] >= 1 or (len(word) >= 7 and self._is_prefix_of_a_word(word)):
            return True
        for stemmer, counter in zip(self.stemmers, self.stems):
            stem = stemmer(word)
            # A long stem cannot come from two broken pieces by chance, so one other form is proof enough.
            if len(stem) >= 4 and counter[stem] >= (1 if len(stem) >= 7 else 2):
                return True
        return False

    def _is_prefix_of_a_word(self, prefix: str) -> bool:
        """кәсіпорын is attested by кәсіпорындар: a long joined stem shows up inside an inflected form."""
        at = bisect.bisect_left(self.sorted_words, prefix)
        return at < len(self.sorted_words) and self.sorted_words[at].startswith(prefix)


def join_hyphenated(left: str, right: str, vocabulary: Vocabulary) -> bool:
    """Whether `left-` at a line end and `right` on the next line are one word (True) or a compound."""
    compound = f"{left}-{right}".lower()
    if vocabulary.compounds[compound]:
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


_TOKEN_RE = re.compile(r"\S+")
_LETTERS_RE = re.compile(rf"{LETTER}+")
_LEADING_LETTERS_RE = re.compile(rf"^({LETTER}+)(.*)$")


def join_spaced_letters(text: str, vocabulary: Vocabulary) -> str:
    """Rejoin words that justification spread apart (`эко но микалық`) where the joined word is attested."""
    tokens = list(_TOKEN_RE.finditer(text))
    if len(tokens) < 2:
        return text
    words = [m.group(0) for m in tokens]
    # What each token is, found once (every token is looked at in up to three groups).
    all_letters = [bool(_LETTERS_RE.fullmatch(word)) for word in words]
    capitalised = [word[:1].isupper() for word in words]
    out: list[str] = []
    position = 0
    index = 0
    while index < len(tokens):
        joined_to = None
        for width in (4, 3, 2):
            if index + width > len(tokens):
                continue
            parts = words[index : index + width]
            if not all(all_letters[index : index + width - 1]):
                continue
            last = _LEADING_LETTERS_RE.match(parts[-1])
            if not last or any(capitalised[index + 1 : index + width]):
                continue
            candidate = "".join(parts[:-1]) + last.group(1)
            pieces = parts[:-1] + [last.group(1)]
            # The cheap tests first (the pieces' stems repeat and are remembered); stemming the candidate last.
            if min(len(piece) for piece in pieces) < 2:
                continue  # "углубление и": a one-letter word is a conjunction or preposition, not a shard
            if all(vocabulary.is_word(piece) for piece in pieces):
                continue
            # A frequent short word (мен, және, и) is a word in its own right: "Армения мен" stays apart.
            if any(len(piece) >= 3 and vocabulary.count(piece) >= FREQUENT_WORD for piece in pieces):
                continue
            if not vocabulary.attests_joined(candidate):
                continue
            joined_to = (width, candidate + last.group(2))
            break
        if joined_to:
            width, replacement = joined_to
            out.append(text[position : tokens[index].start()])
            out.append(replacement)
            position = tokens[index + width - 1].end()
            index += width
        else:
            index += 1
    out.append(text[position:])
    return "".join(out)


def clean_spaces(text: str) -> str:
    return _SPACES_RE.sub(" ", text).strip()


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip().rstrip("»\"')]").rstrip()
    return stripped.endswith(TERMINAL) or text.rstrip().endswith(TERMINAL)
