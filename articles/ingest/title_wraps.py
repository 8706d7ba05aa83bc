"""A mixed-case title a PDF or a page wrapped onto a second line that opens with a capital, so that the line
break does not show as a phrase going on in lower case: the first line ends on a small joining word ("… in
the" / "Context of Contemporary Labor Migration"), or both lines capitalise their words as English titles do
("Could Changing Power Relationships Lead to Better" / "Water Sharing in Central Asia?"); and a title whose
spaces the text layer lost."""

from __future__ import annotations

import re

from articles.ingest.title_rules import JOINING_WORDS

# Words that never end a phrase: a line ending on one of them goes on on the next line.
JOINING_END_WORDS = frozenset(
    (*JOINING_WORDS, "a", "an", "by", "between", "into", "about", "its", "their", "от", "между", "а", "но")
)
TITLE_CASE_SHARE = 0.75  # of a line's longer words capitalised: an English title's style
MIN_TITLE_CASE_WORDS = 3
LONG_WORD_CHARS = 4  # "of", "the", "in", "and" keep their small letter in a title-cased line
MIN_WRAPPED_LINE_WORDS = 5
MIN_GLUED_CHARS = 30
MIN_GLUED_CAPITALS = 3
GLUED_JOINING_RE = re.compile(r"[a-z](?:of|and|the|in|for|to|on)(?:the)?[A-Z]")
SUBTITLE_OPENING_RE = re.compile(r"^(?:A|An|The)\s")
LATIN_WORD_RE = re.compile(r"^[A-Za-z][A-Za-z'’-]*[?!]?$")


def ends_on_joining_word(text: str) -> bool:
    """A line whose last word is a small joining word ("… Integration in the", "… политика и"): cut mid-phrase."""
    words = text.split()
    return len(words) >= MIN_TITLE_CASE_WORDS and words[-1].casefold() in JOINING_END_WORDS


def title_cased(text: str) -> bool:
    """An English line in title case: Latin words, most of the longer ones capitalised."""
    words = text.split()
    if len(words) < 2 or not all(LATIN_WORD_RE.match(word.strip(",:;()")) for word in words):
        return False
    longer = [word for word in words if len(word) >= LONG_WORD_CHARS]
    capitalised = sum(word[0].isupper() for word in longer)
    return bool(longer) and words[0][0].isupper() and capitalised >= TITLE_CASE_SHARE * len(longer)


def wrapped_title_pair(above: str, text: str) -> bool:
    """Two adjacent lines that are one title cut by a line break, though the second opens with a capital."""
    above, text = above.strip(), text.strip()
    if not above or not text or above.endswith((".", "!", "?", ":", ";", ",", "»", '"', "”")):
        return False
    if ends_on_joining_word(above):
        return True
    # A subtitle under a short title opens a phrase of its own ("Kazakhstan's Multi-Vector Foreign Policy" /
    # "A Case Study of …"); a line the page's width cut is long and the next does not open with an article.
    return (
        len(above.split()) >= MIN_WRAPPED_LINE_WORDS
        and not SUBTITLE_OPENING_RE.match(text)
        and title_cased(above)
        and title_cased(text)
    )


def glued_title(words: list[str]) -> bool:
    """A title whose spaces a PDF's text layer lost: one long run of letters with many capitals inside it
    ("UnderstandingEnergyPolicyofKazakhstanandtheFutureofEurasianSecurity"), not a word or a name."""
    if len(words) != 1:
        return False
    word = words[0]
    capitals = sum(c.isupper() for c in word[1:])
    return (
        len(word) >= MIN_GLUED_CHARS
        and word.isalpha()
        and word[0].isupper()
        and capitals >= MIN_GLUED_CAPITALS
        and bool(GLUED_JOINING_RE.search(word))  # "…PolicyofKazakhstanandthe…"; a row of links has no "of"
    )
