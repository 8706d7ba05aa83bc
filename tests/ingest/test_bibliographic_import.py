"""Bibliographic facts of real third-party texts through import_texts, the batch manifest, export and restore."""

from __future__ import annotations

import datetime
import io
import json
import shutil
import tempfile
from pathlib import Path

from django.core.management import CommandError, call_command
from django.test import TestCase

from articles.models import Article, Source
from tests.fixtures import ROOT

DEVSET_TEXTS = ROOT / "fixtures" / "devset" / "texts"
# International Affairs (OUP): the byline, title, journal, volume, issue, month and pages are only in its
# "Cite" line; a manifest gives its address.
OUP_PAGE = "en-journal-02.txt"
# Вестник Финансового университета (PDF text): DOI with a stray space, УДК, a title in capitals.
PDF_ARTICLE = "ru-journal-02.txt"


def export() -> list[dict]:
    out = io.StringIO()
    call_command("export_articles", stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def table_counts() -> tuple[int, int]:
    return Article.objects.count(), Source.objects.count()


class ManifestImportTests(TestCase):
    def setUp(self):
        self.folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.folder)
        for name in (OUP_PAGE, PDF_ARTICLE):
            shutil.copy(DEVSET_TEXTS / name, self.folder / name)

    def write_manifest(self, data: dict) -> Path:
        path = self.folder / "manifest.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return path

    def test_the_text_and_the_manifest_fill_the_bibliographic_record(self):
        self.write_manifest(
            {
                "files": {
                    OUP_PAGE: {"url": "https://academic.oup.com/ia/article/96/4/975/5866423", "year": 1999},
                    PDF_ARTICLE: {"journal": "Вестник Финансового университета", "issn": "2226-7867", "year": 2019},
                }
            }
        )
        call_command("import_texts", str(self.folder), verbosity=0)
        oup = Article.objects.get(provenance_file=OUP_PAGE)
        self.assertEqual(
            oup.title,
            "Between the bear and the dragon: multivectorism in Kazakhstan as a model strategy for secondary powers",
        )
        self.assertEqual(
            [a.name for a in oup.authors_in_order], ["Rachel Vanderhill", "Sandra F Joireman", "Roza Tulepbayeva"]
        )
        self.assertEqual((oup.source.name, oup.source.kind), ("International Affairs", Source.Kind.JOURNAL))
        self.assertEqual((oup.volume, oup.issue, oup.pages, oup.doi), ("96", "4", "975-993", "10.1093/ia/iiaa061"))
        # The text's own date (July 2020) wins over the manifest's year; the manifest gives the address.
        self.assertEqual((oup.published, oup.published_precision), (datetime.date(2020, 7, 1), "month"))
        self.assertEqual(oup.original_url, "https://academic.oup.com/ia/article/96/4/975/5866423")
        pdf = Article.objects.get(provenance_file=PDF_ARTICLE)
        self.assertEqual((pdf.doi, pdf.udc), ("10.26794/2226-7867-2019-9-3-18-24", "331.108(045)"))
        self.assertEqual((pdf.source.name, pdf.source.issn), ("Вестник Финансового университета", "2226-7867"))
        self.assertEqual((pdf.published, pdf.published_precision), (datetime.date(2019, 1, 1), "year"))
        self.assertEqual([a.name for a in pdf.authors_in_order], ["Осинина Дарья Дмитриевна"])

    def test_an_editors_volume_survives_a_reimport(self):
        call_command("import_texts", str(self.folder), verbosity=0)
        article = Article.objects.get(provenance_file=OUP_PAGE)
        article.volume, article.curated_fields = "96 (special)", ["volume"]
        article.save()
        call_command("import_texts", str(self.folder), verbosity=0)
        self.assertEqual(Article.objects.get(pk=article.pk).volume, "96 (special)")

    def test_a_manifest_with_an_unknown_field_is_refused_and_nothing_is_written(self):
        self.write_manifest({"files": {OUP_PAGE: {"volum": "96"}}})
        before = table_counts()
        with self.assertRaisesMessage(CommandError, "unknown field volum"):
            call_command("import_texts", str(self.folder), verbosity=0)
        self.assertEqual(table_counts(), before)

    def test_a_manifest_naming_a_missing_file_is_refused(self):
        self.write_manifest({"files": {"missing.txt": {"year": 2020}}})
        with self.assertRaisesMessage(CommandError, "names missing.txt, but there is no such text file"):
            call_command("import_texts", str(self.folder), verbosity=0)
        self.assertEqual(Article.objects.count(), 0)

    def test_bad_values_are_named(self):
        for values, message in (
            ({"year": "2020"}, "year must be a number"),
            ({"url": "javascript:alert(1)"}, "url must be an http:// or https:// address"),
            ({"published": "2020-13"}, "published must be a date"),
            ({"issn": "12345"}, "issn must look like 1234-567X"),
        ):
            with self.subTest(values=values):
                self.write_manifest({"defaults": values})
                with self.assertRaisesMessage(CommandError, message):
                    call_command("import_texts", str(self.folder), verbosity=0)
        self.assertEqual(Article.objects.count(), 0)

    def test_export_and_restore_keep_the_bibliographic_record_byte_for_byte(self):
        self.write_manifest({"files": {OUP_PAGE: {"url": "https://academic.oup.com/ia/article/96/4/975/5866423"}}})
        call_command("import_texts", str(self.folder), verbosity=0)
        out = io.StringIO()
        call_command("export_articles", stdout=out)
        exported = out.getvalue()
        item = next(i for i in map(json.loads, exported.splitlines()) if i["provenance"]["file"] == OUP_PAGE)
        self.assertEqual(item["source_details"], {"kind": "journal", "issn": "", "url": ""})
        self.assertEqual((item["volume"], item["issue"], item["pages"]), ("96", "4", "975-993"))
        self.assertEqual(item["published_precision"], "month")
        backup = self.folder / "backup.jsonl"
        backup.write_text(exported, encoding="utf-8")
        Article.objects.all().delete()
        Source.objects.all().delete()
        call_command("import_articles", str(backup), stdout=io.StringIO())
        again = io.StringIO()
        call_command("export_articles", stdout=again)
        self.assertEqual(again.getvalue(), exported)


class MarkupTextTests(TestCase):
    def test_a_short_text_with_markup_characters_imports_and_stays_inert(self):
        folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, folder)
        text = (
            "Формулы интеграции: <b>ЕАЭС</b> и СНГ\n\n"
            'Если a < b и c > d, то индекс = 0,5; <script>alert("x")</script> — это текст, а не разметка.\n'
        )
        (folder / "markup.txt").write_text(text, encoding="utf-8")
        call_command("import_texts", str(folder), verbosity=0)
        article = Article.objects.get(provenance_file="markup.txt")
        self.assertEqual(article.title, "Формулы интеграции: <b>ЕАЭС</b> и СНГ")
        page = self.client.get(article.get_absolute_url())
        self.assertEqual(page.status_code, 200)
        self.assertContains(page, "Формулы интеграции: &lt;b&gt;ЕАЭС&lt;/b&gt; и СНГ")
        self.assertNotContains(page, '<script>alert("x")</script>')


class DevelopmentSetImportTests(TestCase):
    def test_every_real_text_of_the_development_set_imports_on_this_database(self):
        # On PostgreSQL a value longer than its column is refused: a run-on keyword once stopped the import.
        call_command("import_texts", str(DEVSET_TEXTS), verbosity=0)
        texts = len(list(DEVSET_TEXTS.glob("*.txt")))
        self.assertGreaterEqual(Article.objects.count(), texts)
        self.assertEqual(
            set(Article.objects.values_list("provenance_file", flat=True)), {p.name for p in DEVSET_TEXTS.glob("*.txt")}
        )
