"""Labels printed around a title that are no part of it: a topic label before it ("Тақырып. …", "Тема: …",
"Title: …"), a series number ("No.394 …"), a genre label after it ("… INTERVIEW", "… - ИНТЕРВЬЮ")."""

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
# A genre label in capitals appended to a mixed-case headline: "… between Azerbaijan and Kazakhstan INTERVIEW".
GENRE_SUFFIX_RE = re.compile(
    r"\s*(?:[-–—|:]\s*)?(?:INTERVIEW|EXCLUSIVE|ИНТЕРВЬЮ|ЭКСКЛЮЗИВ|СҰХБАТ|OPINION|ANALYSIS|VIDEO|ВИДЕО|PHOTO|ФОТО)\s*$"
)


def without_title_label(text: str) -> str:
    """The title a label or a series number stands before, or the line as it is."""
    label = TITLE_LABEL_RE.match(text)
    if label:
        return label.group("title").strip()
    return SERIES_NUMBER_RE.sub("", text, count=1)


def without_genre_label(text: str) -> str:
    """A headline without the genre label in capitals appended to it (a capitals headline keeps its words)."""
    match = GENRE_SUFFIX_RE.search(text)
    if not match or not match.start():
        return text
    head = text[: match.start()]
    return head if not head.isupper() and len(head.split()) >= 3 else text
