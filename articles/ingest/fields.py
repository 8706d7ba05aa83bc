"""A page's metadata as labels and values: ``Journal: …``, ``Issue number10``, ``Том 74``, ``Language`` / ``Русский``.

Repository and journal platforms (Pure, OJS, DSpace, CyberLeninka) print an article's facts as a table of
labels and values; in a text copy each pair becomes a line, with a colon or a tab between them, or glued
together ("JournalAstra Salvensis", "Pages (from-to)77-90") when the table cells lost their spacing. OJS
pages also put the label on a line of its own with the value on the next one.
"""

from __future__ import annotations

import re

from articles.ingest.citation import dash_range, read_citation
from articles.ingest.cues import KZ_LOWER, KZ_UPPER

# The label of each fact in Kazakh, Russian and English, as the platforms print it.
LABELS = {
    "journal": r"Journal(?:\s+title)?|Source\s+title|Журнал|Название\s+журнала|Журнал\s+атауы|Басылым",
    "volume": r"Volume|Vol\.?|Том|Томы",
    "issue": r"Issue(?:\s+number)?|Number(?:\s+of\s+(?:the\s+)?(?:journal|issue))?|Номер(?:\s+журнала)?|Выпуск"
    r"|Шығарылым|Нөмірі|Нөмір",
    "pages": r"Pages?(?:\s*\(from\s*-\s*to\))?|Page\s+range|Страницы|Беттер|Беті",
    "language": r"(?:Original\s+)?language|Язык(?:\s+(?:оригинала|статьи|публикации))?|Тілі|Тіл",
}
_LABEL = "|".join(f"(?P<{name}>{pattern})" for name, pattern in LABELS.items())
# Separated by a colon or tab, or glued: the label's last letter in lower case, the value's first a capital
# or a digit ("Issue number10"); a space alone is not enough ("Journal of …" is a title, not a label).
FIELD_RE = re.compile(
    rf"^\s*(?:{_LABEL})(?:\s*[:：\t]\s*|(?<=[{KZ_LOWER})])(?=[{KZ_UPPER}\d]))(?P<value>\S.*?)\s*$",
    re.IGNORECASE,
)
LABEL_ALONE_RE = re.compile(rf"^\s*(?:{_LABEL})\s*:?\s*$", re.IGNORECASE)
# An issue may carry the journal's running number in brackets: "2(78)", "6 (16)".
NUMBER_RE = re.compile(r"^(?:No\.?\s*|№\s*)?(?P<number>\d{1,4}(?:\s*[-–/]\s*\d{1,4}|\s?\(\d{1,4}\))?)$", re.IGNORECASE)
PAGES_RE = re.compile(r"^(?:pp?\.\s*|С\.\s*|Б\.\s*)?(?P<range>\d{1,5}\s*[-–—]\s*\d{1,5})$", re.IGNORECASE)
# Pages in words: "from 22 to 35", "с 22 по 35".
PAGES_IN_WORDS_RE = re.compile(r"^(?:from|с)\s+(?P<first>\d{1,5})\s+(?:to|по)\s+(?P<last>\d{1,5})$", re.IGNORECASE)
LANGUAGE_NAMES = {
    "kk": ("қазақ", "казах", "kazakh", "qazaq"),
    "ru": ("рус", "орыс", "russian"),
    "en": ("англ", "ағылшын", "english"),
}
MAX_JOURNAL_CHARS = 150
MAX_JOURNAL_LINE_CHARS = 200  # a journal's name with its issue fits a line
MIN_LIST_ITEMS = 3
MAX_LIST_ITEM_WORDS = 5  # a list's items are terms, not clauses of a sentence
# A journal's name heading a page: it opens with the word for a journal ("Bulletin of "Turan" University",
# "Вестник КазНУ") or ends with it or with its series ("… хабаршы шығыстану сериясы (Jan 2016)"); a headline
# that mentions a journal ("Журнал Time назвал …") does neither.
JOURNAL_NAME_RE = re.compile(
    r"^(?:Вестник|Известия|Хабаршы(?:сы)?|Bulletin|Journal\s+of|Herald|Annals|Transactions)\s+\S"
    r"|\s(?:Journal|Bulletin|Review|Herald|Хабаршы(?:сы)?|журналы|Series|сериясы|серия)$"
)
TRAILING_DATE_RE = re.compile(r"\s*\([^()]*\b(?:19|20)\d{2}\)\s*$")  # "(Jan 2016)"
# A journal line with its issue and year: "Проблемы современной экономики, N 2 (78), 2021",
# "Электронный научный журнал «edu.e-history.kz» № 1(21), 2020", or a running header's "110 № 4 2020".
ISSUE_LINE_RE = re.compile(
    r"^(?P<journal>[^№]{0,150}?)[,\s]\s*(?:№|N|No\.?)\s?(?P<issue>\d{1,4}(?:\s?\(\d{1,4}\))?),?\s+(?:[-–—]\s*)?(?:19|20)\d{2}"
    r"\s*(?:г\.)?$"
)
# A PDF's first-page header: "Central Asian Affairs 10 (2023) 1–25" (journal, volume, year, pages).
VOLUME_YEAR_PAGES_RE = re.compile(
    r"^(?P<journal>[^\W\d_][^\d()]{3,120}?)\s+(?P<volume>\d{1,4})\s+\((?:19|20)\d{2}\)\s+"
    r"(?P<pages>\d{1,5}\s*[-–—]\s*\d{1,5}|\d{1,5}e\d{1,5})$"  # a PDF's text layer may print the dash as "e"
)
# An OJS issue's name: "Vol. 12 No. 3 (2021)", "Том 74 № 2 (2022)", "Т. 5, Вып. 1 (2020)".
OJS_ISSUE_RE = re.compile(
    r"^(?:Vol\.?|Volume|Том|Т\.|Томы)\s*(?P<volume>\d{1,4}),?\s*(?:No\.?|Nr\.?|№|Issue|Вып\.?|Выпуск|Нөмір)\s*"
    r"(?P<issue>\d{1,4}(?:[-–]\d{1,4})?)\s*\((?:19|20)\d{2}\)$",
    re.IGNORECASE,
)
# A volume and an issue inside a journal's line: "Finanz. polit. econ. vol.16 no.2 Bogotá July/Dec. 2024".
# Also with a colon after each label, a bar between them ("Volume: 20 Issue: 134", "Volume 7 | Issue 1") and the
# volume's running number in brackets ("Volume 6 (16) issue 4").
INLINE_VOLUME_ISSUE_RE = re.compile(
    # The label's first letter, then no letter before it: most places fail the first test.
    r"(?:v(?<![^\W\d_]v)(?:ol\.?|olume)|т(?<![^\W\d_]т)(?:ом|\.))\s?:?\s?(?P<volume>\d{1,4}(?:\s?\(\d{1,4}\))?)\s*[,|]?\s+"
    r"(?:no\.?|nr\.?|issue|№|вып\.?)\s?:?\s?(?P<issue>\d{1,4})(?!\d)",
    re.IGNORECASE,
)
# A line of a journal's head holding one fact alone, as a page's head or a citation block split into lines prints
# it ("№ 355 - 356", "2 (51) 2015", "No-2018/3", "Vol 3 (107) ◽", "pp. 19-30"), a separator mark after it.
SEPARATOR_MARKS = "◽|•"
_ALONE_END = rf"\s*[{SEPARATOR_MARKS}]?\s*$"
# A year's issue after the number sign: "No-2018/3", "№ 2020/1".
YEAR_ISSUE = r"(?:№|No\.?)\s*[-–]?\s*(?:19|20)\d{2}\s*/\s*(?P<of_year>\d{1,3})"
ISSUE_ALONE_RE = re.compile(
    rf"^(?:(?:№|No\.?)\s*(?P<issue>\d{{1,4}}(?:\s*[-–]\s*\d{{1,4}})?)|(?P<numbered>\d{{1,3}}\s?\(\d{{1,4}}\))\s+(?:19|20)\d{{2}}"
    rf"|{YEAR_ISSUE}){_ALONE_END}",
    re.IGNORECASE,
)
# An issue of a year opening a line: "(1/2020 - Special Issue - …)", "No. 3/2019)".
ISSUE_OF_YEAR_RE = re.compile(
    r"^\(?(?:(?:No\.?|Nr\.?|№)\s*)?(?P<issue>\d{1,2})/(?:19|20)\d{2}(?:\)|\s+[-–—]\s)", re.IGNORECASE
)
VOLUME_ALONE_RE = re.compile(
    rf"^(?:Vol\.?|Volume|Том|Т\.)\s*(?P<volume>\d{{1,4}}(?:\s?\(\d{{1,4}}\))?){_ALONE_END}", re.IGNORECASE
)
PAGES_ALONE_RE = re.compile(
    rf"^(?:pp?\.|С\.|Б\.)\s*(?P<range>\d{{1,5}}\s*[-–—]\s*\d{{1,5}}){_ALONE_END}", re.IGNORECASE
)
# A citation's "volume (issue): pages" after the journal's name and a year ("KNUV 2014; 4(42): 133-145", "… ғылыми
# журналы 2 (2): 44-54"). A number in brackets larger than the one before it is the journal's running number of
# the issue ("4(42)": issue 4, the 42nd), not an issue of a volume.
CITATION_TAIL_RE = re.compile(
    r"(?<![\d(/.])(?P<volume>\d{1,4})\s?\((?P<issue>\d{1,4})\)\s*:\s*(?P<pages>\d{1,5}\s*[-–—]\s*\d{1,5})(?![\d-])"
)
YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# "журнал «Молодой ученый»": the name is in the quotation marks.
QUOTED_NAME_RE = re.compile(r"(?:журнал|journal)\s*[«\"“](?P<name>[^»\"”]+)[»\"”]", re.IGNORECASE)


def _value(name: str, raw: str) -> str | None:
    """The value in the archive's form, or None when it is not one (the line only looked like a pair)."""
    raw = raw.strip(" .;")
    if name in ("volume", "issue"):
        number = NUMBER_RE.match(raw)
        return dash_range(number.group("number").replace("/", "-")) if number else None
    if name == "pages":
        pages = PAGES_RE.match(raw)
        if pages:
            return dash_range(pages.group("range"))
        words = PAGES_IN_WORDS_RE.match(raw)
        return f"{words.group('first')}-{words.group('last')}" if words else None
    if name == "language":
        lowered = raw.lower()
        return next((code for code, names in LANGUAGE_NAMES.items() if lowered.startswith(names)), None)
    # A journal's name: words, not an address or a sentence; its citation tail (", 2020, № 1, p. 013001") and a
    # social-media handle after it ("@narodonaselenie") are not part of it.
    raw = JOURNAL_TAIL_RE.sub("", raw).strip(" .,;")
    if NAVIGATION_RE.match(raw):
        return None  # "Next Article in Journal": a page's link to another article
    if len(raw) > MAX_JOURNAL_CHARS or "://" in raw or raw.startswith("www.") or not raw[:1].isupper():
        return None
    return raw


JOURNAL_TAIL_RE = re.compile(r"(?:\s+@\w+|,?\s+(?:19|20)\d{2}\b.*)$")
NAVIGATION_RE = re.compile(r"^(?:Next|Previous|Prev|Следующая|Предыдущая)\s+(?:Article|Issue|статья)\b", re.IGNORECASE)


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


def _journal_name(raw: str) -> str | None:
    quoted = QUOTED_NAME_RE.search(raw)
    if quoted:  # a name in quotation marks may be an address: «edu.e-history.kz»
        return quoted.group("name").strip() or None
    name = raw.strip(" ,.")
    return _value("journal", name) if re.search(r"[^\W\d_]{3}", name) else None


def _fact_alone(text: str) -> dict[str, str]:
    """The issue, volume or pages a head's line holds alone, or {}."""
    issue = ISSUE_ALONE_RE.match(text)
    if issue:
        return {"issue": dash_range(issue.group("issue") or issue.group("numbered") or issue.group("of_year"))}
    of_year = ISSUE_OF_YEAR_RE.match(text)
    if of_year:
        return {"issue": of_year.group("issue")}
    volume = VOLUME_ALONE_RE.match(text)
    if volume:
        return {"volume": volume.group("volume")}
    pages = PAGES_ALONE_RE.match(text)
    return {"pages": dash_range(pages.group("range"))} if pages else {}


def _citation_tail(text: str) -> dict[str, str]:
    """Volume, issue and pages from a short citation's "volume (issue): pages" after a year, or {}."""
    if " //" in text:
        return {}  # a GOST reference ("… // Journal. 2020. № 2"): the citation reader's; an address's "//" is not
    tail = CITATION_TAIL_RE.search(text)
    if not tail or not YEAR_RE.search(text[: tail.start()]):
        return {}
    pages = dash_range(tail.group("pages"))
    if int(tail.group("issue")) > int(tail.group("volume")):
        return {"issue": text[tail.start() : tail.end("issue") + 1], "pages": pages}
    return {"volume": tail.group("volume"), "issue": tail.group("issue"), "pages": pages}


def read_journal_line(text: str, heading: bool, above: str = "") -> dict[str, str]:
    """The journal (and issue) a line of a page's head names, or {}.

    `heading`: the line is among the first of the page, where a journal's name heads it; `above`: the
    page's first line, when the line is right under it (a PDF's running header: name, then page, issue, year).
    """
    if len(text) > MAX_JOURNAL_LINE_CHARS:
        return {}
    line = ISSUE_LINE_RE.match(text) if ("№" in text or "N" in text) else None
    if line:
        facts = {"issue": line.group("issue")}
        journal = line.group("journal").rsplit(":", 1)[-1].strip(" ,.")  # "К содержанию номера журнала: Вестник …"
        if not journal or journal.isdigit():  # a page number before the issue: the name is the line above
            journal = above if above and not re.search(r"\d", above) else ""
        name = _journal_name(journal) if journal else None
        return {**facts, "journal": name} if name else facts
    issue = OJS_ISSUE_RE.match(text.strip()) if "(" in text else None
    if issue:
        return {"volume": issue.group("volume"), "issue": issue.group("issue")}
    header = VOLUME_YEAR_PAGES_RE.match(text.strip()) if "(" in text else None
    if header:
        facts = {"volume": header.group("volume"), "pages": dash_range(header.group("pages").replace("e", "-"))}
        journal = _journal_name(header.group("journal"))
        return {**facts, "journal": journal} if journal else facts
    alone = _fact_alone(text.strip())
    if alone:
        return alone
    tail = _citation_tail(text) if ")" in text else {}
    if tail:
        return tail
    name = TRAILING_DATE_RE.sub("", text).strip()
    if heading and JOURNAL_NAME_RE.search(name) and ":" not in name and not name.endswith((".", "!", "?")):
        journal = _journal_name(name)
        return {"journal": journal, **_cited_numbers(text)} if journal else {}
    return {}


def _cited_numbers(text: str) -> dict[str, str]:
    """The volume, issue and pages a journal's heading line goes on to give as a citation does ("Известия …,
    2020, T. 152, № 2, стр. 3-16"), or {}: the line names the journal first, so it is read as the journal's."""
    if "," not in text:
        return {}
    cited = read_citation(text, lambda part: False)
    if not cited or not cited.pages:
        return {}
    numbers = {"volume": cited.volume, "issue": cited.issue, "pages": cited.pages}
    return {name: value for name, value in numbers.items() if value}


def is_term_list(text: str, separators: str = ";•") -> bool:
    """A line of three terms or more between separators ("foreign relations; multi-vector foreign policy; …")."""
    items = re.split(rf"\s*[{separators}]\s*", text.strip().rstrip("."))
    return len(items) >= MIN_LIST_ITEMS and all(0 < len(item.split()) <= MAX_LIST_ITEM_WORDS for item in items)
