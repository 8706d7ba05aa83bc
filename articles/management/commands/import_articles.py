"""python manage.py import_articles FILE — restore the JSON Lines written by export_articles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.backup.restore import RestoreError, parse_lines, restore_articles


class Command(BaseCommand):
    help = "Restore articles from an export_articles file (JSON Lines); all or nothing."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="a file written by export_articles ('-' is not accepted)")

    def handle(self, *args: Any, file: Path, verbosity: int, **options: Any) -> None:
        try:
            with file.open(encoding="utf-8") as handle:
                items = parse_lines(handle)
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}.") from error
        except UnicodeDecodeError as error:
            raise CommandError(f"Nothing was restored. {file} is not UTF-8 text.") from error
        except RestoreError as error:
            raise CommandError(f"Nothing was restored. {file}: {error}") from error
        try:
            report = restore_articles(items, Path(settings.ARCHIVE_TOPICS_FILE))
        except RestoreError as error:
            raise CommandError(f"Nothing was restored. {file}: {error}") from error
        if verbosity >= 1:
            self.stdout.write(f"{len(items)} articles restored: {report.created} created, {report.updated} updated.")
