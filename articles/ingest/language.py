"""Which of kk, ru, en a piece of text is written in."""

from __future__ import annotations

import re
from collections import Counter

# The Kazakh letters, and the Cyrillic letters a legacy Kazakh font printed in their place (Ќ for Қ, Є for Ғ,
# Ѕ for Ң, Ў for Ұ, Ћ for Һ): a text typed in such a font and copied out is Kazakh, not Russian.
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІЌќЄєЅѕЎўЋћ")
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


# UTF-8 lead bytes of U+0400-U+04FF (no other character's bytes include them) and the block's non-letters.
_CYRILLIC_LEAD_BYTES = (b"\xd0", b"\xd1", b"\xd2", b"\xd3")
_CYRILLIC_NON_LETTERS = [chr(code) for code in range(0x400, 0x500) if not chr(code).isalpha()]
_NOT_ASCII_LETTER_BYTES = bytes(code for code in range(256) if not chr(code).isalpha() or code > 0x7F)
_OTHER_SCRIPTS_RE = re.compile(r"[^\x00-\x7f\u0400-\u04ff]")
_ARABIC_LETTER_RE = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]")
# Letters the Kazakh Arabic script (töte jazu) writes and Arabic or Persian do not: ە ۇ ۋ ڭ ٴ.
_TOTE_LETTERS_RE = re.compile(r"[\u06d5\u06c7\u06cb\u06ad\u0674]")
# A Cyrillic text this long without one Kazakh letter is Russian (Kazakh writes one in about every ten letters).
MIN_LETTERS_FOR_RUSSIAN = 30


def _letter_counts(text: str) -> tuple[int, int, int, int, int]:
    """Letters in all, Cyrillic letters, ASCII letters, Kazakh Latin letters, Kazakh Cyrillic letters.

    Counted by scans that run in C (bytes of the text's UTF-8, single characters), not a lookup per
    character; only characters outside ASCII and Cyrillic are gathered one by one (a text has few).
    """
    data = text.encode("utf-8", "surrogatepass")
    latin = len(data.translate(None, _NOT_ASCII_LETTER_BYTES))
    in_block = sum(map(data.count, _CYRILLIC_LEAD_BYTES))  # characters of U+0400-U+04FF (two bytes each)
    cyrillic = in_block - sum(map(text.count, _CYRILLIC_NON_LETTERS)) if in_block else 0
    # Each character outside ASCII takes two bytes or more, those of the Cyrillic block exactly two: bytes
    # beyond one a character and one more a Cyrillic character mean characters of other scripts.
    others = Counter(_OTHER_SCRIPTS_RE.findall(text)) if len(data) - len(text) > in_block else Counter()
    total = latin + cyrillic + sum(n for c, n in others.items() if c.isalpha())
    kazakh_latin = sum(n for c, n in others.items() if c in KAZAKH_LATIN_LETTERS)
    kazakh = sum(map(text.count, KAZAKH_LETTERS)) if in_block else 0  # every Kazakh letter is in the block
    return total, cyrillic, latin, kazakh_latin, kazakh


def detect_language(text: str, default: str | None = None) -> str | None:
    """kk, ru or en by script and letters; `default` for text too short or too mixed to tell."""
    total, cyrillic, latin, kazakh_latin, kazakh = _letter_counts(text)
    if not total:
        return default
    if total > latin + cyrillic and latin + cyrillic < 0.5 * total:
        # Another script carries the text: the Kazakh Arabic script is told by its own letters.
        arabic = len(_ARABIC_LETTER_RE.findall(text))
        if arabic >= 0.5 * total:
            return "kk" if len(_TOTE_LETTERS_RE.findall(text)) >= 0.01 * arabic else default
    if latin > cyrillic:
        return "kk" if kazakh_latin >= 0.01 * total else "en"
    if kazakh and kazakh >= 0.004 * cyrillic:
        return "kk"
    words = Counter(w.lower() for w in _WORD_RE.findall(text) if not w.isascii())
    if not words:
        return default
    # Each distinct word is judged once, and counts as often as it occurs.
    kazakh_score = sum(n for w, n in words.items() if w in KAZAKH_WORDS or (len(w) > 4 and _KAZAKH_SUFFIX_RE.search(w)))
    russian_score = sum(
        n
        for w, n in words.items()
        if w in RUSSIAN_WORDS or w.endswith(("ого", "ому", "ых", "ый", "ий", "ая", "ое", "ться", "ть"))
    )
    if kazakh_score > russian_score:
        return "kk"
    if russian_score > kazakh_score:
        return "ru"
    if not kazakh and cyrillic >= MIN_LETTERS_FOR_RUSSIAN:
        return "ru"  # "ТЮРКОЛОГИЯ КАЗАХСТАНА В СИСТЕМЕ ЕВРАЗИЙСКИХ КООРДИНАТ": no cue word, no Kazakh letter
    return default or ("kk" if kazakh else None)


def missing_language(present: set[str]) -> str | None:
    """The one language of the three that `present` lacks, when exactly one is missing."""
    rest = [code for code in LANGUAGES if code not in present]
    return rest[0] if len(rest) == 1 else None
