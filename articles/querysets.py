"""Reusable query logic for the archive's models (kept off the views)."""

from __future__ import annotations

from django.db import models
from django.db.models import Prefetch


class ArticleQuerySet(models.QuerySet):
    def published(self) -> "ArticleQuerySet":
        return self.filter(status="published")

    def change_stamp(self, count: int | None = None) -> str:
        """How many articles and their latest change: the key of anything cached about them.

        Pass ``count`` when it is already known, to make one aggregate query only.
        """
        if count is None:
            state = self.aggregate(count=models.Count("pk"), latest=models.Max("updated"))
            count, latest = state["count"], state["latest"]
        else:
            latest = self.aggregate(latest=models.Max("updated"))["latest"]
        return f"{count}:{latest.isoformat() if latest else '-'}"

    def search(self, text: str) -> "ArticleQuerySet":
        """The matches of what a user typed, annotated with ``search_rank`` (see articles.search.backends).

        Chain it like any filter; the parsed query (for highlighting and
        messages) is ``articles.search.query.parse_query(text)``.
        """
        from articles.search.backends import search_queryset

        return search_queryset(self, text)[0]

    def for_listing(self) -> "ArticleQuerySet":
        """What a list row shows: source, ordered authors, topics; no per-row queries."""
        from articles.models import Authorship

        return self.select_related("source").prefetch_related(
            Prefetch("authorships", queryset=Authorship.objects.select_related("author").order_by("position")),
            "topics",
        )

    def for_detail(self) -> "ArticleQuerySet":
        """Everything an article page shows, prefetched."""
        return self.for_listing().prefetch_related("titles", "abstracts", "keywords", "references")

    def for_export(self) -> "ArticleQuerySet":
        """Everything the portable JSON form holds, topics in the order the import gave them."""
        from articles.models import ArticleTopic

        return self.for_detail().prefetch_related(
            Prefetch("topic_links", queryset=ArticleTopic.objects.select_related("topic").order_by("pk"))
        )


class AuthorQuerySet(models.QuerySet):
    def with_published_articles(self) -> "AuthorQuerySet":
        return self.filter(authorships__article__status="published").distinct()

    def coauthors_of(self, author) -> "AuthorQuerySet":
        """Who wrote published articles with this author, with how many shared (``shared``), most first."""
        from articles.models import Authorship

        shared = Authorship.objects.filter(author=author, article__status="published").values("article_id")
        return (
            self.exclude(pk=author.pk)
            .filter(authorships__article__in=shared)
            .annotate(shared=models.Count("authorships__article", distinct=True))
            .order_by("-shared", "name")
        )


class TopicQuerySet(models.QuerySet):
    def with_article_counts(self) -> "TopicQuerySet":
        return self.annotate(
            article_count=models.Count("articles", filter=models.Q(articles__status="published"), distinct=True)
        )
