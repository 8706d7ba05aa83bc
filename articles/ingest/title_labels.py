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
