"""Reference styles an article page shows: GOST R 7.0.5–2008 and APA 7 (the downloads are in citations.py).

Both read the one bibliographic record (bibliography.py): a journal article is cited with its journal,
volume, issue and pages; a news item with its outlet; anything else as an electronic resource.
"""

from __future__ import annotations

import datetime

from django.utils import timezone

from articles.interop.bibliography import Record, record_of
from articles.interop.citations import DASH, MONTHS, Name, author_names, citation_title, translated_titles
from articles.interop.metadata import is_news
from articles.models import Article

# --- GOST R 7.0.5–2008 ----------------------------------------------------------------------------------------


def gost(article: Article, url: str, accessed: datetime.date | None = None) -> str:
    """An analytic entry for an electronic resource, with Russian service words as the standard gives them.

    Up to three authors: the first heads the entry and all follow the slash; four or more: no heading, the
    first three and "[и др.]" after the slash.
    """
    accessed = accessed or timezone.localdate()
    authors = author_names(article)
    title = citation_title(article)
    heading = f"{authors[0].family_first()} " if 0 < len(authors) <= 3 else ""
    record = record_of(article)
    if record.in_journal and (record.volume or record.issue or record.first_page):
        return _gost_journal_article(heading, title, authors, record)
    entry = f"{heading}{title} [Электронный ресурс]"
    if authors:
        responsibility = ", ".join(name.initials_first() for name in authors[:3])
        entry += f" / {responsibility}" + (" [и др.]" if len(authors) > 3 else "")
    if article.source:
        entry += f" // {article.source.name}"
    parts = [entry]
    if article.published:
        parts.append(str(article.published.year))
    parts.append(f"URL: {url} (дата обращения: {accessed:%d.%m.%Y})")
    return f". {DASH} ".join(parts) + "."


def _gost_journal_article(heading: str, title: str, authors: list[Name], record: Record) -> str:
    """Фамилия И. О. Заглавие / И. О. Фамилия // Журнал. – 2019. – Т. 12, № 3. – С. 45–52. – DOI: …"""
    entry = f"{heading}{title}"
    if authors:
        entry += (
            " / " + ", ".join(name.initials_first() for name in authors[:3]) + (" [и др.]" if len(authors) > 3 else "")
        )
    parts = [f"{entry} // {record.container}"]
    if record.date:
        parts.append(str(record.date.year))
    numbering = ", ".join(
        p for p in (f"Т. {record.volume}" if record.volume else "", f"№ {record.issue}" if record.issue else "") if p
    )
    if numbering:
        parts.append(numbering)
    if record.first_page:
        parts.append(f"С. {record.pages}")
    if record.doi:
        parts.append(f"DOI: {record.doi}")
    return f". {DASH} ".join(parts) + "."


# --- APA (7th edition) --------------------------------------------------------------------------------------


def _apa_authors(names: list[Name]) -> str:
    written = [name.inverted_initials() for name in names]
    if len(written) == 1:
        return written[0]
    if len(written) <= 20:
        return ", ".join(written[:-1]) + ", & " + written[-1]
    return ", ".join(written[:19]) + ", . . . " + written[-1]


def _apa_date(article: Article) -> str:
    date = article.published
    if date is None:
        return "(n.d.)"
    if is_news(article):
        return f"({date.year}, {MONTHS[date.month - 1]} {date.day})"
    return f"({date.year})"


def _sentence(text: str) -> str:
    """Text closed with a full stop unless it already ends a sentence."""
    return text if text.endswith((".", "?", "!")) else f"{text}."


def apa(article: Article, url: str) -> str:
    """Authors in Latin script (as APA asks), the title as printed with its English translation in brackets."""
    title = citation_title(article)
    english = translated_titles(article).get("en")
    if english and article.title:
        title = f"{title} [{english}]"
    authors = author_names(article, latin=True)
    if authors:
        parts = [_sentence(_apa_authors(authors)), f"{_apa_date(article)}.", _sentence(title)]
    else:
        parts = [_sentence(title), f"{_apa_date(article)}."]
    record = record_of(article)
    if record.in_journal and (record.volume or record.issue or record.first_page):
        numbering = record.volume + (f"({record.issue})" if record.issue else "")
        located = ", ".join(p for p in (record.container, numbering, record.pages) if p)
        parts.append(_sentence(located))
        parts.append(record.doi_url or url)
        return " ".join(parts)
    if article.source:
        parts.append(_sentence(article.source.name))
    parts.append(record.doi_url or url)
    return " ".join(parts)
