"""The dates a head's line gives (see single.py): which may be the item's publication date, and which come first.

A date is the item's when nothing marks it as another: a long line's date counts only as the stamp opening it or
under a publication label, the site's date bar above the headline is today's date, and a date under the label of
another date is that other date: in the line ("Received: …", "Добавлен: 07.06.2023") or alone under its label on
the line above ("Добавлен:" / "07.06.2023", "Updated" / "12 May 2021").
"""

from __future__ import annotations

import re

from articles.ingest import cues
from articles.ingest.date_context import LABEL_CHARS, OTHER_LABEL_RE, labelled_publication_dates, publication_dates
from articles.ingest.dates import FoundDate
from articles.ingest.head_model import Head

MAX_DATED_LINE_CHARS = 160
OPENING_DIGIT_RE = re.compile(r"\s*\d")
OPENING_LETTER_RE = re.compile(r"\s*[^\W\d_]")


def under_other_label(text: str, found: FoundDate, above: str) -> bool:
    """A date opening its line under a line that ends with another date's label ("Добавлен:" / "07.06.2023")."""
    return not text[: found.start].strip() and bool(OTHER_LABEL_RE.search(above.rstrip()[-LABEL_CHARS:]))


def read_line_dates(text: str, previous: str, above: str, head: Head) -> list[FoundDate]:
    """The publication dates of a head's line (``previous``: the last line read as a title or prose, ``above``: the
    line right above it); they are added to ``head.dates``, a labelled one first."""
    dated_line = len(text) < MAX_DATED_LINE_CHARS or OPENING_DIGIT_RE.match(text) or cues.PUBLISHED_LABEL_RE.match(text)
    # A weekday and a date alone on a line above the headline is the site's date bar (today's date);
    # under the headline it is the item's date ("Saturday 20 November 2021").
    date_bar = not head.title_candidates and cues.DATE_BAR_RE.match(text)
    dates = publication_dates(text) if dated_line and not date_bar else []
    if len(text) >= MAX_DATED_LINE_CHARS:
        # In a long line only a stamp opening it counts ("08.10.2018 14:49Астана …"), not a sentence
        # that begins with a date ("19 марта 2023 года в Казахстане прошли выборы …").
        # So does a date under its label ("Published online: 15 Nov 2018.Submit your article …").
        dates = [
            d
            for d in dates[:1]
            if (d.start == 0 and not OPENING_LETTER_RE.match(text[d.end :]))
            or (d.start < 30 and cues.PUBLISHED_LABEL_RE.match(text[: d.start].strip()))
        ]
    labelled_dates = labelled_publication_dates(text, dates)
    if labelled_dates:  # "Received: 4 February 2016 / Accepted: … / Published online: 27 April 2017"
        head.dates = labelled_dates[:1] + head.dates
    elif (
        dates
        and not cues.OTHER_DATE_LABEL_RE.search(previous + " " + text[: dates[0].start])
        and not under_other_label(text, dates[0], above)
    ):
        # A labelled publication date wins over others (a page's date of submission is not one).
        labelled = bool(cues.PUBLISHED_LABEL_RE.search(previous + " " + text[: dates[0].start]))
        head.dates = dates + head.dates if labelled else head.dates + dates
    return dates
