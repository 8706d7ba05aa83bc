"""Signatures that name who wrote the text or led the conversation, under a cue word: "Сұхбаттасқан Айгүл
Сейітқызы", "Беседу вела Анна Петрова", "Interview by John Smith", with the outlet or the post after a comma
("Сұхбаттасқан Айгүл Сейітқызы, «Egemen Qazaqstan»").

The cue words, the interviewer's included, are cues.SIGNATURE_RE's.
"""

from __future__ import annotations

import re

from articles.ingest import cues
from articles.ingest.author_blocks import labelled_names
from articles.ingest.bylines import names_in
from articles.ingest.layout import Line, head_line_indexes


def signed_names(text: str) -> list[str]:
    """The people a signature line names after its cue word, an outlet or a post after a comma left out; or []."""
    signed = cues.SIGNATURE_RE.match(text)
    if not signed:
        return []
    names = signed.group("names").strip()
    found = names_in(names) or labelled_names(names)
    if found or "," not in names:
        return found
    first, rest = (part.strip() for part in names.split(",", 1))
    # "Айгүл Сейітқызы, «Egemen Qazaqstan»", "Анна Петрова, обозреватель": one person, then the outlet or post.
    return (names_in(first) or labelled_names(first)) if not names_in(rest) else []


def signature_in_head(lines: list[Line]) -> tuple[list[str], set[int]]:
    """A signature line among the first lines ("Беседу вела Анна Петрова" under the headline)."""
    for i in head_line_indexes(lines):
        names = signed_names(lines[i].text.strip())
        if names:
            return names, {i}
    return [], set()


def without_cue_words(authors: list[str]) -> list[str]:
    """Each name without a signature's cue word read into it ("Сұхбаттасқан Айгүл Сейітқызы" is "Айгүл
    Сейітқызы"): a cue word is capitalised and may open a name's shape."""
    cleaned = []
    for author in authors:
        names = signed_names(author)
        cleaned.append(names[0] if len(names) == 1 else author)
    return cleaned if cleaned != authors else authors


# An author's signature glued after a title by a dash: initials and a surname ("… (1924-1936 гг.), - Р.Бобохонов",
# "… in Central Asia – J. Smith"), not after a closed quotation (where the dash names the speaker it quotes).
TITLE_SIGNATURE_RE = re.compile(
    rf"(?<=[^»”\"'’\s])\s*,?\s+[-–—]\s*(?P<name>[{cues.UPPER}]\.\s?(?:[{cues.UPPER}]\.\s?)?[{cues.UPPER}][{cues.LOWER}]+"
    rf"(?:-[{cues.UPPER}][{cues.LOWER}]+)?)\s*$"
)


def title_signature(title: str) -> tuple[str, list[str]]:
    """The title without an author's signature glued after it by a dash, and the name signed; or the title and []
    ("… Центральной Азии (1924-1936 гг.), - Р.Бобохонов": a title and its author, the page's run-on heading)."""
    signed = TITLE_SIGNATURE_RE.search(title)
    if not signed or not names_in(signed.group("name")):
        return title, []
    return title[: signed.start()].rstrip(" ,;"), [signed.group("name")]
