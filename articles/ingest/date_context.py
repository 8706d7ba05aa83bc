"""Dates a head's line prints that are not the item's publication date, told by the words around them in the line.

A page prints other dates near its head: the day a file was added to a site or last updated ("Дата добавления |
09.09.2024 |", "Обновлено: 30.06.2024"), a counter's start ("since 24 September 2019 :"), a source's access date
("Accessed on 01.08.2013"), and the date that closes a photo's caption or a sentence ("… meet during the summit
of SCO in China on June 10, 2018", "… Астанада концертте отыр. 8 маусым 2017 жыл."). A publication date stands
alone, under its label, after a place ("Москва, 5 марта 2019 г."), a byline or a source, not inside a sentence.
"""

from __future__ import annotations

import re

from articles.ingest.dates import FoundDate, find_dates, published_label_before

# The label of another date right before it (within the line).
OTHER_LABEL_RE = re.compile(
    # "Updated on April 26, 2024": the word "on" may stand between the label and its date.
    r"(?:добавлен\w*|загружен\w*|обновлен\w*|изменен\w*|(?:updated|modified|added|uploaded)(?:\s+on)?|since"
    r"|с\s+момента"
    # A site's bar of today's date under its label ("Today: 07-01-2025", "Сегодня: …", "Бүгін: …"), the colon
    # required: "МИА «Россия Сегодня», 2 декабря 2022 г." names an agency and dates the item.
    r"|(?<!\w)(?:today|сегодня|бүгін)\s*:"
    r"|accessed(?:\s+on)?|retrieved(?:\s+on)?|дата\s+обращения|қаралған\s+күні|жаңартыл\w*|жүктел\w*"
    # The day a figure holds for (a currency rate's, a forecast's: "Курс валют на 26/11/2024", "as of …") and the
    # day a photo was taken ("Picture taken March 5, 2013"): no publication's.
    r"|(?<!\w)на|as\s+of|(?:picture|photo|image|снимок|фото)\s+(?:was\s+)?(?:taken|сделан\w*)(?:\s+on)?)"
    r"\W{0,5}$",
    re.IGNORECASE,
)
LABEL_CHARS = 40  # a label stands right before its date
MIN_SENTENCE_WORDS = 6  # words of a sentence before a date that closes it
SENTENCE_WORD_RE = re.compile(r"[^\W\d_]{2,}")
# A mark between the words before a date and the date: a label, a list of facts, a byline's separator.
SEPARATOR_RE = re.compile(r"[|:•·—–()/\[\]]")
# A byline's label opening the clause: its date stamps the item ("By Saniya Sakenova in Nation on 18 October 2023").
BYLINE_LABEL_RE = re.compile(r"^\s*(?:by|автор\w*|author\w*|текст|мәтін|дайындаған)\b", re.IGNORECASE)
# A caption's or a report's place and date: "… in Brussels on", "… in Grohnde, Germany,", "… at Nazarbayev
# University on" right before the date (a place's name is capitalised; a page's "Posted in News on …" is no event).
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
EVENT_PLACE_RE = re.compile(rf"\b(?:in|at)\s+{_NAME}(?:,\s*{_NAME})?(?:,|\s+on)\s*$")
SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+")
POSTED_RE = re.compile(r"\b(?:posted|published|filed|written)\b", re.IGNORECASE)


def _running_words(text: str) -> int:
    """Words of running text after the last mark of a label, a list or a byline ("… (R) meet during the …")."""
    return len(SENTENCE_WORD_RE.findall(SEPARATOR_RE.split(text)[-1]))


def _in_sentence(before: str) -> bool:
    """The date goes on a sentence of running words ("… in China on June 10, 2018")."""
    clause = SENTENCE_END_RE.split(before.strip())[-1]
    if BYLINE_LABEL_RE.match(clause) or POSTED_RE.search(clause):
        return False
    if EVENT_PLACE_RE.search(clause):
        return True  # "Yerzhan Kazykhan in Brussels on 22 June 2021": where and when something happened
    # After a comma the date stamps what the line names: a source, a place ("МИА «Россия Сегодня», 2 декабря 2022").
    if clause.endswith(","):
        return False
    return _running_words(clause) >= MIN_SENTENCE_WORDS


def _sentence_ends_before(before: str) -> bool:
    """A date right after a finished sentence of a caption ("… концертте отыр. 8 маусым 2017 жыл.")."""
    stripped = before.rstrip()
    if not stripped.endswith((".", "!", "?")):
        return False
    return _running_words(SENTENCE_END_RE.split(stripped[:-1])[-1]) >= MIN_SENTENCE_WORDS


def other_date(text: str, found: FoundDate) -> bool:
    """Whether a date of a head's line is some other date than the item's publication."""
    before = text[: found.start]
    if OTHER_LABEL_RE.search(before[-LABEL_CHARS:]):
        return True
    return _in_sentence(before) or _sentence_ends_before(before)


def publication_dates(text: str) -> list[FoundDate]:
    """The dates of a head's line that may be the item's publication date, in order."""
    return [found for found in find_dates(text) if not other_date(text, found)]


def labelled_publication_dates(text: str, dates: list[FoundDate]) -> list[FoundDate]:
    """Those of a line's dates that stand under a publication label ("Published: …", "Жарияланды: …")."""
    return [found for found in dates if published_label_before(text, found.start)]
