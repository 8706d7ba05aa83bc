"""The lines of the source text an article was imported from, for the change form's provenance section."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from articles.ingest.reading import UnreadableFile, read_text_file
from articles.models import Article

MAX_LINES_SHOWN = 1000


def source_path(article: Article) -> Path | None:
    """The article's source file in the seed folder, if it is there; a bare file name only, never a path."""
    name = article.provenance_file
    if not name or Path(name).name != name:
        return None
    path = Path(settings.ARCHIVE_SEED_DIR) / name
    return path if path.is_file() else None


def source_lines(article: Article) -> list[tuple[int, str]]:
    """(number, text) of the lines the import read the article from, as many as MAX_LINES_SHOWN."""
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
