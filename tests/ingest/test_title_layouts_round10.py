"""Round 10 title rules: layouts of unseen pages around a headline (a rubricator's path, a lecture's number, a
blog's genre label, a bullet, a title wrapped before a capital, a masthead in quotes, a site's name glued on, a
credit line, a breadcrumb with the site's header above it).

Each test quotes real lines of third-party pages from the development set's tuned texts
(fixtures/devset/texts/<id>.txt, named at each test), with the near miss the rule must not take.
"""

from __future__ import annotations

from django.test import SimpleTestCase

from articles.ingest.layout import Line
from articles.ingest.title_choice import choose_title
from articles.ingest.title_labels import without_title_label
from articles.ingest.title_rules import inside_wrapped_prose, quoted_masthead, site_name_after, without_foreign_site
from articles.ingest.title_shapes import below_breadcrumb
from articles.ingest.title_wraps import wrapped_title_pair
from articles.ingest.titles import is_title_like
from tests.ingest.rule_samples import one

# ru-journal-48: the paragraph under its "Абстракт" label (its first sentence).
ABSTRACT = (
    "В данной статье прослеживается намечающаяся эволюция водно-энергетической политики Китая из "
    "производственно-экономического состояния в региональное политическое измерение, что вызывает опасения "
    "у стран Центральной Азии."
)
# ru-interview-38: its first paragraph.
LEAD = (
    "20 ноября в Казахстане прошли внеочередные выборы президента республики. По данным Центризбиркома, при "
    "явке 69,44 процента действующий глава государства Касым-Жомарт Токаев набрал 81,31 процента голосов."
)


class LabelsBeforeTitleTests(SimpleTestCase):
    def test_a_lectures_number_is_no_part_of_its_topic(self):
        # ru-journal-58.
        line = "Лекция 8 Роль МПЦС «Хоргос» в развитии мультимодальных перевозок в Республике Казахстан"
        self.assertEqual(
            without_title_label(line), "Роль МПЦС «Хоргос» в развитии мультимодальных перевозок в Республике Казахстан"
        )
        self.assertEqual(without_title_label("Лекция и семинар"), "Лекция и семинар")

    def test_a_blogs_genre_label_is_no_part_of_the_title(self):
        # en-journal-67.
        line = "SEnECa Blog Post: Strengthening the EU-Kazakh Relations: from Capacity to Feasibility"
        self.assertEqual(
            without_title_label(line), "Strengthening the EU-Kazakh Relations: from Capacity to Feasibility"
        )
        kept = "Kazakhstan's Multi-Vector Foreign Policy: A Case Study of Voting on UNGA Resolutions"  # en-journal-01
        self.assertEqual(without_title_label(kept), kept)

    def test_a_headline_behind_a_bullet_is_read_without_it(self):
        # ru-interview-35: the headline printed as a list's item.
        record = one(
            "• Сдержанный и гостеприимный полиглот. Коллега Токаева по ООН рассказал о поездках на дачу нового "
            "президента Казахстана\n\n"
            "    Астана стала Нурсултаном менее чем через сутки после вступления Касым-Жомарта Токаева в должность "
            "президента Казахстана. Раньше политик был спикером парламента и работал в ООН в Женеве.\n"
        )
        self.assertEqual(
            record.title,
            "Сдержанный и гостеприимный полиглот. Коллега Токаева по ООН рассказал о поездках на дачу нового "
            "президента Казахстана",
        )


class SectionPathTests(SimpleTestCase):
    def test_a_section_path_over_the_byline_is_not_the_title(self):
        # ru-journal-48: the rubricator's path, the byline and affiliation, then the title over its abstract.
        record = one(
            "Политология/ 10. Региональные политические процессы\n\n \n\nКенжеғали Жарас Мақанұлы\n\n"
            "Евразийский национальный университет им. Л.Н. Гумилева,\n\nРеспублика Казахстан\n\n"
            "Водно-энергетическая политика Китая и ожидание Центральной Азии в плане её последствии\n\n \n\n"
            f"Абстракт\n\n{ABSTRACT}\n"
        )
        self.assertEqual(
            record.title, "Водно-энергетическая политика Китая и ожидание Центральной Азии в плане её последствии"
        )
        self.assertEqual(record.authors, ["Кенжеғали Жарас Мақанұлы"])


class WrappedTitleTests(SimpleTestCase):
    def test_a_line_ending_on_a_joining_word_goes_on_under_it(self):
        # en-journal-69: the PDF's title wrapped before a capital.
        self.assertTrue(
            wrapped_title_pair(
                "The Specificity of the Differential Regulation of Economic Integration in the",
                "Context of Contemporary Labor Migration",
            )
        )
        # en-journal-01: a short title over its subtitle is two phrases.
        self.assertFalse(
            wrapped_title_pair("Kazakhstan’s Multi-Vector Foreign Policy", "A Case Study of Voting on UNGA Resolutions")
        )

    def test_a_pdf_title_wrapped_before_a_capital_is_taken_whole(self):
        # en-journal-69: the page's title line cut with an ellipsis, then the PDF's head.
        record = one(
            "The Specificity of the Differential Regulation of Economic Integration in... Context of Contemporary "
            "Labor Migration\n\nadvertisement\nISSN 2039-2117 (online)\nISSN 2039-9340 (print)\n"
            "Mediterranean Journal of Social Sciences\nMCSER Publishing, Rome-Italy\nVol 6 No 3\nMay 2015\n"
            "The Specificity of the Differential Regulation of Economic Integration in the\n"
            "Context of Contemporary Labor Migration\nSergey V. Ryazantsev\n"
            "Institute of Socio-Political Research of the Russian Academy of Sciences, Moscow, Russia\n"
            "Email: radogost2000@mail.ru\nDoi:10.5901/mjss.2015.v6n3p96\nAbstract\n"
            "The issues of integration in the modern world become relevant in the rapidly changing geopolitical "
            "realities, and the strategic imperative of time for the vast majority of States.\n"
        )
        self.assertEqual(
            record.title,
            "The Specificity of the Differential Regulation of Economic Integration in the Context of Contemporary "
            "Labor Migration",
        )

    def test_a_journals_homepage_line_is_no_paragraph_above_the_title(self):
        # en-journal-60: "journal homepage: …" opens in lower case but is a label's line, not prose.
        lines = [
            "Journal of Eurasian Studies",
            "journal homepage: www.elsevier.com/locate/euras",
            "Outcomes and strategies in the ‘New Great Game’: China and",
        ]
        self.assertFalse(inside_wrapped_prose(lines, 2))


class MastheadAndSiteNameTests(SimpleTestCase):
    def test_a_newspapers_name_in_quotes_loses_to_the_headline(self):
        # kk-news-69.
        headline = "Президент: Індеттің беті қайтқан соң бұрынғыдай бетпе-бет жүздесеміз деп сенемін"
        self.assertTrue(quoted_masthead("«Soltüstık Qazaqstan»"))
        self.assertFalse(quoted_masthead("«Победа России будет свидетельством того, что ей все можно»"))
        lines = [
            Line(1, "«Soltüstık Qazaqstan»"),
            Line(2, ""),
            Line(3, "PDF"),
            Line(4, ""),
            Line(5, headline),
            Line(6, ""),
            Line(7, "Soltüstık Казахстан"),
            Line(8, ""),
            Line(9, " Kyzylzhar_akparat@mail.ru"),
        ]
        chosen = choose_title(
            [(0, "«Soltüstık Qazaqstan»"), (4, headline), (6, "Soltüstık Казахстан")], lines, None, {}
        )
        self.assertEqual(chosen, (4, headline))

    def test_a_sites_name_glued_after_the_headline_is_dropped(self):
        # ru-interview-38: the page's title line, then its heading without the site's name.
        headline = (
            "Уравновешивание Москвы. Политолог и студенческий товарищ Касым-Жомарта Токаева о его политике в "
            "Казахстане и на международном уровне"
        )
        # The glued name counts only because the page prints it again (round 12: capitals alone are no site name).
        self.assertTrue(site_name_after(f"{headline} Спектр", headline, ["Сайт «Спектра» доступен в России"]))
        self.assertFalse(site_name_after(f"{headline} Спектр", headline))
        # kk-journal-13: a capitals title cut by a line break goes on in capitals.
        caps = "ҚР ДИПЛОМАТИЯЛЫҚ ҚЫЗМЕТІНІҢ ИНСТИТУЦИОНАЛДАНУЫНЫҢ КЕЗЕҢДІК ЭВОЛЮЦИЯЛАРЫНЫҢ"
        self.assertFalse(site_name_after(f"{caps} САЯСИ ЕРЕКШЕЛІКТЕРІ", caps))
        record = one(
            f"{headline} Спектр\nВторник, 06 декабря 2022\nСайт «Спектра» доступен в России через VPN\n\n"
            f"{headline}\n\n{LEAD}\n"
        )
        self.assertEqual(record.title, headline)

    def test_a_sites_name_after_a_dash_is_no_part_of_the_headline_printed_bare(self):
        # ru-news-17: the page's title line with the agency's name and date after a dash.
        headline = "Узбекистан хочет ввести десятилетие по рациональному использованию воды"
        self.assertTrue(site_name_after(f"{headline} - РИА Новости, 16.11.2025", headline))
        self.assertFalse(site_name_after(headline, headline))

    def test_a_sites_name_after_a_bar_is_dropped(self):
        self.assertEqual(
            without_foreign_site("Россия и Казахстан: «дорожная карта» до 2030 года | РИСИ"),
            "Россия и Казахстан: «дорожная карта» до 2030 года",
        )
        self.assertEqual(without_foreign_site("Басты бет | Қытай қазақтары"), "Басты бет | Қытай қазақтары")


class NoTitleTests(SimpleTestCase):
    def test_a_credit_line_is_no_title(self):
        # ru-interview-39: the journalists, their newspaper and the day, over the lead.
        self.assertFalse(is_title_like('Ирина ГАЛКИНА, Лариса УВАЛИЕВА, "Караван", 28 июня'))
        self.assertTrue(is_title_like("«Победа России будет свидетельством того, что ей все можно»"))

    def test_a_site_header_and_a_rubric_around_a_breadcrumb_are_no_title(self):
        # kk-news-65: the site's name, a breadcrumb with one section, the section's heading, then the byline.
        texts = [
            "Дүниежүзі қазақтары қауымдастығы",
            "",
            "Басты бет | Қытай қазақтары",
            "",
            "Қытай қазақтары",
            "",
            "Ботагөз Рақышева,",
        ]
        lines = [Line(number, text) for number, text in enumerate(texts, start=1)]
        candidates = [(0, texts[0]), (2, texts[2]), (4, texts[4])]
        self.assertEqual(below_breadcrumb(candidates, lines), ([], set()))
        self.assertEqual(choose_title(candidates, lines, None, {}), (None, None))

    def test_the_items_own_title_over_its_breadcrumb_is_kept(self):
        # kk-journal-14: the crumb ends on the page's title printed above it.
        texts = ["Қазақстан дипломатиясы", "", "Главная » Рефераттар » Қазақстан дипломатиясы"]
        lines = [Line(number, text) for number, text in enumerate(texts, start=1)]
        self.assertEqual(below_breadcrumb([(0, texts[0])], lines), ([(0, texts[0])], set()))


class HeadlineUnderParagraphTests(SimpleTestCase):
    def test_a_journals_description_above_the_title_does_not_end_the_head(self):
        # en-journal-63: the journal's description, its issue, then the paper's title over its author.
        record = one(
            "Central Asian Affairs is a peer-reviewed quarterly journal. It aims to feature innovative research on "
            "contemporary developments in the wider Central Asian region. Its coverage includes Central Asia, "
            "Afghanistan, the Caucasus, Xinjiang, Kashmir, neighboring powers (China, Iran, Pakistan, India, Russia, "
            "Turkey), and the role of leading international powers and donors in this region.\n"
            "Latest Available Issue: Volume 7 | Issue 1 | 2020\n"
            "The Bureaucratization of Islam in Azerbaijan: State as the Principal Regulator and Interpreter of "
            "Religion\n"
            "Kamal Gasimov\nMiddle East Studies Department, University of Michigan\ngasimov@umich.edu\nAbstract\n"
            "This article examines the politics of bureaucratization of Islam that the Azerbaijani government "
            "initially implemented in the mid-2000s and which has intensified after 2011.\n"
        )
        self.assertEqual(
            record.title,
            "The Bureaucratization of Islam in Azerbaijan: State as the Principal Regulator and Interpreter of "
            "Religion",
        )

    def test_a_title_that_lost_its_spaces_is_a_title_not_a_row_of_links(self):
        # en-journal-59: the PDF's text layer lost the title's spaces; en-journal-23's glued navigation bar is no title.
        self.assertTrue(is_title_like("UnderstandingEnergyPolicyofKazakhstanandtheFutureofEurasianSecurity"))
        self.assertFalse(is_title_like("BackgroundInformation"))


class KindTests(SimpleTestCase):
    def test_a_dash_question_answered_in_plain_paragraphs_is_an_interview(self):
        # kk-interview-29: the interviewer's question in a dash turn, the answer printed without a dash.
        record = one(
            "24 жел, 2025 сағат 17:24\n\n"
            "2026 жылы халықаралық қатынастар, Ресей-Украина соғысы және АҚШ-Қытай бәсекесі – "
            "саясаттанушымен сұқбат\n\n"
            "2026 жылы халықаралық жағдай күрделі әрі шиеленісті бола береді. Ресей-Украина соғысы толық аяқталмай, "
            "аймақтық тұрақсыздықты сақтайды.\n\n"
            "– Сіздіңше, 2026 жыл халықаралық қатынастарда жаңа кезеңнің бастауы бола ма, әлде соңғы жылдардағы "
            "геосаяси шиеленістердің жалғасы ма?\n\n"
            "Жалпы, 2026 жылы халықаралық қатынастардың жаңа кезеңінің басталуы өте қиын. Жалпы алғанда, жаңа "
            "кезеңнің қалыптасуы үшін бірнеше маңызды факторлар қажет.\n"
        )
        self.assertEqual(record.kind, "interview")

    def test_an_institutes_expert_report_is_a_paper(self):
        # ru-journal-57: the report's genre named under its title and byline.
        record = one(
            "Россия и Казахстан: «дорожная карта» до 2030 года\n\nфото: casp-geo.ru\n12 октября 2023\n\n"
            "Экспертный доклад\n\n"
            "Российская Федерация и Республика Казахстан (РК) являются самыми большими странами постсоветского "
            "пространства, территориально и экономически связанными между собой.\n"
        )
        self.assertEqual(record.title, "Россия и Казахстан: «дорожная карта» до 2030 года")
        self.assertEqual(record.kind, "research_article")
