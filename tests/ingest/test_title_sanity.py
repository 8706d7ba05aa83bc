"""General rules that keep a body's sentence, a lead's attribution, credits and portal headings out of titles,
and that make whole the titles a page split (a colon, a wrapped quote, a subtitle, a byline's citation shape).

Each test quotes real lines of third-party pages from the development set's tuned texts
(fixtures/devset/texts/<id>.txt, named at each test), with the near miss the rule must not take.
"""

from __future__ import annotations

from django.test import SimpleTestCase

from articles.ingest import cues
from articles.ingest.bylines import leading_byline, names_in
from articles.ingest.layout import Line
from articles.ingest.single import TITLE_SITE_SUFFIX_RE
from articles.ingest.titles import (
    caps_title_opening,
    ends_with_full_stop,
    is_furniture,
    is_title_like,
    quoted_title_tail,
)
from tests.ingest.rule_samples import one


class SentenceEndTests(SimpleTestCase):
    def test_a_short_line_closed_by_a_full_stop_is_a_sentence_not_a_title(self):
        # kk-news-28: a news page whose stored text starts with its body.
        line = "Биыл Қазақстан Республикасының дипломатиясына 30 жыл."
        self.assertTrue(ends_with_full_stop(line))
        self.assertFalse(is_title_like(line))
        self.assertTrue(is_title_like(line.rstrip(".")))  # the same words without the stop could head a page

    def test_an_abbreviation_an_initial_or_a_date_ends_without_ending_a_sentence(self):
        for line in (
            "Переговоры Токаева и Путина, 2 декабря 2022 г.",
            "Статья Надирова Ш.Г.",
            "Relations with the U.S.",
        ):
            self.assertFalse(ends_with_full_stop(line), line)
        self.assertFalse(ends_with_full_stop("Central Asia in transition..."))  # an ellipsis trails off

    def test_a_title_in_short_phrases_each_closed_by_a_stop_is_a_title(self):
        # ru-journal-15: three noun phrases, no verb.
        line = "Международная безопасность. Проблема и реальность. Правовой Армагеддон."
        self.assertFalse(ends_with_full_stop(line))
        self.assertTrue(is_title_like(line))
        self.assertTrue(ends_with_full_stop("Он сказал. Это было очень важно для всех нас."))

    def test_an_untitled_news_text_gets_no_title_from_its_first_sentence(self):
        # kk-news-28 (opening lines).
        record = one(
            "Биыл Қазақстан Республикасының дипломатиясына 30 жыл.\n"
            "Әрине, бұл кезеңді қазақ елінің тарих безбенімен өлшесек, тамшыдай. Дегенмен, «отызында орда "
            "бұзбаған, қырқында қамал ала алмайды», дейді қазақ. Сондықтан да ұлтымыздың таным-түсінігінде 30 "
            "жас өте маңызды белес болып саналады.\n"
        )
        self.assertIsNone(record.title)


class AttributionTests(SimpleTestCase):
    def test_a_lead_attributed_to_its_outlet_is_no_title(self):
        # en-news-12 (a wrapped lead's line, without its full stop as a line break may leave it).
        self.assertFalse(is_title_like("Kazakh Foreign Minister Murat Nurtleu said, Trend reports"))
        self.assertFalse(is_title_like("Президент провёл встречу с послом, сообщает Kazinform"))
        self.assertFalse(is_title_like("Министр елшімен кездесті, деп хабарлайды Kazinform"))
        # A headline naming its speaker at the end is a headline.
        self.assertTrue(is_title_like("Kazakhstan ready to expand the Middle Corridor, minister says"))

    def test_an_interviews_source_line_is_no_title(self):
        # en-interview-11 (its two lines joined as a wrapped line is).
        self.assertFalse(is_title_like('Interview to "Izvestia-Kazakhstan" newspaper, December 27, 2002'))
        self.assertTrue(cues.INTERVIEW_SOURCE_RE.match("Интервью газете «Казахстанская правда», 12 мая 2003 г."))
        self.assertTrue(is_title_like("Interview with the Minister of Foreign Affairs"))  # no date: may head it


class CreditAndPortalTests(SimpleTestCase):
    def test_a_photo_credit_with_an_agency_and_its_distributor_is_furniture(self):
        # kk-news-30.
        self.assertTrue(is_furniture("Михаил Метцель / ТАСС / Forum"))
        self.assertTrue(is_furniture("Игорь Егоров/РИА Новости"))
        self.assertFalse(is_furniture("Қазақстан / Ресей / Қытай: үшбұрыштағы саясат және экономика"))

    def test_a_journal_portals_archive_heading_is_furniture(self):
        # ru-journal-23.
        for line in ("Архив статей журнала", "Archive of issues", "Journal archive", "Мақалалар мұрағаты"):
            self.assertTrue(is_furniture(line), line)
        self.assertFalse(is_furniture("Архивы Казахстана о депортации народов"))


class WholeTitleTests(SimpleTestCase):
    def test_a_capitals_title_ending_in_a_colon_takes_its_capitals_subtitle(self):
        # en-journal-25.
        self.assertTrue(caps_title_opening("TURKEY-KAZAKHSTAN RELATIONS:", "AN OVERVIEW OF MUTUAL RELATIONS"))
        self.assertFalse(caps_title_opening("KEY WORDS:", "TURKEY, KAZAKHSTAN"))
        self.assertFalse(caps_title_opening("TURKEY-KAZAKHSTAN RELATIONS:", "An overview of mutual relations"))
        record = one(
            "TURKEY-KAZAKHSTAN RELATIONS:\nAN OVERVIEW OF MUTUAL RELATIONS\nSINCE THE COLLAPSE OF THE SOVIET UNION\n"
            "Summary\nThe bilateral relations between Kazakhstan and Turkey have started, firstly due to deep "
            "cultural, historical ties, brotherhood kinship which caused Turkey to be the first country to "
            "recognise the independence of Kazakhstan.\nKey words: Turkey, Kazakhstan, economy, diplomacy.\n"
        )
        self.assertEqual(
            (record.title or "").casefold(),
            "turkey-kazakhstan relations: an overview of mutual relations since the collapse of the soviet union",
        )

    def test_a_quoted_headline_wrapped_over_lines_is_read_whole(self):
        # en-interview-11.
        lines = [
            Line(0, text)
            for text in ('"It is very important to', "find one's own place in", 'the foreign policy area"')
        ]
        self.assertEqual(quoted_title_tail(lines, 0), [1, 2])
        unclosed = [Line(0, text) for text in ('"It is very important to', "find one's own place in", "the area")]
        self.assertEqual(quoted_title_tail(unclosed, 0), [])

    def test_a_title_and_subtitle_printed_whole_elsewhere_on_the_page_are_one_title(self):
        # en-journal-26 (a document host's page: the title line, then the document's own two lines).
        whole = "A New Hegemon in Russia’s Backyard? Assessing China’s Implementation of the Belt and Road Initiative."
        record = one(
            f"{whole}\n\nAcademic year: 2022\n\n(1)\n\nA New Hegemon in Russia’s Backyard?\n\n"
            "Assessing China’s Implementation of the Belt and Road Initiative.\n\nAbstract\n\n"
            "By assessing the implementation of China’s BRI in Kazakhstan, this article examines a potential "
            "threat posed by the BRI to Russian hegemony in Central Asia.\n"
        )
        self.assertEqual(record.title, whole)

    def test_a_byline_before_a_quoted_title_in_a_citations_shape(self):
        # ru-journal-25: the e-mail address lost by the extraction.
        self.assertEqual(
            leading_byline('Надиров Ш.Г. "Казахстан: контуры отношений с Россией". E-mail'),
            ("Надиров Ш.Г.", "Казахстан: контуры отношений с Россией"),
        )
        self.assertIsNone(leading_byline('"Казахстан: контуры отношений с Россией"'))


class MastheadTests(SimpleTestCase):
    def test_a_newspapers_name_is_neither_a_title_nor_a_person(self):
        # en-news-15: the paper's name over the date, the byline under it.
        self.assertFalse(is_title_like("Astana Times"))
        self.assertEqual(names_in("Astana Times"), [])
        self.assertEqual(names_in("Akmaral Arystanbekova"), ["Akmaral Arystanbekova"])
        self.assertTrue(is_title_like("Kazakhstan Times Its Reforms"))  # an outlet's word inside a headline
        record = one(
            "After a quarter-century, Kazakhstan’s foreign service has much to be proud of\n\nAstana Times\n"
            "June 27, 2017\nBy Akmaral Arystanbekova\n\nSince the dawn of independence, consistency, "
            "predictability and the multi-vector character of Kazakhstan’s foreign policy have been its unique "
            "features, strength and the reason for its success.\n"
        )
        self.assertEqual(record.title, "After a quarter-century, Kazakhstan’s foreign service has much to be proud of")
        self.assertEqual(record.authors, ["Akmaral Arystanbekova"])

    def test_a_site_name_after_a_breadcrumbs_arrow_leaves_the_title(self):
        # ru-journal-18: the page's HTML title, "Title > Journal".
        title = "ПРИГРАНИЧНАЯ МИГРАЦИЯ НА ПОСТСОВЕТСКОМ ПРОСТРАНСТВЕ (НА ПРИМЕРЕ КОСТАНАЙСКОЙ ОБЛАСТИ)"
        self.assertEqual(TITLE_SITE_SUFFIX_RE.search(f"{title} > Окно в микромир").group("site"), "Окно в микромир")
        record = one(
            f"{title} > Окно в микромир\n\nКоржов И.Ю.\n\nВ статье рассматриваются проблемы приграничной миграции "
            "на постсоветском пространстве на примере двух соседних областей Казахстана и России.\n"
        )
        self.assertEqual((record.title or "").casefold(), title.casefold())  # the suffix gone, whatever the case


class SplitBylineTests(SimpleTestCase):
    def test_a_second_author_after_a_dash_on_its_own_line_joins_the_byline(self):
        # en-journal-20: a PDF's byline "Name¹ – Name²" split over lines, the marks on lines of their own.
        record = one(
            "10.32565/aarms.2021.2.3\n\nThe Shanghai Cooperation Organization in a Changing Central Asian "
            "Geopolitical Context\n\nRakhmatulla NURIMBETOV\n\n1\n\n – László VASA\n\n2\n\nThe article discusses "
            "the initial role of the Shanghai Cooperation Organization (SCO) in Central Asia and the latest "
            "development trends.\n\nKeywords: Shanghai Cooperation Organization, Central Asia, Russia, China\n"
        )
        self.assertEqual(record.authors, ["Rakhmatulla NURIMBETOV", "László VASA"])

    def test_a_plain_name_on_the_last_line_under_the_last_sentence_signs_a_news_item(self):
        # ru-news-21: the journalist's name, then the site's "Читайте также".
        record = one(
            "Главный дипломат Казахстана обсудил с российским коллегой сотрудничество в шестистороннем формате\n\n"
            "Глава МИД РФ Сергей Лавров обсудил в телефонном разговоре с министром иностранных дел Казахстана "
            "Муратом Нуртлеу сотрудничество в шестистороннем формате Россия - Центральная Азия.\n\n"
            "Других подробностей переговоров ни казахстанская, ни российская сторона не предоставили.\n\n"
            "Николай Ильясов\n\nЧитайте также\n"
        )
        self.assertEqual(record.authors, ["Николай Ильясов"])
        # kk-news-31: a post and a name the excerpt cut ("Министр Чав…") sign nothing.
        self.assertEqual(names_in("Министр Чав"), [])
