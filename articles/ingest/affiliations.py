"""Which affiliation the text ties to which author of a byline.

Only ties the text states are kept: an institution on the line right under a byline of one author
(or of one bulleted author of a list), an institution after a name on the name's own line
("Ілімқожа А.Е. Абылай хан атындағы … университеті", "Roman Yuneman, National Research University"),
and affiliation digits after names ("Бахтуридзе З.З. 1 Лагутина М.Л. 2", "Khrapov¹") matched with
affiliation lines opening with the same digit ("1 Частное образовательное учреждение …"). An
unnumbered affiliation under several names is not guessed to be any one author's.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from articles.ingest import cues
from articles.ingest.bylines import DOT_SPACED_MARK_RE, TRAILING_EMAIL_RE, names_in

SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
# A name's affiliation digits: "Khrapov1", "Khrapov¹", "Бахтуридзе З.З. 1" (spaced), "Name1*" (a star too).
NAME_MARK_RE = re.compile(r"(?:(?<=\w)|(?<=\.)\s?)([¹²³⁴⁵⁶⁷⁸⁹]|[1-9])\s*[*†]?\s*$")
# An affiliation line opening with its digit: "1 Частное …", "¹Al-Farabi …", "2Astana …".
NUMBERED_RE = re.compile(r"^\s*(?P<mark>[¹²³⁴⁵⁶⁷⁸⁹]|[1-9](?![\d.,)]))\s*(?P<text>[^\W\d_].*)$")
CONTACT_RE = re.compile(
    rf"\s*[,;]?\s*(?:(?:Автор|Author|ORCID)\s*:?\s*)?(?:{cues.EMAIL_RE.pattern}|(?:https?://orcid\.org/)?"
    rf"{cues.ORCID_RE.pattern})(?:\s*\S*@\S+)?",
    re.IGNORECASE,
)
# A contact label whose address the text lost ("…, Тайбей, Тайвань е-mail"), or a site's label ("… Автор").
LOST_CONTACT_RE = re.compile(r"[\s,;]+(?:[eе]-?mail|Email|Автор|Author)\s*:?\s*$", re.IGNORECASE)
# A segment before the institution that is a degree or a post ("D.Sc. (Law)", "Vice-Rector …", "аспирант").
SEGMENT_RE = re.compile(r"[^,;()]*(?:\([^()]*\)[^,;()]*)*[,;]\s*")
# A journal page's closing section on its authors: each name, then its affiliation on the next line.
ABOUT_AUTHORS_RE = re.compile(
    r"^\s*(?:About\s+the\s+authors?|Information\s+about\s+the\s+authors?|Об\s+авторах|Сведения\s+об\s+авторах"
    r"|Авторлар\s+туралы(?:\s+мәлімет)?)\s*:?\s*$",
    re.IGNORECASE,
)
MAX_ABOUT_LINES = 40  # the section is short: names, affiliations, posts, addresses
# Posts and degrees' abbreviations the degree cue does not hold ("Vice-Rector …", "д. и. н.", "к.п.н.").
POST_RE = re.compile(
    r"\b(?:vice-?rector|rector|dean|head\s+of|director|проректор|ректор|декан|заведующ|директор|руководител"
    r"|сотрудник|преподавател|ассистент|оқытушы|меңгеруші)|(?<!\w)[дк]\.\s?[а-яәіөүұқғң]{1,3}\.\s?н\.",
    re.IGNORECASE,
)
# Posts of people who write analysis, comment and news ("Senior Fellow at …", "политолог", "тілші"), with the
# academic posts a note on a writer may give (read alone by closing_bylines): one list for every byline read with
# its post (in the head, a signature, a note).
WRITER_POST_RE = re.compile(
    # (?=[…]): the first letters of the words (case-insensitive as they are), so most positions fail one test.
    r"(?=[faserjcwplпаэжокрнедлстғ])\b(?:fellow|analyst|scientist|economist|researcher|scholar|journalist|columnist|contributor|correspondent"
    r"|writer|author|editor|professor|lecturer|PhD|candidate|student|expert|advis[eo]r|политолог|аналитик|экономист"
    r"|журналист|обозревател|корреспондент|редактор|эксперт|научн|профессор|доцент|преподавател|лаборант|советник"
    r"|саясаттанушы|сарапшы|тілші|ғылыми|кеңесші)",
    re.IGNORECASE,
)


def states_degree(text: str) -> bool:
    """The words name a person's degree or an academic or managing post: the degree and post cues."""
    return bool(cues.DEGREE_RE.search(text) or POST_RE.search(text))


def states_post(text: str) -> bool:
    """The words name a person's post or degree: any of the post, degree and writer's-post cues."""
    return states_degree(text) or WRITER_POST_RE.search(text) is not None


MAX_CHARS = 300  # the column's length: a longer line is a paragraph, not an affiliation


def clean(text: str) -> str:
    """The affiliation without the e-mail, ORCID or bullet around it, and without a trailing separator."""
    text = LOST_CONTACT_RE.sub("", re.sub(r"\(\s*[,;]?\s*\)", "", CONTACT_RE.sub("", text)))
    text = " ".join(text.split()).strip(" ,;:–—-•·")
    while (segment := SEGMENT_RE.match(text)) and (
        states_degree(segment.group(0)) and not cues.INSTITUTION_RE.search(segment.group(0))
    ):
        text = text[segment.end() :]
    return text


def stated(text: str, numbered: bool = False) -> str:
    """The line as an affiliation, or "": an institution; with its digit, any body named with a capital."""
    text = clean(text)
    if not text or len(text) > MAX_CHARS:
        return ""
    if numbered:  # the digit ties it: a named body will do ("КазНУ имени Аль-Фараби")
        return text if re.match(rf"[\"«“]?[{cues.UPPER}]", text) else ""
    return text if cues.INSTITUTION_RE.search(text) else ""


@dataclass
class Ties:
    """What a head's byline lines and affiliation lines say about each author, read line by line."""

    stated: dict[str, str] = field(default_factory=dict)  # author (casefolded) -> affiliation
    marks: dict[str, str] = field(default_factory=dict)  # author (casefolded) -> affiliation digit
    numbered: dict[str, str] = field(default_factory=dict)  # digit -> affiliation
    single: str | None = None  # the one author of the byline line just read, waiting for an affiliation
    last: int | None = None  # the index of the last byline or affiliation line read

    def byline(self, names: list[str], line: str, index: int, rest: str = "") -> None:
        """A byline line: the digits after its names; a lone name waits for the line under it.

        ``rest`` is what follows a name on its own line when that reads as the name's affiliation.
        """
        found = stated(rest) if rest else ""
        if len(names) == 1 and found:
            self.stated.setdefault(names[0].casefold(), found)
        if ". " in line:
            line = DOT_SPACED_MARK_RE.sub(r".\1, ", line)  # "Бахтуридзе З.З. 1 Лагутина М.Л. 2"
        line = TRAILING_EMAIL_RE.sub("", line) if "@" in line else line
        parts = [part for part in cues.NAME_SEPARATOR_RE.split(re.sub(r"\s*\([^)]*\)\s*$", "", line)) if part]
        if len(parts) == len(names):
            for name, part in zip(names, parts, strict=True):
                mark = NAME_MARK_RE.search(part.strip())
                if mark:
                    self.marks.setdefault(name.casefold(), mark.group(1).translate(SUPERSCRIPTS))
        self.single = names[0] if len(names) == 1 else None
        self.last = index

    def line(self, text: str, index: int, previous: int | None) -> None:
        """A head line read as an affiliation: numbered, or right under a byline of one author."""
        numbered = NUMBERED_RE.match(text)
        if numbered and stated(numbered.group("text"), numbered=True):
            self.numbered.setdefault(
                numbered.group("mark").translate(SUPERSCRIPTS), stated(numbered.group("text"), numbered=True)
            )
            self.last = index
            return
        found = stated(text)
        if found and self.single and previous is not None and previous == self.last:
            self.stated.setdefault(self.single.casefold(), found)
        self.single = None

    def numbered_line(self, text: str, index: int) -> bool:
        """An affiliation opening with a digit one of the byline's names carries ("1 Частное …"); True if so.

        Read wherever the head puts it (the line above may be the previous affiliation's wrapped end).
        """
        numbered = NUMBERED_RE.match(text) if self.marks else None
        mark = numbered.group("mark").translate(SUPERSCRIPTS) if numbered else ""
        found = stated(numbered.group("text"), numbered=True) if numbered else ""
        if not found or mark not in self.marks.values() or mark in self.numbered:
            return False
        self.numbered[mark], self.last = found, index
        return True

    def resolve(self, authors: list[str]) -> list[str]:
        """Each author's affiliation, aligned with the authors ("" when the text ties none)."""
        result = []
        for author in authors:
            key = author.casefold()
            mark = self.marks.get(key)
            result.append(self.stated.get(key) or (self.numbered.get(mark, "") if mark else ""))
        return result if any(result) else []


def about_authors(texts: list[str], authors: list[str], known: list[str]) -> list[str]:
    """The affiliations ``known`` completed from an "About the authors" section: the institution on the line right
    under a line naming one of the authors alone."""
    start = next((i for i, text in enumerate(texts) if ABOUT_AUTHORS_RE.match(text)), None) if authors else None
    if start is None:
        return known
    result = known or [""] * len(authors)
    keys = [author.casefold() for author in authors]
    section = [text.strip() for text in texts[start + 1 : start + 1 + MAX_ABOUT_LINES] if text.strip()]
    for name_line, below in itertools.pairwise(section):
        names = names_in(name_line) if len(name_line) < MAX_CHARS else []
        if len(names) == 1 and names[0].casefold() in keys and not result[keys.index(names[0].casefold())]:
            result[keys.index(names[0].casefold())] = stated(below)
    return result if any(result) else []
