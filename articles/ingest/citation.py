"""A page's own "how to cite" line: journal, volume, issue, pages (and the byline and title, if the head lacks them).

Two shapes publishers print, in any language:

* ``Names, Title, Journal, Volume 96, Issue 4, July 2020, Pages 975–993, https://doi.org/…``
* ``Surname, I., 2023. Title. Journal, 21(2), pp. 141–162.``  (also ``31:3-4, 314-343`` and ``Т. 14, № 1. С. 35–40``)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

VOLUME_RE = re.compile(
    r"(?:,|\.)\s*(?:Volume|Vol\.?|Том|Т\.|Tom|Т\s)\s*(?P<volume>\d{1,4})"
    r"(?:\s*,\s*(?:Issue|No\.?|Nr\.?|№|Вып\.?|Iss\.)\s*(?P<issue>\d{1,4}(?:\s*[-–/]\s*\d{1,4})?))?",
    re.IGNORECASE,
)
VOLUME_PAREN_RE = re.compile(r",\s*(?P<volume>\d{1,4})\s*\((?P<issue>\d{1,3}(?:[-–]\d{1,3})?)\)")  # , 21(2)
VOLUME_COLON_RE = re.compile(r",\s*(?P<volume>\d{1,4}):(?P<issue>\d{1,3}(?:-\d{1,3})?),")  # , 31:3-4,
ISSUE_RE = re.compile(r"\b(?:Issue|No\.?|№|Вып\.?|Выпуск)\s*(?P<issue>\d{1,4}(?:\s*[-–/]\s*\d{1,4})?)", re.IGNORECASE)
PAGES_RE = re.compile(
    r"(?:\b(?:Pages|pp\.?|P\.|С\.|Б\.|S\.)\s*|:\d{1,3}(?:-\d{1,3})?,\s*|,\s*)(?P<pages>\d{1,5}\s*[-–—]\s*\d{1,5})\b",
    re.IGNORECASE,
)
SENTENCE_RE = re.compile(r"\.\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«\"“])")


@dataclass
class Citation:
    journal: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    title: str | None = None
    names: list[str] = field(default_factory=list)


def dash_range(text: str) -> str:
    """A range with a plain hyphen: "3 – 4" and "77—90" read as "3-4" and "77-90"."""
    return re.sub(r"\s*[–—-]\s*", "-", text)


def read_citation(text: str, is_name: Callable[[str], bool]) -> Citation | None:
    """The parts of a citation line, or None when the line names no volume (it is not one)."""
    match = VOLUME_RE.search(text) or VOLUME_PAREN_RE.search(text) or VOLUME_COLON_RE.search(text)
    if not match:
        return None
    citation = Citation(volume=match.group("volume"))
    issue = match.groupdict().get("issue")
    if not issue:
        later = ISSUE_RE.search(text, match.end())
        issue = later.group("issue") if later else None
    citation.issue = dash_range(issue) if issue else None
    pages = PAGES_RE.search(text, match.end() - 1)
    citation.pages = dash_range(pages.group("pages")) if pages else None
    before = text[: match.start()].strip(" ,.")
    if "//" in before:  # GOST: Authors. Title // Journal. 2024. Т. 14, № 1. С. 35–40.
        title, journal = before.rsplit("//", 1)
        citation.journal = re.sub(r"[.,]\s*(?:19|20)\d{2}$", "", journal.strip()).strip(" .,") or None
        citation.title = title.strip(" .") or None
        return citation
    sentences = SENTENCE_RE.split(before)
    segments = [segment.strip() for segment in sentences[-1].split(", ")]
    citation.journal = segments.pop().strip(" .,") or None
    while segments and is_name(segments[0]):
        citation.names.append(segments.pop(0))
    if segments:  # Names, Title, Journal, Volume …  or  Names (2018) Title, Journal, 31:3-4 …
        title = ", ".join(segments)
        dated = re.match(r"^(?P<names>.+?)\s*\((?:19|20)\d{2}\)\s*(?P<title>.+)$", title)
        if dated:
            citation.names += [
                n.strip() for n in re.split(r",\s*|\s+and\s+", dated.group("names")) if is_name(n.strip())
            ]
            title = dated.group("title")
        citation.title = title
    elif len(sentences) >= 2 and re.search(r"\b(?:19|20)\d{2}\b", sentences[-3] if len(sentences) >= 3 else ""):
        citation.title = sentences[-2].strip()  # Surname, I., 2023. Title. Journal, 21(2) …
    return citation
