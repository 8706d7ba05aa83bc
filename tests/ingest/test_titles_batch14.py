"""Titles, round 14: general shapes of web pages the title chooser misread. A credit line under a label ("Text/
photography: …", "Author: …, member of …") or closing a caption ("… / Фото: …"), a link to the page in another
language, a line cut after a Russian preposition, a note naming where a piece came out ("Статья в издании X
«…»", "In: Journal …") are no titles; a long title-cased title with its subtitle is no interviewer's question; a
headline is found over its date stamp under a site's notice, as one sentence over its byline, glued to its date
stamps on one line, at the end of the page's title line, and in a markup document's title element. Made-up
inputs first, then real texts of the development set."""

from __future__ import annotations

import pytest

from articles.ingest.layout import Line
from articles.ingest.title_choice import choose_title
from articles.ingest.title_evidence import glued_to_stamps, markup_title, over_date_stamp, sentence_over_byline
from articles.ingest.title_rules import not_a_title
from articles.ingest.title_shapes import caption_or_dateline
from articles.ingest.titles import is_furniture, is_title_like
from tests.fixtures import ROOT
from tests.ingest.rule_samples import one

DEVSET_TEXTS = ROOT / "fixtures" / "devset" / "texts"
RU_PROSE = (
    "Депутаты Мажилиса одобрили в первом чтении законопроект о государственном языке, который расширяет "
    "требования к вывескам и документам, а также вводит новые сроки перехода для организаций."
)
EN_PROSE = (
    "The government announced on Monday that it will change the rules of its pension system again, the third "
    "reform in ten years, raising the age of retirement and the share of private funds."
)


def _lines(texts: list[str]) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=1)]


def _devset(name: str) -> str:
    return (DEVSET_TEXTS / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "line",
    [
        "Text/photography: Dana Oparina",
        "Author: John Smith, member of the Advisory Council",
        "Текст и фото: Анна Петрова",
        "Суреттер: Айгүл Сейітқызы",
        "Почетный корреспондент газеты Анна Ким из",  # cut after a preposition
        "Статья в журнале Foreign Affairs «The New Central Asia»",  # a note on where it came out
        "In: Journal of Eurasian Studies",
    ],
)
def test_credits_notes_and_cut_phrases_are_no_titles(line: str) -> None:
    assert not_a_title(line)
    assert not is_title_like(line)


@pytest.mark.parametrize(
    "line",
    [
        "Фото: как изменилась столица за двадцать лет",  # a rubric over a headline, not a credit
        "After a quarter-century, Kazakhstan’s foreign service has much to be proud of",  # English ends so
        "Китай и Казахстан построят новый пояс — глава МИД КНР Ван И",  # an initial, not a preposition
        "Парламент принял закон о государственном языке",
    ],
)
def test_headlines_like_them_stay_titles(line: str) -> None:
    assert not not_a_title(line)


def test_a_caption_with_its_credit_after_a_slash_is_no_title() -> None:
    assert caption_or_dateline("Студенты в Сеуле. / Фото: Пресс-служба")
    assert caption_or_dateline("Students in Seoul | Photo: Press service")
    assert not caption_or_dateline("Студенты в Сеуле")


@pytest.mark.parametrize("line", ["Читать на русском", "Read in English", "Қазақша оқу", "Читайте на казахском"])
def test_a_link_to_the_page_in_another_language_is_furniture(line: str) -> None:
    assert is_furniture(line)


def test_a_long_title_cased_title_with_a_subtitle_is_no_interviewers_question() -> None:
    title = (
        "The Treaty on the Status of the Aral Sea Basin: The Last Word or an Interim Arrangement for the Water "
        "Question?"
    )
    question = (
        "And what do you think the government should do first when the water of the rivers runs out in the "
        "summer months and the farmers ask for help?"
    )
    assert len(title.split()) > 20 and is_title_like(title)
    assert not is_title_like(question)


def test_a_headline_over_its_date_stamp_under_a_sites_notice_is_the_title() -> None:
    notice = (
        "Уважаемые читатели! Сетевое издание перерегистрировано в Комитете информации, и теперь все материалы "
        "сайта доступны по новому адресу; просим обновить закладки и подписки."
    )
    text = "\n\n".join([notice, "Мажилис одобрил законопроект о государственном языке", "12 марта 2024, 10:15"])
    record = one(f"{text}\n\n{RU_PROSE}\n\n{RU_PROSE}")
    assert record.title == "Мажилис одобрил законопроект о государственном языке"
    lines = _lines(["Заголовок новости дня", "", "12.03.2024", "", RU_PROSE])
    assert over_date_stamp(lines, 0)
    assert not over_date_stamp(_lines(["Заголовок новости дня", "", "Ещё одна строка", "", RU_PROSE]), 0)


def test_a_one_sentence_headline_over_its_authors_label_is_the_title() -> None:
    headline = "The pension reform is like a bridge that everyone wants but nobody wants to pay for."
    assert sentence_over_byline(headline, "Author: John Smith, senior fellow") == headline[:-1]
    assert sentence_over_byline(headline, "The government said on Monday that it would wait.") is None
    lead = "The reform passed. It was the third in ten years."
    assert sentence_over_byline(lead, "Author: John Smith") is None  # two sentences: a lead
    record = one(f"{headline}\nAuthor: John Smith, senior fellow of the Institute\n{EN_PROSE}\n{EN_PROSE}")
    assert record.title == headline[:-1]


def test_a_headline_glued_to_its_date_stamps_is_taken_alone() -> None:
    glued = "Казахстан присоединился к новой торговой инициативе 2.10.2025, 9:28"
    assert glued_to_stamps(glued, True, False) == ("Казахстан присоединился к новой торговой инициативе", False)
    assert glued_to_stamps("date 2025-10-02 Парламент принял закон о государственном языке", True, False) == (
        "Парламент принял закон о государственном языке",
        False,
    )
    worded = "Саммит ШОС пройдет в Астане 4 июля 2024"  # a date in words may be the headline's own
    assert glued_to_stamps(worded, True, False) == (worded, True)
    assert glued_to_stamps(glued, True, True) == (glued, True)  # a headline is found already


def test_a_candidate_ending_the_pages_title_line_beats_a_rubric_over_the_byline() -> None:
    texts = [
        "Айгүл Сейітқызы Қазақстанның сыртқы саясатындағы мәдени дипломатия",
        "",
        "ӘЛЕУМЕТТІК-САЯСИ ПРОЦЕСТЕР",
        "",
        "Айгүл СЕЙІТҚЫЗЫ,",
        "",
        "Қазақстанның сыртқы саясатындағы мәдени дипломатия",
        "",
        "Мақалада Қазақстанның мәдени дипломатиясының негізгі бағыттары мен тетіктері, оның халықаралық "
        "беделді нығайтудағы рөлі және алдағы міндеттері жан-жақты талданады.",
    ]
    candidates = [(0, texts[0]), (2, texts[2]), (6, texts[6])]
    assert choose_title(candidates, _lines(texts), None, {}) == (6, texts[6])


def test_a_markup_documents_title_element_is_its_title() -> None:
    jats = ['<?xml version="1.0"?><article>', "<article-title>China&#x2019;s Road &amp; Its Impact</article-title>"]
    assert markup_title(jats[0], jats) == "China’s Road & Its Impact"
    page = ["<!DOCTYPE html>", "<html><head><title>Pension reform <b>again</b></title></head>"]
    assert markup_title(page[0], page) == "Pension reform again"
    assert markup_title("<< Список номеров", ["<< Список номеров"]) is None  # no markup: a link's arrows


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("kk-news-114.txt", "Қазақстанның жоғары оқу орындарына Ресей мен Украинадан қанша студент ауысып келді"),
        ("ru-news-89.txt", "Казахстан присоединился к «торговой блокаде» России"),
        (
            "en-journal-90.txt",
            "The Taliban is like “burning pants” that cannot be taken off but are very uncomfortable",
        ),
        ("en-journal-94.txt", "China’s BRI in Central Asia & Its Impact: An Appraisal of the 10 Years"),
        ("kk-journal-56.txt", "«Рухани жаңғыру» бағдарламасы Қазақстан сыртқы саясатының мәнмәтінінде"),
        (
            "ru-journal-78.txt",
            "Цифровой подъем Казахстана открывает новые возможности для сотрудничества между США и Центральной Азией",
        ),
    ],
)
def test_real_headlines_placed_so_are_found(name: str, title: str) -> None:
    assert one(_devset(name)).title == title


def test_a_real_long_title_with_a_subtitle_is_found() -> None:
    assert one(_devset("en-journal-91.txt")).title == (
        "The Convention on the Legal Status of the Caspian Sea: The Final Answer or an Interim Solution to the "
        "Caspian Question?"
    )


@pytest.mark.parametrize("name", ["en-interview-63.txt", "ru-interview-65.txt"])
def test_real_untitled_interviews_get_no_credit_or_caption_as_title(name: str) -> None:
    assert one(_devset(name)).title is None
