"""Round 10+11 field rules: citation lines with "T."/"Tomus"/"стр.", the initial "Г.", licences, agency credits,
update and today labels, short-year stamps and the page's share and agency lines after an item."""

from __future__ import annotations

import datetime

from articles.ingest.author_blocks import _without_agency
from articles.ingest.bylines import names_in
from articles.ingest.citation import read_citation
from articles.ingest.date_context import publication_dates
from articles.ingest.date_fallback import top_date
from articles.ingest.dates import find_dates
from articles.ingest.fields import read_journal_line
from articles.ingest.fragment_ends import ends_item

CITED = "Известия Русского географического общества, 2020, T. 152, № 2, стр. 3-16"


def test_journal_line_with_citation_numbers() -> None:
    assert read_journal_line(CITED, True) == {
        "journal": "Известия Русского географического общества",
        "volume": "152",
        "issue": "2",
        "pages": "3-16",
    }


def test_citation_with_tomus_and_figure_dash() -> None:
    cited = read_citation("Acta Slavica Iaponica, Tomus 27 (2009), pp. 77‒101", lambda part: False)
    assert cited is not None
    assert (cited.journal, cited.volume, cited.pages) == ("Acta Slavica Iaponica", "27", "77-101")


def test_citation_year_of_journal_line() -> None:
    found = top_date([CITED])
    assert found is not None and found.date == datetime.date(2020, 1, 1) and found.precision == "year"
    assert top_date(["A sentence, 2020, about Vol. 3 of something"]) is None


def test_g_initial_is_a_name() -> None:
    assert names_in("А. Г. Манаков *") == ["А. Г. Манаков"]
    assert names_in("г. Алматы") == []


def test_licence_is_no_name() -> None:
    assert names_in("Attribution License (CC BY 4.0)") == []


def test_agency_after_writer() -> None:
    assert _without_agency("Huseyn Hasanov – Trend:") == "Huseyn Hasanov"
    assert _without_agency("Иван Петров – Анна Смирнова") == "Иван Петров – Анна Смирнова"


def test_update_and_today_labels() -> None:
    assert publication_dates("Updated on April 26, 2024, 11:06AM (AST)") == []
    assert publication_dates("Today: 07-01-2025") == []
    assert publication_dates("МИА «Россия Сегодня», 2 декабря 2022 г.")


def test_short_year_stamp() -> None:
    assert [d.date for d in find_dates("28.06.23 18:24")] == [datetime.date(2023, 6, 28)]
    assert find_dates("see 1.2.23 of the code") == []


def test_share_line_and_agency_credit_end_item() -> None:
    assert ends_item(["Body.", "The minister said it was done.", "", "Share the news:"])
    assert ends_item(["Body.", "Turkmenistan has the largest reserves. AKI Press"])
    assert not ends_item(["Body.", "Turkmenistan has the largest reserves. The company"])
