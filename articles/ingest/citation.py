"""A page's own "how to cite" line: journal, volume, issue, pages (and the byline and title, if the head lacks them).

Two shapes publishers print, in any language:

* ``Names, Title, Journal, Volume 96, Issue 4, July 2020, Pages 975–993, https://doi.org/…``
* ``Surname, I., 2023. Title. Journal, 21(2), pp. 141–162.``  (also ``31:3-4, 314-343`` and ``Т. 14, № 1. С. 35–40``)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from articles.ingest.cues import CITE_LABELS, KZ_LOWER, KZ_UPPER

# A Russian "Т." may come out of a PDF's text layer as a Latin "T." ("…, 2020, T. 152, № 2"); Latin journals
# print "Tomus" ("Acta Slavica Iaponica, Tomus 27 (2009), pp. 77‒101").
VOLUME_RE = re.compile(
    r"(?:,|\.)\s*(?:Volume|Vol\.?|Tomus|Том|Т\.|T\.|Tom|Т\s)\s*(?P<volume>\d{1,4})"
    r"(?:\s*,\s*(?:Issue|No\.?|Nr\.?|№|Вып\.?|Iss\.)\s*(?P<issue>\d{1,4}(?:\s*[-–/]\s*\d{1,4})?))?",
    re.IGNORECASE,
)
VOLUME_PAREN_RE = re.compile(r",\s*(?P<volume>\d{1,4})\s*\((?P<issue>\d{1,3}(?:[-–]\d{1,3})?)\)")  # , 21(2)
VOLUME_COLON_RE = re.compile(r",\s*(?P<volume>\d{1,4}):(?P<issue>\d{1,3}(?:-\d{1,3})?),")  # , 31:3-4,
ISSUE_RE = re.compile(r"\b(?:Issue|No\.?|№|Вып\.?|Выпуск)\s*(?P<issue>\d{1,4}(?:\s*[-–/]\s*\d{1,4})?)", re.IGNORECASE)
# Russian pages also as "стр." ("№ 2, стр. 3-16"); a PDF may print the range with a figure dash ("77‒101").
PAGES_RE = re.compile(
    r"(?:\b(?:Pages|pp\.?|P\.|С\.|Стр\.|Б\.|S\.)\s*|:\d{1,3}(?:-\d{1,3})?,\s*|,\s*)(?P<pages>\d{1,5}\s*[-–—‒]\s*\d{1,5})\b",
    re.IGNORECASE,
)
YEAR_SEGMENT_RE = re.compile(r"^(?:19|20)\d{2}$")
SENTENCE_RE = re.compile(rf"\.\s+(?=[{KZ_UPPER}«\"“])")


# GOST without a volume: "… // Молодой ученый. — 2018. — № 51 (237). — С. 318-321." (the issue keeps its
# running number in brackets as printed).
GOST_JOURNAL_RE = re.compile(r"//\s*(?P<journal>[^/]+?)\.\s+(?:[—–-]\s+)?(?:19|20)\d{2}\b")
GOST_ISSUE_RE = re.compile(r"(?:№|Вып\.|Выпуск|No\.)\s*(?P<issue>\d{1,4}(?:\s?\(\d{1,4}\))?)", re.IGNORECASE)
# The heading of a GOST entry: "Самиев, А. Я. Title" or "Лизунов В.В. Title".
GOST_HEADING_RE = re.compile(
    rf"^\s*(?:©\s*)?(?P<name>[{KZ_UPPER}][{KZ_LOWER}-]+,?\s(?:[{KZ_UPPER}]\.\s?){{1,3}})\s*(?P<title>\S.*)$"
)


CITE_LABEL_RE = re.compile(
    rf"^\s*(?:{CITE_LABELS})\s*:\s*",
    re.IGNORECASE,
)
DIGIT_RE = re.compile(r"\d")  # the patterns' \d: any decimal digit, not only 0-9
# A PDF's text layer drops the space after a short English word: "strategies ofKazakhstan", "Review ofInternational".
GLUED_WORD_RE = re.compile(r"\b(of|and|the|in|on|for|to|at|by|with|from)(?=[A-Z][a-z])")


# OJS's "How to Cite" in the ACM style: "Names. 2022. Title. Journal. 74, 2 (Sep. 2022). DOI:…".
ACM_VOLUME_RE = re.compile(
    r"\.\s+(?P<volume>\d{1,4}),\s*(?P<issue>\d{1,4}(?:[-–]\d{1,4})?)\s+\((?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d{2}\)"
)
ACM_HEAD_RE = re.compile(r"^(?P<names>.*?)\s(?:19|20)\d{2}\.\s+(?P<rest>\S.*)$")
CAPS_TITLE_RE = re.compile(rf"^(?P<title>[^{KZ_LOWER}]{{10,}}?)\.\s+(?=\S)")


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
    return re.sub(r"\s*[–—‒-]\s*", "-", text)


def read_citation(text: str, is_name: Callable[[str], bool]) -> Citation | None:
    """The parts of a citation line, or None when the line names no volume (it is not one)."""
    if "//" not in text and not DIGIT_RE.search(text):
        return None  # every shape read below has a number (a volume or a GOST issue), and a GOST one its "//"
    text = CITE_LABEL_RE.sub("", GLUED_WORD_RE.sub(r"\1 ", text))
    acm = ACM_VOLUME_RE.search(text)
    if acm:
        return _acm(text, acm, is_name)
    match = VOLUME_RE.search(text) or VOLUME_PAREN_RE.search(text) or VOLUME_COLON_RE.search(text)
    if not match:
        return _gost_without_volume(text, is_name)
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
    if segments and citation.journal and YEAR_SEGMENT_RE.match(citation.journal):
        # "Journal, 2020, Т. 152, …": the year stands between the journal and its volume.
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


def _gost_without_volume(text: str, is_name: Callable[[str], bool]) -> Citation | None:
    """A GOST entry that gives an issue but no volume, or None when the line is not one."""
    journal = GOST_JOURNAL_RE.search(text) if "//" in text else None
    issue = GOST_ISSUE_RE.search(text, journal.end()) if journal else None
    if not journal or not issue:
        return None
    pages = PAGES_RE.search(text, issue.end())
    citation = Citation(
        journal=journal.group("journal").strip(" .") or None,
        issue=issue.group("issue"),
        pages=dash_range(pages.group("pages")) if pages else None,
    )
    before = text[: journal.start()]
    title, _, responsibility = before.partition(" / ")  # Title / А. Я. Самиев. — Текст : непосредственный
    heading = GOST_HEADING_RE.match(title)
    if heading:
        title = heading.group("title")
        name = re.split(r"\s+[—–]\s+|,\s*|;\s*", responsibility.strip())[0].strip(" .") if responsibility else ""
        name = name if name and is_name(name) else heading.group("name").strip(" ,")
        citation.names = [name] if is_name(name) else []
    citation.title = title.strip(" .") or None
    return citation


def _acm(text: str, match: re.Match[str], is_name: Callable[[str], bool]) -> Citation:
    """An ACM-style entry: the names and year, then the title and the journal up to the volume."""
    citation = Citation(volume=match.group("volume"), issue=dash_range(match.group("issue")))
    pages = PAGES_RE.search(text, match.end())
    citation.pages = dash_range(pages.group("pages")) if pages else None
    head = ACM_HEAD_RE.match(text[: match.start()])
    if not head:
        return citation
    citation.names = [
        n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", head.group("names")) if is_name(n.strip())
    ]
    rest = head.group("rest")
    # A title in capitals ends where the capitals do; another ends at its first full stop.
    caps = CAPS_TITLE_RE.match(rest)
    title, _, journal = (caps.group("title"), "", rest[caps.end() :]) if caps else rest.partition(". ")
    citation.title = title.strip(" .") or None
    citation.journal = journal.strip(" .") or None
    return citation


def clean_doi(raw: str) -> str:
    """A DOI as printed, without what a page's extraction glued to it."""
    match = re.match(r"10\.\d{4,9}/[\x21-\x7e]+", re.sub(r"\s", "", raw))
    doi = (match.group(0) if match else raw).rstrip(".,;)]")
    # A word glued on by a page's text extraction: "…2018.1520809To cite this article".
    return re.sub(r"(?<=\d)(?:To|Published|Download|Accepted|Received|Abstract|Keywords)$", "", doi)
