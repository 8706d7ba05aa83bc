"""The line repair finds a hyphen at the end of a growing paragraph by reading its end only, with the same match."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from articles.ingest.layout import HYPHEN_END_RE, hyphen_end

PIECES = st.sampled_from(["сөз", "word", " ", "-", "\n", "ә", "1", ".", "x" * 70, "ынтымақтас"])


@given(st.lists(PIECES, max_size=40).map("".join))
def test_hyphen_end_matches_a_search_of_the_whole_text(text):
    whole = HYPHEN_END_RE.search(text)
    tail = hyphen_end(text)
    assert (whole.span(), whole.group(1)) == (tail.span(), tail.group(1)) if whole else tail is None


def test_a_word_longer_than_the_first_window_is_found_whole():
    text = "алдыңғы " + "а" * 1000 + "-"
    match = hyphen_end(text)
    assert match is not None and match.group(1) == "а" * 1000
