"""A search page matches once: the count, the ranking and every facet reuse the match's ids (SQLite), and the
SQLite facet statements count what the ORM queries count (articles/browse/facets_sqlite.py)."""

from __future__ import annotations

from unittest import skipUnless

from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils.html import format_html, format_html_join

from articles.browse import facets, facets_sqlite
from articles.browse.filters import ArticleFilter
from articles.browse.service import browse
from articles.models import Article, ArticleTopic
from articles.templatetags.archive import highlight
from tests.browse.helpers import SeedArchiveTestCase

SQLITE = connection.vendor == "sqlite"


def _filterset(**params: str | list[str]) -> ArticleFilter:
    query = QueryDict(mutable=True)
    for key, value in params.items():
        query.setlist(key, value if isinstance(value, list) else [value])
    filterset = ArticleFilter(query, queryset=Article.objects.published())
    filterset.errors  # noqa: B018 — validated, as browse() does
    return filterset


class MatchOnceTests(SeedArchiveTestCase):
    @skipUnless(SQLITE, "the FTS5 match of SQLite")
    def test_a_search_page_runs_the_full_text_match_once(self):
        for query in ("ынтымақтастық", '"Орталық Азия"', "Қазақстан -Ресей", "ынтым*"):
            with self.subTest(query=query), CaptureQueriesContext(connection) as captured:
                response = self.client.get("/en/articles/", {"q": query, "language": "kk"})
            self.assertEqual(response.status_code, 200)
            matches = [q["sql"] for q in captured.captured_queries if " MATCH " in q["sql"]]
            self.assertEqual(len(matches), 1, matches)

    @skipUnless(SQLITE, "SQLite's facet statements")
    def test_linked_facets_count_as_the_orm_queries_do(self):
        author = "g-baikushikova"
        for params in (
            {},
            {"q": "ынтымақтастық"},
            {"q": "Қазақстан", "author": author, "topic": "central-asia"},
            {"q": "Қазақстан", "abstract_language": "en", "language": "kk"},
            {"author": [author, "no-such-author"], "kind": "research_article"},
            {"q": "-Қазақстан"},  # nothing to search for: no rows, no error
        ):
            filterset = _filterset(**params)
            querysets = {name: filterset.queryset_without(name) for name in facets_sqlite.LINKED}
            limit = facets.AUTHOR_FACET_LIMIT + len(filterset.selected("author")) + 1
            rows = facets_sqlite.linked_rows(querysets, filterset.selected, limit)
            with self.subTest(params=params):
                self.assertEqual(rows["topic"], facets._fetch_topics(querysets["topic"], []))
                self.assertEqual(
                    sorted(rows["abstract_language"]),
                    sorted(r for r in facets._fetch_abstract_languages(querysets["abstract_language"], []) if r[0]),
                )
                authors = facets._fetch_authors(querysets["author"], filterset.selected("author"))
                self.assertEqual(rows["author"][: len(authors)], authors)

    def test_the_facet_counts_match_between_html_and_api(self):
        html = browse(QueryDict("q=Қазақстан&language=kk"))
        api = browse(QueryDict("q=Қазақстан&language=kk"), html=False)
        self.assertEqual([r.article.pk for r in html.rows], [r.article.pk for r in api.rows])
        self.assertEqual(
            [(f.name, [(v.value, v.count, v.selected) for v in f.values]) for f in html.facets],
            [(f.name, [(v.value, v.count, v.selected) for v in f.values]) for f in api.facets],
        )
        # The API shows neither links nor marked titles: they are not made for it.
        self.assertTrue(all(v.href for f in html.facets for v in f.values))
        self.assertFalse(any(v.href for f in api.facets for v in f.values))
        self.assertTrue(all(row.title == ((row.article.title, False),) for row in api.rows))
        self.assertEqual([r.snippet for r in html.rows], [r.snippet for r in api.rows])


class QuerySetTests(SeedArchiveTestCase):
    def test_with_ids_in_drops_the_ordering_of_its_subquery(self):
        ordered = ArticleTopic.objects.order_by("topic__slug", "-article__title").values("article_id")
        restricted = Article.objects.published().with_ids_in(ordered)
        sql = str(restricted.order_by().query)  # the outer default ordering aside
        self.assertNotIn("ORDER BY", sql)
        self.assertNotIn("articles_topic", sql)  # the ordering's joins went with it
        linked = Article.objects.published().filter(pk__in=ordered.values_list("article_id", flat=True))
        self.assertEqual(set(restricted.values_list("pk", flat=True)), set(linked.values_list("pk", flat=True)))


class HighlightTests(SeedArchiveTestCase):
    def test_highlight_writes_what_format_html_join_wrote(self):
        pieces = (("a < b & \"c\" 'd' ", False), ("<mark>", True), (" Қазақ…", False), ("", True))
        expected = format_html_join(
            "", "{}", ((format_html("<mark>{}</mark>", text) if marked else text,) for text, marked in pieces)
        )
        self.assertEqual(str(highlight(pieces)), str(expected))
