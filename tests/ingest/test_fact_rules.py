"""General rules of the text importer for a text's facts: citations, journal lines, contents pages,
abstracts, keywords and dates.

Each test gives a rule real lines of third-party pages, quoted from the development set's tuned texts
(fixtures/devset/texts/<id>.txt, named at each test), and where it matters the near miss it must not read.
"""

from __future__ import annotations

from django.test import SimpleTestCase

from articles.ingest import cues
from articles.ingest.citation import read_citation
from articles.ingest.contents import split_contents, unglue_caps_title
from articles.ingest.fields import read_journal_line
from articles.ingest.layout import Line
from tests.ingest.rule_samples import is_name, one, parse


class FactTests(SimpleTestCase):
    def test_gost_entry_without_a_volume(self):
        # ru-journal-12
        citation = read_citation(
            "Самиев, А. Я. Узбекистан — Казахстан: новый этап культурно-духовного сотрудничества / А. Я. Самиев. — "
            "Текст : непосредственный // Молодой ученый. — 2018. — № 51 (237). — С. 318-321. — URL: "
            "https://moluch.ru/archive/237/55111/ (дата обращения: 15.11.2024).",
            is_name,
        )
        self.assertEqual(
            (citation.journal, citation.issue, citation.pages, citation.names),
            ("Молодой ученый", "51 (237)", "318-321", ["А. Я. Самиев"]),
        )
        self.assertEqual(citation.title, "Узбекистан — Казахстан: новый этап культурно-духовного сотрудничества")
        # ru-journal-14: the entry opens with © and the author's name.
        citation = read_citation(
            "© Лизунов В.В. Проблемы дефицита и эффективного использования воды в центральной Азии // Известия "
            "Омского регионального отделения Всероссийского общества охраны природы. 2023. Выпуск 10. Омск: ОРО "
            "ВООП, 2023. 106 с. С.23-32.",
            is_name,
        )
        self.assertEqual((citation.issue, citation.pages, citation.names), ("10", "23-32", ["Лизунов В.В."]))
        self.assertIsNone(read_citation("Статья // опубликована в газете без номера.", is_name))

    def test_citation_label_and_glued_short_words(self):
        # en-journal-03: a PDF's text layer drops spaces after "of".
        citation = read_citation(
            "To cite this article: Maxat Kassen (2018) Understanding foreign policy strategies ofKazakhstan: a case "
            "study of the landlocked and transcontinental country, Cambridge Review ofInternational Affairs, 31:3-4, "
            "314-343",
            is_name,
        )
        self.assertEqual(citation.journal, "Cambridge Review of International Affairs")
        self.assertEqual(citation.names, ["Maxat Kassen"])
        self.assertTrue(citation.title.startswith("Understanding foreign policy strategies of Kazakhstan: a case"))

    def test_journal_lines(self):
        self.assertEqual(
            read_journal_line("Проблемы современной экономики, N 2 (78), 2021", False),  # ru-journal-13
            {"issue": "2 (78)", "journal": "Проблемы современной экономики"},
        )
        self.assertEqual(
            read_journal_line("Электронный научный журнал «edu.e-history.kz» № 1(21), 2020", False),  # ru-journal-07
            {"issue": "1(21)", "journal": "edu.e-history.kz"},
        )
        self.assertEqual(
            read_journal_line("110 № 4 2020", False, "SOCIETY AND SECURITY INSIGHTS"),  # ru-journal-08
            {"issue": "4", "journal": "SOCIETY AND SECURITY INSIGHTS"},
        )
        self.assertEqual(
            read_journal_line(
                "Әл-Фараби Атындағы Қазақ Ұлттық Университеті хабаршы шығыстану сериясы (Jan 2016)", True
            ),
            {"journal": "Әл-Фараби Атындағы Қазақ Ұлттық Университеті хабаршы шығыстану сериясы"},  # ru-journal-11
        )
        self.assertEqual(
            read_journal_line('Bulletin of "Turan" University', True), {"journal": 'Bulletin of "Turan" University'}
        )
        self.assertEqual(read_journal_line('Bulletin of "Turan" University', False), {})  # not at the page's top
        self.assertEqual(read_journal_line("The journal published its first issue in 2020.", True), {})
        self.assertEqual(
            read_journal_line("Central Asian Affairs 10 (2023) 1–25", False),  # a PDF's first-page header
            {"volume": "10", "pages": "1-25", "journal": "Central Asian Affairs"},
        )


# en-journal-09 (erj.eurasian-research.org): an issue's contents page, shortened.
CONTENTS_PAGE = """Latest Issue
8 (1), 2026
.
Editorial Board
Medihanur ARGALI
ONTOLOGICAL SECURITY AND IDENTITY: THE COLLECTIVE SELF ROLE OF THE ORGANIZATION OF TURKIC STATESThis article \
explores how the Organization of Turkic States (OTS) serves as a collective ontological security mechanism for \
post-Soviet Turkic republics.
Keywords: Ontological security, Organization of Turkic States, Discourse, Securitization.
DOI : https://doi.org/10.53277/2519-2442-2026.1-01 [HTML]
Takhira KAMALJANOVA & Aidarkhan DAUYLBAYEV
CHINA AS A NEAR-ARCTIC POWER: MULTIDIMENSIONAL POLICY IN THE ARCTIC REGIONIn this paper, the changing paradigm \
of the Chinese government’s response to the Arctic region is examined, with special focus on the incr"""


class ContentsPageTests(SimpleTestCase):
    def test_a_title_in_capitals_glued_to_the_abstract_is_cut_off(self):
        self.assertEqual(
            unglue_caps_title(
                "CHINA AS A NEAR-ARCTIC POWER: MULTIDIMENSIONAL POLICY IN THE ARCTIC REGIONIn this paper"
            ),
            ["CHINA AS A NEAR-ARCTIC POWER: MULTIDIMENSIONAL POLICY IN THE ARCTIC REGION", "In this paper"],
        )
        self.assertEqual(unglue_caps_title("NATO and the EU in Central Asia"), ["NATO and the EU in Central Asia"])

    def test_each_article_of_the_page_is_a_record(self):
        lines = [Line(n, text) for n, text in enumerate(CONTENTS_PAGE.split("\n"), start=1)]
        articles, facts = split_contents(lines)
        self.assertEqual((len(articles), facts), (2, {"volume": "8", "issue": "1"}))
        first, second = parse(CONTENTS_PAGE)
        self.assertEqual(first.authors, ["Medihanur ARGALI"])
        self.assertEqual(
            first.title.upper(),
            "ONTOLOGICAL SECURITY AND IDENTITY: THE COLLECTIVE SELF ROLE OF THE ORGANIZATION OF TURKIC STATES",
        )
        self.assertEqual(
            (first.doi, first.volume, first.issue, first.is_fragment), ("10.53277/2519-2442-2026.1-01", "8", "1", False)
        )
        self.assertTrue(first.abstracts["en"].startswith("This article explores"))
        self.assertEqual(second.authors, ["Takhira KAMALJANOVA", "Aidarkhan DAUYLBAYEV"])
        self.assertEqual((second.position, second.keywords, second.is_fragment), (2, {}, True))

    def test_one_byline_is_no_contents_page(self):
        lines = [Line(n, text) for n, text in enumerate(CONTENTS_PAGE.split("\n")[:9], start=1)]
        self.assertIsNone(split_contents(lines))


class AbstractTests(SimpleTestCase):
    def test_the_paragraph_above_the_keywords_is_the_abstract(self):
        # ru-journal-12
        record = one(
            "Узбекистан — Казахстан: новый этап культурно-духовного сотрудничества"
            " | Статья в журнале «Молодой ученый»\n\n"
            "Рубрика: Культурология\n\n"
            "В настоящее время Узбекистан ведет активное сотрудничество с соседними республиками. Тесные связи с "
            "Республикой Казахстан имеют важное значение в данной сфере.\n\n"
            "Ключевые слова: Центральная Азия, дипломатические отношения, ООН, ШОС, СНГ\n"
        )
        self.assertEqual(list(record.abstracts), ["ru"])
        self.assertTrue(record.abstracts["ru"].startswith("В настоящее время Узбекистан"))
        self.assertEqual(record.title, "Узбекистан — Казахстан: новый этап культурно-духовного сотрудничества")

    def test_an_abstract_opener_on_a_short_pdf_line(self):
        # en-journal-14: the abstract is broken into lines shorter than a paragraph.
        record = one(
            "Modern situation in definition of the status of the Caspian Sea and the Republic of Kazakhstan\n"
            "The article deals with the present status of the Caspian sea. The author analyses in detail the basic\n"
            "agreements that regulate the activities on the sea and the adjacent areas.\n"
        )
        self.assertEqual(record.kind, "research_article")
        self.assertTrue(record.abstracts["en"].startswith("The article deals with"))

    def test_on_a_journal_page_the_paragraph_under_the_title_is_the_abstract(self):
        # en-journal-07
        record = one(
            '\nBulletin of "Turan" University\n\nAdvanced search\n\nFeatures of Eurasian integration processes\n\n\n'
            "The formation of the EAEU was initially associated with the task of jointly providing competitive "
            "advantages in the global economy. However, today it is becoming increasingly clear that the solution "
            "to this problem is being carried out inconsistently.\n\nAbout the Author\n\nKh. K. Kussainov\n"
            "International Informatization Academy\n"
        )
        self.assertEqual(record.journal, 'Bulletin of "Turan" University')
        self.assertEqual(record.title, "Features of Eurasian integration processes")
        self.assertEqual((record.kind, record.authors), ("research_article", ["Kh. K. Kussainov"]))
        self.assertTrue(record.abstracts["en"].startswith("The formation of the EAEU"))

    def test_tags_on_a_journal_page_and_an_abstract_cut_short(self):
        # ru-journal-07
        record = one(
            "ҒТАМР 11.25.91 ЕУРАЗИЯЛЫҚ ЭКОНОМИКАЛЫҚ ОДАҚТЫ КЕҢЕЙТУ ТУРАЛЫ МӘСЕЛЕСІНЕ\n\n"
            "Электронный научный журнал «edu.e-history.kz» № 1(21), 2020\n\n"
            "Теги: кандидаттар, кеңейту, мәселелік түйіндер\n"
            "МРНТИ11.25.91\n\nК ВОПРОСУ О РАСШИРЕНИИ ЕВРАЗИЙСКОГО ЭКОНОМИЧЕСКОГО СОЮЗА\n\n"
            "К.Н. Макашева¹, Е.Б. Конуспаев²,\n\n"
            "Аннотация:Евразийский экономический союз (ЕАЭС) успешно прошел этап становления как "
            "международной региональ"
        )
        self.assertEqual(record.keywords, {"kk": ["кандидаттар", "кеңейту", "мәселелік түйіндер"]})
        self.assertEqual(
            record.abstracts,
            {"ru": "Евразийский экономический союз (ЕАЭС) успешно прошел этап становления как международной региональ"},
        )
        self.assertTrue(record.is_fragment)
        self.assertEqual(one("Новости\n\nТеги: политика, выборы\n\nВыборы прошли спокойно.\n").keywords, {})

    def test_a_page_that_ends_with_its_doi_is_whole(self):
        # en-journal-13
        record = one(
            "From the history of mutual cooperation of the Republic of Kazakhstan with the states of Central Asia\n\n"
            "This research article deals with the accepted and implemented agreements of the Central Asian states "
            "after the fall of the Soviet Union.\n\nDoi: 10.37635/jnalsu.28(4).2021.72-81\n"
        )
        self.assertFalse(record.is_fragment)
        self.assertEqual(record.doi, "10.37635/jnalsu.28(4).2021.72-81")


class DateTests(SimpleTestCase):
    def test_a_sites_date_bar_is_not_the_publication_date(self):
        # kk-news-10: today's date in the site's bar, then the item's own date and time.
        self.assertTrue(cues.DATE_BAR_RE.match("Сенбі, 23 Қараша 2024"))
        self.assertTrue(cues.DATE_BAR_RE.match("Saturday , June 15 2024"))  # en-interview-02
        self.assertFalse(cues.DATE_BAR_RE.match("6 Желтоқсан, 2023 сағат 14:49"))
        record = one(
            "Сенбі, 23 Қараша 2024\nТалқы 2339 2 пікір 6 Желтоқсан, 2023 сағат 14:49\n\n"
            "Екі елдің елшісін Ақордаға қарай ентіктірген не жағдай?..\n\n"
            "Президент Қасым-Жомарт Тоқаевтың 5 желтоқсанда Ресей және Қытай елшілерін бірінен кейін бірін "
            "қабылдауы бұл бір емес.\n"
        )
        self.assertEqual(record.published.isoformat(), "2023-12-06")

    def test_a_date_printed_a_part_a_line(self):
        # ru-news-11: a blog's "Posted On" box.
        record = one(
            "Posted On\n\n28\nФевраль\n2023\n\nГоссекретарь США Блинкен впервые посетит Казахстан\n\n"
            "Киев. 28 февраля. ИНТЕРФАКС-УКРАИНА — Госсекретарь США Энтони Блинкен во вторник совершит первый "
            "официальный визит в Казахстан.\n"
        )
        self.assertEqual(record.published.isoformat(), "2023-02-28")
        self.assertEqual(record.title, "Госсекретарь США Блинкен впервые посетит Казахстан")


class MoreFactTests(SimpleTestCase):
    def test_ojs_how_to_cite_in_the_acm_style(self):
        # en-journal-06
        citation = read_citation(
            "Т.А, А. 2022. RELATIONSHIP OF KAZAKHSTAN AND THE USA IN THE CONTEXT OF AMERICAN INTERESTS IN CENTRAL "
            "ASIA. Bulletin of Abai KazNPU. Series of Historical and social-political sciences. 74, 2 (Sep. 2022). "
            "DOI:https://doi.org/10.51889/7129.2022.23.48.016.",
            is_name,
        )
        self.assertEqual(
            (citation.journal, citation.volume, citation.issue, citation.names),
            ("Bulletin of Abai KazNPU. Series of Historical and social-political sciences", "74", "2", []),
        )
        self.assertEqual(
            citation.title,
            "RELATIONSHIP OF KAZAKHSTAN AND THE USA IN THE CONTEXT OF AMERICAN INTERESTS IN CENTRAL ASIA",
        )

    def test_one_article_in_several_languages_is_no_contents_page(self):
        # A head that repeats its byline, romanized, over the English title (kk-journal layout).
        text = (
            "К.Н. Макашева, Е.Б. Конуспаев\nҚАЗАҚСТАН ЖӘНЕ ЕУРАЗИЯЛЫҚ ЭКОНОМИКАЛЫҚ ОДАҚ\n"
            "Аңдатпа. Мақалада ЕАЭО-ны кеңейтудің жолдары қарастырылған.\n"
            "K.N. Makasheva, E.B. Konuspaev\nKAZAKHSTAN AND THE EURASIAN ECONOMIC UNION\n"
            "Abstract. The article considers the ways of the enlargement of the EAEU.\n"
        )
        self.assertIsNone(split_contents([Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]))


class KeywordLabelTests(SimpleTestCase):
    def test_kazakh_names_of_the_keywords_label(self):
        for label in ("Түйін сөздер:", "Түйінді сөздер:", "Кілт сөздер:", "Кілттік сөздер:", "Тірек сөздер:"):
            match = cues.KEYWORDS_LABEL_RE.match(f"{label} Қазақстан, Өзбекстан, аймақтық қауіпсіздік")
            self.assertEqual(match.group("rest"), "Қазақстан, Өзбекстан, аймақтық қауіпсіздік")  # kk-journal-02
        self.assertIsNone(cues.KEYWORDS_LABEL_RE.match("Тірек болған елдер туралы"))


class KeywordListTests(SimpleTestCase):
    def test_a_keyword_list_ends_at_its_full_stop(self):
        # en-journal-08: the keywords close the abstract's paragraph; the body follows after a blank line.
        record = one(
            "Some Theoretical Aspects of Studying the Foreign Policy of the Kazakh Khanate\n\n"
            "Abstract. This paper is devoted to a critical analysis and study of contemporary concepts, and the "
            "research is based on ethno-cultural and meta-theoretical ideas during the period of Kazakh khanate. "
            "Keywords: foreign policy, Kazakh khanate, national interests, national security.\n\n"
            "If we consider the Kazakh khanate as an integral part of the universal history and if we acknowledge "
            "that in the oecumenic history no state can stand beyond the global communication.\n"
        )
        self.assertEqual(
            record.keywords, {"en": ["foreign policy", "Kazakh khanate", "national interests", "national security"]}
        )

    def test_a_citation_line_after_the_keywords_is_not_a_keyword(self):
        # A near miss made for the rule: the keywords line, then the page's "how to cite" line.
        record = one(
            "ВНЕШНЯЯ ПОЛИТИКА КАЗАХСТАНА В ЦЕНТРАЛЬНОЙ АЗИИ\nИванов Иван Иванович\n"
            "Аннотация. В статье рассматриваются новые подходы внешней политики Казахстана в регионе Центральной "
            "Азии.\nКлючевые слова: внешняя политика, Центральная Азия, Казахстан.\n"
            "Для цитирования: Иванов И.И. Внешняя политика Казахстана в Центральной Азии // Вестник КазНУ. Серия "
            "международные отношения. 2022. Т. 98, № 2. С. 15–24.\n"
        )
        self.assertEqual(record.keywords, {"ru": ["внешняя политика", "Центральная Азия", "Казахстан"]})
        self.assertEqual((record.volume, record.issue, record.pages), ("98", "2", "15-24"))


class OjsPageTests(SimpleTestCase):
    def test_an_ojs_article_page(self):
        # A near miss made for the rules (the OJS layout): a slashed breadcrumb from the home page, the issue's
        # name under its label, keywords that stop at the next label.
        self.assertEqual(read_journal_line("Vol. 12 No. 3 (2021)", False), {"volume": "12", "issue": "3"})
        self.assertEqual(read_journal_line("Том 74 № 2 (2022)", False), {"volume": "74", "issue": "2"})
        self.assertTrue(cues.BREADCRUMB_RE.match("Главная / Архив / Том 74 № 2 (2022) / Статьи"))
        # ru-journal-04: a slashed keyword list is no breadcrumb.
        self.assertFalse(cues.BREADCRUMB_RE.match("ГУМАНИТАРНОЕ СОТРУДНИЧЕСТВО / ФАКТОР / ИНТЕГРАЦИЯ / ОДКБ"))
        record = one(
            "Главная / Архив / Том 74 № 2 (2022) / Статьи\n"
            "Роль Казахстана в формировании системы безопасности в Центральной Азии\n"
            "Авторы\nА. Б. Сейтказина\nЕвразийский национальный университет им. Л.Н. Гумилева\n"
            "Ключевые слова:\nбезопасность, Центральная Азия, ОДКБ, ШОС\n"
            "Опубликован: 2022-06-30\n"
            "Аннотация\nВ статье анализируется роль Казахстана в формировании региональной системы безопасности. "
            "Рассматриваются механизмы ОДКБ и ШОС.\n"
            "Выпуск\nТом 74 № 2 (2022)\n"
        )
        self.assertEqual(record.title, "Роль Казахстана в формировании системы безопасности в Центральной Азии")
        self.assertEqual(record.keywords, {"ru": ["безопасность", "Центральная Азия", "ОДКБ", "ШОС"]})
        self.assertEqual((record.volume, record.issue, record.published.isoformat()), ("74", "2", "2022-06-30"))


class JournalNameTests(SimpleTestCase):
    def test_the_journal_named_at_the_top_wins_over_a_citations_abbreviation(self):
        # A near miss made for the rule (the ERJ PDF layout): the name heads the page, the running citation
        # abbreviates it.
        record = one(
            "Eurasian Research Journal\nERJ, Vol. 5, No. 2, pp. 7-28, Spring 2023\n"
            "https://doi.org/10.53277/2519-2442-2023.2-01\n"
            "KAZAKHSTAN'S MIDDLE POWER DIPLOMACY IN A CHANGING WORLD ORDER\n"
            "Aigerim ZHAKENOVA 1, Serik NURLANOV 2\n"
            "ABSTRACT\nThis study explores Kazakhstan's middle power diplomacy. It argues that Astana balances "
            "between great powers.\n"
        )
        self.assertEqual(record.journal, "Eurasian Research Journal")
        self.assertEqual((record.volume, record.issue, record.pages), ("5", "2", "7-28"))
        self.assertEqual(record.authors, ["Aigerim ZHAKENOVA", "Serik NURLANOV"])


class UnlabelledListTests(SimpleTestCase):
    def test_a_term_list_under_the_abstract_is_its_keywords(self):
        # en-journal-10: the page lost its labels; the keyword list closes the page.
        record = one(
            "Kazakhstan's foreign policy between the great powers\n"
            "Abstract\n"
            "The authors used comparative, system-functional, structural, and functional methods. Research results "
            "substantiated the fact that protection of the Kazakh national interests demands strengthening its "
            "diplomatic ties with the EU, the US, China and Russia.\n\n\n"
            "foreign relations; multi-vector foreign policy; counterbalance; independent development\n"
        )
        self.assertEqual(
            record.keywords,
            {"en": ["foreign relations", "multi-vector foreign policy", "counterbalance", "independent development"]},
        )
        self.assertFalse(record.is_fragment)  # the page ends with its list, not inside a sentence

    def test_clauses_between_semicolons_are_no_list(self):
        # en-journal-15: a sentence cut by the excerpt after a semicolon.
        record = one(
            "Digital diplomacy of Kazakhstan\n\n"
            "The study went through stages: analysis of data sources, selection of relevant messages according to "
            "specified criteria; collecting data and bringing them to a common structure and format; cleaning up "
            "posts and comments. A pool of information suitable for the purpose of the study was identified; \n"
        )
        self.assertTrue(record.is_fragment)
