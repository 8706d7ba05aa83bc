"""A journal's name that a page's head prints on a line of its own, told as one by the lines around it.

A name alone is any heading; what marks it as the journal's is its neighbour: an ISSN right under a quoted name
or right above a name, an issue line under it ("No-2018/3"), the same name as the first crumb of the page's
breadcrumb ("Insight Turkey > Articles"), a citation block that a site splits into lines with a separator mark
("Turkology ◽" / "2021 ◽" / "Vol 3 (107) ◽"). A description names it in a sentence: "Central Asian Affairs is a
peer-reviewed quarterly journal", "Электронная версия бюллетеня Население и общество".
"""

from __future__ import annotations

import re

from articles.ingest import cues
from articles.ingest.fields import SEPARATOR_MARKS, YEAR_ISSUE

MAX_NAME_CHARS = 80
MAX_NAME_WORDS = 8
QUOTED_ALONE_RE = re.compile(r"^[«\"“](?P<name>[^«»\"“”]{3,80})[»\"”]$")
NAME_RE = re.compile(r"^[^\W\d_][^:;!?()\[\]{}@/]{2,79}$")  # words, not a sentence, an address or a label
ISSUE_UNDER_RE = re.compile(rf"^{YEAR_ISSUE}$", re.IGNORECASE)
# A page's articles list under the journal's own name: "Insight Turkey > Articles |".
BREADCRUMB_RE = re.compile(
    r"^(?P<name>[^>»|]{3,80}?)\s*[>»]\s*(?:Articles|Issues|Archive|Статьи|Архив|Выпуски|Мақалалар|Мұрағат)\s*[|>»]?$",
    re.IGNORECASE,
)
# The ISSN's neighbour is a journal's name only when it says it is one: a title of an article may stand there too.
JOURNAL_WORD_RE = re.compile(
    r"\b(?:Journal|Bulletin|Review|Herald|Annals|Transactions|Quarterly|Вестник|Известия|Хабаршы(?:сы)?|Журнал|Жаршысы)\b",
    re.IGNORECASE,
)
PRONOUN_NAME_RE = re.compile(r"^(?:The|This|Our|Its|It)\b(?:\s+journal)?$", re.IGNORECASE)
HOME_RE = re.compile(rf"^{cues.HOME_PAGE}$", re.IGNORECASE)
YEAR_MARKED_RE = re.compile(rf"^(?:19|20)\d{{2}}\s*[{SEPARATOR_MARKS}]$")
DESCRIPTION_RE = re.compile(
    r"^(?P<name>[^\W\d_][\w .,&:'’-]{2,80}?)\s+(?:is|has\s+been)\s+an?\s+(?:[\w-]+\s+){0,4}journal\b"
    r"|^(?:Электронная|Онлайн|Интернет)[- ]версия\s+(?:журнала|бюллетеня|вестника)\s+(?P<version>[^\W\d_].{2,80})$",
    re.IGNORECASE,
)


def _name(text: str) -> str | None:
    name = text.strip(" .,;")
    if len(name) > MAX_NAME_CHARS or len(name.split()) > MAX_NAME_WORDS or not NAME_RE.match(name):
        return None
    return name if name[:1].isupper() else None


def journal_by_neighbours(lines: list[str]) -> str | None:
    """The journal a page's head names on a line of its own, marked as the journal by its neighbours, if any."""
    for index, text in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        below = lines[index + 1 : index + 3]
        described = DESCRIPTION_RE.match(text)
        if described:
            name = _name(described.group("name") or described.group("version"))
            if name and not PRONOUN_NAME_RE.match(name):
                return name
        quoted = QUOTED_ALONE_RE.match(text)
        if quoted and any("ISSN" in line and cues.ISSN_RE.search(line) for line in below):
            return quoted.group("name").strip()
        if ISSUE_UNDER_RE.match(following) or YEAR_MARKED_RE.match(following):
            name = _name(text.rstrip(SEPARATOR_MARKS + " "))
            if name:
                return name
        crumb = BREADCRUMB_RE.match(text)
        if crumb and not HOME_RE.match(crumb.group("name").strip()) and crumb.group("name").strip() in lines[:index]:
            return crumb.group("name").strip()
        previous = lines[index - 1] if index else ""
        if "ISSN" in previous and cues.ISSN_RE.search(previous) and "ISSN" not in text:
            name = _name(text)  # a PDF's head: the ISSN lines, then the journal's name under them
            if name and JOURNAL_WORD_RE.search(name):
                return name
    return None
