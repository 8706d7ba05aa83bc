"""Evidence of a headline beyond its line's shape: what stands under it, and a markup document's title element.

A headline placed by what stands under it. A news page prints the headline right over its date stamp, the story
under both: a line so placed is the headline even under a paragraph of the site's own (a notice to readers, an
advertiser's blurb) that the head reader took for the body's start. And a headline stands over its byline ("Author:
…", "By …"): a line so placed is the headline even when it is a whole sentence with its full stop. A text that is
an XML or HTML document (a JATS article, a saved page) names its title in an element of its own (<article-title>,
<title>, a citation_title or og:title meta tag)."""

from __future__ import annotations

import html
import re

from articles.ingest import cues
from articles.ingest.dates import find_dates
from articles.ingest.layout import Line, nonblank_index
from articles.ingest.paragraphs import is_prose
from articles.ingest.titles import is_title_like
from articles.ingest.whole_lines import ends_with_full_stop

MAX_STAMP_WORDS = 6  # "23 қыркүйек 2022, 18:03", "19.04.2018", "Today: 07-01-2025 12:40"
MAX_STAMP_CHARS = 40
MIN_LEAD_WORDS = 8
MAX_PROSE_ABOVE = 3  # the site's paragraphs over the headline; the body's cross-heads come later


def date_stamp(text: str) -> bool:
    """A short line that is a date (and a time or a label): a story's date stamp, not a sentence naming a date."""
    stripped = text.strip()
    short = 0 < len(stripped) <= MAX_STAMP_CHARS and len(stripped.split()) <= MAX_STAMP_WORDS
    figures = stripped[:-1].replace(".", "").isdigit()  # "19.04.2018." ends on the date's own dot
    return (figures or (short and not stripped.endswith((".", "!", "?")))) and bool(find_dates(stripped))


def over_date_stamp(lines: list[Line], index: int) -> bool:
    """The line stands right over a date stamp, the story's prose under the stamp."""
    stamp = nonblank_index(lines, index, 1)
    if stamp is None or stamp - index > 2 or not date_stamp(lines[stamp].text):
        return False
    story = nonblank_index(lines, stamp, 1)
    text = lines[story].text.strip() if story is not None else ""
    return is_prose(text) or (len(text.split()) >= MIN_LEAD_WORDS and ends_with_full_stop(text))  # a lead's sentence


def headline_over_stamp(lines: list[Line], index: int, prose_lines: list[int]) -> bool:
    """A title-like line under a few paragraphs of the site's own, over its date stamp and the story: the page's
    headline, though the head reader has taken the paragraphs above it for the body."""
    return 0 < len(prose_lines) <= MAX_PROSE_ABOVE and over_date_stamp(lines, index)


MAX_BYLINE_CHARS = 120
SENTENCE_MARK_RE = re.compile(r"[.!?]\s")  # one sentence: a headline, not a lead


def sentence_over_byline(text: str, following: str) -> str | None:
    """A headline written as one sentence with its full stop ("The Taliban is like “burning pants” that cannot be
    taken off but are very uncomfortable.") right over an author's label and name ("Author: …", "By …", "Автор:
    …"): the headline without its full stop, which the title tests would read as a lead's sentence."""
    stripped, byline = text.strip(), following.strip()
    if not stripped.endswith(".") or stripped.endswith("..") or len(byline) > MAX_BYLINE_CHARS:
        return None
    label = cues.AUTHORS_LABEL_RE.match(byline)
    if not label or not label.group("rest").strip()[:1].isupper():
        return None
    bare = stripped[:-1]
    return bare if not SENTENCE_MARK_RE.search(bare) and is_title_like(bare) else None


# A date in figures, perhaps with a time, at a line's edge: "2025-10-02", "2.10.2025, 9:28", "19.04.2018 12:40".
_NUMERIC_DATE = r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:[,\s]+\d{1,2}:\d{2}(?::\d{2})?)?"
# A label word or two before the date ("date", "Дата:", "Опубликовано", "Жарияланды:").
LEADING_STAMP_RE = re.compile(rf"^\s*(?:[^\W\d]+:?\s+){{0,2}}?{_NUMERIC_DATE}\s+(?=\S)")
TRAILING_STAMP_RE = re.compile(rf"(?<=\S)\s+[|•·,–—-]?\s*{_NUMERIC_DATE}\s*$")
MIN_GLUED_HEADLINE_WORDS = 4


def glued_to_stamps(text: str, dated: bool, candidates: bool) -> tuple[str, bool]:
    """A headline a page's text glued to its date stamps on one line (" date 2025-10-02 Казахстан присоединился к
    «торговой блокаде» России 2.10.2025, 9:28"): the headline alone and no date line (`dated` False), unless a
    headline is found already (`candidates`) or no stamp in figures is glued on. A date in words is left: it may be
    the headline's own ("… пройдет 4 июля")."""
    if candidates or not (any(c.isdigit() for c in text[:30]) or any(c.isdigit() for c in text[-20:])):
        return text, dated  # no figures at either edge: nearly every line
    rest = LEADING_STAMP_RE.sub("", text, count=1)
    rest = TRAILING_STAMP_RE.sub("", rest, count=1).strip()
    if rest == text.strip() or len(rest.split()) < MIN_GLUED_HEADLINE_WORDS or not is_title_like(rest):
        return text, dated
    return rest, False


MARKUP_OPENING_RE = re.compile(r"^\s*<(?:\?xml|!DOCTYPE|html|article)\b", re.IGNORECASE)
# The title's own elements, the article's first (a JATS page names its journal in <journal-title> too).
TITLE_ELEMENT_RES = (
    re.compile(r"<article-title\b[^>]*>(?P<title>.*?)</article-title>", re.IGNORECASE | re.DOTALL),
    re.compile(
        r"<meta\s+(?:name|property)=[\"'](?:citation_title|og:title|dc\.title)[\"']\s+content=[\"'](?P<title>[^\"']+)",
        re.IGNORECASE,
    ),
    re.compile(r"<title\b[^>]*>(?P<title>.*?)</title>", re.IGNORECASE | re.DOTALL),
)
TAG_RE = re.compile(r"<[^>]+>")
MARKUP_CHARS = 20_000  # the head of the document holds its title


def markup_title(first_line: str, texts: list[str]) -> str | None:
    """The title a markup document names, its entities and inner tags resolved; None for a text of no markup
    (`first_line`: its first non-blank line, `texts`: its lines)."""
    if not first_line.startswith("<") or not MARKUP_OPENING_RE.match(first_line):
        return None
    head = "\n".join(texts)[:MARKUP_CHARS]
    for pattern in TITLE_ELEMENT_RES:
        match = pattern.search(head)
        title = " ".join(html.unescape(TAG_RE.sub(" ", match.group("title"))).split()) if match else ""
        if title:
            return title
    return None
