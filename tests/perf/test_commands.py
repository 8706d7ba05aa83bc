"""generate_corpus and benchmark run end to end on a tiny archive (benchmarks are not unit tests: no timing asserted).

The commands run as subprocesses against a database of their own (a file on
SQLite, a scratch database on the PostgreSQL server of the suite), because
the benchmark's gunicorn must see committed rows.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path
from unittest import mock

import psycopg
import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import SimpleTestCase, TestCase, TransactionTestCase

from articles.models import Article
from articles.models.search import (
    IMPACT_INDEX_NAME,
    VECTOR_INDEX_NAME,
    SearchDocument,
    SqliteImpactRow,
    SqliteSearchRow,
)
from articles.records.parts import PART_MODELS, write_parts
from articles.search.index import index_articles
from bench.corpus import CorpusGenerator, generate_corpus
from tests.fixtures import database_url

ROOT = Path(__file__).resolve().parents[2]
FIELDS = ("title_terms", "title_shadow", "abstract_terms", "abstract_shadow", "body_terms", "body_shadow")


class GeneratedIndexTests(TestCase):
    def test_generated_index_equals_what_the_indexer_writes(self):
        report = generate_corpus(12, seed=5)
        self.assertEqual(report.articles, 12)
        generated = {d.article_id: d for d in SearchDocument.objects.all()}
        self.assertEqual(len(generated), Article.objects.published().count())
        vectors = list(SearchDocument.objects.order_by("pk").values_list("article_id", "vector", "impact"))
        impacts = list(SqliteImpactRow.objects.order_by("rowid").values_list("rowid", "impact"))  # none on PostgreSQL
        fts_rows = self.fts_rows()
        index_articles(Article.objects.values_list("pk", flat=True))
        rebuilt = {d.article_id: d for d in SearchDocument.objects.all()}
        self.assertEqual(generated.keys(), rebuilt.keys())
        for pk, document in rebuilt.items():
            for name in FIELDS:
                self.assertEqual(getattr(generated[pk], name), getattr(document, name), (pk, name))
        self.assertEqual(
            vectors, list(SearchDocument.objects.order_by("pk").values_list("article_id", "vector", "impact"))
        )
        self.assertEqual(impacts, list(SqliteImpactRow.objects.order_by("rowid").values_list("rowid", "impact")))
        self.assertEqual(len(impacts) if connection.vendor == "sqlite" else len(vectors), len(generated))
        self.assertEqual(fts_rows, self.fts_rows())  # none on PostgreSQL

    def fts_rows(self):
        columns = ("rowid", "article_id", "title", "abstract", "body", "title_shadow", "abstract_shadow")
        return list(SqliteSearchRow.objects.order_by("rowid").values_list(*columns, "body_shadow"))

    def stored_rows(self):
        """Every article and part row by article slug, without the ids and the times of writing."""
        slugs = dict(Article.objects.values_list("pk", "slug"))
        skip = {"id", "created", "updated"}
        articles = [f.attname for f in Article._meta.concrete_fields if f.attname not in skip]
        rows = {"articles": sorted(Article.objects.values_list(*articles))}
        for name, model in PART_MODELS.items():
            columns = [f.attname for f in model._meta.concrete_fields if f.attname not in skip]
            at = columns.index("article_id")
            values = model.objects.values_list(*columns)
            rows[name] = sorted(tuple(slugs[v] if i == at else v for i, v in enumerate(row)) for row in values)
        return rows

    def test_generated_rows_equal_what_the_orm_writes(self):
        # The generator writes tuples (COPY on PostgreSQL); the same articles through bulk_create and write_parts.
        generate_corpus(7, seed=4, batch_size=3)
        generated = self.stored_rows()
        self.assertEqual(len(generated["articles"]), 7)
        self.assertEqual((len(generated["titles"]), len(generated["abstracts"])), (14, 21))  # 2 and 3 an article
        self.assertTrue(all(generated.values()))
        Article.objects.all().delete()
        generator = CorpusGenerator(7, seed=4)
        generator.prepare()
        items = [generator.generate(n) for n in range(7)]
        Article.objects.bulk_create([item.article for item in items])
        write_parts([(item.article, item.parts) for item in items])
        self.assertEqual(generated, self.stored_rows())

    def test_same_seed_same_archive(self):
        def archive():
            return list(Article.objects.order_by("slug").values_list("slug", "title", "body", "language", "published"))

        generate_corpus(5, seed=9)
        first = archive()
        Article.objects.all().delete()
        # In worker processes, two articles a batch: each article is made from its own number.
        generate_corpus(5, seed=9, batch_size=2, pipeline=True)
        self.assertEqual(first, archive())
        Article.objects.all().delete()
        generate_corpus(5, seed=10)
        self.assertNotEqual([row[1] for row in first], [row[1] for row in archive()])

    def test_bad_input_is_a_command_error(self):
        with self.assertRaises(CommandError):
            call_command("generate_corpus", "0")
        with self.assertRaises(CommandError):
            call_command("benchmark", "--requests", "0")


class SuspendedIndexTests(TransactionTestCase):
    def test_a_load_larger_than_the_index_rebuilds_both_gin_indexes(self):
        if connection.vendor != "postgresql":
            self.skipTest("GIN indexes are PostgreSQL's")
        names = [IMPACT_INDEX_NAME, VECTOR_INDEX_NAME]
        with mock.patch("bench.corpus.SUSPEND_INDEX_FROM", 2):
            # Dropped, loaded, built again, each by a connection of its own.
            report = generate_corpus(3, seed=6)
            self.assertIn("index build", report.phases)
            with connection.cursor() as cursor:
                cursor.execute("SELECT indexname FROM pg_indexes WHERE indexname = ANY(%s) ORDER BY 1", [names])
                self.assertEqual([row[0] for row in cursor.fetchall()], sorted(names))
            report = generate_corpus(2, seed=7)  # smaller than the index (3 documents): kept
            self.assertNotIn("index build", report.phases)


class CommandsEndToEndTests(SimpleTestCase):
    def database_url(self):
        if connection.vendor == "sqlite":
            directory = tempfile.mkdtemp()
            self.addCleanup(lambda: [p.unlink() for p in Path(directory).iterdir()] and None)
            return f"sqlite:///{directory}/perf.db"
        settings = connection.settings_dict
        name = f"perf_{uuid.uuid4().hex[:12]}"
        server = dict(  # noqa: C408 — keyword arguments for psycopg
            host=settings["HOST"] or "127.0.0.1",
            port=settings["PORT"] or 5432,
            user=settings["USER"],
            password=settings["PASSWORD"] or None,
            dbname="postgres",
            autocommit=True,
        )
        with psycopg.connect(**server) as admin:
            admin.execute(
                f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
            )

        def drop():
            with psycopg.connect(**server) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

        self.addCleanup(drop)
        password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
        return f"postgres://{settings['USER']}{password}@{server['host']}:{server['port']}/{name}"

    def manage(self, env, *args):
        return subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
        )

    def test_generate_then_benchmark(self):
        env = {**os.environ, "DJANGO_DEBUG": "true", "DATABASE_URL": self.database_url()}
        env.pop("DJANGO_SETTINGS_MODULE", None)
        # Real records among the synthetic ones, so that the benchmark's MRR@10 has queries to answer.
        seeds = ("import_texts", "fixtures/seeds/000_55efa678b9fb1c42.txt", "-v0")
        for args in (("migrate", "-v0"), seeds, ("generate_corpus", "20", "--seed", "3")):
            done = self.manage(env, *args)
            self.assertEqual(done.returncode, 0, done.stderr)
        self.assertIn("20 articles", done.stdout)
        out = Path(tempfile.mkdtemp()) / "bench.json"
        done = self.manage(
            env,
            "benchmark",
            "--json",
            str(out),
            "--requests",
            "2",
            "--warmup",
            "1",
            "--floor-repeat",
            "1",
            "--workers",
            "1",
            "--concurrency",
            "2",
            "--load-requests",
            "6",
        )
        self.assertEqual(done.returncode, 0, done.stderr)
        result = json.loads(out.read_text(encoding="utf-8"))
        self.assertEqual(result["database"], connection.vendor)
        names = [case["name"] for case in result["cases"]]
        self.assertEqual(
            names,
            [
                "browse",
                "browse-3-facets",
                "search-common",
                "search-medium",
                "search-rare",
                "search-two-terms",
                "search-phrase",
                "search-latin-name",
                "article",
                "api-search",
            ],
        )
        for case in result["cases"]:
            self.assertEqual(case["errors"], 0, case)
            self.assertIsNotNone(case["p50_ms"])
            if case["name"].startswith("search"):
                self.assertIsNotNone(case["floor_p50_ms"])
        self.assertEqual(result["throughput"]["errors"], 0)
        self.assertGreater(result["worker_rss_mb"], 0)
        self.assertIn("p50 ms", done.stdout)
        relevance = result["relevance"]
        self.assertGreater(relevance["queries"], 0)
        self.assertIn(f"MRR@10 {relevance['mrr_at_10']:.3f} over {relevance['queries']} queries", done.stdout)


def test_benchmark_import_prints_the_parse_speed_of_real_texts():
    out = io.StringIO()
    call_command("benchmark_import", "--megabytes", "0.05", "--lines", "200", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].split(",")[1].strip().endswith("MB") and "load average" in lines[0]
    assert re.fullmatch(r"again +\d+\.\d\d s = \d+\.\d\d MB/s \(\d+\.\d\d s CPU = \d+\.\d\d MB/s\)", lines[2])
    assert re.fullmatch(
        r"one paragraph of 200 lines \d+\.\d\d s, of 400 lines \d+\.\d\d s: x\d+\.\d \(2 is linear\)", lines[3]
    )
    with pytest.raises(CommandError, match="between 0 and 100"):
        call_command("benchmark_import", "--megabytes", "0")


class LongTextsBenchmarkTests(TransactionTestCase):
    """benchmark_import --long-texts imports its long files in processes of their own, on this test database."""

    def test_the_long_texts_are_parsed_and_imported_with_time_and_memory(self):
        env = {"DATABASE_URL": database_url(), "DJANGO_SETTINGS_MODULE": "archive.settings_test"}
        out = io.StringIO()
        with mock.patch.dict(os.environ, env):
            call_command(
                "benchmark_import",
                *("--megabytes", "0.02", "--lines", "100", "--long-texts"),
                *("--long-lines", "3000", "--long-line-megabytes", "0.2"),
                stdout=out,
            )
        lines = out.getvalue().splitlines()
        cost = r"\d+\.\d s \(\d+\.\d s CPU, [\d,]+ MB peak\)"
        assert re.fullmatch(
            rf"many-lines\.txt \(0\.\d MB, 3,000 lines\): parse {cost}; import_texts --dry-run {cost}; "
            r"load average \d+\.\d\d",
            lines[4],
        ), lines[4]
        assert lines[5].startswith("one-line.txt (0.2 MB, 1 line): parse "), lines[5]
        self.assertEqual(Article.objects.count(), 0)  # a dry run: nothing stays written

    def test_a_failing_import_is_a_command_error(self):
        with (
            mock.patch.dict(os.environ, {"DATABASE_URL": "sqlite:////nonexistent/folder/x.db"}),
            pytest.raises(CommandError, match="import_texts --dry-run"),
        ):
            call_command("benchmark_import", "--megabytes", "0.02", "--lines", "9", "--long-texts", "--long-lines", "9")
