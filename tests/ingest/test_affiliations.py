"""Authors' affiliations as real pages state them (development set, tuned part), one byline shape per test."""

from __future__ import annotations

from django.test import SimpleTestCase

from articles.ingest.affiliations import Ties, about_authors, clean
from tests.ingest.test_head_facts import parse

YUNEMAN_ORG = "National Research University–Higher School of Economics, Moscow, Russia"
ABYLAI_KHAN = "Абылай хан атындағы Қазақ халықаралық қатынастар және әлем тілдері университеті"


class BylineShapeTests(SimpleTestCase):
    def test_the_line_under_a_byline_of_one_author(self):
        # "Roman A. Yuneman" / "National Research University–Higher School of Economics, Moscow, Russia" /
        # "Doctoral School of …": the first line under the name, not the lines after it.
        record = parse("en-journal-01")
        self.assertEqual(record.authors, ["Roman A. Yuneman"])
        self.assertEqual(record.affiliations, [YUNEMAN_ORG])

    def test_a_name_followed_by_its_institution_on_a_bulleted_line(self):
        # "• Ілімқожа А.Е. Абылай хан атындағы … университеті", one line per author.
        record = parse("kk-journal-03")
        self.assertEqual(record.authors, ["Ілімқожа А.Е.", "Раев Д.С."])
        self.assertEqual(record.affiliations, [ABYLAI_KHAN, ABYLAI_KHAN])

    def test_a_site_label_and_an_orcid_after_the_institution_are_not_part_of_it(self):
        # "• Дәурен Жайлин ҚР Президенті … академиясы, Қазақстан Автор https://orcid.org/0000-0002-7520-3377"
        record = parse("kk-journal-02")
        self.assertEqual(
            record.affiliations,
            [
                "ҚР Президенті жанындағы Мемлекеттік басқару академиясы, Қазақстан",
                "Ташкент мемлекеттік шығыстану университеті, Өзбекстан",
            ],
        )

    def test_name_comma_institution(self):
        # "L. RUBAN, The Center of Global Studies «East-West» of the National Research University «…»"
        record = parse("ru-journal-22")
        self.assertEqual(record.authors, ["L. RUBAN"])
        self.assertEqual(
            record.affiliations,
            [
                "The Center of Global Studies «East-West» of the National Research University "
                "«Moscow Power Engineering Institute»"
            ],
        )

    def test_degrees_and_posts_before_the_institution_are_left_out(self):
        # "Oleg KARPOVICH, D.Sc. (Law), D.Sc. (Political Science), Vice-Rector for Scientific Research,
        # Diplomatic Academy of the Foreign Ministry of Russia (Moscow, Russian Federation)"
        record = parse("en-journal-04")
        self.assertEqual(record.authors, ["Oleg KARPOVICH"])
        self.assertEqual(
            record.affiliations, ["Diplomatic Academy of the Foreign Ministry of Russia (Moscow, Russian Federation)"]
        )

    def test_spaced_digits_after_names_match_numbered_affiliation_lines(self):
        # "Бахтуридзе З.З. 1 Лагутина М.Л. 2" / "1 Частное …" / "2 Федеральное …"
        record = parse("ru-journal-31")
        self.assertEqual(record.authors, ["Бахтуридзе З.З.", "Лагутина М.Л."])
        self.assertEqual(
            record.affiliations[0],
            "Частное образовательное учреждение высшего образования «Институт специальной педагогики и психологии»",
        )
        self.assertTrue(record.affiliations[1].startswith("Федеральное государственное бюджетное"))
        self.assertTrue(record.affiliations[1].endswith("«Санкт-Петербургский государственный университет»"))

    def test_superscript_digits_match_numbered_lines_with_degrees_before_the_institution(self):
        # "К.Н. Макашева¹, Е.Б. Конуспаев²," / "1д. и. н., профессор, КазНУ имени Аль-Фараби," / "2PhD докторант, …"
        record = parse("ru-journal-07")
        self.assertEqual(record.authors, ["К.Н. Макашева", "Е.Б. Конуспаев"])
        self.assertEqual(record.affiliations[0], "КазНУ имени Аль-Фараби")
        self.assertTrue(record.affiliations[1].startswith("КазНУ имени Аль-Фараби, Казахстан"))

    def test_an_about_the_authors_section_ties_each_name_to_the_line_under_it(self):
        # "About the Authors" / "I. A. Chernykh" / "Kazakh-German University" / "Irina A. Chernykh - Dr. Sci. …" /
        # "111 Pushkin St., Almaty 050010" / "R. R. Burnashev" / "Kazakh-German University" …
        record = parse("en-journal-24")
        self.assertEqual(record.authors, ["I. A. Chernykh", "R. R. Burnashev"])
        self.assertEqual(record.affiliations, ["Kazakh-German University", "Kazakh-German University"])

    def test_the_about_section_only_completes_what_the_head_left_unknown(self):
        texts = ["About the Authors", "", "I. A. Chernykh", "Kazakh-German University", "", "R. R. Burnashev", "x"]
        authors = ["I. A. Chernykh", "R. R. Burnashev", "Someone Else"]
        self.assertEqual(about_authors(texts, authors, ["Head University", "", ""]), ["Head University", "", ""])
        self.assertEqual(about_authors(texts[1:], authors, []), [])  # no section heading: nothing read

    def test_one_unnumbered_line_under_several_names_is_tied_to_none(self):
        # "Sergey A. Khrapov1, Dmitriy A. Chernichkin2, …" over one unnumbered line: no author's is guessed.
        record = parse("en-journal-15")
        self.assertEqual(len(record.authors), 4)
        self.assertEqual(record.affiliations, [])

    def test_a_news_item_has_no_affiliations(self):
        record = parse("ru-news-07")
        self.assertEqual(record.affiliations, [])


class TiesTests(SimpleTestCase):
    """The tying rules on real lines, line by line as the head reader sees them."""

    def test_an_affiliation_must_be_right_under_the_byline(self):
        ties = Ties()
        ties.byline(["Roman A. Yuneman"], "Roman A. Yuneman", 6)
        ties.line(YUNEMAN_ORG, 8, previous=7)  # another line came between
        self.assertEqual(ties.resolve(["Roman A. Yuneman"]), [])
        ties = Ties()
        ties.byline(["Roman A. Yuneman"], "Roman A. Yuneman", 6)
        ties.line(YUNEMAN_ORG, 8, previous=6)
        ties.line("Doctoral School of International Relations and Regional Studies", 9, previous=8)
        self.assertEqual(ties.resolve(["Roman A. Yuneman"]), [YUNEMAN_ORG])

    def test_a_numbered_line_needs_a_name_with_its_digit(self):
        ties = Ties()
        ties.byline(["Sergey A. Khrapov", "Dmitriy A. Chernichkin"], "Sergey A. Khrapov1, Dmitriy A. Chernichkin2", 4)
        self.assertFalse(ties.numbered_line("3 Astrakhan Tatishchev State University", 5))
        self.assertTrue(ties.numbered_line("2 Astrakhan Tatishchev State University", 5))
        self.assertEqual(
            ties.resolve(["Sergey A. Khrapov", "Dmitriy A. Chernichkin"]), ["", "Astrakhan Tatishchev State University"]
        )

    def test_contacts_are_cut_and_a_lost_address_label_too(self):
        self.assertEqual(
            clean("Университет Китайской Культуры, Тайбей, Тайвань е-mail: [email protected]"),
            "Университет Китайской Культуры, Тайбей, Тайвань",
        )
        self.assertEqual(
            clean(
                "Л.Н. Гумилев атындағы Еуразия ұлттық университеті Нұр-Сұлтан, Қазақстан "
                "(e-mail: gukjik_76@mail.ru, kenkk@mail.ru )"
            ),
            "Л.Н. Гумилев атындағы Еуразия ұлттық университеті Нұр-Сұлтан, Қазақстан",
        )
