"""python manage.py benchmark_relevance [--import] — MRR@10 of real records in the archive (see bench/relevance.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from articles.models import Article
from bench.relevance import default_queries_file, format_report, import_real_records, load_queries, measure_relevance


class Command(BaseCommand):
    help = "Search for real records by the words people type and print MRR@10 (run generate_corpus first)."

    def add_arguments(self, parser):
        parser.add_argument("--import", dest="import_records", action="store_true", help="import the real texts first")
        parser.add_argument("--queries", type=Path, help="a queries file (default fixtures/relevance/queries.json)")

    def handle(self, *args: Any, import_records: bool, queries: Path | None, **options: Any) -> None:
        if import_records:
            import_real_records()
        try:
            loaded = load_queries(queries or default_queries_file())
        except (OSError, ValueError, KeyError) as error:
            raise CommandError(f"Cannot read the queries: {error}") from error
        report = measure_relevance(loaded)
        if not report.results:
            raise CommandError("None of the queried records is in the archive: run with --import.")
        self.stdout.write(format_report(report, Article.objects.published().count()))
