"""References: numbered entries, their URLs, and in-text author-year citations when no list exists."""

from __future__ import annotations

import re

from articles.ingest.cues import KZ_LOWER, KZ_UPPER
from articles.ingest.layout import Paragraph
from articles.ingest.records import ReferenceRecord

NUMBERED_RE = re.compile(r"^\s*(\d{1,3})\.\s+(\S.*)$", re.DOTALL)
_URL_RE = re.compile(r"<\s*((?:https?://|www\.)[^>\s]+)\s*>|((?:https?://|www\.)[^\s<>«»\"]+)", re.IGNORECASE)
_URL_TAIL = ".,;:)]}»"
NUMBERED_CITATION_RE = re.compile(r"\[\d+(?:\s*[,;–-]\s*\d+)*\]")
_YEAR = r"(?:1[89]|20)\d{2}[a-zа-я]?"
_AUTHOR_YEAR_RE = re.compile(rf"^(?P<who>[{KZ_UPPER}][^()\d]{{1,120}}?)\s*,\s*(?P<year>{_YEAR})$")
_PARENTHESES_RE = re.compile(r"\(([^()]{3,300})\)")
# "Башмаков А.А. Title…, 2013." — a full bibliographic entry quoted as a table cell or list line.
_ENTRY_RE = re.compile(
    rf"^(?P<who>[{KZ_UPPER}][{KZ_LOWER}]+\s+[A-ZА-ЯЁ]\.\s?(?:[A-ZА-ЯЁ]\.)?"
    rf"(?:,\s*[{KZ_UPPER}][{KZ_LOWER}]+\s+[A-ZА-ЯЁ]\.\s?(?:[A-ZА-ЯЁ]\.)?)*)\s+\S.*?(?P<year>"
    rf"{_YEAR})\b"
)


def extract_urls(text: str) -> list[str]:
    """URLs in order of appearance: angle-bracket wrappers stripped, trailing punctuation dropped."""
    urls: list[str] = []
    for match in _URL_RE.finditer(text):
        url = (match.group(1) or match.group(2)).rstrip(_URL_TAIL)
        if match.group(2) and url.count(")") < url.count("("):
            url += ")"
        if url not in urls:
            urls.append(url)
    return urls


def numbered_reference(paragraph: str) -> ReferenceRecord | None:
    match = NUMBERED_RE.match(paragraph)
    if not match:
        return None
    text = paragraph.strip()
    return ReferenceRecord(text=text, number=int(match.group(1)), urls=extract_urls(text))


def find_reference_run(paragraphs: list[Paragraph]) -> int | None:
    """Index of the paragraph that opens the last run of consecutively numbered entries, if any."""
    best: int | None = None
    index = 0
    while index < len(paragraphs):
        match = NUMBERED_RE.match(paragraphs[index].text)
        if not match:
            index += 1
            continue
        start, expected, run = index, int(match.group(1)) + 1, 1
        index += 1
        while index < len(paragraphs):
            following = NUMBERED_RE.match(paragraphs[index].text)
            if following and int(following.group(1)) == expected:
                expected += 1
                run += 1
            elif following:
                break
            index += 1
        if run >= 2 or (start == 0 and run == 1):
            best = start
    return best


def _surname(who: str) -> str:
    words = [w for w in re.findall(r"[^\W\d_]+", who) if len(w) > 1]
    return words[0].lower() if words else who.lower()


def in_text_citations(paragraphs: list[str]) -> list[ReferenceRecord]:
    """One reference per distinct work cited as (Author, Year), quoted as a full entry, or cited by URL."""
    found: dict[tuple[str, str], ReferenceRecord] = {}
    for text in paragraphs:
        entry = _ENTRY_RE.match(text)
        if entry:
            key = (_surname(entry.group("who")), entry.group("year"))
            record = ReferenceRecord(text=text.strip(), urls=extract_urls(text), kind="citation")
            if key in found and found[key].kind == "citation" and len(found[key].text) < len(record.text):
                found[key].text, found[key].urls = record.text, record.urls
            found.setdefault(key, record)
            continue
        for match in _PARENTHESES_RE.finditer(text):
            content = " ".join(match.group(1).split())
            urls = extract_urls(content)
            author_year = _AUTHOR_YEAR_RE.match(content)
            if author_year:
                key = (_surname(author_year.group("who")), author_year.group("year"))
            elif urls:
                key = (urls[0].lower(), "")
            else:
                continue
            found.setdefault(key, ReferenceRecord(text=content, urls=urls, kind="citation"))
    return list(found.values())
