"""Paragraphs of a text's head: the text a label introduces (an abstract, keywords), and prose."""

from __future__ import annotations

import re

from articles.ingest import cues
from articles.ingest.furniture import glued_links
from articles.ingest.language import detect_language
from articles.ingest.layout import Line
from articles.ingest.repair import ends_sentence
from articles.ingest.titles import MIN_PROSE_CHARS, is_furniture, is_title_like

MIN_LEAD_CHARS = 100
LANGUAGE_SAMPLE_CHARS = 300  # the collected text's language, told from its last sentences
LABELLED_LINE_RE = re.compile(r"^[^\W\d_][^\W\d_ ]*(?:\s[^\W\d_]+){0,2}\s*:\s*\S")  # "Published: 2021-09-30"
# The stop first, then the letter behind it: the search skips to each stop (no look-behind at every character).
SENTENCE_BREAK_RE = re.compile(rf"\.(?<=[^\W\d_]\.)\s+(?=[{cues.UPPER}])")


def collect_label(
    lines: list[Line], index: int, rest: str, stop: int, paragraph: bool = False, listing: bool = False
) -> tuple[str, int]:
    """The text of a label (an abstract, keywords): the rest of its line and the lines after, to the next label.

    An unlabelled abstract (``paragraph``) ends with its paragraph: nothing marks where it stops but a blank line.
    A list (``listing``, keywords) ends with its paragraph too, or with its full stop.
    """
    parts = [rest] if rest.strip() else []
    i = index + 1
    while i < stop:
        text = lines[i].text.strip()
        if listing and parts and (ends_sentence(parts[-1]) or LABELLED_LINE_RE.match(text)):
            break  # "Ключевые слова: внешняя политика, Центральная Азия, Казахстан." or "Published: 2021-09-30"
        if not text:
            if parts and (paragraph or listing or (i + 1 < stop and not lines[i + 1].text.strip())):
                break
            i += 1
            continue
        if (
            cues.KEYWORDS_LABEL_RE.match(text)
            or cues.ABSTRACT_LABEL_RE.match(text)
            or cues.REFERENCES_HEADING_RE.match(text)
            or cues.BODY_HEADING_RE.match(text)
            or cues.IDENTIFIER_LINE_RE.match(text)
            or cues.CITE_LINE_RE.match(text)
            or is_furniture(text)
            or (parts and text.isupper() and is_title_like(text))  # a title in capitals after an abstract (OJS)
        ):
            break
        if parts and len(text) < 60 and not parts[-1].rstrip().endswith(("-", ",")) and ends_sentence(parts[-1]):
            break  # a short line after a finished sentence is a heading, not more of the label's text
        if paragraph and parts and ends_sentence(parts[-1]) and _switches_language(parts, text):
            break  # a PDF's unlabelled abstract, then the body in another language with no blank line between
        parts.append(text)
        i += 1
    return " ".join(" ".join(parts).split()), i


def _switches_language(parts: list[str], text: str) -> bool:
    """The line after a finished sentence is in another language than the text collected so far, and does not
    open another abstract."""
    if cues.ABSTRACT_OPENER_RE.match(text):
        return False  # the abstract in the next language: the caller parts abstracts by their openings
    before, after = detect_language(" ".join(parts)[-LANGUAGE_SAMPLE_CHARS:]), detect_language(text)
    return before is not None and after is not None and before != after


def is_prose(text: str) -> bool:
    """A paragraph: long, or two finished sentences at least (a short lead: "Астана. Қазақстан Президенті …");
    not a row of links run together."""
    if len(text) >= MIN_PROSE_CHARS:
        return ". " in text or not glued_links(text)  # sentences are no row of links run together
    return len(text) >= MIN_LEAD_CHARS and ends_sentence(text) and bool(SENTENCE_BREAK_RE.search(text))
