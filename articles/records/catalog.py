"""Finding or creating the catalog entries articles point to: authors, sources and topics, and their slugs.

Shared by every writer of articles (the text import, the restore, the corpus generator).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from django.db import models
from django.utils.text import slugify

from articles.models import Author, Source, Topic
from articles.text.outlets import outlet_for
from articles.text.translit import romanize

SLUG_MAX = 80


@dataclass
class TopicDefinition:
    """A topic of the curated vocabulary (fixtures/topics.json): names, descriptions, match terms."""

    slug: str
    names: dict[str, str]
    descriptions: dict[str, str]
    terms: dict[str, list[str]]
    fallback: bool = False


def load_topic_definitions(path: Path) -> list[TopicDefinition]:
    entries = json.loads(path.read_text(encoding="utf-8"))
    return [
        TopicDefinition(e["slug"], e["name"], e["description"], e["terms"], bool(e.get("fallback"))) for e in entries
    ]


def sync_topics(definitions: list[TopicDefinition], using: str | None = None) -> None:
    """Create missing topics from the vocabulary; existing ones keep what editors wrote."""
    topics = Topic.objects.using(using) if using else Topic.objects
    for position, definition in enumerate(definitions):
        topics.get_or_create(
            slug=definition.slug,
            defaults={
                **{f"name_{code}": definition.names.get(code, "") for code in ("kk", "ru", "en")},
                **{f"description_{code}": definition.descriptions.get(code, "") for code in ("kk", "ru", "en")},
                "match_terms": definition.terms,
                "position": position,
            },
        )


def latin_slug(text: str, language: str | None = None) -> str:
    """A readable ASCII slug; the dotless ı of Kazakh Latin has no ASCII decomposition, so map it first."""
    return slugify(romanize(text, language).replace("ı", "i"))


def unique_slug(model: type[models.Model], base: str, max_length: int = SLUG_MAX) -> str:
    base = (base[:max_length].rsplit("-", 1)[0] if len(base) > max_length else base).strip("-") or "item"
    slug, counter = base, 2
    while model._default_manager.filter(slug=slug).exists():
        suffix = f"-{counter}"
        slug = base[: max_length - len(suffix)] + suffix
        counter += 1
    return slug


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


def source_named(name: str | None, *, kind: str = "", issn: str = "", url: str = "") -> Source | None:
    """The source of this name, created with what is known of it; an existing one keeps what editors wrote."""
    if not name:
        return None
    display, known_kind, known_url = outlet_for(name[: Source._meta.get_field("name").max_length])
    source, _ = Source.objects.get_or_create(
        name=display,
        defaults={
            "kind": kind or known_kind,
            "url": url or known_url,
            "issn": issn,
            "slug": unique_slug(Source, latin_slug(display)),
        },
    )
    return source
