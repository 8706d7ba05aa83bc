"""The one text analyzer for search, shared by indexing and querying.

Every word of a text yields two aligned terms:

* a native term: the word stemmed in its language (Kazakh, Russian or
  English) and folded so Kazakh letters meet their Russian-keyboard
  substitutes (``Казакстан`` finds ``Қазақстан``);
* a shadow term: the ASCII key of that stem, so Latin queries find Cyrillic
  text and vice versa (``Toqaev`` finds ``Тоқаев``).

Terms are lowercase runs of a-z, 0-9 and Cyrillic letters, so SQLite FTS5
and PostgreSQL tsvector can store them as space-separated text.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache

import Stemmer

from articles.search import kazakh_stemmer
from articles.text.translit import (
    ascii_key,
    fix_lookalikes,
    fold_latin_char,
    has_kazakh_letters,
    to_cyrillic,
)

_TOKEN = re.compile(r"[0-9a-z\u0400-\u0481\u048a-\u04ff]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-z]")
_KAZAKH_FOLD = str.maketrans("қғңөұүәіһ", "кгноууаих")
_VOWELS = set("аәеиоөұүыіэюя")


# Every character that may be a mark, a format or control character or a line or paragraph separator: all but
# printable ASCII and the Cyrillic letters.  Only these are looked up (a long body has few of them).
_MAYBE_INVISIBLE = re.compile(r"[^\x20-\x7e\u0400-\u0482\u048a-\u04ff]")
# Every character fold_latin_char() may change: it keeps ASCII and Cyrillic.
_MAYBE_FOLDED = re.compile(r"[^\x00-\x7f\u0400-\u04ff]")
FEW_REPLACEMENTS = 8


def _replace_chars(text: str, table: dict[str, str]) -> str:
    """str.translate() with a table of single characters."""
    chained = any(char in replacement for replacement in table.values() for char in table)
    if len(table) > FEW_REPLACEMENTS or chained:
        return text.translate({ord(char): replacement for char, replacement in table.items()})
    for char, replacement in table.items():  # a few scans of a long text beat a lookup per character
        text = text.replace(char, replacement)
    return text


def _strip_invisible(text: str) -> str:
    """Drop combining marks and format characters; controls become spaces."""
    # Each distinct character is looked at once (a long body has a few hundred), then replaced.
    table: dict[str, str] = {}
    for char in set(_MAYBE_INVISIBLE.findall(text)):
        category = unicodedata.category(char)
        if category in ("Mn", "Me", "Cf"):  # accents, zero-width, bidi, soft hyphen
            table[char] = ""
        elif category in ("Cc", "Zl", "Zp"):
            table[char] = " "
    return _replace_chars(text, table) if table else text


def normalize(text: str) -> str:
    """NFC, look-alike repair, casefold, ё→е, Latin diacritics folded, no marks.

    Latin letters lose their diacritics (café → cafe, Müller → muller) so
    English terms stay ASCII; Cyrillic letters (й, Kazakh ә) are kept.
    """
    text = _strip_invisible(unicodedata.normalize("NFC", text))
    text = fix_lookalikes(text).casefold().replace("ё", "е")
    # Each distinct character folded once, then replaced (a body has a few hundred distinct ones).
    folds = {c: folded for c in set(_MAYBE_FOLDED.findall(text)) if (folded := fold_latin_char(c)) != c}
    text = _replace_chars(text, folds) if folds else text
    return _strip_invisible(text)  # casefold can emit combining marks (İ)


def words(text: str) -> list[str]:
    """The word tokens of a text in order; any other character separates."""
    return _TOKEN.findall(normalize(text))


def detect_word_language(word: str, default: str | None) -> str:
    """Language of one word: Latin script is English, Kazakh letters Kazakh.

    Other Cyrillic words take the field's language, Russian if that is
    unknown or English.
    """
    if _LATIN.search(word) and not _CYRILLIC.search(word):
        return "en"
    if has_kazakh_letters(word):
        return "kk"
    return default if default in ("kk", "ru") else "ru"


# PyStemmer objects are not thread-safe: one set per thread.
_local = threading.local()


def _snowball(language: str) -> Stemmer.Stemmer:
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        # No cache of PyStemmer's own (maxCacheSize 0): the callers remember stems, and its cache of 10,000
        # words, purged as it fills, made a run over the tens of thousands of distinct words of an import
        # twice as slow as stemming them.
        stemmers = _local.stemmers = {
            "ru": Stemmer.Stemmer("russian", 0),
            "en": Stemmer.Stemmer("english", 0),
        }
    return stemmers[language]


def _has_digit(word: str) -> bool:
    # No character is both a letter and a digit: a word of letters alone (nearly all) needs no scan.
    return not word.isalpha() and any(c.isdigit() for c in word)


@lru_cache(maxsize=65_536)  # a text repeats its words: the Kazakh stemmer is pure Python
def stem(word: str, language: str) -> str:
    """Stem one normalized word; words holding digits are left as they are."""
    if _has_digit(word):
        return word
    if language == "kk":
        return kazakh_stemmer.stem(word)
    return _snowball("en" if language == "en" else "ru").stemWord(word)


def language_stemmer(language: str) -> Callable[[str], str]:
    """stem(word, language) for one language, without stem()'s shared cache: for a caller that remembers the
    stems of its own words (the importer's vocabulary stems tens of thousands of distinct words three times,
    which would only push the search's words out of that cache)."""
    # _has_digit() inlined after its first test: a word of letters (nearly all) costs no call for it.
    if language == "kk":

        def stem_kazakh(word: str) -> str:
            return kazakh_stemmer.stem(word) if word.isalpha() or not _has_digit(word) else word

        return stem_kazakh
    name = "en" if language == "en" else "ru"

    def stem_snowball(word: str) -> str:
        return _snowball(name).stemWord(word) if word.isalpha() or not _has_digit(word) else word

    return stem_snowball


def language_list_stemmer(language: str) -> Callable[[list[str]], list[str]]:
    """language_stemmer(language) of each word of a list: PyStemmer stems the whole list in one call."""
    stem_one = language_stemmer(language)
    if language == "kk":
        return lambda words: list(map(stem_one, words))
    name = "en" if language == "en" else "ru"

    def stem_snowball_list(words: list[str]) -> list[str]:
        stems = _snowball(name).stemWords(words)
        for index in [i for i, word in enumerate(words) if not word.isalpha() and _has_digit(word)]:
            stems[index] = words[index]  # stem() leaves a word holding a digit as it is
        return stems

    return stem_snowball_list


def fold_kazakh(term: str) -> str:
    """Replace Kazakh letters by the Russian letters typed in their place."""
    return term.translate(_KAZAKH_FOLD)


@lru_cache(maxsize=100_000)
def _word_terms(word: str, language: str | None) -> tuple[str, str]:
    """The native and the shadow term of one word (cached: texts repeat words)."""
    stemmed = stem(word, detect_word_language(word, language))
    native = fold_kazakh(stemmed)
    # A word of only ь/ъ has an empty key: fall back to keep terms aligned.
    return native, ascii_key(stemmed) or native


def word_terms(word: str, language: str | None) -> tuple[str, str]:
    """The native and the shadow term of one normalized word (see words())."""
    return _word_terms(word, language)


@lru_cache(maxsize=65_536)  # apart from _word_terms(): a run of distinct numbers does not push words out
def _number_terms(word: str) -> tuple[str, str]:
    """_word_terms() of a word holding a digit, which stem() leaves as it is."""
    native = _number_native_term(word)
    return native, ascii_key(word) or native


@lru_cache(maxsize=65_536)
def _number_native_term(word: str) -> str:
    return word if word.isascii() else fold_kazakh(word)


SLICE_CHARS = 1 << 16


def _token_slices(text: str) -> Iterator[list[str]]:
    """words(), a slice of the normalized text at a time: a long text's words are never all held as a list."""
    text = normalize(text)
    start = 0
    while start < len(text):
        end = text.find(" ", start + SLICE_CHARS)  # a space is in no word
        end = len(text) if end < 0 else end
        yield _TOKEN.findall(text, start, end)
        start = end


def analyze(text: str, language: str | None) -> tuple[list[str], list[str]]:
    """index_terms() and shadow_terms() of a text, in one pass."""
    natives: list[str] = []
    shadows: list[str] = []
    for tokens in _token_slices(text):
        # A token is letters (a-z, Cyrillic) and digits: one that is not all letters holds a digit, and one of
        # digits alone (0-9) is its own native term; numbers rarely repeat, so they skip the caches.
        pairs = [
            _word_terms(w, language) if w.isalpha() else (w, ascii_key(w)) if w.isdigit() else _number_terms(w)
            for w in tokens
        ]
        natives += [native for native, _ in pairs]
        shadows += [shadow for _, shadow in pairs]
    return natives, shadows


MAX_REMEMBERED_TERMS = 50_000  # distinct tokens whose native term a thread keeps per language (numbers rarely repeat)


def _remembered_terms(language: str | None) -> dict[str, str]:
    """This thread's native terms of the tokens met in fields of the language."""
    by_language = getattr(_local, "native_terms", None)
    if by_language is None:
        by_language = _local.native_terms = {}
    return by_language.setdefault(language, {})


def _native_terms(tokens: list[str], language: str | None) -> list[str]:
    """The native term of each token: each distinct token not met before is analyzed once, and the others read
    from a dict in one C-level pass (a call of a cached function per token costs several times as much)."""
    known = _remembered_terms(language)
    new = set(tokens).difference(known)
    if len(known) + len(new) > MAX_REMEMBERED_TERMS:
        known.clear()
        new = set(tokens)
    letters = [w for w in new if w.isalpha()]
    known.update(zip(letters, _letter_terms(letters, language)))
    for w in new.difference(letters):
        # A token that is not all letters holds a digit, and stem() leaves such a word as it is.
        known[w] = w if w.isdigit() else _number_native_term(w)
    return list(map(known.__getitem__, tokens))


def _letter_terms(words: list[str], language: str | None) -> list[str]:
    """The native term of _word_terms() of each word of letters (without the ASCII key, not needed here), the
    words stemmed a language at a time (PyStemmer stems a list in one call)."""
    by_language: dict[str, list[int]] = {}
    for index, word in enumerate(words):
        by_language.setdefault(detect_word_language(word, language), []).append(index)
    terms = [""] * len(words)
    for word_language, indexes in by_language.items():
        stems = language_list_stemmer(word_language)([words[index] for index in indexes])
        for index, stemmed in zip(indexes, stems):
            terms[index] = fold_kazakh(stemmed)
    return terms


def index_terms(text: str, language: str | None) -> list[str]:
    """One folded stem per word of the text, in word order."""
    return _native_terms(words(text), language)


def index_term_slices(text: str, language: str | None) -> Iterator[list[str]]:
    """index_terms() a slice of the text at a time, for a long text: its words are never all held as a list."""
    for tokens in _token_slices(text):
        yield _native_terms(tokens, language)


def shadow_terms(text: str, language: str | None) -> list[str]:
    """One ASCII key of the stem per word of the text, aligned with words()."""
    return analyze(text, language)[1]


def _kazakh_stems(word: str) -> list[str]:
    """The Kazakh stem of a query word, and its other reading if ambiguous.

    жұмысы may be жұмыс+ы or жұмы+сы and қаулысы қаулы+сы or қаулыс+ы: the
    stemmer picks one, so a Kazakh-looking query word also tries the other
    (a wrong reading is rarely a real stem).  Russian words are left alone.
    """
    stemmed = kazakh_stemmer.stem(word)
    if stemmed == word and not has_kazakh_letters(word):
        return [stemmed]
    if len(stemmed) > 3 and stemmed[-1] == "с" and stemmed[-2] in _VOWELS:
        return [stemmed, stemmed[:-1]]
    if len(stemmed) > 2 and stemmed[-1] in _VOWELS:
        return [stemmed, stemmed + "с"]
    return [stemmed]


def query_term_alternatives(word: str) -> list[str]:
    """Index terms (native or shadow) that one query word may match.

    Cyrillic words try both the Kazakh and the Russian stem, Latin words the
    English stem and the stems of their Cyrillic spelling; every stem and
    the word itself also give their ASCII key.
    """
    tokens = words(word)
    if not tokens:
        return []
    word = tokens[0]
    if word.isdigit():
        return [word]
    if _CYRILLIC.search(word):
        kk = _kazakh_stems(word)
        native = [*kk, stem(word, "ru")]
        keyed = [*native, word]
    else:
        # Latin words are also read as transliterated Kazakh or Russian, so
        # Qazaqstannyñ and Khasenova meet the stems of the Cyrillic text.
        cyrillic = to_cyrillic(word)
        native = [stem(word, "en")]
        keyed = [*native, *_kazakh_stems(cyrillic), stem(cyrillic, "ru"), word]
    alternatives = [fold_kazakh(s) for s in native] + [ascii_key(s) for s in keyed]
    return list(dict.fromkeys(a for a in alternatives if a))


def _folded(text: str) -> frozenset[str]:
    return frozenset(fold_kazakh(w) for w in text.split())


# The function words as written (folded for the query parser below, analyzed for the index's word pairs).
_STOPWORD_TEXTS = {
    "kk": (
        "және мен бен пен үшін бойынша да де та те ол бұл осы сол әр ал бірақ"
        " немесе туралы арқылы сияқты ретінде тек ғана қана ма ме ба бе па пе"
        " оның соның еді деп"
        # Case endings split off by hyphens: ЕҚЫҰ-дағы, БҰҰ-ның.
        " ның нің дың дің тың тің ға ге қа ке ны ні ды ді ты ті нан нен дан"
        " ден тан тен дағы дегі тағы тегі нда нде"
    ),
    "ru": ("и в во на с со по для о об от к ко из у за а но не что как это или же ли бы до при его ее их"),
    "en": ("the of and in to a an on for by with is are as at from or be that this it its"),
}
STOPWORDS_BY_LANGUAGE = {language: _folded(text) for language, text in _STOPWORD_TEXTS.items()}
STOPWORDS = frozenset().union(*STOPWORDS_BY_LANGUAGE.values())


def is_stopword(word: str) -> bool:
    """True if the normalized word is a function word in any language."""
    return fold_kazakh(word) in STOPWORDS


@lru_cache(maxsize=1)
def stop_terms() -> frozenset[str]:
    """The index terms (native and shadow) of the function words, each stemmed in its own language.

    The index's word pairs (articles.search.ranking) step over them, as the query parser drops them: "языка
    в России" holds the pair of язык and росс that the query "языка России" asks for.
    """
    return frozenset(
        term
        for language, text in _STOPWORD_TEXTS.items()
        for word in text.split()
        for term in word_terms(word, language)
    )
