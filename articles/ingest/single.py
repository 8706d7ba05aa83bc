"""One text, one record: a journal article's web page or PDF text, a news item or an interview.

Each line of the head is labelled by what it shows (a date, an identifier, a label such as `Аннотация`, a byline,
an affiliation, site furniture, prose), then the record is assembled from the labels: the title is the first
title-like line of the head, the byline the name lines around it, an abstract what follows its label.  What the
text does not show stays empty: an untitled text gets no title rather than a sentence of its body."""

from __future__ import annotations

import re

from articles.ingest import cues
from articles.ingest.abstract_label import json_record_abstract, lost_keyword_line, structured_abstract
from articles.ingest.abstract_lead import opens_summary, translated_abstract, unlabelled_abstract
from articles.ingest.bylines import (
    by_line_names,
    byline_evidence,
    inline_by_names,
    leading_byline,
    name_before_affiliation,
    names_in,
    placed_byline,
    romanized_twin,
    strong_byline,
)
from articles.ingest.citation import clean_doi, read_citation
from articles.ingest.date_context import publication_dates
from articles.ingest.fields import (
    INLINE_VOLUME_ISSUE_RE,
    MAX_JOURNAL_LINE_CHARS,
    is_term_list,
    read_field,
    read_journal_line,
)
from articles.ingest.head_dates import read_line_dates
from articles.ingest.head_model import (
    MIN_ABSTRACT_CHARS,
    Head,
    abstract_above,
    headline_over_questions,
    headline_under_lead,
    metadata_list_below,
    without_glued_byline,
)
from articles.ingest.layout import HEAD_LINES, Line
from articles.ingest.paragraphs import SENTENCE_BREAK_RE, collect_label, is_prose
from articles.ingest.repair import ends_sentence
from articles.ingest.title_choice import choose_title
from articles.ingest.title_labels import without_buttons, without_labels
from articles.ingest.title_rules import (
    NEIGHBOUR_ARTICLE_RE,
    PUBLISHED_IN_RE,
    cut_before,
    inside_wrapped_prose,
    json_record_title,
    over_contents,
    without_foreign_site,
    without_media_note,
    without_updated_note,
)
from articles.ingest.titles import (
    PAGE_KIND_WORDS,
    caps_title_opening,
    continues_title,
    is_furniture,
    is_title_like,
    menu_lines,
    title_tail_lines,
)

TITLE_SITE_SUFFIX_RE = re.compile(r"\s+[|>›–—-]\s+(?P<site>[^|>›–—-]{2,60})$")  # ">", "›": a breadcrumb's
JOURNAL_HEADING_LINES = 3  # a journal's name heads a page within its first lines
MAX_JOURNAL_NAME_WORDS = 10
MIN_CUT_ABSTRACT_WORDS = 8
# The literal labels cues.UDC_RE and cues.IRSTI_RE open with (both case-sensitive).
UDC_LABELS = ("УДК", "UDC", "ӘОЖ")
IRSTI_LABELS = ("МРНТИ", "ГРНТИ", "IRSTI", "ХҒТАР", "ҒТАХР", "ҒТАМР")
DOI_PREFIX = "10."  # every match of cues.DOI_RE holds it: a line without it is not searched (most lines)
WORD_BROKEN_RE = re.compile(r"[^\W\d_]{2}-$")  # "… Ода-": a hyphen breaking a word at the line's end
BULLET_RE = re.compile(r"^\s*[•·*–—-]\s+(?P<rest>.*)$")  # a dash parts names a PDF split ("– László VASA")
MARKED_NAMES_SEPARATOR_RE = re.compile(r"\s*[,·•&]\s*|\s+and\s+")
NAME_MARK_RE = re.compile(r"\s?(?:\d{1,2}|[*¹²³⁴⁵])$")


def _has_any(text: str, labels: tuple[str, ...]) -> bool:
    return any(map(text.__contains__, labels))  # C-level passes, no generator


def has_labelled_head(lines: list[Line]) -> bool:
    """A head with labels (Аннотация, Автор(лар)) or identifiers: one article's page, not an issue dump."""
    nonblank = [line.text for line in lines if line.text.strip()][:HEAD_LINES]
    return any(
        cues.ABSTRACT_LABEL_RE.match(text)
        or cues.AUTHORS_LABEL_RE.match(text)
        or cues.TOPIC_OF_PAPER_RE.match(text)
        or cues.RUBRIC_RE.match(text)
        or cues.GLUED_LABEL_RE.search(text)
        for text in nonblank
    ) or any(cues.IDENTIFIER_LINE_RE.match(text) or cues.DOI_RE.search(text) for text in nonblank[:8])


def read_head(lines: list[Line]) -> Head:
    head = Head(menu=menu_lines(lines[: 3 * HEAD_LINES]))
    head.last_line = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].text.strip()), 0)
    seen = 0
    current: int | None = None
    previous = first = ""
    i = 0
    texts = [line.text for line in lines]
    while i < len(lines) and seen < HEAD_LINES:
        text = lines[i].text.strip()
        if not text:
            i += 1
            continue
        # The next non-blank line within two (its index read once: the field readers want it too).
        following_index = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].text.strip()), None)
        following = lines[following_index].text if following_index is not None else ""
        # A site's menus and widgets (a list of cities, a weather or currency bar) use up no part of the head.
        seen += not (i in head.menu or is_furniture(text))
        head.previous_line, current = current, i
        first = first or text
        if DOI_PREFIX in text:
            for match in cues.DOI_RE.finditer(text):
                head.doi = head.doi or clean_doi(match.group(0))
                head.research += 1
        # The labels are looked for first (a scan of the line in C): most lines have none.
        udc = cues.UDC_RE.search(text) if _has_any(text, UDC_LABELS) else None
        if udc:
            head.udc = head.udc or udc.group("udc").strip()
            head.research += 1
        elif _has_any(text, IRSTI_LABELS) and cues.IRSTI_RE.search(text):
            head.research += 1  # a rubricator code (МРНТИ, ҒТАХР) heads a paper as a UDC does
        label = cues.KEYWORDS_LABEL_RE.match(text)
        if not label and head.research >= 2 and cues.TAGS_LABEL_RE.match(text):
            label = cues.TAGS_LABEL_RE.match(text)  # a journal page's tags are its keywords
        if label:
            if not head.abstracts:
                abstract_above(lines, i, head)
            body, end = collect_label(lines, i, label.group("rest"), len(lines), listing=True)
            head.keywords.append(body)
            head.used.update(range(i, end))
            head.research += 2
            i = end
            continue
        label = cues.ABSTRACT_LABEL_RE.match(text)
        if label and (label.group("rest") or label.group("byline") or len(text) < 40):
            byline = label.group("byline")
            if byline:  # Аннотация научной статьи по ..., автор научной работы — Фамилия Имя Отчество
                head.authors = head.authors or names_in(byline)
                rest = ""
            else:
                rest = label.group("rest")
            lost = None if rest.strip() else lost_keyword_line(lines, i)
            body, end = collect_label(lines, lost if lost is not None else i, rest, len(lines))
            inline = cues.INLINE_KEYWORDS_RE.search(body)
            if inline:  # "Abstract. … Keywords: a, b, c" on one line
                body, keywords = body[: inline.start()].strip(), body[inline.end() :].strip()
                head.keywords.append(SENTENCE_BREAK_RE.split(keywords, maxsplit=1)[0])  # the list ends at its stop
            # "Abstract" above a page's menu is no abstract; one the excerpt cuts short is.
            if len(body) >= MIN_ABSTRACT_CHARS or (end >= len(lines) and len(body.split()) >= MIN_CUT_ABSTRACT_WORDS):
                head.abstracts.append(body)
                head.research += 2
            head.used.update(range(i, end))
            i = end
            continue
        structured = None if head.abstracts or head.prose else structured_abstract(lines, i)
        if structured:  # "Introduction: The aim of …" / "Methods: …" / "Results: …"
            head.abstracts.append(structured[0])
            head.used.update(range(i, structured[1]))
            head.research += 2
            i = structured[1]
            continue
        if cues.BODY_HEADING_RE.match(text) or cues.REFERENCES_HEADING_RE.match(text):
            break
        below = following.strip()
        fact = None if i in head.menu else read_field(text, below)
        if fact:
            name, value, two_lines = fact
            head.fields.setdefault(name, value)
            head.used.add(i)
            i = following_index + 1 if two_lines and following_index is not None else i + 1
            continue
        numbered = INLINE_VOLUME_ISSUE_RE.search(text) if len(text) < MAX_JOURNAL_LINE_CHARS else None
        if numbered:  # the first journal line with a volume and issue gives them, wherever the line goes on
            head.fields.setdefault("volume", numbered.group("volume"))
            head.fields.setdefault("issue", numbered.group("issue"))
        journal = read_journal_line(text, seen <= JOURNAL_HEADING_LINES, first if seen == 2 else "")
        if journal:
            for name, value in journal.items():
                head.fields.setdefault(name, value)
            head.dates += publication_dates(text)  # "… сериясы (Jan 2016)"
            head.used.add(i)
            head.research += 1
            i += 1
            continue
        citation = None if head.citation else read_citation(text, lambda part: len(names_in(part)) == 1)
        if citation and (citation.pages or cues.DOI_RE.search(text)):
            head.citation = citation
            head.research += 2
            head.used.add(i)
            if not head.dates:
                head.dates = publication_dates(text)
            previous = text
            i += 1
            continue
        above = lines[head.previous_line].text if head.previous_line is not None else ""
        dates = read_line_dates(text, previous, above, head)
        issn_below = "ISSN" in following and cues.ISSN_RE.search(following)
        if issn_below and len(text.split()) <= MAX_JOURNAL_NAME_WORDS and is_title_like(text):
            head.fields.setdefault("journal", text)  # a journal's name stands over its ISSN
            head.used.add(i)
            head.research += 1
            i += 1
            continue
        identifier = cues.IDENTIFIER_LINE_RE.match(text)  # "JEL Classification: F53; F55" is no keyword list
        if head.abstracts and not head.keywords and not identifier and ";" in text and is_term_list(text, ";"):
            head.keywords.append(text)  # a keyword list under the abstract whose label the page lost
            head.used.add(i)
            i += 1
            continue
        # A line going on in lower case on the very next line is a sentence wrapped by a PDF, not a title.
        # Unless it is the short end of a title the PDF wrapped, which the title takes in.
        going_on = lines[i + 1].text.split()[:1] if i + 1 < len(lines) else []  # a word, not "khabar.kz"
        wrapped = bool(going_on) and going_on[0][:1].islower() and going_on[0].rstrip(",;:.!?").isalpha()
        wrapped = wrapped and lines[i + 1].text.strip().casefold() not in PAGE_KIND_WORDS  # "…" / "блог": no line
        # A phrase going on after a blank line with a small joining word ("… Studies" / "" / "under the …").
        wrapped = wrapped or (not going_on and cut_before(following))
        # A word a line break cut ("… Ке ңестер Ода-" / "" / "ғындағы …"): the line is part of a sentence.
        wrapped = wrapped or (text.endswith("-") and bool(WORD_BROKEN_RE.search(text)))  # (text is stripped)
        inside = inside_wrapped_prose(texts, i)  # a line of a paragraph broken by hard line breaks
        if NEIGHBOUR_ARTICLE_RE.match(text):  # "Next Article in Journal" and the title of that other article
            head.used.add(i)
            i = next((j for j in range(i + 1, len(lines)) if lines[j].text.strip()), i) + 1
            continue
        tail_lines = title_tail_lines(lines, i) if wrapped else []
        tail = " ".join(lines[j].text.strip() for j in tail_lines)
        head.introduced_by = head.introduced_by or inline_by_names(text)  # "… in IR. By Harry Stage, MECACS …"
        # "- Подробности" / "- 8206" under it, or the page's headline over its first question: no cross-head.
        listed = metadata_list_below(lines, i) or headline_over_questions(lines, i, head)
        cut = (wrapped and not tail) or inside
        consumed = _label_line(f"{text} {tail}" if tail else text, following, i, head, bool(dates), cut, listed)
        if tail and head.title_candidates and head.title_candidates[-1][0] == i:
            head.continued.setdefault(i, []).extend(tail_lines)
        if consumed:
            head.used.add(i)
        elif not head.prose and translated_abstract(lines, i, head):
            body, end = collect_label(lines, i, text, len(lines), paragraph=True)
            head.abstracts.append(body)
            head.used.update(range(i, end))
            i = end
            continue
        elif (is_prose(text) or opens_summary(text)) and not head.abstracts:
            # A PDF's abstract may be broken into short lines; its opening words tell it even so.
            if unlabelled_abstract(lines, i, head):
                # A journal page's first paragraph under the title and byline is its abstract, labelled or not;
                # so is a paragraph that opens as abstracts do ("В статье …"), wherever the page puts it.
                body, end = collect_label(lines, i, text, len(lines), paragraph=True)
                head.abstracts.append(body)
                head.used.update(range(i, end))
                head.research += 1
                i = end
                continue
            head.prose = True  # the body has begun: no title below it
            head.prose_lines.append(i)
        previous = text
        i += 1
    if head.title is None and head.title_candidates:
        cited = head.citation.title if head.citation else None
        stated = head.fields.get("language")
        head.title_line, head.title = choose_title(head.title_candidates, lines, cited, head.continued, stated)
    if head.title is None and not head.title_candidates:
        head.title = json_record_title(first)  # a raw JSON record: {"title":"…","authors":…}
        abstract = None if head.abstracts else json_record_abstract(first)
        head.abstracts += [abstract] if abstract else []
    if head.title:
        head.title = without_foreign_site(head.title)
    return head


def _label_line(
    text: str, following: str, index: int, head: Head, dated: bool, wrapped: bool = False, listed: bool = False
) -> bool:
    """Label one head line; True when it belongs to the head (not to the body)."""
    text = without_buttons(text)  # "Рубрика «…» PDF Печать E-mail": the line without the page's buttons
    topic = cues.TOPIC_OF_PAPER_RE.match(text)
    if topic:
        head.title, head.title_line = head.title or topic.group("title"), index
        head.research += 1
        return True
    if is_furniture(text) or cues.IDENTIFIER_LINE_RE.match(text) or cues.SPECIALTY_RE.match(text):
        return True
    if PUBLISHED_IN_RE.match(text):
        return True  # "Статья опубликована в рамках: … конференции": the head's note, however long, no body
    if head.authors and not head.prose and head.ties.numbered_line(text, index):
        return True  # "1 Частное образовательное учреждение …" under "Бахтуридзе З.З. 1 Лагутина М.Л. 2"
    signed = cues.SIGNATURE_RE.match(text)  # "Сұхбаттасқан Айгүл Сейітқызы": the journalist, not the cue word
    if signed and names_in(signed.group("names")):
        head.authors = head.authors or names_in(signed.group("names"))
        return True
    authors_label = cues.AUTHORS_LABEL_RE.match(text)
    if authors_label and (names_in(authors_label.group("rest")) or not authors_label.group("rest")):
        head.authors = head.authors or names_in(authors_label.group("rest"))
        return True
    if authors_label and text.lstrip().startswith("By ") and by_line_names(authors_label.group("rest")):
        head.authors = head.authors or by_line_names(authors_label.group("rest"))
        return True
    # An interview's turn follows: a cross-head, no headline; a metadata list's lone words and numbers are no turns.
    answered = bool(cues.QA_TURN_RE.match(following)) and not listed
    bullet = BULLET_RE.match(text)
    candidate = bullet.group("rest") if bullet else text
    names = names_in(candidate)
    affiliated = False
    if not names:  # a name followed by its affiliation: "Ілімқожа А.Е. Абылай хан атындағы … университеті"
        names, following = name_before_affiliation(candidate, following)
        affiliated = bool(names)  # a name with its post or degree needs no title above it
    if (
        names
        and byline_evidence(candidate, names, following)
        and (
            head.title_candidates
            or head.research
            or affiliated
            or strong_byline(candidate, names)
            or (names == [candidate.strip()] and is_prose(following))  # a name alone over the text it signs
        )
    ):
        known = {author.casefold() for author in head.authors}  # "Oleg KARPOVICH" and "Oleg Karpovich" are one
        head.authors += [n for n in names if n.casefold() not in known and not romanized_twin(n, head.authors)]
        # Several names, a list of them, or a name with its institution on the line: a journal's byline.
        with_institution = bool(cues.INSTITUTION_RE.search(candidate))
        head.scholarly_byline = head.scholarly_byline or len(names) >= 2 or bool(bullet) or with_institution
        head.ties.byline(names, candidate, index, following if affiliated else "")
        return True
    if dated and len(text) < 80:
        return True  # a date line (with a rubric or a counter)
    rubric = cues.RUBRIC_RE.match(text)
    if rubric:
        head.research += 1
        text = text[rubric.end() :].strip()
        if not text:
            return True
    if head.authors and text.casefold().startswith(head.authors[0].casefold()):
        return False
    text = without_glued_byline(text, head.authors)  # a byline glued to the title
    if head.authors and not head.prose and cues.INSTITUTION_RE.search(text) and len(text) < 300:
        head.research += 1  # an affiliation under the byline ("Astrakhan Tatishchev State University. Astrakhan")
        head.ties.line(text, index, head.previous_line)
        head.scholarly_byline = True
        return True
    text = without_media_note(without_updated_note(text))  # "… керек!!! (фото-видео репортаж)"
    # Marked names end the line: a digit or a mark is its last character (tested before the search).
    last = text.rstrip()[-1:]
    trailing = cues.TRAILING_BYLINE_RE.search(text) if last and (last.isdecimal() or last in "*¹²³⁴⁵") else None
    if trailing and not head.authors and is_title_like(text[: trailing.start()]):
        marked = MARKED_NAMES_SEPARATOR_RE.split(trailing.group("names"))
        head.authors = [NAME_MARK_RE.sub("", name.strip()) for name in marked if name.strip()]
        head.research += 1
        text = text[: trailing.start()]
    if head.title_candidates and not head.authors and placed_byline(text):  # "Алия Иксанова, Астана, Vласть"
        head.authors = placed_byline(text)
        return True
    text = without_labels(text)  # "Тақырып. …", "… INTERVIEW", "Ашық сабақ. Тарих. …", "🇰🇿 …", "… ИЗ СЕМЕЯ."
    # "Лаумулин М.Т. Обзор зарубежной литературы …": the byline, then the title (looked for until a byline is read).
    leading = None if head.authors else leading_byline(text)
    if leading and is_title_like(leading[1]):
        head.authors, text = [leading[0]], leading[1]
    if (
        # The line's place is tested before its shape (the costly tests).
        not wrapped
        and not answered
        and index < head.last_line  # a title heads something: the last line of a text is no title
        and index not in head.menu
        and len(head.title_candidates) < 8
        and (is_title_like(text) or caps_title_opening(text, following) or over_contents(text, following))
        and (not head.prose or headline_under_lead(head, following, text))
        and not cues.LABEL_VALUE_RE.match(text)
        and not cues.QA_LABEL_RE.match(text)
        and not names_in(text)  # a person's name alone is a byline or a caption, never a title
        # A title stands above its abstract; one in capitals may follow another language's abstract.
        and not (head.abstracts and not head.title_candidates and not text.isupper())
    ):
        if continues_title(head.title_candidates, head.continued, head.previous_line, text, index):
            return False
        head.title_candidates.append((index, text))
        return False  # part of the body unless chosen as the title
    if head.authors and not head.prose:
        # An affiliation names an institution or gives an address; a sentence about a country is body text.
        institution = cues.INSTITUTION_RE.search(text) or cues.has_email(text) or cues.ORCID_RE.search(text)
        place = cues.AFFILIATION_RE.search(text) and len(text) < 120 and not ends_sentence(text)
        if (institution and len(text) < 300) or place:
            head.research += 1 if institution else 0
            head.ties.line(text, index, head.previous_line)
            head.scholarly_byline = head.scholarly_byline or bool(institution)
            return True
    return False
