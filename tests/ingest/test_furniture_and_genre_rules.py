"""General rules from the tuned texts of held-out round 5: a site's calls to act, social-link rows and position
lines are no titles; a one-word place before an agency's name is a dateline; a lone heading in another language
inside a page is a caption; a document viewer's transcript or a book's ISBN is no news page; a question answered
in the first person is an interview.

Each test quotes real lines of third-party pages from the development set's tuned texts
(fixtures/devset/texts/<id>.txt, named at each test), with the near miss the rule must not take.
"""

from __future__ import annotations

from django.test import SimpleTestCase

from articles.ingest.furniture import office_line, prompt_or_office
from articles.ingest.kinds import DOCUMENT_RE, FIRST_PERSON_ANSWER_RE
from articles.ingest.layout import Line
from articles.ingest.titles import is_furniture, is_title_like, menu_lines
from tests.ingest.rule_samples import one

PROSE_EN = (
    "We dont choose the times we live in. The only choice we have is how we respond. This quote from a film "
    "which depicts a fictionalized account of the events that transpired around the very real Munich Agreement "
    "of 1938 perfectly encapsulates a sentiment we are all too familiar with."
)


class SiteFurnitureTests(SimpleTestCase):
    def test_a_call_to_act_on_the_site_is_furniture(self):
        # en-journal-40 ("Connect with us"), ru-interview-24 ("Выберите город").
        for line in ("Connect with us", "Выберите город", "Follow us on Telegram", "Қаланы таңдаңыз"):
            self.assertTrue(is_furniture(line), line)
            self.assertFalse(is_title_like(line), line)
        for line in ("Connect Central Asia with Europe", "Выборы в городе Алматы"):  # near misses: headlines
            self.assertFalse(is_furniture(line), line)
            self.assertTrue(is_title_like(line), line)

    def test_a_row_of_social_links_is_furniture_with_the_rest_of_its_bar(self):
        # ru-interview-24: the page's top bar.
        self.assertTrue(prompt_or_office("Facebook |  ВКонтакте | Город Алматы"))
        self.assertFalse(is_title_like("Facebook |  ВКонтакте | Город Алматы"))
        self.assertFalse(prompt_or_office("Facebook и ВКонтакте ограничили доступ в Казахстане"))  # a headline

    def test_an_office_on_a_line_of_its_own_is_a_position_line(self):
        # en-journal-47: the author's position under the page's banner.
        line = (
            "Director of the Kazakhstan Institute of Strategic Studies under the President of the Republic of "
            "Kazakhstan"
        )
        self.assertTrue(office_line(line))
        self.assertFalse(is_title_like(line))
        headline = "Head of the Foreign Ministry meets Ambassador of Japan"  # near miss: the office-holder acts
        self.assertFalse(office_line(headline))
        self.assertTrue(is_title_like(headline))

    def test_a_page_heads_its_article_under_its_call_to_act(self):
        # en-journal-40: the head of the page as stored.
        head = "Connect with us\n\nCentral Asia\n\nKazakhstan & The Dilemma of Inaction\n\nImage source: ndtv.com"
        text = f"{head}\n\n{PROSE_EN}\n"
        self.assertEqual(one(text).title, "Kazakhstan & The Dilemma of Inaction")


class MenuTests(SimpleTestCase):
    def test_a_menu_in_groups_holds_items_of_five_words_and_a_programmes_year(self):
        # en-news-22: an embassy's menu in groups, then the item's dateline.
        texts = [
            "Kazakhstan Economic Overview",
            "Astana - New Capital",
            "",
            "President's Address to the Nation",
            "Innovative Industrial Development",
            "Kazakhstan 2030",
            "",
            "Travelling to Kazakhstan",
            "Photo Gallery",
            "",
            "Astana, August 6: Nursultan Nazarbayev, the President of Kazakhstan, welcomed the decision.",
        ]
        lines = [Line(number, text) for number, text in enumerate(texts, 1)]
        self.assertEqual(menu_lines(lines), {0, 1, 3, 4, 5, 7, 8})
        # Near miss: dates and numbered lines are no menu items; four items alone are no menu.
        dated = [Line(n, t) for n, t in enumerate(["Kazakhstan 2030", "6 August 2010", "12.05.2010", "Photo Gallery"])]
        self.assertEqual(menu_lines(dated + lines[7:9]), set())


class DatelineAndCaptionTests(SimpleTestCase):
    BODY_RU = (
        "Министр иностранных дел Казахстана Кайрат Абдрахманов заявил, что международная встреча по Сирии в "
        "Астане может пройти до конца года. Абдрахманов сообщил журналистам, что речь идет о конце ноября – "
        "начале декабря, а представители стран-гарантов намерены провести следующую встречу в этом формате."
    )

    def test_a_place_before_an_agencys_name_is_a_dateline_not_a_headline(self):
        # ru-news-34: "Астана – САНА" over the item's date.
        self.assertIsNone(one(f"Астана – САНА\n25-10-2018\n{self.BODY_RU}\n").title)
        # Near miss: a headline with the agency's name after it keeps the headline.
        record = one(f"Абдрахманов рассказал о встрече по Сирии в Астане – САНА\n25-10-2018\n{self.BODY_RU}\n")
        self.assertEqual(record.title, "Абдрахманов рассказал о встрече по Сирии в Астане")

    def test_a_lone_heading_in_another_language_inside_a_page_is_no_title(self):
        # ru-journal-38: a file viewer's labels, a Kazakh heading in capitals, then Russian prose.
        prose = (
            "Особенно важно то, что данная концепция за основу берет именно экономическое взаимодействие. Мы "
            "можем с уверенностью сказать, что это самая большая инициатива в истории, которая охватывает "
            "десятки государств и затрагивает интересы всех крупнейших держав мира и региона."
        )
        text = f"Добавил:\nСкачиваний:\n1\n\n«БІР БЕЛДЕУ – БІР ЖОЛ» ЖƏНЕ «НҰРЛЫ ЖОЛ»\n\n{prose}\n"
        self.assertIsNone(one(text).title)
        # Near miss, en-interview-24: a page's first line names it in the site's language over English prose.
        first = "Қазақстан мен Ресей арасындағы терең проблемалар туралы - Максим Шевченкомен сұхбат"
        self.assertEqual(one(f"{first}\n\nApril 29, 2024\n\n{PROSE_EN}\n").title, first)


class GenreTests(SimpleTestCase):
    def test_a_document_viewers_transcript_or_an_isbn_marks_a_document(self):
        # kk-journal-19 ("Transcript" alone), en-journal-42 (a book's ISBN).
        self.assertTrue(DOCUMENT_RE.search("Transcript"))
        self.assertTrue(DOCUMENT_RE.search("First published 2019 ISBN: 978-1-138-60749-1 (hbk)"))
        # Near misses: a news item may print a transcript of a briefing, or name an ISBN-less book.
        self.assertFalse(DOCUMENT_RE.search("Transcript of the briefing by the Foreign Ministry spokesperson"))
        self.assertFalse(DOCUMENT_RE.search("The ISBN of the book was not given"))

    def test_a_question_answered_in_the_first_person_makes_an_interview(self):
        # en-interview-18: questions and answers in paragraphs of their own, no dashes, no labels.
        question = (
            "In the book, you say that among the three great powers engaged in the region, China wins on points. "
            "Why is this?"
        )
        answer = (
            "I think we have to judge the relative success of the external powers by what their strategies and "
            "starting points were. So, 10 years ago, China still had border disagreements with these places."
        )
        self.assertEqual(one(f"{question}\n\n{answer}\n").kind, "interview")
        self.assertTrue(FIRST_PERSON_ANSWER_RE.match(answer))
        # Near miss: a question in a news item answered by a sentence about others.
        reported = (
            "The ministry said the talks would resume next month, according to a statement published on its "
            "website. Officials did not say where the next round would be held."
        )
        self.assertFalse(FIRST_PERSON_ANSWER_RE.match(reported))
        self.assertEqual(one(f"{question}\n\n{reported}\n").kind, "news")


class HeadlineOverDeckTests(SimpleTestCase):
    PROSE_RU = (
        "12 февраля – это дата, которая в казахстанском общественном пространстве редко ассоциируется с внешней "
        "политикой. Между тем именно в этот день в 1992 году были установлены дипломатические отношения между "
        "Казахстаном и Афганистаном."
    )

    def test_a_pages_first_line_over_its_first_sections_heading_is_the_headline(self):
        # ru-journal-35: the headline on the first line, a section's heading right under it, then prose.
        headline = "Казахстан и Афганистан: тридцать четыре года без иллюзий"
        self.assertEqual(one(f"{headline}\nДата, которая редко звучит вслух\n{self.PROSE_RU}\n").title, headline)

    def test_a_first_line_over_a_ticker_is_no_reason_to_prefer_it(self):
        # Near miss, kk-news-12: the HTML title glued to the site's name, a ticker under it, then the headline.
        headline = "Орталық Азиядағы су ресурстарын тұрақты басқару: өңірлік ынтымақтастықтың жаңа ғылыми көзқарасы"
        prose = (
            "Орталық Азиядағы су ресурстарын тұрақты басқару қазіргі халықаралық ғылыми зерттеулердің маңызды және "
            "стратегиялық бағыттарының бірі болып саналады, бұл мәселе өңір елдерінің барлығына ортақ."
        )
        text = f"{headline}Farabi University\nРеферендум 15 марта\n\n{headline}\n\n3 наурыз, 2026\n\n{prose}\n"
        self.assertEqual(one(text).title, headline)
