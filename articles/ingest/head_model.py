"""What the head of a text says, line by line (the state single.py fills), and two readings of it: the abstract
a page printed above its keywords without a label, and a headline printed under its lead."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from articles.ingest import cues
from articles.ingest.affiliations import Ties
from articles.ingest.bylines import names_in
from articles.ingest.citation import Citation
from articles.ingest.dates import FoundDate, find_dates
from articles.ingest.layout import Line, nonblank_text
from articles.ingest.paragraphs import is_prose
from articles.ingest.repair import ends_sentence
from articles.ingest.title_rules import DASHES

MIN_ABSTRACT_CHARS = 100
MIN_TITLE_CASE_WORDS = 5
TITLE_CASE_SHARE = 0.6


@dataclass
class Head:
    """What the head of a text says, line by line, before the body begins."""

    title: str | None = None
    title_line: int | None = None
    title_candidates: list[tuple[int, str]] = field(default_factory=list)  # (line index, text)
    authors: list[str] = field(default_factory=list)
    dates: list[FoundDate] = field(default_factory=list)
    abstracts: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    doi: str | None = None
    udc: str | None = None
    citation: Citation | None = None  # the page's own "how to cite" line
    fields: dict[str, str] = field(default_factory=dict)  # labelled facts: journal, volume, issue, pages, language
    prose: bool = False  # a paragraph of prose was read: titles come before the body
    scholarly_byline: bool = False  # several names, a list of them, or an affiliation: a journal's byline
    research: int = 0  # evidence of a scholarly article: labels, identifiers, affiliations
    used: set[int] = field(default_factory=set)  # lines the head consumed (not body)
    previous_line: int | None = None  # the last non-blank line read before the current one
    continued: dict[int, list[int]] = field(default_factory=dict)  # a title candidate's further lines
    menu: set[int] = field(default_factory=set)  # lines of a site's navigation menu
    prose_lines: list[int] = field(default_factory=list)  # lines of prose read in the head
    last_line: int = 0  # the index of the text's last non-blank line
    introduced_by: list[str] = field(default_factory=list)  # a byline inside an introduction's sentences
    ties: Ties = field(default_factory=Ties)  # which affiliation the text ties to which author


def abstract_above(lines: list[Line], index: int, head: Head) -> None:
    """The paragraph right above a keywords label is the abstract, when the page printed it without a label."""
    end = index
    while end > 0 and not lines[end - 1].text.strip():
        end -= 1
    start = end
    while start > 0 and lines[start - 1].text.strip() and start - 1 not in head.used:
        start -= 1
    if start == end or any(index in range(start, end) for index, _ in head.title_candidates):
        return
    text = " ".join(" ".join(line.text for line in lines[start:end]).split())
    if len(text) >= MIN_ABSTRACT_CHARS and ends_sentence(text):
        head.abstracts.append(text)
        head.used.update(range(start, end))
        head.research += 1


DASH_ITEM_RE = re.compile(r"^\s*[–—-]\s+(?P<rest>\S.{0,60})$")
READING_TIME_RE = re.compile(
    r"^\s*[–—-]\s*\d{1,3}\s*(?:min(?:ute)?s?\s+read|мин(?:\.|ут\w*)?\s+(?:чтения|оқу))\s*$", re.I
)


def metadata_list_below(lines: list[Line], index: int) -> bool:
    """A page's metadata list under the line: a dash before a lone word, then one before a number or a date ("-
    Подробности" / "- 8206" / "- 15.08.2024"). Its items are no interview's turns under a cross-head."""
    below = [line.text for line in lines[index + 1 : index + 6] if line.text.strip()][:3]
    if not below:
        return False
    if cues.LIST_WORD_RE.match(below[0]) and any(map(cues.META_ITEM_RE.match, below)):
        return True
    # A blog platform's list: the author's name, the date, the reading time ("- А. Петрухин" / "- Jul 16" /
    # "- 12 min read"): a byline and its dates behind dashes, no answer's turn.
    name = DASH_ITEM_RE.match(below[0])
    return bool(name and names_in(name.group("rest")) == [name.group("rest").strip()]) and any(
        find_dates(item[:40]) or READING_TIME_RE.match(item) for item in below[1:]
    )


def headline_over_questions(lines: list[Line], index: int, head: Head) -> bool:
    """The page's first line, set off by a blank line above the interview's first question ("Имя: тема?" / "" /
    "- Как вы начали …?"), is its headline, not a cross-head over the next turn (a cross-head inside the text
    stands under an answer)."""
    if head.previous_line is not None or index + 1 >= len(lines) or lines[index + 1].text.strip():
        return False
    question = nonblank_text(lines, index, 1)
    return bool(cues.QA_TURN_RE.match(question)) and question.endswith("?")


def headline_under_lead(head: Head, following: str, text: str = "") -> bool:
    """A page may print a paragraph above the headline: a news page its lead, a journal's page its description
    of the journal, a blog its note on the post. The headline then stands under the one paragraph read so far,
    with its date or view counter below it ("«Түркі дәуірі» басталып келеді" / "1,635"), or its author's name
    alone ("The Bureaucratization of Islam in Azerbaijan: …" / "Kamal Gasimov"). A headline in title case may
    stand right under the note with the text's prose under it ("How Does the War in Ukraine Affect Central Asia? An
    Interview with …"): a note is one paragraph, so a cross-head in the body comes later."""
    stamp = following.strip()
    if head.title_candidates or len(head.prose_lines) != 1 or not stamp:
        return False
    if cues.NUMBERS_ONLY_RE.match(stamp) or find_dates(stamp[:80]):
        return head.prose_lines == [head.previous_line]
    if names_in(stamp) == [stamp]:
        return True
    return head.prose_lines == [head.previous_line] == [0] and title_cased(text) and is_prose(stamp)


def title_cased(text: str) -> bool:
    """Most words of a line of at least MIN_TITLE_CASE_WORDS words open with a capital (English headline style)."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= MIN_TITLE_CASE_WORDS and sum(w[:1].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


# A headline quoting its speaker: a closed quotation, then a dash before the speaker's name ("“…” — William Moser,
# U.S. Ambassador", "«…» – Иван Петров"). The name there is the headline's, not a byline glued to it.
CLOSING_QUOTES = "”»\"’'"


def quoted_speaker(headline: str) -> bool:
    """The part of a headline before a dash ends with a closed quotation: what follows the dash names who said it."""
    end = headline.rstrip()[-1:]
    return bool(end) and end in CLOSING_QUOTES


def _after_quotation(before: str) -> bool:
    """``before`` ends with a closed quotation and a dash ("«Мы готовы» – "): the name after it is the speaker's."""
    before = before.rstrip()
    return before.endswith(DASHES) and quoted_speaker(before[:-1])


def without_glued_byline(text: str, names: list[str]) -> str:
    """The title without a byline glued to its end ("… policy John Smith"): cut before the first of ``names`` found
    after its opening, unless the name follows a closed quotation and a dash (the headline names its speaker)."""
    for name in names:
        at = text.find(name)
        if at > 0 and not _after_quotation(text[:at]):
            text = text[:at].rstrip(" ,;")
    return text


# An ellipsis right after a word's last letter closing the text: a site's teaser cut the sentence ("… seeking to
# maintain..."). An ellipsis after a stop, a space or a quotation closes a sentence as its writer chose.
TEASER_CUT_RE = re.compile(r"[^\W\d_](?:\.{3}|…)$")


def cut_teaser(last: str) -> bool:
    """The text's last paragraph breaks off with an ellipsis glued to a word: the item is cut (a teaser)."""
    last = last.rstrip()
    # A match ends the text and spans four characters at most: only the end is searched, if it is an ellipsis.
    return last.endswith(("...", "…")) and bool(TEASER_CUT_RE.search(last[-4:]))
