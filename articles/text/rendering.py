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


def body_blocks(body: str) -> list[Block]:
    """Split a stored body (paragraphs separated by blank lines) into headings, lists and paragraphs."""
    blocks: list[Block] = []
    for paragraph in re.split(r"\n\s*\n", body or ""):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        rows = table_rows(paragraph)
        if rows is not None:
            blocks.append(Block("table", rows=rows))
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


def link_urls(text: str) -> SafeString:
    """Escape text and turn its http(s) URLs into nofollow links; nothing else becomes markup."""
    pieces: list[str] = []
    position = 0
    for match in URL_RE.finditer(text or ""):
        href = safe_href(match.group(0))
        if href is None:
            continue
        pieces.append(escape(text[position : match.start()]))
        pieces.append(format_html('<a href="{}" rel="nofollow noopener">{}</a>', href, match.group(0)))
        position = match.end()
    pieces.append(escape((text or "")[position:]))
    return mark_safe("".join(pieces))  # every piece above is escaped or built by format_html
