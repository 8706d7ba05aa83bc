"""Head shapes of real third-party pages (development set, tuned part): labelled facts, unlabelled abstracts,
flattened text layers, bylines."""

from __future__ import annotations

import datetime

from django.test import SimpleTestCase

from articles.ingest.fields import read_field
from articles.ingest.pipeline import parse_files
from articles.ingest.records import ArticleRecord
from tests.fixtures import ROOT

DEVSET_TEXTS = ROOT / "fixtures" / "devset" / "texts"


def parse(name: str) -> ArticleRecord:
    records = parse_files([(f"{name}.txt", (DEVSET_TEXTS / f"{name}.txt").read_text(encoding="utf-8"))])
    assert len(records) == 1, records
    return records[0]


class LabelledFactTests(SimpleTestCase):
    def test_label_and_value_glued_separated_or_on_two_lines(self):
        self.assertEqual(read_field("JournalAstra Salvensis"), ("journal", "Astra Salvensis", False))
        self.assertEqual(read_field("Issue number10"), ("issue", "10", False))
        self.assertEqual(read_field("Pages (from-to)77-90"), ("pages", "77-90", False))
        self.assertEqual(read_field("Том: 74"), ("volume", "74", False))
        self.assertEqual(read_field("Выпуск\t3–4"), ("issue", "3-4", False))
        self.assertEqual(read_field("Original languageEnglish"), ("language", "en", False))
        self.assertEqual(read_field("Language", "Русский"), ("language", "ru", True))
        self.assertEqual(read_field("Тілі: қазақ"), ("language", "kk", False))

    def test_prose_and_addresses_are_not_facts(self):
        self.assertIsNone(read_field("Journal of Central Asian Studies"))
        self.assertIsNone(read_field("Journal homepage: www.tandfonline.com/journals/ccam20"))
        self.assertIsNone(read_field("Journal: https://example.org/journal"))
        self.assertIsNone(read_field("Number of pages14"))
        self.assertIsNone(read_field("Volume of trade grew"))
        self.assertIsNone(read_field("Language", "The parties met in Astana"))

    def test_a_research_portal_page(self):
        # Pure (research.nu.edu.kz): facts as a flattened table, keywords as bullets, the abstract unlabelled.
        record = parse("en-journal-12")
        self.assertEqual((record.journal, record.issue, record.pages), ("Astra Salvensis", "10", "77-90"))
        self.assertEqual((record.published, record.published_precision), (datetime.date(2017, 1, 1), "day"))
        self.assertEqual(record.language, "en")


class UnlabelledAbstractTests(SimpleTestCase):
    def test_an_abstract_that_opens_as_abstracts_do(self):
        # Вестник КазНУ (kk): the title, then "Мақалада … қарастырылған." with no label and no byline.
        record = parse("kk-journal-05")
        self.assertEqual(record.kind, "research_article")
        self.assertTrue(record.abstracts["kk"].startswith("Мақалада Орталық Азия аймақтағы суды"))
        self.assertTrue(record.abstracts["kk"].endswith("ынтымақтастық орнату болып табылады."))
        self.assertNotIn("Орталық Азия аймақ бай табиғи", record.abstracts["kk"])  # the body's first paragraph

    def test_an_abstract_above_its_title_on_a_page_that_states_its_language(self):
        # OJS in its English locale for a Russian article: abstract first, then the English title, "Language Русский".
        record = parse("en-journal-06")
        self.assertEqual(record.language, "ru")
        self.assertIsNone(record.title)
        self.assertEqual(list(record.titles), ["en"])
        self.assertEqual(
            record.titles["en"].casefold(),
            "relationship of kazakhstan and the usa in the context of american interests in central asia",
        )
        self.assertEqual(record.kind, "research_article")
        self.assertTrue(record.abstracts["en"].endswith("a priority partner in Central Asia."))


class FlattenedTextLayerTests(SimpleTestCase):
    def test_a_pdf_text_layer_on_one_line(self):
        # A Springer PDF whose text layer lost its line breaks: rubric, title, marked name, dates, abstract.
        record = parse("en-journal-11")
        self.assertEqual(record.title, "Eurasian Economic Union: a challenge for EU policy towards Kazakhstan")
        self.assertEqual(record.authors, ["Agnieszka Konopelko"])
        self.assertTrue(record.abstracts["en"].startswith("As a top trading partner"))
        self.assertNotIn("Introduction", record.abstracts["en"])
        # "Received: … /Revised: … /Accepted: … / Published online: 27 April 2017": the labelled one is the date.
        self.assertEqual(record.published, datetime.date(2017, 4, 27))
        # A paper's "Subject: subtitle" title is not a person's quoted words.
        self.assertEqual(record.kind, "research_article")

    def test_a_title_glued_to_its_byline_and_affiliation(self):
        record = parse("en-journal-08")
        self.assertEqual(record.title, "Some Theoretical Aspects of Studying the Foreign Policy of the")
        self.assertEqual(record.authors, ["Akbota TOKMURZAYEVA", "Dauletbek RAEV", "Laura ABZHAPAROVA"])


class BylineTests(SimpleTestCase):
    def test_a_name_under_a_headline_above_the_lead_is_the_byline(self):
        record = parse("en-interview-05")
        self.assertEqual(record.title, "KAZAKHSTAN: 'The destiny of our country is to be a leader'")
        self.assertEqual(record.authors, ["Thomas Cromwell"])

    def test_a_long_title_above_its_byline_and_affiliation(self):
        # 25 words with a subtitle; the affiliation line below the byline is not a title.
        record = parse("en-journal-15")
        self.assertTrue(record.title.startswith("Reflection of Markers of the New National Identity"))
        self.assertTrue(record.title.endswith("Actualization of Anti‑Russian Sentiments"))
        self.assertEqual(len(record.authors), 4)

    def test_a_name_with_a_role_and_an_abstract_cut_by_the_excerpt(self):
        # "А.Ф. Мухаметов, главный эксперт" over an affiliation; "Целью статьи является …" cut mid-word.
        record = parse("ru-journal-15")
        self.assertEqual(record.authors, ["А.Ф. Мухаметов"])
        self.assertEqual(record.kind, "research_article")
        self.assertTrue(record.abstracts["ru"].startswith("Целью статьи является критическая оценка"))

    def test_two_letter_initials_and_affiliation_labels(self):
        # Cambridge Core: "Kulipa Ch. Baisultanova" / "Affiliation:"; the paper's questions make no interview.
        record = parse("en-journal-16")
        self.assertEqual(record.authors, ["Aigerim M. Zhakyanova", "Kulipa Ch. Baisultanova"])
        self.assertEqual(record.kind, "research_article")

    def test_one_person_in_two_casings_is_one_author(self):
        record = parse("en-journal-04")  # "Oleg KARPOVICH" over the title, "Oleg Karpovich, D.Sc. …" below
        self.assertEqual(record.authors, ["Oleg KARPOVICH"])
