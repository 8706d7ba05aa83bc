"""The one writer of an article's parts: titles, abstracts, keywords, references, authorships and topics.

The text import, the restore and the corpus generator all write through
``write_parts``, so the parts are numbered one way (positions count from 0,
keywords per language) and limited one way (a topic's reason is cut to its
column's length), whoever writes them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import DEFAULT_DB_ALIAS, models

from articles.models import Abstract, Article, ArticleTitle, ArticleTopic, Authorship, Keyword, Reference

# The parts in the order they are written; the names are those of the export and of curated_fields.
PART_MODELS: dict[str, type[models.Model]] = {
    "titles": ArticleTitle,
    "abstracts": Abstract,
    "keywords": Keyword,
    "references": Reference,
    "authors": Authorship,
    "topics": ArticleTopic,
}
REASON_MAX = ArticleTopic._meta.get_field("reason").max_length or 500
KEYWORD_MAX = Keyword._meta.get_field("text").max_length or 300
AFFILIATION_MAX = Authorship._meta.get_field("affiliation").max_length or 300


@dataclass
class ArticleParts:
    """What an article holds in other tables, in the export's shape (authors and topics by id)."""

    titles: dict[str, str] = field(default_factory=dict)  # language -> a title other than the article's own
    abstracts: dict[str, str] = field(default_factory=dict)
    keywords: dict[str, list[str]] = field(default_factory=dict)  # language -> keywords in order
    references: list[dict[str, Any]] = field(default_factory=list)  # {"text", "number", "kind", "urls"}
    authors: list[int] = field(default_factory=list)  # author ids in byline order
    affiliations: list[str] = field(default_factory=list)  # aligned with authors; "" (or missing) when unknown
    topics: list[tuple[int, str]] = field(default_factory=list)  # (topic id, why it was assigned)


def part_rows(article: Article, parts: ArticleParts) -> dict[str, list[models.Model]]:
    """The unsaved rows of each part of one article."""
    return {
        "titles": [ArticleTitle(article=article, language=lang, title=text) for lang, text in parts.titles.items()],
        "abstracts": [Abstract(article=article, language=lang, text=text) for lang, text in parts.abstracts.items()],
        "keywords": [
            Keyword(article=article, language=lang, position=position, text=text[:KEYWORD_MAX])
            for lang, texts in parts.keywords.items()
            for position, text in enumerate(texts)
        ],
        "references": [
            Reference(
                article=article,
                position=position,
                number=reference.get("number"),
                kind=reference.get("kind") or Reference.Kind.NUMBERED,
                text=reference["text"],
                urls=list(reference.get("urls") or []),
            )
            for position, reference in enumerate(parts.references)
        ],
        "authors": [
            Authorship(
                article=article,
                author_id=author_id,
                position=position,
                affiliation=(parts.affiliations[position] if position < len(parts.affiliations) else "")[
                    :AFFILIATION_MAX
                ],
            )
            for position, author_id in enumerate(parts.authors)
        ],
        "topics": [
            ArticleTopic(article=article, topic_id=topic_id, reason=reason[:REASON_MAX])
            for topic_id, reason in parts.topics
        ],
    }


def write_parts(
    articles: Iterable[tuple[Article, ArticleParts]],
    *,
    skip: Collection[str] = (),
    using: str = DEFAULT_DB_ALIAS,
    batch_size: int | None = None,
) -> None:
    """Replace the parts of saved articles with these, except the parts named in ``skip``.

    The import skips the parts an editor curated and those it left as they
    were; the generator passes a batch of new articles at once.
    """
    rows: dict[str, list[models.Model]] = defaultdict(list)
    article_ids = []
    for article, parts in articles:
        article_ids.append(article.pk)
        for name, part in part_rows(article, parts).items():
            if name not in skip:
                rows[name].extend(part)
    for name, model in PART_MODELS.items():
        if name in skip:
            continue
        model._default_manager.using(using).filter(article_id__in=article_ids).delete()
        model._default_manager.using(using).bulk_create(rows[name], batch_size=batch_size)
