"""General rules of the text importer for news pages and interviews: kind, headline, byline.

Each test gives a rule real lines of third-party pages, quoted from the development set's tuned texts
(fixtures/devset/texts/<id>.txt, named at each test), or a near miss made for the rule (said so).
"""

from __future__ import annotations

from django.test import SimpleTestCase

from articles.ingest import cues
from articles.ingest.bylines import by_line_names
from tests.ingest.rule_samples import one


class KindTests(SimpleTestCase):
    def test_a_dash_question_answered_by_a_dash_turn_is_an_interview(self):
        # ru-interview-06
        record = one(
            "Глава МИД Казахстана Касымжомарт Токаев считает, что выстраивать ровные отношения с Россией и США "
            "не так уж и трудно.\n"
            "– Касымжомарт Кемелевич, Казахстан будет выбирать своего президента уже в воскресенье. Чего вы ждете?\n"
            "– Судя по тому, как прошла предвыборная кампания, президентские выборы будут для нашей страны "
            "серьезным шагом вперед.\n"
        )
        self.assertEqual(record.kind, "interview")

    def test_a_quote_in_dashes_without_a_question_is_news(self):
        record = one(
            "Токаев провел переговоры с Путиным\n\n"
            "– Мы обсудили текущее состояние и перспективы сотрудничества, – сказал президент.\n\n"
            "– Впереди много работы, – добавил он.\n"
        )
        self.assertEqual(record.kind, "news")


class MoreKindTests(SimpleTestCase):
    def test_an_interviewer_who_trails_off(self):
        # kk-interview-10
        record = one(
            "Қазақ тілі, жылқы еті мен музыка: Жапония елшісі қазақ-жапон қатынасы жайлы айтты\n"
            "Бүгінде Қазақстан мен Жапонияның дипломатиялық қарым-қатынасына 30 жылдан асты.\n"
            "— Елші мырза, әңгімемізді Қазақстан мен Жапония арасындағы дипломатиялық қарым-қатынас қалай дамып "
            "жатқаны жайлы сұрақтан бастасақ…\n"
            "— Қазақстан мен Жапония арасындағы дипломатиялық байланыстың орнағанына 30 жылдан аса уақыт болды.\n"
        )
        self.assertEqual(record.kind, "interview")

    def test_talks_with_a_counterpart_are_news(self):
        # en-news-02: "talks" the noun, not the verb of an interview ("… talks with Kazinform").
        self.assertFalse(cues.interview_cue("Kazakh Minister Mukhtar Tleuberdi on talks with Russian counterpart"))
        self.assertFalse(cues.interview_cue("Tokayev holds talks with Putin"))
        self.assertTrue(cues.interview_cue("Ambassador talks with Kazinform about the visit"))
        self.assertTrue(cues.interview_cue("Tokayev holds talks with Putin. Interview with the ambassador"))


class InterviewLayoutTests(SimpleTestCase):
    def test_labelled_turns_are_no_headlines(self):
        # en-interview-04: "Question:" / "Answer: Name:" turns under the headline.
        self.assertTrue(cues.QA_LABEL_RE.match("Question: How do you assess the outcomes of the first EU–Central Asia"))
        self.assertTrue(cues.QA_LABEL_RE.match("Жауап: Соңғы бес жылда сауда көлемі екі есе өсті."))
        self.assertFalse(cues.QA_LABEL_RE.match("Questions remain over the Caspian transit route"))
        record = one(
            "Kazakhstan’s deputy foreign minister stresses dialogue among Central Asian countries\n\n"
            "Here are some excerpts from the interview.\n\n"
            "Question: How do you assess the outcomes of the first EU–Central Asia Summit in Samarkand?\n\n"
            "Answer: Vassilenko: The Central Asia – EU Summit in Samarkand marked a new chapter in our "
            "long-standing relations.\n"
        )
        self.assertEqual(
            record.title, "Kazakhstan’s deputy foreign minister stresses dialogue among Central Asian countries"
        )
        self.assertEqual(record.kind, "interview")

    def test_a_paper_that_used_interviews_is_no_interview(self):
        # A near miss made for the rule: an abstract names interviews as its method.
        record = one(
            "Kazakhstan’s Multi-Vector Foreign Policy after 2022: Continuity and Change\n"
            "Abstract\n"
            "This article examines how Kazakhstan adjusted its multi-vector foreign policy after 2022. Drawing on "
            "official documents and interviews, it argues that continuity prevails.\n"
            "Keywords: multi-vector policy; Kazakhstan; Russia; China\n"
        )
        self.assertEqual(record.kind, "research_article")


class ShortLeadTests(SimpleTestCase):
    def test_a_short_lead_of_two_sentences_begins_the_body(self):
        # A near miss made for the rule (a Kazakh news page): the lead is shorter than a long paragraph, but
        # two finished sentences; the line under it is body, not a headline.
        record = one(
            "Басты бет\nСаясат\nТоқаев Түркі мемлекеттері ұйымының саммитіне қатысады\n15:20, 02 қараша 2023\n"
            "Қаралды: 2 145\nАстана. Қазақстан Президенті Қасым-Жомарт Тоқаев Түркі мемлекеттері ұйымының "
            "мерейтойлық саммитіне қатысады.\nСаммит «Түркі дәуірі» ұранымен өтеді.\nАвтор: Айжан Серікқызы\n"
        )
        self.assertEqual(record.title, "Тоқаев Түркі мемлекеттері ұйымының саммитіне қатысады")
        self.assertEqual((record.kind, record.authors), ("news", ["Айжан Серікқызы"]))


class MastheadTests(SimpleTestCase):
    def test_a_masthead_in_capitals_over_the_headline(self):
        # A near miss made for the rule (an English news site): the site's name in capitals, the headline, then
        # the byline with its section and date.
        self.assertEqual(by_line_names("Saniya Sakenova in Nation on 18 October 2023"), ["Saniya Sakenova"])
        self.assertEqual(by_line_names("UN Journal Lee Kap-soo"), ["Lee Kap-soo"])  # en-interview-04
        record = one(
            "THE ASTANA TIMES\nKazakhstan, China Sign Agreements Worth $1.8 Billion\n"
            "By Saniya Sakenova in Nation on 18 October 2023\n"
            "ASTANA – Kazakhstan and China signed agreements worth $1.8 billion during President Kassym-Jomart "
            "Tokayev’s visit to Beijing, the Akorda press service reported on Oct. 17.\n"
        )
        self.assertEqual(record.title, "Kazakhstan, China Sign Agreements Worth $1.8 Billion")
        self.assertEqual((record.authors, record.published.isoformat()), (["Saniya Sakenova"], "2023-10-18"))


class SiteSuffixTests(SimpleTestCase):
    def test_an_html_title_loses_the_sites_name(self):
        # A near miss made for the rule: the stored copy opens with the page's HTML title.
        record = one(
            " date 2024-03-05 Казахстан и Китай подписали соглашение о безвизовом режиме - Новости Казахстана | "
            "Zakon.kz\nКазахстан и Китай подписали соглашение о взаимном освобождении от визовых требований, "
            "сообщает пресс-служба МИД РК.\n"
        )
        self.assertEqual(record.title, "Казахстан и Китай подписали соглашение о безвизовом режиме")
        record = one(
            "Kazakhstan’s foreign policy in 2024: what to expect – The Diplomat\nKazakhstan enters 2024 with an "
            "ambitious foreign policy agenda. President Kassym-Jomart Tokayev has emphasized a multi-vector "
            "approach.\n"
        )
        self.assertEqual(record.title, "Kazakhstan’s foreign policy in 2024: what to expect")

    def test_a_short_headline_with_a_dash_keeps_it(self):
        record = one(
            "Қазақстан – Қытай\nМемлекет басшысы Қасым-Жомарт Тоқаев Қытай Халық Республикасының Төрағасы Си "
            "Цзиньпинмен кездесті. Кездесуде екіжақты ынтымақтастық мәселелері талқыланды.\n"
        )
        self.assertEqual(record.title, "Қазақстан – Қытай")

    def test_the_speaker_a_headline_quotes_stays(self):
        record = one(
            "Казахстан остается надежным партнером для Европы – Иван Петров\nЭксперт Иван Петров считает, что "
            "отношения Казахстана и Европейского союза выходят на новый уровень. Об этом он заявил в Астане.\n"
        )
        self.assertEqual(record.title, "Казахстан остается надежным партнером для Европы – Иван Петров")
