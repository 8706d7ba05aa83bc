"""The newest-first listing comes from an index on PostgreSQL (migration 0018), not a sort of every article."""

from __future__ import annotations

from django.db import connection
from django.db.models import F
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from articles.browse.service import browse
from articles.models import Article
from bench.corpus import generate_corpus
from tests.fixtures import PostgresTestCase


class NewestFirstIndexTests(PostgresTestCase):
    @classmethod
    def setUpTestData(cls):
        generate_corpus(40, seed=9)

    def test_the_first_page_of_the_listing_reads_the_index_in_order(self):
        with CaptureQueriesContext(connection) as queries:
            result = browse(QueryDict(""))
        newest = Article.objects.published().order_by(F("published").desc(nulls_last=True), "-pk")
        self.assertEqual([row.article.pk for row in result.rows], list(newest.values_list("pk", flat=True)[:20]))
        ordered = next(q["sql"] for q in queries.captured_queries if "NULLS LAST" in q["sql"] and "LIMIT" in q["sql"])
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_sort = off")  # what the planner does for a large archive
            cursor.execute("EXPLAIN " + ordered)
            plan = "\n".join(row[0] for row in cursor.fetchall())
        self.assertIn("article_status_newest_idx", plan)
        self.assertNotIn("Sort", plan)
