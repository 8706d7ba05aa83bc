"""Whole head lines read as one thing: a sentence (it ends with a full stop that ends no abbreviation), a person
and an office ("Ерлан Карин, государственный советник …"), a credit line (a byline with its outlet in quotes),
a title repeated by a citation line, and two titles in two languages."""

from __future__ import annotations

import re

from articles.ingest.bylines import names_in
from articles.ingest.language import detect_language
from articles.ingest.title_rules import fold_spacing, quoted_masthead

DATE_ABBREVIATION_END_RE = re.compile(r"\b(?:1[89]|20)\d{2}\s*(?:г|гг|ж|жж)\.$")
MIN_STACKED_LETTERS = 20
# A full stop that ends an abbreviation or an initial, not a sentence: "т.б.", "etc.", "Ш.Г.", "U.S.", "в.".
ABBREVIATION_END_RE = re.compile(
    r"(?:\b\w{1,2}\.(?:\w{1,2}\.)*|\b(?:etc|др|пр|т\.?д|т\.?п|т\.?б|вв?|гг?|жж?|Inc|Ltd|Co|No|vs|St)\.)$",
    re.IGNORECASE,
)
MIN_TITLE_PHRASES = 2  # a title in short phrases, each closed by a full stop
MAX_TITLE_PHRASE_WORDS = 4
# A person named, then his office after a comma: a photo's caption or an interview's deck, not a headline
# ("Yerzhan Ashikbayev, Kazakhstan's Deputy Minister of Foreign …", "Ерлан Карин, государственный советник …").
ROLE_RE = re.compile(
    r"\b(?:minister|ambassador|president|deputy|director|chairman|head|adviser|advisor|expert|professor|spokesman"
    r"|министр\w*|посол|послом|президент\w*|заместител\w+|директор\w*|председател\w+|советник\w*|эксперт\w*"
    r"|профессор\w*|елші\w*|төраға\w*|орынбасар\w*|кеңесші\w*|сарапшы\w*"
    # Posts of staff, scholars and students: "ТЖМ қызметкері", "студентка", "researcher", "руководитель".
    r"|қызметкер\w*|жетекші\w*|басшы\w*|сотрудни\w+|руководител\w+|референт\w*|студент\w*|аспирант\w*"
    r"|магистрант\w*|доцент\w*|аналитик\w*|политолог\w*|researcher|student|fellow|analyst|lecturer)\b",
    re.IGNORECASE,
)
# A person's age after the name: "25 жаста", "34 года", "aged 40", "40 years old": a caption or a vox pop's byline.
AGE_RE = re.compile(
    r"(?:^|,)\s*(?:\d{1,3}\s*(?:-?\s*жаста|жаста|лет|года?|years?\s+old|y\.\s*o\.)|aged\s+\d{1,3})\s*(?:,|$)",
    re.IGNORECASE,
)
MAX_NAME_WORDS = 3
QUOTED_WORDS_RE = re.compile(r":\s*[«\"“„]")  # "…, президент Казахстана: «Концентрация …»": the person's words
MIN_CREDIT_PARTS = 3
MIN_POST_PARTS = 2
MAX_POST_PART_WORDS = 6
MAX_FIRST_POST_WORDS = 4
POST_OPENING_WORDS = 2  # "Программный референт", "Senior Fellow": the post opens the line


def _one_person(name: str) -> bool:
    """A short text that is one person's full name and nothing more."""
    return len(name.split()) <= MAX_NAME_WORDS and names_in(name) == [name.strip()]


def person_and_office(text: str) -> bool:
    """One person's full name before the first comma and an office or an age after it; unless the person's words
    follow in quotes after a colon (a headline quoting them: "Касым-Жомарт ТОКАЕВ, президент Казахстана: «…»")."""
    name, _, office = text.partition(",")
    if not _one_person(name):
        return False
    return bool(ROLE_RE.search(office) or AGE_RE.search(office)) and not QUOTED_WORDS_RE.search(office)


def speaker_quote(text: str) -> bool:
    """A person's name, a colon and their words in quotes closing the line ("William Fierman: “The Soviet …
    think.”"): a headline quoting its speaker, whose full stop ends the quotation, not the line."""
    name, colon, words = text.strip().partition(":")
    return (
        bool(colon) and words.rstrip()[-1:] in '»"”’' and bool(QUOTED_WORDS_RE.match(f":{words}")) and _one_person(name)
    )


def post_line(text: str) -> bool:
    """An author's posts alone, parted by commas, each a few words opening on a post ("Программный референт
    РСМД, студентка ФМЭиМП НИУ ВШЭ", "Senior Fellow, Carnegie Endowment"): what stands under a byline."""
    parts = [part.split() for part in text.rstrip(" .").split(",")]
    return (
        len(parts) >= MIN_POST_PARTS
        and all(0 < len(part) <= MAX_POST_PART_WORDS for part in parts)
        and len(parts[0]) <= MAX_FIRST_POST_WORDS
        and bool(ROLE_RE.search(" ".join(parts[0][:POST_OPENING_WORDS])))
        and not text.rstrip().endswith(("?", "!"))
    )


def credit_line(text: str) -> bool:
    """A byline with its outlet: a person's name first, then, after commas, the outlet's name in quotes
    (and a date): "Ирина ГАЛКИНА, Лариса УВАЛИЕВА, "Караван", 28 июня"."""
    parts = [part.strip() for part in text.split(",")]
    return (
        len(parts) >= MIN_CREDIT_PARTS
        and names_in(parts[0]) == [parts[0]]
        and any(quoted_masthead(part) for part in parts[1:])
    )


def who_line(text: str) -> bool:
    """A line of commas saying who: a person and an office or an age (a caption: "Yerzhan Ashikbayev, Kazakhstan's
    Deputy Minister of Foreign", "…, 25 жаста, …"), an author's posts under the byline ("Программный референт РСМД,
    студентка …") or a byline with its outlet ("Ирина ГАЛКИНА, Лариса УВАЛИЕВА, "Караван", 28 июня")."""
    if "," not in text:
        return False
    role = bool(ROLE_RE.search(text))
    return bool(
        ((role or AGE_RE.search(text)) and person_and_office(text)) or (role and post_line(text)) or credit_line(text)
    )


def ends_with_full_stop(text: str) -> bool:
    """A line ending in a sentence's full stop (not an abbreviation's, an initial's or an ellipsis): a headline
    or a paper's title practically never ends so; a body sentence or a lead does ("Биыл … 30 жыл.")."""
    stripped = text.rstrip().rstrip("»\"')”’").rstrip()
    if not stripped.endswith(".") or stripped.endswith("..") or DATE_ABBREVIATION_END_RE.search(stripped):
        return False
    if ABBREVIATION_END_RE.search(stripped):
        return False
    # A title in short parts, each a phrase with no verb: "Международная безопасность. Проблема и реальность."
    parts = stripped.rstrip(".").split(". ")
    return len(parts) < MIN_TITLE_PHRASES or any(len(part.split()) > MAX_TITLE_PHRASE_WORDS for part in parts)


def languages_differ(text: str, other: str) -> bool:
    """Two titles in two languages (a site's name, "Qazaq Times", is too short to tell)."""
    if min(sum(map(str.isalpha, text)), sum(map(str.isalpha, other))) < MIN_STACKED_LETTERS:
        return False
    languages = detect_language(text), detect_language(other)
    return None not in languages and languages[0] != languages[1]


def same_title(candidate: str, cited: str) -> bool:
    """A candidate that is the cited title, perhaps with a site's name after it ("Title | Статья в журнале …")."""
    a, b = fold_spacing(candidate), fold_spacing(cited)
    return len(b) >= 10 and (a == b or a.startswith(b))
