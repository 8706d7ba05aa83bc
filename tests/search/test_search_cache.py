"""What a search reuses until the archive changes: a phrase's matches and the query's statistics (PostgreSQL).

Outside a transaction, as a page in production; the archive's version (articles.models.versions) keys them.
"""

from __future__ import annotations

from io import StringIO
from unittest import mock, skipUnless

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.http import QueryDict
from django.test import TransactionTestCase
from django.test.utils import CaptureQueriesContext

from articles.browse.service import browse
from articles.curation.services import articles_changed
from articles.models import Article, archive_version
from articles.search.backends.postgres_sql import PHRASE_FUNCTION
from articles.search.backends.postgres_topk import cached_by_version
from bench.corpus import generate_corpus
from bench.vocabulary import COMMON_WORDS, vocabularies


class CachedByVersionTests(TransactionTestCase):
    def setUp(self):
        cache.clear()
        self.calls = 0

    def compute(self) -> list[int]:
        self.calls += 1
        return [self.calls]

    def test_computed_once_per_version_and_query_and_always_without_a_version(self):
        self.assertEqual(cached_by_version("t", "v1", "a", self.compute), [1])
        self.assertEqual(cached_by_version("t", "v1", "a", self.compute), [1])
        self.assertEqual(cached_by_version("t", "v1", "b", self.compute), [2])
        self.assertEqual(cached_by_version("t", "v2", "a", self.compute), [3])
        self.assertEqual(cached_by_version("t", None, "a", self.compute), [4])
        self.assertEqual(cached_by_version("t", None, "a", self.compute), [5])

    def test_the_version_moves_with_every_change_and_deletion(self):
        generate_corpus(3, seed=2)
        first = archive_version(connection.alias)
        article = Article.objects.first()
        article.save()
        saved = archive_version(connection.alias)
        self.assertNotEqual(saved, first)
        Article.objects.filter(pk=article.pk).delete()  # leaves a tombstone
        self.assertNotEqual(archive_version(connection.alias), saved)

    def test_a_reindex_after_the_commit_moves_the_version_again(self):
        """A page served between an edit's commit and its reindex caches counts of the old documents under the
        version it saw; the reindex moves the version, so those are never read again."""
        generate_corpus(3, seed=4)
        article = Article.objects.published().first()
        seen = []
        with transaction.atomic():
            article.save()
            # Registered before the reindex, so it runs first: the state a page could see in between.
            transaction.on_commit(lambda: seen.append(archive_version(connection.alias)))
            articles_changed([article.pk], [])
        self.assertEqual(len(seen), 1)
        self.assertNotEqual(archive_version(connection.alias), seen[0])


class SearchedArchiveTests(TransactionTestCase):
    """A search of a small generated archive: its result ids, its count and how many statements held ``marker``."""

    params = QueryDict()
    marker = ""

    def setUp(self):
        cache.clear()
        generate_corpus(60, seed=21)

    def search(self) -> tuple[list[int], int, int]:
        with CaptureQueriesContext(connection) as queries:
            result = browse(self.params)
        seen = sum(self.marker in query["sql"] for query in queries.captured_queries)
        return [row.article.pk for row in result.rows], result.count, seen


@skipUnless(connection.vendor == "postgresql", "the phrase matches of PostgreSQL's RUM index")
class PhraseMatchCacheTests(SearchedArchiveTests):
    params = QueryDict(f'q="{COMMON_WORDS["kk"]} {[w for w in vocabularies()["kk"].words[:40] if len(w) > 3][1]}"')
    marker = PHRASE_FUNCTION

    def test_a_phrase_is_read_from_the_index_once_until_an_article_changes(self):
        ids, count, reads = self.search()
        self.assertGreater(count, 0)
        self.assertEqual(reads, 1)
        self.assertEqual(self.search(), (ids, count, 0))
        with transaction.atomic():  # inside a transaction nothing is reused
            self.assertEqual(self.search(), (ids, count, 1))
        matched = Article.objects.get(pk=ids[0])
        matched.status = Article.Status.DRAFT
        matched.save()
        again, recount, reads = self.search()
        self.assertEqual((recount, reads), (count - 1, 1))
        self.assertNotIn(matched.pk, again)


class RebuildEmptiesTheCacheTests(TransactionTestCase):
    def test_rebuild_search_index_leaves_nothing_computed_from_the_old_index(self):
        generate_corpus(3, seed=5)
        cache.set("search-statistics:some-version:some-query", (3, 1))
        out = StringIO()
        call_command("rebuild_search_index", stdout=out)
        self.assertIn("3 published articles indexed", out.getvalue())
        self.assertIsNone(cache.get("search-statistics:some-version:some-query"))


@skipUnless(connection.vendor == "postgresql", "PostgreSQL's top-k search, which leaves the count to the page")
class MatchCountCacheTests(SearchedArchiveTests):
    params = QueryDict(f"q={COMMON_WORDS['kk']}&language=kk")
    marker = 'COUNT(*) AS "__count"'

    def search(self) -> tuple[list[int], int, int]:
        # Every query served from the top levels, as a word in 90 % of a large archive is.
        with mock.patch("articles.search.backends.postgres_topk.TOP_K_FROM", 1):
            return super().search()

    def test_the_count_is_kept_with_the_facets_until_the_archive_changes(self):
        ids, count, counted = self.search()
        self.assertGreater(count, 1)
        self.assertGreaterEqual(counted, 1)
        self.assertEqual(self.search(), (ids, count, 0))
        article = Article.objects.get(pk=ids[0])
        article.status = Article.Status.DRAFT
        article.save()
        again, recount, counted = self.search()
        self.assertEqual(recount, count - 1)
        self.assertGreaterEqual(counted, 1)
        self.assertNotIn(article.pk, again)


@skipUnless(connection.vendor == "postgresql", "PostgreSQL's planner settings")
class RareWordPlanTests(TransactionTestCase):
    def setUp(self):
        generate_corpus(30, seed=8)

    def nestloop_setting(self, query: str) -> str:
        with CaptureQueriesContext(connection) as queries:
            browse(QueryDict(f"q={query}"))
        settings = [q["sql"] for q in queries.captured_queries if "set_config('enable_nestloop'" in q["sql"]]
        return settings[0].split("set_config('enable_nestloop', ")[1][:5]

    def test_a_ranking_of_rare_words_keeps_index_lookups_and_an_unknown_one_uses_hash_joins(self):
        common = COMMON_WORDS["kk"]
        # Every word counted and rare (a 30-article archive): nested loops stay on.
        self.assertEqual(self.nestloop_setting(common), "'on',")
        # An exclusion is ranked in full without counting its words first: the plan for large matches.
        self.assertEqual(self.nestloop_setting(f"{common} -{vocabularies()['kk'].words[5]}"), "'off'")
