"""Turning stored plain text into safe HTML structures: body blocks and reference links.

Imported text is data: everything here escapes it, and only http(s) URLs become links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from articles.ingest.repair import BULLET  # the list-item marker the importer writes into bodies

_TERMINAL = '.!?;:…»")'
# URLs as the importer stores them: http(s) or www., up to whitespace or a closing bracket.
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"«»]+[^\s<>\"«».,;:)\]]", re.IGNORECASE)


TABLE_ROW_RE = re.compile(r"^\| (?P<cells>.*) \|$")


@dataclass
class Block:
    kind: str  # "paragraph", "heading", "list" or "table"
    text: str = ""
    items: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)  # a table's cells, row by row
    number: int = 0  # a table's place among the body's tables, from 1 (names it for screen readers)

    @property
    def columns(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    @property
    def spanning_header(self) -> bool:
        """A table whose first row is one cell over several columns: its heading, as the source printed it."""
        return len(self.rows) > 1 and len(self.rows[0]) == 1 and self.columns > 1


def table_rows(paragraph: str) -> list[list[str]] | None:
    """The cells of a paragraph the importer wrote as a table ("| a | b |" lines), or None."""
    matches = [TABLE_ROW_RE.match(line) for line in paragraph.splitlines()]
    if len(matches) < 2 or not all(matches):
        return None
    return [match.group("cells").split(" | ") for match in matches if match]


def is_heading(paragraph: str) -> bool:
    """A short single-line paragraph without closing punctuation is a heading."""
    text = paragraph.strip()
    return (
        0 < len(text) <= 120
        and "\n" not in text
        and len(text.split()) <= 12
        and text[-1] not in _TERMINAL
        and not text.startswith(("–", "—", "-", BULLET.strip()))
        and text[0].isupper()
    )


# A line of a table the importer left as paragraphs: a label, then one or more figures ("Атырау облысы 100 0").
FIGURES_RE = re.compile(r"^(?P<label>\S.*?\D)\s+(?P<figures>[-–]?\d[\d.,]*(?:\s+[-–]?\d[\d.,]*)*)$")
# Consecutive such lines, with the same number of figures, that make a table rather than a coincidence.
MIN_FIGURE_ROWS = 3
MAX_FIGURE_ROW = 200


def figure_row(paragraph: str) -> list[str] | None:
    """A one-line paragraph of a label and its figures as cells, or None."""
    if "\n" in paragraph or len(paragraph) > MAX_FIGURE_ROW:
        return None
    match = FIGURES_RE.match(paragraph)
    if match is None or match.group("label")[-1] in ".!?;:…":  # a sentence that ends in a number is prose
        return None
    return [match.group("label").strip(), *match.group("figures").split()]


def _figure_tables(paragraphs: list[str]) -> dict[int, list[list[str]]]:
    """Runs of at least MIN_FIGURE_ROWS figure rows with as many figures each: {first index: rows}, the rest None."""
    tables: dict[int, list[list[str]]] = {}
    start = 0
    while start < len(paragraphs):
        first = figure_row(paragraphs[start])
        end = start + 1
        rows = [first] if first else []
        while first and end < len(paragraphs):
            row = figure_row(paragraphs[end])
            if row is None or len(row) != len(first):
                break
            rows.append(row)
            end += 1
        if len(rows) >= MIN_FIGURE_ROWS:
            tables[start] = rows
            start = end
        else:
            start += 1
    return tables


def _tables(blocks: list[Block]) -> int:
    return sum(block.kind == "table" for block in blocks)


def body_blocks(body: str) -> list[Block]:
    """Split a stored body (paragraphs separated by blank lines) into headings, lists, tables and paragraphs."""
    blocks: list[Block] = []
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body or "") if p.strip()]
    figure_tables = _figure_tables(paragraphs)
    skip_to = 0
    for index, paragraph in enumerate(paragraphs):
        if index < skip_to:
            continue
        if index in figure_tables:
            blocks.append(Block("table", rows=figure_tables[index], number=_tables(blocks) + 1))
            skip_to = index + len(figure_tables[index])
            continue
        rows = table_rows(paragraph)
        if rows is not None:
            blocks.append(Block("table", rows=rows, number=_tables(blocks) + 1))
        elif paragraph.startswith(BULLET):
            item = paragraph[len(BULLET) :].strip()
            if blocks and blocks[-1].kind == "list":
                blocks[-1].items.append(item)
            else:
                blocks.append(Block("list", items=[item]))
        elif is_heading(paragraph):
            blocks.append(Block("heading", paragraph))
        else:
            blocks.append(Block("paragraph", paragraph))
    return blocks


def safe_href(url: str) -> str | None:
    """The URL to link to, or None when it is not http(s)."""
    candidate = url.strip()
    if candidate.lower().startswith("www."):
        candidate = "http://" + candidate
    if re.match(r"^https?://[^\s/]+", candidate, re.IGNORECASE):
        return candidate
    return None


# A URL in angle brackets, as reference lists print them ("Online: < http://… >"): the brackets go.
BRACKETED_URL_RE = re.compile(
    r"<\s*(?P<url>(?:https?://|www\.)[^\s<>]+)\s*>(?P<glued>(?=[^\s.,;:)\]]))?", re.IGNORECASE
)


def link_urls(text: str) -> SafeString:
    """Escape text and turn its http(s) URLs into nofollow links; nothing else becomes markup.

    A URL in angle brackets loses them (a space stands in for the closing one when text follows it directly).
    """
    text = BRACKETED_URL_RE.sub(lambda m: m.group("url") + (" " if m.group("glued") is not None else ""), text or "")
    pieces: list[str] = []
    position = 0
    for match in URL_RE.finditer(text):
        href = safe_href(match.group(0))
        if href is None:
            continue
        pieces.append(escape(text[position : match.start()]))
        pieces.append(format_html('<a href="{}" rel="nofollow noopener">{}</a>', href, match.group(0)))
        position = match.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # every piece above is escaped or built by format_html


def reference_text(text: str, number: int | None) -> str:
    """A numbered reference without the number it repeats at its start ("4. Federal Minister…" for number 4)."""
    if number is None:
        return text
    match = re.match(rf"^\s*\[?{number}\s*[.)\]]\s*", text)
    return text[match.end() :] if match else text


# An in-text marker: [3], [1, 2], [4–6], [5, с. 12], [7; 9]: the numbers at its start are citations.
MARKER_RE = re.compile(r"\[(?P<inside>\d{1,4}(?:\s*[,;–-]\s*\d{1,4})*(?:\s*[,;]\s*[^\[\]\d][^\[\]]{0,40})?)\]")
MARKER_NUMBER_RE = re.compile(r"\d{1,4}")


def _marker_html(inside: str, numbers: set[int], prefix: str) -> str:
    """The inside of one marker with each number that names a reference linked to it."""
    head = re.match(r"\d{1,4}(?:\s*[,;–-]\s*\d{1,4})*", inside)
    assert head is not None  # MARKER_RE starts with a number
    pieces, position = [], 0
    for match in MARKER_NUMBER_RE.finditer(head.group(0)):
        pieces.append(escape(inside[position : match.start()]))
        number = int(match.group(0))
        if number in numbers:
            pieces.append(format_html('<a href="#{}{}" class="citation-marker">{}</a>', prefix, number, number))
        else:
            pieces.append(escape(match.group(0)))
        position = match.end()
    pieces.append(escape(inside[position:]))
    return "".join(pieces)


def link_citations(text: str, numbers: set[int], prefix: str = "reference-") -> SafeString:
    """Escape text and link its in-text markers ([3], [1, 2], [5, с. 12]) to the references of those numbers."""
    pieces: list[str] = []
    position = 0
    for match in MARKER_RE.finditer(text or ""):
        pieces.append(escape(text[position : match.start()]))
        pieces.append("[" + _marker_html(match.group("inside"), numbers, prefix) + "]")
        position = match.end()
    pieces.append(escape((text or "")[position:]))
    return mark_safe("".join(pieces))  # every piece above is escaped or built by format_html
