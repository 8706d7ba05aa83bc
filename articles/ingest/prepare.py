"""A text's lines made ready for reading: the page's tail of furniture cut off, a store's date read, lines a
flattened page or a glued title ran together cut apart again."""

from __future__ import annotations

import datetime
import re

from articles.ingest import cues
from articles.ingest.contents import unglue_caps_title
from articles.ingest.dates import find_dates
from articles.ingest.language import detect_language
from articles.ingest.layout import HEAD_LINES, Line
from articles.ingest.news import BOILERPLATE_START_RE
from articles.ingest.paragraphs import is_prose
from articles.ingest.repair import ends_sentence
from articles.ingest.titles import MAX_TITLE_CHARS, is_title_like

MIN_SENTENCE_CHARS = 60  # a sentence of the text read: a site's list of more items may follow
DAY_RE = re.compile(r"\d{1,2}")
YEAR_RE = re.compile(r"(?:19|20)\d{2}")
# The stop first, then the letters behind it: the search skips to each stop (not a look-behind at every character).
GLUED_SENTENCE_RE = re.compile(rf"\.(?<=[{cues.LOWER}]{{3}}\.)(?=[{cues.UPPER}][{cues.LOWER}])")


def prepare_lines(lines: list[Line]) -> tuple[list[Line], datetime.date | None]:
    """The lines without the page's tail of furniture, a title glued to its date split off, the store's date read."""
    published = None
    prepared: list[Line] = []
    # GLUED_LABEL_RE cuts only at a label's word: a text holding none of them has no line to cut (one search of
    # the whole text instead of a split of each line).
    labelled = _may_hold_labels("\n".join(line.text for line in lines))
    body_seen = False  # "Share" or "Latest news" above the item is the site's header, not the tail after it
    for line in lines:
        if body_seen and BOILERPLATE_START_RE.match(line.text):
            break
        body_seen = (
            body_seen or is_prose(line.text) or (len(line.text) >= MIN_SENTENCE_CHARS and ends_sentence(line.text))
        )
        text = line.text
        if not prepared:  # the store's stamp opens the text's first line
            stored = cues.STORE_DATE_RE.match(text)
            if stored:
                try:
                    published = datetime.date.fromisoformat(stored.group(1))
                except ValueError:
                    published = None
                text = stored.group(2)
        # A glued date ("…»12.03.2021") holds stops: a line without one is not split.
        pieces = cues.GLUED_DATE_RE.split(text) if len(prepared) < 5 and "." in text else [text]
        if labelled:
            pieces = [part for piece in pieces for part in cues.GLUED_LABEL_RE.split(piece)]
        if len(prepared) < HEAD_LINES:
            pieces = [part for piece in pieces for part in _unflattened(piece)]
            pieces = [part for piece in pieces for part in unglue_caps_title(piece)]
            pieces = [part for piece in pieces for part in _unglued_titles(piece)]
        prepared += [Line(line.number, piece) for piece in pieces]
    return _joined_date_parts(prepared), published


# The word each label of GLUED_LABEL_RE begins with ("Key" for "Keywords" and "Key words"); the pattern has no
# IGNORECASE, so these are searched as they are written (tests/ingest/test_parse_speed_round12.py checks the list).
LABEL_WORDS = ("Аннотация", "Аңдатпа", "Abstract", "Key", "Кілт", "Түйін", "Ключевые")


# A word each cue of RUN_ON_CUE_RE holds as written ("article" for "To cite this article" and "To link to this
# article"; tests/ingest/test_parse_speed_round12.py checks the list against the pattern).
RUN_ON_WORDS = (
    *("Abstract", "Аннотация", "Аңдатпа", "Key", "Ключевые", "Түйін", "Кілт", "Received", "Поступила"),
    *("article", "Published", "ORIGINAL", "RESEARCH", "ОРИГИНАЛЬНАЯ", "Introduction", "Введение", "Кіріспе"),
)


def _may_hold_labels(text: str) -> bool:
    return any(word in text for word in LABEL_WORDS)


def _joined_date_parts(lines: list[Line]) -> list[Line]:
    """A date printed a part a line ("28" / "Февраль" / "2023", a blog's "Posted On" box) as one line."""
    nonblank = [i for i, line in enumerate(lines[:HEAD_LINES]) if line.text.strip()]
    texts = [lines[i].text.strip() for i in nonblank]
    for at, (a, c) in enumerate(zip(nonblank, nonblank[2:], strict=False)):
        day, month, year = texts[at : at + 3]
        if (
            DAY_RE.fullmatch(day)
            and month.isalpha()
            and YEAR_RE.fullmatch(year)
            and find_dates(f"{day} {month} {year}")
        ):
            joined = Line(lines[a].number, f"{day} {month} {year}")
            return [*lines[:a], joined, *lines[c + 1 :]]
    return lines


def _unglued_titles(text: str) -> list[str]:
    """Two titles glued after a full stop ("…в Организации исламского сотрудничества.Қазақстанның …"): the first
    ends where a capital follows the stop with no space; only short lines that open with a title are cut."""
    if len(text) > 2 * MAX_TITLE_CHARS or "." not in text:
        return [text]
    glued = GLUED_SENTENCE_RE.search(text)
    if not glued or "://" in text or "@" in text or not is_title_like(text[: glued.start()]):
        return [text]
    first, second = text[: glued.start()], text[glued.end() :]
    # Titles in two languages, not two sentences of a lead that lost their space.
    if detect_language(first) in (None, detect_language(second)):
        return [text]
    return [first, second]


def _unflattened(text: str) -> list[str]:
    """A flattened page's line cut where its head's lines were: rubric, title, received, abstract, introduction."""
    if len(text) < cues.RUN_ON_MIN_CHARS or not any(word in text for word in RUN_ON_WORDS):
        return [text]  # short, or without a word any cue of RUN_ON_CUE_RE holds: no cut (its search is slow)
    pieces = []
    for piece in cues.RUN_ON_CUE_RE.split(text):
        heading = cues.RUN_ON_HEADING_RE.match(piece)
        if heading:
            pieces += [heading.group("heading"), piece[heading.end() :]]
        elif piece.strip():
            pieces.append(piece)
    return pieces
