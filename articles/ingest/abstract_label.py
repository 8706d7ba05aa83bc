"""A keyword line the page lost its label for, printed between an abstract's label and the abstract's text.

"Аннотация" / "трансграничные водные ресурсы дипломатический" / "Рассмотрены: …": the short line in lower case
with no closing stop is a list of terms, not the abstract's first words; a sentence starts with a capital, ends
with a stop, or, broken by a PDF, holds the small joining words a sentence has and a list of terms has not.
"""

from __future__ import annotations

import re

from articles.ingest.layout import Line

MAX_TERM_LINE_WORDS = 8
# Joining words of a sentence (kk, ru, en): a line holding one is a sentence's start, not a list of terms.
JOINING_WORDS = frozenset(
    ("в", "во", "на", "с", "со", "к", "по", "о", "об", "от", "до", "из", "за", "для", "при", "что", "как", "это")
    + ("не", "мен", "және", "бен", "пен", "да", "де", "бұл", "осы", "үшін", "туралы")
    + ("the", "a", "an", "of", "in", "on", "to", "for", "with", "by", "from", "that", "this", "is", "are", "and")
    + ("as", "at")
)
WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def lost_keyword_line(lines: list[Line], label_index: int) -> int | None:
    """The index of an unlabelled term line right under a bare abstract label, when the abstract's prose follows."""
    after = [j for j in range(label_index + 1, min(label_index + 5, len(lines))) if lines[j].text.strip()][:2]
    if len(after) < 2:
        return None
    line, below = lines[after[0]].text.strip(), lines[after[1]].text.strip()
    words = line.split()
    if not 1 < len(words) < MAX_TERM_LINE_WORDS or line != line.lower() or line[-1] in ".!?;:,…":
        return None
    if not all(WORD_RE.fullmatch(word) for word in words) or JOINING_WORDS.intersection(words):
        return None
    # The abstract's prose under it: a capital opening a line longer than the term line.
    if not below[:1].isupper() or len(below.split()) <= len(words):
        return None
    return after[0]
