"""Ninth-round author rules: bylines in capitals or surname first after a label, names with posts in a
signature, journal author blocks, a name over the title, affiliation letters, a subject named as a byline."""

from __future__ import annotations

from articles.ingest.author_blocks import (
    label_in_capitals,
    labelled_names,
    name_over_affiliation,
    name_over_title,
    names_with_posts,
)
from articles.ingest.bylines import byline_evidence, names_in
from articles.ingest.layout import Line

LEAD = (
    "The ministry said on Monday that the new transport corridor would open next year, connecting the "
    "Caspian ports with the railway network of the region and cutting the travel time by a third."
)


def _lines(text: str) -> list[Line]:
    return [Line(number, line) for number, line in enumerate(text.split("\n"), start=1)]


def test_label_with_names_in_capitals_or_surname_first() -> None:
    assert labelled_names("ELENA KOSOLAPOVA") == ["ELENA KOSOLAPOVA"]
    assert labelled_names("OKA Natsuko") == ["OKA Natsuko"]
    assert labelled_names("АСКАР МУМИНОВ и АННА ИВАНОВА") == ["АСКАР МУМИНОВ", "АННА ИВАНОВА"]
    assert labelled_names("Айгүл Сейітқызы") == ["Айгүл Сейітқызы"]
    names, used = label_in_capitals(_lines("Kazakhstan and Azerbaijan\n\nBY ELENA KOSOLAPOVA\nSTAFF WRITER\n" + LEAD))
    assert names == ["ELENA KOSOLAPOVA"] and used == {2}


def test_label_in_capitals_refuses_desks_and_phrases() -> None:
    assert labelled_names("STAFF REPORTER") == []
    assert labelled_names("THE NUMBERS") == []
    assert labelled_names("BREAKING NEWS") == []
    assert labelled_names("ҚАЗАҚСТАН") == []
    assert labelled_names("2030 the economy will double") == []
    assert label_in_capitals(_lines("By 2030 Kazakhstan plans to double its exports\n" + LEAD)) == ([], set())


def test_signature_of_names_with_posts() -> None:
    text = (
        "Перспективы таможенного сотрудничества в ЕАЭС\n\n"
        "_ Надежда Тынникова, лаборант Евразийского сектора; Юрий Кофнер, заведующий сектором; аналитик Центра. "
        "Москва, 5 марта 2019 г.\n\nТекущее состояние интеграции"
    )
    assert names_with_posts(_lines(text)) == (["Надежда Тынникова", "Юрий Кофнер"], {2})
    kk = "Тақырып\n_ Айгүл Сейітқызы, саясаттанушы сарапшы, Алматы\nМәтін"
    assert names_with_posts(_lines(kk))[0] == ["Айгүл Сейітқызы"]


def test_signature_reader_leaves_questions_and_sentences() -> None:
    # An interview's question addressed to the interviewee by name and patronymic is no signature.
    question = "Интервью\n– Эдуард Эдуардович, как вы оцениваете итоги года; что дальше?\n– Хорошо."
    assert names_with_posts(_lines(question)) == ([], set())
    # One person with a post in a sentence, no signature's mark: the text's, not a byline.
    sentence = "Заголовок\nИван Петров, директор института, заявил журналистам о новых планах.\n"
    assert names_with_posts(_lines(sentence)) == ([], set())


def test_journal_author_block_name_over_institution_and_email() -> None:
    text = (
        "Latest Available Issue: Volume 7 | Issue 1 | 2020\nThe Bureaucratization of Islam in Azerbaijan\n"
        "Kamal Gasimov\nMiddle East Studies Department, University of Michigan\ngasimov@umich.edu\nAbstract\n" + LEAD
    )
    assert name_over_affiliation(_lines(text)) == (["Kamal Gasimov"], {2})
    # An interviewee's name over the post and institution, with no e-mail or abstract: not an author block.
    interview = "Interview\nJohn Carter\nProfessor, Harvard University\nAlmaty, June 12, 2014\nQuestion: Why?"
    assert name_over_affiliation(_lines(interview)) == ([], set())


def test_name_over_title_on_a_journal_page() -> None:
    text = (
        "print\nAkram Umarov\n\nCentral Asia: construction of the new regional security complex?\n\n"
        "Article\nAbstract\n\n" + LEAD
    )
    assert name_over_title(_lines(text)) == (["Akram Umarov"], {1})
    # A news page (no abstract) with a name over its headline: a caption or a widget, left alone.
    news = "Akram Umarov\nCentral Asia: construction of the new regional security complex?\n" + LEAD
    assert name_over_title(_lines(news)) == ([], set())


def test_affiliation_letters_after_each_name() -> None:
    assert names_in("Karen Smith Stegen a, *, Julia Kusznir b") == ["Karen Smith Stegen", "Julia Kusznir"]
    assert names_in("John Smith a") == ["John Smith"]
    # A letter after one name only is not read as a mark.
    assert names_in("John Smith a, Mary Jones") == []


def test_bare_name_named_again_in_the_paragraph_is_its_subject() -> None:
    lead = (
        "«Қоғамдық пікір» зерттеу институты сауалнама қорытындысын таныстырды. Институттың басшысы, "
        "әлеуметтанушы Ботагөз Рақышева төрт мәрте экспедиция ұйымдастырғанын айтады."
    )
    assert not byline_evidence("Ботагөз Рақышева,", ["Ботагөз Рақышева"], lead)
    ru = "Политолог Марат Шибутов считает, что интеграция замедлится. По словам Шибутова, причина в ценах на нефть."
    assert not byline_evidence("Марат Шибутов", ["Марат Шибутов"], ru + " " + ru)
    # A reporter's name over a lead that does not name the reporter again stays a byline.
    assert byline_evidence("Thomas Cromwell", ["Thomas Cromwell"], LEAD)
