"""The interviewer of a transcript, named in full in the head: the speaker whose turns ask ("Майя: Когда вы
начали …?") is the person the head names with the same first name ("Почетный репортер Korea.net Майя Ли из
Казахстана"). The one who asks writes the interview; the one who answers is its guest, not its author.
"""

from __future__ import annotations

from articles.ingest import cues
from articles.ingest.bylines import names_in
from articles.ingest.layout import Line, head_line_indexes

MIN_QUESTIONS = 2  # two questions under one label: the interviewer's turns, not a speaker's rhetorical one
MAX_HEAD_LINE_CHARS = 200


def _asker(lines: list[Line]) -> str | None:
    """The one-word speaker label whose turns end in questions, when no other label asks as often."""
    asked: dict[str, int] = {}
    for line in lines:
        turn = cues.SPEAKER_TURN_RE.match(line.text)
        if turn and " " not in turn.group("speaker") and line.text.rstrip().endswith("?"):
            asked[turn.group("speaker")] = asked.get(turn.group("speaker"), 0) + 1
    ranked = sorted(asked.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < MIN_QUESTIONS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def interviewer_in_head(lines: list[Line]) -> list[str]:
    """The asking speaker's full name as a head line gives it ("… Майя Ли из …"), or []."""
    asker = _asker(lines)
    if not asker:
        return []
    for i in head_line_indexes(lines):
        text = lines[i].text
        if len(text) > MAX_HEAD_LINE_CHARS or cues.SPEAKER_TURN_RE.match(text):
            continue
        words = text.split()
        for k, word in enumerate(words[:-1]):
            if word != asker:
                continue
            surname = words[k + 1].rstrip(",.;:")
            name = f"{word} {surname}"
            # The first name is the speaker's own label: a short surname ("Ли", "Ким", "Wu") is taken as well.
            if names_in(name) == [name] or (surname.isalpha() and surname[:1].isupper() and surname[1:].islower()):
                return [name]
    return []
