"""Signatures that name who wrote the text or led the conversation, under a cue word: "Сұхбаттасқан Айгүл
Сейітқызы", "Беседу вела Анна Петрова", "Interview by John Smith", with the outlet or the post after a comma
("Сұхбаттасқан Айгүл Сейітқызы, «Egemen Qazaqstan»").

The cue words, the interviewer's included, are cues.SIGNATURE_RE's.
"""

from __future__ import annotations

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
