"""PostgreSQL phrases come from the RUM index (migration 0015): the same matches as checking every vector."""

from __future__ import annotations

import importlib

from django.db import connection

from articles.models import Article
from articles.search.backends import get_backend
from articles.search.backends.postgres_sql import PHRASE_FUNCTION, tsquery_text
from articles.search.query import parse_query
from bench.corpus import generate_corpus
from bench.vocabulary import COMMON_WORDS, vocabularies
from tests.fixtures import PostgresTestCase

rum_migration = importlib.import_module("articles.migrations.0015_search_phrase_rum")


class PhraseFromRumTests(PostgresTestCase):
    @classmethod
    def setUpTestData(cls):
        generate_corpus(300, seed=13)

    def every_vector_checked(self, tsquery: str) -> set[int]:
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_indexscan = off")
            cursor.execute("SET LOCAL enable_bitmapscan = off")
            cursor.execute("SELECT article_id FROM articles_searchdocument WHERE vector @@ %s::tsquery", [tsquery])
            return {row[0] for row in cursor.fetchall()}

    def test_phrases_match_as_a_scan_of_every_vector_does(self):
        words = [w for w in vocabularies()["kk"].words[:60] if len(w) > 3]
        common = COMMON_WORDS["kk"]
        phrases = [f'"{common} {word}"' for word in words[:12]] + [f'"{words[2]} {words[3]} {words[4]}"']
        phrases += [f'"{common} {words[1]}" -{words[7]}', f'"{common} {words[2]}" -"{words[3]} {words[4]}"']
        found = 0
        for text in phrases:
            tsquery = tsquery_text(parse_query(text))
            with self.subTest(text=text), connection.cursor() as cursor:
                cursor.execute(f"SELECT {PHRASE_FUNCTION}(%s::tsquery, 1)", [tsquery])
                ids = {row[0] for row in cursor.fetchall()}
                self.assertEqual(ids, self.every_vector_checked(tsquery))
                found += bool(ids)
        self.assertGreater(found, 3, "most phrases match something")

    def test_the_phrase_function_reads_the_rum_index(self):
        tsquery = tsquery_text(parse_query(f'"{COMMON_WORDS["kk"]} {vocabularies()["kk"].words[1]}"'))
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("SET LOCAL enable_bitmapscan = off")
            cursor.execute(
                "EXPLAIN SELECT article_id FROM articles_searchdocument WHERE vector @@ %s::tsquery", [tsquery]
            )
            plan = "\n".join(row[0] for row in cursor.fetchall())
        self.assertIn("search_document_vector_rum", plan)

    def test_search_pages_use_it(self):
        text = f'"{COMMON_WORDS["kk"]} {vocabularies()["kk"].words[1]}"'
        parsed = parse_query(text)
        expected = self.every_vector_checked(tsquery_text(parsed))
        matched = get_backend().matcher(parsed)(Article.objects.published())
        self.assertEqual(
            set(matched.values_list("pk", flat=True)), expected & set(Article.objects.values_list("pk", flat=True))
        )

    def test_migrate_says_what_to_install_without_the_extension(self):
        operation = rum_migration.CreateRumExtension()
        operation.name = "rum_not_on_this_server"
        with connection.schema_editor() as editor, self.assertRaisesMessage(RuntimeError, "postgresql-15-rum"):
            operation.database_forwards("articles", editor, None, None)
