"""export_articles → fresh database → import_articles → export_articles gives the same bytes."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TestCase
from django.utils import timezone

from articles.models import Article, Author, Source, Topic
from articles.search.index import index_articles


def export() -> str:
    out = io.StringIO()
    call_command("export_articles", stdout=out)
    return out.getvalue()


def wipe() -> None:
    """Everything the archive holds, gone: what a fresh database looks like after migrate."""
    Article.objects.all().delete()
    Author.objects.all().delete()
    Source.objects.all().delete()
    Topic.objects.all().delete()


class RestoreTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("import_texts", verbosity=0)
        # Curated work of every kind the export carries.
        dollin = Article.objects.get(authorships__author__name="Д. Доллин")
        dollin.title = "Отредактированное заглавие"
        dollin.status = Article.Status.DRAFT
        dollin.curated_fields = ["title", "status"]
        dollin.reviewed_at = timezone.now().replace(microsecond=0)
        dollin.save()
        author = Author.objects.get(name="Д. Доллин")
        author.aliases = ["Д. Долин", "D. Dolin"]
        author.save()
        index_articles([dollin.pk])

    def write(self, text: str) -> Path:
        handle = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8")  # noqa: SIM115
        handle.write(text)
        handle.close()
        self.addCleanup(Path(handle.name).unlink)
        return Path(handle.name)

    def test_round_trip_is_byte_identical_with_curated_fields_and_statuses(self):
        before = export()
        path = self.write(before)
        wipe()
        self.assertEqual(export(), "")
        out = io.StringIO()
        call_command("import_articles", str(path), stdout=out)
        self.assertEqual(out.getvalue().strip(), "8 articles restored: 8 created, 0 updated.")
        self.assertEqual(export(), before)
        restored = Article.objects.get(title="Отредактированное заглавие")
        self.assertEqual(restored.status, "draft")
        self.assertEqual(sorted(restored.curated_fields), ["status", "title"])
        self.assertEqual(Author.objects.get(name="Д. Доллин").aliases, ["Д. Долин", "D. Dolin"])
        # The search index is rebuilt too: published articles found, the draft not.
        self.assertEqual(Article.objects.published().search("Dollin").count(), 0)
        self.assertEqual(Article.objects.published().search("Khasenova").count(), 1)

    def test_restoring_over_the_same_archive_changes_nothing(self):
        before = export()
        call_command("import_articles", str(self.write(before)), stdout=io.StringIO())
        self.assertEqual(export(), before)

    def test_a_reimport_of_the_texts_after_a_restore_keeps_curated_work(self):
        path = self.write(export())
        wipe()
        call_command("import_articles", str(path), stdout=io.StringIO())
        out = io.StringIO()
        call_command("import_texts", stdout=out)
        self.assertIn("8 records: 0 created", out.getvalue())
        self.assertTrue(Article.objects.filter(title="Отредактированное заглавие", status="draft").exists())

    def test_a_broken_file_restores_nothing(self):
        lines = export().splitlines()
        broken = [
            ("\n".join(lines[:4] + ["{not json"] + lines[4:]), "line 5: not JSON"),
            ("\n".join(lines[:2] + ['{"slug": "x"}']), "line 3, field kind: Field required"),
            (
                "\n".join(lines[:-1] + [lines[-1].replace('"status": "published"', '"status": "gone"')]),
                "line 8, field status: Input should be 'draft' or 'published'",
            ),
            (
                "\n".join(lines[:-1] + [lines[-1].replace('"topics": [', '"topics": ["no-such-topic", ')]),
                "unknown topics no-such-topic",
            ),
        ]
        before = export()
        for text, message in broken:
            with self.subTest(message=message):
                wipe_marker = Article.objects.count()
                with self.assertRaisesMessage(CommandError, message):
                    call_command("import_articles", str(self.write(text)), stdout=io.StringIO())
                self.assertIn("Nothing was restored", str(self._last_error(text)))
                self.assertEqual(Article.objects.count(), wipe_marker)
                self.assertEqual(export(), before)

    def _last_error(self, text: str) -> CommandError:
        try:
            call_command("import_articles", str(self.write(text)), stdout=io.StringIO())
        except CommandError as error:
            return error
        raise AssertionError("no error")

    def test_missing_file_is_a_clear_error(self):
        with self.assertRaisesMessage(CommandError, "Cannot read /nonexistent.jsonl"):
            call_command("import_articles", "/nonexistent.jsonl")

    def test_binary_file_is_refused(self):
        path = self.write("")
        path.write_bytes(b"\xff\xfe\x00\x01" * 100)
        with self.assertRaisesMessage(CommandError, "Nothing was restored"):
            call_command("import_articles", str(path))

    def test_export_lines_are_json_objects_with_every_key(self):
        for line in export().splitlines():
            self.assertIn("curated_fields", json.loads(line))
