"""Template helpers for the article page's head tags and citation box (logic in metadata.py, citations.py)."""

from typing import Any

from django import template
from django.utils.translation import gettext

from articles.interop import bibliography, metadata, styles
from articles.models import Article
from articles.text.rendering import safe_href

register = template.Library()


@register.simple_tag(takes_context=True)
def article_head_metadata(context: template.Context, article: Article) -> dict[str, Any]:
    """Highwire and Dublin Core rows, hreflang alternates and the JSON-LD script of an article page."""
    return metadata.head_metadata(article, context["request"])


@register.simple_tag(takes_context=True)
def article_citations(context: template.Context, article: Article) -> dict[str, str]:
    """The article's reference in GOST R 7.0.5–2008 and in APA."""
    url = metadata.article_url(context["request"], article)
    return {"gost": styles.gost(article, url), "apa": styles.apa(article, url)}


@register.simple_tag
def publication_line(article: Article) -> dict[str, Any]:
    """Where the article appeared, for its page: "Journal · 2019 · Vol. 12 · No. 3 · pp. 45–52", DOI and original."""
    record = bibliography.record_of(article)
    parts = bibliography.reference_line(record, gettext("Vol."), gettext("No."), gettext("pp."))
    return {
        "line": " · ".join(parts) if (record.volume or record.issue or record.first_page) else "",
        "doi": record.doi,
        "doi_url": record.doi_url,
        "original": safe_href(record.original_url) if record.original_url else None,
    }
