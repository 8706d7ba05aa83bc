"""What a line of a backup (export_articles) may hold, checked whole before anything is restored.

pydantic in strict mode: a number is not a title, "no" is not a boolean, a string is not a list of keywords.
Lengths follow the columns; slugs, language codes, URL schemes and line numbers are checked; unknown keys
are refused. Every violation is reported as "line N, field F: what is wrong".
"""

from __future__ import annotations

import datetime
import json
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from articles.models import Article, Reference
from articles.models.article import CURATABLE_FIELDS

Language = Literal["kk", "ru", "en"]
SLUG = r"^[-a-zA-Z0-9_]+$"
Slug = Annotated[str, StringConstraints(min_length=1, max_length=120, pattern=SLUG)]
TopicSlug = Annotated[str, StringConstraints(min_length=1, max_length=100, pattern=SLUG)]
Short = Annotated[str, StringConstraints(max_length=200)]


def _web_address(value: str) -> str:
    # "www." as the importer finds it in reference lists; pages link it as http://www.…
    if value and not value.lower().startswith(("http://", "https://", "www.")):
        raise ValueError("only http:// and https:// addresses are kept")
    return value


WebAddress = Annotated[str, StringConstraints(max_length=500), AfterValidator(_web_address)]


def _iso_date(value: str) -> str:
    datetime.date.fromisoformat(value)  # raises ValueError: reported as the field's problem
    return value


def _iso_moment(value: str) -> str:
    datetime.datetime.fromisoformat(value)
    return value


class Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")


class AuthorLine(Strict):
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    name_latin: Short = ""
    aliases: list[Short] = []
    # Added with migration 0014: a backup written before it restores with no affiliations.
    affiliation: Annotated[str, StringConstraints(max_length=300)] = ""


class ReferenceLine(Strict):
    number: Annotated[int, Field(ge=0, le=1_000_000)] | None = None
    kind: Literal[tuple(Reference.Kind.values)] = "numbered"  # type: ignore[valid-type]
    text: Annotated[str, StringConstraints(min_length=1)]
    urls: list[WebAddress] = []


class SourceDetails(Strict):
    kind: Literal["journal", "news_outlet", "news_agency", "government", "other"]
    issn: Annotated[str, StringConstraints(max_length=9)] = ""
    url: WebAddress = ""


class Provenance(Strict):
    file: Annotated[str, StringConstraints(max_length=255)] | None = None
    first_line: Annotated[int, Field(ge=1, le=100_000_000)] | None = None
    last_line: Annotated[int, Field(ge=1, le=100_000_000)] | None = None


class BackupLine(Strict):
    """One exported article. Dates are ISO strings, as export_articles writes them."""

    slug: Slug
    kind: Literal[tuple(Article.Kind.values)]  # type: ignore[valid-type]
    language: Language | None
    title: str | None
    titles: dict[Language, str]
    authors: list[AuthorLine]
    abstracts: dict[Language, str]
    keywords: dict[Language, list[Annotated[str, StringConstraints(min_length=1, max_length=300)]]]
    references: list[ReferenceLine]
    topics: list[TopicSlug]
    source: Short | None
    source_details: SourceDetails | None = None
    published: Annotated[str, AfterValidator(_iso_date)] | None
    published_precision: Literal["day", "month", "year"] = "day"
    volume: Annotated[str, StringConstraints(max_length=30)] = ""
    issue: Annotated[str, StringConstraints(max_length=30)] = ""
    pages: Annotated[str, StringConstraints(max_length=30)] = ""
    doi: Annotated[str, StringConstraints(max_length=200)] = ""
    udc: Annotated[str, StringConstraints(max_length=100)] = ""
    irsti: Annotated[str, StringConstraints(max_length=50)] = ""
    original_url: WebAddress = ""
    is_fragment: bool
    fragment_note: str
    body: str
    provenance: Provenance
    status: Literal[tuple(Article.Status.values)]  # type: ignore[valid-type]
    curated_fields: list[Literal[CURATABLE_FIELDS]]  # type: ignore[valid-type]
    reviewed_at: Annotated[str, AfterValidator(_iso_moment)] | None
    import_key: Annotated[str, StringConstraints(min_length=1, max_length=300)] | None
    topic_reasons: dict[TopicSlug, Annotated[str, StringConstraints(max_length=500)]]


def _field(location: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in location) or "line"


def check_line(text: str, number: int) -> tuple[dict[str, Any] | None, list[str]]:
    """The line as a checked dict (None when it is wrong), and its violations as "line N, field F: …"."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return None, [f"line {number}: not JSON ({error.msg})."]
    except RecursionError:
        return None, [f"line {number}: the JSON is nested too deeply."]
    try:
        line = BackupLine.model_validate(data)
    except ValidationError as error:
        return None, [f"line {number}, field {_field(e['loc'])}: {e['msg']}." for e in error.errors()]
    except RecursionError:
        return None, [f"line {number}: the JSON is nested too deeply."]
    item = line.model_dump()
    problems = []
    first, last = line.provenance.first_line, line.provenance.last_line
    if first is not None and last is not None and last < first:
        problems.append(f"line {number}, field provenance.last_line: comes before provenance.first_line.")
    unknown_reasons = set(line.topic_reasons) - set(line.topics)
    if unknown_reasons:
        problems.append(
            f"line {number}, field topic_reasons: reasons for topics not listed: {sorted(unknown_reasons)}."
        )
    return (None if problems else item), problems
