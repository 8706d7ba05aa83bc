"""The importer's speed-ups of round 14 (issue 14) change no result: each faster form is checked against the plain
one it replaced, on the words of the patterns in three casings and on the seed texts."""

from __future__ import annotations

import re
from pathlib import Path
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest

from articles.ingest import (
    affiliations,
    author_checks,
    cues,
    date_fallback,
    dates,
    furniture,
    kind_register,
    kinds,
    title_rules,
)

SEED_TEXTS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
LOOKAHEAD_RE = re.compile(r"\(\?=\[([^\]]+)\]\)")


def samples(pattern: str) -> list[str]:
    """The words of a pattern in three casings, glued and apart, and the seed texts."""
    words = re.findall(r"[^\W\d_]+(?:\\s\+[^\W\d_]+)*", pattern.replace("(?:", " "))
    phrases = [w.replace("\\s+", " ") for w in words]
    texts = [" ".join(phrases), " ".join(p.upper() for p in phrases), ".".join(p.title() for p in phrases)]
    texts += ["".join(phrases), "г. Алматы, Г. Астана, бг. 5"]
    return texts + [path.read_text(encoding="utf-8") for path in sorted(SEED_TEXTS.glob("*.txt"))]


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


LOOKAHEAD_PATTERNS = [
    cues.AFFILIATION_RE,
    cues.INSTITUTION_RE,
    affiliations.WRITER_POST_RE,
    # Anchored at the line's start: the lookahead follows the spaces (and a bullet or a number) before the words.
    cues.ABSTRACT_LABEL_RE,
    cues.KEYWORDS_LABEL_RE,
    cues.REFERENCES_HEADING_RE,
    cues.AUTHORS_LABEL_RE,
    cues.FURNITURE_RE,
    cues.SIGNATURE_RE,
    furniture.CALL_TO_ACTION_RE,
    title_rules.PUBLISHED_IN_RE,
]


def _first(items) -> tuple[set[str] | None, bool]:  # type: ignore[no-untyped-def]
    """The characters a parsed pattern can open with (None: any) and whether it can match the empty string."""
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            return chars | {chr(av)}, False
        if op is C.IN:
            if any(o not in (C.LITERAL, C.RANGE) for o, _ in av):
                return None, False
            return chars | {chr(c) for o, a in av for c in ([a] if o is C.LITERAL else range(a[0], a[1] + 1))}, False
        parts = av[1] if op is C.BRANCH else [av[3]] if op is C.SUBPATTERN else [av[2]] if op is C.MAX_REPEAT else []
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if not parts:
            return None, False
        nullable = op is C.MAX_REPEAT and av[0] == 0
        for part in parts:
            found, empty = _first(part)
            if found is None:
                return None, False
            chars |= found
            nullable = nullable or empty
        if not nullable:
            return chars, False
    return chars, True


@pytest.mark.parametrize("pattern", LOOKAHEAD_PATTERNS)
def test_a_first_letters_lookahead_finds_what_the_words_alone_find(pattern):
    plain = re.compile(LOOKAHEAD_RE.sub("", pattern.pattern, count=1), pattern.flags)
    assert plain.pattern != pattern.pattern
    for sample in samples(plain.pattern):
        assert spans(pattern, sample) == spans(plain, sample)
        for line in sample.splitlines():  # the anchored ones, at each line's start
            found, plain_found = pattern.match(line), plain.match(line)
            assert (found and (found.span(), found.groupdict())) == (
                plain_found and (plain_found.span(), plain_found.groupdict())
            )


@pytest.mark.parametrize("pattern", LOOKAHEAD_PATTERNS)
def test_the_lookahead_holds_every_first_letter_of_what_follows_it(pattern):
    lookahead = LOOKAHEAD_RE.search(pattern.pattern)
    letters = re.compile(lookahead.group(0)[3:-1], pattern.flags)
    found, empty = _first(sre_parse.parse(pattern.pattern[lookahead.end() :], pattern.flags))
    assert found is not None and not empty
    assert all(letters.match(char) for char in found), sorted(c for c in found if not letters.match(c))


@pytest.mark.parametrize("pattern", [dates.DATE_RE, kinds.PAPER_GENRE_RE])
def test_a_pattern_opening_a_word_finds_what_it_found(pattern):
    """Every shape of these patterns opens a word (\\b before a letter or a digit) or the text (^): a look-behind
    for a word's character before them changes nothing."""
    plain = re.compile(pattern.pattern.removeprefix(r"(?<!\w)(?:").removesuffix(")"), pattern.flags)
    assert plain.pattern != pattern.pattern
    shapes = "5 Наурыз 2019, 2024 жылғы 3 сәуір; 17 марта 2021 04.10.2016 July 2020 x2020-01-02 July 3, 2020 a12.3.2020"
    genres = " Policy Briefs, aPolicy Brief, Reports No 108, Volume: 20 Issue: 134 (12/08/2010 issue of the Эссе"
    for sample in [shapes, shapes.upper(), genres, genres.upper(), *samples(plain.pattern)]:
        assert spans(pattern, sample) == spans(plain, sample)
        for line in sample.splitlines():  # the shapes anchored at the start, in each line
            found, plain_found = pattern.search(line), plain.search(line)
            assert (found and found.span()) == (plain_found and plain_found.span())


@pytest.mark.parametrize(
    ("author", "title"),
    [
        ("Қасым-Жомарт Тоқаев", "Тоқаевтың сұхбаты: Қазақстан мен Ресей"),
        ("Айгүл Белова", "Интервью с Беловой о новой книге и планах"),
        ("Kassym-Jomart Tokayev", "President Tokayev's interview by APA on reforms"),
        ("Kassym-Jomart Tokayev", "PRESIDENT TOKAYEV MEETS THE PRESS IN ASTANA TODAY"),
        ("Kassym-Jomart Tokayev", "İstanbul talks: Tokayev meets Erdoğan on trade today"),  # other letters
        ("Kassym-Jomart Tokayev", "Central Asia after the summit in Astana today"),
        ("Nurlan Ermekbayev", "Тоқаев: Қазақстан мен Ресей арасындағы"),
    ],
)
def test_a_title_without_the_surname_is_answered_without_its_pattern(author, title):
    surname = author.split()[-1]
    found = any(
        len(title[m.end() :].split()) >= author_checks.MIN_WORDS_AFTER
        for m in author_checks._surname_re(surname).finditer(title)
    )
    assert author_checks._may_name(surname, title) or not found
    assert author_checks._named_before_more(author, surname, title) == (
        author_checks._may_name(surname, title) and _slow_named_before_more(author, surname, title)
    )


def _slow_named_before_more(author: str, surname: str, title: str) -> bool:
    may_name = author_checks._may_name
    try:
        author_checks._may_name = lambda surname, title: True  # type: ignore[assignment]
        return author_checks._named_before_more(author, surname, title)
    finally:
        author_checks._may_name = may_name  # type: ignore[assignment]


def _slow_labelled_line(text: str) -> dates.FoundDate | None:
    """date_fallback._labelled_line() as it was: every line's dates read first."""
    found = dates.find_dates(text)
    if found and date_fallback.LABELLED_LINE_RE.match(text[: found[0].start]):
        return None if cues.OTHER_DATE_LABEL_RE.search(text) else found[0]
    return None


@pytest.mark.parametrize(
    "text",
    [
        "Available online 2 April 2015",
        "  published on 3 May 2020",
        "First published: 12.03.2021",
        "Дата публикации: 24.12.2018",
        "Опубликовано 5 марта 2019 г.",
        "Жарияланды: 2024 жылғы 3 сәуір",
        "Published 2 April 2015 Received 1 March 2015",
        "Some text of 2 April 2015",
        "Publishedness 2 April 2015",
        "2 April 2015 Available online",
        "",
    ],
)
def test_a_line_not_opening_with_a_publication_label_is_not_read_for_dates(text):
    assert date_fallback._labelled_line(text) == _slow_labelled_line(text)
    if not date_fallback.LABEL_OPENING_RE.match(text):
        assert _slow_labelled_line(text) is None


def test_the_label_opening_is_the_labelled_lines_own():
    assert date_fallback.LABELLED_LINE_RE.pattern.startswith(date_fallback.LABEL_OPENING_RE.pattern)
    assert date_fallback.LABELLED_LINE_RE.flags == date_fallback.LABEL_OPENING_RE.flags


def _openings(items, size: int) -> set[str] | None:  # type: ignore[no-untyped-def]
    """The strings of `size` letters a parsed pattern can open with (literals, groups and branches of them; \\b
    skipped), or None when something else comes first."""
    found = {""}
    for op, av in items:
        if all(len(s) >= size for s in found):
            break
        if op is C.AT:
            continue
        if op is C.LITERAL:
            found = {s + chr(av) for s in found}
            continue
        alternatives = av[1] if op is C.BRANCH else [av[3]] if op is C.SUBPATTERN else None
        if alternatives is None:
            return None
        ends = set()
        for alternative in alternatives:
            more = _openings(alternative, size)
            if more is None:
                return None
            ends |= more
        found = {s + end for s in found for end in ends}
    return {s[:size] for s in found}


@pytest.mark.parametrize("pattern", [cues.OTHER_DATE_LABEL_RE, cues.INTERVIEW_RE, kind_register.REPORTED_RE])
def test_a_two_letters_lookahead_lets_every_word_through(pattern):
    lookahead = re.search(r"\(\?=(\[[^\]]+\]\[[^\]]+\])\)", pattern.pattern)
    assert lookahead, "the pattern opens with its words' first two letters"
    letters = re.compile(lookahead.group(1), pattern.flags)
    openings = _openings(sre_parse.parse(pattern.pattern[lookahead.end() :], pattern.flags), 2)
    assert openings and all(len(opening) == 2 for opening in openings)
    assert all(letters.fullmatch(opening) for opening in openings), [o for o in openings if not letters.fullmatch(o)]
