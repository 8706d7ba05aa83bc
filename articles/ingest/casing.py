"""Restoring the natural case of an ALL-CAPS title from how its words are written in the text."""

from __future__ import annotations

import re
from collections import Counter

_WORD_RE = re.compile(r"[^\W\d_]+")


def word_case_counts(text: str) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Counts of lower-case, Capitalised (not after a sentence end) and ALL-CAPS spellings by lowered word."""
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    caps: Counter[str] = Counter()
    for match in _WORD_RE.finditer(text):
        word = match.group(0)
        key = word.lower()
        before = text[max(0, match.start() - 3):match.start()].strip()
        if word.islower():
            lower[key] += 1
        elif len(word) > 1 and word.isupper():
            caps[key] += 1
        elif word[0].isupper() and before[-1:] not in {".", "!", "?", "", "«", "\"", "–", "—"}:
            capital[key] += 1
    return lower, capital, caps


def truecase_title(title: str, reference_text: str) -> str:
    """`ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЕҚЫҰ-ДАҒЫ …` → `Қазақстан Республикасының ЕҚЫҰ-дағы …` using the body's spellings."""
    letters = [c for c in title if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return title
    lower, capital, caps = word_case_counts(reference_text)

    def fix(match: re.Match[str], first_in_compound: bool) -> str:
        word = match.group(0)
        key = word.lower()
        if caps[key] and caps[key] >= lower[key] + capital[key]:
            return word.upper()
        if capital[key] > lower[key]:
            return word[0].upper() + word[1:].lower()
        if lower[key] or not first_in_compound:
            return key
        # Unseen: a short all-caps word is most likely an acronym.
        return word if len(word) <= 4 else key

    out = []
    for token in title.split():
        parts = token.split("-")
        fixed = [_WORD_RE.sub(lambda m, i=i: fix(m, i == 0), part) for i, part in enumerate(parts)]
        out.append("-".join(fixed))
    result = " ".join(out)
    for index, char in enumerate(result):
        if char.isalpha():
            return result[:index] + char.upper() + result[index + 1:]
    return result
