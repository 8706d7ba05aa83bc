"""Bylines: which people a line names, and whether a name-shaped line is a byline or a headline."""

from __future__ import annotations

import difflib
import re

from articles.ingest import cues
from articles.search.analyzer import is_stopword
from articles.text.translit import ascii_key, romanize


def names_in(text: str) -> list[str]:
    """The people a byline names, or [] when the line is not a byline."""
    text = re.sub(r"\s*\([^)]*\)\s*$", "", text.strip().strip(",;").strip())  # (Китай): a country
    parts = [p for p in cues.NAME_SEPARATOR_RE.split(text) if p.strip()]
    names = []
    for part in parts:
        match = cues.NAME_RE.fullmatch(part.strip())
        # "National Research University", "The Russian Foreign Minister": words no name is made of.
        if not match or cues.INSTITUTION_RE.search(part) or any(is_stopword(w.lower()) for w in part.split()):
            return []
        names.append(re.sub(r"[*©†‡¹²³⁴⁵⁶⁷⁸⁹⁰\d()]+$", "", part.strip()).strip())
    return names


def strong_byline(text: str, names: list[str]) -> bool:
    """A byline that needs no title before it: several names, initials, marks or capitalised surnames."""
    return len(names) >= 2 or bool(re.search(rf"[{cues.UPPER}]\.|[©*¹²³⁴⁵]|\b[{cues.UPPER}]{{3,}}\b", text))


def romanized_twin(name: str, others: list[str]) -> bool:
    """The Latin spelling of a name already on the byline in Cyrillic (journals print both)."""
    if not name.isascii():
        return False
    key = ascii_key(name)
    return any(
        not other.isascii() and difflib.SequenceMatcher(None, key, ascii_key(romanize(other))).ratio() >= 0.85
        for other in others
    )


def byline_evidence(text: str, names: list[str], following: str) -> bool:
    """A name-shaped line is a byline only with evidence: initials, marks, a list, a patronymic, an affiliation."""
    if not names:
        return False
    initials = re.search(r"\b[A-ZА-ЯӘҒҚҢӨҰҮҺІ][a-zа-я]?\.", text)  # И.О., Kh., Ch.
    if len(names) >= 2 or initials or re.search(r"[©*¹²³⁴⁵\d]", text):
        return True
    if re.search(rf"\b[{cues.UPPER}]{{3,}}\b", text) or cues.PATRONYMIC_RE.search(text):
        return True
    return bool(cues.AFFILIATION_RE.search(following) or cues.EMAIL_RE.search(following))
