"""A publication date the head's reading missed: a date line or a dateline near the top of a page.

The head reads dates beside their labels and in the lines it takes; a page may print its date on a line of
its own above or under the headline ("16 октября 2020", "07.11.2024 Медиаресурс …", a month over its year),
or open its lead with a dateline ("ASTANA, 30 November 2010 - …"). Only a date at a line's start (or after a
place's name) in the page's first lines counts: a date inside a sentence is an event's.
"""

from __future__ import annotations

import re

from articles.ingest import cues
from articles.ingest.dates import FoundDate, find_dates
from articles.ingest.repair import head_lines

DATE_LINES = 8  # non-blank lines at the top of a page where its date line stands
MAX_DATE_OFFSET = 30  # "Islamabad, 30 September 2023 (TDI): …": a place, then the date
BARE_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
DATELINE_PLACE_RE = re.compile(r"^[^\W\d_][^\W\d_ .-]*(?:[ -][^\W\d_]+){0,2},\s*$")  # "ASTANA, " / "Islamabad, "


# The date opens a sentence ("19 марта 2023 года в Казахстане прошли выборы"): an event's date, not the page's.
IN_SENTENCE_RE = re.compile(r"^\s*(?:года|г\.|жылы|жылғы|of)?\s*(?!ж\.)[a-zа-яёәғқңөұүһі]")


def _date_line(text: str) -> FoundDate | None:
    for found in find_dates(text[: MAX_DATE_OFFSET + 40]):
        before = text[: found.start]
        if IN_SENTENCE_RE.match(text[found.end :]):
            continue
        if (
            found.start == 0
            or DATELINE_PLACE_RE.match(before)
            or (found.start <= MAX_DATE_OFFSET and not before.strip(" •|-–—,"))
        ):
            return found
    return None


def top_date(texts: list[str]) -> FoundDate | None:
    """The first date line among a page's first lines; a month or a day printed over its year is read as one."""
    lines = head_lines(texts, DATE_LINES)
    for index, text in enumerate(lines):
        if cues.OTHER_DATE_LABEL_RE.search(text) or cues.DATE_BAR_RE.match(text):
            continue  # "Received 3 May 2020", a site's bar of today's date: not the publication date
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if BARE_YEAR_RE.fullmatch(following) and not BARE_YEAR_RE.search(text):
            text = f"{text} {following}"  # "Sep 13" / "2020"; "Сентябрь" / "2025"
        found = _date_line(text)
        if found:
            return found
    return None
