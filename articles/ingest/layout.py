"""Reflowing extracted lines into paragraphs: hard wraps, page breaks, hyphens, lists and headings."""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import compress, islice

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
LIST_GLYPHS = ("–", "—", "•")
CAPTION_RE = re.compile(
    r"^\s*(?:\d+-кесте|Кесте\s+\d+|Таблица\s+\d+|Table\s+\d+|\d+-сурет|Рисунок\s+\d+|Figure\s+\d+)\b", re.I
)
# What a caption's first character can be, under the same case folding (digits and К, Т, Р, T, F).
_CAPTION_FIRST_RE = re.compile(r"[\dКТРTF]", re.IGNORECASE)


@cache  # a few dozen distinct first characters
def _may_open_caption(char: str) -> bool:
    return bool(_CAPTION_FIRST_RE.match(char))


def is_caption(text: str) -> bool:
    """CAPTION_RE.match(text), tried only when the first character after the spaces can open a caption."""
    return _may_open_caption(text.lstrip()[:1]) and bool(CAPTION_RE.match(text))


NUMBERED_START_RE = re.compile(r"^\s*\d{1,3}\.\s+\S")
URL_END_RE = re.compile(r"(?:://|www\.)\S*$|>$")
HYPHEN_END_RE = re.compile(rf"({LETTER}+)\s?-$")
# Justified news paragraphs sometimes arrive as one line with wide gaps where the paragraphs met.
WIDE_GAP_RE = re.compile(r"(?<=[.!?»])\s{6,}(?=\S)")
WIDE_GAP_PROBE_RE = re.compile(r"[.!?»]\s{6,}\S")  # the same gaps found, by a pattern the search skips to
DEBRIS_RE = re.compile(r"^[\W_]*(?:\(\d+\))?[\W_]*$")
DIGIT_END_RE = re.compile(r"\d$")


@dataclass(slots=True)  # a file of a million lines holds a million of them (and copies): no __dict__ each
class Line:
    number: int  # 1-based line number in the file
    text: str


HEAD_LINES = 40  # a title, byline, abstract and keywords are found this near the top
_TEXT = operator.attrgetter("text")


def nonblank_index(lines: list[Line], index: int, step: int) -> int | None:
    """The nearest non-blank line after ``index`` (``step`` 1) or before it (``step`` -1), or None."""
    i = index + step
    while 0 <= i < len(lines):
        if lines[i].text.strip():
            return i
        i += step
    return None


def nonblank_text(lines: list[Line], index: int, step: int) -> str:
    """The text of the nearest non-blank line after or before ``index``, stripped, or ""."""
    i = nonblank_index(lines, index, step)
    return lines[i].text.strip() if i is not None else ""


def head_line_indexes(lines: list[Line]) -> list[int]:
    """The indexes of the first HEAD_LINES lines that are not blank: where a text's head is read."""
    # C-level passes, lazy (no line after the last one kept is read): the indexes whose stripped text is not empty.
    return list(islice(compress(range(len(lines)), map(str.strip, map(_TEXT, lines))), HEAD_LINES))


@dataclass
class Paragraph:
    text: str
    first_line: int
    last_line: int
    table: bool = False  # rows of cells, written as "| a | b |" lines (articles.text.rendering reads them)
    parts: list[str] = field(default_factory=list, repr=False)  # the text while lines are added to it


# A table's rows: cells set apart by tabs or wide gaps, or a label followed by figures.
CELL_GAP_RE = re.compile(r"\t+|\s{2,}")
CELL_GAP_PROBE_RE = re.compile(r"\t|\s\s")  # over a run of lines: without it, no row has a gap
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


ROW_ENDS = (".", "!", "?", ":", ";")  # a row of a table ends in none of them


def find_tables(lines: list[Line]) -> dict[int, int]:
    """Tables among the lines, as {index of the first row: index after the last}.

    A run of at least three short lines is a table when its lines hold cells
    set apart by tabs or wide gaps, or when it follows a caption (Кесте 1,
    Таблица 1, Table 1) and most of its lines end in figures.  Each line is
    looked at once: a run that is not a table is passed over whole.
    """
    texts = [line.text for line in lines]
    row_like = [(row := text.strip()) != "" and len(row) <= 200 and not row.endswith(ROW_ENDS) for text in texts]
    tables: dict[int, int] = {}
    i = 0
    while i < len(texts):
        captioned = is_caption(texts[i])
        start = i + 1 if captioned else i
        while captioned and start < len(texts) and not texts[start].strip():
            start += 1
        end = _run_end(row_like, start) if start < len(texts) else start
        if end - start >= MIN_TABLE_ROWS and (
            (
                CELL_GAP_PROBE_RE.search("\n".join(texts[start:end]))
                and _share_at_least(texts[start:end], _gapped_row, 0.8)
            )
            or (captioned and _share_at_least(texts[start:end], _figured_row, 0.5))
        ):
            tables[start] = end
        i = max(end, i + 1)
    return tables


def _run_end(row_like: list[bool], start: int) -> int:
    """The index after the run of row-like lines starting at `start` (found by list.index, in C)."""
    try:
        return row_like.index(False, start)
    except ValueError:
        return len(row_like)


def _gapped_row(row: str) -> bool:
    return bool(CELL_GAP_RE.search(row)) and len(table_cells(row)) >= 2


def _figured_row(row: str) -> bool:
    return bool(FIGURES_RE.match(row))


def _share_at_least(texts: list[str], test: Callable[[str], bool], share: float) -> bool:
    """Whether at least `share` of the stripped texts pass the test; stops as soon as the answer is known
    (a long run of short lines that is no table is not read to its end)."""
    needed = share * len(texts)
    passed = failed = 0
    for text in texts:
        if test(text.strip()):
            passed += 1
            if passed >= needed:
                return True
        else:
            failed += 1
            if len(texts) - failed < needed:
                return False
    return passed >= needed


def table_text(rows: list[str]) -> str:
    return "\n".join("| " + " | ".join(cell.replace("|", "¦") for cell in table_cells(row)) + " |" for row in rows)


@dataclass
class LayoutStyle:
    hard_wrapped: bool  # lines are cut at a fixed width
    double_spaced: bool  # a blank line after nearly every line, so blank lines mean nothing
    width: int


def detect_style(lines: list[Line]) -> LayoutStyle:
    texts = [line.text.rstrip() for line in lines]  # a line with text is a non-empty one now
    lengths = sorted(map(len, filter(None, texts)))
    if not lengths:
        return LayoutStyle(False, False, 0)
    width = lengths[int(len(lengths) * 0.8)]
    hard_wrapped = len(lengths) >= 5 and width <= 130
    nonblank = list(map(bool, texts))
    followed_by_blank = sum(map(operator.gt, nonblank, nonblank[1:]))  # a line with text, then a blank one
    double_spaced = len(lengths) >= 10 and followed_by_blank >= 0.8 * len(lengths)
    return LayoutStyle(hard_wrapped, double_spaced, width)


def is_heading_like(text: str) -> bool:
    text = text.strip()
    return (
        0 < len(text) <= 90
        and text[:1].isupper()
        and not text.endswith((":", ";", ",", "-"))
        and not ends_sentence(text)
        and len(text.split()) <= 8
    )


def _long_open_line(prev: str) -> bool:
    """A line that stops mid-sentence, is no heading, and does not end in an address."""
    return (
        not ends_sentence(prev)
        and not prev.endswith((":", ";"))
        and not is_heading_like(prev)
        and not URL_END_RE.search(prev)
    )


def _continues(
    previous: str, following: str, gap: bool, style: LayoutStyle, alone: bool, nxt: str | None = None
) -> bool | str:
    """Does `following` continue the paragraph that ends with line `previous`? "bullet" starts a list item.

    `alone` says the paragraph so far is that one line: only such a line can be a heading.  `nxt` is
    `following` stripped, when the caller has it.
    """
    prev = previous.rstrip()
    nxt = following.strip() if nxt is None else nxt
    if prev.endswith("://"):
        return True
    if prev.endswith("-") and HYPHEN_END_RE.search(prev) and nxt[:1].isalpha():
        return True
    digit = nxt[:1].isdecimal()  # (nxt has no leading space) the patterns' own test of a first digit
    if (digit and NUMBERED_START_RE.match(nxt)) or is_caption(nxt):
        return False  # a numbered entry or a table caption always opens a paragraph of its own
    if (digit or nxt[:1] in LIST_GLYPHS) and LIST_START_RE.match(nxt):
        # A line break can fall before a dash that belongs to the sentence ("Актісіне" / "– 35 жыл").
        if nxt.startswith("•") or not _long_open_line(prev):
            return False
        return (gap and len(prev) > 60) or (not gap and style.hard_wrapped)
    if following.startswith(" ") and prev.endswith((":", ";")) and nxt[:1].isalpha():
        return "bullet"
    if nxt[:1].islower():
        return True
    if alone and is_caption(prev):
        return False
    if style.double_spaced:
        gap = False
    isolated = gap or not style.hard_wrapped
    if isolated and ((alone and is_heading_like(prev)) or is_heading_like(nxt)):
        return False
    if not gap:
        if not style.hard_wrapped:
            return False
        if nxt[:1].isupper() and DIGIT_END_RE.search(prev):
            return False  # table rows end in figures
        return not (ends_sentence(prev) and len(prev) < 0.8 * style.width)
    return len(prev) > 40 and _long_open_line(prev)


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
    last = parts[-1]
    if len(last) >= 3 and not last.endswith(("-", "-\n", "://")):
        # The paragraph's last characters are the last part's: no hyphen or address to join across.
        parts.append(" " + nxt)
        return
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
    if not WIDE_GAP_PROBE_RE.search("\n".join(line.text for line in lines)):
        return lines  # no line holds a gap (one search over them all; a gap across lines only costs the loop)
    out: list[Line] = []
    for line in lines:
        if not WIDE_GAP_PROBE_RE.search(line.text):
            out.append(line)
            continue
        pieces = WIDE_GAP_RE.split(line.text)
        for index, piece in enumerate(pieces):
            if index:
                out.append(Line(line.number, ""))
            out.append(Line(line.number, piece))
    return out


def reflow(lines: list[Line], vocabulary: Vocabulary, style: LayoutStyle | None = None) -> list[Paragraph]:
    """Join wrapped lines into paragraphs, repairing hyphenation and spaced-out words."""
    # A line opening with a letter or digit is no debris (the pattern wants punctuation or "(" first).
    lines = [
        line
        for line in split_wide_gaps(lines)
        if line.text[:1].isalnum() or not (line.text.strip() and DEBRIS_RE.match(line.text))
    ]
    style = style or detect_style(lines)
    paragraphs: list[Paragraph] = []
    current: Paragraph | None = None
    last_raw = ""
    gap = False
    tables = find_tables(lines)
    skip_to = 0
    for index, line in enumerate(lines):
        if tables:  # (most texts have none)
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
        stripped = line.text.strip()
        if not stripped:
            gap = True
            continue
        if current is None:
            decision: bool | str = False
        elif stripped[0].islower() and not _may_open_caption(stripped[0]) and not line.text.startswith(" "):
            decision = True  # what _continues() answers for a line going on in lower case (no caption, no list)
        else:
            alone = current.first_line == current.last_line
            decision = _continues(last_raw, line.text, gap, style, alone, stripped)
        if current and decision is True:
            last = current.parts[-1]
            if len(last) >= 3 and not last.endswith(("-", "-\n", "://")):
                # _append()'s own first step, without the call, and without a new string for " " + the line.
                current.parts += (" ", stripped)
            else:
                _append(current.parts, line.text, vocabulary)
            current.last_line = line.number
        else:
            if current:
                paragraphs.append(current)
            text = stripped
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
