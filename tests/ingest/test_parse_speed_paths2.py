"""The patterns rewritten for speed find what they found before: a numbered reference's bracket after the mark
looked behind for, a volume's label after no letter, a title-like line's tests in their new order, a document's
line searched in parts, and the lists of cue words led by their first letters (word_cues)."""

from __future__ import annotations

import re
import sys

import pytest

from articles.ingest.date_fallback import _issue_year
from articles.ingest.fields import INLINE_VOLUME_ISSUE_RE
from articles.ingest.kind_analysis import PROSE_AIM_RE, SCHOLAR_POST_RE, cites_sources
from articles.ingest.kind_register import word_cues
from articles.ingest.kinds import DOCUMENT_RE, is_document_line
from articles.ingest.titles import is_title_like


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Совет был создан в 1936 г.[1]. Далее", True),  # glued to the fact it sources
        ("«Слова автора» [2], – деп жазады", True),  # after a quotation, one space before it
        ("«Слова автора»[3].", True),
        ("… bypassing Russia [1].", False),  # a digest's link, spaced after a word
        ("Он пишет [12, с. 45] об этом", True),
        ("(Abikeeva 2006: 195)", True),
        ("(Table 1)", True),
        ("No reference here [a].", False),
    ],
)
def test_bracketed_references(text: str, cited: bool) -> None:
    assert cites_sources(text) is cited


@pytest.mark.parametrize(
    ("text", "volume", "issue"),
    [
        ("Vol. 3, No. 4", "3", "4"),
        ("Journal, Volume 6 (16) issue 4", "6 (16)", "4"),
        ("Вестник. Том 5, № 2", "5", "2"),
        ("Известия, т. 12 вып. 3", "12", "3"),
    ],
)
def test_volume_label_after_no_letter(text: str, volume: str, issue: str) -> None:
    found = INLINE_VOLUME_ISSUE_RE.search(text)
    assert found is not None
    assert (found.group("volume"), found.group("issue")) == (volume, issue)


@pytest.mark.parametrize("text", ["Interval 3 no 4", "Протом 5 № 2", "xvol 3 no 4"])
def test_volume_label_inside_a_word(text: str) -> None:
    assert INLINE_VOLUME_ISSUE_RE.search(text) is None


@pytest.mark.parametrize(
    ("text", "title_like"),
    [
        ("Kazakhstan and the Future of Eurasian Security", True),
        ("Keywords:", False),  # a label
        ("the lower-case opening of a sentence", False),
        ("Введение", False),  # one word
        ("Это предложение из девяти слов и оно кончается точкой.", False),  # a sentence
    ],
)
def test_title_like_in_new_order(text: str, title_like: bool) -> None:
    assert is_title_like(text) is title_like


ALTERNATION = (
    r"however|said|says|in\s+particular|it\s+is\s+important|in\s+other\s+words|сказал\w*|вчера|однако|тілші\w*"
    r"|пресс-служб\w+|сообщили|болып\s+табыла\w+|атап\s+айтқанда|атап\s+өтті"
)


def _plain(alternation: str, word: str = r"\w") -> re.Pattern[str]:
    return re.compile(rf"(?<!{word})(?:{alternation})(?!\w)", re.IGNORECASE)


@pytest.mark.parametrize(
    "text",
    [
        "However, SAID he; said_ x-said -said 1said ſaid Said",
        "İn particular ıt ıs ımportant; in  other\twords",
        "ᲃказал ᲀчера ᲂднако ТІЛШІ тілшілер",
        "пресс-службы сообщили, что вчера было сказано",
        "болып табылады, атап айтқанда, атап өтті",
    ],
)
def test_word_cues_match_as_the_plain_alternation(text: str) -> None:
    fast, plain = word_cues(ALTERNATION), _plain(ALTERNATION)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_word_cues_open_with_every_character_of_their_first_letters() -> None:
    """The class the patterns open with holds every character that matches one of the letters their words open
    with, case-insensitively (all of Unicode is tried): a search skips no place a word could start."""
    for pattern in (PROSE_AIM_RE, word_cues(ALTERNATION)):
        opening = re.match(r"\(\?-i:\[([^\]]*)\]\)", pattern.pattern)
        assert opening is not None
        letters = re.compile("[" + "".join(sorted(set(re.findall(r"\(\?<=(.)\)", pattern.pattern)))) + "]", re.I)
        matching = {chr(code) for code in range(sys.maxunicode + 1) if letters.fullmatch(chr(code))}
        assert set(opening.group(1)) == matching


def test_word_cues_refuse_what_they_cannot_lead() -> None:
    with pytest.raises(ValueError):
        word_cues(r"(?:a|b)c")
    with pytest.raises(ValueError):
        word_cues(r"a?bc")


@pytest.mark.parametrize(
    "text",
    ["Transcript", "  Page 1: Introduction", "Скачиваний: 12", "ISBN: 978-1-138-60749-1 (hbk)", "PDF 120 KB",
     "Transcript of the briefing", "The ISBN of the book was not given", "ISBN 12345", "12.03.2020"],
)  # fmt: skip
def test_document_line_in_parts(text: str) -> None:
    assert is_document_line(text) is (DOCUMENT_RE.search(text) is not None)


@pytest.mark.parametrize(
    ("text", "aim"),
    [
        ("Біз бұл мақалада жайлы қарастыруды мақсат тұттық.", True),
        ("Мы ставим перед собой задачу рассмотреть …", True),
        ("OUR AIM IN THIS PAPER IS TO show", True),
        ("Hour aim in this paper is to", False),
        ("Our goal is to increase bilateral trade", False),
    ],
)
def test_prose_aim(text: str, aim: bool) -> None:
    assert (PROSE_AIM_RE.search(text) is not None) is aim


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("KinoKultura: Issue 27 (2010)", 2010),
        ("Вестник КазНУ. Том 5, № 2 (2018)  ", 2018),
        ("Известия, 2020, T. 152, № 2, стр. 3-16", 2020),
        ("Acta Slavica Iaponica, Tomus 27 (2009), pp. 77‒101.", 2009),
        ("Vol. 12, No. 3 (2019) online", None),
        ("Известия, 2020, T. 152, № 2", None),
    ],
)
def test_issue_year_closing_its_line(text: str, year: int | None) -> None:
    found = _issue_year(text)
    assert (found.date.year if found else None) == year


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Надежда Тынникова, лаборант Евразийского сектора", True),
        ("By Ariel Cohen, author, and Senior Fellow at Atlantic Council", True),
        ("2024, лаборант", False),  # no name before the comma
        (", research fellow", False),
    ],
)
def test_scholar_post_after_a_name(text: str, post: bool) -> None:
    assert (SCHOLAR_POST_RE.search(text) is not None) is post
