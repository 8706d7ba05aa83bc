"""A byline under an explicit label in the head, in any language: "Author: Fakhriddin Kholbek, member of …",
"Автор: Султан Акимбеков", "Text/photography: Dana Oparina", "Author:" alone over "Elena Karataeva Faculty of
Law, …". A page that labels its author says who wrote it; a name-shaped guess elsewhere in the head (a headline in
capitalised words, a menu entry) gives way to it.
"""

from __future__ import annotations

import re

from articles.ingest import cues
from articles.ingest.author_blocks import OTHER_CREDIT_RE
from articles.ingest.bylines import name_before_affiliation, names_in
from articles.ingest.layout import Line, head_line_indexes

# The author's label, the colon required ("Author" and "Автор" open sentences too): "Author:", "Authors:",
# "Автор:", "Авторы:", "Авторлар:", and a credit for the words alone or with the pictures ("Text:", "Text/photography:",
# "Текст и фото:", "Мәтін мен сурет:", "Words and photos:").
CREDIT_LABEL_RE = re.compile(
    r"^\s*(?:Автор(?:\(лар\)|лар|ы)?|Authors?(?:\(s\))?|Written\s+by"
    r"|(?:Текст|Text|Words|Мәтін|Автор\s+текста)(?:\s*(?:/|,|и|and|&|мен)\s*(?:фото\w*|photo\w*|сурет\w*))?)"
    r"\s*:\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# What may follow the name on the label's line: nothing, a comma and the person's post, a bracketed affiliation.
AFTER_NAME_RE = re.compile(r"\s*(?:$|[,(;|])")
MAX_LABEL_LINE_CHARS = 200


def _leading_names(text: str) -> list[str]:
    """The person whose name opens `text`, alone or before a comma, a bracket or an affiliation."""
    text = text.strip()
    other = OTHER_CREDIT_RE.search(text)
    if other and other.start():
        text = text[: other.start()].strip()  # "Text: Anna Lee, Photo: …": the writer's credit only
    whole = names_in(text.rstrip(".")) if len(text) <= MAX_LABEL_LINE_CHARS else []
    if whole:
        return whole
    leading = cues.NAME_RE.match(text)
    if leading and AFTER_NAME_RE.match(text[leading.end() :]):
        return names_in(leading.group(0))
    placed = name_before_affiliation(text, "")[0]
    if placed:
        return placed
    # The affiliation run on after the name with no comma: "Elena Karataeva Faculty of Law, Monash University".
    institution = cues.INSTITUTION_RE.search(text)
    before = text[: institution.start()].strip() if institution else ""
    return names_in(before) if before and cues.NAME_RE.fullmatch(before) else []


def labelled_byline(lines: list[Line]) -> tuple[list[str], set[int]]:
    """The names under the first author's label of the head, with the label on their line ("Автор: Иван Петров")
    or alone over them ("Author:" / "Elena Karataeva Faculty of Law, …"); ([], set()) when there is none."""
    head = head_line_indexes(lines)
    for k, i in enumerate(head):
        text = lines[i].text
        if len(text) > MAX_LABEL_LINE_CHARS or ":" not in text:
            continue
        label = CREDIT_LABEL_RE.match(text)
        if not label:
            continue
        rest = label.group("rest").strip()
        if rest:
            names = _leading_names(rest)
            if names:
                return names, {i}
            continue
        below = head[k + 1] if k + 1 < len(head) else None
        names = _leading_names(lines[below].text) if below is not None else []
        if names and below is not None:
            return names, {i, below}
    return [], set()


# A name with its affiliation in brackets after it, on a line of its own: "Dinara Mukhamejanova (Graduate School of
# Education, Nazarbayev University, Astana, Kazakhstan)", "Иван Петров (КазНУ им. аль-Фараби)".
BRACKETED_RE = re.compile(r"^\s*(?P<name>[^()\d]{3,60}?)\s*\((?P<affiliation>[^()]{3,200})\)\s*$")


def name_with_bracketed_affiliation(lines: list[Line]) -> tuple[list[str], set[int]]:
    """A head line that is one name and its institution in brackets, and nothing else."""
    for i in head_line_indexes(lines):
        text = lines[i].text
        if not text.rstrip().endswith(")"):
            continue
        found = BRACKETED_RE.match(text)
        if not found or not cues.INSTITUTION_RE.search(found.group("affiliation")):
            continue
        name = found.group("name").strip()
        if cues.NAME_RE.fullmatch(name) and names_in(name) == [name]:
            return [name], {i}
    return [], set()


MAX_TITLE_CHARS = 250


def title_freed(lines: list[Line], used: set[int], guessed: list[str], label_lines: set[int]) -> tuple[int, str] | None:
    """The headline a labelled byline leaves: the line a name-shaped guess took for the byline ("Навстречу Саммиту
    ОБСЕ", over "Автор: Султан Акимбеков"), or else the line right above the label, a byline standing under its
    title ("The Taliban is like …" / "Author: Fakhriddin Kholbek, …"); None when neither is there."""
    if len(guessed) == 1:
        taken = next((i for i in sorted(used) if " ".join(lines[i].text.split()) == guessed[0]), None)
        if taken is not None:
            return taken, guessed[0]
    first = min(label_lines, default=None)
    above = next((i for i in range(first - 1, -1, -1) if lines[i].text.strip()), None) if first else None
    if above is None or above in used:
        return None
    text = " ".join(lines[above].text.split())
    if text.endswith(".") and not text.endswith("..") and len(text.rsplit(maxsplit=1)[-1]) > 3:
        text = text[:-1]  # a headline printed as a sentence: its period is no part of it ("… uncomfortable.")
    return (above, text) if len(text) <= MAX_TITLE_CHARS and ":" not in text and not text.startswith("http") else None
