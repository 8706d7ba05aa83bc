"""An unlabelled abstract on a journal's page: the first paragraph under the title, when the page shows it is a
journal's (an ISSN, a DOI, a UDC code, the journal's name, a volume and issue, a citation line).

Without such a mark a title and a first paragraph are any news item's headline and lead, which is no abstract;
with one, the paragraph under the title (and its byline) is the paper's summary even where the page lost the
label ("Аннотация", "Abstract").
"""

from __future__ import annotations

from articles.ingest import cues
from articles.ingest.head_model import Head
from articles.ingest.journal import journal_named_in
from articles.ingest.layout import Line
from articles.ingest.repair import ends_sentence

JOURNAL_FIELDS = ("journal", "volume", "issue")
MIN_CUT_ABSTRACT_WORDS = 8
MIN_BODY_PARAGRAPH_WORDS = 25
REPEATED_WORDS = 5  # a cut paragraph this long is a summary's start, not a stray line


def journal_marked(lines: list[Line], index: int, head: Head) -> bool:
    """Whether the head above ``index`` shows a journal's own mark (an identifier or the journal's name)."""
    if head.doi or head.udc or head.citation or any(name in head.fields for name in JOURNAL_FIELDS):
        return True
    # An ISSN line is read as no field of the record; the head above the paragraph holds it or not.
    if any("ISSN" in line.text and cues.ISSN_RE.search(line.text) for line in lines[:index]):
        return True
    # A journal's name the head prints in a shape of its own (a "Publication:" label, a breadcrumb under the name).
    return journal_named_in([line.text for line in lines[:index]]) is not None


def _body_goes_on(lines: list[Line], index: int) -> bool:
    """Another long paragraph of prose right under the paragraph: the body has begun, and its first paragraph is no
    summary (an abstract ends at a heading, the keywords, the introduction, a caption or the excerpt's end)."""
    following = next((line.text.strip() for line in lines[index + 1 :] if line.text.strip()), "")
    words = following.split()
    # A page that prints its summary and then the body opening with the same words repeats the summary there.
    repeated = words[:REPEATED_WORDS] == lines[index].text.split()[:REPEATED_WORDS]
    return len(words) >= MIN_BODY_PARAGRAPH_WORDS and not repeated


def lead_is_abstract(lines: list[Line], index: int, head: Head) -> bool:
    """The first prose paragraph at ``index``, under a title, is a journal page's unlabelled abstract.

    It ends a sentence, or the excerpt cuts it: it is the text's last line (the gold keeps the part present).
    """
    text = lines[index].text.strip()
    if _body_goes_on(lines, index):
        return False
    whole = ends_sentence(text) or (index == head.last_line and len(text.split()) >= MIN_CUT_ABSTRACT_WORDS)
    return whole and bool(head.title_candidates) and not head.prose and journal_marked(lines, index, head)
