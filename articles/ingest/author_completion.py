"""Authors the head's line-by-line reading missed beside the ones it found, and a lone author line it left unread.

* an item of a labelled author list whose affiliation follows the name with no comma and no institution word the
  head knows ("• Диляра Супыалдиярова Университет СДУ" between two items the head read);
* a further author under the first one's lines, the name with a comma and the person's degree or post
  ("Аяпбекова Алия Ескермесовна, г.ғ. к., аға оқытушы");
* a name with a comma and the name of a research centre under the headline ("Нурад Мамедов, Центр анализа
  международных отношений").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from articles.ingest import cues
from articles.ingest.affiliations import states_degree, states_post
from articles.ingest.bylines import names_in
from articles.ingest.layout import Line, head_line_indexes
from articles.ingest.repair import ends_sentence
from articles.ingest.signatures import without_cue_words

MAX_LIST_ITEMS = 30
BELOW_LAST_AUTHOR = 4  # the next author's line follows the previous one's affiliation and e-mail
MAX_ITEM_CHARS = 300
MAX_AUTHOR_LINE_CHARS = 200
UNDER_HEADLINE_LINES = 8
MAX_PLAIN_NAME_WORDS, MAX_FULL_NAME_WORDS = 2, 3
# The kinds of body a person on a byline works for ("Центр анализа международных отношений", "… Institute").
BODY_RE = re.compile(
    r"\b(?:центр|center|centre|орталығ|институт|institute|университет|university|академи|academy|фонд\b|foundation"
    r"|ministry|министерств|министрлі|agency|агентств)",
    re.IGNORECASE,
)
# A list item's number or bullet: "1. T. I. Pototskaya, …", "• LIU Wenhua , 1 ,", "- Name".
ITEM_MARK_RE = re.compile(r"^\s*(?:\d{1,2}[.)]|[•·*–—-])\s+")


def _leading_name(text: str) -> str:
    """The name opening an author list's item before its affiliation ("Диляра Супыалдиярова Университет СДУ"): two
    words, or three when the third is a patronymic; the affiliation after it names an institution or a place."""
    words = text.split()
    for count in (MAX_FULL_NAME_WORDS, MAX_PLAIN_NAME_WORDS):
        name, rest = " ".join(words[:count]), " ".join(words[count:])
        if count == MAX_FULL_NAME_WORDS and not cues.PATRONYMIC_RE.search(" ".join(words[count - 1 : count])):
            continue
        if rest[:1].isupper() and cues.AFFILIATION_RE.search(rest) and names_in(name) == [name]:
            return name
    return ""


def bare_labels(lines: list[Line], head: list[int]) -> Iterator[int]:
    """Where authors' labels stand alone in the head ("AUTHORS:", "Авторы:", a journal page's "by"), a list of
    names under them: their places in ``head``."""
    for k, i in enumerate(head):
        label = cues.AUTHORS_LABEL_RE.match(lines[i].text)
        if label and not label.group("rest").strip():
            yield k


def _list_items(lines: list[Line], below: list[int]) -> list[str]:
    """The names of the bulleted items on the lines ``below`` a label, each read with its affiliation."""
    names: list[str] = []
    for j in below[:MAX_LIST_ITEMS]:
        text = lines[j].text.strip()
        if not ITEM_MARK_RE.match(text) or len(text) > MAX_ITEM_CHARS:
            break
        item = ITEM_MARK_RE.sub("", text)
        found = names_in(item) or [_leading_name(item)]
        if not found[0]:
            break
        names += found[:1]
    return names


def _same(a: list[str], b: list[str]) -> bool:
    return [name.casefold() for name in a] == [name.casefold() for name in b]


def listed_in_full(lines: list[Line], authors: list[str]) -> list[str]:
    """The whole bulleted list under an authors' label when the head read only some of its items, else []."""
    head = head_line_indexes(lines)
    for k in bare_labels(lines, head):
        names = _list_items(lines, head[k + 1 :])
        found = [name for name in names if name.casefold() in {a.casefold() for a in authors}]
        if len(names) > len(authors) and _same(found, authors):
            return names
    return []


def _name_with_post(text: str) -> str:
    """The name of a line "Name [Patronymic], degree, post" ("Аяпбекова Алия Ескермесовна, г.ғ. к., аға оқытушы")."""
    if len(text) > MAX_AUTHOR_LINE_CHARS or "," not in text:
        return ""
    name, rest = (part.strip() for part in text.split(",", 1))
    if names_in(name) != [name] or not states_degree(rest):
        return ""
    return name


def further_author(lines: list[Line], authors: list[str]) -> list[str]:
    """The head's authors with one more whose line, the name with a degree or post, stands a few lines under the
    last author's line, between it and the body."""
    head = head_line_indexes(lines)
    last = next((k for k in range(len(head) - 1, -1, -1) if lines[head[k]].text.strip().startswith(authors[-1])), None)
    if last is None:
        return []
    known = {author.casefold() for author in authors}
    for j in head[last + 1 : last + 1 + BELOW_LAST_AUTHOR]:
        name = _name_with_post(lines[j].text.strip())
        if name and name.casefold() not in known:
            return [*authors, name]
    return []


MAX_EPIGRAPH_LINES = 3
MAX_EPIGRAPH_LINE_CHARS = 150
AUTHOR_UNDER_TITLE = 3  # the writer's name stands right under the title, in the first lines


def _alone(text: str) -> bool:
    return len(text.split()) <= MAX_FULL_NAME_WORDS and names_in(text) == [text]


def over_epigraph(lines: list[Line], authors: list[str]) -> list[str]:
    """The writer named under the title over an epigraph, when the head took the epigraph's author under it
    ("Бахыт Рустемов" / "Только настоящая дружба и честное партнерство" / " ведет … процветанию." / "Рустем
    Нуршаев"): a name alone over a few short lines of a quotation is the text's; the one under them, the quote's.
    The quotation ends a sentence over its author's name; a title between two names does not."""
    head = head_line_indexes(lines)
    if len(authors) != 1:
        return []
    at = next((k for k, i in enumerate(head) if lines[i].text.strip() == authors[0]), None)
    if at is None:
        return []
    for upper in range(max(at - MAX_EPIGRAPH_LINES - 1, 0), at - 1):
        name = lines[head[upper]].text.strip()
        quote = [lines[i].text.strip() for i in head[upper + 1 : at]]
        if (
            upper < AUTHOR_UNDER_TITLE
            and _alone(name)
            and all(len(line) < MAX_EPIGRAPH_LINE_CHARS and not names_in(line) for line in quote)
            and ends_sentence(quote[-1])
        ):
            return [name]
    return []


def completed(lines: list[Line], authors: list[str]) -> list[str]:
    """The authors the head read with those it missed beside them, in the page's order."""
    if not authors:
        return authors
    authors = without_cue_words(authors)
    return listed_in_full(lines, authors) or further_author(lines, authors) or over_epigraph(lines, authors) or authors


MAX_POST_CHARS = 120


def name_with_centre(lines: list[Line]) -> tuple[list[str], set[int]]:
    """A name, a comma and the body the person works for or the person's post, alone on one of the first lines
    ("Нурад Мамедов, Центр анализа международных отношений", "John Smith, Senior Fellow at the Atlantic
    Council"): a column's or a paper's byline. (An interviewee's line of this shape is dropped once the text
    reads as an interview: see author_checks.)"""
    for i in head_line_indexes(lines)[:UNDER_HEADLINE_LINES]:
        text = lines[i].text.strip()
        if len(text) > MAX_AUTHOR_LINE_CHARS or "," not in text:
            continue
        name, rest = (part.strip() for part in text.split(",", 1))
        posted = BODY_RE.search(rest) or (len(rest) < MAX_POST_CHARS and states_post(rest))
        if (
            names_in(name) == [name]
            and posted
            # "Нұрсұлтан Назарбаев, … Президенті:", "…, президент Казахстана: «…»": a speaker's words follow
            and ":" not in rest
            and not names_in(rest)
        ):
            return [name], {i}
    return [], set()
