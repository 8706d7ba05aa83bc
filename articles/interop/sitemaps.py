"""/sitemap.xml: an index of sitemap pages listing article, author and topic pages in every interface language.

Each page stays within the protocol's 50,000 addresses: an item is listed once per interface language, with
its alternates. Items are read with only the columns their addresses need (never an article's body), and
pages are cached until the archive changes (articles.interop.views).
"""

from __future__ import annotations

import datetime
from urllib.parse import quote

from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet
from django.urls import reverse
from django.utils.translation import get_language

from articles.models import Article, Author, Topic

_SLUG_PLACEHOLDER = "slug-placeholder"


class _Multilingual(Sitemap):
    url_name: str  # the item's page, whose one argument is its slug
    i18n = True  # one <url> per interface language (settings.LANGUAGES)
    alternates = True  # each with <xhtml:link rel="alternate" hreflang> to the others
    x_default = True
    # Items per page: three addresses each, each with four alternates (about 720 bytes): 3,000 addresses and
    # about 0.7 MB a page, well within the protocol's 50,000 and 50 MB. Django renders about 0.25 ms an item,
    # so a page of 1,000 stays near 300 ms uncached; 100,000 articles make 100 pages, far from the index's
    # 50,000.
    limit = 1_000

    def __init__(self) -> None:
        self._address_by_language: dict[str | None, str] = {}

    def location(self, item: Article | Author | Topic) -> str:
        # reverse() takes about 60 µs and Django asks for each item's address five times (once per language and
        # per alternate), most of a page's time: each language's address is reversed once (per request, so the
        # script prefix stays right) and the slug, a plain ASCII SlugField, filled in.
        language = get_language()
        if language not in self._address_by_language:
            self._address_by_language[language] = reverse(self.url_name, kwargs={"slug": _SLUG_PLACEHOLDER})
        return self._address_by_language[language].replace(_SLUG_PLACEHOLDER, quote(item.slug, safe=""), 1)


class ArticleSitemap(_Multilingual):
    url_name = "articles:detail"
    changefreq = "monthly"

    def items(self) -> QuerySet[Article]:
        return Article.objects.published().only("pk", "slug", "updated").order_by("pk")

    def lastmod(self, article: Article) -> datetime.datetime:
        return article.updated


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
