"""An issue's contents page: several articles, each a byline, a title in capitals, its abstract and keywords.

Journal sites list an issue's articles one under another, each opening with its byline
(``Medihanur ARGALI``, ``Takhira KAMALJANOVA & Aidarkhan DAUYLBAYEV``) and its title in capitals, often
glued to the first words of the abstract by the page's text extraction (``…OF TURKIC STATESThis article
explores …``). The page's head gives the issue once for all of them: ``8 (1), 2026``.
"""

from __future__ import annotations

import collections
import itertools
import re

from articles.ingest import cues
from articles.ingest.bylines import names_in, romanized_twin, strong_byline
from articles.ingest.language import detect_language
from articles.ingest.layout import Line
from articles.ingest.titles import is_title_like

# A title in capitals (three words at least) glued to the capitalised word that opens the next text.
GLUED_CAPS_TITLE_RE = re.compile(
    rf"^(?P<title>\s*[{cues.UPPER}][{cues.UPPER}\d'’:,\-]*(?:\s+[{cues.UPPER}\d'’:,()\-]+){{2,}}?[{cues.UPPER})])"
    rf"(?=[{cues.UPPER}][{cues.LOWER}])"
)
# What a title in capitals opens with: two words in capitals.
CAPS_OPENING_RE = re.compile(rf"^\s*[{cues.UPPER}]{{2,}}[:,]?\s+[{cues.UPPER}]{{2,}}")
# The issue a contents page lists: "8 (1), 2026" (volume, issue in brackets, year), alone on its line.
VOLUME_ISSUE_LINE_RE = re.compile(r"^\s*(?P<volume>\d{1,3})\s?\((?P<issue>\d{1,2})\),?\s+(?:19|20)\d{2}\s*$")
MAX_BYLINE_CHARS = 120
MIN_ARTICLES = 2
# A discovery site's citation block, one fact a line, each closed by the site's separator glyph:
# "Turkology ◽" / "2021 ◽" / "Vol 3 (107) ◽" / "pp. 19-30".
BLOCK_SEPARATORS = ("◽", "▪")
CITED_ISSUE_RE = re.compile(r"\b(?:Vol\.?|Volume|Т\.|Том)\s*\d+.*?\b(?:pp?\.|С\.|с\.|Б\.)\s*\d+", re.DOTALL)
# The labelled facts that close each item of a journal archive's listing: "Year of release: 2020",
# "Number of the journal: 2(78)", "Год выпуска: 2020", "Номер журнала: 2", "Шыққан жылы: 2020".
ITEM_CLOSER_RE = re.compile(
    r"^\s*(?:Year\s+of\s+(?:release|publication|issue)|Number\s+of\s+the\s+(?:journal|issue)|Год\s+(?:выпуска|издания)"
    r"|Номер\s+(?:журнала|выпуска)|Шыққан\s+жылы|Журнал(?:дың)?\s+нөмірі)\s*:\s*\S",
    re.IGNORECASE | re.MULTILINE,  # searched in a whole text first, then matched line by line
)


def unglue_caps_title(text: str) -> list[str]:
    """A line cut where a title in capitals runs into the text after it, else the line alone."""
    glued = GLUED_CAPS_TITLE_RE.match(text) if CAPS_OPENING_RE.match(text) else None
    if not glued or glued.end() == len(text):
        return [text]
    return [glued.group("title"), text[glued.end() :]]


def _is_byline(text: str) -> bool:
    names = names_in(text) if len(text) <= MAX_BYLINE_CHARS else []
    return bool(names) and strong_byline(text, names)


def _starts(lines: list[Line]) -> list[int]:
    """The bylines right above a title in capitals, in one pass (a caps line is rare; a name is tried only then)."""
    starts = []
    previous: int | None = None  # the last non-blank line
    for index, line in enumerate(lines):
        text = line.text
        if not text or text.isspace():
            continue
        caps = text.lstrip()[:1].isupper() and CAPS_OPENING_RE.match(text)
        if caps and previous is not None and _is_byline(lines[previous].text.strip()):
            starts.append(previous)
        previous = index
    return starts


def split_contents(lines: list[Line]) -> tuple[list[list[Line]], dict[str, str]] | None:
    """The articles of a contents page with the issue facts its head gives; None for any other text."""
    starts = _starts(lines)
    if len(starts) < MIN_ARTICLES:
        return None
    # One article's head in several languages repeats its byline (perhaps romanized) over each title: a
    # contents page lists different people over titles in one language.
    titles = [next(line.text for line in lines[i + 1 :] if line.text.strip()) for i in starts]
    if len({detect_language(unglue_caps_title(title)[0]) for title in titles}) > 1:
        return None
    bylines = [names_in(lines[i].text.strip()) for i in starts]
    seen: list[str] = []
    for names in bylines:
        if any(
            name.casefold() in map(str.casefold, seen)
            or romanized_twin(name, seen)
            or any(romanized_twin(other, [name]) for other in seen)
            for name in names
        ):
            return None
        seen += names
    facts: dict[str, str] = {}
    for line in lines[: starts[0]]:
        issue = VOLUME_ISSUE_LINE_RE.match(line.text)
        if issue:
            facts = {"volume": issue.group("volume"), "issue": issue.group("issue")}
    bounds = [*starts, len(lines)]
    return [lines[start:end] for start, end in itertools.pairwise(bounds)], facts


def split_listing(lines: list[Line]) -> list[list[Line]] | None:
    """A listing of papers, each opening with a citation block that starts with the same line (the journal's
    name): one chunk a paper, the page's head with the first; None for any other text."""
    starts: list[int] = []
    previous = ""
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        if text.endswith(BLOCK_SEPARATORS) and not previous.endswith(BLOCK_SEPARATORS):
            starts.append(index)
        previous = text
    # The journal's block repeats; the authors' blocks under it differ.
    opening = collections.Counter(lines[i].text.strip() for i in starts).most_common(1)
    if not opening or opening[0][1] < MIN_ARTICLES:
        return None
    starts = [i for i in starts if lines[i].text.strip() == opening[0][0]]
    bounds = [0, *starts[1:], len(lines)]
    return [lines[start:end] for start, end in itertools.pairwise(bounds)]


def join_name_blocks(lines: list[Line]) -> list[Line]:
    """Each run of separator-closed names joined with the name that ends it, as one byline: "Abdulkadir Ozturk ◽" /
    "Huseyin Yildiz ◽" / "Ishil Arslan" -> "Abdulkadir Ozturk, Huseyin Yildiz, Ishil Arslan"."""
    joined: list[Line] = []
    run: list[Line] = []
    for line in lines:
        text = line.text.strip()
        if text.endswith(BLOCK_SEPARATORS) or (run and text):
            run.append(line)
            if text.endswith(BLOCK_SEPARATORS):
                continue
        if run:
            joined += _joined_names(run)
            run = []
            continue
        joined.append(line)
    return joined + _joined_names(run)


def _joined_names(run: list[Line]) -> list[Line]:
    """A run of one name a line as one byline; any other run (the citation's facts) as it stands."""
    parts = [line.text.strip().rstrip("".join(BLOCK_SEPARATORS)).strip() for line in run]
    if not run or not all(len(names_in(part)) == 1 for part in parts):
        return run
    return [Line(run[0].number, ", ".join(parts))]


def split_listed_items(lines: list[Line]) -> list[list[Line]] | None:
    """A journal archive's listing: an item's closing labelled facts ("Year of release: 2020" / "Number of the
    journal: 2(78)") followed by the next item's title. One chunk an item, the page's head with the first; None
    for any other text (a single article's facts close it: nothing title-like follows them)."""
    bounds = [0]
    closing = False
    for index, line in enumerate(lines):
        text = line.text
        if not text.strip():
            continue
        if ITEM_CLOSER_RE.match(text):
            closing = True
        elif closing:
            closing = False
            if is_title_like(text):
                bounds.append(index)
    if len(bounds) < MIN_ARTICLES:
        return None
    return [lines[start:end] for start, end in itertools.pairwise([*bounds, len(lines)])]
