"""Bylines the head's line-by-line reading leaves unread: a list of authors under a label of its own, a label
after a date on one line, a name after its post, a signature over the signer's post.

Each reader returns the names and the indexes of the lines they stand on (so the body leaves them out), or
``([], set())`` when the text shows no such byline.
"""

from __future__ import annotations

import re
from itertools import islice

from articles.ingest import cues
from articles.ingest.affiliations import states_degree
from articles.ingest.author_blocks import (
    json_record_authors,
    label_in_capitals,
    name_over_abstract_label,
    name_over_affiliation,
    name_over_degree,
    name_over_title,
    names_with_posts,
    surname_first_over_affiliation,
)
from articles.ingest.author_completion import ITEM_MARK_RE, MAX_LIST_ITEMS, bare_labels, name_with_centre
from articles.ingest.author_labels import name_with_bracketed_affiliation
from articles.ingest.bylines import affiliation_line, names_in
from articles.ingest.layout import HEAD_LINES, Line, head_line_indexes
from articles.ingest.repair import ends_sentence
from articles.ingest.signatures import signature_in_head
from articles.ingest.stamped_bylines import (
    initialed_name_opening,
    name_after_stamp,
    names_after_flat_title,
    names_before_outlet,
)

MAX_MENU_ENTRY_WORDS = 3
# A menu's entry: a bulleted word or two ("  • Усть-Каменогорск"), or an index letter over a group of them ("Р").
MENU_BULLET_RE = re.compile(r"^\s*[•·▪◦]\s*\S")
# A line of affiliation marks between names a page printed one a line ("1,*," / "1,2," / "3 and").
MARKS_LINE_RE = re.compile(r"^[\d*¹²³⁴⁵⁶⁷⁸⁹⁰†‡,\s]*(?:\band\b|&)?\s*$")
# A label with its names after a date or a rubric on the same line: "10 Июля 2014 09:16 Автор: Аскар МУМИНОВ".
INLINE_LABEL_RE = re.compile(r"\s(?:Автор(?:ы|лар)?|Authors?)\s*:\s*(?P<rest>\S.{0,80})$", re.IGNORECASE)
# A blog platform's author widget whose image caption ran into the name: "Writer's pictureAini Yeskhozhina".
WRITER_WIDGET_RE = re.compile(r"^\s*Writer['’]s\s+picture\s*(?P<name>\S.*)$")
# "Фамилия И.О." ending a line that opens with the person's post or degree ("Ф.ғ.к. … оқытушысы Мухаметкалиева Г.О.").
TRAILING_INITIALED_RE = re.compile(
    rf"\s(?P<name>[{cues.UPPER}][{cues.LOWER}]+(?:-[{cues.UPPER}][{cues.LOWER}]+)?\s(?:[{cues.UPPER}]\.\s?){{1,2}})$"
)
MAX_POST_LINE_CHARS = 250
MAX_SIGNER_POST_CHARS = 120


def _item_names(text: str) -> list[str]:
    """The people one list item names: the item alone, or its name before its affiliation ("T. I. Pototskaya,
    Smolensk State University, Smolensk, Russian Federation")."""
    text = ITEM_MARK_RE.sub("", text).strip()
    text = re.sub(r"\s+(?:and|&|и|мен)$", "", text)  # "Akmal Akramkhanov" / "3 and" / "Katharina Helming"
    names = names_in(text)
    if names or "," not in text:
        return names
    name, rest = text.split(",", 1)
    return names_in(name) if affiliation_line(rest.strip()) else []


def _menu_entry(text: str) -> bool:
    stripped = text.strip()
    return len(stripped) <= 2 or (
        MENU_BULLET_RE.match(text) is not None and len(stripped.split()) <= MAX_MENU_ENTRY_WORDS
    )


def listed_authors(lines: list[Line]) -> tuple[list[str], set[int]]:
    """The names listed under a label standing alone ("AUTHORS:", "Авторы:", a journal page's "by"), one or a
    few a line, numbered or bulleted, with affiliation marks between them."""
    head = head_line_indexes(lines)
    for k in bare_labels(lines, head):
        names: list[str] = []
        used = {head[k]}
        for j in head[k + 1 : k + 1 + MAX_LIST_ITEMS]:
            text = lines[j].text.strip()
            if MARKS_LINE_RE.match(text):
                used.add(j)
                continue
            found = _item_names(text)
            if not found:
                break
            names += [name for name in found if name not in names]
            used.add(j)
        if names:
            return names, used
    return [], set()


def labelled_after_date(lines: list[Line]) -> tuple[list[str], set[int]]:
    """A label and its names closing a short line that opens with something else ("10 Июля 2014 09:16 Автор:
    Аскар МУМИНОВ"), or a blog widget's "Writer's picture" glued to the name. A site's menus above the item (a
    list of cities under their initials) are no part of its head: the lines are counted without them."""
    head = (i for i, line in enumerate(lines) if line.text.strip() and not _menu_entry(line.text))
    for i in islice(head, HEAD_LINES):  # the rest of the text is not read
        text = lines[i].text.strip()
        found = INLINE_LABEL_RE.search(text) or WRITER_WIDGET_RE.match(text)
        names = names_in(found.group(found.lastgroup or "rest")) if found else []
        if names:
            return names, {i}
    return [], set()


def after_post(lines: list[Line]) -> tuple[list[str], set[int]]:
    """Names with initials ending lines that open with the person's post or degree ("Ф.ғ.к. дипломатиялық
    аударма кафедрасының аға оқытушысы Мухаметкалиева Г.О."), one a line, consecutive in the head."""
    names: list[str] = []
    used: set[int] = set()
    for i in head_line_indexes(lines):
        text = lines[i].text.strip()
        trailing = TRAILING_INITIALED_RE.search(text) if len(text) < MAX_POST_LINE_CHARS else None
        before = text[: trailing.start()] if trailing else ""
        post = before and (states_degree(before) or cues.INSTITUTION_RE.search(before))
        if trailing and post and names_in(trailing.group("name")):
            names += names_in(trailing.group("name"))
            used.add(i)
        elif names:
            break
    return names, used


def unread_byline(lines: list[Line]) -> tuple[list[str], set[int]]:
    """The first byline one of the readers above finds, with its lines."""
    readers = (
        signature_in_head,
        listed_authors,
        labelled_after_date,
        after_post,
        label_in_capitals,
        names_with_posts,
        name_over_affiliation,
        name_over_title,
        name_over_abstract_label,
        name_after_stamp,
        names_before_outlet,
        name_with_centre,
        json_record_authors,
        name_over_degree,
        names_after_flat_title,
        initialed_name_opening,
        surname_first_over_affiliation,
        name_with_bracketed_affiliation,
    )
    for reader in readers:
        names, used = reader(lines)
        if names:
            return names, used
    return [], set()


def signed_with_post(lines: list[Line]) -> tuple[list[str], list[Line]]:
    """A text signed at its end with the signer's name and a comma, and the signer's post on the last line
    ("Қабылхан Омаров," / "аудандық ардагерлер кеңесінің мүшесі"): the name, and the lines above it."""
    nonblank = [i for i, line in enumerate(lines) if line.text.strip()]
    if len(nonblank) < 3:
        return [], lines
    name_at, post_at = nonblank[-2], nonblank[-1]
    name, post = lines[name_at].text.strip(), lines[post_at].text.strip()
    if not (
        name.endswith(",")
        and post[:1].islower()
        and len(post) < MAX_SIGNER_POST_CHARS
        and ". " not in post  # a post, not sentences
        and ends_sentence(lines[nonblank[-3]].text)
    ):
        return [], lines
    names = names_in(name)
    return (names, lines[:name_at]) if len(names) == 1 else ([], lines)
