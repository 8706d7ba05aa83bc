"""One text, one record: a journal article's web page or PDF text, a news item or an interview.

Each line of the text's head is labelled by what it shows (a date, an
identifier, a label such as `Аннотация`, a byline, an affiliation, site
furniture, prose), then the record is assembled from the labels: the title
is the first title-like line of the head, the byline the name lines around
it, an abstract what follows its label.  What the text does not show stays
empty: an untitled text gets no title rather than a sentence of its body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from articles.ingest import cues
from articles.ingest.bylines import byline_evidence, names_in, romanized_twin, strong_byline
from articles.ingest.citation import Citation, read_citation
from articles.ingest.dates import FoundDate, find_dates
from articles.ingest.fields import read_field
from articles.ingest.language import detect_language
from articles.ingest.layout import Line
from articles.ingest.repair import ends_sentence

STORE_DATE_RE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.*)$", re.IGNORECASE)
# A label glued to the text before it by a page's text extraction: "…/10.48371/ISMO.2022.48.2.004Keywords:".
GLUED_LABEL_RE = re.compile(
    r"(?<=[\w.)])(?=(?:Аннотация|Аңдатпа|Abstract|Keywords|Key\s+words|Кілт\s+сөздер|Түйін\s+сөздер|Ключевые\s+слова)"
    r"(?:\s*[:.]|\s*$))"
)
GLUED_DATE_RE = re.compile(rf"(?<=[{cues.LOWER}»\")])(?=\d{{2}}\.\d{{2}}\.\d{{4}})")
TITLE_SITE_SUFFIX_RE = re.compile(r"\s+[|–—-]\s+(?P<site>[^|–—-]{2,60})$")
HEAD_LINES = 40  # a title, byline, abstract and keywords are found this near the top
MAX_TITLE_CHARS = 300
MIN_PROSE_CHARS = 160
MIN_ABSTRACT_CHARS = 100


@dataclass
class Head:
    """What the head of a text says, line by line, before the body begins."""

    title: str | None = None
    title_line: int | None = None
    title_candidates: list[tuple[int, str]] = field(default_factory=list)  # (line index, text)
    authors: list[str] = field(default_factory=list)
    dates: list[FoundDate] = field(default_factory=list)
    abstracts: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    doi: str | None = None
    udc: str | None = None
    citation: Citation | None = None  # the page's own "how to cite" line
    fields: dict[str, str] = field(default_factory=dict)  # labelled facts: journal, volume, issue, pages, language
    prose: bool = False  # a paragraph of prose was read: titles come before the body
    scholarly_byline: bool = False  # several names, a list of them, or an affiliation: a journal's byline
    research: int = 0  # evidence of a scholarly article: labels, identifiers, affiliations
    used: set[int] = field(default_factory=set)  # lines the head consumed (not body)


def has_labelled_head(lines: list[Line]) -> bool:
    """A head with labels (Аннотация, Автор(лар)) or identifiers: one article's page, not an issue dump."""
    nonblank = [line.text for line in lines if line.text.strip()][:HEAD_LINES]
    return any(
        cues.ABSTRACT_LABEL_RE.match(text)
        or cues.AUTHORS_LABEL_RE.match(text)
        or cues.TOPIC_OF_PAPER_RE.match(text)
        or cues.RUBRIC_RE.match(text)
        or GLUED_LABEL_RE.search(text)
        for text in nonblank
    ) or any(cues.IDENTIFIER_LINE_RE.match(text) or cues.DOI_RE.search(text) for text in nonblank[:8])


def is_furniture(text: str) -> bool:
    stripped = text.strip()
    return len(stripped) < 3 or bool(cues.FURNITURE_RE.match(stripped) or cues.NUMBERS_ONLY_RE.match(stripped))


def is_title_like(text: str) -> bool:
    stripped = text.strip()
    words = stripped.split()
    if not 2 <= len(words) <= 40 or len(stripped) > MAX_TITLE_CHARS or is_furniture(stripped):
        return False
    if not (stripped[0].isupper() or stripped[0] in "«\"'“‘(") or stripped.endswith((":", ",", ";")):
        return False
    letters = sum(c.isalpha() for c in stripped)
    if letters < 0.6 * len(stripped.replace(" ", "")):
        return False
    if stripped.startswith("(") or (stripped.endswith(".") and len(words) > 8):
        return False  # a sentence, not a headline
    # A headline and its subtitle at most ("Диалоги с Маратом Шибутовым. Актуальные вопросы …"); a lead is longer.
    sentences = len(re.findall(rf"[.!?]\s+[{cues.UPPER}]", stripped.rstrip(".")))
    if cues.ISSN_RE.search(stripped) or cues.DOI_RE.search(stripped) or re.search(r"https?://|www\.", stripped):
        return False  # a title holds no identifiers or addresses
    if len(words) > 20 and stripped.endswith("?"):
        return False  # an interviewer's question
    # A scholarly title with its subtitle runs to 30 words ("Reflection of Markers of … : Actualization of …").
    return len(words) <= 8 or (sentences <= 1 and len(words) <= 30)


def _clean_doi(raw: str) -> str:
    match = re.match(r"10\.\d{4,9}/[\x21-\x7e]+", re.sub(r"\s", "", raw))
    doi = (match.group(0) if match else raw).rstrip(".,;)]")
    # A word glued on by a page's text extraction: "…2018.1520809To cite this article".
    return re.sub(r"(?<=\d)(?:To|Published|Download|Accepted|Received|Abstract|Keywords)$", "", doi)


def _collect_label(
    lines: list[Line], index: int, rest: str, head: Head, stop: int, paragraph: bool = False
) -> tuple[str, int]:
    """The text of a label (an abstract, keywords): the rest of its line and the lines after, to the next label.

    An unlabelled abstract (``paragraph``) ends with its paragraph: nothing marks where it stops but a blank line.
    """
    parts = [rest] if rest.strip() else []
    i = index + 1
    while i < stop:
        text = lines[i].text.strip()
        if not text:
            if parts and (paragraph or (i + 1 < stop and not lines[i + 1].text.strip())):
                break
            i += 1
            continue
        if (
            cues.KEYWORDS_LABEL_RE.match(text)
            or cues.ABSTRACT_LABEL_RE.match(text)
            or cues.REFERENCES_HEADING_RE.match(text)
            or cues.BODY_HEADING_RE.match(text)
            or cues.IDENTIFIER_LINE_RE.match(text)
            or is_furniture(text)
            or (parts and text.isupper() and is_title_like(text))  # a title in capitals after an abstract (OJS)
        ):
            break
        if parts and len(text) < 60 and not parts[-1].rstrip().endswith(("-", ",")) and ends_sentence(parts[-1]):
            break  # a short line after a finished sentence is a heading, not more of the label's text
        parts.append(text)
        i += 1
    return " ".join(" ".join(parts).split()), i


def read_head(lines: list[Line]) -> Head:
    head = Head()
    seen = 0
    previous = ""
    i = 0
    while i < len(lines) and seen < HEAD_LINES:
        text = lines[i].text.strip()
        following = next((line.text for line in lines[i + 1 : i + 3] if line.text.strip()), "")
        if not text:
            i += 1
            continue
        seen += 1
        for match in cues.DOI_RE.finditer(text):
            head.doi = head.doi or _clean_doi(match.group(0))
            head.research += 1
        udc = cues.UDC_RE.search(text)
        if udc:
            head.udc = head.udc or udc.group("udc").strip()
            head.research += 1
        label = cues.KEYWORDS_LABEL_RE.match(text)
        if label:
            body, end = _collect_label(lines, i, label.group("rest"), head, len(lines))
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
            body, end = _collect_label(lines, i, rest, head, len(lines))
            inline = cues.INLINE_KEYWORDS_RE.search(body)
            if inline:  # "Abstract. … Keywords: a, b, c" on one line
                body, keywords = body[: inline.start()].strip(), body[inline.end() :].strip()
                head.keywords.append(keywords)
            if len(body) >= MIN_ABSTRACT_CHARS:  # "Abstract" above a page's menu is no abstract
                head.abstracts.append(body)
                head.research += 2
            head.used.update(range(i, end))
            i = end
            continue
        if cues.BODY_HEADING_RE.match(text) or cues.REFERENCES_HEADING_RE.match(text):
            break
        following_index = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].text.strip()), None)
        fact = read_field(text, lines[following_index].text.strip() if following_index is not None else "")
        if fact:
            name, value, two_lines = fact
            head.fields.setdefault(name, value)
            head.used.add(i)
            i = following_index + 1 if two_lines and following_index is not None else i + 1
            continue
        citation = None if head.citation else read_citation(text, lambda part: len(names_in(part)) == 1)
        if citation and (citation.pages or cues.DOI_RE.search(text)):
            head.citation = citation
            head.research += 2
            head.used.add(i)
            if not head.dates:
                head.dates = find_dates(text)
            previous = text
            i += 1
            continue
        dated_line = len(text) < 160 or re.match(r"\s*\d", text) or cues.PUBLISHED_LABEL_RE.match(text)
        dates = find_dates(text) if dated_line else []
        if len(text) >= 160:
            # In a long line only a stamp opening it counts ("08.10.2018 14:49Астана …"), not a sentence
            # that begins with a date ("19 марта 2023 года в Казахстане прошли выборы …").
            # So does a date under its label ("Published online: 15 Nov 2018.Submit your article …").
            dates = [
                d
                for d in dates[:1]
                if (d.start == 0 and not re.match(r"\s*[^\W\d_]", text[d.end :]))
                or (d.start < 30 and cues.PUBLISHED_LABEL_RE.match(text[: d.start].strip()))
            ]
        labelled_dates = [d for d in dates if _published_label_before(text, d.start)]
        if labelled_dates:  # "Received: 4 February 2016 / Accepted: … / Published online: 27 April 2017"
            head.dates = labelled_dates[:1] + head.dates
        elif dates and not cues.OTHER_DATE_LABEL_RE.search(previous + " " + text[: dates[0].start]):
            # A labelled publication date wins over others (a page's date of submission is not one).
            labelled = bool(cues.PUBLISHED_LABEL_RE.search(previous + " " + text[: dates[0].start]))
            head.dates = dates + head.dates if labelled else head.dates + dates
        consumed = _label_line(text, following, i, head, bool(dates))
        if consumed:
            head.used.add(i)
        elif len(text) >= MIN_PROSE_CHARS and not head.abstracts:
            byline_above = head.title_candidates and head.scholarly_byline
            opener = cues.ABSTRACT_OPENER_RE.match(text)
            if not head.prose and ((byline_above and ends_sentence(text)) or opener):
                # A journal page's first paragraph under the title and byline is its abstract, labelled or not;
                # so is a paragraph that opens as abstracts do ("В статье …"), wherever the page puts it.
                body, end = _collect_label(lines, i, text, head, len(lines), paragraph=True)
                head.abstracts.append(body)
                head.used.update(range(i, end))
                head.research += 1
                i = end
                continue
            head.prose = True  # the body has begun: no title below it
        previous = text
        i += 1
    _choose_title(head, lines)
    return head


def _published_label_before(text: str, start: int) -> bool:
    """A date right after its own "Published"/"Опубликовано" label, not after another date's label."""
    label = text[max(0, start - 30) : start]
    label = label.rsplit("/", 1)[-1].rsplit("|", 1)[-1]  # the label of this date only
    return bool(cues.PUBLISHED_LABEL_RE.search(label)) and not cues.OTHER_DATE_LABEL_RE.search(label)


def _neighbour_index(lines: list[Line], index: int, step: int) -> int | None:
    i = index + step
    while 0 <= i < len(lines):
        if lines[i].text.strip():
            return i
        i += step
    return None


def _neighbour(lines: list[Line], index: int, step: int) -> str:
    i = _neighbour_index(lines, index, step)
    return lines[i].text.strip() if i is not None else ""


def _choose_title(head: Head, lines: list[Line]) -> None:
    """The best-placed title-like line of the head: above a byline, below identifiers, in the text's language."""
    if head.title is not None or not head.title_candidates:
        return
    language = detect_language(" ".join(line.text for line in lines[:200]))

    def score(rank: int, index: int, text: str) -> float:
        after, before = _neighbour(lines, index, 1), _neighbour(lines, index, -1)
        points = -0.2 * rank
        after_names = names_in(after) or names_in(re.split(r"\s{2,}", after.lstrip("•·*- "))[0])
        after_index = _neighbour_index(lines, index, 1)
        beyond = _neighbour(lines, after_index, 1) if after_index is not None else ""
        if after_names and byline_evidence(after, after_names, beyond):
            points += 3
        if cues.IDENTIFIER_LINE_RE.match(before) or cues.DOI_RE.search(before) or cues.RUBRIC_RE.match(before):
            points += 1
        if cues.SPECIALTY_RE.match(before):
            points -= 3
        if language and detect_language(text, language) != language:
            points -= 1.5
        if text.isupper():
            points += 1
        # A headline is followed by its lead, date or byline; a site's name above it, by the headline.
        if len(after) >= MIN_PROSE_CHARS or find_dates(after[:80]):
            points += 1
        return points

    ranked = [
        (score(rank, index, text), -rank, index, text) for rank, (index, text) in enumerate(head.title_candidates)
    ]
    _, _, head.title_line, head.title = max(ranked)


def _label_line(text: str, following: str, index: int, head: Head, dated: bool) -> bool:
    """Label one head line; True when it belongs to the head (not to the body)."""
    topic = cues.TOPIC_OF_PAPER_RE.match(text)
    if topic:
        head.title, head.title_line = head.title or topic.group("title"), index
        head.research += 1
        return True
    if is_furniture(text) or cues.IDENTIFIER_LINE_RE.match(text) or cues.SPECIALTY_RE.match(text):
        return True
    authors_label = cues.AUTHORS_LABEL_RE.match(text)
    if authors_label and (names_in(authors_label.group("rest")) or not authors_label.group("rest")):
        head.authors = head.authors or names_in(authors_label.group("rest"))
        return True
    bullet = re.match(r"^\s*[•·*-]\s+(?P<rest>.*)$", text)
    candidate = bullet.group("rest") if bullet else text
    names = names_in(candidate)
    if not names:  # a name followed by its affiliation: "Ілімқожа А.Е. Абылай хан атындағы … университеті"
        leading = cues.NAME_RE.match(candidate)
        rest = candidate[leading.end() :].strip() if leading else ""
        # The affiliation opens with a capital (a title goes on in lower case: "Орталық Азиядағы су …").
        role = leading and re.match(r"^,\s*(?:главный\s+|ведущий\s+|старший\s+|senior\s+|chief\s+|бас\s+)?\S+", rest)
        if leading and (
            (rest[:1].isupper() and cues.INSTITUTION_RE.search(rest)) or (role and cues.DEGREE_RE.search(rest[:60]))
        ):
            names = names_in(leading.group(0))
            following = candidate[leading.end() :]
    if (
        names
        and byline_evidence(candidate, names, following)
        and (head.title_candidates or head.research or strong_byline(candidate, names))
    ):
        known = {author.casefold() for author in head.authors}  # "Oleg KARPOVICH" and "Oleg Karpovich" are one
        head.authors += [n for n in names if n.casefold() not in known and not romanized_twin(n, head.authors)]
        head.scholarly_byline = head.scholarly_byline or len(names) >= 2 or bool(bullet)
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
    for name in head.authors:  # a byline glued to the title
        at = text.find(name)
        if at > 0:
            text = text[:at].rstrip(" ,;")
    if head.authors and not head.prose and cues.INSTITUTION_RE.search(text) and len(text) < 300:
        head.research += 1  # an affiliation under the byline ("Astrakhan Tatishchev State University. Astrakhan")
        head.scholarly_byline = True
        return True
    text = cues.UPDATED_SUFFIX_RE.sub("", text)
    trailing = cues.TRAILING_BYLINE_RE.search(text)
    if trailing and not head.authors and is_title_like(text[: trailing.start()]):
        marked = re.split(r"\s*[,·•&]\s*|\s+and\s+", trailing.group("names"))
        head.authors = [re.sub(r"\s?(?:\d{1,2}|[*¹²³⁴⁵])$", "", name.strip()) for name in marked if name.strip()]
        head.research += 1
        text = text[: trailing.start()]
    if is_title_like(text) and len(head.title_candidates) < 8 and not head.prose:
        head.title_candidates.append((index, text))
        return False  # part of the body unless chosen as the title
    if head.authors and not head.prose:
        # An affiliation names an institution or gives an address; a sentence about a country is body text.
        institution = cues.INSTITUTION_RE.search(text) or cues.EMAIL_RE.search(text) or cues.ORCID_RE.search(text)
        place = cues.AFFILIATION_RE.search(text) and len(text) < 120 and not ends_sentence(text)
        if (institution and len(text) < 300) or place:
            head.research += 1 if institution else 0
            head.scholarly_byline = head.scholarly_byline or bool(institution)
            return True
    return False
