"""Shapes of head lines that are no title: a navigation menu's items, one under another, a row of a page's tags,
and a breadcrumb with the rubric it names."""

from __future__ import annotations

import re

from articles.ingest import cues
from articles.ingest.bylines import names_in
from articles.ingest.dates import MONTH_NUMBERS
from articles.ingest.layout import HEAD_LINES, Line, nonblank_text
from articles.ingest.title_rules import JOINING_WORDS, fold_spacing

MAX_MENU_ITEM_CHARS = 50
MAX_MENU_ITEM_WORDS = 5
MIN_MENU_ITEMS = 5  # a menu lists this many items at least, one under another
MIN_TAG_LIST_WORDS = 8
TAG_LIST_CAPITALISED = 0.6  # a Cyrillic headline capitalises its names only; a row of tags capitalises most words
# The joining words no row of tags holds (but "and", which joins a topic's words: "Наука и образование").
TAG_FREE_WORDS = frozenset(JOINING_WORDS) - {"and", "и", "және"}
MENU_BULLET_RE = re.compile(r"^\s*[•·▪◦*]\s+")  # "  • Актау": a list's item, its bullet aside


def tag_list(words: list[str]) -> bool:
    """Names and topics in a row with no punctuation, most of them capitalised, in a script that capitalises
    only names (Cyrillic): a page's tags, not a headline (an English headline may capitalise every word)."""
    if len(words) < MIN_TAG_LIST_WORDS or not all(word.replace("-", "").isalpha() for word in words):
        return False
    if any(word.casefold() in TAG_FREE_WORDS for word in words):
        return False  # a phrase's preposition ("Интервью с почетным консулом …"): tags are names and topics
    if not all(re.match(r"[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]", word) for word in words):
        return False
    capitalised = sum(word[0].isupper() and not word.isupper() for word in words)  # "Россия", not "ҰЛЫ"
    return capitalised >= TAG_LIST_CAPITALISED * len(words)


def _menu_item(text: str) -> bool:
    """A navigation menu's item: a few capitalised words, no digits, no sentence ("Информация о журнале")."""
    stripped = MENU_BULLET_RE.sub("", text).strip()  # a menu printed as a bulleted list ("• Актау", "• Алматы")
    return (
        0 < len(stripped) <= MAX_MENU_ITEM_CHARS
        and len(stripped.split()) <= MAX_MENU_ITEM_WORDS
        and stripped[0].isupper()
        and not stripped.isupper()
        and not re.search(r"\d\s*\D+\s*\d|\d{5}|^\d|[.!?:;,]$", stripped)  # a year may name a programme
    )


def menu_lines(lines: list[Line]) -> set[int]:
    """Indexes of the lines of navigation menus: runs of menu items, one under another (blank lines between)."""
    menu: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, Line(0, "-")]):
        if _menu_item(line.text):
            run.append(index)
            continue
        if not line.text.strip():
            continue
        # A menu lists different items; a headline printed again and again among a few links is no menu.
        if len(run) >= MIN_MENU_ITEMS and len({fold_spacing(lines[i].text) for i in run}) >= MIN_MENU_ITEMS:
            menu.update(run)
        run = []
    return menu


# A breadcrumb from the site's home page, its parts parted by bars, slashes or chevrons: "Басты бет | Қытай
# қазақтары", "Главная | ПОЛИТИКА | Министр …", "Home / News".
HOME_CRUMB_RE = re.compile(rf"^\s*{cues.HOME_PAGE}\s*[|/»›>]\s*\S", re.IGNORECASE)
CRUMB_SEPARATOR_RE = re.compile(r"\s*[|/»›>]\s*")
MAX_RUBRIC_WORDS = 3
SECTION_CRUMB_PARTS = 2  # the home page and one section


def below_breadcrumb(candidates: list[tuple[int, str]], lines: list[Line]) -> tuple[list[tuple[int, str]], set[int]]:
    """The candidates a page's breadcrumb leaves, and those of them it makes doubtful. The crumb itself is
    navigation, and a line repeating the one section of a crumb ("Басты бет | Қытай қазақтары" / "Қытай
    қазақтары") heads the rubric, not the item: both go. What stands above the crumb is often the site's header
    (its name, a news ticker's heading), but many sites print the crumb under the headline, so it is only
    doubted (unless the crumb ends on it: the item's own title, "Главная » Рефераттар » …"). On a rubric's page
    (the crumb's section printed again under it) the lines above are its header: none is left doubted alone."""
    crumb = next((i for i, line in enumerate(lines[:HEAD_LINES]) if HOME_CRUMB_RE.match(line.text)), None)
    if crumb is None:
        return candidates, set()
    parts = CRUMB_SEPARATOR_RE.split(lines[crumb].text.strip())
    last = fold_spacing(parts[-1])
    section = len(parts) == SECTION_CRUMB_PARTS and len(last.split()) <= MAX_RUBRIC_WORDS
    kept: list[tuple[int, str]] = []
    doubted: set[int] = set()
    rubric = False
    for index, text in candidates:
        named = fold_spacing(text) == last
        if index > crumb:
            if section and named:
                rubric = True
            else:
                kept.append((index, text))
        elif index < crumb:
            kept.append((index, text))
            if not named or section:
                doubted.add(index)
    if rubric and all(index in doubted for index, _ in kept):
        return [], set()  # a rubric's page under the site's header: no item's headline on it
    return kept, doubted


# A caption's credit closing it: "Тоқаев пен Шавкат Мирзиеев. Фото: Ақорда", "… , photo: Reuters": a picture's
# caption and its source, printed between a headline and its lead; a headline credits no photographer.
CAPTION_CREDIT_RE = re.compile(
    r"[.,;]\s*(?:Фото|Photo|Сурет|Фотосурет|Фотография|Источник\s+фото|Photo\s+credit)\s*:\s*\S[^.!?]{0,60}$",
    re.IGNORECASE,
)
# A news agency's dateline on its own line: a place (a city, its country), then a day without its year
# ("Ashgabat, Turkmenistan, Jan. 16", "Астана, 16 января", "Алматы. 5 қаңтар"): where and when, not what.
_PLACE = rf"[{cues.UPPER}][{cues.LETTER}'’-]+(?:\s[{cues.UPPER}][{cues.LETTER}'’-]+)?"
DATELINE_RE = re.compile(rf"^\s*{_PLACE}(?:,\s*{_PLACE}){{0,2}}[,.]\s*(?P<first>\S+)\s+(?P<second>\S+?)\s*$")
# A PDF's running head: a page number beside the periodical's name ("3 Asia-Pacific Population Journal",
# "Central Asian Journal 17"), repeated on every page.
RUNNING_HEAD_RE = re.compile(
    r"^\s*(?:\d{1,4}\s+(?P<after>\S.{0,80}?)|(?P<before>\S.{0,80}?)\s+\d{1,4})\s*$",
)
PERIODICAL_END_RE = re.compile(
    r"(?:\b(?:Journal|Review|Bulletin|Quarterly|Magazine|Herald|Proceedings)|Вестник|Хабаршысы|Жаршысы|Известия"
    r"|[Жж]урналы?)\s*$"
)
MAX_RUNNING_HEAD_WORDS = 8


def dateline(text: str) -> bool:
    """A place and a day on a line of their own, the day in either order ("Jan. 16", "16 января")."""
    match = DATELINE_RE.match(text) if text.rstrip()[-1:].isalnum() else None
    if not match:
        return False
    first, second = match.group("first"), match.group("second")
    return (first in MONTH_NUMBERS and second.isdecimal() and len(second) <= 2) or (
        first.isdecimal() and len(first) <= 2 and second in MONTH_NUMBERS
    )


def running_head(text: str) -> bool:
    """A page number beside a periodical's name, the PDF's running head."""
    if not text.strip()[:1].isdecimal() and not text.rstrip()[-1:].isdecimal():
        return False
    match = RUNNING_HEAD_RE.match(text)
    name = (match.group("after") or match.group("before")) if match else ""
    return bool(name) and len(name.split()) <= MAX_RUNNING_HEAD_WORDS and bool(PERIODICAL_END_RE.search(name))


def caption_or_dateline(text: str) -> bool:
    """A photo's caption with its credit, an agency's dateline, or a PDF's running head: never a title."""
    stripped = text.strip()
    return bool(CAPTION_CREDIT_RE.search(stripped)) or dateline(stripped) or running_head(stripped)


# A line standing for a cut: an ellipsis alone ("...", "…", "[…]"), where a teaser's sentence broke off.
ELLIPSIS_LINE_RE = re.compile(r"^\s*[(\[]?\s*(?:\.{3,}|…)\s*[)\]]?\s*$")
MAX_AFFILIATION_WORDS = 8
MAX_TAIL_WORDS = 6  # the words a line break cut off a title (titles.MAX_TITLE_TAIL_WORDS)
SENTENCE_MARK_RE = re.compile(r"[.!?…]\s+\S")
# A speaker's name in capitals opening the answer to an interviewer's question ("ALMAGUL KANAGATOVA Competition is
# tough …", "ИВАН ПЕТРОВ Конкуренция …"): a transcript's turn.
SPEAKER_OPENING_RE = re.compile(rf"^(?:[{cues.UPPER}][{cues.UPPER}'’.-]+\s+){{2,3}}[{cues.UPPER}][{cues.LOWER}]")


# A question's opening word, in kk/ru/en: a heading opening so with no question mark is a search's query.
QUESTION_OPENING_RE = re.compile(
    r"^(?:Какие|Какой|Какая|Каких|Как|Что|Почему|Зачем|Где|Когда|Кто|Сколько|Қандай|Неге|Қалай|Қашан|Қайда|Кім"
    r"|What|How|Why|Which|Where|When|Who)\s"
)
MIN_NAME_STEM_CHARS = 5
MIN_NAME_MENTIONS = 2
PAGE_LINES = 400  # the page's top, where its words are counted


def lowered_name(lines: list[Line], index: int, text: str) -> bool:
    """A word of the line in lower case that the page prints elsewhere only capitalised, mid-sentence too (a
    name: "… гарантии казахстану …" over "… Казахстана …"): the line was made from a search query or a web
    address, where every word is in lower case, not printed as the page's headline."""
    others = " ".join(line.text for i, line in enumerate(lines[:PAGE_LINES]) if i != index)
    for word in text.split()[1:]:
        word = word.strip("«»\"“”'(),.:;!?")
        if not word.isalpha() or not word.islower() or len(word) <= MIN_NAME_STEM_CHARS:
            continue
        stem = word[:-1]  # "казахстану", "Казахстана": one name, its case ending aside
        found = re.findall(rf"(\S*)\s+({re.escape(stem)}\w*)", others, re.IGNORECASE)
        if len(found) < MIN_NAME_MENTIONS or any(w[:1].islower() for _, w in found):
            continue
        if any(before[-1:].isalpha() and before[-1:].islower() for before, _ in found):  # mid-sentence
            return True
    return False


def placed_as_no_title(lines: list[Line], index: int, text: str) -> str | None:
    """Why a title-like line is no title where it stands (its neighbours tell), or None. A teaser's sentence
    cut off over an ellipsis line ("… будут вести государственные компани" / "..."); the first line of a
    sentence going on in lower case after a blank line, in a double-spaced PDF ("Ресей де қазір халық саны 160
    миллионды" / "" / "құрайды, яғни бізді он орап алады. Бірақ"); an institution's name right under a person's
    name ("Almagul Kanagatova" / "Almaty Management University (AlmaU)"), the person's affiliation."""
    stripped = text.strip()
    after = nonblank_text(lines, index, 1)
    if ELLIPSIS_LINE_RE.match(after):
        return "cut teaser"  # a headline is printed whole; a lead's sentence is what a teaser cuts
    first = after.split()[0] if after else ""
    # A sentence goes on: the next line opens with a word in lower case and is itself running prose (a long
    # line, or one with a sentence's end inside it), not a title's short end ("… Geopolitical" / "in Central Asia").
    if (
        first[:1].islower()
        and first.rstrip(",;:.!?").isalpha()
        and not stripped.isupper()  # a heading in capitals over a page cut mid-sentence is no sentence's part
        and not stripped.endswith((".", "!", "?", "…", ":"))
        and (len(after.split()) > MAX_TAIL_WORDS or SENTENCE_MARK_RE.search(after))
    ):
        return "sentence going on"
    if QUESTION_OPENING_RE.match(stripped) and not stripped.endswith("?") and lowered_name(lines, index, stripped):
        return "search question"  # a Q&A site's question made into its heading, not the text's title
    if stripped.endswith("?") and SPEAKER_OPENING_RE.match(after):
        return "question answered by a speaker"  # an interviewer's question, its answer under it
    before = nonblank_text(lines, index, -1)
    if (
        cues.INSTITUTION_RE.search(stripped)
        and len(stripped.split()) <= MAX_AFFILIATION_WORDS
        and before
        and names_in(before) == [before]
    ):
        return "affiliation under a name"
    return None
