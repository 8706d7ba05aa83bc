"""Round 13 of the title rules: lines a page prints around its headline that are no title (a vox pop's caption
with the person's age, an author's posts, a periodical describing itself, a staff byline, an issue's number, a
row of counters, an arrow breadcrumb, buttons, an aggregator's kind label), a headline quoting its speaker, a
headline printed twice, a headline over its deck, and an image's alt text.

Each rule is shown on small made-up lines in Kazakh, Russian and English, with the near miss it must leave alone.
"""

from __future__ import annotations

from django.test import SimpleTestCase

from articles.ingest.furniture import is_site_furniture
from articles.ingest.layout import Line
from articles.ingest.title_choice import choose_title
from articles.ingest.title_labels import without_title_label
from articles.ingest.title_rules import not_a_title
from articles.ingest.titles import continues_title, is_title_like

LEAD_EN = (
    "The ministers of the two countries met in Astana on Monday to discuss trade, transit and water, and agreed "
    "to prepare a visit at the highest level later this year, the ministry's press service said."
)


class CaptionsAndPostsTest(SimpleTestCase):
    def test_a_person_with_an_age_is_a_caption(self):
        self.assertFalse(is_title_like("Айгүл Сейітова, 31 жаста, Алматы облысы, мұғалім"))
        self.assertFalse(is_title_like("Иван Петров, 45 лет, Омск, инженер"))
        self.assertTrue(is_title_like("Алматы облысында 31 мектеп салынады"))

    def test_a_person_with_a_staff_post_is_a_caption(self):
        self.assertFalse(is_title_like("Данияр Омаров, ауыл әкімдігінің қызметкері"))
        self.assertTrue(is_title_like("Әкімдік қызметкерлері жаңа ереже бойынша жұмыс істейді"))

    def test_an_author_s_posts_are_no_title(self):
        self.assertFalse(is_title_like("Ведущий референт РСМД, студентка МГИМО"))
        self.assertFalse(is_title_like("Senior Fellow, Institute of World Policy"))
        self.assertTrue(is_title_like("Референт и студент: как молодежь приходит в аналитику"))

    def test_a_headline_quoting_its_speaker_stays(self):
        self.assertTrue(is_title_like("Иван ПЕТРОВ, министр финансов: «Бюджет будет сбалансирован»"))
        self.assertTrue(is_title_like("John Smith: “Trade across the Caspian is the most promising route.”"))
        self.assertFalse(is_title_like("Trade across the Caspian is the most promising route, he said today."))


class MastheadsAndBylinesTest(SimpleTestCase):
    def test_a_periodical_describing_itself(self):
        self.assertTrue(not_a_title("Ғылыми журнал тоқсан сайын шығатын ғылыми журнал"))
        self.assertTrue(not_a_title("Ежеквартальный научный журнал"))
        self.assertTrue(not_a_title("A quarterly journal of regional studies"))
        self.assertFalse(not_a_title("Журнал о науке и образовании в Казахстане"))

    def test_a_staff_byline(self):
        self.assertTrue(not_a_title("CASPIAN NEWS STAFF"))
        self.assertTrue(not_a_title("Staff Writer"))
        self.assertTrue(not_a_title("Айқын тілшісі"))
        self.assertFalse(not_a_title("Staff cuts hit the regional press"))

    def test_a_periodical_s_issue_line(self):
        self.assertTrue(not_a_title("Eurasia Review: Issue 12 (2019)"))
        self.assertTrue(not_a_title("Вестник университета, Том 4, № 2"))
        self.assertFalse(not_a_title("Issue 12 of the treaty divides the two capitals"))

    def test_an_aggregator_s_kind_label(self):
        self.assertTrue(is_site_furniture("Academic journal article Central Asian Survey"))
        self.assertTrue(is_site_furniture("Article excerpt"))
        self.assertFalse(is_site_furniture("Journal of Eurasian Studies"))


class FurnitureTest(SimpleTestCase):
    def test_a_row_of_counters(self):
        self.assertTrue(is_site_furniture("Просмотров: 2,310 Рейтинг: 4.5"))
        self.assertTrue(is_site_furniture("Views 120 Comments 4"))
        self.assertFalse(is_site_furniture("Рейтинг университетов Казахстана"))

    def test_an_arrow_breadcrumb(self):
        self.assertTrue(is_site_furniture("Наука  ->  Политология  | Автор: | Добавлено: 2020-01-02"))
        self.assertTrue(is_site_furniture("Home → News"))
        self.assertFalse(is_site_furniture("Казахстан и Китай: от торговли к инвестициям"))

    def test_buttons_to_rate_share_or_view(self):
        for button in ("Оценить статью", "Поделиться статьей", "Share this article", "PDF көрінісі"):
            self.assertTrue(is_site_furniture(button), button)
        self.assertFalse(is_site_furniture("Поделиться опытом: как Казахстан строит дороги"))

    def test_a_mark_before_a_headline(self):
        self.assertEqual(without_title_label(":: ВЫБОРЫ ПРОШЛИ СПОКОЙНО"), "ВЫБОРЫ ПРОШЛИ СПОКОЙНО")
        self.assertEqual(without_title_label("Выборы прошли спокойно"), "Выборы прошли спокойно")

    def test_a_question_s_trailing_dots_end_no_sentence(self):
        self.assertTrue(is_title_like("КОГДА ЭЛИТЫ СТРАН НАЧНУТ МЫСЛИТЬ НАДНАЦИОНАЛЬНО, А НЕ ТОЛЬКО НАЦИОНАЛЬНО?.."))
        self.assertFalse(is_title_like("Министры встретились в Астане и обсудили вопросы торговли и транзита."))


class PlacementTest(SimpleTestCase):
    def test_a_headline_printed_again_does_not_continue_itself(self):
        candidates = [(0, "ЕЛШІ АЙМАҚ ТЫНЫСЫМЕН ТАНЫСТЫ")]
        continued: dict[int, list[int]] = {}
        self.assertFalse(continues_title(candidates, continued, 0, "ЕЛШІ АЙМАҚ ТЫНЫСЫМЕН ТАНЫСТЫ", 1))
        self.assertTrue(continues_title(candidates, continued, 0, "ОБЛЫС ӘКІМІМЕН КЕЗДЕСТІ", 1))

    def test_the_opening_headline_over_its_deck_across_blank_lines(self):
        texts = [
            "Ministers Agree on Transit Routes",
            "",
            "The foreign ministers of the two countries said that the new routes would open next year",
            "",
            LEAD_EN,
        ]
        lines = [Line(i + 1, text) for i, text in enumerate(texts)]
        candidates = [(0, texts[0]), (2, texts[2])]
        self.assertEqual(choose_title(candidates, lines, None, {})[0], 0)

    def test_an_image_s_alt_text_does_not_lengthen_the_headline(self):
        texts = ["Start here", "", "Inside the Steppe image", "", "Inside the Steppe", "", LEAD_EN, "Inside the Steppe"]
        lines = [Line(i + 1, text) for i, text in enumerate(texts)]
        candidates = [(0, texts[0]), (2, texts[2]), (4, texts[4])]
        self.assertEqual(choose_title(candidates, lines, None, {}), (4, "Inside the Steppe"))
