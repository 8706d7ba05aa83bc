"""Dates printed in kk, ru or en: `5 Наурыз 2019`, `2024 жылғы 3 сәуір`, `17 марта 2021`, `04.10.2016`, `July 2020`.

Month names in words are read by dateparser, which knows the three
languages; it misses the Kazakh year-first form and the Kazakh Latin
alphabet's month names, which the two rules here turn into forms it reads.
A date is found only with its year: `5 марта` alone is not a publication date.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

import dateparser

from articles.ingest import cues

PRECISION_DAY, PRECISION_MONTH, PRECISION_YEAR = "day", "month", "year"
_WORD = r"[^\W\d_]{3,12}\.?"
# A day may carry a Kazakh ordinal's hyphen ("12-қаңтар 2023", "12 - қаңтар, 2023"): it is still the day.
_DAY_MONTH_YEAR = rf"\b\d{{1,2}}(?:\s*-\s*|\s+){_WORD},?\s+\d{{4}}\b"
_MONTH_DAY_YEAR = rf"\b{_WORD}\s+\d{{1,2}},?\s+\d{{4}}\b"  # July 3, 2020; Jan 1 2017
_MONTH_YEAR = rf"\b{_WORD}\s+\d{{4}}\b"
_KAZAKH_YEAR_FIRST = rf"\b(?P<kyear>\d{{4}})\s+ж(?:ылғы|\.)?\s+(?P<kday>\d{{1,2}})[-\s]*(?P<kmonth>{_WORD})"
# (?<!\w): every shape opens a word (\b before a digit or a letter), so a position inside a word fails one test.
DATE_RE = re.compile(
    rf"(?<!\w)(?:(?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}\b)|(?P<dotted>\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{4}}(?!\d))|{_KAZAKH_YEAR_FIRST}"
    rf"|(?P<dmy>{_DAY_MONTH_YEAR})|(?P<mdy>{_MONTH_DAY_YEAR})|(?P<my>{_MONTH_YEAR}))",
    re.IGNORECASE,
)
# The Kazakh Latin alphabets (2018, 2021) name the months as the Cyrillic ones do.
KAZAKH_LATIN_MONTHS = {
    "qantar": "қаңтар", "qańtar": "қаңтар", "aqpan": "ақпан", "nauryz": "наурыз", "naýryz": "наурыз",
    "sauir": "сәуір", "sáýir": "сәуір", "säuir": "сәуір", "mamyr": "мамыр", "mausym": "маусым",
    "maýsym": "маусым", "shilde": "шілде", "şılde": "шілде", "tamyz": "тамыз", "qyrkuiek": "қыркүйек",
    "qyrkúıek": "қыркүйек", "qyrküiek": "қыркүйек", "qazan": "қазан", "qarasha": "қараша", "qaraşa": "қараша",
    "jeltoqsan": "желтоқсан",
    # Russian month names in a Latin transliteration, as Kazakh and Uzbek Latin sites print them ("2 Noyabr 2023").
    "yanvar": "январь", "fevral": "февраль", "aprel": "апрель", "iyun": "июнь", "iyul": "июль",
    "avgust": "август", "sentyabr": "сентябрь", "oktyabr": "октябрь", "noyabr": "ноябрь", "dekabr": "декабрь",
}  # fmt: skip
# The first letters of every month name in the three languages (and Kazakh Latin): a word that starts
# otherwise is not a month, and dateparser (a few milliseconds a call) is not asked.
MONTH_PREFIXES = frozenset(
    [
        *("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        *("янв", "фев", "мар", "апр", "май", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"),
        *("қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел"),
        *("qan", "qań", "aqp", "nau", "naý", "sau", "sáý", "mam", "mau", "maý", "shi", "şıl"),
        *("tam", "qyr", "qaz", "qar", "jel"),
        *("yan", "fev", "avg", "iyu", "sen", "okt", "noy", "dek"),
    ]
)
LANGUAGES = ["kk", "ru", "en"]
SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}


@dataclass(frozen=True)
class FoundDate:
    date: datetime.date
    precision: str  # day, month or year
    start: int
    end: int


_FOUR_DIGITS_RE = re.compile(r"\d{4}")
# A day before a date with a dash: the date ends a range of days ("1 - 14 декабря 2008", an issue's days), which
# is no one day's date. An issue's number before it is no day.
_RANGE_START_RE = re.compile(r"(?<![\d.:/№])(?<!№\s)(?<!No\s)(?<!No\.\s)\d{1,2}\s*[-–—]\s*$")  # not "№ 5 - 14 …"
_DOTTED_RE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
MAX_CACHED_LINE = 400  # longer texts are not remembered: a line of megabytes is read once, never kept as a key


@lru_cache(maxsize=4096)
def _parse(text: str, precision: str) -> datetime.date | None:
    settings = {**SETTINGS, "REQUIRE_PARTS": ["year", "month"] + (["day"] if precision == PRECISION_DAY else [])}
    parsed = dateparser.parse(text, languages=LANGUAGES, settings=settings)
    return parsed.date() if parsed else None


def _dotted(text: str) -> datetime.date | None:
    """A valid day.month.year of 1900-2100, read as dateparser reads it (day first), without its set-up and
    scan (about a millisecond a date); None for anything else, which is left to dateparser.  The equality is
    checked for every day and month spelling of every such year (tests/ingest/test_parse_speed_dates_round8.py
    checks a sample of it)."""
    match = _DOTTED_RE.fullmatch(text)
    if not match:
        return None
    day, month, year = (int(part) for part in match.groups())
    if not 1900 <= year <= 2100:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


# Month names dateparser reads for the three languages, by number: a date of one of the shapes below with one of
# them (in lowercase, capitalised or in capitals) is read here; every other date is left to dateparser (which
# does not read the Russian prepositional "в марте 2021": they are not here).
MONTH_NAMES = (
    "january jan jan. январь января янв янв. қаңтар",
    "february feb feb. февраль февраля фев фев. ақпан",
    "march mar mar. март марта мар мар. наурыз",
    "april apr apr. апрель апреля апр апр. сәуір",
    "may май мая мамыр",
    "june jun jun. июнь июня июн июн. маусым",
    "july jul jul. июль июля июл июл. шілде",
    "august aug aug. август августа авг авг. тамыз",
    "september sep sep. sept sept. сентябрь сентября сен сен. сент сент. қыркүйек",
    "october oct oct. октябрь октября окт окт. қазан",
    "november nov nov. ноябрь ноября ноя ноя. қараша",
    "december dec dec. декабрь декабря дек дек. желтоқсан",
)
MONTH_NUMBERS = {
    spelling: number
    for number, names in enumerate(MONTH_NAMES, start=1)
    for name in names.split()
    for spelling in (name, name.capitalize(), name.upper())
}
# The shapes a date's candidate has (single spaces): day month year, month day year, month year.
_DAY_MONTH_RE = re.compile(r"(?P<day>\d{1,2}) (?P<month>\S+?),? (?P<year>\d{4})")
_MONTH_DAY_RE = re.compile(r"(?P<month>\S+?) (?P<day>\d{1,2}),? (?P<year>\d{4})")
_MONTH_RE = re.compile(r"(?P<month>\S+) (?P<year>\d{4})")


def _worded(text: str, precision: str) -> datetime.date | None:
    """A date with its month in words, read as dateparser reads it, for the month names above and a valid day
    of 1900-2100 (a month alone is its first day); None for anything else, which is left to dateparser.  The
    equality is checked for every spelling of every name, day and shape, over years with and without 29
    February (tests/ingest/test_parse_speed_dates_round8.py checks a sample of it)."""
    if precision == PRECISION_MONTH:
        match = _MONTH_RE.fullmatch(text)
    else:
        match = _DAY_MONTH_RE.fullmatch(text) or _MONTH_DAY_RE.fullmatch(text)
    if not match or match.group("month") not in MONTH_NUMBERS:
        return None
    year = int(match.group("year"))
    if not 1900 <= year <= 2100:
        return None
    day = int(match.group("day")) if precision != PRECISION_MONTH else 1
    try:
        return datetime.date(year, MONTH_NUMBERS[match.group("month")], day)
    except ValueError:
        return None


def warm_up() -> None:
    """Load dateparser's data for the three languages (a tenth of a second, once per process): a long import
    pays it once, before its first text."""
    for parts in (["year", "month", "day"], ["year", "month"]):
        for text in ("5 марта 2021", "5 наурыз 2021", "5 March 2021"):
            # Not through _parse(): nothing is remembered of these dates.
            dateparser.parse(text, languages=LANGUAGES, settings={**SETTINGS, "REQUIRE_PARTS": parts})


_DAY_HYPHEN_RE = re.compile(r"^(\d{1,2})\s*-\s*")


def _latin_months(text: str) -> str:
    """The date's words, Kazakh Latin and transliterated month names in Cyrillic, a day's hyphen left out: a shape
    the readers below and dateparser read."""
    text = _DAY_HYPHEN_RE.sub(r"\1 ", text)
    return " ".join(KAZAKH_LATIN_MONTHS.get(word.lower().rstrip(","), word) for word in text.split())


def find_dates(text: str) -> list[FoundDate]:
    """Every date with its year in a line, in order."""
    # The head's readers ask about the same lines several times: a short line's dates are remembered.
    return list(_cached_dates(text)) if len(text) <= MAX_CACHED_LINE else _find_dates(text)


@lru_cache(maxsize=8192)
def _cached_dates(text: str) -> tuple[FoundDate, ...]:
    return tuple(_find_dates(text))


# A news page's stamp line with a two-digit year and its time, alone on its line: "28.06.23 18:24". Only so: a
# two-digit year elsewhere ("1.2.23" in a sentence) is as likely a section or a version number.
SHORT_STAMP_RE = re.compile(r"\s*(?P<day>\d{1,2})\.(?P<month>\d{2})\.(?P<year>\d{2})\s+\d{1,2}:\d{2}\s*")
MAX_SHORT_STAMP_CHARS = 20


def _short_stamp(text: str) -> list[FoundDate]:
    match = SHORT_STAMP_RE.fullmatch(text)
    if not match:
        return []
    try:
        date = datetime.date(2000 + int(match.group("year")), int(match.group("month")), int(match.group("day")))
    except ValueError:
        return []
    return [FoundDate(date, PRECISION_DAY, match.start("day"), match.end("year"))]


def _find_dates(text: str) -> list[FoundDate]:
    if not _FOUR_DIGITS_RE.search(text):
        # Every shape of DATE_RE holds a year of four digits; most lines hold none.
        return _short_stamp(text) if len(text) <= MAX_SHORT_STAMP_CHARS and ":" in text else []
    found = []
    for match in DATE_RE.finditer(text):
        kind = match.lastgroup
        if (match.group("dmy") or match.group("dotted")) and _RANGE_START_RE.search(
            text[max(0, match.start() - 8) : match.start()]
        ):
            continue
        if match.group("iso"):
            try:
                date = datetime.date.fromisoformat(match.group("iso"))
            except ValueError:
                continue
            found.append(FoundDate(date, PRECISION_DAY, match.start(), match.end()))
            continue
        if match.group("kyear"):
            candidate, precision = f"{match.group('kday')} {match.group('kmonth')} {match.group('kyear')}", "day"
        elif match.group("dotted"):
            candidate, precision = re.sub(r"[/-]", ".", match.group("dotted")), PRECISION_DAY
        else:
            words = [w for w in re.findall(r"[^\W\d_]+", match.group(kind or "my")) if len(w) >= 3]
            if not any(w[:3].lower() in MONTH_PREFIXES for w in words):
                continue
            candidate = _latin_months(match.group(kind or "my"))
            precision = PRECISION_MONTH if match.group("my") else PRECISION_DAY
        fast = _dotted(candidate) if match.group("dotted") else _worded(candidate, precision)
        parsed = fast or _parse(candidate, precision)
        if parsed and 1900 <= parsed.year <= 2100:
            found.append(FoundDate(parsed, precision, match.start(), match.end()))
    return found


def published_label_before(text: str, start: int) -> bool:
    """A date right after its own "Published"/"Опубликовано" label, not after another date's label."""
    label = text[max(0, start - 30) : start]
    label = label.rsplit("/", 1)[-1].rsplit("|", 1)[-1]  # the label of this date only
    return bool(cues.PUBLISHED_LABEL_RE.search(label)) and not cues.OTHER_DATE_LABEL_RE.search(label)
