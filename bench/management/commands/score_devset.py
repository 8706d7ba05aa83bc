"""python manage.py score_devset [--split tune|heldout|all] [--details] [--json PATH] [--devset DIR].

Scores the text importer against the development set (fixtures/devset/): accuracy per gold field for the
tune and held-out splits, invented titles, parse speed.  Parses in memory only; the database is not used.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.ingest.reading import UnreadableFile
from articles.ingest.topics import TopicMatcher
from articles.records.catalog import load_topic_definitions
from bench.devset import DevsetError, format_details, format_table, run_devset


class Command(BaseCommand):
    help = "Score the text importer against the development set: accuracy per field, invented titles, speed."

    def add_arguments(self, parser):
        parser.add_argument(
            "--split", choices=("tune", "heldout", "all"), default="all", help="texts to parse (default all)"
        )
        parser.add_argument("--details", action="store_true", help="list every wrong field, gold against parsed")
        parser.add_argument("--json", type=Path, help="also write the full report to this file")
        parser.add_argument("--devset", type=Path, help="the development set folder (default fixtures/devset/)")

    def handle(self, *args: Any, split: str, details: bool, verbosity: int, **options: Any) -> None:
        directory = options["devset"] or Path(settings.BASE_DIR) / "fixtures" / "devset"
        matcher = TopicMatcher(load_topic_definitions(Path(settings.ARCHIVE_TOPICS_FILE)))
        try:
            report = run_devset(directory, matcher, split)
        except (DevsetError, UnreadableFile, OSError) as error:
            raise CommandError(str(error)) from error
        if verbosity >= 1:
            self.stdout.write(format_table(report))
            if details:
                self.stdout.write("\nWrong fields:\n" + (format_details(report) or "  none"))
        if options["json"]:
            try:
                options["json"].write_text(
                    json.dumps(report.to_dict(), ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8"
                )
            except OSError as error:
                raise CommandError(f"{options['json']}: cannot write the report ({error}).") from error
