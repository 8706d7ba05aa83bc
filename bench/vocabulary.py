"""The synthetic corpus's words: Zipf-ranked vocabularies from the seed texts, names and rare proper names.

Words are ranked by their frequency in the seed texts, followed by inflected
forms of them; ``COMMON_WORDS`` are placed at ``COMMON_RANK``, so they occur
in most generated articles.  Rare names are built from syllables by number,
so a few articles share each one.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate
from pathlib import Path

from django.conf import settings

from articles.ingest.language import detect_language
from articles.ingest.reading import collect_files, read_text_file
from articles.search.analyzer import word_terms, words
from articles.search.query import MAX_WORD_LENGTH

LANGUAGES = ("kk", "ru", "en")
LANGUAGE_SHARES = (0.5, 0.4, 0.1)
# The "cooperation" of each language: placed at this Zipf rank, so it occurs in most articles.
COMMON_WORDS = {"kk": "ынтымақтастық", "ru": "сотрудничество", "en": "cooperation"}
COMMON_RANK = 12
ZIPF_EXPONENT = 1.0
FIRST_NAMES = [
    "Айгүл",
    "Гүлнар",
    "Ерлан",
    "Нұрлан",
    "Асқар",
    "Мәди",
    "Дана",
    "Сәуле",
    "Бауыржан",
    "Жанар",
    "Ержан",
    "Қанат",
    "Марат",
    "Әлия",
    "Динара",
    "Ғалым",
    "Арман",
    "Салтанат",
    "Айбек",
    "Самал",
    "Талғат",
    "Ләззат",
    "Серік",
    "Мейрам",
    "Анна",
    "Сергей",
    "Ирина",
    "Дмитрий",
    "Ольга",
    "Максим",
]
SURNAMES = (
    (
        "Байқұшікова Тоқаев Сұлтанов Жұмабаев Әбдірахманов Нұрмағамбетов Қасымова Омарова Сейітов Исаева "
        "Ахметов Бекова Ермекова Мұхамеджанов Шәкенова Құдайбергенов Әлімжанов Төлеуов Сарсенбаев Иманғалиева "
        "Петров Иванова Смирнов Кузнецова Ким Пак Левченко Шевченко Абенов Жақсыбекова Рахимов Оспанова "
        "Тұрсынов Мамыров Дәуletov Бектұрова Қуанышев Серікбаева Әмірова Досмұхамедов"
    )
    .replace("Дәуletov", "Дәулетов")
    .split()
)
INITIALS = "АБГДЕЖЗИКЛМНОПРСТ"
# Proper names each article carries twice: syllables of a Kazakh-looking word, indexable by number.
SYLLABLES = [
    "ба",
    "қар",
    "тө",
    "сай",
    "құл",
    "ме",
    "жан",
    "бек",
    "ке",
    "нұр",
    "та",
    "ра",
    "са",
    "ғы",
    "ло",
    "ди",
    "ер",
    "мұ",
    "ай",
    "тай",
    "көк",
    "ше",
    "бұл",
    "тан",
    "ат",
    "ыл",
    "ор",
    "қо",
    "зы",
    "не",
    "ки",
    "ту",
    "ар",
    "ем",
    "ұл",
    "ша",
    "ха",
    "ле",
    "жо",
    "дә",
]
RARE_NAME_SYLLABLES = 4
KK_SUFFIXES = {
    "back": ("ның", "да", "ға", "дан", "мен", "лар", "дағы", "ы"),
    "front": ("нің", "де", "ге", "ден", "мен", "лер", "дегі", "і"),
}
RU_ENDINGS = (
    ("ость", ("ости", "остью", "остей")),
    ("ия", ("ии", "ию", "ией", "ий")),
    ("ый", ("ого", "ому", "ым", "ых", "ые")),
    ("ий", ("его", "ему", "им", "их", "ие")),
    ("ая", ("ой", "ую", "ые", "ых")),
    ("ое", ("ого", "ому", "ым")),
    ("а", ("ы", "е", "у", "ой")),
    ("о", ("а", "у", "ом", "е")),
)
RU_CONSONANT_ENDINGS = ("а", "у", "ом", "е", "ы", "ов")
EN_ENDINGS = ("s", "ed", "ing")
BACK_VOWELS = set("аоұыуя")
FRONT_VOWELS = set("әөүіеэ")


GUIDE_BUCKETS = 4096


@dataclass
class Vocabulary:
    """One language's words, Zipf-ranked, with their cumulative weights.

    ``draw`` returns what ``rng.choices(words, cum_weights=..., k=count)``
    returns, from the same random numbers, a fifth faster: each number's
    bisection starts from a guide table of GUIDE_BUCKETS equal slices of the
    total weight, over the few words of its slice instead of the whole
    vocabulary (27,000 Kazakh words).  The same seed still gives the same archive.
    """

    language: str
    words: list[str]
    cum_weights: list[float]
    lows: list[int] = field(init=False, repr=False)
    highs: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # choices() bisects random() * total over cum_weights[0:n-1].  The answer for a number in slice b lies
        # between the answers at the slice's edges; one slice wider on each side absorbs any rounding of b.
        last = len(self.cum_weights) - 1
        scale = GUIDE_BUCKETS / self.total
        edges = [bisect_right(self.cum_weights, b / scale, 0, last) for b in range(GUIDE_BUCKETS + 3)]
        self.lows = [edges[max(0, b - 1)] for b in range(GUIDE_BUCKETS + 1)]
        self.highs = [min(last, edges[b + 2]) for b in range(GUIDE_BUCKETS + 1)]

    @property
    def total(self) -> float:
        return self.cum_weights[-1] + 0.0

    def draw(self, rng: random.Random, count: int) -> list[str]:
        words, cum_weights, lows, highs = self.words, self.cum_weights, self.lows, self.highs
        total = self.total
        scale = GUIDE_BUCKETS / total
        random_number = rng.random
        drawn = []
        for _ in range(count):
            weight = random_number() * total
            bucket = int(weight * scale)
            drawn.append(words[bisect_right(cum_weights, weight, lows[bucket], highs[bucket])])
        return drawn

    def rank(self, word: str) -> int:
        return self.words.index(word)


def _inflections(word: str, language: str) -> list[str]:
    if language == "kk":
        vowels = [c for c in word if c in BACK_VOWELS or c in FRONT_VOWELS]
        harmony = "front" if vowels and vowels[-1] in FRONT_VOWELS else "back"
        return [word + suffix for suffix in KK_SUFFIXES[harmony]]
    if language == "ru":
        for ending, replacements in RU_ENDINGS:
            if word.endswith(ending):
                return [word[: -len(ending)] + r for r in replacements]
        if word[-1] not in "аеёиоуыэюяйь":
            return [word + r for r in RU_CONSONANT_ENDINGS]
        return []
    return [word + e for e in EN_ENDINGS]


def _fits(word: str, language: str) -> bool:
    """A word that stays one token, capitalized or not, in the script of its language."""
    if not (2 <= len(word) <= 30) or not word.isalpha():
        return False
    if language == "en" and not word.isascii():
        return False
    if language != "en" and not all("\u0400" <= c <= "\u04ff" for c in word):
        return False
    if words(word) != [word] or words(word[0].upper() + word[1:]) != [word]:
        return False
    native, shadow = word_terms(word, language)
    return len(native) <= MAX_WORD_LENGTH and len(shadow) <= MAX_WORD_LENGTH


@cache
def vocabularies(seed_dir: str | None = None) -> dict[str, Vocabulary]:
    """Zipf-ranked words per language, from the seed texts' words (by frequency) then their inflections."""
    counts: dict[str, Counter[str]] = {language: Counter() for language in LANGUAGES}
    for path in collect_files([Path(seed_dir or settings.ARCHIVE_SEED_DIR)]):
        for line in read_text_file(path).splitlines():
            language = detect_language(line)
            if language in counts:
                counts[language].update(words(line))
    result = {}
    for language in LANGUAGES:
        base = [
            w for w, _ in sorted(counts[language].items(), key=lambda item: (-item[1], item[0])) if _fits(w, language)
        ]
        known = set(base)
        ranked = list(dict.fromkeys(base + [f for w in base for f in _inflections(w, language)]))
        ranked = [w for w in ranked if w in known or _fits(w, language)]
        common = COMMON_WORDS[language]
        if common in ranked:
            ranked.remove(common)
        ranked.insert(COMMON_RANK, common)
        weights = [1.0 / (rank + 1) ** ZIPF_EXPONENT for rank in range(len(ranked))]
        result[language] = Vocabulary(language, ranked, list(accumulate(weights)))
    return result


def rare_name(number: int) -> str:
    """The number-th proper name of the rare pool (lowercase): a word only a few articles hold."""
    n = len(SYLLABLES)
    value = (number * 2_654_435_761 + 97) % n**RARE_NAME_SYLLABLES
    parts = []
    for _ in range(RARE_NAME_SYLLABLES):
        value, digit = divmod(value, n)
        parts.append(SYLLABLES[digit])
    return "".join(parts)


def rare_pool_size(article_count: int) -> int:
    return max(10, article_count // 2)
