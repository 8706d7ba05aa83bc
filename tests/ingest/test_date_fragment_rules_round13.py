"""Round 13 rules for the publication date and for whether an item is whole."""

from __future__ import annotations

import datetime

from django.test import SimpleTestCase

from articles.ingest.date_context import publication_dates
from articles.ingest.date_fallback import top_date
from articles.ingest.dates import find_dates
from articles.ingest.fragment_ends import ends_item


class DateFormatTests(SimpleTestCase):
    def test_a_kazakh_ordinal_hyphen_keeps_the_day(self) -> None:
        for text in ("12-қаңтар 2023", "12 - қаңтар, 2023", "2023 жылғы 12-қаңтар"):
            found = find_dates(text)
            self.assertEqual([(f.date, f.precision) for f in found], [(datetime.date(2023, 1, 12), "day")], text)
        # A range of days is still no one day's date.
        self.assertEqual(find_dates("1 - 14 декабря 2008"), [])
        self.assertEqual(find_dates("10-12 декабря 2008"), [])


class DateContextTests(SimpleTestCase):
    def test_a_date_a_rate_or_forecast_holds_for_is_no_publication_date(self) -> None:
        self.assertEqual(publication_dates("на 26/11/2024"), [])
        self.assertEqual(publication_dates("Курс валют на 26.11.2024"), [])
        self.assertEqual(publication_dates("Exchange rates as of 5 March 2021"), [])
        # "на" inside a word is no label.
        self.assertEqual(len(publication_dates("Астана 26.11.2024")), 1)

    def test_a_photo_taken_date_is_no_publication_date(self) -> None:
        self.assertEqual(publication_dates("Picture taken March 5, 2013. REUTERS/Fabian Bimmer"), [])
        self.assertEqual(publication_dates("Снимок сделан 5 марта 2013"), [])

    def test_a_place_and_date_of_an_event_in_a_caption(self) -> None:
        self.assertEqual(publication_dates("Yerzhan Kazykhan in Brussels on 22 June 2021. [Georgi Gotev]"), [])
        caption = "A long time exposure picture shows the power plant in Grohnde, Germany, March 5, 2013."
        self.assertEqual(publication_dates(caption), [])

    def test_a_bylines_or_posting_place_and_date_still_count(self) -> None:
        self.assertEqual(len(publication_dates("By Saniya Sakenova in Nation on 18 October 2023")), 1)
        self.assertEqual(len(publication_dates("Posted in News on March 3, 2020")), 1)
        self.assertEqual(len(publication_dates("МИА «Россия Сегодня», 2 декабря 2022")), 1)


class TopDateTests(SimpleTestCase):
    def test_a_dateline_place_with_its_state_or_country(self) -> None:
        found = top_date(["Headline", "Washington, D.C., August 26, 2005 - Kazakhstan Foreign Minister said"])
        self.assertEqual(found and found.date, datetime.date(2005, 8, 26))
        found = top_date(["Headline", "Almaty, Kazakhstan, 5 March 2019 - The bank said"])
        self.assertEqual(found and found.date, datetime.date(2019, 3, 5))

    def test_a_journal_issue_line_gives_the_year(self) -> None:
        found = top_date(["KinoKultura: Issue 27 (2010)", "", "Title of the article", "By Author Name"])
        self.assertEqual((found.date, found.precision) if found else None, (datetime.date(2010, 1, 1), "year"))
        found = top_date(["Central Asian Survey, Vol. 12, No. 3 (2019)", "Title"])
        self.assertEqual(found and found.date.year, 2019)
        # A citation going on after the year is no issue line of the page.
        self.assertIsNone(top_date(["Journal of Studies, Vol. 12, No. 3 (2019), pp. 1-20", "Title"]))

    def test_a_date_line_wins_over_the_issue_year(self) -> None:
        found = top_date(["Journal: Issue 27 (2010)", "12 March 2010", "Title"])
        self.assertEqual(found and found.date, datetime.date(2010, 3, 12))

    def test_a_labelled_date_in_an_articles_history(self) -> None:
        head = ["Journal of Eurasian Studies", *(f"line {n}" for n in range(12)), "Article history:"]
        found = top_date([*head, "Received 22 July 2014", "Accepted 10 March 2015", "Available online 2 April 2015"])
        self.assertEqual(found and found.date, datetime.date(2015, 4, 2))
        self.assertIsNone(top_date([*head, "Received 22 July 2014", "Accepted 10 March 2015"]))

    def test_a_place_and_date_closing_an_author_line(self) -> None:
        line = "_ Надежда Тынникова, лаборант ЦКЕМИ НИУ ВШЭ; аналитик Центра ОЭСР-ВШЭ. Москва, 5 марта 2019 г."
        found = top_date(["Заголовок статьи", line])
        self.assertEqual(found and found.date, datetime.date(2019, 3, 5))
        # Inside a sentence the date is an event's.
        self.assertIsNone(top_date(["Заголовок", "Он выступил. Саммит прошёл в столице 5 марта 2019 г."]))


class FragmentEndTests(SimpleTestCase):
    def test_a_latin_credit_under_a_cyrillic_text_does_not_cut_it(self) -> None:
        self.assertTrue(ends_item(["Шекарада шектеу қойылмаған, олар еркін өтіп жатыр.", "Azattyq"]))
        self.assertTrue(ends_item(["Встреча прошла в Астане.", "Kazinform"]))

    def test_a_word_in_the_texts_own_script_is_still_a_cut(self) -> None:
        self.assertFalse(ends_item(["Шекарада шектеу қойылмаған, олар еркін өтіп жатыр.", "Алдағы"]))
        self.assertFalse(ends_item(["The meeting took place in Astana.", "The"]))
        self.assertFalse(ends_item(["Шекарада шектеу қойылмаған, олар еркін өтіп", "Azattyq"]))
