"""Bylines at a text's end, read from the body's last lines once the head gave no author: a name signing a news
item, a signature under its cue word, a press officer's name between the post and the contacts, a label with the
name and the person's post ("Автор: Иван Петров, политолог"), a note about the author ("John Smith is a senior
fellow at …").

Each reader returns the names and the lines above the byline (the body without it), or ``([], lines)``.
"""

from __future__ import annotations

import re

from articles.ingest import cues
from articles.ingest.affiliations import WRITER_POST_RE
from articles.ingest.author_blocks import dash_listed
from articles.ingest.bylines import CAPITALS_WORD_RE, names_in
from articles.ingest.layout import Line
from articles.ingest.repair import ends_sentence
from articles.ingest.signatures import signed_names


def closing_byline(lines: list[Line]) -> tuple[list[str], list[Line]]:
    """A news text signed at its end ("Айбек ҚОБДАБ", "Rýslan IZIMOV,"): the name, and the lines above it."""
    nonblank = [i for i, line in enumerate(lines) if line.text.strip()]
    for k in range(len(nonblank) - 1, max(len(nonblank) - 4, -1), -1):
        i = nonblank[k]
        text = lines[i].text.strip()
        signed = signed_names(text)
        if signed:
            return signed, lines[:i]
        names = names_in(text)
        # A surname in capitals signs; so does a plain name alone on the last line, under the last sentence
        # ("Николай Ильясов"); the furniture after it is gone already ("Читайте также").
        plain = k == len(nonblank) - 1 and k > 0 and ends_sentence(lines[nonblank[k - 1]].text)
        if len(names) == 1 and len(text) < 60 and (CAPITALS_WORD_RE.search(text) or plain):
            return names, lines[:i]
    return [], lines


# A contact line under a press officer's signature: a phone number, an e-mail, a web address.
CONTACT_LINE_RE = re.compile(
    r"^(?:(?:Tel|Тел|Phone)\.?\s*:?\s*)?\+?[\d\s()\-–]{7,}$|^\S+@\S+\.\w+$|^https?://\S+$", re.IGNORECASE
)
MAX_NAVIGATION_WORDS = 5  # "Go back", "Back to the all news": a site's links under the text
MAX_SIGNER_POST_WORDS = 6
# The post of an officer who signs a statement: a press secretary, a spokesperson, a head of a service.
SIGNER_POST_RE = re.compile(
    r"secretary|spokes|press|пресс|секретар|спикер|баспасөз|хатшы|төраға|председател|chairman|officer|служб"
    r"|қызмет|начальник|бастығы",
    re.IGNORECASE,
)


def signed_by_officer(lines: list[Line]) -> tuple[list[str], list[Line]]:
    """A statement signed at its end by its officer: the post over the name, or the phones or e-mail under it ("The
    CSTO Press Secretary" / "Vladimir Zaynetdinov" / "+7 495-795-27-10"), a site's short links after; the name,
    and the lines above the signature."""
    nonblank = [i for i, line in enumerate(lines) if line.text.strip()]
    end = len(nonblank)
    while end and _navigation(lines[nonblank[end - 1]].text):
        end -= 1
    contacts = end
    while contacts and CONTACT_LINE_RE.match(lines[nonblank[contacts - 1]].text.strip()):
        contacts -= 1
    if contacts < 2:
        return [], lines
    name_at = nonblank[contacts - 1]
    name = lines[name_at].text.strip()
    if names_in(name) != [name]:
        return [], lines
    start, above = name_at, lines[nonblank[contacts - 2]].text.strip()
    posted = contacts >= 3 and _signer_post(above)
    if posted:
        start, above = nonblank[contacts - 2], lines[nonblank[contacts - 3]].text.strip()
    if not ends_sentence(above) or not (posted or contacts < end):
        return [], lines
    return [name], lines[:start]


def _navigation(text: str) -> bool:
    stripped = text.strip()
    return len(stripped.split()) <= MAX_NAVIGATION_WORDS and not ends_sentence(stripped) and not names_in(stripped)


def _signer_post(text: str) -> bool:
    """A short line naming an officer's post, not a sentence: "The CSTO Press Secretary", "Пресс-служба МИД"."""
    return (
        len(text.split()) <= MAX_SIGNER_POST_WORDS
        and not ends_sentence(text)
        and SIGNER_POST_RE.search(text) is not None
        and not names_in(text)
    )


# A note on the author at the end: "About the author: …", "Об авторе: …", "Автор туралы: …".
ABOUT_LABEL_RE = re.compile(
    r"^\s*(?:About\s+the\s+author|Об\s+авторе|Автор\s+туралы)\s*[:.–—-]?\s*(?P<rest>\S.*)$", re.IGNORECASE
)
# The words after a name that give the person's post: ", политолог", " – senior fellow", " is a senior fellow".
POST_AFTER_NAME_RE = re.compile(r"^(?P<name>[^,–—]{3,60}?)(?:\s*,\s+|\s+[–—-]\s+|\s+(?:is|was)\s+(?:an?|the)\s+)")
SIGN_MARK_RE = re.compile(r"^\s*[–—-]\s+")
MAX_CLOSING_NOTE_CHARS = 300
CLOSING_LINES = 3


def name_before_post(text: str) -> list[str]:
    """The person a line names before the post ("Иван Петров, политолог", "John Smith is a senior fellow at …"),
    or []: a writer's post must follow, not any words."""
    found = POST_AFTER_NAME_RE.match(text)
    if not found or not WRITER_POST_RE.search(text[found.end() : found.end() + MAX_CLOSING_NOTE_CHARS]):
        return []
    name = found.group("name").strip()
    return [name] if names_in(name) == [name] else []


def closing_note(lines: list[Line]) -> tuple[list[str], list[Line]]:
    """A byline among the last lines that gives the author's post: under a label ("Автор: Иван Петров, политолог",
    "About the author: John Smith is …"), after a signature's dash ("— John Smith, analyst at …"), or a note
    opening with the name ("John Smith is a senior fellow at the Atlantic Council.")."""
    nonblank = [i for i, line in enumerate(lines) if line.text.strip()]
    for at in reversed(range(max(len(nonblank) - CLOSING_LINES, 0), len(nonblank))):
        i = nonblank[at]
        text = lines[i].text.strip()
        if len(text) > MAX_CLOSING_NOTE_CHARS:
            continue
        label = cues.AUTHORS_LABEL_RE.match(text) or ABOUT_LABEL_RE.match(text)
        mark = SIGN_MARK_RE.match(text)
        if mark and dash_listed(lines, nonblank, at, SIGN_MARK_RE):
            continue
        rest = label.group("rest") if label else text[mark.end() :] if mark else text
        names = name_before_post(rest)
        if names and (label or mark or " is " in rest[: len(names[0]) + 5] or " was " in rest[: len(names[0]) + 6]):
            return names, lines[:i]
    return [], lines
