"""Template helpers for article pages; the logic lives in articles.rendering."""

from django import template

from articles import rendering

register = template.Library()


@register.filter
def body_blocks(body: str) -> list[rendering.Block]:
    return rendering.body_blocks(body)


@register.filter
def link_urls(text: str):
    return rendering.link_urls(text)


@register.simple_tag
def keywords_for(article, language: str) -> list:
    """The article's keywords in one language, from the prefetched rows."""
    return [keyword for keyword in article.keywords.all() if keyword.language == language]
