"""The importer's speed-ups of round 7 change no result: each faster form is checked against the plain one."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from articles.ingest import bylines, cues, kind_interview, kind_register, kinds, single
from articles.ingest.bylines import CONTACT_TAIL_ENDS, CONTACT_TAIL_RE, names_in
from articles.ingest.title_rules import MEDIA_NOTE_RE, without_media_note
from articles.search import kazakh_stemmer
from articles.search.analyzer import language_stemmer, stem

SEED_TEXTS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
# A first letters' class, and a second letters' one where one letter lets too many positions through (round 14).
LOOKAHEAD_RE = re.compile(r"\(\?=\[([^\]]+)\](?:\[[^\]]+\])?\)")


def plain_harmony_ok(stem: str, suffix: str) -> bool:
    """The Kazakh stemmer's vowel harmony test as it was before round 12: False only when a clearly back stem
    meets a front suffix or vice versa."""
    k = kazakh_stemmer
    suffix_vowels = [c for c in suffix if c in k.VOWELS]
    if not suffix_vowels:
        return True
    front_suffix = suffix_vowels[0] in k.FRONT_VOWELS
    vowels = [(i, c) for i, c in enumerate(stem) if c in k.VOWELS or (c == "у" and i and stem[i - 1] in k.CONSONANTS)]
    if not vowels or vowels[-1][1] not in k.FRONT_VOWELS | k.BACK_VOWELS:
        return True
    classes = {c in k.FRONT_VOWELS for _, c in vowels if c in k.FRONT_VOWELS | k.BACK_VOWELS}
    if len(classes) != 1:
        return True
    if any(c in "кг" for c in stem[vowels[-1][0] + 1 :]):
        return True
    return classes.pop() == front_suffix


def plain_candidates(word: str, table: list) -> list[str]:
    """The Kazakh stemmer's candidates as it found them before its suffix index: every suffix tested in turn."""
    found = []
    for suffixes, after, min_len, needs_possessive in table:
        for suffix in suffixes:
            if not word.endswith(suffix):
                continue
            root = word[: -len(suffix)]
            if not root or root[-1] not in after:
                continue
            if len(root) < min_len or not any(c in kazakh_stemmer.VOWELS or c == "у" for c in root):
                continue
            if suffix not in kazakh_stemmer._INSTRUMENTAL and not plain_harmony_ok(root, suffix):
                continue
            if table is kazakh_stemmer._POSSESSIVE and not kazakh_stemmer._possessive_fits(root, suffix):
                continue
            if needs_possessive and not plain_candidates(root, kazakh_stemmer._POSSESSIVE):
                continue
            found.append(root)
    return found


def plain_step(word: str, table: list) -> str:
    """The Kazakh stemmer's step as it was: every candidate found, then a protected one or the first."""
    found = plain_candidates(word, table)
    if not found:
        return word
    return next((s for s in found if kazakh_stemmer._protected(s)), found[0])


def kazakh_words() -> list[str]:
    tables = (kazakh_stemmer._CASE, kazakh_stemmer._POSSESSIVE, kazakh_stemmer._PLURAL)
    suffixes = sorted({suffix for table in tables for entry in table for suffix in entry[0]})
    roots = ["қазақстан", "ел", "мемлекет", "саясат", "халық", "жұмыс", "серіктес", "бүгін", "кітап", "су", "а", "ін"]
    words = [root + suffix for root in roots for suffix in suffixes]
    words += [root + a + b for root in roots[:6] for a in suffixes for b in suffixes]
    generator = random.Random(7)
    letters = "абвгдежзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
    words += ["".join(generator.choice(letters) for _ in range(generator.randint(1, 11))) for _ in range(3000)]
    return words + ["", "nato", "report", "2020", "ресурс", "қазан"]


def test_the_suffix_index_picks_the_stem_the_plain_search_picked():
    tables = (kazakh_stemmer._CASE, kazakh_stemmer._POSSESSIVE, kazakh_stemmer._PLURAL)
    for word in kazakh_words():
        for table in tables:
            assert kazakh_stemmer._step(word, table) == plain_step(word, table), word


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_stemmer_of_one_language_stems_as_stem_does(language):
    for word in ["қазақстанның", "республики", "relations", "2020ж", "x1", "саммитте", "ünal", "ﬁnance"]:
        assert language_stemmer(language)(word) == stem(word, language)


@pytest.mark.parametrize(
    "pattern",
    [
        kind_register.ARGUED_RE,
        kind_register.REPORTED_RE,
        kind_register.DEICTIC_RE,
        kinds.ANALYTIC_RE,
        kind_interview.OWN_CONVERSATION_RE,
        kind_interview.CONVERSATION_RE,
        cues.INTERVIEW_RE,
        cues.OTHER_DATE_LABEL_RE,
    ],
)
def test_a_first_letters_lookahead_finds_what_the_words_alone_find(pattern):
    plain = re.compile(LOOKAHEAD_RE.sub("", pattern.pattern, count=1), pattern.flags)
    assert plain.pattern != pattern.pattern
    # The words of the pattern in three casings, glued and apart, among seed texts.
    words = re.findall(r"[^\W\d_]+(?:\\s\+[^\W\d_]+)*", plain.pattern.replace("(?:", " "))
    phrases = [w.replace("\\s+", " ") for w in words]
    samples = [" ".join(phrases), " ".join(p.upper() for p in phrases), ".".join(p.title() for p in phrases)]
    samples += [path.read_text(encoding="utf-8") for path in sorted(SEED_TEXTS.glob("*.txt"))]
    for sample in samples:
        assert [m.span() for m in pattern.finditer(sample)] == [m.span() for m in plain.finditer(sample)]


def test_names_in_gives_a_list_of_its_own_each_time():
    first = names_in("Иванов И.И., Петров П.П.")
    first.append("Someone Else")
    assert names_in("Иванов И.И., Петров П.П.") == ["Иванов И.И.", "Петров П.П."]


@pytest.mark.parametrize(
    "text",
    [
        "Иванов И.И., Петров П.П.",
        "Ivan Petrov and Anna Smith",
        "LIU Wenhua , 1 , ZHU Wenbin , 1, 4, *",
        ", Ivan Petrov",
        "1, Ivan Petrov",
        "The article, Ivan Petrov",
        "Бахтуридзе З.З. 1 Лагутина М.Л. 2",
        "Anna Smith (Kazakhstan)",
    ],
)
def test_names_in_reads_a_line_as_the_split_into_parts_does(text):
    # The opening part decides a line it does not name; the full reading, without the shortcut, agrees.
    full = bylines._names_in.__wrapped__
    assert names_in(text) == list(full(text))


@pytest.mark.parametrize(
    "text", ["A. Smith. E-mail", "Smith J., Email:", "Иванов И. Эл. почта :", "Сәрсенов А. ЭЛЕКТРОНДЫҚ ПОШТА  "]
)
def test_a_contact_tail_ends_as_its_prefilter_expects(text):
    assert CONTACT_TAIL_RE.search(text) and text.rstrip().endswith(CONTACT_TAIL_ENDS)


def test_a_media_note_is_still_cut_from_a_headline():
    assert without_media_note("Астанада жаңа саябақ ашылды (фото)") == "Астанада жаңа саябақ ашылды"
    assert MEDIA_NOTE_RE.search("no brackets here") is None


def test_the_label_prefilters_hold_every_label_the_patterns_open_with():
    for label in single.UDC_LABELS:
        assert cues.UDC_RE.search(f"{label}: 327.1")
    for label in single.IRSTI_LABELS:
        assert cues.IRSTI_RE.search(f"{label} 11.25.91")
    assert cues.UDC_RE.search("udc 327.1") is None  # case-sensitive: a label must appear as written


@pytest.mark.parametrize(
    "text",
    ["a.b@c.kz", "Email: none", "E-MAIL :", "[email protected]", "[EMAIL  PROTECTED]", "no address", "e-mail", ""],
)
def test_has_email_is_what_the_pattern_finds(text):
    assert cues.has_email(text) == bool(cues.EMAIL_RE.search(text))


def test_a_glued_label_is_found_where_the_character_before_it_was_tested_first():
    behind_first = re.compile(r"(?<=[\w.)])" + cues.GLUED_LABEL_RE.pattern.removesuffix(r"(?<=[\w.)])"))
    samples = ["10.48371/ISMO.2022.48.2.004Keywords: a", "текст.Аннотация: б", "Abstract: c", "x) Key words."]
    samples += [path.read_text(encoding="utf-8") for path in sorted(SEED_TEXTS.glob("*.txt"))]
    for sample in samples:
        assert cues.GLUED_LABEL_RE.split(sample) == behind_first.split(sample)
