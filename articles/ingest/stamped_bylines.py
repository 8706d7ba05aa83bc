"""News bylines printed on one line with the item's stamp: the reporter after the date, time and view counter
("21.12.2023, 14:00 105 Оразай Жеңісұлы"), or the reporters before their newspaper's name and the date
("Ирина ГАЛКИНА, Лариса УВАЛИЕВА, "Караван", 28 июня").

Each reader returns the names and the index of their line, or ``([], set())``; asked only when the head's
line-by-line reading found no author.
"""

from __future__ import annotations

import functools
import re

from articles.ingest import cues
from articles.ingest.bylines import leading_byline, names_in
from articles.ingest.dates import find_dates
from articles.ingest.layout import Line, head_line_indexes

STAMP_LINES = 15  # the stamp stands by the headline, in the first lines of the page
MAX_STAMP_CHARS = 90  # a stamp line, not a sentence opening with a date
# What may follow the date before the name: a time, separators, a view or comment counter.
STAMP_REST_RE = re.compile(r"^[\s,.|•·/-]*(?:\d{1,2}:\d{2}(?::\d{2})?)?(?:[\s,.|•·/-]+\d{1,7})*[\s,.|•·/-]*")
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 3
MAX_OUTLET_LINE_CHARS = 120
# A newspaper's name in quotes ("Караван", «Егемен Қазақстан», “Vlast”).
QUOTED_OUTLET_RE = re.compile(r'^(?:"[^"]{2,40}"|«[^«»]{2,40}»|“[^“”]{2,40}”)$')
# A day and a month in words, with or without the year ("28 июня", "5 March 2019").
DAY_MONTH_RE = re.compile(
    rf"^\d{{1,2}}\s+[{cues.LOWER}{cues.UPPER}][{cues.LOWER}]+(?:\s+\d{{4}})?(?:\s*(?:г\.|жыл\w*))?$"
)


def _first_lines(lines: list[Line]) -> list[int]:
    return head_line_indexes(lines)[:STAMP_LINES]


def name_after_stamp(lines: list[Line]) -> tuple[list[str], set[int]]:
    """A name closing a line that opens with the item's date, its time and counters between them; or opening a
    line that closes with the date."""
    for i in _first_lines(lines):
        text = lines[i].text.strip()
        if len(text) > MAX_STAMP_CHARS:
            continue
        dates = find_dates(text)
        if not dates:
            continue
        if dates[0].start == 0:
            rest = text[dates[0].end :]
            rest = rest[STAMP_REST_RE.match(rest).end() :].strip()  # type: ignore[union-attr]
        else:  # the name first: "John Smith | 12 March 2024", "Иван Петров, 12.03.2024 14:00"
            after = text[dates[-1].end :]
            if STAMP_REST_RE.match(after).end() != len(after):  # type: ignore[union-attr]
                continue
            rest = text[: dates[-1].start].rstrip(" ,.|•·/-–—")
        if MIN_NAME_WORDS <= len(rest.split()) <= MAX_NAME_WORDS and names_in(rest) == [rest]:
            return [rest], {i}
    return [], set()


def names_before_outlet(lines: list[Line]) -> tuple[list[str], set[int]]:
    """Names parted by commas, then the newspaper's name in quotes, then the date if any."""
    for i in _first_lines(lines):
        text = lines[i].text.strip().rstrip(".")
        if len(text) > MAX_OUTLET_LINE_CHARS or not any(q in text for q in '"«“'):
            continue
        parts = [part.strip() for part in text.split(",")]
        outlet = next((k for k, part in enumerate(parts) if QUOTED_OUTLET_RE.match(part)), None)
        if not outlet or not all(DAY_MONTH_RE.match(part) or find_dates(part) for part in parts[outlet + 1 :]):
            continue
        names = [names_in(part) for part in parts[:outlet]]
        if all(len(found) == 1 and found[0] == part for found, part in zip(names, parts, strict=False)):
            return [found[0] for found in names], {i}
    return [], set()


MIN_FLAT_LINE_CHARS = 500  # a whole page's head and body run into one line
MAX_TITLE_BEFORE_NAMES = 300
MIN_TITLE_WORDS = 4
_PERSON = rf"[{cues.UPPER}][{cues.LOWER}]+(?:-[{cues.UPPER}]?[{cues.LOWER}]+)?"
_FULL_NAME = rf"{_PERSON}(?:\s[{cues.UPPER}]\.)?\s{_PERSON}"
# Two names or more parted by commas and a last "and", a capital opening the text after them.
NAME_RUN_RE = re.compile(
    rf"\s(?P<names>{_FULL_NAME}(?:,\s{_FULL_NAME})*,?\s(?:and|и|мен)\s{_FULL_NAME})\s(?=[{cues.UPPER}])"
)
NAME_RUN_SEPARATOR_RE = re.compile(r",\s*|\s(?:and|и|мен)\s")
SENTENCE_END_RE = re.compile(r"[.!?]\s")


def _flat_byline(lines: list[Line]) -> tuple[str, list[str]]:
    """The title and the names of a flattened page's one long line, or ("", [])."""
    for i in _first_lines(lines):
        text = lines[i].text.strip()
        if len(text) >= MIN_FLAT_LINE_CHARS:
            # Only the line's opening is read: the byline and the title stand before the first sentence.
            title, names = _flat_opening(text[: MAX_TITLE_BEFORE_NAMES + MAX_OUTLET_LINE_CHARS])
            return title, list(names)
    return "", []


@functools.lru_cache(maxsize=64)  # asked twice a page: once for the byline, once for the title
def _flat_opening(opening: str) -> tuple[str, tuple[str, ...]]:
    found = NAME_RUN_RE.search(opening)
    before = opening[: found.start()].strip() if found else ""
    if not found or len(before.split()) < MIN_TITLE_WORDS or SENTENCE_END_RE.search(before):
        return "", ()
    names = names_in(found.group("names"))
    parts = [p for p in NAME_RUN_SEPARATOR_RE.split(found.group("names")) if p.strip()]
    return (before, tuple(names)) if len(names) == len(parts) >= 2 else ("", ())


def names_after_flat_title(lines: list[Line]) -> tuple[list[str], set[int]]:
    """The byline inside a flattened page's one long line, between the title and the first sentence ("… Ideas and
    Identities Alina Nomerovchenko, Jaechun Kim, and William Kang Since the Soviet dissolution …"): a list of two
    names or more joined by "and" after words with no sentence's end among them."""
    return _flat_byline(lines)[1], set()


def title_before_flat_names(lines: list[Line]) -> str | None:
    """The title a flattened page's line holds before the byline names_after_flat_title() reads, or None."""
    return _flat_byline(lines)[0] or None


OPENING_QUOTES = '«"“„ '


def initialed_name_opening(lines: list[Line]) -> tuple[list[str], set[int]]:
    """A surname with initials opening one of the first lines before a title, as a book's or a paper's description
    starts ("«Медеубаева Ж.М. История формирования внешнеполитической доктрины …"), an opening quote allowed.
    Only one such line: several are a list of works (references, a reading list), each by its own writer."""
    first = None
    for i in _first_lines(lines):
        if leading := leading_byline(lines[i].text.strip().lstrip(OPENING_QUOTES)):
            if first:
                return [], set()  # a second one: the rest is not read
            first = leading
    return ([first[0]], set()) if first else ([], set())
