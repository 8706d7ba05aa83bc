"""The lines of the source text an article was imported from, for the change form's provenance section."""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from articles.ingest.reading import UnreadableFile, read_text_file
from articles.models import Article

MAX_LINES_SHOWN = 1000
CACHE_ATTRIBUTE = "_admin_source_lines"


def source_path(article: Article) -> Path | None:
    """The article's source file in the seed folder, if it is there; a bare file name only, never a path."""
    name = article.provenance_file
    if not name or Path(name).name != name:
        return None
    path = Path(settings.ARCHIVE_SEED_DIR) / name
    return path if path.is_file() else None


def source_lines(article: Article) -> list[tuple[int, str]]:
    """(number, text) of the lines the import read the article from, as many as MAX_LINES_SHOWN.

    Kept on the article object: its change form reads them twice (the notes under the fields, the list).
    """
    key = (article.provenance_file, article.provenance_first_line, article.provenance_last_line)
    cached = article.__dict__.get(CACHE_ATTRIBUTE)
    if cached is None or cached[0] != key:
        cached = (key, _read_source_lines(article))
        article.__dict__[CACHE_ATTRIBUTE] = cached
    return cached[1]


def _read_source_lines(article: Article) -> list[tuple[int, str]]:
    first, last = article.provenance_first_line, article.provenance_last_line
    path = source_path(article)
    if path is None or not first or not last:
        return []
    try:
        lines = read_text_file(path).split("\n")
    except (OSError, UnreadableFile):
        return []
    last = min(last, len(lines), first + MAX_LINES_SHOWN - 1)
    return [(number, lines[number - 1]) for number in range(first, last + 1)]


def source_lines_html(article: Article) -> str:
    lines = source_lines(article)
    if not lines:
        if not article.provenance_file:
            return _("Not imported: entered in the admin.")
        return _("The source file %(file)s is not on this server.") % {"file": article.provenance_file}
    # A numbered list rather than <pre>: long lines wrap inside the admin's column (no inline style is allowed).
    items = format_html_join("", "<li>{}</li>", ((text,) for _, text in lines))
    shown_to = lines[-1][0]
    more = ""
    if article.provenance_last_line and shown_to < article.provenance_last_line:
        more = _("… and the lines to %(last)s.") % {"last": article.provenance_last_line}
    return format_html('<ol class="source-lines" start="{}">{}</ol>{}', lines[0][0], items, more)


SHORTEST_TRACEABLE = 5  # shorter values ("1", "12-20") are on too many lines to point at one
SNIPPET = 60  # the start of a value looked for in the source lines


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def mentions(lines: list[tuple[int, str]], text: str) -> bool:
    """Whether one of the lines holds `text` (whitespace and case aside)."""
    wanted = _normal(text)
    return bool(wanted) and any(wanted in _normal(line) for _, line in lines)


def line_of(lines: list[tuple[int, str]], value: str) -> tuple[int, str] | None:
    """The first source line where `value` starts (whitespace and case aside; it may run on over the next
    two lines), or None."""
    wanted = _normal(value)
    if len(wanted) < SHORTEST_TRACEABLE:
        return None
    texts = [_normal(text) for _, text in lines]
    for length in (SNIPPET, SNIPPET // 2):
        snippet = wanted[:length]
        for index, (number, text) in enumerate(lines):
            window = " ".join(texts[index : index + 3])
            at = window.find(snippet)
            if 0 <= at < len(texts[index]):
                return number, text
    return None


LIST_SEPARATOR = r"\s*[,;·•]\s*"


def line_of_list(lines: list[tuple[int, str]], values: list[str]) -> tuple[int, str] | None:
    """The first source line where these list items follow one another, separated by a comma, semicolon
    or bullet (they may run on over the next line): where a list such as the keywords was printed."""
    wanted = [_normal(value) for value in values if value.strip()]
    if not wanted:
        return None
    pattern = re.compile(LIST_SEPARATOR.join(re.escape(value) for value in wanted))
    texts = [_normal(text) for _, text in lines]
    for index, (number, text) in enumerate(lines):
        match = pattern.search(" ".join(texts[index : index + 2]))
        if match and match.start() < len(texts[index]):
            return number, text
    return None


def source_line_note(lines: list[tuple[int, str]], value: str, *, is_list: bool = False) -> str:
    """A note for a field's help text: which source line gave the value, with that line (escaped).

    A list (keywords, one per line) is found by its first two items printed one after the other, since
    a single keyword also occurs in the title, the abstract and the body.
    """
    if is_list:
        found = line_of_list(lines, value.split("\n")[:2])
    else:
        found = line_of(lines, value) if value else None
    if found is None:
        return ""
    number, text = found
    excerpt = text if len(text) <= 120 else text[:119] + "…"
    return format_html(
        '<span class="source-line">{}</span>',
        _("Source line %(number)s: %(text)s") % {"number": number, "text": excerpt},
    )
