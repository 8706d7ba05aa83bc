"""Authors' affiliations from the text to the database, kept by a re-import when curated, and through a backup."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TestCase

from articles.models import Article, Authorship
from tests.fixtures import ROOT
from tests.reliability.test_restore import export, wipe

DEVSET_TEXTS = ROOT / "fixtures" / "devset" / "texts"
# Two authors with their own numbered affiliations (tuned part of the development set).
NUMBERED = "ru-journal-31"
FIRST_ORG = "Частное образовательное учреждение высшего образования «Институт специальной педагогики и психологии»"


def affiliations(article: Article) -> list[tuple[str, str]]:
    return [(a.author.name, a.affiliation) for a in article.authorships.select_related("author").order_by("position")]


class AffiliationImportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.folder = Path(tempfile.mkdtemp())
        (cls.folder / f"{NUMBERED}.txt").write_text(
            (DEVSET_TEXTS / f"{NUMBERED}.txt").read_text(encoding="utf-8"), encoding="utf-8"
        )
        call_command("import_texts", str(cls.folder), verbosity=0)
        cls.article = Article.objects.get(import_key=f"{NUMBERED}.txt#1")

    def import_again(self) -> str:
        out = io.StringIO()
        call_command("import_texts", str(self.folder), stdout=out)
        return out.getvalue()

    def write(self, text: str) -> Path:
        handle = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8")  # noqa: SIM115
        handle.write(text)
        handle.close()
        self.addCleanup(Path(handle.name).unlink)
        return Path(handle.name)

    def test_the_import_writes_each_authors_affiliation(self):
        rows = affiliations(self.article)
        self.assertEqual([name for name, _ in rows], ["Бахтуридзе З.З.", "Лагутина М.Л."])
        self.assertEqual(rows[0][1], FIRST_ORG)
        self.assertIn("«Санкт-Петербургский государственный университет»", rows[1][1])

    def test_a_second_import_changes_nothing(self):
        before = export()
        self.assertIn("0 created, 0 updated, 1 unchanged", self.import_again())
        self.assertEqual(export(), before)

    def test_an_affiliation_changed_by_the_writer_is_put_back_by_a_reimport(self):
        Authorship.objects.filter(article=self.article, position=0).update(affiliation="")
        self.assertIn("1 updated", self.import_again())
        self.assertEqual(affiliations(self.article)[0][1], FIRST_ORG)

    def test_a_curated_affiliation_is_never_overwritten(self):
        Authorship.objects.filter(article=self.article, position=0).update(affiliation="Институт, исправленный <b>")
        self.article.curated_fields = ["authors"]
        self.article.save(update_fields=["curated_fields"])
        self.import_again()
        self.assertEqual(affiliations(self.article)[0][1], "Институт, исправленный <b>")

    def test_the_backup_carries_affiliations_byte_for_byte(self):
        Authorship.objects.filter(article=self.article, position=1).update(affiliation="  «Кафедра»\u00a0& <i>Ω</i>  ")
        before = export()
        line = json.loads(before)
        self.assertEqual(
            [person["affiliation"] for person in line["authors"]], [FIRST_ORG, "  «Кафедра»\u00a0& <i>Ω</i>  "]
        )
        path = self.write(before)
        wipe()
        call_command("import_articles", str(path), stdout=io.StringIO())
        self.assertEqual(export(), before)

    def test_a_backup_written_before_affiliations_restores_without_them(self):
        line = json.loads(export())
        for person in line["authors"]:
            del person["affiliation"]
        path = self.write(json.dumps(line, ensure_ascii=False) + "\n")
        wipe()
        call_command("import_articles", str(path), stdout=io.StringIO())
        restored = Article.objects.get(slug=line["slug"])
        self.assertEqual([a for _, a in affiliations(restored)], ["", ""])

    def test_an_affiliation_longer_than_its_column_is_refused_before_anything_is_written(self):
        line = json.loads(export())
        line["authors"][0]["affiliation"] = "У" * 301
        path = self.write(json.dumps(line, ensure_ascii=False) + "\n")
        Authorship.objects.filter(article=self.article).update(affiliation="unchanged")
        with self.assertRaisesMessage(CommandError, "field authors.0.affiliation"):
            call_command("import_articles", str(path), stdout=io.StringIO())
        self.assertEqual([a for _, a in affiliations(self.article)], ["unchanged", "unchanged"])
