"""Script helpers for Kazakh, Russian and English text.

* ``fix_lookalikes`` repairs words typed with Latin letters that look like
  Cyrillic ones (``тәуелсiздiк`` with Latin ``i``), a common defect of texts
  typed before Kazakh keyboard layouts were widespread.
* ``romanize`` gives a readable Latin spelling for display (author names).
* ``ascii_key`` folds any spelling, Cyrillic or Latin, to a plain ASCII key
  so that ``Тоқаев``, ``Toqaev`` and ``Tokayev`` meet in search.
* ``to_cyrillic`` is the rough inverse, used to run the Cyrillic stemmers on
  Latin query words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

KAZAKH_SPECIFIC = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")

# Latin letters that look like a Cyrillic one.  Uppercase H is the twin of
# Cyrillic Н; lowercase h stands for Kazakh һ (жаhандық), Latin i for і.
_LATIN_TO_CYRILLIC = str.maketrans(
    "acehikmopxytACEHIKMOPXYTB",
    "асеһікморхутАСЕНІКМОРХУТВ",
)
_CYRILLIC_TO_LATIN = str.maketrans(
    "асеһікорхуАВСЕНІКМОРТХУјЈѕЅ",
    "acehikopxyABCEHIKMOPTXYjJsS",
)
# Roman numerals, also when some of their letters were typed in Cyrillic.
_ROMAN_LETTERS = set("IVXLCDMХІСМ")
# Old Kazakh fonts and IPA keyboards give the Latin schwa (U+0259, U+018F) for ә and Ә (U+04D9, U+04D8): the
# same shape, not an ASCII letter, so _SCRIPT_PAIR never meets it.  Only a schwa touching a Cyrillic letter.
_SCHWA_TO_CYRILLIC = str.maketrans("əƏ", "әӘ")
_SCHWA_BY_CYRILLIC = re.compile(r"[əƏ](?=[\u0400-\u04ff])|(?<=[\u0400-\u04ff])[əƏ]")
_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_ANY_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Only a word holding both a Latin and a Cyrillic letter can change (see _fix_word), and such a word has an
# ASCII letter next to a letter of another kind: only the words around such a pair are visited.  The pattern
# opens with the ASCII letter (the pair is looked for at ASCII letters only, which the search skips to fast).
_OTHER_LETTER = r"[^\W\d_A-Za-z]"
_SCRIPT_PAIR = re.compile(rf"[A-Za-z](?:(?={_OTHER_LETTER})|(?<={_OTHER_LETTER}[A-Za-z]))")


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def _is_latin(char: str) -> bool:
    return char.isascii() and char.isalpha()


def has_kazakh_letters(text: str) -> bool:
    """True if the text holds a letter that Kazakh has and Russian lacks."""
    return not KAZAKH_SPECIFIC.isdisjoint(text)


def _fix_word(word: str) -> str:
    latin = sum(map(_is_latin, word))
    cyrillic = sum(map(_is_cyrillic, word))
    if latin and set(word) <= _ROMAN_LETTERS:
        return word.translate(_CYRILLIC_TO_LATIN)  # ХV → XV
    if not latin or not cyrillic:
        return word
    # A tie ("cі" in "152-cі") goes to Cyrillic: the archive is mostly Cyrillic.
    if cyrillic >= latin:
        return word.translate(_LATIN_TO_CYRILLIC)
    return word.translate(_CYRILLIC_TO_LATIN)


def fix_lookalikes(text: str) -> str:
    """Replace look-alike letters of the minority script inside mixed words.

    Words in one script are left alone, except Roman numerals typed partly
    in Cyrillic (ХV → XV), which become all Latin.  The Latin schwa (ə, Ə)
    next to a Cyrillic letter is Kazakh ә, Ә (``мəселелері``).
    """
    if not _ANY_CYRILLIC.search(text):
        return text  # no word can mix the scripts
    if "ə" in text or "Ə" in text:
        text = _SCHWA_BY_CYRILLIC.sub(lambda m: m.group().translate(_SCHWA_TO_CYRILLIC), text)
    out: list[str] = []
    position = 0  # where the text not yet copied to `out` begins
    for pair in _SCRIPT_PAIR.finditer(text):
        if pair.start() < position:
            continue  # another pair in a word already handled
        start = pair.start()
        while start > position and _LETTER.match(text, start - 1):
            start -= 1  # back to the word's first letter
        word_match = _WORD.match(text, start)
        assert word_match is not None  # the pair is letters
        word = word_match.group()
        fixed = _fix_word(word)  # unchanged unless the word mixes the scripts (or is a Roman numeral)
        out.append(text[position:start])
        out.append(fixed)
        position = word_match.end()
    if not out:
        return text
    out.append(text[position:])
    return "".join(out)


_KK_LATIN = {
    "а": "a",
    "ә": "ä",
    "б": "b",
    "в": "v",
    "г": "g",
    "ғ": "ğ",
    "д": "d",
    "е": "e",
    "ж": "j",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "қ": "q",
    "л": "l",
    "м": "m",
    "н": "n",
    "ң": "ñ",
    "о": "o",
    "ө": "ö",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ұ": "ū",
    "ү": "ü",
    "ф": "f",
    "х": "h",
    "һ": "h",
    "ш": "ş",
    "ы": "y",
    "і": "ı",
    # Letters of Russian loans; the 2021 alphabet leaves them to convention.
    "ц": "ts",
    "ч": "ch",
    "щ": "şş",
    "ё": "io",
    "ю": "iu",
    "я": "ia",
    "э": "e",
    "ъ": "",
    "ь": "",
}
# ICAO Doc 9303 (the scheme of Russian passports).
_RU_LATIN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "ie",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
}


def romanize(text: str, language: str | None = None) -> str:
    """Latin spelling for display: Kazakh 2021 alphabet or Russian ICAO."""
    kazakh = language == "kk" or has_kazakh_letters(text)
    table = _KK_LATIN if kazakh else _RU_LATIN
    out = []
    for i, char in enumerate(text):
        lower = char.lower()
        latin = table.get(lower)
        if latin is None:
            out.append(char)
        elif char == lower or not latin:
            out.append(latin)
        elif len(latin) > 1 and _in_capitals(text, i):
            out.append(latin.upper())  # ШЫ → SHY
        else:
            out.append(latin[0].upper() + latin[1:])  # Ш → Sh
    return "".join(out)


def _in_capitals(text: str, i: int) -> bool:
    """True if the letter at i stands in an all-capitals word."""
    after = text[i + 1 : i + 2]
    before = text[i - 1 : i] if i else ""
    if after.isalpha():
        return after.isupper()
    return before.isalpha() and before.isupper()


# Spelling variants folded by ascii_key, in two passes.
# The first pass meets transliteration conventions (zh/j for ж, sh/ş for ш,
# -yev/-ev); х (kh) and қ (q) both become k, because English spells
# Қазақстан and Казахстан alike as Kazakhstan.  The second pass unifies y
# and i, so that ya/ia (я), yu/iu (ю) and -ay/-ai (й) meet.
_FOLD_PASS_1 = {
    "shch": "s",
    "kh": "k",
    "zh": "j",
    "sh": "s",
    "ph": "f",
    "ye": "e",
    "x": "ks",
    "q": "k",
}
_FOLD_PASS_2 = {"dj": "j", "y": "i"}
_PASS_1 = re.compile("|".join(sorted(_FOLD_PASS_1, key=len, reverse=True)))
_PASS_2 = re.compile("|".join(_FOLD_PASS_2))
_KEY_LATIN = {**_KK_LATIN, "х": "kh"}
_KEY_LATIN_TABLE = str.maketrans(_KEY_LATIN)
_DOUBLED = re.compile(r"(.)\1+")
_NOT_ASCII_KEY = re.compile(r"[^a-z0-9]+")
_SPECIAL_LATIN = str.maketrans({"ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "þ": "th"})


@lru_cache(maxsize=4096)
def fold_latin_char(char: str) -> str:
    """A non-ASCII Latin letter as plain ASCII (ä → a, ß → ss), else unchanged."""
    if char.isascii() or _is_cyrillic(char):
        return char
    special = char.lower().translate(_SPECIAL_LATIN)
    if special != char.lower():
        return special if char.islower() else special.upper()
    decomposed = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base if base.isascii() and base else char


def ascii_key(word: str) -> str:
    """Fold a word in any script to a lowercase ASCII matching key.

    Cyrillic is romanized with the Kazakh table (one table serves both
    languages), diacritics are dropped, and transliteration variants are
    folded; the same function is applied to indexed text and to queries.
    """
    word = word.casefold().replace("ё", "е")
    if not word.isascii():  # fold_latin_char() keeps ASCII, and casefold() has lowered its letters
        if any(map(_is_cyrillic, word)):
            word = word.translate(_KEY_LATIN_TABLE)
        word = "".join(fold_latin_char(c) for c in word).lower()
        if not word.isascii():
            word = "".join(c for c in word if c.isascii() and c.isalnum())
    if not word.isalnum():
        word = _NOT_ASCII_KEY.sub("", word)  # the lowered ASCII word keeps its letters and digits
    if word.isdigit():
        return _DOUBLED.sub(_first_group, word)  # the spelling variants are of letters
    for _ in range(3):  # to a fixed point: skhema → shema → sema
        folded = _PASS_1.sub(lambda m: _FOLD_PASS_1[m.group()], word)
        if folded == word:
            break
        word = folded
    word = _PASS_2.sub(lambda m: _FOLD_PASS_2[m.group()], word)
    # Doubled letters vary between spellings (Kassym / Қасым, -ий → -ii).
    return _DOUBLED.sub(_first_group, word)


def _first_group(match: re.Match[str]) -> str:
    """The replacement r"\\1" as a function: re expands a template string anew on every call."""
    return match.group(1)


# Rough Latin → Cyrillic, longest spellings first.  Kazakh 2021 letters map
# to Kazakh letters, so "Qazaqstannyñ" reaches the Kazakh stemmer.
_TO_CYRILLIC = {
    "shch": "щ",
    "kh": "х",
    "zh": "ж",
    "sh": "ш",
    "ch": "ч",
    "ts": "ц",
    "ya": "я",
    "yu": "ю",
    "yo": "ё",
    "ye": "е",
    "ia": "ия",
    "iu": "ию",
    "a": "а",
    "b": "б",
    "c": "к",
    "d": "д",
    "e": "е",
    "f": "ф",
    "g": "г",
    "h": "х",
    "i": "и",
    "j": "ж",
    "k": "к",
    "l": "л",
    "m": "м",
    "n": "н",
    "o": "о",
    "p": "п",
    "q": "қ",
    "r": "р",
    "s": "с",
    "t": "т",
    "u": "у",
    "v": "в",
    "w": "у",
    "x": "кс",
    "y": "ы",
    "z": "з",
    "ä": "ә",
    "ö": "ө",
    "ü": "ү",
    "ū": "ұ",
    "ğ": "ғ",
    "ş": "ш",
    "ñ": "ң",
    "ı": "і",
}
_TO_CYRILLIC_RE = re.compile("|".join(sorted(_TO_CYRILLIC, key=len, reverse=True)))
_VOWEL_Y = re.compile(r"(?<=[aeiouäöüū])y(?![aeiouäöüū])")


def to_cyrillic(word: str) -> str:
    """Approximate Cyrillic spelling of a lowercase Latin word.

    Only good enough to feed the Russian and Kazakh stemmers; ascii_key
    absorbs the ambiguities (й/и, ы/и) afterwards.
    """
    word = _VOWEL_Y.sub("й", word.lower())  # Baykushikova → Байкушикова
    return _TO_CYRILLIC_RE.sub(lambda m: _TO_CYRILLIC[m.group()], word)
