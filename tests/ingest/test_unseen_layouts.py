"""General rules for layouts the fourth held-out round showed the importer had not seen: journal-like pages
without a scholar's apparatus, portal and proxy furniture, tag rows, captions, foreign keyword labels,
interview headlines over their first question, rubric prefixes and headlines printed twice.

Each test quotes real lines of third-party pages from the development set's tuned texts
(fixtures/devset/texts/<id>.txt, named at each test), with the near miss the rule must not take.
"""

from __future__ import annotations

from django.test import SimpleTestCase

from articles.ingest import cues
from articles.ingest.bylines import names_in
from articles.ingest.contents import join_name_blocks, split_listed_items, split_listing
from articles.ingest.furniture import is_site_furniture, tool_bar
from articles.ingest.layout import Line
from articles.ingest.titles import RUBRIC_PREFIX_RE, is_furniture, is_title_like, person_and_office, tag_list
from tests.ingest.rule_samples import one, parse


def lines_of(text: str) -> list[Line]:
    return [Line(number, line) for number, line in enumerate(text.split("\n"), start=1)]


# en-journal-33 (an analytics page of a research institute): headline, summary, download prompt.
ANALYTICS_PAGE = (
    'The Shanghai Cooperation Organization as "Geopolitical Bluff?" A View from Astana\n'
    "\n"
    "Since the mid-1990s, the Shanghai Cooperation Organization (SCO) has been an important factor in, and exerts "
    "significant influence on both Kazakhstan's international situation and geopolitical processes in Central Asia. "
    "Various aspects of Kazakhstan's interests are included in the SCO, among them geopolitics, security, the economy "
    "and regional politics. As yet, the SCO poses more challenges and risks for Kazakhstan than it offers advantages.\n"
    "Download the full analysis\n"
    "This page contains only a summary of our work. If you would like to have access to all the information from our "
    "research on the subject, you can download the full version in PDF format.\n"
)


class AnalysisPageKindTests(SimpleTestCase):
    def test_a_page_in_the_words_of_analysis_without_a_news_stamp_is_an_article(self):
        record = one(ANALYTICS_PAGE)
        self.assertEqual(record.kind, "research_article")
        self.assertEqual(
            record.title, 'The Shanghai Cooperation Organization as "Geopolitical Bluff?" A View from Astana'
        )

    def test_the_same_page_stamped_with_a_clock_time_is_news(self):
        # kk-news-40's stamp line above the same page: a news site stamps its items with the time.
        self.assertEqual(one("24.01.2020, 11:33\n" + ANALYTICS_PAGE).kind, "news")

    def test_a_news_item_about_research_under_a_scrapers_date_line_is_news(self):
        # ru-news-12: a presentation of a monograph, "исследований", "статьи" in its lead, dated by the scraper.
        record = one(
            " date 2025-08-16 В Казахстанском институте стратегических исследований при Президенте РК прошла "
            "презентация коллективной монографии «Дипломатия Президента Токаева». Под обложкой книги собраны "
            "аналитические статьи ведущих экспертов в сфере международных отношений и глобальной экономики, "
            "посвященные внешнеполитической деятельности Главы государства.\n"
        )
        self.assertEqual(record.kind, "news")

    def test_reporting_verbs_outweigh_a_few_words_of_analysis(self):
        # kk-news-18 (lead, without its date line): a newspaper's article reported by an agency.
        record = one(
            "Тоқаев: Қазақ-қытай байланыстары табысты ынтымақтастықтың кепілі\n"
            "\n"
            "30 тамызда ағылшын тіліндегі China Daily газеті Тоқаевтың мақаласын жариялады. Kazinform мақаланың "
            "толық нұсқасын ұсынады, деп хабарлайды ҚазАқпарат. Мақалада Президент екі ел арасындағы "
            "ынтымақтастық туралы айтты, деп хабарлайды агенттік тілшісі.\n"
        )
        self.assertEqual(record.kind, "news")


class PortalFurnitureTests(SimpleTestCase):
    def test_a_proxys_tool_bar_is_furniture(self):
        # en-journal-31: an article PDF seen through a web proxy.
        for line in ("Location via proxy:   [ UP ]", "[Report a bug]   [Manage cookies]"):
            self.assertTrue(tool_bar(line), line)
            self.assertTrue(is_furniture(line), line)
        near_miss = "[Review] Eurasian integration and the foreign policy of Kazakhstan"
        self.assertFalse(tool_bar(near_miss))
        self.assertFalse(is_furniture(near_miss))

    def test_a_cover_pictures_caption_is_furniture(self):
        # en-journal-35: the journal's cover picture above its name.
        self.assertTrue(is_site_furniture("TRAMES cover"))
        self.assertTrue(is_site_furniture("Обложка журнала"))
        near_miss = "Under cover of sanctions: Kazakhstan and the re-export of goods to Russia"
        self.assertFalse(is_site_furniture(near_miss))
        self.assertTrue(is_title_like(near_miss))

    def test_a_mastheads_indexing_line_is_furniture(self):
        # ru-journal-31: a journal's masthead over the article's title in capitals.
        for line in ('"Перечень" ВАК', "ИФ РИНЦ = 1,006"):
            self.assertTrue(is_site_furniture(line), line)
        near_miss = "Индексация казахстанских журналов в Scopus: итоги десятилетия и новые задачи"
        self.assertFalse(is_site_furniture(near_miss))
        self.assertTrue(is_title_like(near_miss))

    def test_a_listings_heading_and_its_publisher_are_furniture(self):
        # en-journal-39: a discovery site's journal page.
        for line in ("Latest Publications", "Published By Khoja Ahmed Yasawi International Kazakh-Turkish University"):
            self.assertTrue(is_site_furniture(line), line)
        self.assertFalse(is_site_furniture("Publications of the Yasawi University on Karaim periodicals"))

    def test_a_pages_section_headings_and_download_button_are_furniture(self):
        # ru-journal-21: a journal archive page in English for a Russian article.
        for line in ("AUTHOR AND PUBLICATION INFORMATION", "Publication text (PDF):Download"):
            self.assertTrue(is_furniture(line), line)
        self.assertFalse(is_furniture("Information warfare and publication ethics in Central Asia"))

    def test_a_row_of_tags_is_furniture_and_the_headline_under_it_is_the_title(self):
        # ru-news-23: the page's tags (printed twice) above the headline.
        tags = (
            "Алексей Оверчук Россия Армения Казахстан Белоруссия Алма-Ата Киргизия общество вице-премьер "
            "правительство Алексей Оверчук Россия Армения Казахстан Белоруссия Алма-Ата Киргизия"
        )
        self.assertTrue(tag_list(tags.split()))
        headline = "События в Казахстане только объединили страны ЕАЭС - Оверчук"
        self.assertFalse(tag_list(headline.split()))
        caps_title = "МОДЕЛЬ МЕЖДУНАРОДНОГО СОТРУДНИЧЕСТВА АМУРСКОЙ ОБЛАСТИ РОССИИ С РЕГИОНАМИ КИТАЯ"
        self.assertFalse(tag_list(caps_title.split()))  # ru-journal-26: a title in capitals is no row of tags
        record = one(
            f"{tags}\n\n{headline}\n\nМассовые беспорядки, которые начались в Казахстане в начале января, только "
            "объединили страны Евразийского экономического союза (ЕАЭС) и продемонстрировали организованность и "
            "единство членов союза перед лицом новых вызовов.\n"
        )
        self.assertEqual(record.title, headline)


class NotATitleTests(SimpleTestCase):
    def test_an_authors_line_with_an_e_mail_is_no_title(self):
        # en-journal-37: author lines under the title.
        self.assertFalse(is_title_like("A. Chebotarev, aech2004@mail.ru"))
        self.assertTrue(is_title_like("E-mail diplomacy and the Kazakh foreign service"))

    def test_a_label_with_its_list_in_any_language_is_no_title(self):
        # kk-journal-17: Turkish labels over Kazakh content.
        self.assertFalse(is_title_like("Anahtar Kelimeler: ҚАЗАҚ, ДИПЛОМАТИЯЛЫҚ, ТЕРМИНДЕР, ЛЕКСИКАЛЫҚ СИПАТЫ"))
        self.assertTrue(is_title_like("Kazakhstan's foreign policy: security, energy, migration"))
        record = one(
            "Gulzhanat Begimova\n\nAnahtar Kelimeler: ҚАЗАҚ, ДИПЛОМАТИЯЛЫҚ, ТЕРМИНДЕР, ЛЕКСИКАЛЫҚ СИПАТЫ\n\nÖzet\n\n"
            "Қазақ және түрік халықтарында дипломатиялық терминдер ерте кездерден бастап-ақ қалыптасқан. Дегенмен, "
            "дипломатиялық терминдердің мағыналық ерекшелігі, жасалу сипаты, танымдық негізділігі салыстырмалы "
            "бағытта да, жеке теориялық мәселе ретінде де әзірге зерттеу нысанына айнала қоймаған.\n"
        )
        self.assertIsNone(record.title)  # the page prints no title: none is invented

    def test_an_item_of_a_citation_block_is_no_title(self):
        # en-journal-39: author lines closed by the site's separator glyph.
        self.assertFalse(is_title_like("Huseyin Yildiz ◽"))
        self.assertTrue(is_title_like("Karaim periodicals and their loanwords"))

    def test_a_person_and_his_office_is_a_caption_not_a_headline(self):
        # en-interview-17: the deck under an OCR-garbled headline.
        line = "Ycrzhan Ashikbayev, Kazakhstan's Deputy Minister of Foreign"
        self.assertTrue(person_and_office(line))
        self.assertFalse(is_title_like(line))
        near_miss = "Tokayev, Putin discuss Caspian transit"  # two leaders, no office: a headline
        self.assertFalse(person_and_office(near_miss))
        self.assertTrue(is_title_like(near_miss))


class InterviewHeadlineTests(SimpleTestCase):
    def test_a_question_answered_in_a_paragraph_under_a_headline_is_no_title(self):
        # en-interview-15 (opening lines).
        record = one(
            "Interview with the President of Kazakhstan\n\nDNA\n\n"
            "Relations between Pakistan and Kazakhstan: expectations versus reality, and prospects for trade and "
            "investment cooperation.\n\n"
            "What is the main direction of cooperation between our countries?\n\n"
            "Kazakhstan regards Pakistan as a friendly country and strategic partner, which earned respect in the "
            "international community. From the very beginning of establishing of diplomatic relations in 1992, we "
            "have been working together on many issues and projects of common interest.\n"
        )
        self.assertEqual(record.title, "Interview with the President of Kazakhstan")

    def test_a_question_heading_the_page_stays_its_title(self):
        # ru-interview-08: the headline itself is a question; nothing stands above it.
        headline = 'Будет ли Казахстан поставлять нефть в Беларусь и купит ли "Беларуськалий"?'
        record = one(
            f"{headline}\n20.05.2012 15:44\n—\nНовости Политики\n{headline}\n"
            "СТВ На неделе в Беларуси побывал президент Казахстана Нурсултан Назарбаев. О текущем сотрудничестве "
            "Казахстана и Беларуси и планах по его углублению рассказал новый посол Казахстана в Беларуси.\n"
        )
        self.assertEqual(record.title, headline)

    def test_a_rubric_glued_by_a_slash_leaves_the_headline(self):
        # en-interview-16.
        self.assertEqual(
            RUBRIC_PREFIX_RE.sub("", "INTERVIEW/Vassilenko: For Kazakhstan, the biggest challenge is"),
            "Vassilenko: For Kazakhstan, the biggest challenge is",
        )
        near_miss = "UN/Kazakhstan: joint programme on water"  # a pair of names, not a rubric
        self.assertEqual(RUBRIC_PREFIX_RE.sub("", near_miss), near_miss)


class TitleShapeTests(SimpleTestCase):
    def test_a_headline_printed_twice_wins_over_the_deck_under_it(self):
        # kk-news-40 (opening lines): stamp, counter, the headline twice, the deck, the body.
        record = one(
            "24.01.2020, 11:33\nҚараулар: 1557\n"
            "Ұлт  тарихына  мұрагерліктің  ізі тілде сақталады\n\n"
            "Ұлт  тарихына  мұрагерліктің  ізі тілде сақталады\n\n"
            "Ұлы  ұлыс – Алтын  ордаға 750  жыл\n\n"
            "Ұлт тарихын түгендеуде қашанда күрделі мәселелер бар. ҚР-ның тұңғыш Президенті Нұрсұлтан Назарбаев "
            "«Ұлы даланың жеті қыры» атты мақаласында «көпқырлы әрі ауқымды тарихымызды дұрыс түсініп, қабылдай "
            "білуіміз керек.\n"
        )
        self.assertEqual(record.title, "Ұлт тарихына мұрагерліктің ізі тілде сақталады")

    def test_a_title_in_capitals_keeps_what_follows_its_dash(self):
        # kk-journal-18: a magazine essay's title in capitals; a dash inside a title is no site's name.
        record = one(
            "ҰЛЫ ДАЛА ҚҰНДЫЛЫҚТАРЫ – РУХАНИ ЖАҢҒЫРУДЫҢ ҚАЙНАР КӨЗІ\n29.07.2019 0 3 175\nТыныштық Ермекова\n"
            "Елбасы Н.Ә.Назарбаевтың «Болашаққа бағдар: рухани жаңғыру» мақаласы мен оның логикалық жалғасы "
            "іспетті «Ұлы даланың жеті қыры» мақаласы – жаһандануға бет түзеген қоғамға сана сілкінісін туғызған "
            "шын мәніндегі қайнар бұлақ.\n"
        )
        self.assertEqual(record.title.casefold(), "ұлы дала құндылықтары – рухани жаңғырудың қайнар көзі")

    def test_a_paper_dedicated_to_its_subject_opens_an_abstract(self):
        # en-journal-35.
        self.assertTrue(cues.ABSTRACT_OPENER_RE.match("This paper is dedicated to developments related to integration"))
        self.assertFalse(cues.ABSTRACT_OPENER_RE.match("This monument is dedicated to the victims of famine"))


class PaperShapeTests(SimpleTestCase):
    def test_a_student_paper_with_its_contents_and_sections_is_an_article(self):
        # kk-journal-15 (opening lines): no abstract, no keywords, but the sections of a paper.
        paper = (
            "ОРТАЛЫҚ АЗИЯ АЙМАҒЫНДАҒЫ СУ РЕСУРСТАРЫНЫҢ МӘСЕЛЕЛЕРІ\nМазмұны\nКіріспе\n"
            "Орталық Азия аймағындағы су ресурстарының мәселелері\nҚорытынды\n"
        )
        body = (
            "Орталық Азия республикаларының мемлекетаралық қарым-қатынастарындағы потенциалды проблемалардың бірі — "
            "көпшілік қоршаған ортаға антропогендік әсер етудің салдары ретінде қарауға бейім су ресурстарының "
            "жетіспеушілігі.\n"
        )
        self.assertEqual(one(paper + body).kind, "research_article")
        # The near miss: the same title and body without the paper's sections, and stamped as news items are.
        self.assertEqual(
            one("24.01.2020, 11:33\nОРТАЛЫҚ АЗИЯ АЙМАҒЫНДАҒЫ СУ РЕСУРСТАРЫНЫҢ МӘСЕЛЕЛЕРІ\n" + body).kind, "news"
        )


class BylineShapeTests(SimpleTestCase):
    def test_an_authors_e_mail_after_the_name_leaves_the_name(self):
        # en-journal-37: "Initial. Surname, e-mail" author lines.
        self.assertEqual(names_in("R. Kurmanguzhin, rustemks@mail.ru"), ["R. Kurmanguzhin"])
        self.assertEqual(names_in("Contact the editors: editor@mail.ru"), [])

    def test_affiliation_digits_standing_apart_separate_two_authors(self):
        # ru-journal-31: both authors on one line.
        self.assertEqual(names_in("Бахтуридзе З.З. 1 Лагутина М.Л. 2"), ["Бахтуридзе З.З.", "Лагутина М.Л."])
        self.assertEqual(names_in("Статья 1 Лагутина"), [])

    def test_a_student_is_an_authors_position(self):
        # ru-journal-28: "И.Д.Заплаткин, студент МГИМО МИД России" over a docent's line.
        self.assertTrue(cues.DEGREE_RE.search("И.Д.Заплаткин, студент МГИМО МИД России"))
        self.assertFalse(cues.DEGREE_RE.search("Студенческий обмен между Казахстаном и Китаем"))


class BilingualHeadTests(SimpleTestCase):
    HEAD = (
        "Проблема разграничения Каспийского моря\n\nИсторико-правовой аспект\n\n"
        "THE PROBLEM OF CASPIAN SEA LIMITATION\nHistorical and legal aspect\n\n"
        "L. RUBAN, The Center of Global Studies «East-West» of the National Research University «Moscow Power "
        "Engineering Institute»\n\n"
    )
    RU = (
        "Проблема разграничения Каспийского моря, установления его правового статуса и режима – одна из самых "
        "актуальных и сложных в бассейне Каспийского моря (БКМ). Это связано не только с наличием месторождений "
        "углеводородного сырья, но и богатым и уникальным разнообразием биоресурсов.\n\n"
    )
    EN = (
        "The problem of delimitation of the Caspian Sea, establishment of its legal status and regime is one of the "
        "most urgent and complex in the Caspian Sea basin (CSB). This is due not only to the availability of "
        "hydrocarbon deposits, but also to the rich and unique diversity of bioresources. The author traces the "
        "ever-changing historical identity of the Caspian Sea, dwells in detail on the legal aspect of the problem, "
        "analyzes the level and results of international cooperation in the difficult negotiation process.\n"
    )

    def test_the_title_in_the_language_of_the_first_paragraph_wins(self):
        # ru-journal-22: a Russian title, its English translation, then the abstract in both languages; the longer
        # English abstract outweighs the Russian one in the page as a whole.
        record = one(self.HEAD + self.RU + self.EN)
        self.assertEqual(record.title, "Проблема разграничения Каспийского моря")
        self.assertEqual(record.language, "ru")

    def test_a_page_opening_in_english_keeps_the_english_title(self):
        # The near miss: the same head over the English abstract alone.
        self.assertEqual(one(self.HEAD + self.EN).title.casefold(), "the problem of caspian sea limitation")


class PodcastCueTests(SimpleTestCase):
    def test_a_podcasts_full_transcript_is_an_interview_cue(self):
        # ru-interview-14: "В этом эпизоде …", "Полный транскрипт", then the speakers' turns.
        self.assertTrue(cues.interview_cue("Полный транскрипт"))
        self.assertTrue(cues.interview_cue("Добро пожаловать в подкаст – “Китай, Евразия и все остальные”"))
        # kk-journal-19: a document aggregator heads any PDF's text layer with "Transcript".
        self.assertFalse(cues.interview_cue("Transcript"))


# en-journal-39 (a discovery site's journal page): two papers, each under the same citation block.
LISTING = (
    "Latest Publications\n\n\n\n\nPublished By Khoja Ahmed Yasawi International Kazakh-Turkish University\n\n"
    "1727-060x, 2664-3162\n\n"
    "Turkology ◽  \n2021 ◽  \nVol 3 (107) ◽  \npp. 19-30\n"
    "Abdulkadir Ozturk ◽  \nHuseyin Yildiz ◽  \nIshil Arslan\n\n"
    "The Turkic language has adopted hundreds of thousands of Turkish words into its vocabulary throughout history, "
    "with the methods of word derivation in its systematics.\n\n"
    "Turkology ◽  \n2021 ◽  \nVol 3 (107) ◽  \npp. 87-105\nErkan Kirik ◽  \nAbdullah Chigil\n\n"
    "Verbs are one of the most basic vocabulary elements of the language. These words express the being, manners "
    "and movements of beings in the universe.\n"
)


class ListingTests(SimpleTestCase):
    def test_a_citation_block_repeated_over_each_paper_splits_the_listing(self):
        lines = join_name_blocks(lines_of(LISTING))
        self.assertIn(Line(14, "Abdulkadir Ozturk, Huseyin Yildiz, Ishil Arslan"), lines)
        self.assertIn(Line(10, "Turkology ◽  "), lines)  # the citation's facts are no names: left as they are
        chunks = split_listing(lines)
        self.assertEqual(len(chunks), 2)
        self.assertEqual(chunks[1][0].text.strip(), "Turkology ◽")
        records = parse(LISTING)
        self.assertEqual(
            [record.authors for record in records],
            [["Abdulkadir Ozturk", "Huseyin Yildiz", "Ishil Arslan"], ["Erkan Kirik", "Abdullah Chigil"]],
        )
        self.assertEqual([record.title for record in records], [None, None])  # the page prints no titles
        self.assertEqual([record.kind for record in records], ["research_article", "research_article"])  # Vol, pp.

    def test_one_citation_block_is_one_paper(self):
        # The near miss: the first paper alone.
        one_paper = LISTING[: LISTING.index("Turkology ◽  \n2021 ◽  \nVol 3 (107) ◽  \npp. 87-105")]
        self.assertIsNone(split_listing(lines_of(one_paper)))
        self.assertEqual(one(one_paper).authors, ["Abdulkadir Ozturk", "Huseyin Yildiz", "Ishil Arslan"])


# en-journal-38 (a university bulletin's archive page): an item closed by its labelled facts, the next item's title.
ARCHIVE_PAGE = (
    "The scientific journal\n\nBulletin of the Innovative University of Eurasia\n\n"
    "Submit an article for review by the editorial board\n\n+7 (7182) 31-64-83\n\n\nArticles archive\n\n\n"
    "Choose number\n\n\n"
    "Influence of ultrasonic treatment on the efficiency of biogas production\n"
    "Annotation: This paper presents the results of the influence of ultrasonic treatment in the cofermentation of "
    "the cattle manure mixture (cattle) with the leaven from the rumen of ruminants on the process of biogas "
    "production. Anaerobic digestion was carried out in matinence periodic operation at the mesophilic temperature.\n"
    "Year of release: 2020\nNumber of the journal: 2(78)\n\n"
)
NEXT_ITEM = "Ensuring quality control by implementing a quality management system at the enter"


class ArchiveListingTests(SimpleTestCase):
    def test_an_items_closing_facts_and_the_next_title_split_the_listing(self):
        chunks = split_listed_items(lines_of(ARCHIVE_PAGE + NEXT_ITEM))
        self.assertEqual([chunk[0].text for chunk in chunks], ["The scientific journal", NEXT_ITEM])
        records = parse(ARCHIVE_PAGE + NEXT_ITEM)
        self.assertEqual(len(records), 2)
        self.assertEqual([record.kind for record in records], ["research_article", "research_article"])
        self.assertEqual(records[0].title, "Influence of ultrasonic treatment on the efficiency of biogas production")

    def test_one_articles_closing_facts_split_nothing(self):
        # The near miss: the page ends with the first item's facts, or a sentence follows them.
        self.assertIsNone(split_listed_items(lines_of(ARCHIVE_PAGE)))
        self.assertIsNone(
            split_listed_items(lines_of(ARCHIVE_PAGE + "The journal has been published since 2008 in three languages."))
        )
