"""Assembling one record from a labelled text (see single.py): title, byline, abstracts, kind, dates, body."""

from __future__ import annotations

import datetime
import re

from articles.ingest import cues
from articles.ingest.casing import truecase_title
from articles.ingest.fields import LABEL_ALONE_RE
from articles.ingest.language import detect_language
from articles.ingest.layout import Line, reflow
from articles.ingest.news import BOILERPLATE_START_RE, DOMAIN_SUFFIX_RE
from articles.ingest.records import ArticleRecord, ReferenceRecord
from articles.ingest.references import extract_urls
from articles.ingest.repair import Vocabulary, ends_sentence
from articles.ingest.single import (
    GLUED_DATE_RE,
    GLUED_LABEL_RE,
    HEAD_LINES,
    STORE_DATE_RE,
    TITLE_SITE_SUFFIX_RE,
    Head,
    is_furniture,
    names_in,
    read_head,
)
from articles.text.outlets import outlet_for

REFERENCE_NUMBER_RE = re.compile(r"^\s*(?:\[(\d{1,3})\]|(\d{1,3})[.)])\s*")
KEYWORD_SPLIT_RE = re.compile(r"\s*[;]\s*|\s*,\s*|\s+/\s+|\s*•\s*")
MAX_KEYWORD_CHARS = 120
NOTE_CUT_END = "The text breaks off mid-sentence at the end of the source file."
NOTE_CUT_START = "The text begins mid-sentence: its beginning is missing."


def _prepared(lines: list[Line]) -> tuple[list[Line], datetime.date | None]:
    """The lines without the page's tail of furniture, a title glued to its date split off, the store's date read."""
    published = None
    prepared: list[Line] = []
    for line in lines:
        if BOILERPLATE_START_RE.match(line.text):
            break
        text = line.text
        if not prepared and not any(p.text.strip() for p in prepared):
            stored = STORE_DATE_RE.match(text)
            if stored:
                try:
                    published = datetime.date.fromisoformat(stored.group(1))
                except ValueError:
                    published = None
                text = stored.group(2)
        pieces = GLUED_DATE_RE.split(text) if len(prepared) < 5 else [text]
        pieces = [part for piece in pieces for part in GLUED_LABEL_RE.split(piece)]
        if len(prepared) < HEAD_LINES:
            pieces = [part for piece in pieces for part in _unflattened(piece)]
        prepared += [Line(line.number, piece) for piece in pieces]
    return prepared, published


def _unflattened(text: str) -> list[str]:
    """A flattened page's line cut where its head's lines were: rubric, title, received, abstract, introduction."""
    if len(text) < cues.RUN_ON_MIN_CHARS:
        return [text]
    pieces = []
    for piece in cues.RUN_ON_CUE_RE.split(text):
        heading = cues.RUN_ON_HEADING_RE.match(piece)
        if heading:
            pieces += [heading.group("heading"), piece[heading.end() :]]
        elif piece.strip():
            pieces.append(piece)
    return pieces


def _title(head: Head, lines: list[Line]) -> str | None:
    title = head.title
    if not title:
        return None
    title = " ".join(title.split())
    suffix = TITLE_SITE_SUFFIX_RE.search(title)
    if suffix:
        prefix = title[: suffix.start()].strip()
        site = suffix.group("site")
        repeated = any(" ".join(line.text.split()) == prefix for line in lines)
        if repeated or DOMAIN_SUFFIX_RE.search(" " + site) or "«" in site or site.isupper():
            title = prefix
    for name in head.authors:  # a byline glued to the title
        at = title.find(name)
        if at > 0:
            title = title[:at].rstrip(" ,;")
    return title or None


def _closing_byline(lines: list[Line]) -> tuple[list[str], list[Line]]:
    """A news text signed at its end ("Айбек ҚОБДАБ", "Rýslan IZIMOV,"): the name, and the lines above it."""
    nonblank = [i for i, line in enumerate(lines) if line.text.strip()]
    for i in reversed(nonblank[-3:]):
        text = lines[i].text.strip()
        names = names_in(text)
        if len(names) == 1 and len(text) < 60 and re.search(rf"\b[{cues.UPPER}]{{3,}}\b", text):
            return names, [line for j, line in enumerate(lines) if j < i]
    return [], lines


def is_label(word: str) -> bool:
    """A page's label before a colon ("Affiliation:", "Journal:"), not a speaker's name."""
    return bool(cues.NOT_A_SPEAKER_RE.match(word) or LABEL_ALONE_RE.match(word))


def _kind(head: Head, title: str | None, lines: list[Line], body: list[str]) -> str:
    opening = " ".join([title or ""] + [line.text for line in lines[:8]])
    turns = sum(1 for p in body if cues.QA_TURN_RE.match(p))
    questions = sum(1 for p in body if p.rstrip().endswith("?"))
    speaker = cues.SPEAKER_HEADLINE_RE.match(title or "")
    # A headline that is a person's words: "Ғани Қарасаев: Қазақстан көп істе көшбасшы болды".
    quoted = ":" in (title or "") and len(names_in(title.split(":", 1)[0])) == 1 if title else False
    speakers = [
        m.group("speaker") for p in body if (m := cues.SPEAKER_TURN_RE.match(p)) and not is_label(m.group("speaker"))
    ]
    dialogue = len(speakers) >= 2 and len(set(speakers)) >= 2
    scholarly = bool(head.abstracts or head.keywords or head.research >= 2)
    if (
        speaker
        or (quoted and not scholarly)  # "Eurasian Economic Union: a challenge …" is a paper's title
        or dialogue
        or cues.INTERVIEW_RE.search(opening)
        # Questions in a paper with an abstract or keywords are its research questions, not an interview's.
        or (not scholarly and ((turns >= 4 and questions >= 2) or questions >= 3))
    ):
        return "interview"
    if head.abstracts or head.keywords or head.research >= 2:
        return "research_article"
    return "news"


def _keywords(texts: list[str], default: str | None) -> dict[str, list[str]]:
    keywords: dict[str, list[str]] = {}
    for text in texts:
        for word in KEYWORD_SPLIT_RE.split(text.strip().rstrip(".")):
            word = word.strip(" .")
            if word and len(word) <= MAX_KEYWORD_CHARS:  # a longer "keyword" is a sentence that ran on
                language = detect_language(word, default) or default or "en"
                keywords.setdefault(language, [])
                if word not in keywords[language]:
                    keywords[language].append(word)
    return keywords


def _references(paragraphs: list[str]) -> tuple[list[str], list[ReferenceRecord]]:
    """The body without its reference list, and the list's entries."""
    for index, paragraph in enumerate(paragraphs):
        if cues.REFERENCES_HEADING_RE.match(paragraph):
            entries = []
            for entry in paragraphs[index + 1 :]:
                number = REFERENCE_NUMBER_RE.match(entry)
                text = entry.strip()
                entries.append(
                    ReferenceRecord(text=text, number=int(number.group(1) or number.group(2)) if number else None)
                )
                entries[-1].urls = extract_urls(text)
            return paragraphs[:index], entries
    return paragraphs, []


def parse_single(lines: list[Line], file: str, vocabulary: Vocabulary) -> ArticleRecord:
    lines, stored_date = _prepared(lines)
    head = read_head(lines)
    citation = head.citation
    if citation and not head.title and citation.title:
        head.title = citation.title
    if citation and not head.authors:
        head.authors = citation.names
    title = _title(head, lines)
    body_lines = [
        line
        for index, line in enumerate(lines)
        if index not in head.used and index != head.title_line and not is_furniture(line.text)
    ]
    authors = head.authors
    if not authors:
        authors, body_lines = _closing_byline(body_lines)
    paragraphs, references = _references([p.text for p in reflow(body_lines, vocabulary)])
    body = "\n\n".join(paragraphs)
    abstracts: dict[str, str] = {}
    for text in head.abstracts:
        abstracts.setdefault(detect_language(text, "en") or "en", text)
    # A page that states the article's language is believed over a guess from its words.
    language = (
        head.fields.get("language")
        or detect_language(body + " " + " ".join(abstracts.values()))
        or detect_language(title or "")
    )
    kind = _kind(head, title, lines, paragraphs)
    dated = [d for d in head.dates if d.precision == "day"] or head.dates
    published = stored_date or (dated[0].date if dated else None)
    precision = "day" if stored_date or not dated else dated[0].precision
    source = None
    for line in lines[:12]:
        dateline = cues.DATELINE_RE.match(line.text)
        if dateline and dateline.group("outlet"):
            source = outlet_for(dateline.group("outlet").strip().title())[0]
            break
    if title and title.isupper():
        title = truecase_title(title, body)
    titles = {language: title} if language and title else {}
    stated = head.fields.get("language")
    if stated and title and (detect_language(title, stated) or stated) != stated:
        # An English page for a Russian article: its title here is the translation, the original is elsewhere.
        titles, title = {detect_language(title, stated) or stated: title}, None
    nonblank = [line.text.strip() for line in lines if line.text.strip()]
    notes = []
    if nonblank and nonblank[0][:1].islower():
        notes.append(NOTE_CUT_START)
    last = paragraphs[-1] if paragraphs else (nonblank[-1] if nonblank else "")
    if last and not references and not ends_sentence(last):
        notes.append(NOTE_CUT_END)
    numbers = [line.number for line in lines if line.text.strip()]
    return ArticleRecord(
        file=file,
        position=1,
        first_line=numbers[0] if numbers else 1,
        last_line=numbers[-1] if numbers else 1,
        kind=kind,
        language=language,
        title=title,
        titles=titles,
        authors=authors,
        abstracts=abstracts,
        keywords=_keywords(head.keywords, language),
        references=references,
        source=source,
        published=published,
        published_precision=precision,
        journal=(citation.journal if citation else None) or head.fields.get("journal"),
        volume=(citation.volume if citation else None) or head.fields.get("volume"),
        issue=(citation.issue if citation else None) or head.fields.get("issue"),
        pages=(citation.pages if citation else None) or head.fields.get("pages"),
        is_fragment=bool(notes),
        fragment_note=" ".join(notes),
        body=body,
        doi=head.doi,
        udc=head.udc,
    )
