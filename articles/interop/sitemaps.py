"""/sitemap.xml: an index of sitemap pages listing article, author and topic pages in every interface language.

Each page stays within the protocol's 50,000 addresses: an item is listed once per interface language, with
its alternates. Items are read with only the columns their addresses need (never an article's body), and
pages are cached until the archive changes (articles.interop.views).
"""

from __future__ import annotations

import datetime

from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet

from articles.models import Article, Author, Topic


class _Multilingual(Sitemap):
    i18n = True  # one <url> per interface language (settings.LANGUAGES)
    alternates = True  # each with <xhtml:link rel="alternate" hreflang> to the others
    x_default = True
    # Items per page: three addresses each, each with four alternates (about 720 bytes): 6,000 addresses and
    # about 4.3 MB a page, within the protocol's 50,000 and 50 MB. Django builds a page at about 1 ms an item
    # (2 s for 2,000 items uncached, 47 ms from the cache): smaller pages keep a crawler's first request short.
    limit = 2_000


class ArticleSitemap(_Multilingual):
    changefreq = "monthly"

    def items(self) -> QuerySet[Article]:
        return Article.objects.published().only("pk", "slug", "updated").order_by("pk")

    def lastmod(self, article: Article) -> datetime.datetime:
        return article.updated


class AuthorSitemap(_Multilingual):
    def items(self) -> QuerySet[Author]:
        return Author.objects.with_published_articles().only("pk", "slug").order_by("pk")


class TopicSitemap(_Multilingual):
    changefreq = "weekly"

    def items(self) -> QuerySet[Topic]:
        return Topic.objects.only("pk", "slug").order_by("position", "slug")


SITEMAPS = {"articles": ArticleSitemap, "authors": AuthorSitemap, "topics": TopicSitemap}
