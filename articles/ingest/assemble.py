"""Assembling one record from a labelled text (see single.py): title, byline, abstracts, kind, dates, body."""

from __future__ import annotations

import re

from articles.ingest import cues
from articles.ingest.affiliations import about_authors
from articles.ingest.author_checks import headline_subjects, interviewees
from articles.ingest.author_completion import completed
from articles.ingest.author_labels import labelled_byline, title_freed
from articles.ingest.author_lists import signed_with_post, unread_byline
from articles.ingest.casing import truecase_title
from articles.ingest.closing_bylines import closing_byline, closing_note, signed_by_officer
from articles.ingest.date_fallback import top_date
from articles.ingest.fields import is_term_list
from articles.ingest.fragment_ends import (
    NOTE_NO_HEAD,
    NOTE_ONLY_INTRODUCTION,
    NOTE_UNANSWERED,
    ends_item,
    only_introduction,
    unanswered_question,
)
from articles.ingest.head_model import cut_teaser, quoted_speaker, without_glued_byline
from articles.ingest.journal import clean_journal_name, journal_named_in
from articles.ingest.kinds import decide_kind
from articles.ingest.language import detect_language
from articles.ingest.layout import Line, reflow
from articles.ingest.news import DOMAIN_SUFFIX_RE
from articles.ingest.prepare import prepare_lines
from articles.ingest.records import ArticleRecord, ReferenceRecord
from articles.ingest.references import extract_urls
from articles.ingest.repair import Vocabulary, ends_sentence
from articles.ingest.signatures import title_signature
from articles.ingest.single import (
    TITLE_SITE_SUFFIX_RE,
    Head,
    names_in,
    read_head,
)
from articles.ingest.stamped_bylines import title_before_flat_names
from articles.ingest.titles import RUBRIC_PREFIX_RE, is_furniture
from articles.text.outlets import outlet_for

REFERENCE_NUMBER_RE = re.compile(r"^\s*(?:\[(\d{1,3})\]|(\d{1,3})[.)])\s*")
KEYWORD_SPLIT_RE = re.compile(r"\s*[;]\s*|\s*,\s*|\s+/\s+|\s*•\s*")
MAX_KEYWORD_CHARS = 120
MIN_TITLE_LETTERS_FOR_LANGUAGE = 25
MAX_SITE_SUFFIXES = 2
MAX_SITE_WORDS = 4
MIN_TITLE_WORDS = 3
MIN_HEADLINE_WORDS = 2  # one word left before a source's name is a dateline's place
STACK_DISTANCE = 3  # lines between titles stacked in several languages
ABSTRACT_OPENING_CHARS = 300
MIN_CITED_KEY_CHARS = 20  # a cited title's opening, to find its line
SENTENCE_END_RE = re.compile(r"[.!?]\s+")
NOTE_CUT_END = "The text breaks off mid-sentence at the end of the source file."
NOTE_CUT_START = "The text begins mid-sentence: its beginning is missing."


def _title(head: Head, lines: list[Line]) -> str | None:
    title = head.title
    if not title:
        return None
    title = RUBRIC_PREFIX_RE.sub("", " ".join(title.split()))  # "INTERVIEW/Vassilenko: …"
    first = head.title_line == next((i for i, line in enumerate(lines) if line.text.strip()), None)
    for _ in range(MAX_SITE_SUFFIXES):  # "… - Новости Казахстана | Zakon.kz"
        suffix = TITLE_SITE_SUFFIX_RE.search(title)
        if not suffix or title.isupper():  # a title in capitals goes on over its dash ("ҰЛЫ ДАЛА … – РУХАНИ …")
            break
        prefix = title[: suffix.start()].strip()
        site = suffix.group("site").strip()
        repeated = any(" ".join(line.text.split()) == prefix for line in lines)
        # An HTML title at the top of a page ends with the site's name: after a bar, or after a dash as a
        # few capitalised words ("– The Diplomat", "| Egemen Qazaqstan"); after a closed quotation the words after a
        # dash name the speaker it quotes ("“…” — William Moser, U.S. Ambassador").
        named = (
            first
            and len(prefix.split()) >= MIN_TITLE_WORDS  # not "Қазақстан – Қытай"
            and (suffix.group(0).lstrip()[:1] in "|>›" or (_site_name(site) and not quoted_speaker(prefix)))
        )
        if not (repeated or named or DOMAIN_SUFFIX_RE.search(" " + site) or "«" in site or site.isupper()):
            break
        if len(prefix.split()) < MIN_HEADLINE_WORDS:
            return None  # a place and an agency ("Астана – САНА"): a dateline, no headline
        title = prefix
    return without_glued_byline(title, head.authors) or None  # a byline glued to the title


def _cited_in_body(head: Head, lines: list[Line], cited: str) -> bool:
    """The citation stands under the body's first prose: it cites another work (the author's own article the
    text points to: "One could also look at my article on “…”, Strategic Analysis, 35 (4), … pp. 661–682"), not
    this text, whose citation heads it."""
    key = cited[:MIN_CITED_KEY_CHARS]
    line = next((i for i in sorted(head.used) if key in lines[i].text), None)
    return line is not None and bool(head.prose_lines) and min(head.prose_lines) < line


def _site_name(text: str) -> bool:
    """Two to four words, the first and last capitalised, that name no person ("The Diplomat", "Новости
    Казахстана"; not the speaker a headline quotes: "… — Дроговоз", "… – Иван Петров")."""
    words = text.split()
    return (
        1 < len(words) <= MAX_SITE_WORDS and words[0][:1].isupper() and words[-1][:1].isupper() and not names_in(text)
    )


def _split_languages(abstract: str) -> list[str]:
    """An abstract that runs on into the next language's abstract ("… достижением. Бұл мақалада …"), cut where a
    sentence in another language opens as abstracts do."""
    boundaries = list(SENTENCE_END_RE.finditer(abstract))
    opening = detect_language(abstract[: boundaries[0].start()] if boundaries else abstract)  # its first sentence
    for boundary in boundaries:
        rest = abstract[boundary.end() :]
        if cues.ABSTRACT_OPENER_RE.match(rest) and detect_language(rest[:ABSTRACT_OPENING_CHARS]) not in (
            opening,
            None,
        ):
            return [abstract[: boundary.start() + 1], rest]
    return [abstract]


def _journal(head: Head, texts: list[str]) -> str | None:
    named = head.fields.get("journal") or (head.citation.journal if head.citation else None)
    return clean_journal_name(named) if named else journal_named_in(texts)


def _ends_page(lines: list[Line]) -> bool:
    """The text ends with a line of its page's own, not inside a sentence: an identifier ("Doi: 10.37635/…")
    or a list standing alone ("foreign relations; multi-vector foreign policy; …")."""
    nonblank = [i for i, line in enumerate(lines) if line.text.strip()]
    if not nonblank:
        return False
    last = lines[nonblank[-1]].text.strip()
    alone = nonblank[-1] == 0 or not lines[nonblank[-1] - 1].text.strip()
    labelled = cues.KEYWORDS_LABEL_RE.match(last)  # "Keywords: Kazakhstan, middle range power, …" ends a page
    return bool(
        cues.IDENTIFIER_LINE_RE.match(last)
        or cues.DOI_RE.fullmatch(last)
        or (alone and is_term_list(last))
        or (labelled and is_term_list(labelled.group("rest"), ";,•"))
    )


LANGUAGE_CHECK_CHARS = 1000
MIN_PROSE_PARAGRAPH_CHARS = 200  # a paragraph of prose, not a label or a menu


def _title_language(title: str | None) -> str | None:
    """The language of a title long enough to tell (a few words can be names or borrowed terms)."""
    if not title or sum(map(str.isalpha, title)) < MIN_TITLE_LETTERS_FOR_LANGUAGE:
        return None
    return detect_language(title)


def foreign_caption(title: str, paragraphs: list[str]) -> bool:
    """A lone title-like line inside a page (not its first line, where a page prints its own title in the site's
    language) in one language over prose in another, with no abstract and no translation of it beside it: a
    caption, a quoted slogan or a section's heading (a Kazakh heading in a Russian text)."""
    language = _title_language(title)
    prose = " ".join(p for p in paragraphs if len(p) >= MIN_PROSE_PARAGRAPH_CHARS)[:LANGUAGE_CHECK_CHARS]
    told = detect_language(prose) if prose else None  # a viewer's labels in another language are no prose
    return bool(language and told and language != told)


def _main_language(title: str | None, abstracts: dict[str, str]) -> str | None:
    """The article's language: its title's, unless no abstract is in it; then its first abstract's."""
    language = _title_language(title)
    if language and abstracts and language not in abstracts:
        return next(iter(abstracts))
    return language


def _stacked_title(head: Head, language: str) -> tuple[int, str] | None:
    """The title candidate in `language` printed with the chosen title (above or under it), if any."""
    if head.title_line is None:
        return None
    near = [
        (abs(index - head.title_line), index, text)
        for index, text in head.title_candidates
        if 0 < abs(index - head.title_line) <= STACK_DISTANCE and _title_language(text) == language
    ]
    return min(near)[1:] if near else None


def _keywords(texts: list[str], default: str | None) -> dict[str, list[str]]:
    keywords: dict[str, list[str]] = {}
    for text in texts:
        for word in KEYWORD_SPLIT_RE.split(text.strip().rstrip(".")):
            word = word.strip(" .")
            if word and len(word) <= MAX_KEYWORD_CHARS:  # a longer "keyword" is a sentence that ran on
                language = detect_language(word, default) or default or "en"
                keywords.setdefault(language, [])
                if word not in keywords[language]:
                    keywords[language].append(word)
    return keywords


def _references(paragraphs: list[str]) -> tuple[list[str], list[ReferenceRecord]]:
    """The body without its reference list, and the list's entries."""
    for index, paragraph in enumerate(paragraphs):
        if cues.REFERENCES_HEADING_RE.match(paragraph):
            entries = []
            for entry in paragraphs[index + 1 :]:
                number = REFERENCE_NUMBER_RE.match(entry)
                text = entry.strip()
                entries.append(
                    ReferenceRecord(text=text, number=int(number.group(1) or number.group(2)) if number else None)
                )
                entries[-1].urls = extract_urls(text)
            return paragraphs[:index], entries
    return paragraphs, []


def parse_single(lines: list[Line], file: str, vocabulary: Vocabulary, position: int = 1) -> ArticleRecord:
    lines, stored_date = prepare_lines(lines)
    head = read_head(lines)
    head.authors = completed(lines, head.authors)  # list items or a second author the line-by-line reading missed
    labelled, label_lines = labelled_byline(lines)
    unread: set[int] = set()
    unlabelled = not labelled and not head.authors
    if labelled and not set(labelled) & set(head.authors):
        # "Автор: …", "Author:" over the name: the page says who wrote it; a name-shaped guess gives way.
        guessed, head.authors, unread = head.authors, labelled, label_lines
        freed = title_freed(lines, head.used, guessed, label_lines)
        if freed and (not head.title or head.title_line in label_lines):  # the headline the guess or the label took
            head.used.discard(freed[0])
            head.title_line, head.title = freed
    elif unlabelled:  # a byline in a shape the head's line-by-line reading does not take
        head.authors, unread = unread_byline(lines)
    head.used |= unread
    if head.title_line in unread:  # the line a headline was guessed from is the byline: the headline above
        above = [(i, text) for i, text in head.title_candidates if i < head.title_line and i not in unread]
        head.title_line, head.title = above[-1] if above else (None, None)
    if unlabelled:
        head.title = head.title or title_before_flat_names(lines)  # a flattened page's title runs into its byline
    citation = head.citation
    if citation and not head.title and citation.title and not _cited_in_body(head, lines, citation.title):
        head.title = citation.title
    if citation and not head.authors:
        head.authors = citation.names
    abstracts: dict[str, str] = {}
    for text in [part for abstract in head.abstracts for part in _split_languages(abstract)]:
        # An abstract's language is that of its opening.
        abstracts.setdefault(detect_language(text[:ABSTRACT_OPENING_CHARS], "en") or "en", text)
    if head.title:  # an author's signature glued after the title by a dash: the author's, not the title's words
        head.title, signed = title_signature(head.title)
        head.authors = head.authors or signed
    # Before the title is read: a name it speaks of would otherwise be cut off it as a glued byline.
    head.authors = headline_subjects(head.authors, head.title)
    title = _title(head, lines)
    # A page that states the article's language ("LANGUAGE: Russian") is believed over its abstracts' languages.
    main = head.fields.get("language") or _main_language(title, abstracts)
    stacked = _stacked_title(head, main) if main and _title_language(title) not in (None, main) else None
    if stacked:  # titles stacked in several languages: the one in the language of the article
        head.title_line, head.title = stacked
        title = _title(head, lines)
    title_lines = {head.title_line, *head.continued.get(head.title_line, ())} if head.title_line is not None else set()
    body_lines = [
        line
        for index, line in enumerate(lines)
        if index not in head.used and index not in title_lines and not is_furniture(line.text)
    ]
    authors = head.authors or head.introduced_by
    if not authors:
        authors, body_lines = closing_byline(body_lines)
    if not authors:
        authors, body_lines = signed_with_post(body_lines)
    if not authors:
        authors, body_lines = signed_by_officer(body_lines)
    if not authors:
        authors, body_lines = closing_note(body_lines)
    paragraphs, references = _references([p.text for p in reflow(body_lines, vocabulary)])
    body = "\n\n".join(paragraphs)
    opening = next((i for i, line in enumerate(lines) if line.text.strip()), None)
    if title and not abstracts and not stacked and head.title_line != opening and foreign_caption(title, paragraphs):
        title = main = None  # a caption or a quoted heading in another language, not this text's title
    # A page that states the article's language is believed over a guess from its words; then the title's
    # language: a head stacks abstracts in other languages, a body may be lost in a PDF's text layer.
    language = (
        head.fields.get("language")
        or main
        or detect_language(body + " " + " ".join(abstracts.values()))
        or detect_language(title or "")
    )
    kind = decide_kind(head, title, lines, paragraphs, stamped=stored_date is not None)
    checked = interviewees(headline_subjects(authors, title), paragraphs, kind)  # the people spoken to or of
    dated = [d for d in head.dates if d.precision == "day"] or head.dates
    if not dated and not stored_date:
        found = top_date([line.text for line in lines])
        dated = [found] if found else []
    published = stored_date or (dated[0].date if dated else None)
    precision = "day" if stored_date or not dated else dated[0].precision
    source = None
    for line in lines[:12]:
        dateline = cues.DATELINE_RE.match(line.text)
        if dateline and dateline.group("outlet"):
            source = outlet_for(dateline.group("outlet").strip().title())[0]
            break
    if title and title.isupper():
        title = truecase_title(title, body)
    titles = {language: title} if language and title else {}
    stated = head.fields.get("language")
    if stated and title and (detect_language(title, stated) or stated) != stated:
        # An English page for a Russian article: its title here is the translation, the original is elsewhere.
        titles, title = {detect_language(title, stated) or stated: title}, None
    nonblank = [line.text.strip() for line in lines if line.text.strip()]
    notes = []
    if nonblank and nonblank[0][:1].islower():
        notes.append(NOTE_CUT_START)
    # An item's source credited after its last sentence ("Based on materials from TASS") ends no sentence.
    credited = [p for p in paragraphs if not cues.SOURCE_CREDIT_RE.match(p)] if len(paragraphs) > 1 else paragraphs
    last = credited[-1] if credited else (nonblank[-1] if nonblank else "")
    last_index = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].text.strip()), None)
    if paragraphs and last_index in head.used:
        # The text ends with a line its head took (an abstract cut by the excerpt), after the body.
        last = lines[last_index].text.strip()
    texts = [line.text for line in lines]
    unfinished = cut_teaser(last) or (not ends_sentence(last) and not ends_item(texts))
    if last and not references and not _ends_page(lines) and unfinished:
        notes.append(NOTE_CUT_END)
    elif unanswered_question(last, kind):  # the interviewer's question ends well, its answer is cut off
        notes.append(NOTE_UNANSWERED)
    if not title and not titles and not (kind == "research_article" and _ends_page(lines)):
        # An item without its head is cut, however it ends; a journal page's record ending at its keywords or
        # identifier is the page's whole record of the article.
        notes.append(NOTE_NO_HEAD)
    elif kind == "research_article" and not notes and only_introduction(texts, bool(references)):
        notes.append(NOTE_ONLY_INTRODUCTION)
    numbers = [line.number for line in lines if line.text.strip()]
    return ArticleRecord(
        file=file,
        position=position,
        first_line=numbers[0] if numbers else 1,
        last_line=numbers[-1] if numbers else 1,
        kind=kind,
        language=language,
        title=title,
        titles=titles,
        authors=checked,
        affiliations=about_authors(
            [line.text for line in lines], checked, head.ties.resolve(checked) if authors is head.authors else []
        ),
        abstracts=abstracts,
        keywords=_keywords(head.keywords, language),
        references=references,
        source=source,
        published=published,
        published_precision=precision,
        journal=_journal(head, [line.text for line in lines]),
        volume=(citation.volume if citation else None) or head.fields.get("volume"),
        issue=(citation.issue if citation else None) or head.fields.get("issue"),
        pages=(citation.pages if citation else None) or head.fields.get("pages"),
        is_fragment=bool(notes),
        fragment_note=" ".join(notes),
        body=body,
        doi=head.doi,
        udc=head.udc,
    )
