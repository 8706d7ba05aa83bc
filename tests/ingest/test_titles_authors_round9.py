"""Ninth-round rules for titles: numbered headlines, title labels, genre suffixes, counters, page markers, offices."""

from articles.ingest.furniture import is_site_furniture, prompt_or_office
from articles.ingest.title_labels import without_genre_label, without_title_label
from articles.ingest.titles import is_title_like


def test_headline_opening_with_a_number_is_title_like() -> None:
    assert is_title_like("27th Anniversary of Kazakhstan’s diplomacy in the UN")
    assert is_title_like("2026 жылы халықаралық қатынастар, Ресей-Украина соғысы және АҚШ-Қытай бәсекесі")
    assert is_title_like("100 Days of the New Government in Astana")


def test_list_items_and_short_numbered_lines_are_not_titles() -> None:
    assert not is_title_like("1. Қазақстанның ежелгі және ортағасырлар дәуір деректері")
    assert not is_title_like("2 номер каз рус на сайт дана")
    assert not is_title_like("5 страница")
    assert not is_title_like("1 Р РЕСПУБЛИКАЛЫҚ ЖУРНАЛ")


def test_title_label_and_series_number_are_dropped() -> None:
    assert without_title_label("Тақырып. Қазақстан тарихының деректеметану") == "Қазақстан тарихының деректеметану"
    assert without_title_label("Тема: Внешняя политика Казахстана") == "Внешняя политика Казахстана"
    assert without_title_label("Title: Energy Policy of Kazakhstan") == "Energy Policy of Kazakhstan"
    assert without_title_label("No.394 A Note on Ethnic Return Migration") == "A Note on Ethnic Return Migration"
    # Not a label: a headline that merely begins with the word, or a number inside a title.
    assert without_title_label("Тема мира в речи президента") == "Тема мира в речи президента"
    assert without_title_label("No. of migrants grows") == "No. of migrants grows"


def test_genre_label_after_a_headline_is_dropped() -> None:
    assert without_genre_label("Aidar Kurmashev: It is essential to cooperate INTERVIEW") == (
        "Aidar Kurmashev: It is essential to cooperate"
    )
    assert without_genre_label("Посол Турции о торговле - ИНТЕРВЬЮ") == "Посол Турции о торговле"
    # A headline in capitals keeps its last word; so does a label with nothing before it.
    assert without_genre_label("ЕЛШІМЕН СҰХБАТ") == "ЕЛШІМЕН СҰХБАТ"
    assert without_genre_label("INTERVIEW") == "INTERVIEW"
    assert without_genre_label("An interview with the ambassador") == "An interview with the ambassador"


def test_counters_and_page_markers_are_furniture() -> None:
    for line in ("View(s): 4426 (18 ULiège)", "Download(s): 0 (0 ULiège)", "Page 1", "Страница 3 из 10", "5 страница"):
        assert is_site_furniture(line), line
    for line in ("Page One of the Crisis", "Views of Kazakhstan on the EAEU", "Страница истории дипломатии"):
        assert not is_site_furniture(line), line


def test_an_office_after_a_comma_is_a_position_line() -> None:
    assert prompt_or_office("Deputy Assistant Secretary, Bureau of South and Central Asian Affairs")
    assert not prompt_or_office("Deputy Minister visits Astana to discuss trade")
    assert not is_title_like("Deputy Assistant Secretary, Bureau of South and Central Asian Affairs")
