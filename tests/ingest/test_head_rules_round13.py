"""Round 13 of the head's rules: a headline naming the speaker it quotes, an interview's headline over its first
question, a teaser cut with an ellipsis, a date under another date's label on the line above, and unlabelled
abstracts (an interview's lead is none; a summary naming its genre, one over the introduction's heading or over a
download link, a translation under stacked titles, a JSON record's, a structured one, a listing item's).

Each rule is shown on small made-up lines (the shapes any site or journal may print), with the near miss the rule
must leave alone.
"""

from __future__ import annotations

from django.test import SimpleTestCase

from articles.ingest.abstract_label import json_record_abstract, structured_abstract
from articles.ingest.abstract_lead import opens_summary
from articles.ingest.assemble import parse_single
from articles.ingest.dates import find_dates
from articles.ingest.head_dates import under_other_label
from articles.ingest.head_model import cut_teaser, quoted_speaker, without_glued_byline
from articles.ingest.layout import Line
from articles.ingest.pipeline import build_vocabulary
from articles.ingest.records import ArticleRecord
from articles.ingest.single import read_head

BODY_EN = (
    "The two countries have worked together on trade and transit for many years, and the talks this week went on "
    "with that work. Officials from both sides said they expect new agreements to be signed before the end of the "
    "year, and business groups welcomed the news."
)
ABSTRACT_RU = (
    "Рассматриваются проблемы правового статуса Каспийского моря и его разграничения между прибрежными "
    "государствами. Автор прослеживает историю вопроса и анализирует результаты переговорного процесса."
)
ABSTRACT_EN = (
    "The problems of the legal status of the Caspian Sea and of its delimitation between the coastal states are "
    "considered. The author traces the history of the issue and analyses the results of the negotiations."
)


def lines_of(*texts: str) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=1)]


def record_of(*texts: str) -> ArticleRecord:
    lines = lines_of(*texts)
    return parse_single(lines, "sample.txt", build_vocabulary([line.text for line in lines]))


class QuotedSpeakerTests(SimpleTestCase):
    def test_a_name_after_a_closed_quotation_and_a_dash_stays_in_the_headline(self):
        headline = "“There is no dual power in the country” — William Moser, U.S. Ambassador"
        self.assertEqual(record_of(headline, "", BODY_EN, "", BODY_EN).title, headline)
        self.assertTrue(quoted_speaker("«Мы готовы к переговорам»"))
        self.assertEqual(
            without_glued_byline("«Мы готовы» – Иван Петров", ["Иван Петров"]), "«Мы готовы» – Иван Петров"
        )
        # Near miss: a byline glued to a headline with no quotation is cut off it.
        self.assertEqual(without_glued_byline("Trade grows again John Smith", ["John Smith"]), "Trade grows again")
        self.assertFalse(quoted_speaker("Trade grows again"))


class HeadlineOverQuestionTests(SimpleTestCase):
    def test_the_first_line_set_off_over_the_first_question_is_a_headline(self):
        question, answer = "- Как вы начали заниматься этой темой?", "- Я пришла к ней длинным путем, через работу."
        head = read_head(lines_of("Айгерим Петрова: как это было и почему?", "", question, "", answer))
        self.assertEqual(head.title, "Айгерим Петрова: как это было и почему?")
        # Near miss: a line right over the next turn, with no blank line between, is a cross-head.
        head = read_head(lines_of("Қазақстан – қауіпсіз арал іспеттес", question, answer))
        self.assertIsNone(head.title)


class TeaserCutTests(SimpleTestCase):
    def test_an_ellipsis_glued_to_a_word_at_the_end_cuts_the_item(self):
        self.assertTrue(cut_teaser("Kazakhstan's multi-vector foreign policy, seeking to maintain..."))
        self.assertTrue(cut_teaser("Внешняя политика страны, стремясь сохранить…"))
        record = record_of(
            "Kazakhstan seeks to keep its options open", "", BODY_EN, "", "The policy, seeking to keep..."
        )
        self.assertTrue(record.is_fragment)
        # Near miss: an ellipsis after a stop, a space or a quotation closes the writer's sentence.
        self.assertFalse(cut_teaser("И так будет всегда. …"))
        self.assertFalse(cut_teaser("«Посмотрим»…"))


class DateUnderOtherLabelTests(SimpleTestCase):
    def test_a_date_alone_under_another_dates_label_is_no_publication_date(self):
        head = read_head(lines_of("Доклад о водных ресурсах региона", "Добавлен:", "07.06.2023", "", BODY_EN))
        self.assertEqual(head.dates, [])
        head = read_head(lines_of("Title of the report", "Last updated", "12 May 2021", "", BODY_EN))
        self.assertEqual(head.dates, [])
        # Near miss: under a publication label the date is the item's.
        head = read_head(lines_of("Доклад о водных ресурсах региона", "Опубликовано:", "07.06.2023", "", BODY_EN))
        self.assertEqual([str(found.date) for found in head.dates], ["2023-06-07"])
        found = find_dates("12 May 2021")[0]
        self.assertTrue(under_other_label("12 May 2021", found, "Updated:"))
        self.assertFalse(under_other_label("12 May 2021", found, "Published:"))


class InterviewLeadTests(SimpleTestCase):
    def test_a_lead_over_the_first_question_is_no_abstract(self):
        lead = (
            "Война длится третий год. Редакция побеседовала с экспертом по Центральной Азии о том, как изменилась "
            "внешняя политика страны."
        )
        record = record_of("«Победа будет свидетельством силы»", "- Алишер АХМЕТОВ", lead, "- Вы согласны с этим?")
        self.assertEqual(record.abstracts, {})


class SummaryOpenerTests(SimpleTestCase):
    def test_a_summary_naming_its_genre_is_an_abstract(self):
        summary = "This policy brief examines the relations between the European Union and Kazakhstan. " + BODY_EN
        self.assertTrue(opens_summary(summary))
        self.assertIn(
            "en", record_of("EU-Kazakhstani Relations: Pragmatism After All?", summary, "", BODY_EN).abstracts
        )
        # Near miss: a news lead names no genre of its own.
        self.assertFalse(opens_summary("This week the ministers examined the relations between the two countries."))


class IntroductionHeadingTests(SimpleTestCase):
    def test_the_paragraph_over_the_introductions_heading_is_an_abstract(self):
        record = record_of(
            "Делимитация Каспийского моря: правовой анализ", "", ABSTRACT_RU, "", "Введение: Актуальность проблемы", ""
        )
        self.assertEqual(record.abstracts, {"ru": ABSTRACT_RU})
        # Near miss: a paragraph over a second paragraph of prose is the body's first.
        record = record_of(
            "Делимитация Каспийского моря: правовой анализ", "", ABSTRACT_RU, "", ABSTRACT_RU + " Далее."
        )
        self.assertEqual(record.abstracts, {})


class DownloadLinkTests(SimpleTestCase):
    def test_the_paragraph_under_the_title_over_a_download_link_is_a_summary(self):
        summary = "Since the mid-1990s the organization has been an important factor in the region's politics. " * 2
        record = record_of(
            "The Organization as a Bluff? A View from Astana", "", summary.strip(), "Download the full analysis"
        )
        self.assertEqual(record.abstracts, {"en": summary.strip()})
        # Near miss: under a news site's stamp the paragraph is a news item's lead about a report.
        record = record_of(
            "24.01.2020, 11:33",
            "The Organization as a Bluff? A View from Astana",
            "",
            summary.strip(),
            "Download the report",
        )
        self.assertEqual(record.abstracts, {})


class TranslatedAbstractTests(SimpleTestCase):
    def test_a_paragraph_in_the_language_of_a_stacked_title_after_the_abstract_is_its_translation(self):
        record = record_of(
            "Проблема разграничения Каспийского моря",
            "",
            "THE PROBLEM OF CASPIAN SEA DELIMITATION",
            "",
            "L. RUBAN, The Center of Global Studies, National Research University",
            "",
            ABSTRACT_RU,
            "",
            ABSTRACT_EN,
            "",
            "Введение",
        )
        self.assertEqual(record.abstracts, {"ru": ABSTRACT_RU, "en": ABSTRACT_EN})


class JsonRecordAbstractTests(SimpleTestCase):
    def test_a_json_records_abstract_is_read_even_when_cut(self):
        self.assertEqual(
            json_record_abstract(
                '{"title":"A case study","abstract":"ABSTRACT Background. The study \\"seeks\\" more."}'
            ),
            'Background. The study "seeks" more.',
        )
        self.assertEqual(
            json_record_abstract('{"title":"A case","abstract":"Purpose. The paper is cut'), "Purpose. The paper is cut"
        )
        # Near miss: a line of prose quoting the word is no JSON record.
        self.assertIsNone(json_record_abstract('He said "abstract": "nothing".'))


class StructuredAbstractTests(SimpleTestCase):
    def test_lines_each_under_a_parts_label_are_one_abstract(self):
        lines = lines_of(
            "Introduction: The aim of this study is to characterize migration.",
            "Methods: Using statistical data, the diaspora was characterized.",
            "Results: It was shown that the flows differ.",
        )
        self.assertEqual(
            structured_abstract(lines, 0),
            ("\n".join(line.text for line in lines), 3),
        )
        # Near miss: one labelled line alone is the body's heading or a sentence, not a structured abstract.
        self.assertIsNone(structured_abstract(lines_of("Introduction: the aim is this.", "", BODY_EN), 0))


class ListingItemAbstractTests(SimpleTestCase):
    def test_a_paragraph_right_under_a_journal_byline_is_an_abstract_without_a_title(self):
        abstract = (
            "Verbs are one of the most basic elements of the language. These words express the being, manners and "
            "movements of beings in the universe."
        )
        byline = "Erkan Kirik, Abdullah Chigil"
        head = read_head(lines_of("Turkology ◽", "2021 ◽", "Vol 3 (107) ◽", "pp. 87-105", byline, "", abstract))
        self.assertEqual(head.abstracts, [abstract])
        # Near miss: without a journal's mark (a volume, pages, an identifier) the paragraph is the body's.
        self.assertEqual(read_head(lines_of(byline, "", abstract)).abstracts, [])
