"""A page's metadata as labels and values: ``Journal: …``, ``Issue number10``, ``Том 74``, ``Language`` / ``Русский``.

Repository and journal platforms (Pure, OJS, DSpace, CyberLeninka) print an article's facts as a table of
labels and values; in a text copy each pair becomes a line, with a colon or a tab between them, or glued
together ("JournalAstra Salvensis", "Pages (from-to)77-90") when the table cells lost their spacing. OJS
pages also put the label on a line of its own with the value on the next one.
"""

from __future__ import annotations

import re

from articles.ingest.citation import dash_range

# The label of each fact in Kazakh, Russian and English, as the platforms print it.
LABELS = {
    "journal": r"Journal(?:\s+title)?|Source\s+title|Журнал|Название\s+журнала|Журнал\s+атауы|Басылым",
    "volume": r"Volume|Vol\.?|Том|Томы",
    "issue": r"Issue(?:\s+number)?|Number|Номер(?:\s+журнала)?|Выпуск|Шығарылым|Нөмірі|Нөмір",
    "pages": r"Pages?(?:\s*\(from\s*-\s*to\))?|Page\s+range|Страницы|Беттер|Беті",
    "language": r"(?:Original\s+)?language|Язык(?:\s+(?:оригинала|статьи|публикации))?|Тілі|Тіл",
}
_LABEL = "|".join(f"(?P<{name}>{pattern})" for name, pattern in LABELS.items())
# Separated by a colon or tab, or glued: the label's last letter in lower case, the value's first a capital
# or a digit ("Issue number10"); a space alone is not enough ("Journal of …" is a title, not a label).
FIELD_RE = re.compile(
    rf"^\s*(?:{_LABEL})(?:\s*[:：\t]\s*|(?<=[a-zа-яёәғқңөұүһі)])(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ\d]))(?P<value>\S.*?)\s*$",
    re.IGNORECASE,
)
LABEL_ALONE_RE = re.compile(rf"^\s*(?:{_LABEL})\s*:?\s*$", re.IGNORECASE)
NUMBER_RE = re.compile(r"^(?:No\.?\s*|№\s*)?(?P<number>\d{1,4}(?:\s*[-–/]\s*\d{1,4})?)$", re.IGNORECASE)
PAGES_RE = re.compile(r"^(?:pp?\.\s*|С\.\s*|Б\.\s*)?(?P<range>\d{1,5}\s*[-–—]\s*\d{1,5})$", re.IGNORECASE)
LANGUAGE_NAMES = {
    "kk": ("қазақ", "казах", "kazakh", "qazaq"),
    "ru": ("рус", "орыс", "russian"),
    "en": ("англ", "ағылшын", "english"),
}
MAX_JOURNAL_CHARS = 150


def _value(name: str, raw: str) -> str | None:
    """The value in the archive's form, or None when it is not one (the line only looked like a pair)."""
    raw = raw.strip(" .;")
    if name in ("volume", "issue"):
        number = NUMBER_RE.match(raw)
        return dash_range(number.group("number").replace("/", "-")) if number else None
    if name == "pages":
        pages = PAGES_RE.match(raw)
        return dash_range(pages.group("range")) if pages else None
    if name == "language":
        lowered = raw.lower()
        return next((code for code, names in LANGUAGE_NAMES.items() if lowered.startswith(names)), None)
    # A journal's name: words, not an address or a sentence.
    if len(raw) > MAX_JOURNAL_CHARS or "://" in raw or raw.startswith("www.") or not raw[:1].isupper():
        return None
    return raw


def read_field(text: str, following: str = "") -> tuple[str, str, bool] | None:
    """(fact, value, whether the value was the following line) for a label-and-value line, else None."""
    match = FIELD_RE.match(text)
    if match:
        name = next(key for key in LABELS if match.group(key))
        value = _value(name, match.group("value"))
        return (name, value, False) if value else None
    alone = LABEL_ALONE_RE.match(text)
    if alone and following:
        name = next(key for key in LABELS if alone.group(key))
        value = _value(name, following)
        return (name, value, True) if value else None
    return None
