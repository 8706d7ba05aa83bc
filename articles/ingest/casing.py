"""Restoring the natural case of an ALL-CAPS title from how its words are written in the text."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import partial

from articles.ingest.language import KAZAKH_WORDS, RUSSIAN_WORDS

_WORD_RE = re.compile(r"[^\W\d_]+")
# A word with the last non-space character of the three before it (a sentence's end, a quote), if any.
_SIGN_AND_WORD_RE = re.compile(r"(?=[^\W\d_])(?:(?<=(\S))|(?<=(\S)\s)|(?<=(\S)\s\s))?([^\W\d_]+)")
CHUNK_CHARS = 1 << 20
FUNCTION_WORDS = RUSSIAN_WORDS | KAZAKH_WORDS | {"of", "the", "and", "in", "on", "for", "to", "with", "a", "an"}
_SENTENCE_OPENERS = {".", "!", "?", "", "«", '"', "–", "—"}


def _words_with_sign_before(text: str) -> Counter[tuple[str, str, str, str]]:
    """How often each of _SIGN_AND_WORD_RE's matches occurs, counted a slice of the text at a time (cut at a
    space, so no word is cut)."""
    found: Counter[tuple[str, str, str, str]] = Counter()
    start = 0
    while start < len(text):
        end = text.find(" ", start + CHUNK_CHARS)
        end = len(text) if end < 0 else end
        found.update(_SIGN_AND_WORD_RE.findall(text, start, end))  # a look back sees before `start`
        start = end
    return found


def _keys(word: str) -> set[str]:
    return {word.lower(), _prefix_key(word)}


def _prefix_key(word: str) -> str:
    """Inflected forms of one word share their first letters: КАЗАХСТАНА is written like Казахстан."""
    return "~" + word.lower()[:7] if len(word) >= 7 else word.lower()


@dataclass
class CaseCounts:
    """How often each word (and each 7-letter prefix) is written lower, Capital, ALL CAPS, or sentence-initial."""

    lower: Counter[str] = field(default_factory=Counter)
    capital: Counter[str] = field(default_factory=Counter)  # capitalised mid-sentence: a name
    caps: Counter[str] = field(default_factory=Counter)
    initial: Counter[str] = field(default_factory=Counter)  # capitalised only because a sentence opens

    @classmethod
    def of(cls, text: str, keys: Collection[str] | None = None) -> CaseCounts:
        """The counts of the text's words; with `keys`, only of the words with one of these keys (the counts
        of those keys are the same, the others are left out)."""
        counts = cls()
        # Each distinct (word, sign before it) is bucketed once, however often the text repeats it.
        for (just, one_space, two_spaces, word), number in _words_with_sign_before(text).items():
            if keys is not None and word.lower() not in keys and _prefix_key(word) not in keys:
                continue
            before = just or one_space or two_spaces
            if word.islower():
                bucket = counts.lower
            elif len(word) > 1 and word.isupper():
                bucket = counts.caps
            elif word[0].isupper() and before not in _SENTENCE_OPENERS:
                bucket = counts.capital
            else:
                bucket = counts.initial
            for key in _keys(word):
                bucket[key] += number
        return counts

    def seen(self, key: str) -> bool:
        return bool(self.lower[key] or self.capital[key] or self.caps[key] or self.initial[key])


def _fix_word(word: str, counts: CaseCounts, first_in_compound: bool) -> str:
    key = word.lower()
    if not counts.seen(key):
        key = _prefix_key(word)
    if counts.caps[key] and counts.caps[key] >= counts.lower[key] + counts.capital[key]:
        return word.upper()
    if counts.capital[key] > counts.lower[key]:
        return word[0].upper() + word[1:].lower()
    if counts.lower[key] or not first_in_compound or word.lower() in FUNCTION_WORDS:
        return word.lower()
    if counts.initial[key]:  # only ever seen opening a sentence, never in lower case: a name
        return word[0].upper() + word[1:].lower()
    # Unseen: a short all-caps word is most likely an acronym.
    return word if 2 <= len(word) <= 4 else word.lower()


def _fix_match(match: re.Match[str], counts: CaseCounts, first_in_compound: bool) -> str:
    """_fix_word() as a re.sub() replacement."""
    return _fix_word(match.group(0), counts, first_in_compound)


def truecase_title(title: str, reference_text: str) -> str:
    """`ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЕҚЫҰ-ДАҒЫ …` → `Қазақстан Республикасының ЕҚЫҰ-дағы …` using the body's spellings."""
    letters = [c for c in title if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return title
    # Only the counts of the title's words are read (_fix_word looks a word up by itself and by its prefix).
    counts = CaseCounts.of(reference_text, {key for word in _WORD_RE.findall(title) for key in _keys(word)})
    tokens = []
    for token in title.split():
        parts = token.split("-")
        tokens.append(
            "-".join(
                _WORD_RE.sub(partial(_fix_match, counts=counts, first_in_compound=(i == 0)), part)
                for i, part in enumerate(parts)
            )
        )
    result = " ".join(tokens)
    for index, char in enumerate(result):
        if char.isalpha():
            return result[:index] + char.upper() + result[index + 1 :]
    return result
