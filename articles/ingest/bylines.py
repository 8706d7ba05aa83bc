"""Bylines: which people a line names, and whether a name-shaped line is a byline or a headline."""

from __future__ import annotations

import difflib
import functools
import re

from articles.ingest import cues
from articles.ingest.dates import find_dates
from articles.search.analyzer import is_stopword
from articles.text.translit import ascii_key, romanize

LETTERS_RE = re.compile(r"[^\W\d_]+")
MAX_AFFILIATION_CHARS = 250  # an affiliation is a line, not a paragraph
MIN_LEAD_CHARS = 160  # a paragraph of prose
# An author's e-mail after the name ("R. Kurmanguzhin, rustemks@mail.ru"): the name is the byline.
TRAILING_EMAIL_RE = re.compile(r"\s*[,;]?\s*[\w.+-]+@[\w-]+\.[\w.-]+\s*$")
# Affiliation digits standing apart between two names on one line ("Бахтуридзе З.З. 1 Лагутина М.Л. 2"), the dot
# before them matched rather than looked behind for (replaced by ".\1, "): a pattern that opens with a character
# is scanned for much faster than one opening with a look-behind.
DOT_SPACED_MARK_RE = re.compile(rf"\.\s+(\d{{1,2}})\s+(?=[{cues.UPPER}][{cues.LOWER}])")
# Affiliation letters a PDF's text layer sets apart after each name ("Karen Smith Stegen a, *, Julia Kusznir b").
LETTER_MARK_RE = re.compile(r"([a-z])\s[a-f](?:\s*,\s*[*†])?(?=\s*(?:,|$))")  # the letter before is kept
FIRST_LETTER_MARK_RE = re.compile(r"[^,]+\sa(?:\s*,|$)")
# Affiliation digits glued to a name and parted by commas ("Assanbayev1,2,"): the first digit stands for them.
DIGIT_LIST_RE = re.compile(r"(?<=[^\W\d_]|[.])(\d{1,2})(?:\s?,\s?\d{1,2}(?![\d.]))+")
DIGIT_COMMA_RE = re.compile(r"\d\s?,")  # in every match of DIGIT_LIST_RE: a line without it is not searched
TRAILING_ORCID_RE = re.compile(r"\s*[,;]?\s*(?:https?://orcid\.org/)?\d{4}-\d{4}-\d{4}-\d{3}[\dX]\s*$")
_COUNTRY_NOTE_RE = re.compile(r"\s*\([^)]*\)\s*$")
_NAME_MARKS_RE = re.compile(r"[*©†‡¹²³⁴⁵⁶⁷⁸⁹⁰\d()]+$")
# Compiled once: a pattern built by an f-string at each call is hashed anew to be found in re's cache.
INITIAL_RE = re.compile(rf"[{cues.UPPER}]\.")
CAPITALS_WORD_RE = re.compile(rf"\b[{cues.UPPER}]{{3,}}\b")
STRONG_MARK_RE = re.compile(rf"[{cues.UPPER}]\.|[©*¹²³⁴⁵]|\b[{cues.UPPER}]{{3,}}\b")
# An open-access notice broken into short lines leaves a licence's name alone on one ("Attribution License (CC
# BY 4.0)"), shaped as a name is: the words of a licence are no person's.
LICENCE_WORDS = frozenset({"license", "licence", "licensed", "лицензия", "лицензиясы", "лицензии"})
NAMES_CACHE_SIZE = 8192
MAX_CACHED_LINE_CHARS = 500
LONG_NAMES_CACHE_SIZE = 256
# A longer line (a flattened page) is read each time rather than kept alive in a worker after its import.
MAX_LONG_CACHED_LINE_CHARS = 20_000


def names_in(text: str) -> list[str]:
    """The people a byline names, or [] when the line is not a byline."""
    # A list of its own: callers extend the authors they are given.  A long line (a paragraph) is kept in a small
    # cache of its own, so that paragraphs do not push the head's lines out of the main one.
    if len(text) <= MAX_CACHED_LINE_CHARS:
        return list(_names_in(text))
    return list(_long_names_in(text) if len(text) <= MAX_LONG_CACHED_LINE_CHARS else _read_names(text))


def _read_names(text: str) -> tuple[str, ...]:
    text = text.strip().strip(",;◽▪").strip()
    if text.endswith(")"):
        text = _COUNTRY_NOTE_RE.sub("", text)  # (Китай): a country
    if "@" in text:
        text = TRAILING_EMAIL_RE.sub("", text)
    if ". " in text:
        text = DOT_SPACED_MARK_RE.sub(r".\1, ", text)
    if " a" in text:  # the first name's letter is "a"
        text = _letter_marks(text)
    if "," in text and DIGIT_COMMA_RE.search(text):  # "Assanbayev1,2, Seitova1*": several affiliation digits,
        text = DIGIT_LIST_RE.sub(r"\1", text)  # the name's first kept
    last = text.rstrip()[-1:]  # an ORCID ends the line: its last character is a digit or "X"
    if ("/" in text or "-" in text) and (last.isdecimal() or last == "X"):
        text = TRAILING_ORCID_RE.sub("", text)  # "Name https://orcid.org/0000-0001-5098-9206": the ORCID after it
    # The first part decides most lines (a sentence is no name): a long line is not split when it fails.
    first = cues.NAME_SEPARATOR_RE.search(text)
    opening = (text[: first.start()] if first else text).strip()
    if opening and not cues.MARKS_ONLY_RE.match(opening) and not cues.NAME_RE.fullmatch(opening):
        return ()
    parts = [p for p in cues.NAME_SEPARATOR_RE.split(text) if p.strip()]
    # Affiliation digits set apart by commas ("LIU Wenhua , 1 ,", "ZHU Wenbin , 1, 4, *") mark a byline.
    marked = len(parts) > 1 and cues.MARKS_ONLY_RE.match(parts[-1]) is not None
    parts = [p for p in parts if not cues.MARKS_ONLY_RE.match(p)] if marked else parts
    names: list[str] = []
    for part in parts:
        match = cues.NAME_RE.fullmatch(part.strip())
        if match and cues.CAPS_FIRST_NAME_RE.fullmatch(part.strip()) and not _surname_first(part, marked):
            return ()  # "NATO Summit", "CSTO Secretariat": an acronym, then a word
        # "National Research University", "The Russian Foreign Minister": words no name is made of.
        # Nor a country or an institution: "Выбор Казахстана" is a headline.
        if (
            not match
            or cues.AFFILIATION_RE.search(_without_g_initial(part) if "Г." in part else part)
            or any(is_stopword(w.lower()) for w in part.split())
            # Letters alone: a word glued to an initial or a numeral is the same word ("I.Кіріспе").
            or any(w in cues.NOT_NAME_WORDS or w in LICENCE_WORDS for w in LETTERS_RE.findall(part.lower()))
        ):
            return ()
        names.append(_NAME_MARKS_RE.sub("", part.strip()).strip())
    return tuple(names)


# A head line is asked about again by the title, kind and byline rules; so is a paragraph, by several rules.
_names_in = functools.lru_cache(maxsize=NAMES_CACHE_SIZE)(_read_names)
_long_names_in = functools.lru_cache(maxsize=LONG_NAMES_CACHE_SIZE)(_read_names)


# The initial "Г." (Геннадий, Галина) reads as the town's "г." to the affiliation words, which ignore case; in a
# name's shape it is an initial ("А. Г. Манаков", "Г. И. Петров").
G_INITIAL_RE = re.compile(r"(?<![^\s.])Г\.")


def _without_g_initial(part: str) -> str:
    return G_INITIAL_RE.sub("", part)


def _letter_marks(text: str) -> str:
    """The line without its names' affiliation letters, when every name has one ("Karen Smith Stegen a, *,
    Julia Kusznir b"); else as it is (a lone "a" may be a word)."""
    if not FIRST_LETTER_MARK_RE.match(text):
        return text
    marked = LETTER_MARK_RE.sub(r"\1", text)
    if marked == text:
        return text
    parts = [p for p in cues.NAME_SEPARATOR_RE.split(marked) if p.strip()]
    return marked if len(LETTER_MARK_RE.findall(text)) == len(parts) else text


def _surname_first(part: str, marked: bool) -> bool:
    """A SURNAME-first name is one only with evidence a headline's acronym lacks: a patronymic ("ДУБРОВИНА Ольга
    Васильевна"), or affiliation marks after it ("LIU Wenhua , 1 ,")."""
    return marked or bool(cues.PATRONYMIC_RE.search(part.split()[-1]))


def strong_byline(text: str, names: list[str]) -> bool:
    """A byline that needs no title before it: several names, initials, marks or capitalised surnames."""
    return len(names) >= 2 or bool(STRONG_MARK_RE.search(text))


def romanized_twin(name: str, others: list[str]) -> bool:
    """The Latin spelling of a name already on the byline in Cyrillic (journals print both)."""
    if not name.isascii():
        return False
    key = ascii_key(name)
    return any(
        not other.isascii() and difflib.SequenceMatcher(None, key, ascii_key(romanize(other))).ratio() >= 0.85
        for other in others
    )


def byline_evidence(text: str, names: list[str], following: str) -> bool:
    """A name-shaped line is a byline only with evidence: initials, marks, a list, a patronymic, an affiliation."""
    if not names:
        return False
    initials = re.search(r"\b[A-ZА-ЯӘҒҚҢӨҰҮҺІ][a-zа-я]?\.", text)  # И.О., Kh., Ch.
    if len(names) >= 2 or initials or re.search(r"[©*¹²³⁴⁵\d]", text):
        return True
    if CAPITALS_WORD_RE.search(text) or cues.PATRONYMIC_RE.search(text):
        return True
    if len(names) == 1 and len(text.split()) <= 3 and (len(following) >= MIN_LEAD_CHARS or find_dates(following[:60])):
        # A bare name between a headline and its first paragraph or date ("Thomas Cromwell"); not one the
        # paragraph names again: that person is its subject (a speaker, a researcher presenting), not its writer.
        return not named_again(names[0], following)
    return affiliation_line(following)


MIN_STEM_CHARS = 4


def named_again(name: str, text: str) -> bool:
    """The text names the person again by the surname, inflected or not ("Рақышева", "Рақышеваның")."""
    surname = name.split()[-1]
    stem = surname[: max(MIN_STEM_CHARS, len(surname) - 2)]
    return len(surname) >= MIN_STEM_CHARS and re.search(rf"\b{re.escape(stem)}", text) is not None


def affiliation_line(text: str) -> bool:
    """A line that reads as an affiliation or address: an institution, an e-mail, or a place that ends a part
    ("Almaty, Kazakhstan"); not a paragraph of prose that names one, nor a headline ("Kazakhstan: Defense …")."""
    if len(text) >= MAX_AFFILIATION_CHARS:
        return False
    if cues.INSTITUTION_RE.search(text) or cues.has_email(text):
        return True
    return any(re.match(r"\w*\s*(?:[,.;)]|$)", text[place.end() :]) for place in cues.AFFILIATION_RE.finditer(text))


def trailing_name(text: str) -> list[str]:
    """The person at the end of a news byline that names its outlet first ("By UN Journal Lee Kap-soo")."""
    words = text.split()
    return names_in(" ".join(words[-2:])) if len(words) > 2 else []


def by_line_names(rest: str) -> list[str]:
    """The people of a news byline after its "By": "Saniya Sakenova in Nation on 18 October 2023" (the name,
    then the section and date in lower-case words), or the outlet first and the reporter last."""
    leading = cues.NAME_RE.match(rest)
    if leading and re.match(rf"\s*(?:$|[,|•·]|\s[{cues.LOWER}])", rest[leading.end() :]):
        return names_in(leading.group(0))
    return trailing_name(rest)


def name_before_affiliation(candidate: str, following: str) -> tuple[list[str], str]:
    """The name that opens a line and the affiliation after it, or ([], following) when the line is no byline.

    A third name-shaped word belongs to the affiliation when it is an abbreviation ("Дәурен Жайлин ҚР
    Президенті жанындағы … академиясы") or the affiliation goes on from it in lower case ("Кахрамон
    Хакбердиев Ташкент мемлекеттік шығыстану университеті").
    """
    leading = cues.NAME_RE.match(candidate)
    if not leading or cues.INSTITUTION_RE.search(leading.group(0)):  # "National Research University"
        return [], following
    if candidate.rstrip().endswith(":"):
        # "Иван Петров, политолог:", "Әбдуақап ҚАРА, тарих ғылымдарының докторы, … профессоры:": the person whose
        # words follow (an interviewee's answer, an expert's comment), not the text's author.
        return [], following
    words = leading.group(0).split()
    name, rest = leading.group(0), candidate[leading.end() :].strip()
    degree_first = cues.DEGREE_RE.match(rest) is not None  # "ДУБРОВИНА Ольга Васильевна доктор … наук, профессор"
    if (
        len(words) >= 3
        and not cues.PATRONYMIC_RE.search(words[-1])  # a patronymic ends the name, it opens no affiliation
        and rest[:1].isalpha()
        and (rest[:1].islower() or re.fullmatch(rf"[{cues.UPPER}]{{2,3}}", words[-1]))
    ):
        # The last word opens the affiliation: it must then name the institution before its first comma.
        name, rest = " ".join(words[:-1]), f"{words[-1]} {rest}"
        if not cues.INSTITUTION_RE.search(rest.split(",")[0]) or not cues.NAME_RE.fullmatch(name):
            return [], following
    # The affiliation opens with a capital (a title goes on in lower case: "Орталық Азиядағы су …").
    role = re.match(r"^(?:,|[–—])\s*(?:главный\s+|ведущий\s+|старший\s+|senior\s+|chief\s+|бас\s+)?\S+", rest)
    # "L. RUBAN, The Center of … University", "Name – Institution": the institution after a comma or a dash.
    parted = re.match(rf"^[,–—]\s*(?=[\"«“]?[{cues.UPPER}])", rest) and cues.INSTITUTION_RE.search(rest)
    if (
        (rest[:1].isupper() and cues.INSTITUTION_RE.search(rest))
        or parted
        or (role and cues.DEGREE_RE.search(rest[:60]))
        or (degree_first and len(words) >= 3 and cues.PATRONYMIC_RE.search(words[-1]))
    ):
        return names_in(name), rest
    return [], following


MAX_PLACED_BYLINE_CHARS = 80


def placed_byline(text: str) -> list[str]:
    """A news byline naming the reporter, then the place and the outlet ("Алия Иксанова, Астана, Vласть")."""
    parts = [part.strip() for part in text.strip().rstrip(".").split(",")]
    if len(text) > MAX_PLACED_BYLINE_CHARS or not 2 <= len(parts) <= 3:
        return []
    names = names_in(parts[0])
    if len(names) != 1 or len(parts[0].split()) < 2:
        return []
    for part in parts[1:]:
        words = part.split()
        if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words) or names_in(part):
            return []
    return names


def leading_byline(text: str) -> tuple[str, str] | None:
    """A name with initials opening a title's line ("Лаумулин М.Т. Обзор …", "A. Smith. Why …"): name, title
    (the caller checks the rest reads as a title)."""
    # Only a line ending as a contact label can lose one (a test of its last letter before the search).
    line = CONTACT_TAIL_RE.sub("", text) if text.rstrip().endswith(CONTACT_TAIL_ENDS) else text
    opening = line.split(maxsplit=3)[:3]  # the name's words (a paragraph is split whole only when they are one)
    for count in (2, 3):
        if not INITIAL_RE.search(" ".join(opening[:count])):
            continue
        name, rest = " ".join(opening[:count]).rstrip(","), " ".join(line.split()[count:])
        quoted = QUOTED_WHOLE_RE.match(rest)  # a citation's shape: Фамилия И.О. "Title".
        rest = quoted.group(quoted.lastgroup or 0) if quoted else rest
        if names_in(name) == [name] and rest[:1].isupper() and len(rest.split()) >= 3:
            return name, rest
    return None


# A contact label ending a byline's line, its address lost by the text's extraction ("… E-mail", "… Email:").
CONTACT_TAIL_RE = re.compile(r"[.,;]?\s*(?:E-?mail|Эл\.\s*почта|Электрондық\s+пошта)\s*:?\s*$", re.IGNORECASE)
CONTACT_TAIL_ENDS = (":", "l", "L", "а", "А")  # the last characters CONTACT_TAIL_RE can match before spaces
QUOTED_WHOLE_RE = re.compile(r'^(?:"(?P<a>[^"]+)"|«(?P<b>[^«»]+)»|“(?P<c>[^“”]+)”)\.?$')


# A byline after a sentence of an introduction: ". By Harry Stage, MECACS Blog Administrator".
INLINE_BY_RE = re.compile(rf"[.!?]\s+By\s+(?P<name>[{cues.UPPER}]\S+(?:\s[{cues.UPPER}]\S+){{1,2}}?)\s*[,(]")


def inline_by_names(text: str) -> list[str]:
    """The person a "By …" names after a sentence of a head's paragraph, or []."""
    found = INLINE_BY_RE.search(text) if " By " in text else None
    return names_in(found.group("name")) if found else []
