"""General rules for a journal page's facts and a text's kind, read from the whole head or body.

Each test quotes real lines of third-party pages from the development set's tuned texts
(fixtures/devset/texts/<id>.txt, named at each test), with the near miss the rule must not take.
"""

from __future__ import annotations

from django.test import SimpleTestCase

from articles.ingest.bylines import inline_by_names, name_before_affiliation
from articles.ingest.fields import INLINE_VOLUME_ISSUE_RE
from tests.ingest.rule_samples import one

# en-journal-23 (a SciELO article page), its head to the Spanish abstract's label, the site's menu shortened.
SCIELO_PAGE = (
    "SciELO - Scientific Electronic Library Online\n\n \n"
    "vol.16 issue2Bank-Specific Factors Influencing the Profitability of Listed Commercial Banks in VietnamForeign "
    "Direct Investment and Economic Growth in the Pacific Alliance Countries author indexsubject indexarticles "
    "search\nHome Pagealphabetic serial listing  \n\n"
    "Services on Demand\n\nJournal\n\nArticle\n\nIndicators\n\nRelated links\n\n"
    "  • On index processCited by Google\n\nShare\n\n\n"
    "Revista Finanzas y Política Económica\n\nPrint version ISSN 2248-6046\n\n"
    "Finanz. polit. econ. vol.16 no.2 Bogotá July/Dec. 2024  Epub Nov 21, 2024\n\n"
    "https://doi.org/10.14718/revfinanzpolitecon.v16.n2.2024.7 \n\n"
    "Artículos de investigación\n\n"
    "Leaders Matter: Regional Integration in Central Asia\n\n"
    "Los líderes importan: la integración regional en Asia Central\n\n"
    "* PhD candidate at Corvinus University of Budapest (Hungary). Email: ai.kazhenova@gmail.com. © "
    "https://orcid.org/0000-0001-5583-1897\n\n\n"
    "Abstract\n\n"
    "After the dissolution of the Soviet Union in 1991, the Central Asian countries aimed at regional integration. "
    "Despite the states' declarations to enhance economic and political cooperation, the Central Asian integration "
    "institution was dissolved in 2005.\n\n"
    "JEL Classification: F53; F55; F59\n\n"
    "Keywords: regional integration; Central Asia; Kazakhstan; Uzbekistan; leaders\n\n"
    "Resumen\n"
)


class JournalPageTests(SimpleTestCase):
    def test_a_scielo_page_gives_its_title_journal_issue_and_date(self):
        record = one(SCIELO_PAGE)
        # The title over its translation and its author's address, not the site's name, menu or journal.
        self.assertEqual(record.title, "Leaders Matter: Regional Integration in Central Asia")
        self.assertEqual(record.journal, "Revista Finanzas y Política Económica")  # the name over its ISSN
        self.assertEqual((record.volume, record.issue), ("16", "2"))
        self.assertEqual(str(record.published), "2024-11-21")  # the "Epub" date
        self.assertEqual(record.kind, "research_article")
        # A JEL code line is a classification, not keywords.
        self.assertEqual(
            record.keywords, {"en": ["regional integration", "Central Asia", "Kazakhstan", "Uzbekistan", "leaders"]}
        )

    def test_an_inline_volume_and_issue(self):
        match = INLINE_VOLUME_ISSUE_RE.search("Finanz. polit. econ. vol.16 no.2 Bogotá July/Dec. 2024")
        self.assertEqual((match["volume"], match["issue"]), ("16", "2"))
        self.assertIsNone(INLINE_VOLUME_ISSUE_RE.search("Том Holland and 2 others"))

    def test_a_keywords_label_naming_its_language(self):
        # ru-journal-17: "Ключевые слова на русском языке:" glued to its list.
        record = one(
            "ШАНХАЙСКАЯ ОРГАНИЗАЦИЯ СОТРУДНИЧЕСТВА: ПРОБЛЕМЫ И ПЕРСПЕКТИВЫ РАЗВИТИЯ\n"
            "Статья посвящена проблемам развития Шанхайской организации сотрудничества (ШОС). Автор отмечает, что "
            "за два десятилетия она возросла численно.\n"
            "Ключевые слова на русском языке:Шанхайская организация сотрудничества; Центральная Азия; Китай\n"
        )
        self.assertEqual(
            record.keywords, {"ru": ["Шанхайская организация сотрудничества", "Центральная Азия", "Китай"]}
        )

    def test_a_name_with_its_degree_after_a_dash_is_a_byline(self):
        # ru-journal-17: the page opens with its author's name, degree and post.
        line = "Крутько Андрей Андреевич – д-р полит. наук, российский дипломат, г. Москва, e-mail: rusemb@infotel.kg"
        self.assertEqual(name_before_affiliation(line, "")[0], ["Крутько Андрей Андреевич"])
        self.assertEqual(name_before_affiliation("Касым-Жомарт Токаев – Президент Казахстана", "")[0], [])

    def test_a_page_ending_with_its_keywords_is_complete(self):
        # en-journal-17: the stored page ends after the labelled keyword list.
        record = one(
            "Stekić Nenad\n\nModern international relations are characterized by the core political integration "
            "processes. Some new types of regional cooperation are being born, which besides political include their "
            "economic integration as well.\n\n"
            "Keywords: Kazakhstan, middle range power, geopolitical dynamics, Central Asia, Belt and Road Initiative"
        )
        self.assertFalse(record.is_fragment)
        self.assertTrue(one("Stekić Nenad\n\nModern international relations are characterized by the core").is_fragment)


class KindTests(SimpleTestCase):
    def test_a_paper_describing_itself_is_research(self):
        # en-journal-19: no abstract label, but the third paragraph says what the article does.
        record = one(
            "Kazakhstan’s Multi-vector Foreign Policy: Diminishing Returns in an Era of Great Power “Pivots”?\n\n\n"
            "Since Secretary of State Hillary Clinton announced the Obama administration’s “pivot” to Asia in 2011, "
            "the other most consequential powers have constructed their own versions of the “pivot.”\n\n"
            "The Kazakh government responded by leveraging its geopolitical position as both an organizing principle "
            "for its foreign policy and a potent domestic political symbol.\n\n"
            "This article argues that such a strategy promises to generate diminishing returns in the context of the "
            "US, Chinese, and Russian pivots to Asia.\n"
        )
        self.assertEqual(record.kind, "research_article")

    def test_turns_under_labels_with_particles_make_an_interview(self):
        # en-interview-07: turns labelled "TOT:" and "Charge de Affair:".
        record = one(
            "Democracy has no chance in a poor society – says Nurlan Mussin\n\n"
            "Honorable Charge de Affair of Kazakhstan to Norway, ‘The Oslo Times’ welcomes you.\n\n"
            "TOT: Since its independence in 1991, Kazakhstan has remained one of the star economies of the CIS. So, "
            "what has been the basic formula behind this success? Please elaborate…\n\n"
            "Charge de Affair: First of all, I would like to thank Oslo Times and you personally for your interest "
            "towards our country.\n\n"
            "TOT: What are the priorities of the foreign policy of Kazakhstan?\n\n"
            "Charge de Affair: Our foreign policy is multi-vector.\n"
        )
        self.assertEqual(record.kind, "interview")

    def test_a_paper_with_keywords_and_one_name_dash_line_is_no_interview(self):
        # ru-journal-17: the byline "Name – degree" is no speaker's turn of an interview.
        record = one(
            "Крутько Андрей Андреевич – д-р полит. наук, российский дипломат, г. Москва, e-mail: rusemb@infotel.kg\n"
            "ШАНХАЙСКАЯ ОРГАНИЗАЦИЯ СОТРУДНИЧЕСТВА: ПРОБЛЕМЫ И ПЕРСПЕКТИВЫ РАЗВИТИЯ\n"
            "Статья посвящена проблемам развития Шанхайской организации сотрудничества (ШОС). Автор отмечает, что "
            "за два десятилетия она возросла численно.\n"
            "Ключевые слова: Шанхайская организация сотрудничества; Центральная Азия; Китай\n"
            "Китай – крупнейший партнёр стран региона.\n"
        )
        self.assertEqual(record.kind, "research_article")
        self.assertEqual(record.authors, ["Крутько Андрей Андреевич"])


class DateAndBylineTests(SimpleTestCase):
    # en-interview-08 (a blog's interview): title, the item's date under it, an introduction naming its author.
    BLOG = (
        "International Relations in Kazakh Universities\n"
        "Saturday 20 November 2021\n"
        "Interview with Axamal Issaliyeva Ph.D. (pictured left), Doctor of Philosophy in Regional Studies, Deputy "
        "Dean Astana International University, Lecturer in International Relations. By Harry Stage, MECACS Blog "
        "Administrator Intern, 4th year International Relations student.\n"
        "What are the main International Relations theories taught to students in Kazakhstan?\n"
        "The content of my course of IR theories consists of classic Realism, Neorealism, Liberalism.\n"
    )

    def test_a_weekday_date_under_the_headline_is_the_items_date(self):
        self.assertEqual(str(one(self.BLOG).published), "2021-11-20")

    def test_a_weekday_date_above_the_headline_is_the_sites_date_bar(self):
        # kk-news-10: the site's bar with today's date, then the item's own date stamp.
        record = one(
            "Сенбі, 23 Қараша 2024\n"
            "Талқы 2339 2 пікір 6 Желтоқсан, 2023 сағат 14:49\n"
            "Екі елдің елшісін Ақордаға қарай ентіктірген не жағдай?\n"
            "Президент Қасым-Жомарт Тоқаевтың 5 желтоқсанда Ресей жұмыс сапарынан кейін Ақордаға екі елдің елшісі "
            "шақырылды. Бұл туралы Ақорданың баспасөз қызметі хабарлады.\n"
        )
        self.assertEqual(str(record.published), "2023-12-06")

    def test_a_byline_inside_an_introduction(self):
        self.assertEqual(one(self.BLOG).authors, ["Harry Stage"])
        self.assertEqual(inline_by_names("The talks were hosted by Harry Stage, the blog's intern."), [])


class ItemEndTests(SimpleTestCase):
    def test_the_sites_list_of_more_items_ends_the_text(self):
        # ru-news-14: the item ends before the site's "Свежее из этой рубрики" block.
        record = one(
            "ЕАЭС набирает обороты, несмотря на трудности интеграции - спикер сената Казахстана\n\n"
            "Евразийский экономический союз набирает обороты, несмотря на трудности интеграции, уверен спикер сената "
            "Казахстана Касым-Жомарт Токаев.\n\n"
            "«Эта организация набирает свои обороты. Конечно, есть и трудности», - отметил Токаев.\n\n"
            "Свежее из этой рубрики\n\nВ Астане открылся форум\n"
        )
        self.assertFalse(record.is_fragment)
        self.assertNotIn("форум", record.body)

    def test_a_source_credit_after_the_last_sentence_is_no_cut(self):
        # en-news-11's last lines: the source credited after the item's last sentence.
        text = (
            "Kazakhstan and Russia hold consultations\n\n"
            "The parties confirmed their intention to continue close interaction at the level of foreign policy "
            "agencies of the two countries.\n\n"
        )
        self.assertFalse(one(text + "Based on materials from TASS\n").is_fragment)
        self.assertTrue(one(text + "The talks will continue in\n").is_fragment)
