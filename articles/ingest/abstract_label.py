"""The abstract of a raw JSON record a page returned as text ({"title":"…","abstract":"ABSTRACT …"}), and a keyword
line the page lost its label for, and a structured abstract (its parts each under a label of their own:
"Introduction: …" / "Methods: …" / "Results: …"); also printed between an abstract's label and the abstract's text.

"Аннотация" / "трансграничные водные ресурсы дипломатический" / "Рассмотрены: …": the short line in lower case
with no closing stop is a list of terms, not the abstract's first words; a sentence starts with a capital, ends
with a stop, or, broken by a PDF, holds the small joining words a sentence has and a list of terms has not.
"""

from __future__ import annotations

import json
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
JSON_RECORD_RE = re.compile(r'^\s*\{\s*"')
# The record's "abstract" string, whole or cut by the excerpt's end (the text then stops inside it).
JSON_ABSTRACT_RE = re.compile(r'"abstract"\s*:\s*"((?:[^"\\]|\\.)*)(?:"|\\?$)')
LEADING_LABEL_RE = re.compile(r"^(?:ABSTRACT|Abstract|АННОТАЦИЯ|Аннотация|АҢДАТПА|Аңдатпа)\s*[:.]?\s+")


def json_record_abstract(text: str) -> str | None:
    """The abstract a raw JSON record holds, without the label its string may open with ("ABSTRACT Background …")."""
    match = JSON_ABSTRACT_RE.search(text) if JSON_RECORD_RE.match(text) else None
    if not match:
        return None
    try:
        abstract = json.loads(f'"{match.group(1)}"')
    except ValueError:
        return None
    return LEADING_LABEL_RE.sub("", " ".join(abstract.split())) or None


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


# The label of a part of a structured abstract, with the part's text after it on the line.
SECTION_LABEL_RE = re.compile(
    r"^\s*(?:Introduction|Background|Purpose|Objectives?|Aims?|Methods?|Methodology|Design|Results?(?:\s+and\s+"
    r"discussion)?|Findings|Discussion|Conclusions?|Originality|Введение|Цель|Задачи|Методы|Методология|Результаты"
    r"|Выводы|Заключение|Кіріспе|Мақсаты|Әдістері|Нәтижелері|Қорытынды)\s*:\s+\S",
    re.IGNORECASE,
)
MIN_SECTIONS = 2
MAX_SECTION_GAP = 2  # blank lines between two parts


def structured_abstract(lines: list[Line], index: int) -> tuple[str, int] | None:
    """A structured abstract opening at ``index``: at least two consecutive lines each opening with a part's label
    ("Introduction: The aim of …" / "Methods: Using …"), one part a line. Its text (the parts a line each) and the
    index after its last line."""
    parts: list[str] = []
    i = end = index
    while i < len(lines) and i - end <= MAX_SECTION_GAP:
        text = lines[i].text.strip()
        if text and not SECTION_LABEL_RE.match(text):
            break
        if text:
            parts.append(" ".join(text.split()))
            end = i + 1
        i += 1
    return ("\n".join(parts), end) if len(parts) >= MIN_SECTIONS else None
