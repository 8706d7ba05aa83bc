"""The fast paths of search and browse give what the plain ORM gives: ranked pages, rank vectors, cached facets."""

from __future__ import annotations

from unittest import mock

from django.db import connection
from django.db.models import F
from django.http import QueryDict
from django.test import TestCase, TransactionTestCase
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from articles.browse.service import browse
from articles.models import Article
from articles.models.search import SearchDocument
from articles.search.backends import get_backend, search_queryset
from articles.search.query import parse_query
from bench.corpus import generate_corpus
from bench.vocabulary import COMMON_WORDS
from tests.fixtures import PostgresTestCase


class RankedPagesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        generate_corpus(30, seed=4)

    def ranked(self, word: str, offset: int, limit: int):
        backend = get_backend()
        parsed = parse_query(word)
        return backend.ranked_ids(backend.match(Article.objects.published(), parsed), parsed, offset, limit)

    def test_pages_cut_by_the_database_cover_the_match_once_in_one_order(self):
        word = COMMON_WORDS["kk"]
        expected = set(search_queryset(Article.objects.published(), word)[0].values_list("pk", flat=True))
        self.assertGreater(len(expected), 10)
        whole, total = self.ranked(word, 0, 1000)
        self.assertEqual((set(whole), len(whole), total), (expected, len(expected), len(expected)))
        pages = []
        for offset in range(0, len(expected), 7):
            ids, total = self.ranked(word, offset, 7)
            self.assertEqual(total, len(expected))
            pages += ids
        self.assertEqual(pages, whole)
        self.assertEqual(self.ranked(word, len(expected), 7), ([], 0))

    def test_only_the_newest_candidates_are_ranked_the_rest_follow_by_date(self):
        word = COMMON_WORDS["kk"]
        with (
            mock.patch("articles.search.backends.postgres.RANK_CANDIDATES", 3),
            mock.patch("articles.search.backends.sqlite.RANK_CANDIDATES", 3),
        ):
            ids, _total = self.ranked(word, 0, 1000)
        by_date = list(
            Article.objects.filter(pk__in=ids)
            .order_by(F("published").desc(nulls_last=True), "-pk")
            .values_list("pk", flat=True)
        )
        self.assertEqual(set(ids[:3]), set(by_date[:3]))
        self.assertEqual(ids[3:], by_date[3:])

    def test_a_page_past_the_end_shows_the_last_one(self):
        word = COMMON_WORDS["kk"]
        last = browse(QueryDict(f"q={word}&page=999"), page_size=7)
        self.assertEqual(last.page.number, last.page.paginator.num_pages)
        self.assertTrue(last.rows)
        for number in ("0", "-3", "x", "1.5"):
            page = browse(QueryDict(f"q={word}&page={number}"), page_size=7).page
            self.assertIn(page.number, (1, page.paginator.num_pages), number)


class RankVectorTests(PostgresTestCase):
    @classmethod
    def setUpTestData(cls):
        generate_corpus(30, seed=4)

    def test_rank_vector_is_the_vector_without_the_body(self):
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT COUNT(*) FROM {SearchDocument._meta.db_table} "
                "WHERE rank_vector IS DISTINCT FROM ts_filter(vector, '{a,b}')"
            )
            self.assertEqual(cursor.fetchone()[0], 0)


class FacetCacheTests(TransactionTestCase):
    """Outside a transaction, as a page in production: the unfiltered counts come from the cache."""

    def setUp(self):
        generate_corpus(12, seed=6)

    def browse_facets(self, query: str = ""):
        with CaptureQueriesContext(connection) as queries:
            result = browse(QueryDict(query))
        return [(f.name, [(v.value, v.label, v.count) for v in f.values]) for f in result.facets], len(queries)

    def test_unfiltered_counts_are_cached_until_an_article_changes(self):
        first, first_queries = self.browse_facets()
        again, again_queries = self.browse_facets()
        self.assertEqual(first, again)
        self.assertEqual(first_queries - again_queries, 4)  # the four facet queries; both make a MAX(updated)
        with translation.override("ru"):
            russian, _ = self.browse_facets()
        self.assertEqual(
            [(n, [(v, c) for v, _, c in values]) for n, values in russian],
            [(n, [(v, c) for v, _, c in values]) for n, values in first],
        )
        article = Article.objects.published().first()
        article.kind = Article.Kind.INTERVIEW if article.kind != Article.Kind.INTERVIEW else Article.Kind.NEWS
        article.save()
        changed, changed_queries = self.browse_facets()
        self.assertEqual(changed_queries, first_queries)
        self.assertNotEqual(dict(changed)["kind"], dict(first)["kind"])
        _, filtered_queries = self.browse_facets("language=kk")
        _, filtered_again = self.browse_facets("language=kk")
        self.assertEqual(filtered_queries, filtered_again)  # filtered pages are never cached
