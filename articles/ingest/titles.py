"""Which lines of a text's head may be its title: title-like lines and the further lines a title wrapped onto
(title_choice picks the best placed of them)."""

from __future__ import annotations

import functools
import re

from articles.ingest import cues
from articles.ingest.bylines import names_in
from articles.ingest.furniture import is_site_furniture, prompt_or_office
from articles.ingest.language import detect_language
from articles.ingest.layout import Line
from articles.ingest.title_rules import MAX_MASTHEAD_WORDS, QUOTE_PAIRS, WEB_ADDRESS_RE, fold_spacing, not_a_title
from articles.ingest.title_shapes import caption_or_dateline, tag_list
from articles.ingest.title_shapes import menu_lines as menu_lines
from articles.ingest.title_wraps import glued_title, wrapped_title_pair
from articles.ingest.whole_lines import DATE_ABBREVIATION_END_RE, speaker_quote, who_line
from articles.ingest.whole_lines import ends_with_full_stop as ends_with_full_stop
from articles.ingest.whole_lines import person_and_office as person_and_office

QUESTION_MARKS = ("?", "؟")  # the Arabic question mark ends questions in the Kazakh Arabic script
MAX_TITLE_CHARS = 300
MIN_PROSE_CHARS = 160
LINE_CACHE_SIZE = 8192
MAX_TITLE_TAIL_WORDS = 6  # the words a line break cut off a title
# What a site prints under a headline to say what kind of page it is: a section's or a format's name in lower case.
PAGE_KIND_WORDS = frozenset(
    ("блог", "blog", "news", "новости", "жаңалықтар", "жаңалық", "статья", "мақала", "видео", "video", "фото", "photo",
     "интервью", "сұхбат", "interview", "подкаст", "podcast", "колонка", "column", "мнение", "пікір", "opinion")
)  # fmt: skip
MAX_QUOTED_TITLE_LINES = 3  # a quoted headline wrapped over at most four lines
MIN_SUBTITLE_WORDS = 3  # a subtitle in capitals under "TITLE:", not a label's value ("KEY WORDS:" / "JEL F5")
REPEAT_LINES = 80  # a page repeats its title this near the top
MIN_REPEATED_CHARS = 15
# A label and its list: "Anahtar Kelimeler: ҚАЗАҚ, ДИПЛОМАТИЯЛЫҚ, …", "Schlagwörter: A, B, C" in any language.
LABELLED_LIST_RE = re.compile(r"^\S+(?:\s\S+){0,2}:\s*[^,]{1,40}(?:,[^,]{1,40}){3,}$")  # four items at least
LIST_SEPARATORS = ("◽", "▪", "•", "·", "|")  # a line ending so is one item of a list or a citation block
# A section's name glued to the headline by a slash: "INTERVIEW/Vassilenko: …", "АНАЛИТИКА/ …", "СҰХБАТ/ …".
RUBRIC_PREFIX_RE = re.compile(
    r"^(?:INTERVIEW|EXCLUSIVE|ANALYSIS|OPINION|COMMENTARY|ИНТЕРВЬЮ|ЭКСКЛЮЗИВ|АНАЛИТИКА|МНЕНИЕ|КОММЕНТАРИЙ|СҰХБАТ"
    r"|ТАЛДАУ|ПІКІР)\s*/\s*(?=\S)"
)
MIN_NUMBERED_HEADLINE_WORDS = 4
# A number opening a headline: an ordinal, a year or a count before a capitalised word (not "2 номер каз …").
NUMBER_OPENING_RE = re.compile(
    rf"^(?:\d{{1,4}}(?:st|nd|rd|th|-?(?:ші|шы|ы|і|й|я|е|го))\s+[{cues.LETTER}]{{2}}"  # "27th Anniversary", "5-ші …"
    rf"|(?:1[89]|20)\d{{2}}\s+[{cues.LETTER}]{{2}}"  # a year: "2026 жылы халықаралық қатынастар …"
    rf"|\d{{1,4}}\s+[{cues.UPPER}][{cues.LOWER}]"  # a number, then a capitalised word: "100 Days of …"
    # A count of people or things, then what befell them: "17 узбекистанцев задержаны в …" (two words in lower
    # case, neither a unit's or a page's short word: "5 стр.", "2 номер каз …").
    rf"|\d{{1,4}}\s+[{cues.LOWER}]{{5,}}\s+[{cues.LOWER}]{{5,}}\s)"
)
SENTENCE_OPENING_RE = re.compile(rf"[.!?]\s+[{cues.UPPER}]")
NEAR_LINES = 3  # a title's abstract, affiliation or e-mail follows within this many lines


@functools.lru_cache(maxsize=LINE_CACHE_SIZE)  # a line is asked about again and again: head, body, neighbours
def is_furniture(text: str) -> bool:
    stripped = text.strip()
    return len(stripped) < 3 or bool(
        cues.FURNITURE_RE.match(stripped)
        or cues.NUMBERS_ONLY_RE.match(stripped)
        or (("»" in stripped or "›" in stripped or " / " in stripped) and cues.BREADCRUMB_RE.match(stripped))
        or ("/" in stripped and cues.PHOTO_CREDIT_RE.match(stripped))
        or cues.DATE_BAR_RE.match(stripped)
        or (is_site_furniture(stripped) and not glued_title(stripped.split()))  # a title, not a row of links
        or prompt_or_office(stripped)
        # A row of a page's tags: "Алексей Оверчук Россия Армения Казахстан …" (no punctuation: a paragraph is
        # not split into its words).
        or ("," not in stripped and "." not in stripped and tag_list(stripped.split()))
    )


@functools.lru_cache(maxsize=LINE_CACHE_SIZE)
def is_title_like(text: str) -> bool:
    stripped = text.strip()
    if len(stripped) > MAX_TITLE_CHARS:  # a paragraph (not split into its words), or a title glued into one word
        return glued_title(stripped.split(maxsplit=1))
    words = stripped.split()
    if glued_title(words):
        return True  # "UnderstandingEnergyPolicyofKazakhstanandtheFutureofEurasianSecurity": a PDF lost its spaces
    if not 2 <= len(words) <= 40:
        return False
    # Every test below only rules a line out, so their order changes no answer: the cheap tests of its shape
    # come first, the patterns of furniture and headings after them (most lines a page holds fail early).
    # A capital opens a title; so does any letter of a script without case (the Kazakh Arabic script).
    first = stripped[0]
    opens = first.isupper() or (first.isalpha() and not first.islower()) or first in "«\"'“‘("
    # A headline may open with a number ("27th Anniversary of …", "2026 жылы халықаралық …"); a list's item
    # ("1. …", "2) …") or a page marker ("5 страница") does not count, nor does a short line.
    opens = opens or (
        first.isdigit() and len(words) >= MIN_NUMBERED_HEADLINE_WORDS and bool(NUMBER_OPENING_RE.match(stripped))
    )
    if not opens or stripped.endswith((":", ",", ";")):
        return False
    letters = sum(map(str.isalpha, stripped))
    if letters < 0.6 * len(stripped.replace(" ", "")):
        return False
    # A date's abbreviation ends a headline without ending a sentence ("…, 2 декабря 2022 г."); nor does a
    # question's or an exclamation's trailing dots ("… НАЧНУТ МЫСЛИТЬ НАДНАЦИОНАЛЬНО?..").
    sentence_end = (
        stripped.endswith(("!", ".")) and not stripped.endswith("?..") and not DATE_ABBREVIATION_END_RE.search(stripped)
    )
    if stripped.startswith("(") or (sentence_end and len(words) > 8):
        return False  # a sentence, not a headline
    if is_furniture(stripped) or not_a_title(stripped) or caption_or_dateline(stripped):
        return False  # a section's heading, a contents entry, a phrase cut at a dash, a deck pointing back
    if ends_with_full_stop(stripped) and not speaker_quote(stripped):
        return False  # a sentence, not a headline
    # A headline and its subtitle at most ("Диалоги с Маратом Шибутовым. Актуальные вопросы …"); a lead is longer.
    sentences = len(SENTENCE_OPENING_RE.findall(stripped.rstrip(".")))
    if cues.ISSN_RE.search(stripped) or cues.DOI_RE.search(stripped) or WEB_ADDRESS_RE.search(stripped):
        return False  # a title holds no identifiers or addresses
    if "@" in stripped and cues.EMAIL_RE.search(stripped):
        return False  # an author's line with an e-mail address ("A. Chebotarev, aech2004@mail.ru")
    if who_line(stripped):
        return False  # a caption's person and office, an author's posts, a byline with its outlet
    if stripped.endswith(LIST_SEPARATORS) or (":" in stripped and LABELLED_LIST_RE.match(stripped)):
        return False  # an item of a list, or a label's list of keywords or tags
    if len(words) <= MAX_MASTHEAD_WORDS and words[-1].casefold() in cues.OUTLET_WORDS:
        return False  # a newspaper's name over its date ("Astana Times")
    if cues.INTERVIEW_SOURCE_RE.match(stripped):
        return False  # an interview's source and date
    if cues.REPORTED_RE.search(stripped):
        return False  # a lead attributed to its outlet ("…, Trend reports")
    if len(words) > 20 and stripped.endswith(("?", "?..")):
        return False  # an interviewer's question
    # A scholarly title with its subtitle runs to 30 words ("Reflection of Markers of … : Actualization of …").
    return len(words) <= 8 or (sentences <= 1 and len(words) <= 30)


def title_tail(lines: list[Line], index: int) -> str | None:
    """The end of a mixed-case title a PDF wrapped onto the next line ("… Geopolitical" / "in Central Asia"):
    a short line going on in lower case, ending no sentence, with no more lower-case text under it."""
    head = lines[index].text.strip()
    if index + 1 >= len(lines) or not is_title_like(head) or names_in(head):  # a name over its post is a byline
        return None
    tail = lines[index + 1].text.strip()
    words = tail.split()
    if not words or not words[0][:1].islower() or not words[0].rstrip(",;:").isalpha():
        return None
    below = lines[index + 2].text.strip() if index + 2 < len(lines) else ""
    if len(words) > MAX_TITLE_TAIL_WORDS or tail.endswith((".", ",", ";", ":", "!", "-")) or below[:1].islower():
        return None
    if len(words) == 1 and tail.casefold() in PAGE_KIND_WORDS:
        return None  # the page's kind under its headline ("Ашаршылық зардабы" / "блог"), not the title's end
    return tail if is_title_like(f"{head} {tail}") else None


def caps_title_opening(text: str, following: str) -> bool:
    """A title in capitals whose first line ends in a colon, its subtitle on the next line in capitals
    ("TURKEY-KAZAKHSTAN RELATIONS:" / "AN OVERVIEW OF MUTUAL RELATIONS"): the colon joins, it labels nothing."""
    text, following = text.strip(), following.strip()
    return (
        text.endswith(":")
        and text.isupper()
        and following.isupper()
        and len(following.split()) >= MIN_SUBTITLE_WORDS
        and is_title_like(f"{text} {following}")
    )


def title_tail_lines(lines: list[Line], index: int) -> list[int]:
    """The further lines a title wrapped onto: its short end, or the rest of a quoted headline."""
    return [index + 1] if title_tail(lines, index) else quoted_title_tail(lines, index)


def quoted_title_tail(lines: list[Line], index: int) -> list[int]:
    """The further lines of a quoted headline a page wrapped over several lines ("\"It is very important to" /
    "find one's own place in" / "the foreign policy area\""): each goes on in lower case, the last closes the
    quote, and the whole is title-like. The indexes of those lines; none when the quote is not closed soon."""
    head = lines[index].text.strip()
    closer = QUOTE_PAIRS.get(head[:1])
    if closer is None or closer in head[1:]:
        return []
    taken: list[int] = []
    for further in range(index + 1, min(index + 1 + MAX_QUOTED_TITLE_LINES, len(lines))):
        text = lines[further].text.strip()
        if not text[:1].islower():
            return []
        taken.append(further)
        if text.endswith(closer):
            whole = " ".join([head, *(lines[i].text.strip() for i in taken)])
            return taken if is_title_like(whole) else []
        if closer in text:
            return []
    return []


def continues_title(
    candidates: list[tuple[int, str]], continued: dict[int, list[int]], previous_line: int | None, text: str, index: int
) -> bool:
    """A line right under a candidate, in its language, that is the title's next line; the candidate takes it in.
    A PDF's line break in a capitals title ("ТЮРКОЛОГИЯ КАЗАХСТАНА ВСИСТЕМЕ" / "ЕВРАЗИЙСКИХ КООРДИНАТ"), or in a
    mixed-case one whose next line opens with a capital (see title_wraps: "… Integration in the" / "Context of …")."""
    if not candidates:
        return False
    start, above = candidates[-1]
    lines = continued.get(start, [])
    last = lines[-1] if lines else start
    if last != previous_line:
        return False
    if fold_spacing(text) == fold_spacing(above):
        return False  # the headline printed again under itself ("ЕЛШІ АЙМАҚ …" / "ЕЛШІ АЙМАҚ …"), no next line
    caps = text.isupper() and above.isupper() and not above.endswith((".", "!", "?"))
    # A mixed-case title wraps with no blank line between its lines; a headline and its deck may stand so too,
    # but a deck does not go on from a joining word or in a title's capitalised words.
    mixed = (
        not caps
        and index == last + 1
        and not (text.isupper() or above.isupper())
        and wrapped_title_pair(above, text)
        and is_title_like(f"{above} {text}")
    )
    if not (caps or mixed):
        return False
    if detect_language(text, "?") not in (detect_language(above, "?"), "?"):
        return False
    candidates[-1] = (start, f"{above} {text}")
    continued.setdefault(start, []).append(index)
    return True
