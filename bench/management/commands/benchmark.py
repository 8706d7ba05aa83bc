"""python manage.py benchmark [--json PATH] — page latencies against their SQL floor, throughput, worker memory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from articles.models import Article
from bench.bench import Settings, format_table, run_benchmark
from bench.relevance import default_queries_file, format_summary, load_queries, measure_relevance, relevance_result


class Command(BaseCommand):
    help = "Benchmark the production stack (gunicorn on 127.0.0.1) against the configured database."

    def add_arguments(self, parser):
        parser.add_argument("--json", type=Path, help="also write the results to this file")
        parser.add_argument("--requests", type=int, default=100, help="timed requests per case (default 100)")
        parser.add_argument("--warmup", type=int, default=10, help="untimed requests per case first (default 10)")
        parser.add_argument("--floor-repeat", type=int, default=30, help="timed runs of each floor (default 30)")
        parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (default 3, as in README)")
        parser.add_argument("--concurrency", type=int, default=4, help="clients of the load test (default 4)")
        parser.add_argument("--load-requests", type=int, default=400, help="requests of the load test (default 400)")
        parser.add_argument("--no-plans", action="store_true", help="leave the query plans out of the output")
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)
        parser.add_argument("--no-relevance", action="store_true", help="leave MRR@10 (benchmark_relevance) out")

    def handle(self, *args: Any, verbosity: int, **options: Any) -> None:
        for name in ("requests", "workers", "concurrency", "load_requests", "floor_repeat"):
            if options[name] < 1:
                raise CommandError(f"--{name.replace('_', '-')} must be at least 1.")
        if options["warmup"] < 0:
            raise CommandError("--warmup cannot be negative.")
        if not Article.objects.using(options["database"]).published().exists():
            raise CommandError("No published articles: run generate_corpus N first.")
        config = Settings(
            requests=options["requests"],
            warmup=options["warmup"],
            floor_repeat=options["floor_repeat"],
            workers=options["workers"],
            concurrency=options["concurrency"],
            load_requests=options["load_requests"],
            using=options["database"],
        )

        def log(line: str) -> None:
            if verbosity >= 2:
                self.stdout.write(line)

        try:
            result = run_benchmark(config, log)
        except RuntimeError as error:
            raise CommandError(str(error)) from error
        # MRR@10 of the real records (bench/relevance.py) on the same archive: the page's own search, in this
        # process, so only on the default database (the one the pages read).
        if not options["no_relevance"] and options["database"] == DEFAULT_DB_ALIAS:
            report = measure_relevance(load_queries(default_queries_file()))
            result["relevance"] = relevance_result(report)
            summary = format_summary(report, result["articles"])
        else:
            summary = ""
        if verbosity >= 1:
            self.stdout.write(format_table(result))
            if summary:
                self.stdout.write(summary)
            if not options["no_plans"]:
                for case, plans in result["plans"].items():
                    for plan in plans:
                        self.stdout.write(f"\n-- plan: {case}\n{plan}")
        if options["json"]:
            options["json"].write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
