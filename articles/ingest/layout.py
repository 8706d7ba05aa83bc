"""Reflowing extracted lines into paragraphs: hard wraps, page breaks, hyphens, lists and headings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from articles.ingest.repair import (
    BULLET,
    LETTER,
    Vocabulary,
    clean_spaces,
    ends_sentence,
    join_hyphenated,
    join_spaced_letters,
)

LIST_START_RE = re.compile(r"^\s*(?:[–—•]\s|\d{1,2}\)\s)")
CAPTION_RE = re.compile(
    r"^\s*(?:\d+-кесте|Кесте\s+\d+|Таблица\s+\d+|Table\s+\d+|\d+-сурет|Рисунок\s+\d+|Figure\s+\d+)\b", re.I
)
NUMBERED_START_RE = re.compile(r"^\s*\d{1,3}\.\s+\S")
URL_END_RE = re.compile(r"(?:://|www\.)\S*$|>$")
HYPHEN_END_RE = re.compile(rf"({LETTER}+)\s?-$")
# Justified news paragraphs sometimes arrive as one line with wide gaps where the paragraphs met.
WIDE_GAP_RE = re.compile(r"(?<=[.!?»])\s{6,}(?=\S)")
DEBRIS_RE = re.compile(r"^[\W_]*(?:\(\d+\))?[\W_]*$")


@dataclass
class Line:
    number: int  # 1-based line number in the file
    text: str


@dataclass
class Paragraph:
    text: str
    first_line: int
    last_line: int
    table: bool = False  # rows of cells, written as "| a | b |" lines (articles.text.rendering reads them)
    parts: list[str] = field(default_factory=list, repr=False)  # the text while lines are added to it


# A table's rows: cells set apart by tabs or wide gaps, or a label followed by figures.
CELL_GAP_RE = re.compile(r"\t+|\s{2,}")
FIGURES_RE = re.compile(r"^(?P<label>.*?[^\d\s.,%–-])\s+(?P<figures>(?:[-–]?\d[\d.,]*\s?%?\s*)+)$")
MIN_TABLE_ROWS = 3


def table_cells(text: str) -> list[str]:
    stripped = text.strip()
    if CELL_GAP_RE.search(stripped):
        return [cell.strip() for cell in CELL_GAP_RE.split(stripped) if cell.strip()]
    figures = FIGURES_RE.match(stripped)
    if figures:
        return [figures.group("label").strip(), *figures.group("figures").split()]
    return [stripped]


def _row_like(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and len(stripped) <= 200 and not stripped.endswith((".", "!", "?", ":", ";"))


def find_tables(lines: list[Line]) -> dict[int, int]:
    """Tables among the lines, as {index of the first row: index after the last}.

    A run of at least three short lines is a table when its lines hold cells
    set apart by tabs or wide gaps, or when it follows a caption (Кесте 1,
    Таблица 1, Table 1) and most of its lines end in figures.  Each line is
    looked at once: a run that is not a table is passed over whole.
    """
    texts = [line.text for line in lines]
    row_like = [_row_like(text) for text in texts]
    run_end = [0] * (len(texts) + 1)  # index after the run of row-like lines starting here
    run_end[len(texts)] = len(texts)
    for k in range(len(texts) - 1, -1, -1):
        run_end[k] = run_end[k + 1] if row_like[k] else k
    tables: dict[int, int] = {}
    i = 0
    while i < len(texts):
        captioned = bool(CAPTION_RE.match(texts[i]))
        start = i + 1 if captioned else i
        while captioned and start < len(texts) and not texts[start].strip():
            start += 1
        end = run_end[start] if start < len(texts) else start
        rows = [text.strip() for text in texts[start:end]]
        if len(rows) >= MIN_TABLE_ROWS:
            gapped = sum(1 for row in rows if CELL_GAP_RE.search(row) and len(table_cells(row)) >= 2)
            figured = sum(1 for row in rows if FIGURES_RE.match(row)) if captioned else 0
            if gapped >= 0.8 * len(rows) or figured >= 0.5 * len(rows):
                tables[start] = end
        i = max(end, i + 1)
    return tables


def table_text(rows: list[str]) -> str:
    return "\n".join("| " + " | ".join(cell.replace("|", "¦") for cell in table_cells(row)) + " |" for row in rows)


@dataclass
class LayoutStyle:
    hard_wrapped: bool  # lines are cut at a fixed width
    double_spaced: bool  # a blank line after nearly every line, so blank lines mean nothing
    width: int


def detect_style(lines: list[Line]) -> LayoutStyle:
    texts = [line.text.rstrip() for line in lines]
    lengths = sorted(len(t) for t in texts if t.strip())
    if not lengths:
        return LayoutStyle(False, False, 0)
    width = lengths[int(len(lengths) * 0.8)]
    hard_wrapped = len(lengths) >= 5 and width <= 130
    followed_by_blank = sum(1 for i, t in enumerate(texts[:-1]) if t.strip() and not texts[i + 1].strip())
    double_spaced = len(lengths) >= 10 and followed_by_blank >= 0.8 * len(lengths)
    return LayoutStyle(hard_wrapped, double_spaced, width)


def is_heading_like(text: str) -> bool:
    text = text.strip()
    return (
        0 < len(text) <= 90
        and len(text.split()) <= 8
        and not ends_sentence(text)
        and not text.endswith((":", ";", ",", "-"))
        and text[:1].isupper()
    )


def _continues(previous: str, following: str, gap: bool, style: LayoutStyle, alone: bool) -> bool | str:
    """Does `following` continue the paragraph that ends with line `previous`? "bullet" starts a list item.

    `alone` says the paragraph so far is that one line: only such a line can be a heading.
    """
    prev = previous.rstrip()
    nxt = following.strip()
    if prev.endswith("://"):
        return True
    if HYPHEN_END_RE.search(prev) and nxt[:1].isalpha():
        return True
    if NUMBERED_START_RE.match(nxt) or CAPTION_RE.match(nxt):
        return False  # a numbered entry or a table caption always opens a paragraph of its own
    long_open_line = (
        not ends_sentence(prev)
        and not prev.endswith((":", ";"))
        and not is_heading_like(prev)
        and not URL_END_RE.search(prev)
    )
    if LIST_START_RE.match(nxt):
        # A line break can fall before a dash that belongs to the sentence ("Актісіне" / "– 35 жыл").
        if nxt.startswith("•") or not long_open_line:
            return False
        return (gap and len(prev) > 60) or (not gap and style.hard_wrapped)
    if following.startswith(" ") and prev.endswith((":", ";")) and nxt[:1].isalpha():
        return "bullet"
    if nxt[:1].islower():
        return True
    if CAPTION_RE.match(prev) and alone:
        return False
    if style.double_spaced:
        gap = False
    isolated = gap or not style.hard_wrapped
    if isolated and ((alone and is_heading_like(prev)) or is_heading_like(nxt)):
        return False
    if not gap:
        if not style.hard_wrapped:
            return False
        if re.search(r"\d$", prev) and nxt[:1].isupper():
            return False  # table rows end in figures
        return not (ends_sentence(prev) and len(prev) < 0.8 * style.width)
    return long_open_line and len(prev) > 40


def hyphen_end(text: str) -> re.Match[str] | None:
    """HYPHEN_END_RE.search(text), reading only the end of the text (a paragraph grows line by line).

    The search starts near the end and moves back only while the word before the hyphen reaches the start of
    the window, so a paragraph of many lines is read in linear time, with the same match as a whole search.
    """
    if not text.endswith(("-", "-\n")):  # "$" also matches before a final newline
        return None
    window = 64
    while True:
        start = max(0, len(text) - window)
        match = HYPHEN_END_RE.search(text, start)
        if match is None or match.start() > start or start == 0:
            return match
        window *= 4


TAIL_CHARS = 256


def _tail(parts: list[str], size: int) -> tuple[str, int]:
    """The paragraph's end: its last parts joined, at least `size` characters (or all of it), and how many."""
    count, total = 1, len(parts[-1])
    while total < size and count < len(parts):
        count += 1
        total += len(parts[-count])
    return "".join(parts[-count:]), count


def _append(parts: list[str], following: str, vocabulary: Vocabulary) -> None:
    """Add a line to a paragraph kept as parts (joined once at the end, so a long paragraph costs linear time).

    Only the paragraph's end is read and rewritten: the word broken by a hyphen and what follows it.
    """
    nxt = following.strip()
    size = TAIL_CHARS
    while True:
        tail, count = _tail(parts, size)
        if tail.endswith("://"):
            parts.append(nxt)
            return
        match = hyphen_end(tail)
        if match is None or match.start() > 0 or count == len(parts):
            break
        size *= 4  # the word before the hyphen may begin before the tail: look further back
    if match and nxt[:1].isalpha():
        right = re.match(rf"{LETTER}+", nxt)
        left = match.group(1)
        joined = right and join_hyphenated(left, right.group(0), vocabulary)
        parts[-count:] = [tail[: match.start()], left + ("" if joined else "-") + nxt]
        return
    parts.append(" " + nxt)


def split_wide_gaps(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    for line in lines:
        pieces = WIDE_GAP_RE.split(line.text)
        for index, piece in enumerate(pieces):
            if index:
                out.append(Line(line.number, ""))
            out.append(Line(line.number, piece))
    return out


def reflow(lines: list[Line], vocabulary: Vocabulary, style: LayoutStyle | None = None) -> list[Paragraph]:
    """Join wrapped lines into paragraphs, repairing hyphenation and spaced-out words."""
    lines = [line for line in split_wide_gaps(lines) if not (line.text.strip() and DEBRIS_RE.match(line.text))]
    style = style or detect_style(lines)
    paragraphs: list[Paragraph] = []
    current: Paragraph | None = None
    last_raw = ""
    gap = False
    tables = find_tables(lines)
    skip_to = 0
    for index, line in enumerate(lines):
        if index < skip_to:
            continue
        if index in tables:
            if current:
                paragraphs.append(current)
                current = None
            rows = lines[index : tables[index]]
            paragraphs.append(Paragraph(table_text([r.text for r in rows]), rows[0].number, rows[-1].number, True))
            skip_to, gap, last_raw = tables[index], True, ""
            continue
        if not line.text.strip():
            gap = True
            continue
        alone = current is not None and current.first_line == current.last_line
        decision = _continues(last_raw, line.text, gap, style, alone) if current else False
        if current and decision is True:
            _append(current.parts, line.text, vocabulary)
            current.last_line = line.number
        else:
            if current:
                paragraphs.append(current)
            text = line.text.strip()
            if decision == "bullet":
                text = BULLET + text
            current = Paragraph(text, line.number, line.number, parts=[text])
        last_raw = line.text
        gap = False
    if current:
        paragraphs.append(current)
    for paragraph in paragraphs:
        if paragraph.parts:
            paragraph.text, paragraph.parts = "".join(paragraph.parts), []
        if not paragraph.table:
            paragraph.text = join_spaced_letters(clean_spaces(paragraph.text), vocabulary)
    return paragraphs
