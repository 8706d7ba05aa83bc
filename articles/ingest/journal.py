"""Journal-issue dumps: find where articles start, then take each apart.

An article opens with an author line (`Д. Доллин`) and an ALL-CAPS title that may span lines, or with the
title alone at the top of a file. Newer articles then give trilingual abstracts and keywords; older ones
put numbered references at the end, followed by abstracts in the other two languages. Text before the
first start is the tail of an earlier article and becomes a fragment of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from articles.ingest.casing import truecase_title
from articles.ingest.cues import KZ_LOWER, KZ_UPPER
from articles.ingest.journal_heads import journal_by_neighbours
from articles.ingest.language import detect_language, missing_language
from articles.ingest.layout import Line, Paragraph, reflow
from articles.ingest.records import ArticleRecord, ReferenceRecord
from articles.ingest.references import (
    NUMBERED_CITATION_RE,
    find_reference_run,
    in_text_citations,
    numbered_reference,
)
from articles.ingest.repair import Vocabulary, ends_sentence, head_lines

AUTHOR_NAME = rf"(?:[{KZ_UPPER}]\.\s?){{1,3}}\s?[{KZ_UPPER}][{KZ_LOWER}]+(?:-[{KZ_UPPER}][{KZ_LOWER}]+)?"
AUTHOR_LINE_RE = re.compile(rf"^\s*{AUTHOR_NAME}(?:\s*,\s*{AUTHOR_NAME})*\s*$")
# The letters of [{KZ_UPPER}], which open an author line.
AUTHOR_LINE_FIRST = frozenset(
    [*map(chr, range(ord("A"), ord("Z") + 1)), *map(chr, range(ord("А"), ord("Я") + 1)), *"ЁӘҒҚҢӨҰҮҺІ"]
)
SEPARATOR_CHARS = frozenset("_=*~-")
SEPARATOR_RE = re.compile(r"^\s*[_=*~-]{5,}\s*$")
KEYWORDS_RE = re.compile(
    r"^\s*(?P<label>Түйін(?:ді)?\s+сөздер|Кілт\s+сөздер|Ключевые\s+слова|Key\s*words|Keywords)\s*[:.–-]\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
KEYWORD_LABEL_LANGUAGE = {"түйін": "kk", "кілт": "kk", "ключевые": "ru", "key": "en", "keywords": "en"}
MIN_ABSTRACT_CHARS = 150


@dataclass
class ArticleStart:
    index: int  # index into the file's lines of the author line, or of the title when there is none
    author_index: int | None
    title_indexes: list[int]


def is_caps_title(text: str) -> bool:
    letters = sum(map(str.isalpha, text))
    return letters >= 6 and sum(map(str.isupper, text)) >= 0.9 * letters and len(text.split()) >= 2


def _next_nonblank(lines: list[Line], index: int) -> int | None:
    for i in range(index, len(lines)):
        if lines[i].text.strip():
            return i
    return None


def _title_block(lines: list[Line], index: int) -> list[int]:
    block = []
    i: int | None = index
    while i is not None and is_caps_title(lines[i].text):
        block.append(i)
        i = _next_nonblank(lines, i + 1)
    return block


def find_starts(lines: list[Line]) -> list[ArticleStart]:
    starts: list[ArticleStart] = []
    previous_nonblank: str | None = None
    index = 0
    while index < len(lines):
        text = lines[index].text
        first = text.lstrip()[:1]
        if not first:
            index += 1
            continue
        start = None
        # The patterns' own first characters are tested before the patterns (most lines open otherwise).
        if first in AUTHOR_LINE_FIRST and AUTHOR_LINE_RE.match(text):
            title_at = _next_nonblank(lines, index + 1)
            if title_at is not None and is_caps_title(lines[title_at].text):
                start = ArticleStart(index, index, _title_block(lines, title_at))
        elif (
            previous_nonblank is None
            or (previous_nonblank.lstrip()[:1] in SEPARATOR_CHARS and SEPARATOR_RE.match(previous_nonblank))
        ) and is_caps_title(text):
            start = ArticleStart(index, None, _title_block(lines, index))
        if start:
            starts.append(start)
            index = start.title_indexes[-1] + 1
            previous_nonblank = lines[start.title_indexes[-1]].text
            continue
        previous_nonblank = text
        index += 1
    return starts


def strip_running_headers(lines: list[Line], title: str) -> list[Line]:
    """Drop page headers that repeat the article's title cut short with an ellipsis."""
    folded_title = " ".join(title.lower().split())
    kept = []
    for line in lines:
        text = " ".join(line.text.strip().lower().split())
        if text.endswith(("...", "…")) and len(text) > 20 and folded_title.startswith(text.rstrip(".… ").strip()):
            kept.append(Line(line.number, ""))
        else:
            kept.append(line)
    return kept


def _keyword_list(lines: list[Line], vocabulary: Vocabulary) -> list[str]:
    text = " ".join(p.text for p in reflow(lines, vocabulary))
    items = [item.strip().rstrip(".").strip() for item in re.split(r"[;,]", text)]
    return [item for item in items if item]


def parse_front_matter(
    rest: list[Line], vocabulary: Vocabulary
) -> tuple[dict[str, str], dict[str, list[str]], dict[str, str], list[Line]] | None:
    """Trilingual abstracts with keywords before the body; None when the article has none."""
    labels = [i for i, line in enumerate(rest) if KEYWORDS_RE.match(line.text)]
    if not labels or labels[0] > 80:
        return None
    abstracts: dict[str, str] = {}
    keywords: dict[str, list[str]] = {}
    titles: dict[str, str] = {}
    segment_start = 0
    for order, label_at in enumerate(labels):
        match = KEYWORDS_RE.match(rest[label_at].text)
        assert match is not None  # labels holds the lines it matches
        language = KEYWORD_LABEL_LANGUAGE[match.group("label").split()[0].lower()]
        keyword_lines = [Line(rest[label_at].number, match.group("rest"))]
        end = label_at + 1
        while end < len(rest) and rest[end].text.strip() and not ends_sentence(keyword_lines[-1].text):
            keyword_lines.append(rest[end])
            end += 1
        segment = rest[segment_start:label_at]
        if order > 0:  # later segments open with their own title, up to the first blank line
            first = _next_nonblank(segment, 0)
            title_end = first
            while title_end is not None and title_end < len(segment) and segment[title_end].text.strip():
                title_end += 1
            if first is not None:
                titles[language] = " ".join(" ".join(l.text.split()) for l in segment[first:title_end])
                segment = segment[title_end:]
        abstracts[language] = "\n\n".join(p.text for p in reflow(segment, vocabulary))
        keywords[language] = _keyword_list(keyword_lines, vocabulary)
        segment_start = end
    return abstracts, keywords, titles, rest[segment_start:]


def _split_tail(tail: list[Paragraph], language: str | None) -> tuple[list[ReferenceRecord], dict[str, str]]:
    """Numbered references, then the abstracts in the other languages that follow them."""
    references = []
    abstracts: dict[str, str] = {}
    for paragraph in tail:
        entry = numbered_reference(paragraph.text)
        if entry and not abstracts:
            references.append(entry)
            continue
        text_language = detect_language(paragraph.text)
        is_abstract = len(paragraph.text) >= MIN_ABSTRACT_CHARS and (language is None or text_language != language)
        if (is_abstract or abstracts) and text_language:
            abstracts[text_language] = (abstracts.get(text_language, "") + "\n\n" + paragraph.text).strip()
        elif references:
            merged = references[-1].text + " " + paragraph.text
            references[-1] = numbered_reference(merged) or references[-1]
    return references, abstracts


def _fragment_notes(record: ArticleRecord, body: list[Paragraph], cut_at_end: bool) -> list[str]:
    notes = []
    body_text = " ".join(p.text for p in body)
    if cut_at_end and body and not ends_sentence(body[-1].text):
        notes.append("The text breaks off mid-sentence at the end of the source file.")
    cited = NUMBERED_CITATION_RE.findall(body_text)
    if cited and not any(r.kind == "numbered" for r in record.references):
        notes.append("The reference list is missing, though the text cites numbered sources.")
    if cut_at_end and not record.abstracts:
        notes.append("No abstracts follow the text.")
    return notes


def parse_article(
    lines: list[Line], start: ArticleStart, file: str, position: int, vocabulary: Vocabulary, cut_at_end: bool
) -> ArticleRecord:
    first = start.index
    caps_title = " ".join(" ".join(lines[i].text.split()) for i in start.title_indexes)
    authors = []
    if start.author_index is not None:
        authors = [" ".join(name.split()) for name in lines[start.author_index].text.split(",") if name.strip()]
    rest = strip_running_headers(lines[start.title_indexes[-1] + 1 :], caps_title)
    front = parse_front_matter(rest, vocabulary)
    abstracts: dict[str, str] = {}
    keywords: dict[str, list[str]] = {}
    titles: dict[str, str] = {}
    if front:
        abstracts, keywords, titles, rest = front
    paragraphs = reflow(rest, vocabulary)
    full_text = "\n".join(p.text for p in paragraphs)
    language = detect_language(full_text) or detect_language(caps_title)
    references: list[ReferenceRecord] = []
    run = find_reference_run(paragraphs)
    body = paragraphs
    if run is not None and run > 0:
        body = paragraphs[:run]
        references, tail_abstracts = _split_tail(paragraphs[run:], language)
        abstracts.update(tail_abstracts)
    elif not NUMBERED_CITATION_RE.search(full_text):
        references = in_text_citations([p.text for p in paragraphs])
    title = truecase_title(caps_title, full_text + "\n" + "\n".join(abstracts.values()))
    titles = {language: title, **titles} if language else titles
    nonblank = [line.number for line in lines if line.text.strip()]
    record = ArticleRecord(
        file=file,
        position=position,
        first_line=lines[first].number,
        last_line=nonblank[-1],
        language=language,
        title=title,
        titles=titles,
        authors=authors,
        abstracts=abstracts,
        keywords=keywords,
        references=references,
        body="\n\n".join(p.text for p in body),
    )
    notes = _fragment_notes(record, body, cut_at_end)
    record.is_fragment = bool(notes)
    record.fragment_note = " ".join(notes)
    return record


def parse_leading_fragment(lines: list[Line], file: str, vocabulary: Vocabulary) -> ArticleRecord:
    """The tail of an article whose beginning is in an earlier file: its last text, references, abstracts."""
    paragraphs = reflow(lines, vocabulary)
    run = find_reference_run(paragraphs)
    body = paragraphs
    references: list[ReferenceRecord] = []
    abstracts: dict[str, str] = {}
    if run is not None:
        body = paragraphs[:run]
        references, abstracts = _split_tail(paragraphs[run:], None)
    body_text = "\n\n".join(p.text for p in body)
    language = detect_language(body_text) if body_text else missing_language(set(abstracts))
    missing = ["title", "authors"]
    missing.append("the beginning of the text" if body else "the text itself")
    if not references:
        missing.append("references")
    if not abstracts:
        missing.append("abstracts")
    note = "The beginning of this article is in an earlier part of the source: " + ", ".join(missing) + " are missing."
    nonblank = [line.number for line in lines if line.text.strip()]
    return ArticleRecord(
        file=file,
        position=1,
        first_line=nonblank[0],
        last_line=nonblank[-1],
        language=language,
        references=references,
        abstracts=abstracts,
        body=body_text,
        is_fragment=True,
        fragment_note=note,
    )


def parse_journal(lines: list[Line], file: str, vocabulary: Vocabulary) -> list[ArticleRecord]:
    lines = [Line(l.number, "") if SEPARATOR_RE.match(l.text) else l for l in lines]
    starts = find_starts(lines)
    records: list[ArticleRecord] = []
    leading = lines[: starts[0].index if starts else len(lines)]
    if any(re.search(r"[^\W\d_]{3}", line.text) for line in leading):
        records.append(parse_leading_fragment(leading, file, vocabulary))
    for order, start in enumerate(starts):
        end = starts[order + 1].index if order + 1 < len(starts) else len(lines)
        chunk = lines[start.index : end]
        local = ArticleStart(
            0,
            None if start.author_index is None else start.author_index - start.index,
            [i - start.index for i in start.title_indexes],
        )
        records.append(parse_article(chunk, local, file, len(records) + 1, vocabulary, cut_at_end=end == len(lines)))
    return records


# A journal named in a page's head in the shapes the head's labelled fields do not read. Each shape names the
# journal by its place, never by a list of journals: a print page's source line, a "Publication:" or
# "Journal:" label, a short citation ("KNUV 2014; 4(42): 133-145"), a contents link ("… номера журнала:
# Вестник КАСУ №4 - 2011"), a name quoted before the word "journal", a name before its ISSN.
JOURNAL_SHAPES = (
    re.compile(r"^Published\s+on\s+(?P<name>[^()]{3,80}?)\s+\((?:https?://|www\.)", re.IGNORECASE),
    re.compile(
        r"^(?:Publication|Journal|Журнал|Издание|Басылым)\s*:\s*[«\"“]?\s*(?P<name>[^\W\d_][^«»\"“”:;]{2,79}?)\s*[»\"”]?"
        r"\s*(?:,|\.|\bVol(?:ume|\.)|\bIssue\b|\bTom\b|\bТом\b|\bNo\.?\s*\d|№|$)",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?P<name>[^\W\d_][\w .&:-]{1,60}?)\s+(?:19|20)\d{2}\s*[;,]\s*\d{1,3}\s*\(\s*[\w-]{1,6}\s*\)\s*[:,]\s*\d+"
    ),
    re.compile(
        r"(?:номера|выпуска)\s+журнала|(?:contents\s+of\s+)?(?:the\s+)?issue\s+of\s+the\s+journal", re.IGNORECASE
    ),
    re.compile(r"[«\"“](?P<name>[^«»\"“”]{3,60})[»\"”]\s+(?:ғылыми\s+)?журналы\b"),
    re.compile(r"^[-•\s]*(?P<name>[^()]{3,120}?)\s*\(\s*ISSN\s*[:\s]\s*\d{4}-?\d{3}[\dXx]\s*\)"),
)
CONTENTS_SHAPE = 3  # the contents link's name follows its label, up to the number
# A text each shape needs in a line to match (its literal parenthesis, colon, ISSN or word): a line without it
# is not searched.  The contents link's words are tested in lowercase (the shape ignores case; none of their
# letters has a case partner outside its alphabet).
SHAPE_NEEDS = ("(", ":", "(", "", "журналы", "ISSN")
CONTENTS_NAME_RE = re.compile(r"^\s*:?\s*(?P<name>[^\W\d_][^№:]{2,60}?)\s*(?:№|No\.?\s*\d|,|\s[-–]\s*(?:19|20)\d{2}|$)")
JOURNAL_HEAD_LINES = 15
TRAILING_YEAR_RE = re.compile(r"(?<=\S)\s+(?:19|20)\d{2}$")


def journal_named_in(texts: list[str]) -> str | None:
    """The journal a page's head names in one of the shapes above, or on a line of its own its neighbours mark."""
    head = head_lines(texts, JOURNAL_HEAD_LINES)
    for text in head:
        lowered = text.lower()
        for number, shape in enumerate(JOURNAL_SHAPES):
            if SHAPE_NEEDS[number] not in text:
                continue
            if number == CONTENTS_SHAPE and "журнала" not in lowered and "journal" not in lowered:
                continue
            found = shape.search(text)
            if not found:
                continue
            if number == CONTENTS_SHAPE:
                found = CONTENTS_NAME_RE.match(text[found.end() :])
                if not found:
                    continue
            name = found.group("name").strip(" .,;:-")
            if name:
                return clean_journal_name(name)
    named = journal_by_neighbours(head)
    return clean_journal_name(named) if named else None


def clean_journal_name(name: str) -> str:
    """A journal's name without the year a short citation prints after it ("Water 2020, 12(7), 1896")."""
    cleaned = TRAILING_YEAR_RE.sub("", name).strip()
    return cleaned or name
