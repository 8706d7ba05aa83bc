"""The importer's fast paths give what the plain way of doing the same gives.

Parsing reads a text in slices, counts distinct words once, skips what a first character or a cheap search
already rules out, and finds character classes by scans instead of a lookup per character.  Each test here
sets such a path against the plain computation it replaces (written out in the test), on generated text
and, where a path rests on a fact about Unicode, on every code point.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache, partial

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.ingest import casing, cues, journal, layout, repair, topics
from articles.ingest.language import KAZAKH_LATIN_LETTERS, KAZAKH_LETTERS, _letter_counts
from articles.ingest.reading import _control_ratio
from articles.search import analyzer
from articles.search.analyzer import stem
from articles.text import translit

EVERY_CHARACTER = [chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000]
# The scripts and marks before CJK whole, then a sample: for the slower plain computations.
MANY_CHARACTERS = EVERY_CHARACTER[:0x3000] + EVERY_CHARACTER[0x3000::101]
# Pieces of PDF text: words, shards of words, a frequent word, hyphens at line ends, odd spaces, bullets.
PIECES = st.sampled_from(
    [
        "эко",
        "но",
        "микалық",
        "экономикалық",
        "саясат",
        "са",
        "ясат",
        "мен",
        "и",
        "Армения",
        "ынтымақ",
        "тастық",
        "ынтымақтастық",
        "co",
        "operation",
        "cooperation",
        "Қазақ",
        "стан",
        "шекара",
        "лар",
        "кое",
        "где",
        "XV",
        "Хv",
        "cөз",
        "123",
        "x²",
        " ",
        "  ",
        "\n",
        "\t",
        "\u00a0",
        "-\n",
        " -\n",
        ", ",
        ". ",
        "• ",
        "(1)",
    ]
)
TEXTS = st.lists(PIECES, max_size=80).map("".join)


def stemmers():
    return [lru_cache(maxsize=None)(partial(stem, language=code)) for code in ("kk", "ru", "en")]


def plain_counts(texts: list[str]) -> tuple[Counter[str], Counter[str]]:
    """Vocabulary's word and compound counts, line by line: the shards around line-end hyphens left out."""
    words: Counter[str] = Counter()
    compounds: Counter[str] = Counter()
    for text in texts:
        previous_hyphenated = False
        for line in text.split("\n"):
            if not line.strip():
                continue
            tokens = [t.lower() for t in repair.WORD_RE.findall(line)]
            hyphenated = bool(re.search(rf"{repair.LETTER}\s?-\s*$", line))
            if hyphenated and tokens:
                tokens.pop()
            if previous_hyphenated and tokens:
                tokens.pop(0)
            previous_hyphenated = hyphenated
            for token in tokens:
                if "-" in token:
                    compounds[token] += 1
                words.update(token.split("-"))
    return words, compounds


@settings(max_examples=200, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=3))
def test_the_vocabulary_counts_what_reading_line_by_line_counts(texts):
    vocabulary = repair.Vocabulary(texts, stemmers())
    words, compounds = plain_counts(texts)
    assert (vocabulary.words, vocabulary.compounds) == (words, compounds)
    assert vocabulary.sorted_words == sorted(words)  # no word counted down to nothing is left in


@settings(max_examples=200, deadline=None)
@given(TEXTS, TEXTS)
def test_joining_spaced_letters_does_not_depend_on_where_the_text_is_cut(text, other):
    vocabulary = repair.Vocabulary([text, other], stemmers())
    joined = repair.join_spaced_letters(text, vocabulary)
    for size in (1, 2, 5, 13):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(repair, "SLICE_CHARS", size)
            assert repair.join_spaced_letters(text, vocabulary) == joined


def test_a_join_across_the_cut_between_two_slices_is_made(monkeypatch):
    text = "Бұл эко но микалық мәселе, ал экономикалық даму басқа."
    vocabulary = repair.Vocabulary([text], stemmers())
    expected = "Бұл экономикалық мәселе, ал экономикалық даму басқа."
    assert repair.join_spaced_letters(text, vocabulary) == expected
    for size in range(1, len(text)):
        monkeypatch.setattr(repair, "SLICE_CHARS", size)
        assert repair.join_spaced_letters(text, vocabulary) == expected, size


def test_a_space_is_the_same_to_split_isspace_and_regular_expressions():
    """join_spaced_letters cuts tokens with str.split() and reads back with str.isspace() over a \\s cut."""
    spaces = [c for c in EVERY_CHARACTER if re.fullmatch(r"\s", c)]
    assert spaces == [c for c in EVERY_CHARACTER if c.isspace()]
    assert ("a" + "a".join(spaces) + "a").split() == ["a"] * (len(spaces) + 1)


def test_words_of_a_slice_are_the_pattern_s_words():
    text = "Ел-дің 2019 x² ½ café_bar Қазақстан, (ЕҚЫҰ) 12-ші 3.5 - жол\n" + "".join(EVERY_CHARACTER[::97])
    assert Counter(repair._words_in(text)) == Counter(repair.WORD_RE.findall(text))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_characters_are_repaired_over_the_whole_text_as_line_by_line(text):
    lines = []
    for line in text.replace("\u00a0", " ").split("\n"):
        line = re.sub(rf"^(\s*)[{repair.BULLET_GLYPHS}]\s*", lambda m: m.group(1) + repair.BULLET, line)
        lines.append(translit.fix_lookalikes(line))
    assert repair.normalize_characters(text) == "\n".join(lines)


MIXED_WORD = re.compile(r"(?=[^\W\d_]*[A-Za-z])(?=[^\W\d_]*[\u0400-\u04ff])[^\W\d_]+")


def fixed_by_one_pattern(text: str) -> str:
    """The reference: a Latin schwa beside a Cyrillic letter is ә, then every word mixing the scripts is fixed."""
    text = translit._SCHWA_BY_CYRILLIC.sub(lambda m: m.group().translate(translit._SCHWA_TO_CYRILLIC), text)
    return MIXED_WORD.sub(lambda m: translit._fix_word(m.group()), text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("acXVIxo СХМІасәəƏб²_1-\n.éİ\u0301")), max_size=30))
def test_look_alikes_are_found_as_by_one_pattern_over_the_text(text):
    assert translit.fix_lookalikes(text) == fixed_by_one_pattern(text)


def test_look_alikes_in_letters_of_every_script_next_to_latin_and_cyrillic_ones():
    letters = [c for c in MANY_CHARACTERS if re.fullmatch(r"[^\W\d_]", c)]
    text = " ".join(f"a{c}б б{c}a {c}Хv" for c in letters)
    assert translit.fix_lookalikes(text) == fixed_by_one_pattern(text)


def test_the_analyzer_looks_at_every_character_that_is_dropped_or_folded():
    categories = {"Mn", "Me", "Cf", "Cc", "Zl", "Zp"}
    invisible = "".join(c for c in EVERY_CHARACTER if unicodedata.category(c) in categories)
    assert re.fullmatch(f"(?:{analyzer._MAYBE_INVISIBLE.pattern})*", invisible)
    folded = "".join(c for c in EVERY_CHARACTER if translit.fold_latin_char(c) != c)
    assert re.fullmatch(f"(?:{analyzer._MAYBE_FOLDED.pattern})*", folded)


def test_replacing_characters_is_translating_them():
    text = "ab\u0301c\nd\u200be ß İ"
    for table in ({"\n": " ", "\u200b": "", "\u0301": ""}, {"ß": "ss", "s": "z"}, dict.fromkeys("abcdefghij", "")):
        assert analyzer._replace_chars(text, table) == text.translate({ord(k): v for k, v in table.items()})


def plain_ascii_key(word: str) -> str:
    """ascii_key() character by character, as it was written before its shortcuts."""
    word = word.casefold().replace("ё", "е")
    if any("\u0400" <= c <= "\u04ff" for c in word):
        word = "".join(translit._KEY_LATIN.get(c, c) for c in word)
    word = "".join(translit.fold_latin_char(c) for c in word).lower()
    word = "".join(c for c in word if c.isascii() and c.isalnum())
    for _ in range(3):
        folded = translit._PASS_1.sub(lambda m: translit._FOLD_PASS_1[m.group()], word)
        if folded == word:
            break
        word = folded
    word = translit._PASS_2.sub(lambda m: translit._FOLD_PASS_2[m.group()], word)
    return translit._DOUBLED.sub(r"\1", word)


@given(st.text(alphabet=st.sampled_from(list("askhzyqxeoSHKY019 -_.жшхқңёЁұüİßéﬁ\u0301")), max_size=12))
def test_the_ascii_key_shortcuts_give_the_same_key(word):
    assert translit.ascii_key(word) == plain_ascii_key(word)


def test_the_ascii_key_of_characters_of_every_script_and_of_numbers():
    assert [translit.ascii_key(c) for c in MANY_CHARACTERS] == [plain_ascii_key(c) for c in MANY_CHARACTERS]
    for number in ("0", "1100", "2024", "19-шы", "3сөз", "x1"):
        assert translit.ascii_key(number) == plain_ascii_key(number)


def test_analyzed_terms_of_numbers_and_words_are_as_word_by_word():
    text = "Қазақстан 2024 жылы 1100 шақырым, сөз12 word12 12-ші ынтымақтастық; Kazakhstan 1991"
    natives, shadows = analyzer.analyze(text, "kk")
    assert [analyzer.word_terms(w, "kk") for w in analyzer.words(text)] == list(zip(natives, shadows, strict=True))
    slices = analyzer.index_term_slices(text, "kk")
    assert analyzer.index_terms(text, "kk") == natives == [term for terms in slices for term in terms]


def plain_letter_counts(text: str) -> tuple[int, int, int, int, int]:
    letters = {c: n for c, n in Counter(text).items() if c.isalpha()}
    return (
        sum(letters.values()),
        sum(n for c, n in letters.items() if "\u0400" <= c <= "\u04ff"),
        sum(n for c, n in letters.items() if c.isascii()),
        sum(n for c, n in letters.items() if c in KAZAKH_LATIN_LETTERS),
        sum(n for c, n in letters.items() if c in KAZAKH_LETTERS),
    )


@given(st.text(alphabet=st.sampled_from(list("aZ1 .әқІяЁ\u0482\u0489Ҋӿáñ«»é") + ["\U0001d400", "\ud800"])))
def test_letters_are_counted_as_character_by_character(text):
    assert _letter_counts(text) == plain_letter_counts(text)


def test_letters_of_every_character_are_counted():
    text = "".join(EVERY_CHARACTER)
    assert _letter_counts(text) == plain_letter_counts(text)


def test_control_characters_are_counted_as_by_their_category():
    text = "".join(EVERY_CHARACTER) + "\x00\x01\n\r\t\f"
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    assert _control_ratio(text) == controls / len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('aAбБ .!?«"–\n\t 1')), max_size=40))
def test_the_sign_before_each_word_is_the_last_one_of_the_three_characters_before_it(text):
    plain = Counter(
        (text[max(0, m.start() - 3) : m.start()].strip()[-1:], m.group()) for m in casing._WORD_RE.finditer(text)
    )
    found: Counter[tuple[str, str]] = Counter()
    for (just, one_space, two_spaces, word), number in casing._words_with_sign_before(text).items():
        found[just or one_space or two_spaces, word] += number
    assert found == plain


def test_case_counts_of_a_title_s_words_are_those_of_all_words():
    body = "Қазақстан Республикасы ЕҚЫҰ-ға төрағалық етті. Қазақстанның рөлі. ҚАЗАҚСТАН. қазақстандық іс-шаралар"
    keys = casing._keys("Қазақстан") | casing._keys("іс")
    every, some = casing.CaseCounts.of(body), casing.CaseCounts.of(body, keys)
    for key in keys:
        assert [c[key] for c in (every.lower, every.capital, every.caps, every.initial)] == [
            c[key] for c in (some.lower, some.capital, some.caps, some.initial)
        ]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "b", "c", "."]), max_size=60),
    st.lists(st.lists(st.sampled_from(["a", "b", "c"]), min_size=1, max_size=4).map(tuple), max_size=5),
)
def test_phrases_are_counted_as_by_comparing_every_start(terms, phrases):
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in dict.fromkeys(phrases):
        by_first.setdefault(phrase[0], []).append(phrase)
    longest = max([1, *map(len, phrases)])
    for size in (1, 2, 3, 4096):
        batches = [terms[i : i + size] for i in range(0, len(terms), size)]
        counted = topics.Terms(batches, by_first, longest)
        for phrase in phrases:
            width = len(phrase)
            assert counted.count(phrase) == sum(1 for i in range(len(terms)) if tuple(terms[i : i + width]) == phrase)


@given(st.lists(st.booleans(), min_size=1, max_size=30), st.sampled_from([0.5, 0.8]))
def test_a_share_is_known_as_soon_as_the_rest_cannot_change_it(passes, share):
    texts = ["x" if passed else "" for passed in passes]
    assert layout._share_at_least(texts, bool, share) == (sum(passes) >= share * len(passes))


def test_only_a_first_character_that_can_open_a_caption_is_tried():
    # Every letter or digit of the Basic Multilingual Plane (case folding pairs letters within their scripts).
    tails = ["аблица 1", "able 1", "есте 1", "исунок 1", "igure 1", "-кесте", "-сурет"]
    for char in (chr(code) for code in range(0x10000)):
        if char.isalnum() and not layout._may_open_caption(char):
            assert not any(layout.CAPTION_RE.match(char + tail) for tail in tails), hex(ord(char))
    assert layout.is_caption("  Таблица 2 – Экспорт") and layout.is_caption("ᲄаблица 1")
    assert not layout.is_caption("Тарифтер өсті")


def test_the_first_characters_of_an_author_line_are_its_pattern_s():
    upper = re.compile(f"[{cues.KZ_UPPER}]")
    assert {c for c in EVERY_CHARACTER if upper.fullmatch(c)} == journal.AUTHOR_LINE_FIRST


LINE_PIECES = st.sampled_from(
    ["сөз", "Сөз", "таблица 1", "ⅰ", "ª", "word", "1.", "– ", "•", ":", ";", "-", "://", " ", "."]
)
LINES = st.lists(LINE_PIECES, max_size=8).map("".join)


@settings(max_examples=500, deadline=None)
@given(LINES, LINES, st.booleans(), st.booleans(), st.booleans(), st.booleans())
def test_a_line_going_on_in_lower_case_is_what_continues_says(previous, following, gap, alone, wrapped, double):
    """reflow() takes such a line as going on without asking _continues(): it would say so."""
    nxt = following.strip()
    if nxt and nxt[0].islower() and not layout._may_open_caption(nxt[0]) and not following.startswith(" "):
        style = layout.LayoutStyle(wrapped, double, 60)
        assert layout._continues(previous, following, gap, style, alone) is True
