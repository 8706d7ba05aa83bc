"""General rules that keep site furniture, names, cross-heads and body lines out of titles, and tell a text's kind.

Each test quotes real lines of third-party pages from the development set's tuned texts
(fixtures/devset/texts/<id>.txt, named at each test), with the near miss the rule must not take.
"""

from __future__ import annotations

from django.test import SimpleTestCase

from articles.ingest.bylines import placed_byline
from articles.ingest.furniture import glued_links, is_site_furniture, spells_acronym
from articles.ingest.layout import Line
from articles.ingest.paragraphs import is_prose
from articles.ingest.title_choice import choose_title
from articles.ingest.titles import is_furniture, is_title_like
from tests.ingest.rule_samples import one

# en-journal-17: a paragraph of an abstract (shortened at a sentence's end).
ABSTRACT = (
    "Modern international relations are characterized by the core political integration processes. By "
    "intensifying the regional interconnections among the countries, especially those with similar historical "
    "and cultural factors, some new types of regional cooperation are being born."
)


class FurnitureTests(SimpleTestCase):
    def test_a_language_switcher_is_furniture(self):
        # ru-journal-20 ("Pyc" in Latin look-alike letters), and the common shapes.
        for line in ("Eng | Pyc", "Қаз | Рус | Eng", "KZ / RU / EN", "Рус Eng"):
            self.assertTrue(is_furniture(line), line)
        self.assertFalse(is_furniture("Қазақстан – Қытай"))

    def test_a_blog_platforms_tagline_and_tag_archive_are_furniture(self):
        # en-interview-07 (a WordPress.com blog's tag page).
        self.assertTrue(is_site_furniture("Just another WordPress.com site"))
        self.assertTrue(is_site_furniture("Posts tagged ‘OSCE’"))
        self.assertFalse(is_site_furniture("Democracy has no chance in a poor society – says Nurlan Mussin"))

    def test_access_buttons_and_version_labels_are_furniture(self):
        # en-journal-22 ("Published Version"), en-journal-16 (a Cambridge page's link).
        for line in ("Published Version", "Rights & Permissions [Opens in a new window]", "Полный текст (PDF)"):
            self.assertTrue(is_site_furniture(line), line)
        self.assertFalse(is_site_furniture("Published Versions of the Treaty Differ in Kazakh and Russian"))

    def test_a_name_spelling_out_its_acronym_is_a_site_name(self):
        # en-journal-23: SciELO's page header.
        self.assertTrue(spells_acronym("SciELO - Scientific Electronic Library Online"))
        self.assertTrue(spells_acronym("ШОС — Шанхайская организация сотрудничества"))
        self.assertFalse(spells_acronym("Қазақстан – қауіпсіз арал іспеттес"))
        self.assertFalse(spells_acronym("ЕАЭС набирает обороты, несмотря на трудности интеграции - спикер сената"))

    def test_a_bare_host_name_is_furniture(self):
        # ru-news-14: the photo's source between the headline and the byline.
        self.assertTrue(is_site_furniture("khabar.kz"))
        self.assertFalse(is_site_furniture("Kazakhstan.Today is the name of a new show"))

    def test_links_run_together_are_neither_prose_nor_a_title(self):
        # en-journal-23: the navigation bar, extracted without spaces between its links.
        bar = (
            "vol.16 issue2Bank-Specific Factors Influencing the Profitability of Listed Commercial Banks in "
            "VietnamForeign Direct Investment and Economic Growth in the Pacific Alliance Countries author "
            "indexsubject indexarticles search"
        )
        self.assertTrue(glued_links(bar))
        self.assertFalse(is_prose(bar))
        self.assertFalse(is_title_like(bar))
        self.assertFalse(glued_links(ABSTRACT))
        self.assertTrue(is_prose(ABSTRACT))


class TitleEvidenceTests(SimpleTestCase):
    def test_a_name_alone_is_a_byline_not_a_title(self):
        # en-journal-17: the page opens with its author's name over the abstract, and has no title.
        record = one(f"Stekić Nenad\n\n{ABSTRACT}\n")
        self.assertIsNone(record.title)
        self.assertEqual(record.authors, ["Stekić Nenad"])

    def test_a_cross_head_answered_by_a_turn_is_no_headline(self):
        # kk-interview-12: the excerpt opens at a cross-head inside the interview.
        record = one(
            "Қазақстан – қауіпсіз арал іспеттес\n"
            "– Руслан мырза, жалпы Си Цзиньпиннің сапары халықаралық деңгейде де біршама қызу талқыланғаны белгілі. "
            "Жалпы Си Цзиньпиннің Қазақстанға мемлекеттік сапарынан не түйдіңіз?\n"
            "– Қазақстанда ғана емес, Ресейде де, халықаралық аренада да бұл сұрақ талқыланды.\n"
        )
        self.assertIsNone(record.title)
        # The same line over a lead is the headline.
        headed = one(f"Қазақстан – қауіпсіз арал іспеттес\n\n{ABSTRACT}\n")
        self.assertEqual(headed.title, "Қазақстан – қауіпсіз арал іспеттес")

    def test_the_last_line_of_a_text_is_no_title(self):
        # en-journal-21: the excerpt ends with a body line cut mid-number.
        record = one(
            "Abstract. Now in its21st year, the Shanghai Cooperation Organization (SCO) finds itself in a period of "
            "transition. The organization has successfully completed its first round of expansion, altering the "
            "global and regional political landscape.\n\n"
            "The first expansion of SCO participants took place in 20\n"
        )
        self.assertIsNone(record.title)

    def test_a_line_under_the_abstract_is_no_title(self):
        # en-journal-22: a repository page's furniture under an unlabelled title's abstract.
        record = one(
            "Abstract\n"
            "Kazakhstan’s foreign policy began to take shape after the disintegration of the USSR. Changed "
            "geopolitical conditions set new tasks for the state. It became necessary to elaborate new approaches "
            "to external affairs.\n"
            "Published Version\n"
            "Join us for a 30 min session where you can share your feedback and ask us any queries you have\n"
        )
        self.assertIsNone(record.title)

    def test_a_date_abbreviation_ends_a_headline_and_a_speakers_turn_is_no_title(self):
        # ru-interview-10: a rubric, the headline ending with its date, then the turns.
        headline = "Интервью Посла России в Казахстане А.Н.Бородавкина МИА «Россия Сегодня», 2 декабря 2022 г."
        self.assertTrue(is_title_like(headline))
        turn = "К.Вышинский: Алексей Николаевич, добрый день! И спасибо большое, что нашли время для этого разговора!"
        self.assertFalse(is_title_like(turn))
        self.assertFalse(is_title_like("Это произошло потому, что многие исследователи писали об этом ранее."))
        record = one(
            f"Сообщения пресс-службы\n{headline}\n\nВидео интервью доступно по ссылке:\n{turn}\n"
            "А.Н.Бородавкин: После переизбрания на пост главы государства, конечно, Россия в качестве страны, в "
            "которую Токаевым осуществлен первый визит, была выбрана не случайно.\n"
        )
        self.assertEqual(record.title, headline)

    def test_a_byline_opening_the_title_line_is_split_off(self):
        # ru-journal-20: "Surname I.O. Title" on one line.
        record = one(
            "Лаумулин М.Т. Обзор зарубежной литературы по центральной азии до 2019 г.\n\n"
            "Данный материал является продолжением наших регулярных обзоров, посвященных зарубежной (преимущественно "
            "западной) политологической литературе по Центральной Азии и Казахстану.\n"
        )
        self.assertEqual(record.title, "Обзор зарубежной литературы по центральной азии до 2019 г.")
        self.assertEqual(record.authors, ["Лаумулин М.Т."])

    def test_a_reporters_byline_with_place_and_outlet_marks_the_headline(self):
        # ru-news-14: a deck, a view counter, the headline, the photo's source, then the byline.
        self.assertEqual(placed_byline("Алия Иксанова, Астана, Vласть"), ["Алия Иксанова"])
        self.assertEqual(placed_byline("Астана, Алматы, Шымкент"), [])
        record = one(
            "Объединение соответствует интересам Казахстана\n  • 2104\n"
            "ЕАЭС набирает обороты, несмотря на трудности интеграции  - спикер сената Казахстана\nkhabar.kz\n\n"
            "Алия Иксанова, Астана, Vласть\n\n"
            "Евразийский экономический союз набирает обороты, несмотря на трудности интеграции, уверен спикер сената "
            "Казахстана Касым-Жомарт Токаев.\n"
        )
        self.assertEqual(
            record.title, "ЕАЭС набирает обороты, несмотря на трудности интеграции - спикер сената Казахстана"
        )
        self.assertEqual(record.authors, ["Алия Иксанова"])

    def test_a_sites_latest_news_header_is_not_the_end_of_the_item(self):
        # ru-news-15: "ПОСЛЕДНИЕ НОВОСТИ" heads the page, above the breadcrumb and the headline.
        record = one(
            "ПОСЛЕДНИЕ НОВОСТИ\n"
            "Главная | ПОЛИТИКА | Министр Кулубаев принял участие в очередном заседании СМИД ШОС\n\n"
            "Министр Кулубаев принял участие в очередном заседании СМИД ШОС\n\n"
            "Министр иностранных дел Жээнбек Кулубаев 21 мая принял участие в очередном заседании Совета министров "
            "иностранных дел государств-членов Шанхайской организации сотрудничества (СМИД ШОС).\n\n"
            "Последние новости\n\nВ Бишкеке прошёл форум\n"
        )
        self.assertEqual(record.title, "Министр Кулубаев принял участие в очередном заседании СМИД ШОС")
        self.assertNotIn("Бишкеке", record.body)


class WrappedTitleTests(SimpleTestCase):
    def test_a_title_cut_by_a_line_break_is_completed_from_its_whole_copy(self):
        # en-journal-20 (a PDF on a document host): the page's title line, then the PDF's title over two lines.
        title = "The Shanghai Cooperation Organization in a Changing Central Asian Geopolitical Context"
        record = one(
            f"• Nem Talált Eredményt\n{title}\nN/A\nAcademic year: 2022\n\n10.32565/aarms.2021.2.3\n\n"
            "The Shanghai Cooperation Organization in a Changing Central Asian Geopolitical\n\nContext\n\n"
            "Rakhmatulla NURIMBETOV\n\n1¤\n\n"
            "The article discusses the initial role of the Shanghai Cooperation Organization (SCO) in Central Asia "
            "and the latest development trends, as well as possible scenarios for its transformation.\n\n"
            "Keywords: Shanghai Cooperation Organization, Central Asia, Russia, China, geopolitics\n"
        )
        self.assertEqual(record.title, title)

    def test_a_line_going_on_in_lower_case_is_a_wrapped_sentence_not_a_title(self):
        # A PDF's text cut in its body (ru-journal-18's body, hard-wrapped as its PDF layer prints it).
        record = one(
            "Проблемами приграничной миграции населения Казахстана занималось\n"
            "и занимается большое количество исследователей, в том числе и в Костанайской области.\n"
        )
        self.assertIsNone(record.title)

    def test_the_short_end_of_a_wrapped_title_is_taken_in(self):
        record = one(
            "Leaders Matter: Regional Integration\nin Central Asia\n\n"
            "Abstract: After the dissolution of the Soviet Union in 1991, the Central Asian countries aimed at "
            "regional integration. Despite the states' declarations, the integration institution was dissolved.\n"
        )
        self.assertEqual(record.title, "Leaders Matter: Regional Integration in Central Asia")
        self.assertNotIn("in Central Asia", record.body)

    def test_the_headline_the_page_repeats_wins_over_a_deck(self):
        # ru-news-14's deck over its headline, with a breadcrumb repeating the headline (as ru-news-15 prints one).
        deck = "Объединение соответствует интересам Казахстана"
        headline = "ЕАЭС набирает обороты, несмотря на трудности интеграции"
        lines = [Line(1, deck), Line(2, headline), Line(3, ""), Line(4, f"Главная | ПОЛИТИКА | {headline}")]
        self.assertEqual(choose_title([(0, deck), (1, headline)], lines, None, {}), (1, headline))
