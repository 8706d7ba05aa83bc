"""python manage.py import_texts [PATH ...] — parse text dumps into articles (see articles/ingest/)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.ingest.loader import ImportCollision, load_records
from articles.ingest.manifest import ManifestError, apply_manifest, manifests_for
from articles.ingest.pipeline import parse_files
from articles.ingest.reading import OutsideFolder, UnreadableFile, collect_files, read_text_file
from articles.ingest.topics import TopicMatcher
from articles.records.catalog import load_topic_definitions


class Command(BaseCommand):
    help = "Import text files (or folders of them) into the archive; with no path, the bundled seed texts."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", type=Path, help="files or folders; default: fixtures/seeds/")
        parser.add_argument("--dry-run", action="store_true", help="report what would change without writing")
        parser.add_argument(
            "--manifest",
            type=Path,
            help="a JSON manifest of what the texts do not say (journal, year, issue, address); "
            "a manifest.json beside the texts is read anyway",
        )

    def handle(
        self, *args: Any, paths: list[Path], dry_run: bool, manifest: Path | None, verbosity: int, **options: Any
    ) -> None:
        paths = paths or [Path(settings.ARCHIVE_SEED_DIR)]
        try:
            files = collect_files(paths)
        except (FileNotFoundError, OutsideFolder) as error:
            raise CommandError(str(error)) from error
        if not files:
            raise CommandError("No text files to import.")
        by_name: dict[str, Path] = {}
        for path in files:
            if path.name in by_name:  # the import key is the file's name: two such files would be one text
                raise CommandError(
                    f"Two files are named {path.name} ({by_name[path.name]}, {path}): rename one. Nothing was imported."
                )
            by_name[path.name] = path
        named_texts = []
        for path in files:
            try:
                named_texts.append((path.name, read_text_file(path)))
            except (UnreadableFile, OSError) as error:
                raise CommandError(f"Nothing was imported. {error}") from error
        try:
            manifests = manifests_for(paths, manifest, {path.name for path in files})
        except ManifestError as error:
            raise CommandError(f"Nothing was imported. {error}") from error
        definitions = load_topic_definitions(Path(settings.ARCHIVE_TOPICS_FILE))
        if verbosity >= 1 and len(files) > 1:
            self.stdout.write(f"Reading {len(files)} files ({sum(len(text) for _, text in named_texts):,} characters)…")

        def parsing(done: int, total: int) -> None:
            if verbosity >= 2 or (verbosity >= 1 and total >= 50 and done % 50 == 0):
                self.stdout.write(f"  parsed {done}/{total} files")

        records = parse_files(named_texts, TopicMatcher(definitions), progress=parsing)
        apply_manifest(records, manifests)
        for record in records:
            record.folder = str(by_name[record.file].parent.resolve())

        def progress(done: int, total: int) -> None:
            if verbosity >= 2 or (verbosity >= 1 and total >= 200 and done % 100 == 0):
                self.stdout.write(f"  {done}/{total} records")

        try:
            report = load_records(records, definitions, dry_run=dry_run, progress=progress)
        except ImportCollision as error:
            raise CommandError(str(error)) from error
        if verbosity >= 2:
            for outcome, slugs in report.slugs.items():
                for slug in slugs:
                    self.stdout.write(f"  {outcome}: {slug}")
        prefix = "Dry run, nothing written: would have " if dry_run else ""
        self.stdout.write(
            f"{prefix}{len(files)} files, {len(records)} records: "
            f"{report.created} created, {report.updated} updated, {report.unchanged} unchanged."
        )
