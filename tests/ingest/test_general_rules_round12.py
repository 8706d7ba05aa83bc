"""Round 12: importer rules made general where a narrow form, fitted to single texts, harmed unseen ones by
construction. Every input here is made up."""

from __future__ import annotations

from django.test import SimpleTestCase

from articles.ingest.author_checks import headline_subjects, interviewees
from articles.ingest.layout import Line
from articles.ingest.title_choice import choose_title
from articles.ingest.title_rules import site_name_after
from articles.ingest.title_shapes import below_breadcrumb

KK_PROSE = (
    "Елорданың орталық алаңында өткен салтанатты жиынға мыңдаған тұрғын қатысып, еліміздің тәуелсіздігі "
    "мен бірлігі туралы сөз сөйленді, ал ұйымдастырушылар мерекелік бағдарламаны кешке дейін жалғастырды."
)


def _lines(texts: list[str]) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=1)]


class BreadcrumbUnderTheHeadlineTests(SimpleTestCase):
    def test_a_headline_over_a_breadcrumb_is_only_doubted(self):
        texts = [
            "Kazakhstan Reforms Its Pension System Again",
            "",
            "Home / News / Economy",
            "",
            "The government of Kazakhstan announced on Monday that it will change the rules of its pension system "
            "again, the third reform in ten years, raising the age of retirement.",
        ]
        lines = _lines(texts)
        candidates = [(0, texts[0]), (2, texts[2])]
        self.assertEqual(below_breadcrumb(candidates, lines), ([(0, texts[0])], {0}))
        self.assertEqual(choose_title(candidates, lines, None, {}), (0, texts[0]))


class HeadlineSubjectTests(SimpleTestCase):
    def test_a_word_sharing_the_surnames_first_letters_is_no_mention(self):
        self.assertEqual(
            headline_subjects(["Samantha Power"], "Great Power Rivalry in Central Asia Returns"), ["Samantha Power"]
        )
        self.assertEqual(headline_subjects(["Wei Chin"], "China and Kazakhstan Sign a Deal"), ["Wei Chin"])
        self.assertEqual(
            headline_subjects(["Анна Белова"], "Белоруссия и Казахстан подписали соглашение"), ["Анна Белова"]
        )
        self.assertEqual(
            headline_subjects(["Ерлан Нурланов"], "Нурлан Сабуров выступил в Астане вчера"), ["Ерлан Нурланов"]
        )

    def test_the_whole_surname_inflected_is_a_mention(self):
        self.assertEqual(headline_subjects(["Анна Белова"], "Беловой вручили премию в Астане"), [])
        self.assertEqual(headline_subjects(["Ерлан Нурланов"], "Нурлановтың жаңа кітабы жарық көрді"), [])
        self.assertEqual(headline_subjects(["Tom Baker"], "Baker's plan for the region is ready"), [])
        self.assertEqual(headline_subjects(["Tom Baker"], "Tom Baker on the new trade corridor"), [])
        self.assertEqual(headline_subjects(["Tom Baker"], "Talks with Baker end in a new trade deal"), [])
        self.assertEqual(headline_subjects(["Tom Baker"], "Talks With Baker End In A New Trade Deal"), ["Tom Baker"])


class InterviewerNamedInTheBodyTests(SimpleTestCase):
    def test_a_closing_signature_names_the_interviewer(self):
        body = ["Вопрос: Как прошёл год?", "Ответ: Год прошёл спокойно, спасибо.", "Беседовала Анна Петрова"]
        self.assertEqual(interviewees(["Анна Петрова"], body, "interview"), ["Анна Петрова"])

    def test_a_word_sharing_the_surnames_first_letters_is_no_mention(self):
        body = ["Мы встретились в Петропавловске.", "Ответ: Город растёт быстро."]
        self.assertEqual(interviewees(["Анна Петрова"], body, "interview"), ["Анна Петрова"])

    def test_the_interviewee_named_in_the_conversation_is_dropped(self):
        body = ["Мы поговорили с Петровой о реформе.", "Ответ: Реформа нужна."]
        self.assertEqual(interviewees(["Анна Петрова"], body, "interview"), [])


class GluedSiteNameTests(SimpleTestCase):
    def test_capitalised_words_ending_a_title_case_headline_are_no_site_name(self):
        headline = "Kazakhstan and China Sign New Trade"
        title = "Kazakhstan and China Sign New Trade Deal Today"
        self.assertFalse(site_name_after(title, headline))
        self.assertFalse(site_name_after(title, headline, [title, headline, "Markets closed higher on Friday."]))

    def test_a_glued_name_the_page_prints_again_is_a_site_name(self):
        headline = "Kazakhstan and China Sign New Trade Deal"
        page = [f"{headline} Steppe Courier", headline, "© Steppe Courier, all rights reserved"]
        self.assertTrue(site_name_after(f"{headline} Steppe Courier", headline, page))


class QuotedMastheadTests(SimpleTestCase):
    def test_a_short_quoted_headline_under_a_rubric_is_the_title(self):
        texts = ["Жаңалықтар", "", "«Мәңгілік ел»", "", "12 қазан 2024", "", KK_PROSE, "", "Жиынның екінші бөлімі"]
        candidates = [(0, texts[0]), (2, texts[2]), (8, texts[8])]
        self.assertEqual(choose_title(candidates, _lines(texts), None, {}), (2, "«Мәңгілік ел»"))

    def test_a_quoted_name_opening_the_page_is_a_masthead(self):
        texts = ["«Мәңгілік ел»", "", "12 қазан 2024", "", KK_PROSE, "", "Жиынның екінші бөлімі"]
        candidates = [(0, texts[0]), (6, texts[6])]
        self.assertEqual(choose_title(candidates, _lines(texts), None, {}), (6, "Жиынның екінші бөлімі"))
