"""What the index pages, the home page and an article's "related" box list: plain functions over QuerySets."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.db.models import Count, F, OuterRef, Prefetch, Q, QuerySet, Subquery

from articles.browse.collation import kazakh_order
from articles.models import Article, ArticleTitle, ArticleTopic, Author, Authorship, Source, Topic
from articles.models.querysets import ArticleQuerySet

RELATED_LIMIT = 5
# How many of the articles added last to an article's topics are ranked for its related articles.
RELATED_CANDIDATES = 200
# More untitled fragments than this are left out by a subquery rather than a list of ids.
MAX_LISTED_EXCLUSIONS = 1000


def untitled_fragments() -> Q:
    """A fragment cut before its title: listed only when a reader asks for fragments (see default_listing).

    ``is_fragment__in`` rather than ``is_fragment=True``: Django writes the latter as the bare column, which
    SQLite's planner cannot match to the (status, is_fragment) index; it then read every published article's
    row for its title (16 ms at 10,000 articles, on every list and article page, against 1 ms).
    """
    return Q(is_fragment__in=[True], title="")


def default_listing(queryset: ArticleQuerySet, params: Mapping[str, Any] | None = None) -> ArticleQuerySet:
    """The articles a list shows unless asked otherwise: untitled fragments only with a ``fragment`` parameter.

    The untitled fragments are few (import leftovers): their ids are read first, from the (status,
    is_fragment) index and their own rows, and left out as a list.  A condition on the title in the main
    query made SQLite read every listed article's row (1.8 s against 0.19 s for the first page of 20,000
    articles); a subquery, 0.27 s to 0.36 s; the list costs no more than the page without it.
    """
    if params is not None and params.get("fragment"):
        return queryset
    untitled = Article.objects.published().filter(untitled_fragments()).order_by().values_list("pk", flat=True)
    ids = list(untitled[: MAX_LISTED_EXCLUSIONS + 1])
    if len(ids) > MAX_LISTED_EXCLUSIONS:
        return queryset.exclude(pk__in=untitled)
    # is_fragment first: the indexes hold it, and most rows fail it before the list is looked at.
    return queryset.exclude(is_fragment=True, pk__in=ids) if ids else queryset


def with_titles(queryset: ArticleQuerySet) -> ArticleQuerySet:
    """Rows with their translated titles prefetched (a row shows the one in the reader's language)."""
    return queryset.prefetch_related(Prefetch("titles", queryset=ArticleTitle.objects.order_by("language")))


def _listed_counts(through: QuerySet, column: str, listed: ArticleQuerySet | None = None) -> dict[int, int]:
    """How many listed articles each value of ``column`` has, counted over the listed ids (an index read)."""
    ids = (listed if listed is not None else default_listing(Article.objects.published())).values("pk")
    return dict(through.filter(article_id__in=ids).values_list(column).annotate(n=Count("pk")).order_by())


def topics_with_articles(listed: ArticleQuerySet | None = None) -> list[Topic]:
    """Topics with at least one listed article (``listed``: as many as the topic's page lists), in order.

    ``listed``: the default listing when the caller has it already.  Counted over the topic links of the
    listed ids rather than joined to each article's row (on SQLite
    the row is read past its body: 1.4 s against 0.1 s at 20,000 articles).
    """
    counts = _listed_counts(ArticleTopic.objects.all(), "topic_id", listed)
    topics = list(Topic.objects.filter(pk__in=list(counts)).order_by("position", "slug"))
    for topic in topics:
        topic.listed = counts[topic.pk]  # type: ignore[attr-defined]  # shown beside the name
    return topics


def authors_with_articles(alias: str = "default") -> QuerySet[Author]:
    """Authors of published articles in Kazakh alphabetical order of their names (counts: ``with_counts``)."""
    return Author.objects.with_published_articles().order_by(kazakh_order("name", alias), "pk")


def with_counts(authors: Iterable[Author]) -> list[Author]:
    """These authors with ``n``, their published articles: one grouped query for a page of them.

    Counted over the published ids (read from the status index) rather than joined to each article's row.
    """
    authors = list(authors)
    published = Article.objects.published().values("pk")
    counts = dict(
        Authorship.objects.filter(author__in=authors, article_id__in=published)
        .values_list("author_id")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for author in authors:
        author.n = counts.get(author.pk, 0)  # type: ignore[attr-defined]  # shown beside the name
    return authors


def sources_with_articles(alias: str = "default") -> list[Source]:
    """Sources of listed articles with how many (``n``), in Kazakh alphabetical order.

    Counted from the articles' facet index (status, …, source), not by joining each article's row.
    """
    listed = default_listing(Article.objects.published())
    counts = dict(listed.exclude(source=None).values_list("source_id").annotate(n=Count("pk")).order_by())
    sources = list(Source.objects.filter(pk__in=list(counts)).order_by(kazakh_order("name", alias), "pk"))
    for source in sources:
        source.n = counts[source.pk]  # type: ignore[attr-defined]  # shown beside the name
    return sources


def related_articles(article: Article, limit: int = RELATED_LIMIT) -> list[Article]:
    """Other published articles by the same authors first, then those sharing most of its topics.

    Same authors: their most recently published articles.  Then, among the ``RELATED_CANDIDATES`` articles
    added last to any of its topics (the highest ids, read backwards from the (article, topic) index), those
    sharing most of its topics, the most recently published first.  A candidate's shared topics are all
    counted.  An older article sharing more topics is therefore passed over once that many newer articles
    share one: the price of a cost that does not grow with the archive.  Ranking every article of its
    topics (a third of the archive or more) took 22 ms (up to 47 ms) at 20,000 articles on PostgreSQL and
    3 ms at 5,000; the candidates take 1.1 ms at 20,000 (2.5 ms at 5,000, where a scan is cheaper).
    """
    # A row shows a title, never the body (untitled fragments are not related articles): the body stays unread.
    published = default_listing(Article.objects.published()).exclude(pk=article.pk).defer("body")
    author_ids = [authorship.author_id for authorship in article.authorships.all()]
    topic_ids = [topic.pk for topic in article.topics.all()]
    chosen: list[Article] = []
    if author_ids:
        same_authors = published.filter(pk__in=Article.objects.filter(authorships__author__in=author_ids).values("pk"))
        chosen += list(
            with_titles(same_authors.for_listing()).order_by(F("published").desc(nulls_last=True), "-pk")[:limit]
        )
    if topic_ids and len(chosen) < limit:
        # Ids first: the candidates' ids from the (article, topic) index read backwards, each candidate's
        # shared topics counted from the same index; then the rows of the chosen ids.
        candidates = (
            ArticleTopic.objects.filter(topic_id__in=topic_ids)
            .order_by("-article_id")
            .values("article_id")
            .distinct()[:RELATED_CANDIDATES]
        )
        shared = (
            ArticleTopic.objects.filter(article_id=OuterRef("pk"), topic_id__in=topic_ids)
            .order_by()
            .values("article_id")
            .annotate(n=Count("topic_id"))
            .values("n")
        )
        ranked = list(
            published.exclude(pk__in=[a.pk for a in chosen])
            .filter(pk__in=candidates)
            .annotate(shared=Subquery(shared))
            .order_by("-shared", F("published").desc(nulls_last=True), "-pk")
            .values_list("pk", flat=True)[: limit - len(chosen)]
        )
        rows = {a.pk: a for a in with_titles(published.filter(pk__in=ranked).for_listing())}
        chosen += [rows[pk] for pk in ranked if pk in rows]
    return chosen


def byline_affiliations(authorships: Iterable[Authorship]) -> tuple[list[tuple[Authorship, int | None]], list[str]]:
    """The byline with each author's affiliation number, and the affiliations in order of first mention.

    Authors who share one affiliation (or when only one is stated) need no numbers: the single affiliation
    is then the only note, and each author's number is None.
    """
    rows = list(authorships)
    affiliations = list(dict.fromkeys(a.affiliation for a in rows if a.affiliation))
    if len(affiliations) <= 1:
        return [(a, None) for a in rows], affiliations
    return [(a, affiliations.index(a.affiliation) + 1 if a.affiliation else None) for a in rows], affiliations


def author_affiliations(author: Author, articles: QuerySet[Article]) -> list[str]:
    """The distinct affiliations an author signed these articles with, the most recent article's first."""
    signed = (
        Authorship.objects.filter(author=author, article__in=articles)
        .exclude(affiliation="")
        .order_by(F("article__published").desc(nulls_last=True), "-article_id")
        .values_list("affiliation", flat=True)
    )
    return list(dict.fromkeys(signed))
