"""Bylines in shapes the head's line-by-line reading leaves unread (asked only when it found no author):

* a "By" or "Автор:" label with the names in capitals or surname first ("BY ELENA KOSOLAPOVA", "by OKA Natsuko");
* a signature of names each followed by a post ("_ Надежда Тынникова, лаборант …; Юрий Кофнер, заведующий …");
* a journal page's author block: a name alone over its affiliation, with an e-mail or the abstract under it;
* a journal page's name alone over the article's title, the abstract below.

Each reader returns the names and the indexes of the lines they stand on, or ``([], set())``.
"""

from __future__ import annotations

import re

from articles.ingest import cues
from articles.ingest.affiliations import states_degree, states_post
from articles.ingest.bylines import names_in
from articles.ingest.layout import Line, head_line_indexes
from articles.ingest.titles import is_title_like

MAX_LABEL_REST_CHARS = 90  # a byline's names, not a sentence opening with "By"
MAX_SIGNATURE_CHARS = 400
MAX_ABOVE_TITLE = 15  # a name over the title stands in the first lines of the page
# Words of a desk or a role a "By" label may name instead of a person ("BY STAFF REPORTER", "By Editorial Team"),
# besides the post words of cues.NOT_NAME_WORDS ("editor"), which names_in() refuses; kept apart from those, as
# names_in()'s other callers do not refuse them.
ROLE_WORDS = frozenset({
    "staff", "reporter", "reporters", "correspondent", "correspondents", "editors", "editorial", "team",
    "desk", "writer", "writers", "bureau", "admin", "administrator", "guest", "редакция", "корреспондент",
    "редакциясы", "тілші", "автор", "author", "our", "special",
})  # fmt: skip
# Names in capitals are parted as names in lower case are, the joining words in capitals too.
CAPS_SEPARATOR_RE = re.compile(r"\s*(?:,|;|&|\b(?:and|AND|и|И|мен|МЕН)\b)\s*")
_CAPS_WORD_RE = re.compile(rf"[{cues.UPPER}]{{2,}}(?:-[{cues.UPPER}]{{2,}})?$")
# A signature's mark before the names ("_ Name, post", "— Name, post").
SIGNATURE_MARK_RE = re.compile(r"^\s*[_–—-]\s+")
# A name, a comma and the person's post in lower case: "Надежда Тынникова, лаборант Евразийского сектора".
NAME_THEN_POST_RE = re.compile(rf"^(?P<name>[^,]{{3,60}}),\s+(?=[{cues.LOWER}])")
MAX_POST_OPENING = 60  # the post is read from the first words after the name
MAX_AFFILIATION_CHARS = 250


def _as_printed(part: str) -> str:
    """One person of a labelled byline read whatever the case of the surname: "ELENA KOSOLAPOVA" and "OKA
    Natsuko" are read as "Elena Kosolapova" and "Oka Natsuko" are; the name is kept as printed, or ""."""
    words = part.split()
    if not 2 <= len(words) <= 3 or not any(_CAPS_WORD_RE.match(word) for word in words):
        return ""
    if any(word.lower() in ROLE_WORDS for word in words):
        return ""
    # names_in() refuses the stopwords and the words of cues.NOT_NAME_WORDS ("BY THE EDITOR").
    titled = " ".join(word.capitalize() if _CAPS_WORD_RE.match(word) else word for word in words)
    return part if names_in(titled) == [titled] else ""


def labelled_names(rest: str) -> list[str]:
    """The people after a "By"/"Автор:" label, names in capitals or surname first allowed ("ELENA KOSOLAPOVA",
    "OKA Natsuko", "ИВАН ПЕТРОВ и АННА ЛИ"); [] when any part is no name."""
    rest = rest.strip().rstrip(".")
    if not rest or len(rest) > MAX_LABEL_REST_CHARS:
        return []
    names = []
    for part in (p.strip() for p in CAPS_SEPARATOR_RE.split(rest)):
        if not part:
            continue
        name = names_in(part) if not any(_CAPS_WORD_RE.match(w) for w in part.split()) else [_as_printed(part)]
        if len(name) != 1 or not name[0]:
            return []
        names.append(name[0])
    return names


# A credit for the text's words, the writer's label on news and magazine pages ("Текст: …", "Мәтін: …").
TEXT_CREDIT_RE = re.compile(
    r"^\s*(?:Текст|Text|Words|Мәтін|Автор\s+текста|Материал\s+подготовил[аи]?)\s*:\s*(?P<rest>\S.*)$", re.IGNORECASE
)
# Another credit after the writer's on the same line: the photographer's, the editor's ("…, Editor: Anna Lee").
OTHER_CREDIT_RE = re.compile(
    r"\s*[,;|/•·]?\s*(?:Фото|Photos?|Сурет|Редактор|Editor|Видео|Video|Бейне|Иллюстраци\w*|Illustrations?|Перевод"
    r"|Translat\w*|Аударған)\s*:",
    re.IGNORECASE,
)


# A news agency's name after the writer's, behind a dash and closing the line: "By Huseyn Hasanov – Trend:",
# "By Anna Lee - Reuters". Cut only when what follows the dash is no person's name ("Иван Петров – Анна Ли").
AGENCY_AFTER_DASH_RE = re.compile(r"\s+[–—-]\s+(?P<agency>[^\W\d_][\w.-]*(?:\s[^\W\d_][\w.-]*)?)\s*:?\s*$")


def _without_agency(rest: str) -> str:
    agency = AGENCY_AFTER_DASH_RE.search(rest) if " " in rest else None
    return rest[: agency.start()] if agency and not names_in(agency.group("agency")) else rest


def label_in_capitals(lines: list[Line]) -> tuple[list[str], set[int]]:
    """A "By"/"Автор:"/"Текст:" label on its line with names the plain name shapes refuse ("BY ELENA KOSOLAPOVA"),
    or with other credits after them ("Author: John Smith, Editor: Anna Lee", "Текст: …, Фото: …")."""
    for i in head_line_indexes(lines):
        label = cues.AUTHORS_LABEL_RE.match(lines[i].text) or TEXT_CREDIT_RE.match(lines[i].text)
        rest = label.group("rest") if label else ""
        other = OTHER_CREDIT_RE.search(rest)
        names = labelled_names(_without_agency(rest[: other.start()] if other else rest))
        if names:
            return names, {i}
    return [], set()


def names_with_posts(lines: list[Line]) -> tuple[list[str], set[int]]:
    """A signature line of names each followed by a post, parted by semicolons: "_ Надежда Тынникова, лаборант
    …; Юрий Кофнер, заведующий …; аналитик …. Москва, 5 марта 2019 г." Either a signature's mark opens it or it
    names two people at least (a sentence naming one person with a post is the text's, not a byline)."""
    head = head_line_indexes(lines)
    for k, i in enumerate(head):
        text = lines[i].text.strip()
        if len(text) > MAX_SIGNATURE_CHARS:
            continue
        mark = SIGNATURE_MARK_RE.match(text)
        if mark and dash_listed(lines, head, k):
            continue
        body = text[mark.end() :] if mark else text
        first = NAME_THEN_POST_RE.match(body)
        if not first or names_in(first.group("name")) != [first.group("name").strip()]:
            continue
        names: list[str] = []
        for part in (p.strip() for p in body.split(";")):
            found = NAME_THEN_POST_RE.match(part)
            person = names_in(found.group("name")) if found else []
            post = part[found.end() : found.end() + MAX_POST_OPENING] if found else ""
            if len(person) == 1 and person[0] == found.group("name").strip():  # type: ignore[union-attr]
                if not _is_post(post):  # "Эдуард Эдуардович, как вы оцениваете …": a question to a person
                    names = []
                    break
                names.append(person[0])
            elif not part[:1].islower():  # the rest of a post goes on in lower case ("аналитик Центра …")
                names = []
                break
        if names and (mark or len(names) >= 2):
            return names, {i}
    return [], set()


def dash_listed(lines: list[Line], indexes: list[int], k: int, mark_re: re.Pattern[str] = SIGNATURE_MARK_RE) -> bool:
    """A dash opens the line before or after the line ``indexes[k]`` too: a list's bullets, a show's guests or a
    panel's speakers, each with a post ("- Роман Василенко, заместитель министра …"), not a signature."""
    return any(mark_re.match(lines[j].text) for j in indexes[max(k - 1, 0) : k] + indexes[k + 1 : k + 2])


def _is_post(text: str) -> bool:
    """The words after a name and its comma give the person's post or degree, not a sentence addressed to them."""
    return "?" not in text and states_post(text)


def _alone(text: str) -> str:
    """The name a line holds alone (a mark after it allowed), or ""."""
    names = names_in(text)
    return names[0] if len(names) == 1 and len(text.split()) <= 4 else ""


def name_over_affiliation(lines: list[Line]) -> tuple[list[str], set[int]]:
    """A journal page's author block: a name alone, its institution on the next line, then an e-mail or the
    abstract ("Kamal Gasimov" / "Middle East Studies Department, University of Michigan" / "gasimov@…")."""
    head = head_line_indexes(lines)
    for k, i in enumerate(head[:-2]):
        name = _alone(lines[i].text.strip())
        affiliation = lines[head[k + 1]].text.strip()
        if not name or len(affiliation) > 250 or not cues.INSTITUTION_RE.search(affiliation):
            continue
        after = [lines[j].text for j in head[k + 2 : k + 4]]
        if any(cues.has_email(text) or cues.ABSTRACT_LABEL_RE.match(text) for text in after):
            return [name], {i}
    return [], set()


def name_over_title(lines: list[Line]) -> tuple[list[str], set[int]]:
    """A journal page's name alone over the article's title, with the abstract's label below ("Akram Umarov" /
    "Central Asia: construction of the new regional security complex?" / … / "Abstract")."""
    head = head_line_indexes(lines)
    if not any(cues.ABSTRACT_LABEL_RE.match(lines[j].text) for j in head):
        return [], set()
    for k, i in enumerate(head[: MAX_ABOVE_TITLE - 1]):
        text = lines[i].text.strip()
        name = _alone(text)
        # The name alone, or with its place in brackets ("Айдана Махметова (Астана, Казахстан)").
        if not name or (name != text and not re.fullmatch(rf"{re.escape(name)}\s*\([^()]*\)", text)):
            continue
        title = lines[head[k + 1]].text.strip()
        abstract_below = any(cues.ABSTRACT_LABEL_RE.match(lines[j].text) for j in head[k + 2 :])
        if abstract_below and is_title_like(title) and not names_in(title):
            return [name], {i}
    return [], set()


# A raw JSON record pasted as the text: {"title":"…","authors":"Assel G. Bitabarova","doi":…}.
JSON_AUTHORS_RE = re.compile(r'"(?:authors?|creators?)"\s*:\s*(?:"(?P<text>[^"]{3,300})"|\[(?P<list>[^\]]{3,600})\])')


def json_record_authors(lines: list[Line]) -> tuple[list[str], set[int]]:
    """The names under a raw JSON record's "authors" key, on a first line opening the record with "{"."""
    first = next((i for i, line in enumerate(lines) if line.text.strip()), None)
    if first is None or not lines[first].text.lstrip().startswith("{"):
        return [], set()
    found = JSON_AUTHORS_RE.search(lines[first].text)
    if not found:
        return [], set()
    parts = found.group("text").split(";") if found.group("text") else re.findall(r'"([^"]+)"', found.group("list"))
    names = [name for part in parts for name in names_in(part.strip())]
    return (names, set()) if names and len(names) >= len(parts) else ([], set())


NAME_OVER_DEGREE_LINES = 15
DEGREE_BELOW = 3  # a line of birth or a place may stand between the name and the degree
MAX_DEGREE_LINE_CHARS = 150


def name_over_degree(lines: list[Line]) -> tuple[list[str], set[int]]:
    """A name alone among a page's first lines with the person's degree or post a line or few under it ("Тыныштық
    Ермекова" / "1966 жылы … туған." / "Филология ғылымдарының докторы,"): a journal's note on its author."""
    head = head_line_indexes(lines)
    for k, i in enumerate(head[:NAME_OVER_DEGREE_LINES]):
        text = lines[i].text.strip()
        if _alone(text) != text:
            continue
        below = [lines[j].text.strip() for j in head[k + 1 : k + 1 + DEGREE_BELOW]]
        if any(len(line) < MAX_DEGREE_LINE_CHARS and states_degree(line) for line in below):
            return [text], {i}
    return [], set()


SURNAME_FIRST_LINES = 15


def surname_first_over_affiliation(lines: list[Line]) -> tuple[list[str], set[int]]:
    """Names printed SURNAME first in capitals, one line of them over the affiliation ("ДУБРОВИНА Ольга" / "Евразийский
    национальный университет …"): the line under them is the evidence a headline's acronym ("NATO Summit") lacks."""
    head = head_line_indexes(lines)
    for k, i in enumerate(head[: min(SURNAME_FIRST_LINES, len(head)) - 1]):
        text = lines[i].text.strip()
        words = text.split()
        # SURNAME first: the given name is in lower case; a line all in capitals is a headline ("КОНФЕРЕНЦИЯ
        # ОБЪЕДИНИЛА УЧЕНЫХ"), a sentence under it naming an institution.
        if not _CAPS_WORD_RE.match(words[0].rstrip(",")) or all(_CAPS_WORD_RE.match(w.strip(",")) for w in words):
            continue
        names = labelled_names(text)
        below = lines[head[k + 1]].text.strip()
        if names and len(below) < MAX_AFFILIATION_CHARS and cues.INSTITUTION_RE.search(below):
            return names, {i}
    return [], set()


def name_over_abstract_label(lines: list[Line]) -> tuple[list[str], set[int]]:
    """A journal page's name alone (or in capitals, or with its place in brackets) right over the abstract's or the
    keywords' label, the title over the name ("Приоритеты Казахстана в ШОС …" / "Айдана Махметова" / "Аннотация")."""
    head = head_line_indexes(lines)
    for k, i in enumerate(head[1 : min(MAX_ABOVE_TITLE, len(head)) - 1], start=1):
        below = lines[head[k + 1]].text
        if not (cues.ABSTRACT_LABEL_RE.match(below) or cues.KEYWORDS_LABEL_RE.match(below)):
            continue
        text = re.sub(r"\s*\([^()]*\)$", "", lines[i].text.strip())
        names = [_alone(text)] if _alone(text) == text else labelled_names(text)
        if len(names) == 1 and names[0] and is_title_like(lines[head[k - 1]].text.strip()):
            return names, {i}
    return [], set()
