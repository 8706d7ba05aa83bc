"""An unlabelled abstract on a journal's page: the first paragraph under the title, when the page shows it is a
journal's (an ISSN, a DOI, a UDC code, the journal's name, a volume and issue, a citation line).

Without such a mark a title and a first paragraph are any news item's headline and lead, which is no abstract;
with one, the paragraph under the title (and its byline) is the paper's summary even where the page lost the
label ("Аннотация", "Abstract").
"""

from __future__ import annotations

import re

from articles.ingest import cues
from articles.ingest.head_model import Head
from articles.ingest.journal import journal_named_in
from articles.ingest.language import detect_language
from articles.ingest.layout import Line, nonblank_text
from articles.ingest.paragraphs import is_prose
from articles.ingest.repair import ends_sentence
from articles.ingest.titles import QUESTION_MARKS

JOURNAL_FIELDS = ("journal", "volume", "issue")
# A summary naming its own genre as a paper's abstract does ("This policy brief examines …", "В данном докладе
# рассматривается …"): the words cues.ABSTRACT_OPENER_RE does not take.
SUMMARY_OPENER_RE = re.compile(
    r"^\s*(?:(?:The|This)\s+(?:[a-z]+\s+)?(?:brief|report|analysis|chapter|essay|review|commentary)\s+"
    r"(?:examines|analy[sz]es|explores|considers|discusses|argues|investigates|focuses|aims|presents|assesses)"
    r"|В\s+(?:данном|настоящем|этом)\s+(?:докладе|обзоре|исследовании|отчете|отчёте))\b",
)
# The heading of a paper's introduction, alone or with its own title ("Введение: Актуальность проблемы …").
INTRODUCTION_HEADING_RE = re.compile(r"^\s*(?:\d\.?\s*)?(?:Кіріспе|Введение|Introduction)\s*(?:[.:]\s*\S.*)?$")
MAX_HEADING_CHARS = 120
# A link to the whole paper under its summary ("Download the full analysis", "Скачать полную версию").
DOWNLOAD_RE = re.compile(r"^\s*(?:Download|Скачать|Жүктеп\s+алу|Жүктеу)\b.{0,60}$", re.IGNORECASE)
LANGUAGE_SAMPLE_CHARS = 300
MIN_CUT_ABSTRACT_WORDS = 8  # a cut paragraph this long is a summary's start, not a stray line
MIN_BODY_PARAGRAPH_WORDS = 25
REPEATED_WORDS = 5  # the words a body opens with when it repeats the summary above it


def journal_marked(lines: list[Line], index: int, head: Head) -> bool:
    """Whether the head above ``index`` shows a journal's own mark (an identifier or the journal's name)."""
    if head.doi or head.udc or head.citation or any(name in head.fields for name in JOURNAL_FIELDS):
        return True
    # An ISSN line is read as no field of the record; the head above the paragraph holds it or not.
    if any("ISSN" in line.text and cues.ISSN_RE.search(line.text) for line in lines[:index]):
        return True
    # A journal's name the head prints in a shape of its own (a "Publication:" label, a breadcrumb under the name).
    return journal_named_in([line.text for line in lines[:index]]) is not None


def _under_title(head: Head) -> bool:
    """The line read now stands right under the last title candidate."""
    return bool(head.title_candidates) and head.title_candidates[-1][0] == head.previous_line


def _body_goes_on(lines: list[Line], index: int) -> bool:
    """Another long paragraph of prose right under the paragraph: the body has begun, and its first paragraph is no
    summary (an abstract ends at a heading, the keywords, the introduction, a caption or the excerpt's end)."""
    words = nonblank_text(lines, index, 1).split()
    # A page that prints its summary and then the body opening with the same words repeats the summary there.
    repeated = words[:REPEATED_WORDS] == lines[index].text.split()[:REPEATED_WORDS]
    return len(words) >= MIN_BODY_PARAGRAPH_WORDS and not repeated


def _whole_or_cut(text: str, index: int, head: Head) -> bool:
    """The paragraph ends a sentence, or the excerpt cuts it: it is the text's last line (the gold keeps the part
    present)."""
    return ends_sentence(text) or (index == head.last_line and len(text.split()) >= MIN_CUT_ABSTRACT_WORDS)


def lead_is_abstract(lines: list[Line], index: int, head: Head) -> bool:
    """The first prose paragraph at ``index``, under a title, is a journal page's unlabelled abstract.

    It ends a sentence, or the excerpt cuts it: it is the text's last line (the gold keeps the part present).
    """
    text = lines[index].text.strip()
    if _body_goes_on(lines, index):
        return False
    return (
        _whole_or_cut(text, index, head)
        and bool(head.title_candidates)
        and not head.prose
        and journal_marked(lines, index, head)
    )


def over_first_turn(lines: list[Line], index: int) -> bool:
    """The paragraph at ``index`` stands right over an interview's turn asking a question ("Редакция побеседовала с
    …" / "- Как вы …?"): it is the interview's lead, which introduces a conversation, not a paper's abstract."""
    turn = nonblank_text(lines, index, 1)
    return bool(cues.QA_TURN_RE.match(turn)) and "?" in turn


def opens_summary(text: str) -> bool:
    """The paragraph opens as a paper's or a report's summary does ("В статье …", "This policy brief examines …")."""
    return bool(cues.ABSTRACT_OPENER_RE.match(text) or SUMMARY_OPENER_RE.match(text))


def over_introduction(lines: list[Line], index: int, head: Head) -> bool:
    """The first paragraph under the title stands right over the heading of the paper's introduction: it is the
    paper's unlabelled abstract, the body beginning under that heading."""
    if not head.title_candidates or not ends_sentence(lines[index].text):
        return False
    below = nonblank_text(lines, index, 1)
    return len(below) < MAX_HEADING_CHARS and not ends_sentence(below) and bool(INTRODUCTION_HEADING_RE.match(below))


def translated_abstract(lines: list[Line], index: int, head: Head) -> bool:
    """A paragraph of prose right after the head's abstract, in another language than every abstract read, where
    the head prints the title in that language too ("Проблема разграничения …" / "THE PROBLEM OF …" / byline /
    the Russian abstract / the English one): the abstract's translation, as a paper prints it under its titles."""
    text = lines[index].text.strip()
    if not head.abstracts or not head.title_candidates or head.previous_line not in head.used or not is_prose(text):
        return False
    if not (ends_sentence(text) or index == head.last_line):  # or cut by the excerpt's end
        return False
    language = detect_language(text[:LANGUAGE_SAMPLE_CHARS])
    if language is None or language in {detect_language(a[:LANGUAGE_SAMPLE_CHARS]) for a in head.abstracts}:
        return False
    return any(detect_language(title) == language for _, title in head.title_candidates)


def unlabelled_abstract(lines: list[Line], index: int, head: Head) -> bool:
    """The first paragraph of prose at ``index``, before the body, is the paper's abstract without its label: under
    a title and a journal's byline, right under the title on a journal's page, opening as summaries do, over the
    introduction's heading, or under a title on a page a journal marks; never an interview's lead over its first
    question."""
    if head.prose:
        return False
    text = lines[index].text.strip()
    if cues.QA_TURN_RE.match(text) or cues.QA_LABEL_RE.match(text) or asks(text):
        return False  # an interview's turn ("– Айнұр, өзіңіз туралы …") or a question: a summary states, it asks not
    # A journal's byline over it: under a title, or right over it on a page a journal marks (a listing's item whose
    # title the page lost: "Vol 3 (107) ◽ pp. 19-30" / "Abdulkadir Ozturk ◽ …" / the abstract).
    byline_above = head.scholarly_byline and (
        bool(head.title_candidates) or (head.previous_line in head.used and journal_marked(lines, index, head))
    )
    # On a journal's page (its name heads it) the paragraph right under the title is the abstract.
    title_above = "journal" in head.fields and _under_title(head)
    opener = opens_summary(text) or over_introduction(lines, index, head) or over_download(lines, index, head)
    return (
        ((byline_above or title_above) and _whole_or_cut(text, index, head))
        or opener
        or lead_is_abstract(lines, index, head)
    ) and not over_first_turn(lines, index)


MAX_QUESTION_SENTENCES = 2


def asks(text: str) -> bool:
    """The paragraph is a question: it ends on one and is a sentence or two (an interviewer's question, not a
    summary that asks one of its research questions amid its statements)."""
    stripped = text.rstrip()
    return stripped.endswith(QUESTION_MARKS) and len(re.findall(r"[.!?]\s", stripped)) < MAX_QUESTION_SENTENCES


def over_download(lines: list[Line], index: int, head: Head) -> bool:
    """The paragraph right under the title of an undated page stands over a link to download the whole paper: it is
    the summary a page prints of a paper it offers as a file (a think tank's analysis, a report)."""
    # A dated item (a news site's stamp over it) is news about a report: its lead is no abstract.
    if not _under_title(head) or head.dates or not ends_sentence(lines[index].text):
        return False
    return bool(DOWNLOAD_RE.match(nonblank_text(lines, index, 1)))
