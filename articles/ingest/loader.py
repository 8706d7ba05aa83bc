"""Writing parsed records into the database: idempotent, atomic, and respectful of editors' work."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.text import slugify

from articles.ingest.news import outlet_for
from articles.ingest.records import ArticleRecord
from articles.ingest.topics import TopicDefinition
from articles.records.locking import import_lock
from articles.models import (
    Abstract,
    Article,
    ArticleTitle,
    ArticleTopic,
    Author,
    Authorship,
    Keyword,
    Reference,
    Source,
    Topic,
)
from articles.backup.export import article_to_dict
from articles.search.index import index_articles
from articles.text.translit import romanize

# Fields an editor can take over; the import never writes a field named in Article.curated_fields.
CURATABLE_FIELDS = (
    "kind", "language", "title", "titles", "authors", "abstracts", "keywords", "references", "topics",
    "source", "published", "is_fragment", "fragment_note", "body", "status",
)
SLUG_MAX = 80


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
        "authors": [{"name": name, "name_latin": romanize(name)} for name in record.authors],
        "abstracts": dict(sorted(record.abstracts.items())),
        "keywords": dict(sorted(record.keywords.items())),
        "references": [
            {"number": r.number, "kind": r.kind, "text": r.text, "urls": list(r.urls)} for r in record.references
        ],
        "topics": [slug for slug, _ in record.topics],
        "source": record.source,
        "published": record.published.isoformat() if record.published else None,
        "is_fragment": record.is_fragment,
        "fragment_note": record.fragment_note,
        "body": record.body,
    }


def unique_slug(model, base: str, max_length: int = SLUG_MAX) -> str:
    base = (base[:max_length].rsplit("-", 1)[0] if len(base) > max_length else base).strip("-") or "item"
    slug, counter = base, 2
    while model.objects.filter(slug=slug).exists():
        suffix = f"-{counter}"
        slug = base[: max_length - len(suffix)] + suffix
        counter += 1
    return slug


def latin_slug(text: str, language: str | None = None) -> str:
    """A readable ASCII slug; the dotless ı of Kazakh Latin has no ASCII decomposition, so map it first."""
    return slugify(romanize(text, language).replace("ı", "i"))


def article_slug_base(record: ArticleRecord) -> str:
    if record.title:
        return latin_slug(record.title, record.language)
    opening = record.body or next(iter(record.abstracts.values()), "") or "fragment"
    words = re.findall(r"[^\W_]+", opening)[:8]
    return "fragment-" + latin_slug(" ".join(words), record.language)


def sync_topics(definitions: list[TopicDefinition]) -> None:
    """Create missing topics from the vocabulary; existing ones keep what editors wrote."""
    for position, definition in enumerate(definitions):
        Topic.objects.get_or_create(
            slug=definition.slug,
            defaults={
                **{f"name_{code}": definition.names.get(code, "") for code in ("kk", "ru", "en")},
                **{f"description_{code}": definition.descriptions.get(code, "") for code in ("kk", "ru", "en")},
                "match_terms": definition.terms,
                "position": position,
            },
        )


def author_named(name: str) -> Author:
    """The author printed as ``name``: by name, else by a spelling a merge kept as an alias, else a new one."""
    author = Author.objects.filter(name=name).first()
    if author:
        return author
    # JSON containment is not portable to SQLite; merged authors are few, so look in Python.
    for candidate in Author.objects.exclude(aliases=[]).only("pk", "aliases", "name", "slug", "name_latin"):
        if name in candidate.aliases:
            return candidate
    return Author.objects.create(
        name=name, name_latin=romanize(name), slug=unique_slug(Author, latin_slug(name) or "author")
    )


def source_named(name: str | None) -> Source | None:
    if not name:
        return None
    display, kind, url = outlet_for(name)
    source, _ = Source.objects.get_or_create(
        name=display, defaults={"kind": kind, "url": url, "slug": unique_slug(Source, latin_slug(display))}
    )
    return source


def _write_children(article: Article, record: ArticleRecord, wanted: dict, current: dict, curated: set[str]) -> None:
    def changed(name: str) -> bool:
        return name not in curated and wanted[name] != current.get(name)

    if changed("titles"):
        article.titles.all().delete()
        ArticleTitle.objects.bulk_create(
            ArticleTitle(article=article, language=lang, title=text)
            for lang, text in record.titles.items() if lang != record.language
        )
    if changed("abstracts"):
        article.abstracts.all().delete()
        Abstract.objects.bulk_create(Abstract(article=article, language=l, text=t) for l, t in record.abstracts.items())
    if changed("keywords"):
        article.keywords.all().delete()
        Keyword.objects.bulk_create(
            Keyword(article=article, language=lang, position=i, text=text)
            for lang, words in record.keywords.items() for i, text in enumerate(words)
        )
    if changed("references"):
        article.references.all().delete()
        Reference.objects.bulk_create(
            Reference(article=article, position=i, number=r.number, text=r.text, urls=r.urls, kind=r.kind)
            for i, r in enumerate(record.references)
        )
    if changed("authors"):
        article.authorships.all().delete()
        Authorship.objects.bulk_create(
            Authorship(article=article, author=author_named(name), position=i) for i, name in enumerate(record.authors)
        )
    if changed("topics"):
        article.topic_links.all().delete()
        topics = Topic.objects.in_bulk([slug for slug, _ in record.topics], field_name="slug")
        ArticleTopic.objects.bulk_create(
            ArticleTopic(article=article, topic=topics[slug], reason=why[:500])
            for slug, why in record.topics if slug in topics
        )


SCALAR_FIELDS = ("kind", "language", "title", "published", "is_fragment", "fragment_note", "body")


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
        current["authors"] = [{"name": a["name"], "name_latin": a["name_latin"]} for a in current["authors"]]
        curated = set(article.curated_fields)
        differs = [name for name in wanted if name not in curated and wanted[name] != current.get(name)]
        provenance = (record.file, record.first_line, record.last_line)
        same_place = provenance == (article.provenance_file, article.provenance_first_line, article.provenance_last_line)
        if not differs and same_place:
            return "unchanged", article
        outcome = "updated"
    for name in SCALAR_FIELDS:
        if name not in curated:
            value = getattr(record, name)
            setattr(article, name, value if value is not None or name in ("language", "published") else "")
    if "source" not in curated:
        article.source = source_named(record.source)
    article.provenance_file = record.file
    article.provenance_first_line = record.first_line
    article.provenance_last_line = record.last_line
    article.save()
    _write_children(article, record, wanted, current, curated)
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
