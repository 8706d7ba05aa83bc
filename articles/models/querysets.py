"""Reusable query logic for the archive's models (kept off the views)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import connections, models
from django.db.models import F, Prefetch, QuerySet
from django.db.models.expressions import RawSQL
from django.db.models.lookups import In

from articles.models.search import NotIndexed

if TYPE_CHECKING:  # the models import this module; Article and Topic are named in strings below
    from articles.models.article import Article  # noqa: F401
    from articles.models.catalog import Author, Topic  # noqa: F401


def _related_model(model: type[models.Model], name: str) -> type[models.Model]:
    """The model behind a reverse relation: the parts' module imports this one, not the other way."""
    return model._meta.get_field(name).related_model  # type: ignore[return-value]


class ArticleQuerySet(models.QuerySet["Article"]):
    def published(self) -> ArticleQuerySet:
        return self.filter(status="published")

    def with_ids_in(self, ids: QuerySet | RawSQL) -> ArticleQuerySet:
        """The articles whose id a subquery gives (a topic's, an author's, a search's matches).

        On SQLite each id is checked against the indexes that start with
        ``status`` and cover the facets' columns instead of being looked up
        by rowid: a row lookup reads past the body, which is stored before
        those columns, in overflow pages (90 ms against 10 ms for a topic's
        articles at 10,000 articles).
        """
        if isinstance(ids, QuerySet):
            # A subquery's order is never used: unordered, no caller pays a sort (or the joins an ordering needs).
            ids = ids.order_by()
        if connections[self.db].vendor != "sqlite":
            return self.filter(pk__in=ids)
        return self.filter(In(NotIndexed(F("pk")), ids))

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

    def search(self, text: str) -> ArticleQuerySet:
        """The matches of what a user typed, annotated with ``search_rank`` (see articles.search.backends).

        Chain it like any filter; the parsed query (for highlighting and
        messages) is ``articles.search.query.parse_query(text)``.
        """
        # Imported here: the search backends sit above the models and query them.
        from articles.search.backends import search_queryset

        return search_queryset(self, text)[0]

    def for_listing(self) -> ArticleQuerySet:
        """What a list row shows: source, ordered authors, topics; no per-row queries."""
        return self.select_related("source").prefetch_related(
            Prefetch(
                "authorships",
                queryset=_related_model(self.model, "authorships")
                ._default_manager.select_related("author")
                .order_by("position"),
            ),
            "topics",
        )

    def for_detail(self) -> ArticleQuerySet:
        """Everything an article page shows, prefetched."""
        return self.for_listing().prefetch_related("titles", "abstracts", "keywords", "references")

    def for_export(self) -> ArticleQuerySet:
        """Everything the portable JSON form holds, topics in the order the import gave them."""
        return self.for_detail().prefetch_related(
            Prefetch(
                "topic_links",
                queryset=_related_model(self.model, "topic_links")
                ._default_manager.select_related("topic")
                .order_by("pk"),
            )
        )


class AuthorQuerySet(models.QuerySet["Author"]):
    def with_published_articles(self) -> AuthorQuerySet:
        # The ids of the published articles' authors, gathered once (SQLite reads the articles' ids from the
        # status index), rather than a join with DISTINCT or EXISTS, which read each article's row, body
        # included, for its status: 61 ms against 4 s for 5,000 authors of 43,576 articles.
        authorship = _related_model(self.model, "authorships")
        return self.filter(pk__in=authorship._default_manager.filter(article__status="published").values("author_id"))

    def coauthors_of(self, author: Author) -> AuthorQuerySet:
        """Who wrote published articles with this author, with how many shared (``shared``), most first."""
        shared = (
            _related_model(self.model, "authorships")
            ._default_manager.filter(author=author, article__status="published")
            .values("article_id")
        )
        return (
            self.exclude(pk=author.pk)
            .filter(authorships__article__in=shared)
            .annotate(shared=models.Count("authorships__article", distinct=True))
            .order_by("-shared", "name")
        )


class TopicQuerySet(models.QuerySet["Topic"]):
    def with_article_counts(self) -> TopicQuerySet:
        return self.annotate(
            article_count=models.Count("articles", filter=models.Q(articles__status="published"), distinct=True)
        )
