"""Round 7 of the title rules: interface lines, section headings and contents entries, cut phrases, decks that
point back, other articles' titles, a headline printed twice, media notes and foreign site names.

Each rule is shown on small made-up lines in Kazakh, Russian and English (the shapes any site or journal may
print), with the near miss the rule must leave alone.
"""

from __future__ import annotations

from django.test import SimpleTestCase

from articles.ingest.assemble import parse_single
from articles.ingest.furniture import is_site_furniture
from articles.ingest.layout import Line
from articles.ingest.pipeline import build_vocabulary
from articles.ingest.single import read_head
from articles.ingest.title_rules import (
    fold_printing,
    inside_wrapped_prose,
    json_record_title,
    not_a_title,
    without_foreign_site,
    without_media_note,
)
from articles.ingest.titles import is_furniture, is_title_like

LEAD_RU = (
    "Министры иностранных дел двух стран обсудили в Астане вопросы торговли, транзита и водных ресурсов, а также "
    "подготовку к предстоящему визиту на высшем уровне, сообщает пресс-служба ведомства."
)
LEAD_EN = (
    "The foreign ministers of the two countries met in Astana on Monday to discuss trade, transit and water, and "
    "to prepare the coming state visit, the ministry's press service said in a statement."
)


def lines_of(*texts: str) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=1)]


def title_of(*texts: str) -> str | None:
    lines = lines_of(*texts)
    return parse_single(lines, "sample.txt", build_vocabulary([line.text for line in lines])).title


class InterfaceLinesTests(SimpleTestCase):
    def test_interface_lines_are_furniture_in_three_languages(self):
        for line in (
            "Skip to main content",
            "Перейти к основному содержанию",
            "Негізгі мазмұнға өту",
            "Add news",
            "Добавить новость",
            "Жаңалық қосу",
            "Search by topic",
            "Искать по теме",
            "Тақырып бойынша іздеу",
            "Related articles",
            "Статьи по теме",
            "Ұқсас мақалалар",
            "Content uploaded by A. Smith",
            "Access this chapter",
        ):
            self.assertTrue(is_furniture(line), line)
            self.assertFalse(is_title_like(line), line)

    def test_headlines_with_the_same_words_are_not_furniture(self):
        for line in (
            "Kazakhstan to add news agencies to its accreditation list",
            "В Астане обсудили статьи нового торгового соглашения",
            "Жаңалықтар агенттігі жаңа бөлім ашты",
        ):
            self.assertFalse(is_site_furniture(line), line)

    def test_mastheads_and_broken_markup_are_furniture(self):
        for line in ('Газета "Наш Мир" br>', "«Айқын» газеті", 'Newspaper "The Steppe"', "Блог сайта «Навигатор»"):
            self.assertTrue(is_furniture(line), line)
        self.assertFalse(is_furniture("Газета выходит раз в неделю на трёх языках"))

    def test_a_call_on_readers_is_furniture(self):
        for line in (
            "Звоните, если вы стали очевидцем происшествия",
            "Send us your story if you witnessed an accident",
            "Хабарласыңыз, егер оқиғаның куәгері болсаңыз",
        ):
            self.assertTrue(is_furniture(line), line)


class SectionsAndContentsTests(SimpleTestCase):
    def test_section_headings_with_or_without_a_page_number_are_no_titles(self):
        for line in (
            "Список литературы 116",
            "Список литературы",
            "Әдебиеттер тізімі",
            "Қорытынды 84",
            "References",
            "Conclusions 12",
            "Table of contents",
        ):
            self.assertTrue(not_a_title(line), line)
            self.assertFalse(is_title_like(line), line)

    def test_contents_entries_and_outline_items_are_no_titles(self):
        for line in (
            "Анықтамалар, мағыналар, қысқартпалар…3",
            "Политика безопасности в регионе ..... 34",
            "Security policy in the region …… 21",
            "1.1 Политико-правовой фундамент системы",
            "II.Негізгі бөлім",
            "Chapter 2 Regional security",
        ):
            self.assertTrue(not_a_title(line), line)
        # A headline opening with a number is still one.
        for line in ("2.5 млн тонн зерна отправили в Китай", "Kazakhstan and China: a new era of trade"):
            self.assertFalse(not_a_title(line), line)

    def test_a_contents_page_gives_no_title_from_its_entries(self):
        self.assertIsNone(
            title_of(
                "Введение 3", "Глава 1. Система безопасности 12", "Заключение 111", "Список литературы 116", LEAD_RU
            )
        )

    def test_the_line_over_a_plan_is_the_title_even_with_a_full_stop(self):
        for title, plan in (
            ("Халықаралық қатынастар: белгілері, негізгі бағыттары.", "Жоспары:"),
            ("Международные отношения: признаки и основные направления.", "План:"),
            ("International relations: features and main directions.", "Contents"),
        ):
            head = read_head(lines_of(title, "", plan, "", "I. Кіріспе", "", LEAD_RU))
            self.assertEqual(head.title, title)


class CutAndPointingBackTests(SimpleTestCase):
    def test_a_phrase_cut_before_a_joining_word_is_no_title(self):
        for first, rest in (
            ("Kazakhstan Institute for Strategic Studies", "under the President of the Republic of Kazakhstan"),
            ("Казахстанский институт стратегических исследований", "при Президенте Республики Казахстан"),
            ("Қазақстан мен Қытай", "арасындағы сауда туралы келісім"),
        ):
            head = read_head(lines_of(first, "", rest, "", LEAD_EN))
            self.assertNotEqual(head.title, first, first)

    def test_a_line_ending_on_a_dash_is_cut(self):
        self.assertTrue(not_a_title("A strong system «Responsible State - Responsible Society -"))
        self.assertFalse(not_a_title("ҰЛЫ ДАЛА ЕЛІ –"))  # a title in capitals goes on over its dash

    def test_a_deck_pointing_back_is_no_title(self):
        for line in (
            "Бұл түркі бірлігін нығайтуға бағытталған іс-шаралардың бірі болмақ",
            "Это стало первым визитом министра в регион",
            "This is the first visit of the minister to the region",
        ):
            self.assertFalse(is_title_like(line), line)
        self.assertTrue(is_title_like('"It is very important to find one\'s own place"'))

    def test_a_line_inside_a_hard_wrapped_paragraph_is_no_title(self):
        texts = ["Соглашение было достигнуто на встречах", "делегацией в Астане.", "Делегация во главе с", "Х"]
        self.assertTrue(inside_wrapped_prose(texts, 2))
        texts = ["e-mail: author@example.kz", "ҚАЗАҚСТАН ЖӘНЕ ТМД ЕЛДЕРІ", "Аңдатпа. Мақалада …"]
        self.assertFalse(inside_wrapped_prose(texts, 1))

    def test_labelled_dates_and_addresses_are_no_titles(self):
        for line in (
            "Submission received: 3 June 2020 / Revised: 29 June 2020",
            "Поступила в редакцию: 12.03.2021",
            "Department of Economics, Almaty State University, Almaty 050040, Kazakhstan",
        ):
            self.assertTrue(not_a_title(line), line)


class ChoiceTests(SimpleTestCase):
    def test_another_articles_title_under_a_next_article_link_is_skipped(self):
        for label in ("Next Article in Journal", "Следующая статья", "Келесі мақала"):
            head = read_head(
                lines_of(label, "Groundwater in the Aral Sea basin", "", "Water Sharing in Central Asia", LEAD_EN)
            )
            self.assertEqual(head.title, "Water Sharing in Central Asia", label)

    def test_a_headline_printed_twice_is_taken_as_printed_first(self):
        self.assertEqual(fold_printing("Жапония – елімізбен"), fold_printing("Жапония - елімізбен"))
        head = read_head(
            lines_of(
                "Сарапшы: Жапония – елімізбен қатынас орнатқан алғашқы ел",
                "",
                "Сарапшы: Жапония - елімізбен қатынас орнатқан алғашқы ел",
                "",
                LEAD_RU,
            )
        )
        self.assertEqual(head.title, "Сарапшы: Жапония – елімізбен қатынас орнатқан алғашқы ел")

    def test_a_tag_under_the_headline_is_not_taken(self):
        for headline, tag in (
            ("Председательство Швеции в Совете ЕС: возможности для Казахстана", "Совет Европы"),
            ("Sweden's presidency of the EU Council: chances for Kazakhstan", "European Union"),
            ("Швецияның ЕО Кеңесіндегі төрағалығы: Қазақстанға мүмкіндіктер", "Еуропа Кеңесі"),
        ):
            self.assertEqual(read_head(lines_of(headline, "", tag, "", LEAD_RU)).title, headline)

    def test_an_interview_deck_under_the_headline_is_not_taken(self):
        head = read_head(
            lines_of(
                "Kazakhs say it is time for closer ties with EU",
                "",
                "Interview with Deputy Minister of Foreign Affairs of Kazakhstan",
                "",
                LEAD_EN,
            )
        )
        self.assertEqual(head.title, "Kazakhs say it is time for closer ties with EU")


class RepairTests(SimpleTestCase):
    def test_a_media_note_and_a_work_kind_after_the_headline_are_dropped(self):
        self.assertEqual(without_media_note("Көші-қон заңы керек (фото-видео репортаж)"), "Көші-қон заңы керек")
        self.assertEqual(without_media_note("В Астане открыли мост (фото)"), "В Астане открыли мост")
        self.assertEqual(without_media_note("A bridge opens in Astana (photo, video)"), "A bridge opens in Astana")
        self.assertEqual(without_media_note("Орталық Азия мен Ресей дипломдық жұмыс"), "Орталық Азия мен Ресей")
        self.assertEqual(without_media_note("Report (2020) on trade"), "Report (2020) on trade")

    def test_a_latin_site_name_after_a_cyrillic_headline_is_dropped(self):
        self.assertEqual(
            without_foreign_site("Куда движется Центральная Азия — Carnegie Endowment for International Peace"),
            "Куда движется Центральная Азия",
        )
        self.assertEqual(
            without_foreign_site("Орталық Азия қайда бара жатыр | The Diplomat"), "Орталық Азия қайда бара жатыр"
        )
        # An English headline keeps its dash; so does a Cyrillic one with a Latin word in lower case.
        self.assertEqual(without_foreign_site("Kazakhstan – A New Hub"), "Kazakhstan – A New Hub")
        self.assertEqual(without_foreign_site("Проект — open source"), "Проект — open source")

    def test_a_raw_json_record_gives_its_title(self):
        self.assertEqual(
            json_record_title('{"title":"Unpacking the \\"New\\" Silk Road","authors":"A. B."}'),
            'Unpacking the "New" Silk Road',
        )
        self.assertIsNone(json_record_title('{"authors":"A. B.","title":"X"}'))
        self.assertIsNone(json_record_title("Title of a page"))
