"""Round 7 rules of a record's kind and journal: argued against reported prose, a lead announcing a conversation,
an interview quoted by news, cross-head questions, page forms taken for speakers, a journal name's tail.

Inputs are small near misses written for each rule in kk/ru/en (said so where a line follows a devset text).
"""

from __future__ import annotations

from django.test import SimpleTestCase

from articles.ingest.fields import read_field
from articles.ingest.kind_interview import (
    announces_conversation,
    is_crosshead_question,
    is_form,
    unreported_interview_cue,
)
from articles.ingest.kind_register import register_counts
from tests.ingest.rule_samples import one


class RegisterTests(SimpleTestCase):
    def test_argued_prose_outweighs_reported_prose(self):
        for text in (
            "However, the region remains fragile. Moreover, its elites are divided; therefore reform is slow.",
            "Однако регион остаётся хрупким. Кроме того, элиты расколоты, поэтому реформы идут медленно.",
            "Алайда аймақ әлі де осал. Сондықтан реформа баяу жүреді, яғни элита екіге бөлінген.",
        ):
            argued, reported = register_counts(text)
            self.assertGreater(argued, reported, text)

    def test_yesterday_and_said_weigh_as_news(self):
        for text in (
            "Yesterday the minister said the talks went well. However, no date was set.",
            "Вчера министр заявил, что переговоры прошли успешно. Однако дата не названа.",
            "Кеше министр келіссөздер сәтті өтті деді. Алайда күні белгісіз.",
        ):
            argued, reported = register_counts(text)
            self.assertGreater(reported, argued, text)

    def test_kazakh_passive_reporting_formulas_weigh_as_news(self):
        # "Бұл туралы … айтылды / хабарланды / мәлімделді": the passive twins of айтты, хабарлады, мәлімдеді.
        for verb in ("айтылды", "хабарланды", "мәлімделді"):
            self.assertEqual(register_counts(f"Бұл туралы министрліктің баспасөз релизінде {verb}."), (0, 1), verb)

    def test_an_essay_without_apparatus_is_an_article(self):
        record = one(
            "Председательство Швеции в Совете ЕС: возможности для Казахстана\n\n"
            "С января 2023 года Швеция является председателем Совета Европейского Союза. Однако её повестка "
            "определяется войной. Таким образом, безопасность стала главным приоритетом.\n\n"
            "Кроме того, Швеция рассматривает НАТО как основного партнёра, поэтому её курс изменился.\n"
        )
        self.assertEqual(record.kind, "research_article")

    def test_reported_prose_stays_news(self):
        record = one(
            "Токаев встретился с послом Швеции\n\n"
            "Вчера президент Казахстана принял посла Швеции, сообщает пресс-служба Акорды. Однако детали "
            "встречи не раскрываются.\n\n"
            "Стороны обсудили торговлю, заявил посол.\n"
        )
        self.assertEqual(record.kind, "news")


class ConversationTests(SimpleTestCase):
    def test_the_outlets_own_conversation_in_the_lead(self):
        for lead in (
            "On the occasion of our issue, we asked the professor about the project.",
            "Подробнее об итогах визита мы поговорили с депутатом мажилиса.",
            "Біз осы мәселемен айналысқан ғалымдарды әңгімеге шақырдық.",
        ):
            self.assertTrue(announces_conversation([lead, "Body text follows."]), lead)

    def test_a_third_person_announcement_needs_the_turns_after_it(self):
        lead = "The Ambassador answers questions from the magazine."
        self.assertTrue(announces_conversation([lead, "Darkhan Aliyevich, how do you assess the relations?"]))
        self.assertTrue(
            announces_conversation(
                ["Посол ответил на вопросы редакции.", "– Саидикрам Пархатович, как вы оцениваете отношения?"]
            )
        )
        self.assertFalse(
            announces_conversation([lead, "The ministry published the figures on Monday.", "Trade grew by 5%."])
        )

    def test_an_interview_announced_in_the_lead_is_an_interview(self):
        record = one(
            "Kazakhstan and Korea: a strategic partnership\n\n"
            "The Ambassador of Kazakhstan to Korea answers questions from the Kazakhstan magazine.\n\n"
            "Darkhan Aliyevich, how do you assess the current level of relations?\n\n"
            "Our countries support each other's initiatives and hold a regular dialogue at all levels.\n"
        )
        self.assertEqual(record.kind, "interview")


class QuotedInterviewTests(SimpleTestCase):
    def test_a_cue_word_inside_reported_speech_is_not_an_interview_cue(self):
        for text in (
            "The minister reportedly said in an interview with NHK that ties are friendly.",
            "Как отметил в беседе с корреспондентом агентства эксперт, Китай усиливает влияние.",
            "Министр Жапония телеарнасына берген сұхбатында атап өтті.",
        ):
            self.assertFalse(unreported_interview_cue(text), text)

    def test_a_cue_word_introducing_the_interview_is_kept(self):
        for text in (
            "Interview with Deputy Minister of Foreign Affairs Roman Vassilenko",
            "В интервью нашему изданию посол рассказал о торговле.",
            "Жасқазақ тілшісі сарапшымен сұхбат құрды.",
        ):
            self.assertTrue(unreported_interview_cue(text), text)

    def test_news_quoting_an_interview_is_news(self):
        # after en-news-14
        record = one(
            "Kazakhstan urges Russia and Ukraine to talk, Foreign Minister reportedly said in an interview with "
            "Japan's NHK television.\n\n"
            "“We don’t join the sanctions against Russia,” the minister said.\n\n"
            "He said Kazakhstan pursues a balanced diplomacy.\n"
        )
        self.assertEqual(record.kind, "news")


class QuestionAndSpeakerTests(SimpleTestCase):
    def test_title_case_questions_are_crossheads(self):
        self.assertTrue(is_crosshead_question("How Does Kazakhstan Serve as a Bridge Between East and West?"))
        self.assertTrue(is_crosshead_question("Какие Перспективы У Сотрудничества?"))
        self.assertFalse(is_crosshead_question("How would you characterize relations with the European Union?"))
        self.assertFalse(is_crosshead_question("Қазақстан қандай қадамдар жасауы керек?"))

    def test_a_line_of_page_labels_is_a_form(self):
        self.assertTrue(is_form("Вуз: Предмет: Файл: .pdf Скачиваний: Добавлен: Размер: 3.7 Мб"))
        self.assertTrue(is_form("University: Subject: File: .pdf Downloads: Added: Size: 2 MB"))
        self.assertFalse(is_form("Марат Шибутов: Мы считаем, что регион стабилен."))

    def test_a_numbered_series_title_is_not_a_quote(self):
        record = one(
            "Policy Brief Number 6: Kazakhstan Holds the OSCE Chair\n\n"
            "On January 1, 2010, Kazakhstan assumed the chairmanship of the OSCE. However, its agenda is "
            "therefore shaped by the summit question.\n"
        )
        self.assertNotEqual(record.kind, "interview")


class JournalNameTests(SimpleTestCase):
    def test_a_citation_tail_and_a_handle_are_not_the_journal(self):
        self.assertEqual(
            read_field("Journal: Environmental Research Letters, 2020, № 1, p. 013001")[1:2],
            ("Environmental Research Letters",),
        )
        self.assertEqual(read_field("Журнал: Народонаселение @narodonaselenie")[1], "Народонаселение")
        self.assertEqual(read_field("Басылым: Қазақ тарихы, 2021, №3")[1], "Қазақ тарихы")

    def test_a_navigation_link_is_no_journal(self):
        self.assertIsNone(read_field("Journal: Next Article in Journal"))
