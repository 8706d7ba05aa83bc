"""Round 13 kind rules: "today" is no news day, an event that took place is reported, a word of an institution's
or an event's name is no word of analysis, a scholar's citations and abbreviated degrees, a numbered report or
bulletin, a table of contents, a head line naming whom the text interviews, a broadcast's "беседует с", a question
put to "you", a widget's figures are no speakers, a reporting verb a few words before "in an interview".

Lines are made up or cut short from development-set texts; the rest is written around them.
"""

from __future__ import annotations

from django.test import SimpleTestCase

from articles.ingest.kind_analysis import cites_sources
from articles.ingest.kind_interview import (
    announces_conversation,
    is_form,
    says_interview_with,
    unreported_interview_cue,
)
from articles.ingest.kind_register import register_counts
from articles.ingest.kinds import ANALYTIC_RE, CREDENTIAL_RE, PAPER_GENRE_RE, PAPER_SECTION_RE, _questions_answered
from tests.ingest.rule_samples import one


class RegisterTests(SimpleTestCase):
    def test_today_is_nowadays_not_a_news_day(self):
        for text in ("Сегодня отношения между РК и ЕС требуют переосмысления.", "Today, Kazakhstan is a bridge."):
            self.assertEqual(register_counts(text)[1], 0, text)
        self.assertEqual(register_counts("Вчера министр встретился с послом.")[1], 2)

    def test_an_event_that_took_place_is_reported(self):
        for text in (
            "Состоялось очередное заседание экспертного клуба.",
            "The forum was held in Astana.",
            "Университетте кездесу болып өтті.",
        ):
            self.assertEqual(register_counts(text)[1], 1, text)
        self.assertEqual(register_counts("Мемлекеттік шекара осы өзен арқылы өтті.")[1], 0)

    def test_a_hyphenated_institution_is_no_word_of_analysis(self):
        self.assertEqual(ANALYTIC_RE.findall("ғылыми-зерттеу институттары мен научно-практическая конференция"), [])
        self.assertEqual(len(ANALYTIC_RE.findall("Бұл мақала ғылыми зерттеу нәтижесі.")), 3)

    def test_a_word_before_an_institution_or_an_event_is_no_word_of_analysis(self):
        for text in (
            "Қазақстан стратегиялық зерттеу институты",
            "халықаралық ғылыми конференциясы",
            "Research Center",
            "научная кафедра",  # any institution of cues.INSTITUTION_RE
            "Research Department",
        ):
            self.assertEqual(ANALYTIC_RE.findall(text), [], text)
        self.assertEqual(len(ANALYTIC_RE.findall("The research shows a conceptual shift.")), 2)


class ScholarlyCueTests(SimpleTestCase):
    def test_citations_in_the_prose(self):
        for text in (
            "… called this period a “step of construction” (Abikeeva 2006: 195).",
            "… as shown earlier (Jones and Smith, 2019).",
            "… exported in 2022 (Table 1), mainly by pipeline (Figure 1).",
            "… по данным переписи (см. рис. 2).",
        ):
            self.assertTrue(cites_sources(text), text)
        for text in ("Posted (Jan 2016) by the editor.", "The minister (Tokayev) arrived in 2024."):
            self.assertFalse(cites_sources(text), text)

    def test_an_abbreviated_degree_under_the_byline(self):
        for line in ("Ф.ғ.к. дипломатиялық аударма кафедрасының аға оқытушысы", "к.э.н., доцент кафедры"):
            self.assertTrue(CREDENTIAL_RE.match(line), line)
        self.assertFalse(CREDENTIAL_RE.match("Ф.И.О. автора"))

    def test_a_numbered_report_or_bulletin(self):
        for line in ("PSCRP-BESA Reports No 108 (Jan 5, 2024)", "Бюллетень №71(15.03.2003)"):
            self.assertTrue(PAPER_GENRE_RE.search(line), line)
        self.assertFalse(PAPER_GENRE_RE.search("Reuters reports no change in the oil price"))

    def test_an_opinion_s_genre_before_its_title_is_an_article(self):
        body = "\n\nThe European Union is one of the main partners of Kazakhstan. Its role grows.\n"
        for head in ("SEnECa Blog Post: EU-Kazakh Relations", "Op-ed: Why the Caspian Matters"):
            self.assertEqual(one(head + body).kind, "research_article", head)

    def test_a_table_of_contents(self):
        for line in ("Оглавление", "содержание номера", "Contents"):
            self.assertTrue(PAPER_SECTION_RE.match(line), line)

    def test_a_dated_analysis_citing_its_tables_is_an_article(self):
        record = one(
            "Feb 11, 2025\n\n"
            "In 2022, the oil and gas industry accounted for about 20% of the country's GDP and constituted 61% of "
            "its total exports (Table 1). Most of the crude oil was exported, mainly to markets in Europe and East "
            "Asia (Table 2).\n\n"
            "Out of 64 million tonnes of oil exported in 2022, 52 million tonnes were transported through the "
            "pipeline consortium (Figure 1).\n"
        )
        self.assertEqual(record.kind, "research_article")


class InterviewCueTests(SimpleTestCase):
    def test_a_head_line_naming_whom_the_text_interviews(self):
        for line in (
            "«Жанартау» қоғамдық бірлестігінің төрайымы Анар Шамшадиновамен сұхбат",
            "Interview with Dr. Pantucci",
            "Интервью с послом Казахстана",
        ):
            self.assertTrue(says_interview_with([line]), line)
        for line in ("Сұхбат", "Интервью", "Он сказал в интервью с журналистами, что …"):
            self.assertFalse(says_interview_with([line]), line)

    def test_a_broadcast_s_present_tense_conversation(self):
        body = ["Иван Панкин беседует с заместителем директора центра о событиях в регионе", "И. Панкин:"]
        self.assertTrue(announces_conversation(body))

    def test_a_question_put_to_you_answered_by_the_next_paragraph(self):
        body = [
            "During the forum, the magazine met the deputy minister.",
            "Can you give us an overview of the country's economic performance over the past year?",
            "“This has been a changing year. The reforms transformed the government system.",
        ]
        self.assertTrue(_questions_answered(body))
        rhetorical = ["Why does the region matter to its neighbours?", "The region lies between two powers."]
        self.assertFalse(_questions_answered(rhetorical))
        reported = [body[1], "The ministry said the talks would resume next month."]
        self.assertFalse(_questions_answered(reported))

    def test_a_widget_s_figures_are_no_speaker_s_turn(self):
        for paragraph in ("Пробки: 4 балла", "Курсы ЦБ: $ 97,5499 € 106,1426"):
            self.assertTrue(is_form(paragraph), paragraph)
        self.assertFalse(is_form("Тайга.инфо: Узбекистан, Казахстан и Россию объединяет общее прошлое."))

    def test_a_reporting_verb_a_few_words_before_in_an_interview(self):
        text = "The minister told the Voice of America (VOA) in an interview broadcast today that …"
        self.assertFalse(unreported_interview_cue(text))
