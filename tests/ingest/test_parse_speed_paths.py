"""The fast paths of the parse answer as the slow ones did: patterns reordered so their search skips to a literal,
and tests gated by a cheap look at the text's end."""

from __future__ import annotations

import re

import pytest

from articles.ingest import cues
from articles.ingest.head_model import TEASER_CUT_RE, cut_teaser
from articles.ingest.language import _letter_counts
from articles.ingest.paragraphs import SENTENCE_BREAK_RE
from articles.ingest.prepare import GLUED_SENTENCE_RE

# The patterns as they were written before (a look-behind first).
OLD_GLUED_SENTENCE_RE = re.compile(rf"(?<=[{cues.LOWER}]{{3}})\.(?=[{cues.UPPER}][{cues.LOWER}])")
OLD_SENTENCE_BREAK_RE = re.compile(rf"(?<=[^\W\d_])\.\s+(?=[{cues.UPPER}])")

SAMPLES = [
    "",
    ".",
    "abc.Def",
    "ab.De",
    "1ab.Cd",
    "сотрудничества.Қазақстанның жолы",
    "Т.Е. Иванов. Статья о главном. Вторая часть",
    "U.S. policy. The end",
    "word.  Next. 3. Four",
    "x.Y",
    "ааа.Бб ббб.Вв",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_reordered_patterns_match_as_before(text: str) -> None:
    for new, old in ((GLUED_SENTENCE_RE, OLD_GLUED_SENTENCE_RE), (SENTENCE_BREAK_RE, OLD_SENTENCE_BREAK_RE)):
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
        assert new.split(text, maxsplit=1) == old.split(text, maxsplit=1)


@pytest.mark.parametrize(
    "text", ["Он ушёл...", "Он ушёл…", "Он ушёл. ..", "Конец.", "слово ...", "a...\n", "…", "ab....", "12..."]
)
def test_teaser_cut_reads_the_end_only(text: str) -> None:
    assert cut_teaser(text) == bool(TEASER_CUT_RE.search(text.rstrip()))


@pytest.mark.parametrize(
    "text", ["", "Abc", "Қазақстан", "Россия и мир", "café Ǵ ß", "日本語 text", "ع ە", "\ud800x", "№ ҂ Ѐ"]
)
def test_letter_counts_without_other_scripts_scan(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    others = {c for c in text if not (c.isascii() or "\u0400" <= c <= "\u04ff")}
    # The byte count tells other scripts apart exactly when a character outside ASCII and Cyrillic is present.
    assert (len(data) - len(text) > sum(map(data.count, (b"\xd0", b"\xd1", b"\xd2", b"\xd3")))) == bool(others)
    total, cyrillic, latin, _, kazakh = _letter_counts(text)
    assert cyrillic == sum(1 for c in text if "\u0400" <= c <= "\u04ff" and c.isalpha())
    assert latin == sum(1 for c in text if c.isascii() and c.isalpha())
    assert total == sum(1 for c in text if c.isalpha())
    assert kazakh == sum(1 for c in text if c in "әғқңөұүһіӘҒҚҢӨҰҮҺІЌќЄєЅѕЎўЋћ")
