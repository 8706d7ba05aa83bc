"""The archive's portable form: one JSON object per article, as `export_articles` writes it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from articles.models import Article

# Added with the bibliographic record (migration 0009): a backup written before them restores without them.
BIBLIOGRAPHIC_KEYS = (
    "source_details",
    "published_precision",
    "volume",
    "issue",
    "pages",
    "doi",
    "udc",
    "irsti",
    "original_url",
)
# Every key of an exported article, in the order written.
EXPORT_KEYS = (
    "slug",
    "kind",
    "language",
    "title",
    "titles",
    "authors",
    "abstracts",
    "keywords",
    "references",
    "topics",
    "source",
    "source_details",
    "published",
    *BIBLIOGRAPHIC_KEYS[1:],
    "is_fragment",
    "fragment_note",
    "body",
    "provenance",
    # What editors did and where the import will look the article up again (restored by import_articles).
    "status",
    "curated_fields",
    "reviewed_at",
    "import_key",
    "topic_reasons",
)


def article_to_dict(article: Article) -> dict[str, Any]:
    """The export object of one article; expects the relations of `Article.objects.for_export()`."""
    titles = {}
    if article.language and article.title:
        titles[article.language] = article.title
    for title in sorted(article.titles.all(), key=lambda t: t.language):
        titles.setdefault(title.language, title.title)
    keywords: dict[str, list[str]] = {}
    for keyword in sorted(article.keywords.all(), key=lambda k: (k.language, k.position)):
        keywords.setdefault(keyword.language, []).append(keyword.text)
    return {
        "slug": article.slug,
        "kind": article.kind,
        "language": article.language,
        "title": article.title or None,
        "titles": titles,
        "authors": [
            {
                "name": a.author.name,
                "name_latin": a.author.name_latin,
                "aliases": list(a.author.aliases),
                "affiliation": a.affiliation,
            }
            for a in article.authorships.all()
        ],
        "abstracts": {a.language: a.text for a in sorted(article.abstracts.all(), key=lambda a: a.language)},
        "keywords": keywords,
        "references": [
            {"number": r.number, "kind": r.kind, "text": r.text, "urls": list(r.urls)}
            for r in sorted(article.references.all(), key=lambda r: r.position)
        ],
        "topics": [link.topic.slug for link in sorted(article.topic_links.all(), key=lambda l: l.pk)],
        "source": article.source.name if article.source else None,
        "source_details": (
            {"kind": article.source.kind, "issn": article.source.issn, "url": article.source.url}
            if article.source and article.source.kind == "journal"
            else None
        ),
        "published": article.published.isoformat() if article.published else None,
        "published_precision": article.published_precision,
        "volume": article.volume,
        "issue": article.issue,
        "pages": article.pages,
        "doi": article.doi,
        "udc": article.udc,
        "irsti": article.irsti,
        "original_url": article.original_url,
        "is_fragment": article.is_fragment,
        "fragment_note": article.fragment_note,
        "body": article.body,
        "provenance": {
            "file": article.provenance_file or None,
            "first_line": article.provenance_first_line,
            "last_line": article.provenance_last_line,
        },
        "status": article.status,
        "curated_fields": sorted(article.curated_fields),
        "reviewed_at": article.reviewed_at.isoformat() if article.reviewed_at else None,
        "import_key": article.import_key,
        "topic_reasons": {
            link.topic.slug: link.reason for link in sorted(article.topic_links.all(), key=lambda l: l.pk)
        },
    }


def export_articles(batch_size: int = 500) -> Iterator[dict[str, Any]]:
    """Every article, sorted by slug, a batch of queries per `batch_size` articles."""
    queryset = Article.objects.for_export().order_by("slug")
    yield from (article_to_dict(article) for article in queryset.iterator(chunk_size=batch_size))
