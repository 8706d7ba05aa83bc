"""Titles never invented: lines that stand where a headline might but are none (a teaser's cut sentence, a line
of a double-spaced paragraph, an affiliation under a name, a question answered by a speaker, a search question,
a programme's credit, a broadcast slot, a lead introducing a guest, a lecture's aim and summary labels, a
citation of another work in the body), and the repairs around a chosen title (a copy cut mid-word loses to the
whole one, a date stamp over the headline, a signature glued after it). An interview ending on its question is
cut, and an interview's turn is no abstract.

Each rule is shown on small made-up lines in Kazakh, Russian and English, with the near miss it must leave alone.
"""

from __future__ import annotations

from django.test import SimpleTestCase

from articles.ingest.abstract_lead import asks
from articles.ingest.fragment_ends import unanswered_question
from articles.ingest.layout import Line
from articles.ingest.pipeline import parse_files
from articles.ingest.signatures import title_signature
from articles.ingest.title_choice import choose_title
from articles.ingest.title_rules import not_a_title
from articles.ingest.title_shapes import placed_as_no_title

LEAD_RU = (
    "Министры двух стран встретились в Астане в понедельник, обсудили торговлю, транзит и воду и договорились "
    "подготовить визит на высшем уровне в этом году, сообщила пресс-служба министерства."
)


def _lines(*texts: str) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=1)]


def _parse(text: str):
    return parse_files([("made-up.txt", text)])[0]


class PlacedAsNoTitleTest(SimpleTestCase):
    def test_a_teaser_s_sentence_over_an_ellipsis(self):
        lines = _lines(LEAD_RU, "Строительство участка будут вести государственные компани", "...", "Читать дальше »")
        self.assertEqual(placed_as_no_title(lines, 1, lines[1].text), "cut teaser")
        headline = _lines("Строительство участка начнется весной", "", LEAD_RU)
        self.assertIsNone(placed_as_no_title(headline, 0, headline[0].text))

    def test_a_double_spaced_paragraph_s_line(self):
        lines = _lines(
            "бар болды.", "", "Ресей де қазір халық саны 160 миллионды", "", "құрайды, яғни бізді он орап алады. Бірақ"
        )
        self.assertEqual(placed_as_no_title(lines, 2, lines[2].text), "sentence going on")
        # A title's short end in lower case, and a heading in capitals over a cut page, stay.
        tail = _lines("Security Dilemmas of the Geopolitical", "", "in Central Asia")
        self.assertIsNone(placed_as_no_title(tail, 0, tail[0].text))
        caps = _lines("«БІР БЕЛДЕУ – БІР ЖОЛ»", "", "интерес к себе со стороны мировых держав. Особенно важно то, что")
        self.assertIsNone(placed_as_no_title(caps, 0, caps[0].text))

    def test_an_affiliation_under_a_name(self):
        lines = _lines("Almagul Kanagatova", "Almaty Management University (AlmaU)", "Chan Young Bang")
        self.assertEqual(placed_as_no_title(lines, 1, lines[1].text), "affiliation under a name")
        headline = _lines("12 марта 2024", "Университеты Казахстана привлекают студентов из региона")
        self.assertIsNone(placed_as_no_title(headline, 1, headline[1].text))

    def test_a_question_answered_by_a_speaker(self):
        lines = _lines("How would you assess the sector?", "", "ALMAGUL KANAGATOVA Competition is tough in the market.")
        self.assertEqual(placed_as_no_title(lines, 0, lines[0].text), "question answered by a speaker")
        headline = _lines("Is Central Asia ready for the new corridor?", "", LEAD_RU)
        self.assertIsNone(placed_as_no_title(headline, 0, headline[0].text))

    def test_a_search_question_with_a_name_in_lower_case(self):
        lines = _lines(
            "Какие государства предоставили казахстану гарантии безопасности",
            "Республика Казахстан осуществила ряд шагов. Позиция Казахстана известна, и мир признал Казахстан.",
        )
        self.assertEqual(placed_as_no_title(lines, 0, lines[0].text), "search question")
        # A headline asking with its names capitalised, or naming a topic in lower case, stays.
        headline = _lines("Как Азербайджан и Россия наладили сотрудничество", lines[1].text)
        self.assertIsNone(placed_as_no_title(headline, 0, headline[0].text))

    def test_the_whole_title_beats_a_copy_cut_mid_word(self):
        lines = _lines(
            "История переселенческого движения края в трудах уч",
            "Калиева Жулдыз Ануаркызы",
            "ИСТОРИЯ ПЕРЕСЕЛЕНЧЕСКОГО ДВИЖЕНИЯ КРАЯ В ТРУДАХ УЧЕНЫХ – КРАЕВЕДОВ",
            LEAD_RU,
        )
        _, title = choose_title([(0, lines[0].text), (2, lines[2].text)], lines, None, {})
        self.assertEqual(title, lines[2].text)
        # A copy with a site's name glued on ("…көзқарасыFarabi University") is no whole version of the title.
        glued = _lines("Су ресурстары туралы көзқарас", "Су ресурстары туралы көзқарасFarabi University", LEAD_RU)
        _, title = choose_title([(0, glued[0].text), (1, glued[1].text)], glued, None, {})
        self.assertEqual(title, glued[0].text)


class NeverATitleTest(SimpleTestCase):
    def test_a_programme_s_credit_and_slot(self):
        self.assertTrue(not_a_title("«Алаш айнасы» газеті мен Қазақ радиосының бірлескен жобасы"))
        self.assertTrue(not_a_title("«Айтөбел» хабарының жазбаша нұсқасы"))
        self.assertTrue(not_a_title("Совместный проект газеты и радио"))
        self.assertTrue(not_a_title("A joint project of the newspaper and the radio"))
        self.assertTrue(not_a_title("Хабардың тікелей толқындағы уақыты: 101 ҒМ, сағат 14:05-15:00"))
        self.assertFalse(not_a_title("Жоба аясында жаңа мектеп салынады"))

    def test_a_lead_introducing_the_guest(self):
        self.assertTrue(
            not_a_title(
                "Собеседником ведущего в его авторской программе на телеканале стал министр культуры и информации"
            )
        )
        self.assertFalse(not_a_title("Собеседником года стал министр"))  # a short headline

    def test_a_lecture_s_aim_and_summary(self):
        self.assertTrue(not_a_title("Цель лекции - Обозначить приоритеты внешней политики"))
        self.assertTrue(not_a_title("Краткое содержание темы (тезисы)"))
        self.assertTrue(not_a_title("Aim of the lesson: to name the priorities"))
        self.assertFalse(not_a_title("Цели внешней политики Казахстана"))


class RecordsTest(SimpleTestCase):
    def test_a_citation_in_the_body_gives_no_title(self):
        record = _parse(
            "Meena Singh Roy replies: Since its independence, Turkmenistan has adhered to the principles of positive "
            "neutrality in its foreign policy, and the member-states of the UN adopted a resolution on it in 1995.\n"
            "One could also look at my article on “Strategic Importance of Turkmenistan for India”, Strategic "
            "Analysis, 35 (4), July 2011, pp. 661–682\n"
        )
        self.assertIsNone(record.title)
        self.assertTrue(record.is_fragment)

    def test_a_signature_after_the_title(self):
        self.assertEqual(
            title_signature("Образование союзных республик в Центральной Азии (1924-1936 гг.), - Р.Бобохонов"),
            ("Образование союзных республик в Центральной Азии (1924-1936 гг.)", ["Р.Бобохонов"]),
        )
        quoted = "«Мы будем работать вместе» – К.Токаев"
        self.assertEqual(title_signature(quoted), (quoted, []))  # the speaker a headline quotes


class InterviewEndsAndTurnsTest(SimpleTestCase):
    def test_an_interview_ending_on_its_question_is_cut(self):
        question = "- What are the odds that the board may suspend the membership?"
        self.assertTrue(unanswered_question(question, "interview"))
        self.assertTrue(unanswered_question("Қазақстан бұл жолы не ұтады?", "interview"))
        self.assertFalse(unanswered_question(question, "news"))  # a report may leave a question to its reader
        self.assertFalse(unanswered_question("We did much. We will do more. Will it be enough?", "interview"))

    def test_a_turn_or_a_question_is_no_abstract(self):
        self.assertTrue(asks("Айнұр, өзіңіз туралы айтып беріңізші, неліктен осы салаға келдіңіз?"))
        self.assertFalse(asks("В статье рассматриваются отношения двух стран. Каковы их перспективы? Ответ дан."))
