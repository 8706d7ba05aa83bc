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
_DAY_MONTH_YEAR = rf"\b\d{{1,2}}\s+{_WORD},?\s+\d{{4}}\b"
_MONTH_DAY_YEAR = rf"\b{_WORD}\s+\d{{1,2}},?\s+\d{{4}}\b"  # July 3, 2020; Jan 1 2017
_MONTH_YEAR = rf"\b{_WORD}\s+\d{{4}}\b"
_KAZAKH_YEAR_FIRST = rf"\b(?P<kyear>\d{{4}})\s+ж(?:ылғы|\.)?\s+(?P<kday>\d{{1,2}})[-\s]*(?P<kmonth>{_WORD})"
DATE_RE = re.compile(
    rf"(?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}\b)|(?P<dotted>\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{4}}(?!\d))|{_KAZAKH_YEAR_FIRST}"
    rf"|(?P<dmy>{_DAY_MONTH_YEAR})|(?P<mdy>{_MONTH_DAY_YEAR})|(?P<my>{_MONTH_YEAR})",
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


@lru_cache(maxsize=4096)
def _parse(text: str, precision: str) -> datetime.date | None:
    settings = {**SETTINGS, "REQUIRE_PARTS": ["year", "month"] + (["day"] if precision == PRECISION_DAY else [])}
    parsed = dateparser.parse(text, languages=LANGUAGES, settings=settings)
    return parsed.date() if parsed else None


def _latin_months(text: str) -> str:
    return " ".join(KAZAKH_LATIN_MONTHS.get(word.lower().rstrip(","), word) for word in text.split())


def find_dates(text: str) -> list[FoundDate]:
    """Every date with its year in a line, in order."""
    found = []
    for match in DATE_RE.finditer(text):
        kind = match.lastgroup
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
        parsed = _parse(candidate, precision)
        if parsed and 1900 <= parsed.year <= 2100:
            found.append(FoundDate(parsed, precision, match.start(), match.end()))
    return found


def published_label_before(text: str, start: int) -> bool:
    """A date right after its own "Published"/"Опубликовано" label, not after another date's label."""
    label = text[max(0, start - 30) : start]
    label = label.rsplit("/", 1)[-1].rsplit("|", 1)[-1]  # the label of this date only
    return bool(cues.PUBLISHED_LABEL_RE.search(label)) and not cues.OTHER_DATE_LABEL_RE.search(label)
