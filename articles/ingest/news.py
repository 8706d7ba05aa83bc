"""News pages and interviews saved from outlets' sites: headline, outlet, date, lead, body, no boilerplate."""

from __future__ import annotations

import datetime
import re
from itertools import islice

from articles.ingest.casing import truecase_title
from articles.ingest.cues import KZ_UPPER
from articles.ingest.language import detect_language
from articles.ingest.layout import Line, reflow
from articles.ingest.records import ArticleRecord
from articles.ingest.repair import Vocabulary
from articles.text.outlets import outlet_for

DATE_PREFIX_RE = re.compile(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})\s+(.+)$", re.IGNORECASE)
DATELINE_RE = re.compile(
    rf"^\s*(?P<place>[{KZ_UPPER}][{KZ_UPPER}\s-]+)\.\s+(?P<outlet>KAZINFORM|КАЗИНФОРМ|ҚАЗАҚПАРАТ)\s+[–—-]\s+"
)
DOMAIN_SUFFIX_RE = re.compile(r"\s+(?P<domain>(?:[a-z0-9-]+\.)+(?:kz|ru|com|org))\s*$", re.IGNORECASE)
# Where a saved page's own text ends and the site's furniture begins.
BOILERPLATE_START_RE = re.compile(
    r"^\s*(Сіздің реакцияңыз\??|Ваша реакция\??|Your reaction\??|Соңғы жаңалықтар|Последние новости|Latest news"
    r"|Бөлісу|Поделиться|Share|Sońǵy\s+jańalyqtar|Songy\s+janalyqtar"
    # Headers of the site's list of more items under the text.
    r"|Свежее\s+из\s+(?:этой\s+)?рубрики|Другие\s+новости(?:\s+рубрики)?|Похожие\s+новости|Новости\s+по\s+теме"
    r"|Басқа\s+жаңалықтар|Ұқсас\s+жаңалықтар|Тақырыпқа\s+қатысты|Related\s+(?:news|articles|stories|posts)"
    r"|More\s+(?:news|stories)|You\s+may\s+also\s+like)\s*$",
    re.IGNORECASE,
)
QA_TURN_RE = re.compile(r"^\s*[–—-]\s+\S")


def is_saved_news_page(lines: list[Line]) -> bool:
    """A page saved with its headline repeated and the site's domain after it (`… gov.kz`)."""
    nonblank = list(islice((line.text for line in lines if line.text.strip()), 3))
    if len(nonblank) < 2 or not DOMAIN_SUFFIX_RE.search(nonblank[1]):
        return False
    headline = " ".join(nonblank[0].split())
    return nonblank[1].strip().startswith(headline)


def _drop_boilerplate(lines: list[Line]) -> list[Line]:
    for index, line in enumerate(lines):
        if BOILERPLATE_START_RE.match(line.text):
            return lines[:index]
    return lines


def parse_news(lines: list[Line], file: str, vocabulary: Vocabulary) -> ArticleRecord:
    lines = _drop_boilerplate(lines)
    body_lines = [line for line in lines if line.text.strip()]
    first = body_lines[0]
    published = None
    source = None
    headline = " ".join(first.text.split())
    date_match = DATE_PREFIX_RE.match(first.text)
    if date_match:
        year, month, day, headline = date_match.groups()
        try:
            published = datetime.date(int(year), int(month), int(day))
        except ValueError:
            published = None  # a printed date that does not exist is not invented into one
        headline = " ".join(headline.split())
    rest = [line for line in lines if line.number > first.number]
    second = next((line for line in rest if line.text.strip()), None)
    if second is not None:
        domain = DOMAIN_SUFFIX_RE.search(second.text)
        if domain and " ".join(second.text.split()).startswith(headline):
            source = outlet_for(domain.group("domain"))[0]
            rest = [line for line in rest if line.number != second.number]
        dateline = DATELINE_RE.match(second.text)
        if dateline:
            source = outlet_for(dateline.group("outlet"))[0]
    paragraphs = reflow(rest, vocabulary)
    body = "\n\n".join(p.text for p in paragraphs)
    turns = sum(1 for p in paragraphs if QA_TURN_RE.match(p.text))
    questions = sum(1 for p in paragraphs if QA_TURN_RE.match(p.text) and p.text.rstrip().endswith("?"))
    kind = "interview" if turns >= 4 and questions >= 2 else "news"
    language = detect_language(body) or detect_language(headline)
    headline = truecase_title(headline, body)
    return ArticleRecord(
        file=file,
        position=1,
        first_line=first.number,
        last_line=body_lines[-1].number,
        kind=kind,
        language=language,
        title=headline,
        titles={language: headline} if language else {},
        source=source,
        published=published,
        body=body,
    )
