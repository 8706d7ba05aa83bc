"""Atom feeds of the latest articles: the whole archive, and one per topic."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from articles.interop.citations import citation_title
from articles.interop.metadata import abstracts_by_language
from articles.interop.oai.repository import oai_identifier
from articles.models import Article, Topic
from articles.models.querysets import ArticleQuerySet

SUMMARY_WORDS = 60


class LatestArticlesFeed(Feed):
    """The newest additions (by the time they entered the archive), summaries in the reader's language."""

    feed_type = Atom1Feed

    def title(self) -> str:
        return _("Kazakhstan International Relations Archive: latest articles")

    def subtitle(self) -> str:
        return _("Scholarship and news on Kazakhstan's international relations, in Kazakh, Russian and English.")

    def link(self) -> str:
        return reverse("articles:list")

    def author_name(self) -> str:
        # RFC 4287: a feed without an author needs one on every entry; news items often have none.
        return _("Kazakhstan International Relations Archive")

    def articles(self) -> ArticleQuerySet:
        return Article.objects.published()

    def items(self) -> QuerySet[Article]:
        return self.articles().for_detail().order_by("-created", "slug")[: settings.ARCHIVE_PAGE_SIZE]

    def item_title(self, article: Article) -> str:
        return citation_title(article)

    def item_description(self, article: Article) -> str:
        """The abstract in the reader's language, else another, else the opening of the text; never empty."""
        abstracts = abstracts_by_language(article)
        summary = abstracts.get(translation.get_language() or "") or next(iter(abstracts.values()), "")
        summary = summary or Truncator(" ".join(article.body.split())).words(SUMMARY_WORDS) or citation_title(article)
        # Atom carries the summary as HTML: the stored text is escaped into it.
        return escape(summary)

    def item_link(self, article: Article) -> str:
        return article.get_absolute_url()

    def item_guid(self, article: Article) -> str:
        """The OAI identifier: the same entry whatever the feed's language."""
        return oai_identifier(article.pk)

    def item_author_name(self, article: Article) -> str | None:
        return ", ".join(author.name for author in article.authors_in_order) or None

    def item_pubdate(self, article: Article) -> datetime.datetime | None:
        """The publication date; none for an undated text (the time it was imported is not one)."""
        if article.published:
            return datetime.datetime.combine(article.published, datetime.time(), tzinfo=datetime.UTC)
        return None

    def item_updateddate(self, article: Article) -> datetime.datetime:
        return article.updated

    def item_categories(self, article: Article) -> list[str]:
        return [topic.name for topic in article.topics.all()]


class TopicArticlesFeed(LatestArticlesFeed):
    def get_object(self, request: HttpRequest, slug: str) -> Topic:
        self.topic = get_object_or_404(Topic, slug=slug)
        return self.topic

    # Feed calls title(), subtitle() and link() with the object when they take one (it checks their arity).
    def title(self, topic: Topic) -> str:  # type: ignore[override]
        return _("Kazakhstan International Relations Archive: %(topic)s") % {"topic": topic.name}

    def subtitle(self, topic: Topic) -> str:  # type: ignore[override]
        return topic.description or ""

    def link(self, topic: Topic) -> str:  # type: ignore[override]
        return topic.get_absolute_url()

    def articles(self) -> ArticleQuerySet:
        return Article.objects.published().filter(topics=self.topic)
