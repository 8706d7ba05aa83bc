"""Restoring the JSON Lines that export_articles writes: the archive back, curated work included.

Every line is checked before anything is written; then one transaction
writes them all (articles found again by slug), so a broken file changes
nothing and a restore into a fresh database followed by an export gives the
same bytes as the export it came from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from django.db import transaction

from articles.backup.schema import check_line
from articles.models import Article, Topic
from articles.records.catalog import author_named, load_topic_definitions, source_named, sync_topics
from articles.records.locking import import_lock
from articles.records.parts import ArticleParts, write_parts
from articles.search.index import index_articles


class RestoreError(ValueError):
    """A line of the file is not an exported article; the message names the line."""


@dataclass
class RestoreReport:
    created: int = 0
    updated: int = 0


MAX_REPORTED = 20


def parse_lines(lines: Iterable[str]) -> list[dict[str, Any]]:
    """The exported objects of a JSON Lines text, every line checked against the schema; raises RestoreError.

    Nothing is restored from a file with any problem: every problem (up to MAX_REPORTED) is named, as
    "line N, field F: what is wrong"; slugs and import keys must be unique across the file.
    """
    items: list[dict[str, Any]] = []
    problems: list[str] = []
    slugs: dict[str, int] = {}
    keys: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        item, found = check_line(line, number)
        problems += found
        if item is None:
            continue
        for value, seen, field in ((item["slug"], slugs, "slug"), (item["import_key"], keys, "import_key")):
            if value is not None and value in seen:
                problems.append(f"line {number}, field {field}: {value!r} is already on line {seen[value]}.")
            elif value is not None:
                seen[value] = number
        items.append(item)
    if problems:
        more = f"\n… and {len(problems) - MAX_REPORTED} more." if len(problems) > MAX_REPORTED else ""
        raise RestoreError("Nothing was restored:\n" + "\n".join(problems[:MAX_REPORTED]) + more)
    return items


def _parts(article: Article, item: dict[str, Any]) -> ArticleParts:
    """The parts of an export object for the writer; the authors' Latin names and aliases are restored too."""
    author_ids = []
    for person in item["authors"]:
        author = author_named(person["name"])
        aliases = list(dict.fromkeys([*author.aliases, *(person.get("aliases") or [])]))
        if person.get("name_latin") != author.name_latin or aliases != author.aliases:
            author.name_latin, author.aliases = person.get("name_latin") or "", aliases
            author.save(update_fields=["name_latin", "aliases"])
        author_ids.append(author.pk)
    topics = Topic.objects.in_bulk(item["topics"], field_name="slug")
    unknown = [slug for slug in item["topics"] if slug not in topics]
    if unknown:
        raise RestoreError(f"Article {item['slug']}: unknown topics {', '.join(unknown)}.")
    return ArticleParts(
        titles={
            language: text
            for language, text in item["titles"].items()
            if not (language == article.language and text == article.title)
        },
        abstracts=dict(item["abstracts"]),
        keywords={language: list(texts) for language, texts in item["keywords"].items()},
        references=list(item["references"]),
        authors=author_ids,
        affiliations=[person.get("affiliation") or "" for person in item["authors"]],
        topics=[(topics[slug].pk, item["topic_reasons"].get(slug, "")) for slug in item["topics"]],
    )


def restore_item(item: dict[str, Any]) -> tuple[bool, Article]:
    provenance = item["provenance"]
    article, created = Article.objects.update_or_create(
        slug=item["slug"],
        defaults={
            "kind": item["kind"],
            "language": item["language"],
            "title": item["title"] or "",
            "body": item["body"] or "",
            "published": date.fromisoformat(item["published"]) if item["published"] else None,
            "source": source_named(item["source"], **(item["source_details"] or {})),
            "published_precision": item["published_precision"],
            "volume": item["volume"],
            "issue": item["issue"],
            "pages": item["pages"],
            "doi": item["doi"],
            "udc": item["udc"],
            "irsti": item["irsti"],
            "original_url": item["original_url"],
            "is_fragment": bool(item["is_fragment"]),
            "fragment_note": item["fragment_note"] or "",
            "status": item["status"],
            "curated_fields": list(item["curated_fields"]),
            "reviewed_at": datetime.fromisoformat(item["reviewed_at"]) if item["reviewed_at"] else None,
            "import_key": item["import_key"],
            "provenance_file": provenance.get("file") or "",
            "provenance_first_line": provenance.get("first_line"),
            "provenance_last_line": provenance.get("last_line"),
        },
    )
    write_parts([(article, _parts(article, item))])
    return created, article


def restore_articles(items: list[dict[str, Any]], topics_file: Path) -> RestoreReport:
    """Write checked export objects in one transaction, then index them; returns the counts."""
    report = RestoreReport()
    with transaction.atomic():
        import_lock()
        sync_topics(load_topic_definitions(topics_file))
        ids = []
        for item in items:
            created, article = restore_item(item)
            ids.append(article.pk)
            if created:
                report.created += 1
            else:
                report.updated += 1
        index_articles(ids)
    return report
