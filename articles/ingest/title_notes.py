"""Lines that say who made a text or where it came out, or a phrase a line break cut: never its title. A labelled
credit ("Text/photography: Dana Oparina", "Author: …, member of …"), a note on where a piece was published with its
title in quotes ("Экспертная статья в издании Tech Bullion «…»"), a line ending on a Russian preposition ("… Майя
Ли из" / "Казахстана")."""

from __future__ import annotations

import re

from articles.ingest import cues

# A labelled credit: who wrote the text or took its photos, a label and a colon before a capitalised name ("Text/
# photography: Dana Oparina", "Author: Fakhriddin Kholbek, member of …", "Текст и фото: Анна Петрова", "Суреттер:
# Айгүл Сейітқызы"): the label names a role, the line a person; a headline is about something.
_CREDIT_ROLE = r"(?i:text|photos?|photography|author|authors|текст|фото|автор|авторы|мәтін|сурет(?:тер)?|суретші)"
LABELLED_CREDIT_RE = re.compile(
    rf"^\s*{_CREDIT_ROLE}(?:\s*(?:/|&|,|(?i:\band|\bи|\bмен|\bжәне)\b)\s*{_CREDIT_ROLE})*\s*:\s*"
    rf"[{cues.UPPER}][{cues.LETTER}.'’-]*(?:\s+[{cues.UPPER}][{cues.LETTER}.'’-]*){{0,3}}\s*(?:,|$)"
)
# A line ending on a Russian preposition in lower case, which governs a word to come: a phrase a line break cut
# ("Почетный репортер Korea.net Майя Ли из" / "Казахстана"). Kazakh has postpositions ("туралы", "үшін" close a
# phrase) and an English title may end on "of" or "in" ("… much to be proud of"): only these are read so.
CUT_AT_PREPOSITION_RE = re.compile(r"\s(?:и|в|во|на|по|для|при|под|с|со|из|к|о|об|от|до|за|над|между|через)$")
# A note naming where a piece came out, with its title in quotes: "Экспертная статья в издании Tech Bullion «…»",
# "Article in The Diplomat: “…”", "Интервью для портала Tengrinews «…»": the piece's kind and its outlet; the quoted
# title (or its translation, printed under the note) is the title.
PUBLICATION_NOTE_RE = re.compile(
    r"^(?:[^\W\d]+\s+){0,2}?(?:стать[яи]|публикаци[яи]|колонка|интервью|article|op-ed|column|interview|мақала(?:сы)?"
    r"|сұхбат(?:ы)?)\s+(?:в|для|на|in|for|on)\s+(?:издании|журнале|газете|агентстве|портале|the\s+)?[^«“\"]{1,60}[«“\"]",
    re.IGNORECASE,
)


def credit_or_note(stripped: str) -> bool:
    """A labelled credit, a publication note or a line cut after a preposition (`stripped`: the line stripped)."""
    return bool(
        (":" in stripped and LABELLED_CREDIT_RE.match(stripped))
        or (stripped[-1:].isalpha() and CUT_AT_PREPOSITION_RE.search(stripped[-9:]))
        or PUBLICATION_NOTE_RE.match(stripped)
    )
