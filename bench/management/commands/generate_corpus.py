"""python manage.py generate_corpus N [--seed S] — a synthetic archive of N articles (see bench/corpus.py)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from bench.bulk import tidy_database
from bench.corpus import generate_corpus


class Command(BaseCommand):
    help = "Generate N synthetic articles with their search index (same seed, same archive)."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help="how many articles")
        parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
        parser.add_argument("--batch-size", type=int, default=250, help="articles per transaction (default 250)")
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(
        self, *args: Any, count: int, seed: int, batch_size: int, database: str, verbosity: int, **options: Any
    ) -> None:
        if count < 1:
            raise CommandError("N must be at least 1.")
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        step = max(batch_size, (count // 20 // batch_size) * batch_size)

        def progress(done: int, total: int, seconds: float) -> None:
            if verbosity >= 2 or (verbosity >= 1 and (done % step == 0 or done == total)):
                self.stdout.write(f"  {done}/{total} articles, {done / seconds:.0f}/s")

        try:
            report = generate_corpus(count, seed=seed, batch_size=batch_size, using=database, progress=progress)
        except ValueError as error:
            raise CommandError(str(error)) from error
        tidy_seconds = tidy_database(database)
        if verbosity >= 1:
            phases = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in report.phases.items())
            self.stdout.write(
                f"{report.articles} articles ({report.indexed} indexed) in {report.seconds:.1f} s: "
                f"{report.rate:.0f} articles/s ({phases}); statistics updated in {tidy_seconds:.1f} s."
            )
