"""PostgreSQL: a page reads a big match once, and the index's counts are cached until the index changes."""

from __future__ import annotations

from unittest import mock
from urllib.parse import urlencode

from django.core.cache import cache
from django.db import connection
from django.http import QueryDict
from django.test import TransactionTestCase
from django.test.utils import CaptureQueriesContext

from articles.browse.facets import estimate, sample_every
from articles.browse.service import browse
from articles.models import Article
from articles.search.backends import get_backend, postgres_topk
from articles.search.backends.base import ranked_words
from articles.search.backends.postgres_sql import tsquery_text, word_tsquery
from articles.search.index import index_articles, rebuild_index
from articles.search.query import parse_query
from bench.corpus import generate_corpus
from bench.vocabulary import COMMON_WORDS
from tests.fixtures import PostgresTestCase


class MatchReadOncePerPageTests(PostgresTestCase):
    """Above ARCHIVE_FACET_EXACT_UP_TO the count and the facets come from one read of the match."""

    @classmethod
    def setUpTestData(cls):
        generate_corpus(300, seed=12)

    def test_a_big_two_word_match_is_read_once_for_its_size_and_its_sample(self):
        text = f"{COMMON_WORDS['kk']} қазақстан"
        tsquery = tsquery_text(parse_query(text))
        self.assertEqual(len(parse_query(text).positive), 2)
        matched = Article.objects.published().search(text)
        size, limit = get_backend().match_size(parse_query(text)), 100  # the index's match, before any filter
        self.assertGreater(matched.count(), limit)
        with (
            self.settings(ARCHIVE_FACET_EXACT_UP_TO=limit),
            mock.patch.object(postgres_topk, "TOP_K_FROM", 0),
            CaptureQueriesContext(connection) as queries,
        ):
            result = browse(QueryDict(urlencode({"q": text})))
            every = sample_every(size)
        self.assertGreater(every, 1)
        # Only statements given the whole query read its match: its size and its sample come from one of them.
        reads = [q["sql"] for q in queries if tsquery.replace("'", "''") in q["sql"]]
        self.assertEqual(len(reads), 1, reads)
        self.assertTrue(result.count_estimated)
        sampled = [pk for pk in matched.values_list("pk", flat=True) if pk % every == 0]
        self.assertEqual(result.count, estimate(len(sampled), every))
        languages = next(facet for facet in result.facets if facet.name == "language")
        by_language = Article.objects.filter(pk__in=sampled).values_list("language", flat=True)
        for value in languages.values:
            self.assertEqual(value.count, estimate(sum(1 for lang in by_language if lang == value.value), every))


class CachedIndexStatisticsTests(TransactionTestCase):
    """Document frequencies are cached under the index's state (outside transactions, as a page runs)."""

    def setUp(self):
        if connection.vendor != "postgresql":
            self.skipTest("PostgreSQL only")
        cache.clear()
        self.addCleanup(cache.clear)
        titles = ["Ынтымақтастық туралы", "Өзара ынтымақтастық", "Ынтымақтастық жолы", "Тарих", "Әдебиет"]
        self.articles = [
            Article.objects.create(slug=f"article-{n}", language="kk", title=title, body="")
            for n, title in enumerate(titles)
        ]
        index_articles([article.pk for article in self.articles])
        self.word = word_tsquery(ranked_words(parse_query("ынтымақтастық"))[0])

    def statistics(self) -> tuple[tuple[int, list[int]], list[str]]:
        """A new page's backend's statistics of the word, and the statements they took."""
        with CaptureQueriesContext(connection) as queries:
            statistics = get_backend().index_statistics([self.word])
        return statistics, [q["sql"] for q in queries]

    def test_frequencies_are_cached_until_an_article_is_indexed(self):
        first, statements = self.statistics()
        self.assertEqual(first, (5, [3]))
        self.assertEqual(len(statements), 2)  # the index's state, then the count
        again, statements = self.statistics()
        self.assertEqual(again, first)
        self.assertEqual(len(statements), 1)  # the index's state only: the count is cached

        article = self.articles[3]
        article.title = "Ынтымақтастық тарихы"
        article.save()
        index_articles([article.pk])
        changed, statements = self.statistics()
        self.assertEqual(changed, (5, [4]))
        self.assertEqual(len(statements), 2)

        Article.objects.filter(pk=self.articles[0].pk).delete()
        self.assertEqual(self.statistics()[0], (4, [3]))

    def test_a_rebuilt_index_is_a_new_state(self):
        self.assertEqual(self.statistics()[0], (5, [3]))
        # A title changed without touching `updated` (as a bulk update does), then the whole index rebuilt.
        Article.objects.filter(pk=self.articles[4].pk).update(title="Ынтымақтастық әдебиеті")
        rebuild_index()
        self.assertEqual(self.statistics()[0], (5, [4]))
