"""Citations of articles: the BibTeX, RIS and CSL-JSON downloads (the page's GOST and APA render the CSL-JSON
record, styles.py).

Plain functions over articles with the relations of `Article.objects.for_detail()` prefetched. A download
takes `(article, url)` pairs, so one function serves a single article and a whole search result. Text stays
in its script (Cyrillic is written as UTF-8, never transliterated); a missing date or title is left out,
never written as "None". The three formats type a record alike (`csl_type`) and carry the same container.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext

from articles.interop.bibliography import Record, record_of
from articles.interop.metadata import abstracts_by_language, is_news, keywords_by_language, titles_by_language
from articles.models import Article, Author
from articles.text.translit import romanize

Cited = tuple[Article, str]  # an article and its absolute URL

# Babel language names (biblatex `langid`).
BABEL_LANGUAGES = {"kk": "kazakh", "ru": "russian", "en": "english"}
_INITIAL = re.compile(r"^[^\W\d_]{1,2}\.(?:-[^\W\d_]{1,2}\.)?$")
_BIBTEX_ESCAPES = str.maketrans(
    {
        "\\": r"\textbackslash{}",
        "{": r"\{",
        "}": r"\}",
        "&": r"\&",
        "%": r"\%",
        "$": r"\$",
        "#": r"\#",
        "_": r"\_",
        "~": r"\textasciitilde{}",
        "^": r"\textasciicircum{}",
    }
)


# --- Names --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Name:
    family: str
    given: str  # initials or given names, as printed

    @property
    def initials(self) -> str:
        """`А. К.` for `А. К.` or `Айгуль Канатовна`; hyphenated given names keep their hyphen."""
        parts = []
        for token in self.given.split():
            if _INITIAL.match(token):
                parts.append(token)
            else:
                parts.append("-".join(f"{piece[0]}." for piece in token.split("-") if piece))
        return " ".join(parts)

    def inverted(self) -> str:
        """`Family, Given` as printed (BibTeX, RIS: reference managers abbreviate for themselves)."""
        return f"{self.family}, {self.given}" if self.given else self.family

    def inverted_initials(self) -> str:
        """`Family, I. I.` (APA)."""
        return f"{self.family}, {self.initials}" if self.given else self.family

    def family_first(self) -> str:
        """`Family I. I.` (GOST heading)."""
        return f"{self.family} {self.initials}" if self.given else self.family

    def initials_first(self) -> str:
        """`I. I. Family` (GOST statement of responsibility)."""
        return f"{self.initials} {self.family}" if self.given else self.family


def split_name(printed: str) -> Name:
    """`Д. Доллин`, `Доллин Д.` or `Dmitry Dollin` into family name and given part."""
    tokens = printed.split()
    if len(tokens) < 2:
        return Name(printed.strip(), "")
    leading = 0
    while leading < len(tokens) - 1 and _INITIAL.match(tokens[leading]):
        leading += 1
    if leading:
        return Name(" ".join(tokens[leading:]), " ".join(tokens[:leading]))
    trailing = len(tokens)
    while trailing > 1 and _INITIAL.match(tokens[trailing - 1]):
        trailing -= 1
    if trailing < len(tokens):
        return Name(" ".join(tokens[:trailing]), " ".join(tokens[trailing:]))
    return Name(tokens[-1], " ".join(tokens[:-1]))


def author_names(article: Article, latin: bool = False) -> list[Name]:
    return [split_name(_latin_name(author) if latin else author.name) for author in article.authors_in_order]


def _latin_name(author: Author) -> str:
    return author.name_latin or romanize(author.name)


# --- Shared pieces ------------------------------------------------------------------------------------------


def citation_title(article: Article) -> str:
    """The title as printed, or a bracketed fallback for a fragment cut before it."""
    return article.title or f"[{gettext('Untitled fragment')}]"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def translated_titles(article: Article) -> dict[str, str]:
    return {language: title for language, title in titles_by_language(article).items() if language != article.language}


def _main_abstract(article: Article) -> str:
    """The abstract in the article's own language, else the first there is."""
    return next(iter(abstracts_by_language(article).values()), "")


def _all_keywords(article: Article) -> list[str]:
    return [word for words in keywords_by_language(article).values() for word in words]


def _titles_note(article: Article) -> str:
    return "; ".join(f"[{language}] {title}" for language, title in translated_titles(article).items())


def citation_key(article: Article) -> str:
    """`dollin2010_12`: first author's Latin family name, year, record number; ASCII, unique."""
    authors = author_names(article, latin=True)
    base = slugify(authors[0].family).replace("-", "") if authors else ""
    year = str(article.published.year) if article.published else "nd"
    return f"{base or 'kzir'}{year}_{article.pk}"


# --- BibTeX -------------------------------------------------------------------------------------------------


def _bibtex_value(text: str) -> str:
    return _one_line(text).translate(_BIBTEX_ESCAPES)


# biblatex's @article is "an article in a journal, magazine, newspaper, or other periodical", `journal` naming
# the periodical; a record without one is an @online resource, cited with the day it was read (`urldate`).
BIBTEX_TYPES = {"article-journal": "article", "article-newspaper": "article", "webpage": "online"}


def bibtex_entry(article: Article, url: str, accessed: datetime.date | None = None) -> str:
    record = record_of(article)
    kind = csl_type(article, record)
    fields: list[tuple[str, str]] = []
    authors = author_names(article)
    if authors:
        fields.append(("author", " and ".join(name.inverted() for name in authors)))
    if article.title:  # a fragment cut before its title has none: no placeholder is exported as one
        fields.append(("title", article.title))
    if record.container:
        fields.append(("journal", record.container))
    fields += [
        (name, value)
        for name, value in (
            ("volume", record.volume),
            ("number", record.issue),
            ("pages", record.pages.replace("–", "--")),
            ("doi", record.doi),
            ("issn", record.issn),
        )
        if value
    ]
    if article.published:
        fields += [("year", str(article.published.year)), ("date", "-".join(f"{p:02d}" for p in record.date_parts()))]
    if kind == "webpage":
        fields.append(("urldate", (accessed or timezone.localdate()).isoformat()))
    if article.language:
        fields += [("language", BABEL_LANGUAGES[article.language]), ("langid", BABEL_LANGUAGES[article.language])]
    if abstract := _main_abstract(article):
        fields.append(("abstract", abstract))
    if keywords := _all_keywords(article):
        fields.append(("keywords", ", ".join(keywords)))
    if note := _titles_note(article):
        fields.append(("note", note))
    body = ",\n".join(f"  {name} = {{{_bibtex_value(value)}}}" for name, value in fields)
    # URLs are verbatim in BibTeX: only braces (which would end the field) are percent-encoded.
    url_field = url.replace("{", "%7B").replace("}", "%7D")
    return f"@{BIBTEX_TYPES[kind]}{{{citation_key(article)},\n{body},\n  url = {{{url_field}}}\n}}\n"


def bibtex(items: Iterable[Cited]) -> str:
    return "\n".join(bibtex_entry(article, url) for article, url in items)


# --- RIS ----------------------------------------------------------------------------------------------------

# The periodical's name is the secondary title (T2) of a journal or newspaper article alike; a record without
# one is an electronic resource (ELEC) with the day it was read (Y2).
RIS_TYPES = {"article-journal": "JOUR", "article-newspaper": "NEWS", "webpage": "ELEC"}


def _ris_date(parts: list[int]) -> str:
    """YYYY/MM/DD/ with what is known (YYYY/MM// for a month, YYYY/// for a year): the RIS date's four slots."""
    written = [f"{p:02d}" if i else str(p) for i, p in enumerate(parts)]
    return "/".join(written + [""] * (4 - len(written)))


def ris_record(article: Article, url: str, accessed: datetime.date | None = None) -> str:
    record = record_of(article)
    kind = csl_type(article, record)
    lines = [("TY", RIS_TYPES[kind])]
    if article.title:
        lines.append(("TI", article.title))
    translated = translated_titles(article)
    if translated:
        lines.append(("TT", translated.get("en") or next(iter(translated.values()))))
    lines += [("AU", name.inverted()) for name in author_names(article)]
    if record.container:
        lines.append(("T2", record.container))
    lines += [
        (tag, value)
        for tag, value in (
            ("VL", record.volume),
            ("IS", record.issue),
            ("SP", record.first_page),
            ("EP", record.last_page),
            ("DO", record.doi),
            ("SN", record.issn),
        )
        if value
    ]
    if article.published:
        lines += [("PY", str(article.published.year)), ("DA", _ris_date(record.date_parts()))]
    if kind == "webpage":
        accessed = accessed or timezone.localdate()
        lines.append(("Y2", _ris_date([accessed.year, accessed.month, accessed.day])))
    if article.language:
        lines.append(("LA", article.language))
    if abstract := _main_abstract(article):
        lines.append(("AB", abstract))
    lines += [("KW", keyword) for keyword in _all_keywords(article)]
    lines += [("N1", f"[{language}] {title}") for language, title in translated.items()]
    lines += [("UR", url), ("ID", citation_key(article))]
    return "".join(f"{tag}  - {_one_line(value)}\n" for tag, value in lines) + "ER  - \n"


def ris(items: Iterable[Cited]) -> str:
    return "\n".join(ris_record(article, url) for article, url in items)


# --- CSL-JSON -----------------------------------------------------------------------------------------------


def csl_type(article: Article, record: Record) -> str:
    """What CSL calls the item, by what is known: a journal or newspaper article, else a web page."""
    if not record.container:
        return "webpage"
    return "article-newspaper" if is_news(article) else "article-journal"


def csl_item(article: Article, url: str, accessed: datetime.date | None = None) -> dict:
    record = record_of(article)
    item: dict = {"id": citation_key(article), "type": csl_type(article, record), "URL": url}
    if article.title:  # a fragment cut before its title has none: no placeholder is exported as one
        item["title"] = article.title
    if item["type"] == "webpage":  # a web page is cited with the day it was read
        accessed = accessed or timezone.localdate()
        item["accessed"] = {"date-parts": [[accessed.year, accessed.month, accessed.day]]}
    authors = author_names(article)
    if authors:
        item["author"] = [
            {"family": name.family, "given": name.given} if name.given else {"literal": name.family} for name in authors
        ]
    if article.source:
        item["container-title"] = article.source.name
    for variable, value in (
        ("volume", record.volume),
        ("issue", record.issue),
        ("page", record.pages),
        ("DOI", record.doi),
        ("ISSN", record.issn),
    ):
        if value:
            item[variable] = value
    if article.published:
        item["issued"] = {"date-parts": [record.date_parts()]}
    if article.language:
        item["language"] = article.language
    if abstract := _main_abstract(article):
        item["abstract"] = abstract
    if keywords := _all_keywords(article):
        item["keyword"] = ", ".join(keywords)
    english = translated_titles(article).get("en")
    if english and article.language != "en":  # the CSL variable for a title's translation (CSL 1.0.2)
        item["translated-title"] = english
    if note := _titles_note(article):
        item["note"] = note
    return item


def csl_json(items: Iterable[Cited]) -> str:
    return json.dumps([csl_item(article, url) for article, url in items], ensure_ascii=False, indent=2) + "\n"


# The three downloads: extension -> (formatter over (article, url) pairs, content type).
DOWNLOADS = {
    "bib": (bibtex, "application/x-bibtex; charset=utf-8"),
    "ris": (ris, "application/x-research-info-systems; charset=utf-8"),
    "json": (csl_json, "application/vnd.citationstyles.csl+json; charset=utf-8"),
}
