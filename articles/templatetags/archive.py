"""Template helpers for article pages; the logic lives in articles.text.rendering and articles.search.snippets."""

from collections.abc import Iterable

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from articles.models import Article, Keyword
from articles.search.snippets import Piece
from articles.text import rendering

register = template.Library()


@register.filter
def body_blocks(body: str) -> list[rendering.Block]:
    return rendering.body_blocks(body)


@register.filter
def link_urls(text: str) -> SafeString:
    return rendering.link_urls(text)


@register.filter
def highlight(pieces: Iterable[Piece]) -> str:
    """(text, marked) pieces as escaped HTML with <mark> around the matched words."""
    return format_html_join(
        "", "{}", ((format_html("<mark>{}</mark>", text) if marked else text,) for text, marked in pieces)
    )


@register.simple_tag
def keywords_for(article: Article, language: str) -> list[Keyword]:
    """The article's keywords in one language, from the prefetched rows."""
    return [keyword for keyword in article.keywords.all() if keyword.language == language]
