"""An article's bibliographic record, read once: where it appeared, with what the archive knows of it.

Every citation format, the page's metadata and its reference line read this, so they agree.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from articles.models import Article, Source

PAGES_RE = re.compile(r"^\s*(?P<first>[\w.]+)(?:\s*[-–—]\s*(?P<last>[\w.]+))?\s*$")


@dataclass(frozen=True)
class Record:
    """Where and when an article appeared; empty strings and None where nothing is known."""

    container: str  # the journal's or outlet's name
    in_journal: bool  # the container is a journal: a journal article, citable with volume, issue and pages
    issn: str
    volume: str
    issue: str
    first_page: str
    last_page: str
    doi: str
    date: datetime.date | None
    precision: str  # day, month or year
    original_url: str

    @property
    def pages(self) -> str:
        return f"{self.first_page}–{self.last_page}" if self.last_page else self.first_page

    @property
    def doi_url(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else ""

    def date_parts(self) -> list[int]:
        """[year], [year, month] or [year, month, day]: as much as the source gives."""
        if self.date is None:
            return []
        parts = [self.date.year, self.date.month, self.date.day]
        return parts[: {"year": 1, "month": 2}.get(self.precision, 3)]


def record_of(article: Article) -> Record:
    source = article.source
    pages = PAGES_RE.match(article.pages or "")
    in_journal = bool(source and source.kind == Source.Kind.JOURNAL) or (
        article.kind == Article.Kind.RESEARCH_ARTICLE and bool(source) and bool(article.volume or article.issue)
    )
    return Record(
        container=source.name if source else "",
        in_journal=in_journal,
        issn=source.issn if source else "",
        volume=article.volume,
        issue=article.issue,
        first_page=pages.group("first") if pages else (article.pages or ""),
        last_page=(pages.group("last") or "") if pages else "",
        doi=article.doi,
        date=article.published,
        precision=article.published_precision if article.published else "day",
        original_url=article.original_url,
    )


def reference_line(record: Record, vol: str, no: str, pp: str) -> list[str]:
    """The parts of "Journal · 2019 · Vol. 12 · No. 3 · pp. 45–52" (labels in the interface language)."""
    parts = [record.container] if record.container else []
    if record.date:
        parts.append(str(record.date.year))
    if record.volume:
        parts.append(f"{vol} {record.volume}")
    if record.issue:
        parts.append(f"{no} {record.issue}")
    if record.first_page:
        parts.append(f"{pp} {record.pages}")
    return parts
