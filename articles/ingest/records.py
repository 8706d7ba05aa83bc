"""Plain records the parsers produce and the loader writes: no database involved."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field


@dataclass
class ReferenceRecord:
    text: str
    number: int | None = None
    urls: list[str] = field(default_factory=list)
    kind: str = "numbered"  # or "citation" for an in-text author-year citation


@dataclass
class ArticleRecord:
    file: str
    position: int  # 1-based order of the record in its file: with the file, the natural key
    first_line: int
    last_line: int
    kind: str = "research_article"
    language: str | None = None
    title: str | None = None
    titles: dict[str, str] = field(default_factory=dict)  # every language the text gives, original included
    authors: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)  # aligned with authors: "" where the text ties none
    abstracts: dict[str, str] = field(default_factory=dict)
    keywords: dict[str, list[str]] = field(default_factory=dict)
    references: list[ReferenceRecord] = field(default_factory=list)
    source: str | None = None
    published: datetime.date | None = None
    is_fragment: bool = False
    fragment_note: str = ""
    body: str = ""
    topics: list[tuple[str, str]] = field(default_factory=list)  # (slug, why)
    published_precision: str = "day"  # day, month or year: how much of the date the text gives
    # Bibliographic facts the text (or the batch manifest) holds.
    journal: str | None = None  # the journal's name: the record's source, of kind journal
    issn: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    doi: str | None = None
    udc: str | None = None
    irsti: str | None = None
    url: str | None = None  # the original address
    folder: str = ""  # the folder the file was read from (set by the import command)

    @property
    def import_key(self) -> str:
        return f"{self.file}#{self.position}"
