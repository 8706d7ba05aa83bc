"""A publication date the head's reading missed: a date line or a dateline near the top of a page.

The head reads dates beside their labels and in the lines it takes; a page may print its date on a line of
its own above or under the headline ("16 октября 2020", "07.11.2024 Медиаресурс …", a month over its year),
or open its lead with a dateline ("ASTANA, 30 November 2010 - …"). Only a date at a line's start (or after a
place's name) in the page's first lines counts: a date inside a sentence is an event's.
"""

from __future__ import annotations

import datetime
import re

from articles.ingest import cues
from articles.ingest.dates import PRECISION_YEAR, FoundDate, find_dates
from articles.ingest.layout import HEAD_LINES
from articles.ingest.repair import head_lines

DATE_LINES = 8  # non-blank lines at the top of a page where its date line stands
# A line opening with the label of the item's publication: "Available online 2 April 2015" (an article history
# under its abstract), "Published September 2022", "Дата публикации: 24.12.2018".
PUBLICATION_LABEL = (
    r"^\s*(?:available\s+online|published(?:\s+online)?|first\s+published|дата\s+публикации|опубликовано"
    r"|жарияланды|жарияланған\s+күні)"
)
LABELLED_LINE_RE = re.compile(rf"{PUBLICATION_LABEL}\s*(?:on\s*)?[:.]?\s*$", re.IGNORECASE)
# The label alone: a line that does not open with it is not read for its dates (nearly every line of a head).
LABEL_OPENING_RE = re.compile(PUBLICATION_LABEL, re.IGNORECASE)
MAX_DATE_OFFSET = 30  # "Islamabad, 30 September 2023 (TDI): …": a place, then the date
BARE_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
# A place of up to three words, with its state or country after a comma: "ASTANA, " / "Islamabad, " /
# "Washington, D.C., " / "Almaty, Kazakhstan, ".
_PLACE = r"[^\W\d_][^\W\d_ .-]*(?:[ -][^\W\d_]+){0,2}"
_REGION = r"(?:[^\W\d_]\.){1,3}|[^\W\d_][^\W\d_-]*(?: [^\W\d_]+)?"  # "D.C.", "NY", "Kazakhstan", "South Korea"
DATELINE_PLACE_RE = re.compile(rf"^{_PLACE},(?:\s*(?:{_REGION}),)?\s*$")


# The date opens a sentence ("19 марта 2023 года в Казахстане прошли выборы"): an event's date, not the page's.
IN_SENTENCE_RE = re.compile(r"^\s*(?:года|г\.|жылы|жылғы|of)?\s*(?!ж\.)[a-zа-яёәғқңөұүһі]")


# A journal page's issue line that closes with the issue's year: "KinoKultura: Issue 27 (2010)", "Vol. 12, No. 3
# (2019)", "Вестник КазНУ. Том 5, № 2 (2018)". The year is the issue's, so the item's at a year's precision.
# (A PDF's text layer may give the Russian "Т." as a Latin "T."; Latin journals print "Tomus".)
_NUMBER = r"(?:Issue|Vol(?:ume)?\.?|No\.?|Number|Nr\.?|№|Tomus|Том|Т\.|T\.|Выпуск|Вып\.|Шығарылым|Нөмір)\s*\d{1,4}"
ISSUE_YEAR_RE = re.compile(
    rf"^(?:[^()\d]{{2,80}}?[\s:.,]\s*)?{_NUMBER}(?:[,.]?\s*{_NUMBER})?\s*\((?P<year>(?:19|20)\d{{2}})\)\s*$",
    re.IGNORECASE,
)
# A journal's citation line heading a page, its year among the issue's numbers and its pages after them:
# "Известия …, 2020, T. 152, № 2, стр. 3-16", "Acta Slavica Iaponica, Tomus 27 (2009), pp. 77‒101". The pages
# make it the item's own citation, not a reference's.
_PAGES = r"(?:pp?\.|С\.|Стр\.|Б\.|Pages)\s*\d{1,5}\s*[-–—‒]\s*\d{1,5}\.?\s*$"
CITED_YEAR_RE = re.compile(
    rf"^[^\W\d_][^()\d]{{2,120}}?,\s*(?:(?P<year>(?:19|20)\d{{2}}),\s*{_NUMBER}"
    rf"|{_NUMBER}\s*\((?P<paren>(?:19|20)\d{{2}})\))(?:,?\s*{_NUMBER})?,\s*{_PAGES}",
    re.IGNORECASE,
)


def _issue_year(text: str) -> FoundDate | None:
    # Each pattern ends its line: on a bracket (the year's), or on the last page (its digit or a full stop).
    last = text.rstrip()[-1:]
    match = ISSUE_YEAR_RE.match(text) if last == ")" else None
    group = "year"
    if not match and "," in text and (last == "." or last.isdecimal()):
        match = CITED_YEAR_RE.match(text)
        group = "year" if match and match.group("year") else "paren"
    if not match:
        return None
    year = datetime.date(int(match.group(group)), 1, 1)
    return FoundDate(year, PRECISION_YEAR, match.start(group), match.end(group))


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


# What may follow a date closing its line: "г.", "года", "ж.", "жылы", a full stop.
CLOSING_TAIL_RE = re.compile(r"\s*(?:г\.?|года|ж\.?|жыл\w*)?\s*\.?\s*")
CLAUSE_BREAK_RE = re.compile(r"(?<=[.!?;])\s+")


def _closing_place_date(text: str) -> FoundDate | None:
    """A place and a date closing a head's line after its last sentence: an author line's "… аналитик Центра
    ОЭСР-ВШЭ. Москва, 5 марта 2019 г." (where and when the text was signed)."""
    dates = find_dates(text)
    if not dates or not CLOSING_TAIL_RE.fullmatch(text[dates[-1].end :]):
        return None
    clause = CLAUSE_BREAK_RE.split(text[: dates[-1].start])[-1]
    return dates[-1] if DATELINE_PLACE_RE.match(clause) else None


def _labelled_line(text: str) -> FoundDate | None:
    if not LABEL_OPENING_RE.match(text):
        return None  # LABELLED_LINE_RE would match no part of the line before a date
    dates = find_dates(text)
    if dates and LABELLED_LINE_RE.match(text[: dates[0].start]) and not cues.OTHER_DATE_LABEL_RE.search(text):
        return dates[0]
    return None


def top_date(texts: list[str]) -> FoundDate | None:
    """The first date line among a page's first lines; a month or a day printed over its year is read as one.
    Without one, a date under its publication label further down the head (an article's history), then the
    year of a journal page's issue line."""
    lines = head_lines(texts, DATE_LINES)
    issue_year = None
    for index, text in enumerate(lines):
        if cues.OTHER_DATE_LABEL_RE.search(text) or cues.DATE_BAR_RE.match(text):
            continue  # "Received 3 May 2020", a site's bar of today's date: not the publication date
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if BARE_YEAR_RE.fullmatch(following) and not BARE_YEAR_RE.search(text):
            text = f"{text} {following}"  # "Sep 13" / "2020"; "Сентябрь" / "2025"
        found = _date_line(text) or _closing_place_date(text)
        if found:
            return found
        issue_year = issue_year or _issue_year(text)
    labelled = (_labelled_line(text) for text in head_lines(texts, HEAD_LINES))
    return next((found for found in labelled if found), None) or issue_year
