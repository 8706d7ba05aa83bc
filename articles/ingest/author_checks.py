"""Names a byline reader took that the rest of the text shows are not the writers: the person interviewed (who
answers, is addressed, or is named by the conversation), or the person the headline is about.

Each rule drops a name, none adds one: headline_subjects() is asked once the head is read, interviewees() once
the record's body and kind are known.
"""

from __future__ import annotations

import re
from functools import lru_cache

from articles.ingest import cues

MIN_SURNAME_CHARS = 4  # "Li", "Ma": too short to be told apart from a word
MAX_CREDIT_CHARS = 120  # a credit line names a person or two and their post
MAX_ENDING_CHARS = 3  # "-ым", "-тың", "-пен": a case ending after a surname
MIN_WORDS_AFTER = 2  # "… Tokayev's interview by APA": the headline goes on about the person
CYRILLIC_RE = re.compile(r"[А-ЯЁа-яёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
INITIALS_RE = re.compile(rf"^(?:[{cues.UPPER}]\.\s?)+$")


def _surname(name: str) -> str:
    """The surname of a printed name: its last word, or its first when initials follow ("Медеубаева Ж.М.")."""
    words = name.split()
    if len(words) > 1 and INITIALS_RE.match(" ".join(words[1:])):
        return words[0]
    return words[-1] if words else ""


def speakers(paragraphs: list[str]) -> tuple[set[str], set[str]]:
    """The people who answer and who ask in an interview printed with its speakers' names ("DAS Sumar: …"): each
    speaker's last word, casefolded; one who asks in any turn is the interviewer."""
    asking: set[str] = set()
    answering: set[str] = set()
    for paragraph in paragraphs:
        turn = cues.SPEAKER_TURN_RE.match(paragraph)
        if not turn or cues.QA_LABEL_RE.match(paragraph) or cues.NOT_A_SPEAKER_RE.match(turn.group("speaker")):
            continue
        speaker = turn.group("speaker").split()[-1].strip(".").casefold()
        (asking if paragraph.rstrip().endswith("?") else answering).add(speaker)
    return answering - asking, asking


@lru_cache(maxsize=2048)  # the names of a long import outnumber the patterns re itself keeps (512, all callers')
def _surname_re(surname: str) -> re.Pattern[str]:
    """The whole surname as a word, inflected or not: in Cyrillic with a short case ending after it ("Токаевым",
    "Тоқаевтың"; "Беловой" of "Белова"), in Latin script only with a possessive ("Tokayev's"). A shorter or longer
    word sharing its first letters is another word ("China" for "Chin", "Белоруссия" for "Белова")."""
    if CYRILLIC_RE.search(surname):
        base = surname[:-1] if surname[-1:].casefold() in "ая" else surname  # a woman's name declines its vowel
        return re.compile(rf"(?<!\w){re.escape(base)}[^\W\d_]{{0,{MAX_ENDING_CHARS}}}(?!\w)", re.IGNORECASE)
    return re.compile(rf"(?<!\w){re.escape(surname)}(?:['’]s)?(?!\w)", re.IGNORECASE)


# Letters whose case-insensitive matches in a pattern are exactly those of str.lower() (one character each, no
# other character matching): ASCII and the Cyrillic block.
_PLAIN_CASE_RE = re.compile(r"[\x00-\x7f\u0400-\u04ff]*")


def _may_name(surname: str, title: str) -> bool:
    """False only when _surname_re(surname) can find nothing in the title: the title does not hold the surname's
    letters before its ending in any case (told by str.lower() where it matches as the pattern does)."""
    if not (_PLAIN_CASE_RE.fullmatch(title) and _PLAIN_CASE_RE.fullmatch(surname)):
        return True
    base = surname[:-1] if CYRILLIC_RE.search(surname) and surname[-1:].casefold() in "ая" else surname
    return base.lower() in title.lower()


def _named_before_more(author: str, surname: str, title: str) -> bool:
    """The title names the person and goes on after it for a few words: the person the headline is about. A
    name ending the title is a byline glued to it, read as such. In Latin script, where a headline capitalises
    every word ("Great Power Rivalry"), the surname alone there must be possessive or follow the first name."""
    if not _may_name(surname, title):
        return False  # most titles do not hold the surname: no pattern is made for it
    for found in _surname_re(surname).finditer(title):
        if len(title[found.end() :].split()) < MIN_WORDS_AFTER:
            continue
        if CYRILLIC_RE.search(surname) or found.group() != surname:  # inflected, or "Tokayev's"
            return True
        first = author.split()[0]
        if first != surname and title[: found.start()].rstrip().endswith(first):
            return True
        if found.group()[:1].isupper() and not _title_case(title):
            return True  # "Tokayev meets the press in Astana": a capital in a sentence-case headline is a name
    return False


def _title_case(title: str) -> bool:
    """An English headline capitalising its words ("Great Power Rivalry in Central Asia"), most of the longer."""
    words = [word for word in title.split() if len(word) > MIN_SURNAME_CHARS - 1 and word[:1].isalpha()]
    return sum(word[:1].isupper() for word in words) * 2 > len(words)


def headline_subjects(authors: list[str], title: str | None) -> list[str]:
    """The authors without a person the headline names ("President Kassym-Jomart Tokayev's interview by APA: …",
    "Ғани Қарасаев: Қазақстан …"): a headline speaks of its subject; a writer's name stands in the byline."""
    if not title or not authors:
        return authors
    kept = [
        author
        for author in authors
        if len(surname := _surname(author).strip(".,")) < MIN_SURNAME_CHARS
        or not _named_before_more(author, surname, title)
    ]
    return kept if len(kept) != len(authors) else authors


def interviewees(authors: list[str], paragraphs: list[str], kind: str) -> list[str]:
    """The authors without the person interviewed, whose name and post a page prints over the conversation as a
    byline's would be: one whose named turns answer ("Fatema Z. Sumar" over "DAS Sumar: Kazakhstan plays …"), one
    the questions address ("Төребек мырза, …"), or, in an interview, one the conversation names ("Ms. Sumar, what's
    your opinion …", "… said President Kassym-Jomart Tokayev in his written interview"): the interviewer is seldom
    named in it, and never answers."""
    if kind == "research_article" or not authors:  # a paper cites its authors' earlier work by their names
        return authors
    answering, asking = speakers(paragraphs)
    body = _unsigned(paragraphs)
    kept = []
    for author in authors:
        surname = _surname(author).strip(".,").casefold()
        if surname in asking or not (surname in answering or _spoken_to(author, body, kind)):
            kept.append(author)
    return kept if len(kept) != len(authors) else authors


def _spoken_to(author: str, body: str, kind: str) -> bool:
    """The conversation addresses the person ("Төребек мырза, …"), or, in an interview, names the person at all.
    A news item may name its writer (a correspondent's report), so there the address alone counts."""
    # The byline a lead paragraph carries ("… in International Relations. By Harry Stage, …") names the writer.
    unsigned = body.replace(f"By {author}", "")
    surname = _surname(author).strip(".,")
    named = kind == "interview" and len(surname) >= MIN_SURNAME_CHARS and _named(surname, unsigned)
    return named or _addressed(author, unsigned)


# Russian and Kazakh questions address the person by the first name and patronymic or a polite word ("Иван
# Иванович, как вы …", "Асхат мырза, …").
_WORD_CHAR_RE = re.compile(r"\w")
ADDRESS_RE = re.compile(r"\s+(?:\w+(?:ович|евич|овна|евна|ична)|мырза|ханым|аға|апай)\b", re.IGNORECASE)


def _addressed(name: str, text: str) -> bool:
    """The text addresses the person by the first name with a patronymic or a polite word."""
    first = name.split()[0]
    if INITIALS_RE.match(first) or len(first) < MIN_SURNAME_CHARS:
        return False
    # The first name where a word begins (as a pattern "(?<!\w)first" finds it, without one compiled a name).
    at = text.find(first)
    while at >= 0:
        if at and _WORD_CHAR_RE.match(text, at - 1):
            at = text.find(first, at + 1)
            continue
        if ADDRESS_RE.match(text, at + len(first)):
            return True
        at = text.find(first, at + len(first))
    return False


def _named(surname: str, text: str) -> bool:
    return _surname_re(surname).search(text) is not None


def _unsigned(paragraphs: list[str]) -> str:
    """The body without its credit lines ("Беседовала Анна Петрова", "By …", a photo's credit): there the writer
    is named as such, not spoken to or of."""
    return "\n".join(
        paragraph
        for paragraph in paragraphs
        if len(paragraph) > MAX_CREDIT_CHARS  # "By 2030, …" opens a sentence, not a credit
        or not (
            cues.SIGNATURE_RE.match(paragraph)
            or cues.AUTHORS_LABEL_RE.match(paragraph)
            or cues.PHOTO_CREDIT_RE.match(paragraph.strip())
        )
    )
