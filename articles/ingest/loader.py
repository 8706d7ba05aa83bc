"""Writing parsed records into the database: idempotent, atomic, and respectful of editors' work."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import transaction

from articles.backup.export import article_to_dict
from articles.ingest.records import ArticleRecord
from articles.models import Article, Topic
from articles.records.catalog import TopicDefinition, author_named, latin_slug, source_named, sync_topics, unique_slug
from articles.records.locking import import_lock
from articles.records.parts import AFFILIATION_MAX, PART_MODELS, ArticleParts, write_parts
from articles.search.index import index_articles
from articles.text.translit import romanize


class ImportCollision(ValueError):
    """A file of the same name as an imported one, from another folder: another text, not a new version."""


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    slugs: dict[str, list[str]] = field(default_factory=lambda: {"created": [], "updated": [], "unchanged": []})

    def count(self, outcome: str, slug: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)
        self.slugs[outcome].append(slug)


def record_to_dict(record: ArticleRecord) -> dict:
    """The record in the export shape, without slug and provenance, for comparison with the database."""
    return {
        "kind": record.kind,
        "language": record.language,
        "title": record.title or None,
        "titles": dict(sorted(record.titles.items())) if record.titles else {},
        "authors": [
            {"name": name, "name_latin": romanize(name), "affiliation": affiliation}
            for name, affiliation in zip(record.authors, record_affiliations(record), strict=True)
        ],
        "abstracts": dict(sorted(record.abstracts.items())),
        "keywords": dict(sorted(record.keywords.items())),
        "references": [
            {"number": r.number, "kind": r.kind, "text": r.text, "urls": list(r.urls)} for r in record.references
        ],
        "topics": [slug for slug, _ in record.topics],
        "source": record.journal or record.source,
        "source_details": source_details(record),
        "published": record.published.isoformat() if record.published else None,
        "published_precision": record.published_precision if record.published else "day",
        "volume": record.volume or "",
        "issue": record.issue or "",
        "pages": record.pages or "",
        "doi": record.doi or "",
        "udc": record.udc or "",
        "irsti": record.irsti or "",
        "original_url": record.url or "",
        "is_fragment": record.is_fragment,
        "fragment_note": record.fragment_note,
        "body": record.body,
    }


def record_affiliations(record: ArticleRecord) -> list[str]:
    """Each author's affiliation, aligned with the authors ("" when the text ties none to them), cut to the column."""
    given = record.affiliations[: len(record.authors)]
    return [text[:AFFILIATION_MAX] for text in given] + [""] * (len(record.authors) - len(given))


def article_slug_base(record: ArticleRecord) -> str:
    if record.title:
        return latin_slug(record.title, record.language)
    opening = record.body or next(iter(record.abstracts.values()), "") or "fragment"
    words = re.findall(r"[^\W_]+", opening)[:8]
    return "fragment-" + latin_slug(" ".join(words), record.language)


def record_parts(record: ArticleRecord) -> ArticleParts:
    """The parts of a record for the writer: authors found or created, topics the vocabulary knows."""
    topics = Topic.objects.in_bulk([slug for slug, _ in record.topics], field_name="slug")
    return ArticleParts(
        titles={lang: text for lang, text in record.titles.items() if lang != record.language},
        abstracts=dict(record.abstracts),
        keywords={lang: list(words) for lang, words in record.keywords.items()},
        references=[{"number": r.number, "kind": r.kind, "text": r.text, "urls": r.urls} for r in record.references],
        authors=[author_named(name).pk for name in record.authors],
        affiliations=record_affiliations(record),
        topics=[(topics[slug].pk, why) for slug, why in record.topics if slug in topics],
    )


FOLDER_MAX = 500
SCALAR_FIELDS = ("kind", "language", "title", "published", "is_fragment", "fragment_note", "body")
# Fields the record holds under the model's name, as text ("" when the text does not give them).
BIBLIOGRAPHIC_FIELDS = {
    "volume": "volume",
    "issue": "issue",
    "pages": "pages",
    "doi": "doi",
    "udc": "udc",
    "irsti": "irsti",
    "original_url": "url",
}


FIELD_LIMITS = {name: Article._meta.get_field(name).max_length or 500 for name in BIBLIOGRAPHIC_FIELDS}  # type: ignore[union-attr]


def source_details(record: ArticleRecord) -> dict[str, str] | None:
    """What the archive records about the record's journal (its kind and ISSN), or None for other sources."""
    if not record.journal:
        return None
    return {"kind": "journal", "issn": record.issn or "", "url": ""}


def load_record(record: ArticleRecord) -> tuple[str, Article]:
    """Create or update one article from its record; returns ("created"|"updated"|"unchanged", article)."""
    wanted = record_to_dict(record)
    article = Article.objects.for_export().filter(import_key=record.import_key).first()
    if article is None:
        article = Article(import_key=record.import_key, slug=unique_slug(Article, article_slug_base(record)))
        current: dict = {}
        curated: set[str] = set()
        outcome = "created"
    else:
        current = article_to_dict(article)
        # A record knows names only; other spellings kept by a merge are the author's, not the text's.
        current["authors"] = [
            {"name": a["name"], "name_latin": a["name_latin"], "affiliation": a["affiliation"]}
            for a in current["authors"]
        ]
        if article.provenance_folder and record.folder and article.provenance_folder != record.folder:
            raise ImportCollision(
                f"{record.file}: an article was imported from a file of this name in {article.provenance_folder}; "
                f"this one is in {record.folder}. Rename the file to import it as another text. Nothing was imported."
            )
        curated = set(article.curated_fields)
        differs = [name for name in wanted if name not in curated and wanted[name] != current.get(name)]
        provenance = (record.file, record.first_line, record.last_line)
        same_place = (
            provenance
            == (
                article.provenance_file,
                article.provenance_first_line,
                article.provenance_last_line,
            )
            and article.provenance_folder == record.folder[:FOLDER_MAX]
        )
        if not differs and same_place:
            return "unchanged", article
        outcome = "updated"
    for name in SCALAR_FIELDS:
        if name not in curated:
            value = getattr(record, name)
            setattr(article, name, value if value is not None or name in ("language", "published") else "")
    if "published" not in curated:
        article.published_precision = record.published_precision if record.published else "day"
    for name, attribute in BIBLIOGRAPHIC_FIELDS.items():
        if name not in curated:
            # A value longer than its column is damage from the text (a run-on code); PostgreSQL would refuse it.
            setattr(article, name, (getattr(record, attribute) or "")[: FIELD_LIMITS[name]])
    if "source" not in curated:
        article.source = (
            source_named(record.journal, kind="journal", issn=record.issn or "")
            if record.journal
            else source_named(record.source)
        )
    article.provenance_file = record.file
    article.provenance_folder = record.folder[:FOLDER_MAX]
    article.provenance_first_line = record.first_line
    article.provenance_last_line = record.last_line
    article.save()
    # Curated parts and parts the text left as they were are not rewritten.
    unchanged = {name for name in PART_MODELS if name not in curated and wanted[name] == current.get(name)}
    write_parts([(article, record_parts(record))], skip=curated | unchanged)
    return outcome, article


def load_records(
    records: list[ArticleRecord],
    topics: list[TopicDefinition],
    *,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Write all records in one transaction; with dry_run, report and roll back.

    The search documents of created and updated articles are rewritten in the
    same transaction (bulk paths, no signals), so a search never sees an
    article without its index entry or the other way round.
    """
    report = ImportReport()
    with transaction.atomic():
        import_lock()  # a concurrent import waits here, then finds the articles this one wrote
        sync_topics(topics)
        touched: list[int] = []
        for done, record in enumerate(records, start=1):
            outcome, article = load_record(record)
            report.count(outcome, article.slug)
            if outcome != "unchanged":
                touched.append(article.pk)
            if progress:
                progress(done, len(records))
        index_articles(touched)
        if dry_run:
            transaction.set_rollback(True)
    return report
