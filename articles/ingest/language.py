"""Which of kk, ru, en a piece of text is written in."""

from __future__ import annotations

import re
from collections import Counter

KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
# Letters of the Kazakh Latin alphabets (2018 and 2021) that English never writes.
KAZAKH_LATIN_LETTERS = set("áǵńóúýıäğñöşüūÁǴŃÓÚÝÄĞÑÖŞÜŪ")
LANGUAGES = ("kk", "ru", "en")

# Frequent words that settle Kazakh or Russian when the Kazakh letters happen to be absent.
KAZAKH_WORDS = {
    "мен",
    "бен",
    "пен",
    "жылы",
    "бойынша",
    "бас",
    "редактор",
    "жер",
    "су",
    "осы",
    "бұл",
    "сол",
    "бір",
    "екі",
    "арасындағы",
    "туралы",
    "жаңа",
    "арнайы",
    "шекара",
    "маңы",
    "аймақтары",
    "елдері",
    "жылдары",
    "мемлекет",
}
RUSSIAN_WORDS = {
    "и",
    "в",
    "во",
    "на",
    "с",
    "со",
    "по",
    "для",
    "не",
    "что",
    "от",
    "к",
    "из",
    "о",
    "об",
    "как",
    "это",
    "при",
    "или",
    "а",
    "но",
    "его",
    "ее",
    "их",
    "который",
    "которые",
    "также",
    "между",
    "года",
    "году",
}
_WORD_RE = re.compile(r"[^\W\d_]+")
_KAZAKH_SUFFIX_RE = re.compile(r"(лар|лер|дар|дер|тар|тер|ның|нің|дың|дің|тың|тің|мен|бен|пен|ды|ді|ты|ті|сы|сі)$")


def detect_language(text: str, default: str | None = None) -> str | None:
    """kk, ru or en by script and letters; `default` for text too short or too mixed to tell."""
    # Counted per distinct character (a long text has a few hundred), not per character.
    counts = Counter(text)
    letters = {c: n for c, n in counts.items() if c.isalpha()}
    total = sum(letters.values())
    if not total:
        return default
    cyrillic = sum(n for c, n in letters.items() if "\u0400" <= c <= "\u04ff")
    latin = sum(n for c, n in letters.items() if c.isascii())
    if latin > cyrillic:
        kazakh_latin = sum(n for c, n in letters.items() if c in KAZAKH_LATIN_LETTERS)
        return "kk" if kazakh_latin >= 0.01 * total else "en"
    kazakh = sum(n for c, n in letters.items() if c in KAZAKH_LETTERS)
    if kazakh and kazakh >= 0.004 * cyrillic:
        return "kk"
    words = [w.lower() for w in _WORD_RE.findall(text) if not w.isascii()]
    if not words:
        return default
    kazakh_score = sum(1 for w in words if w in KAZAKH_WORDS or (len(w) > 4 and _KAZAKH_SUFFIX_RE.search(w)))
    russian_score = sum(
        1 for w in words if w in RUSSIAN_WORDS or w.endswith(("ого", "ому", "ых", "ый", "ий", "ая", "ое", "ться", "ть"))
    )
    if kazakh_score > russian_score:
        return "kk"
    if russian_score > kazakh_score:
        return "ru"
    return default or ("kk" if kazakh else None)


def missing_language(present: set[str]) -> str | None:
    """The one language of the three that `present` lacks, when exactly one is missing."""
    rest = [code for code in LANGUAGES if code not in present]
    return rest[0] if len(rest) == 1 else None
