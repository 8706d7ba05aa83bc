"""The importer's speed-ups of round 8 change no result: each faster form is checked against the plain one."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

from articles.ingest import dates, fragment_ends, journal
from articles.ingest.dates import MONTH_NUMBERS, PRECISION_DAY, PRECISION_MONTH, find_dates
from articles.ingest.news import BOILERPLATE_START_RE
from articles.ingest.repair import Vocabulary, ends_sentence, head_lines
from articles.search.analyzer import language_stemmer

# dateparser itself, without the cache of _parse(): what the fast readers must equal.
read_by_dateparser = dates._parse.__wrapped__  # type: ignore[attr-defined]
DAYS = [str(day) for day in range(1, 32)] + [f"{day:02d}" for day in range(1, 10)]


@pytest.mark.parametrize("year", [1900, 2024])
def test_dotted_dates_are_read_as_dateparser_reads_them(year):
    # Every day and month spelling of a year without and one with 29 February (the whole of 1900-2100 was
    # checked once, 166,325 dates): a valid date is read here, an invalid one left to dateparser.
    for day in DAYS + ["0", "00", "32"]:
        for month in DAYS[:12] + DAYS[31:] + ["0", "13"]:
            text = f"{day}.{month}.{year}"
            fast = dates._dotted(text)
            if fast is not None:
                assert fast == read_by_dateparser(text, PRECISION_DAY), text
            else:  # not a date of the calendar
                with pytest.raises(ValueError):
                    datetime.date(year, int(month), int(day))


def test_dotted_dates_outside_the_years_are_left_to_dateparser():
    assert dates._dotted("01.02.1899") is None
    assert dates._dotted("01.02.2101") is None
    assert dates._dotted("1.2.2020") == datetime.date(2020, 2, 1)


@pytest.mark.parametrize("shape", ["{d} {w} {y}", "{d} {w}, {y}", "{w} {d} {y}", "{w} {d}, {y}"])
def test_month_names_are_read_as_dateparser_reads_them(shape):
    # Every spelling of every name, on a sample of days (every day, every shape, over five years, and every
    # month alone over 1900-2100 were checked once).
    for name in MONTH_NUMBERS:
        for day in ("1", "09", "29", "31"):
            text = shape.format(d=day, w=name, y=2024)
            fast = dates._worded(text, PRECISION_DAY)
            if fast is not None:
                assert fast == read_by_dateparser(text, PRECISION_DAY), text


def test_a_month_alone_is_its_first_day_as_dateparser_reads_it():
    for name in MONTH_NUMBERS:
        text = f"{name} 2023"
        assert dates._worded(text, PRECISION_MONTH) == read_by_dateparser(text, PRECISION_MONTH), text


@pytest.mark.parametrize("text", ["марте 2021", "5 Қазақстанға 2020", "5 марта 1899", "31 февраля 2021", "qazan 2020"])
def test_other_dates_are_left_to_dateparser(text):
    precision = PRECISION_MONTH if not re.match(r"\d", text) else PRECISION_DAY
    assert dates._worded(text, precision) is None


def test_found_dates_are_remembered_but_returned_as_new_lists():
    first = find_dates("Опубликовано 17 марта 2021, 12:00")
    first.append(first[0])  # a caller extending its list must not change what the next caller gets
    again = find_dates("Опубликовано 17 марта 2021, 12:00")
    assert [found.date for found in again] == [datetime.date(2021, 3, 17)]
    assert again is not first


def test_a_long_line_is_read_without_being_remembered():
    line = "x " * dates.MAX_CACHED_LINE + "04.10.2016"
    before = dates._cached_dates.cache_info().currsize
    assert [found.date for found in find_dates(line)] == [datetime.date(2016, 10, 4)]
    assert dates._cached_dates.cache_info().currsize == before


def test_warm_up_remembers_no_date():
    before = dates._parse.cache_info().currsize
    dates.warm_up()
    assert dates._parse.cache_info().currsize == before


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Published on Central Asian Affairs (https://example.org/a)", "Central Asian Affairs"),
        ("Journal: Вестник КазНУ, Vol. 3", "Вестник КазНУ"),
        ("KNUV 2014; 4(42): 133-145", "KNUV"),
        ("Статьи номера журнала: Вестник КАСУ №4 - 2011", "Вестник КАСУ"),
        ("«Қазақ тарихы» ғылыми журналы", "Қазақ тарихы"),
        ("Eurasian Studies (ISSN 1234-567X)", "Eurasian Studies"),
        ("Статьи из журнала без названия", None),
    ],
)
def test_journal_shapes_still_found_with_their_needed_text(line, name):
    assert journal.journal_named_in([line]) == name


def test_vocabulary_counts_as_counters_did():
    texts = ["Экономика экономикалық эко-номика\nэконо-\nмикалық даму дамуы", "Даму экономика"]
    stemmers = [language_stemmer(code) for code in ("kk", "ru", "en")]
    vocabulary = Vocabulary(texts, stemmers)
    assert vocabulary.words["экономика"] == 2 and vocabulary.words["даму"] == 2
    assert vocabulary.compounds["эко-номика"] == 1 and "эконо" not in vocabulary.words
    for stemmer, counter in zip(stemmers, vocabulary.stems):
        expected: dict[str, int] = {}
        for word, count in vocabulary.words.items():
            expected[stemmer(word)] = expected.get(stemmer(word), 0) + count
        assert dict(counter) == expected


def test_head_lines_are_the_first_non_blank_lines_with_single_spaces():
    texts = ["", "  A  title ", "\t", "by  Someone", *[f"line {n}  of  many" for n in range(30)]]
    for count in (0, 1, 2, 8, 15, 100):
        assert head_lines(texts, count) == [" ".join(t.split()) for t in texts if t.strip()][:count]


def plain_ends_item(texts: list[str]) -> bool:
    """fragment_ends.ends_item() as it was, every line's spaces made single first."""
    lines = [" ".join(text.split()) for text in texts if text.strip()]
    end = len(lines)
    while end and (fragment_ends._tail_furniture(lines[end - 1]) or BOILERPLATE_START_RE.match(lines[end - 1])):
        end -= 1
    stripped = end < len(lines)
    for size in range(fragment_ends.MAX_SIGNATURE_LINES, 0, -1):
        if end - size > 0 and fragment_ends._signature(lines[end - size : end], stripped):
            end -= size
            break
    if not end:
        return False
    last = fragment_ends.MARKUP_INITIALS_RE.sub("", fragment_ends.TRAILING_LABEL_RE.sub("", lines[end - 1]))
    return ends_sentence(last) and (end < len(lines) or last != lines[end - 1])


def test_ends_item_reads_the_last_lines_as_before():
    seeds = sorted((Path(__file__).resolve().parents[2] / "fixtures" / "seeds").glob("*.txt"))
    for path in seeds:
        texts = path.read_text(encoding="utf-8").split("\n")
        for cut in range(1, len(texts), max(1, len(texts) // 60)):  # the page's end at sixty places
            assert fragment_ends.ends_item(texts[:cut]) == plain_ends_item(texts[:cut]), (path.name, cut)
    for texts in (["Текст окончен.", "", "Иванов И.И."], ["Share", "Tags: x"], [" "], []):
        assert fragment_ends.ends_item(texts) == plain_ends_item(texts)
