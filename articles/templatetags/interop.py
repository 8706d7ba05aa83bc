"""Template helpers for the article page's head tags and citation box (logic in metadata.py, citations.py)."""

from typing import Any

from django import template

from articles.interop import metadata, styles
from articles.models import Article

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
