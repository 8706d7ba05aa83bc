"""A light suffix-stripping stemmer for Kazakh nouns in Cyrillic script.

Snowball has no Kazakh stemmer, so this one strips, from the end of a
lowercased word, at most one case ending, then one possessive ending, then
one plural ending (Kazakh orders them stem + plural + possessive + case).
Each allomorph is stripped only after the sound it follows in real Kazakh
(тар/тың/қа after voiceless consonants, дар/дың/ға after voiced ones, ның/ны
after vowels, н-forms after a 3rd-person possessive) and only when its vowel
agrees with the stem's vowel harmony (leniently: loans mix vowel classes).
Finally the consonant mutation of the stem (қ→ғ, к→г, п→б between vowels)
is undone.  Small word lists guard names and look-alike endings.

The stems are index keys, not dictionary lemmas: what matters is that the
forms of one word meet and different words stay apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

VOWELS = frozenset("аәеиоөұүыіэюяё")
BACK_VOWELS = frozenset("аоұыяу")  # у counts only after a consonant (ресурс)
FRONT_VOWELS = frozenset("әеөүіэ")
# Russian loans end in б/в/г/д, which Kazakh devoices: they take т-/қ-/п-forms.
VOICELESS = "кқпстфхцчшщбвгд"
VOICED = "лмнңрузжй"  # у and й behave as consonants before suffixes
CONSONANTS = "бвгғджзйкқлмнңпрстуфхһцчшщ"
NASALS = "мнң"
POSS_VOWEL = "ыі"  # after a 3rd-person possessive, case endings take an н-form
_V = "".join(sorted(VOWELS))

# (suffixes, letters that may precede them, minimum stem left, needs possessive)
_Table = list[tuple[tuple[str, ...], str, int, bool]]
_INSTRUMENTAL = frozenset(("мен", "бен", "пен", "менен", "бенен", "пенен"))
_CASE: _Table = [
    (("ндағы", "ндегі"), POSS_VOWEL, 2, True),
    (("дағы", "дегі"), _V + VOICED, 2, False),
    (("тағы", "тегі"), VOICELESS, 2, False),
    (("менен",), _V + "лрмнңуй", 2, False),
    (("бенен",), "жз", 2, False),
    (("пенен",), VOICELESS, 2, False),
    (("ның", "нің"), _V + NASALS, 3, False),
    (("дың", "дің"), "лрузжй", 2, False),
    (("тың", "тің"), VOICELESS, 2, False),
    (("нан", "нен"), NASALS, 2, False),
    (("нан", "нен"), POSS_VOWEL, 2, True),
    (("дан", "ден"), _V + "лрузжй", 2, False),
    (("тан", "тен"), VOICELESS, 2, False),
    (("мен",), _V + "лрмнңуй", 2, False),
    (("бен",), "жз", 2, False),
    (("пен",), VOICELESS, 2, False),
    (("нда", "нде"), POSS_VOWEL, 2, True),
    (("да", "де"), _V + VOICED, 2, False),
    (("та", "те"), VOICELESS, 2, False),
    (("на", "не"), POSS_VOWEL, 2, True),
    (("ға", "ге"), _V + VOICED, 2, False),
    (("қа", "ке"), VOICELESS, 2, False),
    # күні is күн+і, not кү+ні: demand a longer stem before the vowel н-form.
    (("ны", "ні"), _V, 3, False),
    (("ды", "ді"), VOICED, 2, False),
    (("ты", "ті"), VOICELESS, 2, False),
    (("н",), POSS_VOWEL, 2, True),
]
# 1st/2nd person singular (-м, -ң) and the polite -ңыз are left out: after a
# vowel they collide with common roots (адам, заң, маңыз) and are rare in
# scholarly prose.  1st person plural (еліміз, мақаламыз) is common.
_POSSESSIVE: _Table = [
    (("ымыз", "іміз"), CONSONANTS, 2, False),
    (("мыз", "міз"), _V, 2, False),
    (("сы", "сі"), _V, 3, False),
    (("ы", "і"), CONSONANTS, 2, False),
]
_PLURAL: _Table = [
    (("лар", "лер"), _V + "руй", 2, False),
    (("дар", "дер"), "лмнңзж", 2, False),
    (("тар", "тер"), VOICELESS, 2, False),
]

# Words kept whole: names, and words whose ending only looks like a suffix.
# Checked before every step, and a protected stem wins over a longer suffix,
# so Қазақстанның, қазаны, бүгінде, қорытындысы stop at the protected word.
PROTECTED = frozenset(
    [
        "ауғаныстан",
        "пәкістан",
        "үндістан",
        "түркістан",
        "дағыстан",
        "татарстан",
        "күрдістан",
        "алматы",
        "қарағанды",
        "қызылорда",
        "ақорда",
        "орда",
        "өскемен",
        "түмен",
        "канада",
        "флорида",
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан",
        "сауда",
        "теңге",
        "түрікмен",
        "төмен",
        "мағына",
        "оқиға",
        "төраға",
        "басқа",
        "қысқа",
        "қорытынды",
        "орын",
        "ағын",
        "жақын",
        "бұрын",
        "кейін",
        "қиын",
        "үшін",
        "бүгін",
        "ақын",
        "серпін",
        "қарқын",
        "түйін",
        "шағын",
        "тұрғын",
        "жиын",
        "еркін",
        "мүмкін",
        "айқын",
    ]
)
# Roots ending in vowel + с whose possessive -ы/-і would otherwise be
# read as the -сы/-сі of a vowel stem: серіктесі is серіктес+і, not серікте+сі.
S_ROOTS = frozenset(
    [
        "қатынас",
        "көзқарас",
        "кеңес",
        "күрес",
        "үлес",
        "процес",
        "процесс",
        "бизнес",
        "прогрес",
        "іс",
        "бас",
        "жас",
        "тас",
        "серіктес",
        "әріптес",
        "одақтас",
        "көршілес",
        "іргелес",
        "бәсекелес",
        "құрамдас",
        "үндес",
        "ұқсас",
        "тұтас",
        "біртұтас",
    ]
)
# Nouns that drop their second vowel before a vowel-initial suffix.
VOWEL_DROP = {
    "халқы": "халық",
    "халқ": "халық",
    "орн": "орын",
    "ойн": "ойын",
    "ауз": "ауыз",
    "мұрн": "мұрын",
    "ерн": "ерін",
}
_MUTATION = {"ғ": "қ", "г": "к", "б": "п"}
_TABLES = (_CASE, _POSSESSIVE, _PLURAL)
# Every suffix of the tables: a word ending in none of them is left as it is by all three steps.
_ALL_SUFFIXES = tuple(sorted({suffix for table in _TABLES for suffixes, *_ in table for suffix in suffixes}))
_CLASS_VOWELS = FRONT_VOWELS | BACK_VOWELS  # the vowels that give a stem its class (и, ю, ё give none)
_BACK_LETTERS = BACK_VOWELS - {"у"}  # у is a back vowel only after a consonant
_STAN_CONSONANTS = CONSONANTS.replace("р", "")


def _protected(word: str) -> bool:
    # Country names in -стан after a consonant (Қазақ-стан, Казах-стан) would
    # lose an "ablative" -тан; р is left out for ресурс+тан (татарстан listed).
    return word in PROTECTED or (word.endswith("стан") and len(word) >= 8 and word[-5] in _STAN_CONSONANTS)


def _stem_is_front(stem: str) -> bool | None:
    """Whether the stem takes front (True) or back (False) endings; None when it may take either."""
    last = _last_vowel(stem)
    # A final и (саммит, Мадрид) is neutral: loans take either ending.
    if last < 0 or stem[last] not in _CLASS_VOWELS:
        return None
    front = not FRONT_VOWELS.isdisjoint(stem)
    back = not _BACK_LETTERS.isdisjoint(stem) or (
        "у" in stem and any(a in CONSONANTS for a, b in pairwise(stem) if b == "у")
    )
    # Loans such as Тоқаев, ресурс mix both classes: accept either.
    if front and back:
        return None
    # Kazakh hears к/г as front, so банк, диалог take front endings.
    if "к" in stem[last + 1 :] or "г" in stem[last + 1 :]:
        return None
    return front


def _last_vowel(stem: str) -> int:
    """Where the stem's last vowel is (у after a consonant is one: ресурс), or -1."""
    for i in range(len(stem) - 1, -1, -1):
        if stem[i] in VOWELS or (stem[i] == "у" and i and stem[i - 1] in CONSONANTS):
            return i
    return -1


def _vowel_final_root(stem: str) -> bool:
    """True if a final ы/і belongs to the root, not to a possessive ending."""
    if stem[-1:] not in ("ы", "і") or len(stem) < 3:
        return False
    before, before2 = stem[-2], stem[-3]
    # Agent nouns басшы, елші; adjectives жылғы, сыртқы, ішкі (so loans like
    # банкі keep their і); loans in -кті such as аспекті.
    return (
        (before == "ш" and before2 in CONSONANTS)
        or (before in "ғгқк" and before2 in CONSONANTS)
        or stem.endswith("кті")
    )


class _Entry(NamedTuple):
    order: int  # the suffix's place in its table: candidates are listed in table order, best first
    suffix: str
    after: str
    min_len: int
    needs_possessive: bool


def _index(table: _Table) -> tuple[tuple[int, ...], dict[str, list[_Entry]]]:
    """The lengths of the table's suffixes (longest first) and its entries by suffix: a word's endings are looked
    up (a few dict reads) instead of testing each suffix of the table with endswith()."""
    by_suffix: dict[str, list[_Entry]] = {}
    order = 0
    for suffixes, after, min_len, needs_possessive in table:
        for suffix in suffixes:
            by_suffix.setdefault(suffix, []).append(_Entry(order, suffix, after, min_len, needs_possessive))
            order += 1
    lengths = tuple(sorted({len(suffix) for suffix in by_suffix}, reverse=True))
    return lengths, by_suffix


# The first vowel of each suffix of the tables (None for a suffix without one): its class is compared with the stem's.
_SUFFIX_VOWELS = {
    suffix: next((c for c in suffix if c in VOWELS), None)
    for suffixes, *_ in (*_CASE, *_POSSESSIVE, *_PLURAL)
    for suffix in suffixes
}


def _possessive_fits(stem: str, suffix: str) -> bool:
    """Choose between the readings root+ы and root+сы, which look alike."""
    if suffix in ("ы", "і"):
        return stem in VOWEL_DROP or not _vowel_final_root(stem + suffix)
    if suffix in ("сы", "сі"):
        # жұмысы is жұмыс+ы: only roots that keep a final ы/і take -сы after it.
        if stem + "с" in S_ROOTS:
            return False
        return stem[-1] not in POSS_VOWEL or _vowel_final_root(stem) or stem in PROTECTED
    return True


# len(suffix), suffix, after, min_len, needs_possessive, and the class of its vowel the stem's must not contradict
# (None: either class; the instrumental мен/бен/пен has no back-vowel variant)
_Fit = tuple[int, str, str, int, bool, bool | None]


def _by_last(suffixes: Iterable[str]) -> dict[str, tuple[str, ...]]:
    return {last: tuple(s for s in suffixes if s[-1] == last) for last in {s[-1] for s in suffixes}}


def _nested(table: _Table) -> tuple[dict[str, tuple[str, ...]], tuple[int, ...], dict[str, tuple[_Fit, ...]]]:
    """_by_last(), the lengths (longest first), and the fits of each suffix and of the table's shorter ones it ends
    with, in table order: a word ends in exactly the suffixes its longest one ends in (one look-up finds all)."""
    lengths, by_suffix = _index(table)
    nested = {
        suffix: tuple(
            (len(e.suffix), *e[1:], None if e.suffix in _INSTRUMENTAL or not vowel else vowel in FRONT_VOWELS)
            for e in sorted(e for shorter in by_suffix if suffix.endswith(shorter) for e in by_suffix[shorter])
            for vowel in [_SUFFIX_VOWELS[e.suffix]]
        )
        for suffix in by_suffix
    }
    return _by_last(by_suffix), lengths, nested


def _step(word: str, table: _Table) -> str:
    """The stem the table leaves, or the word.

    The candidates are the stems left by a suffix of the table that fits its context (the stem's last letter,
    length, vowel harmony, a possessive before it where one is needed), in table order, best first: the first
    wins, unless a later one is a protected root (бүгін+де, not бүгі+нде).
    """
    by_last, lengths, nested = _NESTED[id(table)]
    if not word.endswith(by_last.get(word[-1:], ())):  # most words end in no suffix of the table
        return word
    fits: tuple[_Fit, ...] = ()
    for n in lengths:  # the longest suffix of the table the word ends in (and leaves a stem)
        if n < len(word) and word[-n:] in nested:
            fits = nested[word[-n:]]
            break
    first = None
    for n, suffix, after, min_len, needs_possessive, front in fits:
        stem = word[:-n]
        protected = stem in PROTECTED or (stem.endswith("стан") and len(stem) >= 8 and stem[-5] in _STAN_CONSONANTS)
        if first is not None and not protected:
            continue  # no longer a candidate that can win
        if stem[-1] not in after or len(stem) < min_len or (VOWELS.isdisjoint(stem) and "у" not in stem):
            continue
        if front is not None and _stem_is_front(stem) not in (None, front):
            continue
        if table is _POSSESSIVE and not _possessive_fits(stem, suffix):
            continue
        if needs_possessive and _step(stem, _POSSESSIVE) == stem:  # no possessive suffix fits the stem
            continue
        if protected:
            return stem
        first = stem
    return word if first is None else first


_NESTED = {id(table): _nested(table) for table in _TABLES}
_ALL_BY_LAST = _by_last(_ALL_SUFFIXES)  # a word ending in none of them is left as it is by all three steps


# Remembered: an import stems each of its words for its vocabulary, then again for its topics (the search's
# stem() cache is apart from this one).
@lru_cache(maxsize=65_536)
def stem(word: str) -> str:
    """Return the stem of a lowercased Cyrillic Kazakh word."""
    if word.isascii():
        return word  # every suffix, protected word and mutated letter is Cyrillic: a Latin word stays whole
    current = word
    if word.endswith(_ALL_BY_LAST.get(word[-1], ())):
        for table in _TABLES:
            if _protected(current):
                return current
            current = _step(current, table)
    elif _protected(current):  # no step would strip anything
        return current
    current = VOWEL_DROP.get(current, current)
    # Undo the mutation whether or not a suffix was stripped, so the bare and
    # the inflected forms (ынтымақтастық, ынтымақтастығы) always meet.  A
    # consonant before it means no mutation (acronyms such as диақб).
    if len(current) > 2 and current[-1] in _MUTATION and current[-2] in VOWELS:
        current = current[:-1] + _MUTATION[current[-1]]
    return current
