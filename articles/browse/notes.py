"""The importer's fragment notes, in the reader's language.

The importer writes each note as English sentences from a fixed set (articles/ingest/journal.py and
assemble.py); a page shows each known sentence translated and leaves any other (an editor's own note) as
it stands.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

# The sentences the importer writes, word for word; gettext_noop marks them for the catalogs.
FIXED_SENTENCES = (
    gettext_noop("The text breaks off mid-sentence at the end of the source file."),
    gettext_noop("The reference list is missing, though the text cites numbered sources."),
    gettext_noop("No abstracts follow the text."),
)
MISSING_PARTS = {
    "title": gettext_noop("title"),
    "authors": gettext_noop("authors"),
    "the beginning of the text": gettext_noop("the beginning of the text"),
    "the text itself": gettext_noop("the text itself"),
    "references": gettext_noop("references"),
    "abstracts": gettext_noop("abstracts"),
}
BEGINNING_RE = re.compile(
    r"The beginning of this article is in an earlier part of the source: (?P<parts>[^.]+) are missing\."
)


def _translate_beginning(match: re.Match[str]) -> str:
    parts = [part.strip() for part in match.group("parts").split(",")]
    if not all(part in MISSING_PARTS for part in parts):
        return match.group(0)
    return _("The beginning of this article is in an earlier part of the source; missing here: %(parts)s.") % {
        "parts": ", ".join(_(MISSING_PARTS[part]) for part in parts)
    }


def fragment_note(note: str) -> str:
    """The note with the importer's sentences in the active language; other text unchanged."""
    text = BEGINNING_RE.sub(_translate_beginning, note or "")
    for sentence in FIXED_SENTENCES:
        text = text.replace(sentence, _(sentence))
    return text.strip()
