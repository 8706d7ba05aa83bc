"""Template helpers for article pages; the logic lives in articles.text.rendering and articles.search.snippets."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django import template
from django.core.paginator import Page
from django.utils import dateformat
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext

from articles.browse import notes
from articles.models import Article, Author, Authorship, Keyword
from articles.search.snippets import Piece
from articles.text import rendering

register = template.Library()

# Words of a fragment's text that stand for its missing title.
OPENING_WORDS = 10
# Pages listed on each side of the current one, besides the first and the last.
PAGE_WINDOW = 2


@register.filter
def body_blocks(body: str) -> list[rendering.Block]:
    return rendering.body_blocks(body)


@register.filter
def link_urls(text: str) -> SafeString:
    return rendering.link_urls(text)


@register.filter
def link_citations(text: str, numbers: set[int]) -> SafeString:
    """Escaped text whose in-text markers ([3], [1, 2]) link to the numbered references of the page."""
    return rendering.link_citations(text, numbers)


@register.filter
def reference_text(text: str, number: int | None) -> str:
    return rendering.reference_text(text, number)


@register.filter
def fragment_note(note: str) -> str:
    return notes.fragment_note(note)


@register.filter
def opening_words(text: str, count: int = OPENING_WORDS) -> str:
    """The first words of a text, with an ellipsis when there are more: what names an untitled fragment."""
    words = (text or "").split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


@register.filter
def fragment_opening(article: Article) -> str:
    """What names an untitled fragment: the opening words of its text, or of an abstract when it has no text.

    The abstract in the article's language if there is one, else the one in the reader's language, else the first.
    """
    if article.body.strip():
        return opening_words(article.body)
    reader = (get_language() or "")[:2]
    abstracts = sorted(article.abstracts.all(), key=lambda a: (a.language != article.language, a.language != reader))
    return opening_words(abstracts[0].text) if abstracts else ""


@register.filter
def publication_date(article: Article) -> str:
    """The publication date in the interface language, to the precision the source gives (day, month, year)."""
    published: datetime.date | None = article.published
    if published is None:
        return ""
    precision = article.published_precision
    if precision == Article.DatePrecision.YEAR:
        return str(published.year)
    if precision == Article.DatePrecision.MONTH:
        # Translators: a date format of a month and year, in PHP date() letters (F month, Y year)
        pattern = gettext("F Y")
    else:
        # Translators: a date format of a day, in PHP date() letters (j day, F month, E month in the genitive)
        pattern = gettext("j F Y")
    text = dateformat.format(published, pattern)
    # Kazakh writes month names in lower case ("2025 жылғы 13 қараша"); Django's catalog capitalises them.
    return text.lower() if (get_language() or "")[:2] == "kk" else text


@register.simple_tag
def page_numbers(page: Page) -> list[int | None]:
    """The page numbers a pagination bar lists: the first, the last, a window around the current; None for a gap."""
    last = page.paginator.num_pages
    wanted = {1, last, *range(page.number - PAGE_WINDOW, page.number + PAGE_WINDOW + 1)}
    numbers: list[int | None] = []
    for number in sorted(n for n in wanted if 1 <= n <= last):
        if numbers and numbers[-1] is not None and number - numbers[-1] > 1:
            numbers.append(None)
        numbers.append(number)
    return numbers


@register.filter
def highlight(pieces: Iterable[Piece]) -> str:
    """(text, marked) pieces as escaped HTML with <mark> around the matched words."""
    # What format_html_join() made, without its format() and conditional_escape() per piece: two per row of a page.
    return mark_safe("".join(f"<mark>{escape(text)}</mark>" if marked else escape(text) for text, marked in pieces))


@register.simple_tag
def keywords_for(article: Article, language: str) -> list[Keyword]:
    """The article's keywords in one language, from the prefetched rows."""
    return [keyword for keyword in article.keywords.all() if keyword.language == language]


@register.filter
def other_authors(authorships: Iterable[Authorship], author: Author) -> list[Author]:
    """The co-authors of a row on an author's own page, where the author is not repeated."""
    return [authorship.author for authorship in authorships if authorship.author_id != author.pk]


@register.simple_tag
def title_in(article: Article, language: str) -> str:
    """The article's title translated into this language (from the prefetched titles), or ""."""
    if article.language == language:
        return ""
    return next((title.title for title in article.titles.all() if title.language == language), "")
