"""Round 7 byline and abstract rules: each shown on small kk/ru/en inputs."""

from __future__ import annotations

import pytest

from articles.ingest import cues
from articles.ingest.author_lists import after_post, labelled_after_date, listed_authors, signed_with_post
from articles.ingest.bylines import name_before_affiliation, names_in
from articles.ingest.layout import Line
from articles.ingest.paragraphs import collect_label


def _lines(text: str) -> list[Line]:
    return [Line(number, line) for number, line in enumerate(text.split("\n"), start=1)]


@pytest.mark.parametrize(
    "text",
    [
        "Совет Европы",
        "Strategic Priority Research Program",
        "Ecological Systems Design",
        "Available Downloads",
        "I.Кіріспе",
        "Ұлттық Кеңесі",
        "NATO Summit",
    ],
)
def test_bodies_sections_and_acronyms_are_no_names(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LIU Wenhua , 1 ,", ["LIU Wenhua"]),
        ("ZHU Wenbin , 1, 4, *", ["ZHU Wenbin"]),
        ("Aibek Zhupankhan 1, 2, Kamshat Tussupova 2 ,3 and Ronny Berndtsson 2 ,*", None),
        ("ДУБРОВИНА Ольга Васильевна", ["ДУБРОВИНА Ольга Васильевна"]),
        ("ЖАҚЫПОВА Айгүл Серікқызы", ["ЖАҚЫПОВА Айгүл Серікқызы"]),
    ],
)
def test_marks_apart_and_surname_first(text: str, expected: list[str] | None) -> None:
    if expected is None:
        assert names_in(text) == ["Aibek Zhupankhan", "Kamshat Tussupova", "Ronny Berndtsson"]
    else:
        assert names_in(text) == expected


def test_surname_first_with_degree_and_no_comma() -> None:
    names, rest = name_before_affiliation(
        "ПЛОТНИКОВ Василий Сергеевич кандидат социологических наук, доцент; доцент Сибирского университета", ""
    )
    assert names == ["ПЛОТНИКОВ Василий Сергеевич"]
    assert rest.startswith("кандидат")


@pytest.mark.parametrize(
    "line",
    [
        "Әбдуақап ҚАРА, тарих ғылымдарының докторы, Мимар Синан университетінің профессоры:",
        "Иван Петров, кандидат политических наук, доцент Казахского университета:",
        "John Smith, professor at Nazarbayev University:",
    ],
)
def test_a_speaker_before_his_words_is_no_byline(line: str) -> None:
    assert name_before_affiliation(line, "– Биыл …") == ([], "– Биыл …")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TITLE\n\nAUTHORS:\n\n  1. T. I. Pototskaya, Smolensk State University, Smolensk, Russian Federation\n\n"
            "TYPE: Article",
            ["T. I. Pototskaya"],
        ),
        ("Authors:\n\n  1. Stefanos Xenarios\n  2. Aliya Assubayeva\n  3. Lei Xie\n\nAbstract", None),
        (
            "Review\n\nby\nMohammad Assem Mayar\n1,*,\nAhmad Hamidov\n1,2,\nAkmal Akramkhanov\n3 and\n"
            "Katharina Helming\n1,4\n1\nLeibniz Centre",
            None,
        ),
        ("Авторы:\n• Иванова А.Б.\n• Петров В.Г.\nАннотация", ["Иванова А.Б.", "Петров В.Г."]),
        ("Авторлар:\n1. Сейітов Н.Қ.\n2. Әлиева Г.Т.\nАңдатпа", ["Сейітов Н.Қ.", "Әлиева Г.Т."]),
    ],
)
def test_authors_listed_under_a_label_of_their_own(text: str, expected: list[str] | None) -> None:
    names, used = listed_authors(_lines(text))
    if expected is None:
        assert len(names) >= 3 and all(" " in name for name in names)
    else:
        assert names == expected
    assert used


def test_a_label_alone_over_a_title_names_nobody() -> None:
    assert listed_authors(_lines("Authors:\nKazakhstan and the SCO: a new stage of cooperation")) == ([], set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Заголовок\n10 Июля 2014 09:16 Автор: Аскар МУМИНОВ\nТекст", ["Аскар МУМИНОВ"]),
        ("Headline\nMarch 3, 2021 Author: John Smith\nText", ["John Smith"]),
        ("Тақырып\n12.03.2020 Авторлар: Айгүл Серікова, Нұрлан Әбдіров\nМәтін", ["Айгүл Серікова", "Нұрлан Әбдіров"]),
        ("top of page\nWriter's pictureAini Yeskhozhina\nTitle", ["Aini Yeskhozhina"]),
        ("Фото: Иван Петров / ТАСС\nТекст", []),
    ],
)
def test_a_label_after_a_date_on_one_line(text: str, expected: list[str]) -> None:
    assert labelled_after_date(_lines(text))[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ф.ғ.к. дипломатиялық аударма кафедрасының аға оқытушысы Мухаметкалиева Г.О.\n"
            "Ф.ғ.к. кафедра меңгерушісінің орынбасары Бақытов А.Т.\nТақырып",
            ["Мухаметкалиева Г.О.", "Бақытов А.Т."],
        ),
        ("к.п.н., доцент кафедры международных отношений Иванова А.Б.\nЗаголовок", ["Иванова А.Б."]),
        ("Senior lecturer of the Department of History Smith J.\nTitle", ["Smith J."]),
        ("Президент встретился с послом Ивановым А.Б.\nТекст", []),
    ],
)
def test_a_name_after_its_post(text: str, expected: list[str]) -> None:
    assert after_post(_lines(text))[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Бұл – болашақтың кепілі.\nҚабылхан Омаров,\nаудандық ардагерлер кеңесінің мүшесі", ["Қабылхан Омаров"]),
        ("Это важный шаг.\nИван Петров,\nполитолог", ["Иван Петров"]),
        ("This is a step forward.\nJohn Smith,\nsenior analyst at the institute", ["John Smith"]),
        ("Это важный шаг.\nКазахстан, Россия,\nи другие страны подписали его", []),
    ],
)
def test_a_signature_over_the_signers_post(text: str, expected: list[str]) -> None:
    names, above = signed_with_post(_lines(text))
    assert names == expected
    assert len(above) == (1 if expected else 3)


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("ABSTRACT (ENGLISH): The article contains an analysis.", "The article contains an analysis."),
        ("Аннотация (на русском языке): В статье рассмотрено …", "В статье рассмотрено …"),
        ("Özet", ""),
        ("Аңдатпа: Мақалада қарастырылады.", "Мақалада қарастырылады."),
    ],
)
def test_abstract_labels_with_their_language(line: str, rest: str) -> None:
    label = cues.ABSTRACT_LABEL_RE.match(line)
    assert label and label.group("rest") == rest


def test_an_unlabelled_abstract_stops_where_the_body_changes_language() -> None:
    lines = _lines(
        "The article is devoted to the question of the state border. Author con-\n"
        "siders the preconditions of the modern border on the base of the sources.\n"
        "2005 ж. 16 қарашада Мәжілістің жалпы отырысында келісім-шарттың заң жобасы қаралып бекітілді.\n"
        "Бүгінде бұл оқиға маңызды тарихи оқиғалардың біріне айналды."
    )
    body, end = collect_label(lines, 0, lines[0].text, len(lines), paragraph=True)
    assert body.endswith("on the base of the sources.")
    assert end == 2


def test_an_unlabelled_abstract_goes_on_into_the_next_languages_abstract() -> None:
    lines = _lines(
        "Статья посвящена изучению вопроса государственной границы. На основе материала\n"
        "авторы рассматривают предпосылки формирования современной границы.\n"
        "The article is devoted to study of the question of the state border."
    )
    _body, end = collect_label(lines, 0, lines[0].text, len(lines), paragraph=True)
    assert end == 3  # parted later by the abstracts' openings
