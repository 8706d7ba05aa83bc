"""/sitemap.xml: article, author and topic pages in every interface language, each with its alternates."""

from __future__ import annotations

import datetime

from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet

from articles.models import Article, Author, Topic


class _Multilingual(Sitemap):
    i18n = True  # one <url> per interface language (settings.LANGUAGES)
    alternates = True  # each with <xhtml:link rel="alternate" hreflang> to the others
    x_default = True


class ArticleSitemap(_Multilingual):
    changefreq = "monthly"

    def items(self) -> QuerySet[Article]:
        return Article.objects.published().order_by("pk")

    def lastmod(self, article: Article) -> datetime.datetime:
        return article.updated


class AuthorSitemap(_Multilingual):
    def items(self) -> QuerySet[Author]:
        return Author.objects.with_published_articles().order_by("pk")


class TopicSitemap(_Multilingual):
    changefreq = "weekly"

    def items(self) -> QuerySet[Topic]:
        return Topic.objects.order_by("position", "slug")


SITEMAPS = {"articles": ArticleSitemap, "authors": AuthorSitemap, "topics": TopicSitemap}
