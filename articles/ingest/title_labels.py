"""Labels printed around a title that are no part of it: a topic label before it ("Тақырып. …", "Тема: …",
"Title: …"), a series number ("No.394 …"), a lecture's number ("Лекция 8 …"), a blog's genre label ("… Blog
Post: …"), a list's bullet ("• …"), a genre label after it ("… INTERVIEW", "… - ИНТЕРВЬЮ")."""

from __future__ import annotations

import re

from articles.ingest import cues

# A label naming what follows as the work's topic or title, closed by a colon or a full stop.
TITLE_LABEL_RE = re.compile(
    r"^\s*(?:Тақырып|Тақырыбы|Тема(?:\s+(?:работы|статьи|доклада))?|Title|Topic|Article\s+title|Название(?:\s+статьи)?"
    r"|Мақаланың\s+тақырыбы|Жұмыстың\s+тақырыбы)\s*[:.]\s+(?P<title>\S.*)$",
    re.IGNORECASE,
)
# A paper series' number glued before the title: "No.394 A Note on …", "№ 12 Внешняя политика …".
SERIES_NUMBER_RE = re.compile(rf"^\s*(?:No\.|№)\s*\d{{1,5}}\s+(?=[«\"“{cues.UPPER}])")
# The number of a lecture or a lesson in a course glued before its topic: "Лекция 8 Роль МПЦС …", "Lecture 3. …",
# "Дәріс 5 …": the course's numbering, not the topic's words.
COURSE_UNIT_RE = re.compile(
    rf"^\s*(?:Лекция|Lecture|Дәріс|Семинар|Seminar|Сабақ|Урок|Lesson)\s*№?\s*\d{{1,3}}\s*[.:]?\s+(?=[«\"“{cues.UPPER}])",
    re.IGNORECASE,
)
# A genre label a blog or a series puts before its posts' titles: "SEnECa Blog Post: …", "Op-ed: …",
# "Policy Brief: …", "Комментарий: …" (a word or two of the series' name before it at most).
GENRE_PREFIX_RE = re.compile(
    r"^\s*(?:\S+\s+){0,2}(?:Blog\s+Post|Op-?Ed|Policy\s+Brief|Commentary|Комментарий|Колонка|Блог)\s*:\s+(?=\S)",
    re.IGNORECASE,
)
# A headline printed as a list's item, behind a bullet or a mark ("• Қазақстан мен Қытай …", ":: КУЛЬТУРНЫЙ …").
BULLET_RE = re.compile(r"^\s*(?:[•▪◦■►▶]\s+|::\s*)(?=[«\"“\d" + cues.UPPER + "])")
# A genre label in capitals appended to a mixed-case headline: "… between Azerbaijan and Kazakhstan INTERVIEW".
GENRE_SUFFIXES = (
    "INTERVIEW",
    "EXCLUSIVE",
    "ИНТЕРВЬЮ",
    "ЭКСКЛЮЗИВ",
    "СҰХБАТ",
    "OPINION",
    "ANALYSIS",
    "VIDEO",
    "ВИДЕО",
    "PHOTO",
    "ФОТО",
)
GENRE_SUFFIX_RE = re.compile(rf"\s*(?:[-–—|:]\s*)?(?:{'|'.join(GENRE_SUFFIXES)})\s*$")


def without_title_label(text: str) -> str:
    """The title a label or a series number stands before, or the line as it is."""
    label = TITLE_LABEL_RE.match(text)
    if label:
        return label.group("title").strip()
    for prefix in (BULLET_RE, COURSE_UNIT_RE, GENRE_PREFIX_RE):
        text = prefix.sub("", text, count=1)
    return SERIES_NUMBER_RE.sub("", text, count=1)


def without_genre_label(text: str) -> str:
    """A headline without the genre label in capitals appended to it (a capitals headline keeps its words)."""
    # The search tries every place in the line; a line not ending in a label (nearly all) needs none.
    match = GENRE_SUFFIX_RE.search(text) if text.rstrip().endswith(GENRE_SUFFIXES) else None
    if not match or not match.start():
        return text
    head = text[: match.start()]
    return head if not head.isupper() and len(head.split()) >= 3 else text


# Short labels a page chains before a title, each closed by a full stop: "Ашық сабақ. Тарих. «Алаш» …" (the
# kind of the material, then its subject). Two such labels at least: one short sentence before a longer one is
# a headline and its subtitle ("Ядерная безопасность. Проблема и реальность.").
# A label is a word or two, the second in lower case (not initials, not a person's name: "Фархад Касенов. …").
LABEL_PATH_RE = re.compile(
    rf"^\s*(?:[{cues.UPPER}][{cues.LOWER}-]{{2,}}(?:\s[{cues.LOWER}-]+)?\.\s+){{2,}}(?=[«\"“{cues.UPPER}])"
)
MIN_TITLE_AFTER_LABELS_WORDS = 3
# A page's buttons the text extraction glued after the headline: "… PDF Печать E-mail", "… Бөлісіңіз",
# "… Print Email". A share button alone is enough; "PDF" or "Print" alone may end a title's words.
_BUTTON = r"(?:PDF|Печать|Print|E-?mail|Бөлісіңіз|Бөлісу|Поделиться|Share)"
BUTTONS_SUFFIX_RE = re.compile(rf"(?:\s+{_BUTTON}){{2,}}\s*$|\s+(?:Бөлісіңіз|Бөлісу|Поделиться)\s*$")
MIN_BUTTONED_WORDS = 2


def without_label_path(text: str) -> str:
    """A title without the chain of short labels before it; the line as it is when no title follows them."""
    match = LABEL_PATH_RE.match(text) if ". " in text else None
    if not match or len(text[match.end() :].split()) < MIN_TITLE_AFTER_LABELS_WORDS:
        return text
    return text[match.end() :]


def without_buttons(text: str) -> str:
    """A line without the page's buttons glued after it (a line of only buttons is kept, it is furniture)."""
    match = BUTTONS_SUFFIX_RE.search(text) if text.rstrip()[-1:].isalpha() else None
    if not match or len(text[: match.start()].split()) < MIN_BUTTONED_WORDS:
        return text
    return text[: match.start()].rstrip()


# Pictographs a channel's post puts before its headline: flags, bullets, signs ("🇰🇿🇨🇳Товарооборот …", "⚡️ …").
LEADING_PICTOGRAPHS_RE = re.compile(r"^\s*[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+\s*(?=\S)")
# A headline in capitals closed by a full stop ("УКРАИНА НА ВОЙНЕ: ВЗГЛЯД ВОЛОНТЕРА ИЗ СЕМЕЯ."): capitals print no
# sentence, the stop is the page's, not the title's (an ellipsis or an abbreviation's stop stays: "…?..").
CAPITALS_STOP_RE = re.compile(r"[^\W\d_]{4}[»\"”)]?\.$")  # a word's stop, not an abbreviation's ("XIX ВВ.")
MIN_CAPITALS_STOP_WORDS = 3


def without_pictographs(text: str) -> str:
    """A headline without the pictographs before it."""
    return LEADING_PICTOGRAPHS_RE.sub("", text, count=1) if text.lstrip()[:1] > "\u2000" else text


def without_capitals_stop(text: str) -> str:
    """A headline in capitals without the full stop after it."""
    stripped = text.rstrip()
    if not stripped.endswith(".") or stripped.endswith("..") or not stripped.isupper():
        return text
    if len(stripped.split()) < MIN_CAPITALS_STOP_WORDS or not CAPITALS_STOP_RE.search(stripped):
        return text
    return stripped[:-1]


def without_labels(text: str) -> str:
    """A headline without every label, mark and stop printed around it that is no part of it."""
    return without_capitals_stop(
        without_pictographs(without_label_path(without_genre_label(without_title_label(text))))
    )
