"""Round 7 rules: headless items are cut, a page's tail does not cut an item, journal shapes, date lines."""

from __future__ import annotations

import datetime

from articles.ingest.date_fallback import top_date
from articles.ingest.dates import find_dates
from articles.ingest.fragment_ends import ends_item, only_introduction
from articles.ingest.journal import clean_journal_name, journal_named_in


def test_tail_furniture_after_a_finished_sentence_does_not_cut_the_item() -> None:
    assert ends_item(["Body of the column ends here.", "Share |", "Back to top", "Terms of Use"])
    assert ends_item(["Соңғы мәлімет бойынша қаза тапқандар саны 2 445 адамға жетті.", "Тегтер:"])
    assert ends_item(["Других подробностей стороны не предоставили.", "Николай Ильясов", "Читайте также"])


def test_signature_with_post_after_the_last_sentence() -> None:
    assert ends_item(["Osy jıynnan keıin jańa qarqynǵa ıe bolatyny sózsiz.", "Rýslan IZIMOV,", "saıasattanýshy"])


def test_a_word_cut_by_the_excerpt_is_not_furniture() -> None:
    assert not ends_item(["Ранее сообщалось о поставках.", "По"])
    assert not ends_item(["The pipeline connects the fields with the coast.", "O"])
    assert not ends_item(["The meeting was an attempt to activate the OSCE, which"])


def test_labelled_guests_and_markup_initials_close_an_item() -> None:
    assert ends_item(["Are they looking for new allies? Guests: Margarita Assenova Senior Fellow"])
    assert ends_item(["It was criticised for its lack of action in Kyrgyzstan. <wol>"])


def test_only_the_introduction_of_an_article_is_a_fragment() -> None:
    assert only_introduction(["Введение", "На протяжении всей истории люди мечтали о мире."], references=False)
    assert not only_introduction(["Кіріспе", "Мәтін.", "Қорытынды", "Мәтін."], references=False)


def test_journal_named_in_head_shapes() -> None:
    assert journal_named_in(["Published on Central Asia Analyst (http://example.org)"]) == "Central Asia Analyst"
    assert journal_named_in(["Publication: Eurasia Monitor Volume: 20 Issue: 134"]) == "Eurasia Monitor"
    assert (
        journal_named_in(["JOURNAL: « GEOPOLITICS OF REGIONS» Volume 6 (16) issue 4, 2020"]) == "GEOPOLITICS OF REGIONS"
    )
    assert journal_named_in(["KNUV 2014; 4(42): 133-145"]) == "KNUV"
    assert journal_named_in(["К содержанию номера журнала: Вестник КАСУ №4 - 2011"]) == "Вестник КАСУ"
    assert journal_named_in(['2024. "Қазақ тарихы" ғылыми журналы 2 (2): 44-54.']) == "Қазақ тарихы"
    assert journal_named_in(["- Japanese Studies (ISSN:21860564)"]) == "Japanese Studies"
    assert journal_named_in(["Kazakhstan and its neighbours", "A plain lead sentence."]) is None
    assert clean_journal_name("Water 2020") == "Water"


def test_dates_glued_to_year_mark_and_latin_russian_months() -> None:
    assert find_dates("20.09.2024ж. 20:00")[0].date == datetime.date(2024, 9, 20)
    assert find_dates("Билік 2 Noyabr 2023 3970")[0].date == datetime.date(2023, 11, 2)


def test_top_date_lines_and_datelines() -> None:
    found = top_date(["Sep 13", "2020", "", "BRI in Kyrgyzstan and Kazakhstan"])
    assert found and found.date == datetime.date(2020, 9, 13)
    found = top_date(["Блог", "Сентябрь", "2025", "Казахстан готов"])
    assert found and (found.date, found.precision) == (datetime.date(2025, 9, 1), "month")
    found = top_date(["ASTANA, 30 November 2010 - Heads of State are in Astana."])
    assert found and found.date == datetime.date(2010, 11, 30)


def test_event_dates_and_date_bars_are_not_publication_dates() -> None:
    assert top_date(["Выбор Казахстана", "19 марта 2023 года в Казахстане прошли выборы."]) is None
    assert top_date(["Tuesday, June 11, 2024", "Deputy FM says ties remain strong"]) is None
    assert top_date(["Received 3 May 2020", "Title"]) is None
