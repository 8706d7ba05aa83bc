"""Thirteenth-round author rules: a site's links are no names; a headline in capitals is no SURNAME-first byline; a
woman's post in Russian; a student's paper's title-page label; one list of writers' posts; a research centre named
in a word, not inside one, and no speaker's words after a colon; an epigraph ends a sentence; one initialed opening
only; a flattened page's byline read once."""

from __future__ import annotations

from django.test import SimpleTestCase

from articles.ingest import cues, stamped_bylines
from articles.ingest.affiliations import WRITER_POST_RE, states_post
from articles.ingest.author_blocks import name_over_degree, surname_first_over_affiliation
from articles.ingest.author_completion import name_with_centre, over_epigraph
from articles.ingest.bylines import names_in
from articles.ingest.closing_bylines import closing_note
from articles.ingest.layout import Line
from articles.ingest.stamped_bylines import initialed_name_opening, names_after_flat_title, title_before_flat_names


def _lines(text: str) -> list[Line]:
    return [Line(number, line) for number, line in enumerate(text.split("\n"), start=1)]


class SiteLinksAreNoNames(SimpleTestCase):
    def test_about_and_contact_links(self) -> None:
        self.assertEqual(names_in("About ASEEES"), [])
        self.assertEqual(names_in("Contact Us"), [])
        self.assertEqual(names_in("Aigerim Seitova"), ["Aigerim Seitova"])


class HeadlineInCapitals(SimpleTestCase):
    def test_all_capitals_is_no_surname_first_byline(self) -> None:
        lines = _lines(
            "КОНФЕРЕНЦИЯ ОБЪЕДИНИЛА УЧЕНЫХ\n"
            "К Дню Республики приурочена конференция, прошедшая в Атырауском университете."
        )
        self.assertEqual(surname_first_over_affiliation(lines), ([], set()))

    def test_surname_first_still_read(self) -> None:
        lines = _lines("ДУБРОВИНА Ольга\nЕвразийский национальный университет им. Л.Н. Гумилева\nТекст статьи.")
        self.assertEqual(surname_first_over_affiliation(lines), (["ДУБРОВИНА Ольга"], {0}))


class WomansPost(SimpleTestCase):
    def test_name_over_her_post_line(self) -> None:
        self.assertTrue(cues.DEGREE_RE.search("студентка ФМЭиМП НИУ ВШЭ"))
        self.assertTrue(cues.DEGREE_RE.search("аспирантки кафедры"))
        lines = _lines(
            "Поделиться статьей\nЕлизавета Струкова\n\nПрограммный референт РСМД, студентка ФМЭиМП НИУ ВШЭ\n\n"
            "В 2023 г. российско-казахстанское соглашение отмечает юбилей."
        )
        self.assertEqual(name_over_degree(lines), (["Елизавета Струкова"], {1}))


class StudentPaperLabel(SimpleTestCase):
    def test_title_page_labels(self) -> None:
        for line, name in (
            ("Орындаған: Карагулова Гулайым", "Карагулова Гулайым"),
            ("Выполнила: Анна Иванова", "Анна Иванова"),
            ("Prepared by: John Smith", "John Smith"),
        ):
            found = cues.AUTHORS_LABEL_RE.match(line)
            assert found is not None
            self.assertEqual(names_in(found.group("rest")), [name])

    def test_colon_required(self) -> None:
        self.assertIsNone(cues.AUTHORS_LABEL_RE.match("Выполнил работу студент третьего курса"))


class OneListOfWritersPosts(SimpleTestCase):
    def test_every_reader_shares_it(self) -> None:
        for word in ("scholar", "editor", "лаборант", "тілші", "adviser"):
            self.assertTrue(WRITER_POST_RE.search(word), word)
            self.assertTrue(states_post(f"senior {word}"), word)
        lines = _lines("Заголовок статьи\nJohn Smith, scholar of Central Asian politics")
        self.assertEqual(name_with_centre(lines), (["John Smith"], {1}))
        closing = _lines("The last sentence of the text.\n— John Smith, editor at the weekly")
        self.assertEqual(closing_note(closing)[0], ["John Smith"])


class CentreNamedInAWord(SimpleTestCase):
    def test_speaker_headline_is_no_byline(self) -> None:
        lines = _lines(
            "Касым-Жомарт ТОКАЕВ, президент Казахстана: «Концентрация полномочий в руках высшего должностного лица "
            "неоправданно усиливает влияние приближенных к нему лиц»"
        )
        self.assertEqual(name_with_centre(lines), ([], set()))

    def test_centre_still_read(self) -> None:
        lines = _lines("Нурад Мамедов, Центр анализа международных отношений")
        self.assertEqual(name_with_centre(lines), (["Нурад Мамедов"], {0}))


class EpigraphEndsASentence(SimpleTestCase):
    def test_writer_over_epigraph(self) -> None:
        lines = _lines(
            "Казахстан и Россия\n\nБахыт Рустемов\nТолько настоящая дружба и честное партнерство\n"
            " ведет большие и малые народы к общему процветанию.\n\nРустем Нуршаев\n\nТекст статьи."
        )
        self.assertEqual(over_epigraph(lines, ["Рустем Нуршаев"]), ["Бахыт Рустемов"])

    def test_title_between_two_names(self) -> None:
        lines = _lines(
            "Рубрика\n\nБахыт Рустемов\nКазахстан и Россия: пять веков соседства\n\nРустем Нуршаев\n\nТекст."
        )
        self.assertEqual(over_epigraph(lines, ["Рустем Нуршаев"]), [])


class OneInitialedOpening(SimpleTestCase):
    def test_one_description(self) -> None:
        lines = _lines("«Медеубаева Ж.М. История формирования внешнеполитической доктрины Республики Казахстан")
        self.assertEqual(initialed_name_opening(lines), (["Медеубаева Ж.М."], set()))

    def test_list_of_works(self) -> None:
        lines = _lines(
            "Литература\nНазарбаев Н.А. Казахстанский путь развития страны. Астана, 2007.\n"
            "Токаев К.К. Внешняя политика Казахстана в условиях глобализации. Алматы, 2000."
        )
        self.assertEqual(initialed_name_opening(lines), ([], set()))


class FlatBylineReadOnce(SimpleTestCase):
    def test_title_and_names_from_one_reading(self) -> None:
        text = (
            "Foreign Policy Orientation of Independent Central Asian States: Looking Through the Prism of Ideas and "
            "Identities Alina Nomerovchenko, Jaechun Kim, and William Kang Since the Soviet dissolution in 1991, "
            "Uzbekistan and Kazakhstan have promoted the most active foreign policies in the region. "
            + "They both have taken steps to diversify their foreign relations. "
            * 8
        )
        lines = _lines(text)
        stamped_bylines._flat_opening.cache_clear()
        self.assertEqual(names_after_flat_title(lines), (["Alina Nomerovchenko", "Jaechun Kim", "William Kang"], set()))
        self.assertTrue(str(title_before_flat_names(lines)).endswith("the Prism of Ideas and Identities"))
        self.assertEqual(stamped_bylines._flat_opening.cache_info().hits, 1)
