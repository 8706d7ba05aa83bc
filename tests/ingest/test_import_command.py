"""import_texts and export_articles against a real database: idempotent, atomic, curated work kept."""

import io
import json
import os
import tempfile
from pathlib import Path

from django.core.management import CommandError, call_command
from django.test import TestCase
from django.utils import translation

from articles.backup.export import EXPORT_KEYS
from articles.models import Abstract, Article, Author, Keyword, Reference, Topic

RUSSIAN_TEXT = (
    "А. Б. Иванов\n\nВНЕШНЯЯ ПОЛИТИКА КАЗАХСТАНА В ЦЕНТРАЛЬНОЙ АЗИИ\n\n"
    "Казахстан последовательно развивает сотрудничество с государствами Центральной Азии. "
    "Это сотрудничество охватывает торговлю, транспорт и водные ресурсы региона.\n"
)


def export() -> str:
    out = io.StringIO()
    call_command("export_articles", stdout=out)
    return out.getvalue()


def table_counts() -> tuple[int, ...]:
    return tuple(model.objects.count() for model in (Article, Author, Abstract, Keyword, Reference, Topic))


class SeedImportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.first_report = io.StringIO()
        call_command("import_texts", stdout=cls.first_report)

    def test_first_run_creates_every_record(self):
        self.assertIn("5 files, 8 records: 8 created, 0 updated, 0 unchanged.", self.first_report.getvalue())
        self.assertEqual(Article.objects.count(), 8)
        self.assertEqual(Article.objects.published().count(), 8, "imported records are published, fragments too")
        self.assertEqual(Article.objects.filter(is_fragment=True).count(), 4)

    def test_second_run_changes_nothing(self):
        before = export()
        report = io.StringIO()
        call_command("import_texts", stdout=report)
        self.assertIn("0 created, 0 updated, 8 unchanged", report.getvalue())
        self.assertEqual(export(), before)

    def test_export_has_exactly_the_documented_keys_sorted_by_slug(self):
        lines = export().splitlines()
        self.assertEqual(len(lines), 8)
        items = [json.loads(line) for line in lines]
        self.assertEqual([item["slug"] for item in items], sorted(item["slug"] for item in items))
        for item in items:
            self.assertEqual(tuple(item), EXPORT_KEYS)
        interview = next(item for item in items if item["kind"] == "interview")
        self.assertEqual(interview["published"], "2025-11-13")
        self.assertEqual(interview["source"], "Kazinform")
        dollin = next(
            item
            for item in items
            if item["authors"] == [{"name": "Д. Доллин", "name_latin": "D. Dollin", "aliases": [], "affiliation": ""}]
        )
        self.assertEqual(dollin["provenance"], {"file": "000_55efa678b9fb1c42.txt", "first_line": 21, "last_line": 143})
        self.assertEqual(
            dollin["references"][7],
            {
                "number": 8,
                "kind": "numbered",
                "text": "8. www.osce.org/odihr/elections/ukraine/40544",
                "urls": ["www.osce.org/odihr/elections/ukraine/40544"],
            },
        )
        self.assertEqual(sorted(dollin["abstracts"]), ["en", "ru"])
        self.assertEqual(dollin["status"], "published")
        self.assertEqual(dollin["import_key"], "000_55efa678b9fb1c42.txt#2")
        self.assertEqual(dollin["curated_fields"], [])

    def test_one_author_row_per_person(self):
        self.assertEqual(
            sorted(Author.objects.values_list("name", "name_latin")),
            [("А. К. Хасенова", "A. K. Khasenova"), ("Г. Байкушикова", "G. Baikushikova"), ("Д. Доллин", "D. Dollin")],
        )

    def test_dry_run_writes_nothing(self):
        Article.objects.filter(slug__startswith="fragment-").delete()
        counts = table_counts()
        report = io.StringIO()
        call_command("import_texts", "--dry-run", stdout=report)
        self.assertIn("Dry run, nothing written: would have 5 files, 8 records: 2 created", report.getvalue())
        self.assertEqual(table_counts(), counts)

    def test_curated_fields_survive_a_reimport(self):
        article = Article.objects.get(provenance_file="003_63cf53f9b2286ec3.txt")
        article.title = "Edited title"
        article.status = Article.Status.DRAFT
        article.curated_fields = ["title", "status", "abstracts", "keywords", "topics"]
        article.save()
        article.abstracts.filter(language="en").update(text="An editor's abstract.")
        article.keywords.filter(language="en").delete()
        article.topic_links.all().delete()
        call_command("import_texts", verbosity=0)
        article.refresh_from_db()
        self.assertEqual(article.title, "Edited title")
        self.assertEqual(article.status, Article.Status.DRAFT)
        self.assertEqual(article.abstracts.get(language="en").text, "An editor's abstract.")
        self.assertFalse(article.keywords.filter(language="en").exists())
        self.assertFalse(article.topics.exists())
        # What was not curated is still the import's.
        self.assertTrue(article.body.startswith("Кіріспе"))

    def test_uncurated_edits_are_restored_by_the_import(self):
        article = Article.objects.get(provenance_file="004_11369dbd11d99b03.txt")
        Article.objects.filter(pk=article.pk).update(body="vandalised")
        report = io.StringIO()
        call_command("import_texts", stdout=report)
        self.assertIn("1 updated", report.getvalue())
        article.refresh_from_db()
        self.assertTrue(article.body.startswith("АСТАНА. KAZINFORM"))

    def test_article_pages_show_the_records(self):
        for article in Article.objects.all():
            response = self.client.get(article.get_absolute_url())
            self.assertEqual(response.status_code, 200, article.slug)
        with translation.override("en"):
            url = Article.objects.get(provenance_first_line=3).get_absolute_url()
        response = self.client.get(url)
        self.assertContains(response, "This record is a fragment.")
        self.assertContains(
            response, 'href="http://www.eu2007.de/en/News/Press_Releases/June/0627AAZAS.html" rel="nofollow noopener"'
        )


class RefusedFileTests(TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)
        call_command("import_texts", verbosity=0)
        self.counts = table_counts()
        self.before = export()

    def write(self, name: str, data: bytes) -> Path:
        path = Path(self.folder.name) / name
        path.write_bytes(data)
        return path

    def assert_refused(self, path: Path, message: str) -> None:
        good = self.write("good.txt", RUSSIAN_TEXT.encode("utf-8"))
        with self.assertRaisesMessage(CommandError, message):
            call_command("import_texts", str(good), str(path), verbosity=0)
        self.assertEqual(table_counts(), self.counts, "nothing of a refused run is kept")
        self.assertEqual(export(), self.before)

    def test_random_bytes_are_refused(self):
        self.assert_refused(self.write("noise.txt", os.urandom(4096)), "noise.txt")

    def test_empty_file_is_refused(self):
        self.assert_refused(self.write("empty.txt", b""), "empty.txt: the file is empty.")

    def test_nul_bytes_are_refused(self):
        self.assert_refused(
            self.write("nul.txt", "Қазақстан\x00".encode() * 50), "nul.txt: the file contains NUL bytes"
        )

    def test_missing_path_is_refused(self):
        with self.assertRaisesMessage(CommandError, "no such file or folder"):
            call_command("import_texts", "/nonexistent/file.txt", verbosity=0)
        self.assertEqual(table_counts(), self.counts)

    def test_cp1251_text_is_decoded_correctly(self):
        path = self.write("cp1251.txt", RUSSIAN_TEXT.encode("cp1251"))
        call_command("import_texts", str(path), verbosity=0)
        article = Article.objects.get(provenance_file="cp1251.txt")
        self.assertEqual(article.title, "Внешняя политика Казахстана в Центральной Азии")
        self.assertEqual(article.language, "ru")
        self.assertIn("сотрудничество с государствами Центральной Азии", article.body)
        self.assertEqual(article.authors_in_order[0].name, "А. Б. Иванов")


class FolderBoundaryTests(TestCase):
    def test_a_link_out_of_the_imported_folder_is_refused_and_nothing_is_written(self):
        with tempfile.TemporaryDirectory() as outside, tempfile.TemporaryDirectory() as folder:
            secret = Path(outside) / "secret.txt"
            secret.write_text("Құпия мәтін, ол импортталмауы керек. " * 20, encoding="utf-8")
            (Path(folder) / "link.txt").symlink_to(secret)
            with self.assertRaisesMessage(CommandError, "a link out of the folder"):
                call_command("import_texts", folder, verbosity=0)
        self.assertEqual(Article.objects.count(), 0)


class SameNameTests(TestCase):
    TEXT = "Сыртқы саясат туралы {} мақала\n\nБірінші сөйлем мәтінде. Екінші сөйлем мұнда тұр.\n"

    def test_a_file_of_the_same_name_from_another_folder_is_refused_not_merged(self):
        with tempfile.TemporaryDirectory() as first, tempfile.TemporaryDirectory() as second:
            (Path(first) / "same.txt").write_text(self.TEXT.format("бірінші"), encoding="utf-8")
            (Path(second) / "same.txt").write_text(self.TEXT.format("екінші"), encoding="utf-8")
            call_command("import_texts", first, verbosity=0)
            before = export()
            with self.assertRaisesMessage(CommandError, "an article was imported from a file of this name in"):
                call_command("import_texts", second, verbosity=0)
            self.assertEqual(export(), before)
            # The same folder again is a re-import: nothing changes.
            out = io.StringIO()
            call_command("import_texts", first, stdout=out)
            self.assertIn("0 created, 0 updated, 1 unchanged", out.getvalue())

    def test_two_files_of_one_name_in_one_import_are_refused(self):
        with tempfile.TemporaryDirectory() as folder:
            for sub in ("a", "b"):
                (Path(folder) / sub).mkdir()
                (Path(folder) / sub / "same.txt").write_text(self.TEXT.format(sub), encoding="utf-8")
            with self.assertRaisesMessage(CommandError, "Two files are named same.txt"):
                call_command("import_texts", folder, verbosity=0)
        self.assertEqual(Article.objects.count(), 0)
