"""/sitemap.xml: an index of sitemap pages listing article, author and topic pages in every interface language.

Each page stays within the protocol's 50,000 addresses: an item is listed once per interface language, with
its alternates. Items are read with only the columns their addresses need (never an article's body), and
pages are cached until the archive changes (articles.interop.views).
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from html import escape
from typing import Any, overload
from urllib.parse import quote

from django.contrib.sitemaps import Sitemap
from django.db.models import Max, QuerySet
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from articles.models import Article, Author, Topic

_SLUG_PLACEHOLDER = "slug-placeholder"


class _EveryLanguage(Sequence[tuple[Any, str]]):
    """The (item, language) pairs of a queryset's items in every language, read one page at a time."""

    def __init__(self, items: QuerySet[Any], languages: Sequence[str]) -> None:
        self.items, self.languages = items, languages

    def __len__(self) -> int:
        return self.items.count() * len(self.languages)

    @overload
    def __getitem__(self, index: int) -> tuple[Any, str]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[Any, str]]: ...
    def __getitem__(self, index: int | slice) -> tuple[Any, str] | Sequence[tuple[Any, str]]:
        if isinstance(index, int):
            return self[index : index + 1][0]
        # Django's Paginator always slices [bottom:top]; a count is needed only for an open end.
        start, stop = index.start or 0, len(self) if index.stop is None else index.stop
        per_item = len(self.languages)
        first = start // per_item
        items = self.items[first : -(-stop // per_item)]
        pairs = [(item, language) for item in items for language in self.languages]
        return pairs[start - first * per_item : stop - first * per_item]


class _Multilingual(Sitemap):
    url_name: str  # the item's page, whose one argument is its slug
    i18n = True  # one <url> per interface language (settings.LANGUAGES)
    alternates = True  # each with <xhtml:link rel="alternate" hreflang> to the others
    x_default = True
    # Addresses per page (with i18n Django pages the (item, language) pairs): 1,000 addresses of about 720
    # bytes with their alternates, about 0.7 MB, well within the protocol's 50,000 addresses and 50 MB and
    # built in a few hundred milliseconds; 100,000 articles make 300 pages, far from an index's 50,000.
    limit = 1_000

    def __init__(self) -> None:
        self._address_by_language: dict[str, str] = {}

    def _items(self) -> Sequence[tuple[Article | Author | Topic, str]]:
        # Django pairs every item with every language before paginating, reading the whole table for each page.
        items = self.items()
        assert isinstance(items, QuerySet)  # every sitemap here lists a queryset
        return _EveryLanguage(items, self._languages())  # type: ignore[attr-defined]  # Django's, not in stubs

    def _address(self, language: str) -> str:
        """The item page's address in a language with a placeholder slug: reversed once a language per request
        (so the script prefix stays right), under that language for its /kk/, /ru/, /en/ prefix."""
        if language not in self._address_by_language:
            with translation.override(language):
                self._address_by_language[language] = reverse(self.url_name, kwargs={"slug": _SLUG_PLACEHOLDER})
        return self._address_by_language[language]

    def _location(self, item: tuple[Article | Author | Topic, str], force_lang_code: str | None = None) -> str:
        # Django's i18n sitemaps switch the active language (translation.override) and reverse() the address
        # five times an item (once per language and per alternate): most of a page's time at 1,000 addresses.
        # The slug, a plain ASCII SlugField, is filled into each language's address instead.
        obj, language = item
        return self._address(force_lang_code or language).replace(_SLUG_PLACEHOLDER, quote(obj.slug, safe=""), 1)

    def location(self, item: Article | Author | Topic) -> str:
        return self._location((item, get_language()))

    def get_urls(self, page: int | str = 1, site: Any = None, protocol: str | None = None) -> list[dict[str, Any]]:
        """Django's addresses, each also as its finished <url> element (templates/sitemaps/urlset.xml).

        A page of 1,000 addresses with four alternates each took Django's template about 220 ms, most of a
        page's time at 100,000 articles; joining escaped strings takes a tenth of that.
        """
        urls = super().get_urls(page, site, protocol)
        for url in urls:
            url["element"] = mark_safe(_url_element(url))  # every value is escaped in _url_element
        return urls


def _url_element(url: dict[str, Any]) -> str:
    lastmod = url["lastmod"]
    if isinstance(lastmod, datetime.datetime):
        lastmod = timezone.localtime(lastmod) if timezone.is_aware(lastmod) else lastmod
        lastmod = lastmod.date()
    parts = [f"<url><loc>{escape(url['location'])}</loc>"]
    if lastmod:
        parts.append(f"<lastmod>{lastmod.isoformat()}</lastmod>")
    if url["changefreq"]:
        parts.append(f"<changefreq>{escape(url['changefreq'])}</changefreq>")
    parts += [
        f'<xhtml:link rel="alternate" hreflang="{escape(link["lang_code"])}" href="{escape(link["location"])}"/>'
        for link in url["alternates"]
    ]
    parts.append("</url>")
    return "".join(parts)


class ArticleSitemap(_Multilingual):
    url_name = "articles:detail"
    changefreq = "monthly"

    def items(self) -> QuerySet[Article]:
        return Article.objects.published().only("pk", "slug", "updated").order_by("pk")

    def lastmod(self, article: Article) -> datetime.datetime:
        return article.updated

    def get_latest_lastmod(self) -> datetime.datetime | None:
        # For the index; Django would read every article for it.
        return Article.objects.published().aggregate(latest=Max("updated"))["latest"]


class AuthorSitemap(_Multilingual):
    url_name = "articles:author"

    def items(self) -> QuerySet[Author]:
        return Author.objects.with_published_articles().only("pk", "slug").order_by("pk")


class TopicSitemap(_Multilingual):
    url_name = "articles:topic"
    changefreq = "weekly"

    def items(self) -> QuerySet[Topic]:
        return Topic.objects.only("pk", "slug").order_by("position", "slug")


SITEMAPS = {"articles": ArticleSitemap, "authors": AuthorSitemap, "topics": TopicSitemap}
