"""Which line of a text's head is its title: title-like lines, and the best placed of them."""

from __future__ import annotations

import collections
import functools
import itertools
import re

from articles.ingest import cues
from articles.ingest.bylines import byline_evidence, names_in, placed_byline
from articles.ingest.dates import find_dates
from articles.ingest.furniture import is_site_furniture, prompt_or_office
from articles.ingest.language import detect_language
from articles.ingest.layout import Line
from articles.ingest.title_rules import (
    MAX_MASTHEAD_WORDS,
    QUOTE_PAIRS,
    SITE_SEPARATOR_RE,
    fold_printing,
    not_a_title,
    placement_points,
    quoted_masthead,
    settled_title,
    site_name_after,
)
from articles.ingest.title_shapes import below_breadcrumb, tag_list
from articles.ingest.title_shapes import menu_lines as menu_lines
from articles.ingest.title_wraps import glued_title, wrapped_title_pair
from articles.ingest.whole_lines import DATE_ABBREVIATION_END_RE, ROLE_RE, credit_line, languages_differ, same_title
from articles.ingest.whole_lines import ends_with_full_stop as ends_with_full_stop
from articles.ingest.whole_lines import person_and_office as person_and_office

QUESTION_MARKS = ("?", "؟")  # the Arabic question mark ends questions in the Kazakh Arabic script
MAX_TITLE_CHARS = 300
MIN_PROSE_CHARS = 160
LINE_CACHE_SIZE = 8192
MAX_TITLE_TAIL_WORDS = 6  # the words a line break cut off a title
MAX_QUOTED_TITLE_LINES = 3  # a quoted headline wrapped over at most four lines
MIN_SUBTITLE_WORDS = 3  # a subtitle in capitals under "TITLE:", not a label's value ("KEY WORDS:" / "JEL F5")
REPEAT_LINES = 80  # a page repeats its title this near the top
MIN_REPEATED_CHARS = 15
CRUMB_PENALTY = 4  # a line over a breadcrumb is mostly the site's header; the headline under it wins
# A label and its list: "Anahtar Kelimeler: ҚАЗАҚ, ДИПЛОМАТИЯЛЫҚ, …", "Schlagwörter: A, B, C" in any language.
LABELLED_LIST_RE = re.compile(r"^\S+(?:\s\S+){0,2}:\s*[^,]{1,40}(?:,[^,]{1,40}){3,}$")  # four items at least
LIST_SEPARATORS = ("◽", "▪", "•", "·", "|")  # a line ending so is one item of a list or a citation block
# A section's name glued to the headline by a slash: "INTERVIEW/Vassilenko: …", "АНАЛИТИКА/ …", "СҰХБАТ/ …".
RUBRIC_PREFIX_RE = re.compile(
    r"^(?:INTERVIEW|EXCLUSIVE|ANALYSIS|OPINION|COMMENTARY|ИНТЕРВЬЮ|ЭКСКЛЮЗИВ|АНАЛИТИКА|МНЕНИЕ|КОММЕНТАРИЙ|СҰХБАТ"
    r"|ЭКСКЛЮЗИВ|ТАЛДАУ|ПІКІР)\s*/\s*(?=\S)"
)
MIN_NUMBERED_HEADLINE_WORDS = 4
# A number opening a headline: an ordinal, a year or a count before a capitalised word (not "2 номер каз …").
NUMBER_OPENING_RE = re.compile(
    rf"^(?:\d{{1,4}}(?:st|nd|rd|th|-?(?:ші|шы|ы|і|й|я|е|го))\s+[{cues.LETTER}]{{2}}"  # "27th Anniversary", "5-ші …"
    rf"|(?:1[89]|20)\d{{2}}\s+[{cues.LETTER}]{{2}}"  # a year: "2026 жылы халықаралық қатынастар …"
    rf"|\d{{1,4}}\s+[{cues.UPPER}][{cues.LOWER}])"  # a number, then a capitalised word: "100 Days of …"
)
MAX_SKIPPED_CREDITS = 2
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
    if not 2 <= len(words) <= 40 or len(stripped) > MAX_TITLE_CHARS or is_furniture(stripped):
        return False
    if not_a_title(stripped):
        return False  # a section's heading, a contents entry, a phrase cut at a dash, a deck pointing back
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
    # A date's abbreviation ends a headline without ending a sentence ("…, 2 декабря 2022 г.").
    sentence_end = stripped.endswith(("!", ".")) and not DATE_ABBREVIATION_END_RE.search(stripped)
    if stripped.startswith("(") or (sentence_end and len(words) > 8) or ends_with_full_stop(stripped):
        return False  # a sentence, not a headline
    # A headline and its subtitle at most ("Диалоги с Маратом Шибутовым. Актуальные вопросы …"); a lead is longer.
    sentences = len(SENTENCE_OPENING_RE.findall(stripped.rstrip(".")))
    if cues.ISSN_RE.search(stripped) or cues.DOI_RE.search(stripped) or re.search(r"https?://|www\.", stripped):
        return False  # a title holds no identifiers or addresses
    if "@" in stripped and cues.EMAIL_RE.search(stripped):
        return False  # an author's line with an e-mail address ("A. Chebotarev, aech2004@mail.ru")
    if "," in stripped and ROLE_RE.search(stripped) and person_and_office(stripped):
        return False  # "Ycrzhan Ashikbayev, Kazakhstan's Deputy Minister of Foreign" (a caption or a deck)
    if "," in stripped and credit_line(stripped):
        return False  # "Ирина ГАЛКИНА, Лариса УВАЛИЕВА, "Караван", 28 июня": who wrote it, where and when
    if stripped.endswith(LIST_SEPARATORS) or (":" in stripped and LABELLED_LIST_RE.match(stripped)):
        return False  # an item of a list, or a label's list of keywords or tags
    if len(words) <= MAX_MASTHEAD_WORDS and words[-1].casefold() in cues.OUTLET_WORDS:
        return False  # a newspaper's name over its date ("Astana Times")
    if cues.INTERVIEW_SOURCE_RE.match(stripped):
        return False  # an interview's source and date
    if cues.REPORTED_RE.search(stripped):
        return False  # a lead attributed to its outlet ("…, Trend reports")
    if len(words) > 20 and stripped.endswith("?"):
        return False  # an interviewer's question
    # A scholarly title with its subtitle runs to 30 words ("Reflection of Markers of … : Actualization of …").
    return len(words) <= 8 or (sentences <= 1 and len(words) <= 30)


def _neighbour_index(lines: list[Line], index: int, step: int) -> int | None:
    i = index + step
    while 0 <= i < len(lines):
        if lines[i].text.strip():
            return i
        i += step
    return None


def _following(lines: list[Line], index: int, count: int, skipped: set[int]) -> list[str]:
    """The next `count` non-blank lines after `index`, but for the `skipped` ones."""
    found: list[str] = []
    for i, line in enumerate(lines[index + 1 :], start=index + 1):
        if line.text.strip() and i not in skipped:
            found.append(line.text.strip())
            if len(found) == count:
                break
    return found


def _under_credit(lines: list[Line], index: int | None) -> int | None:
    """The line under a photo's credit or a furniture line with no date ("фото: casp-geo.ru", "PDF"): what
    stands under a headline is read past them (its date, byline or lead)."""
    for _ in range(MAX_SKIPPED_CREDITS):
        if index is None or not is_furniture(lines[index].text) or find_dates(lines[index].text[:80]):
            break
        index = _neighbour_index(lines, index, 1)
    return index


def _printed_again(lines: list[Line], index: int) -> bool:
    """The words of a line in quotes stand in another line of the page as well ("«Караван»" / "… \"Караван\", 28
    июня")."""
    name = " ".join(lines[index].text.strip()[1:-1].casefold().split())
    return bool(name) and any(
        name in " ".join(line.text.casefold().split()) for i, line in enumerate(lines) if i != index
    )


def _neighbour(lines: list[Line], index: int, step: int) -> str:
    i = _neighbour_index(lines, index, step)
    return lines[i].text.strip() if i is not None else ""


def choose_title(
    candidates: list[tuple[int, str]],
    lines: list[Line],
    cited: str | None,
    continued: dict[int, list[int]],
    stated: str | None = None,
) -> tuple[int | None, str | None]:
    """The best-placed title-like line of the head: above a byline, below identifiers, in the text's language;
    none when every candidate is a site's header or a rubric around its breadcrumb.

    `candidates` are (line index, text) in order, `cited` the title the page's citation line gives,
    `continued` the further lines of candidates printed over several lines, `stated` the language the page
    states for the article (its head may be in another: "LANGUAGE: Russian" under English labels).
    """
    candidates, over_crumb = below_breadcrumb(candidates, lines)
    if not candidates:
        return None, None  # an untitled text gets no title rather than its site's name or rubric
    # The language of the page's first paragraph (the abstract or the lead) where a bilingual page has one.
    first_prose = next((line.text for line in lines[:200] if len(line.text) >= MIN_PROSE_CHARS), "")
    language = stated or detect_language(first_prose) or detect_language(" ".join(line.text for line in lines[:200]))
    # Titles stacked in two languages on adjacent lines: the first is the original, the next its translation.
    stacked = {
        index
        for (index, text), (next_index, next_text) in itertools.pairwise(candidates)
        if next_index == index + 1 and languages_differ(text, next_text)
    }

    stack = {i for i, _ in candidates} | {i for further in continued.values() for i in further}
    page = [(i, " ".join(line.text.casefold().split())) for i, line in enumerate(lines[:REPEAT_LINES])]

    opening = next((i for i, line in enumerate(lines) if line.text.strip()), None)
    printed = collections.Counter(fold_printing(text) for _, text in candidates)  # "–" and "-" print one title

    def score(rank: int, index: int, text: str) -> float:
        last = continued.get(index, [index])[-1]  # what follows a title is read under its last line
        after, before = _neighbour(lines, last, 1), _neighbour(lines, index, -1)
        after_index = _neighbour_index(lines, last, 1)
        near = _following(lines, last, NEAR_LINES, stack)  # under the title and its translations
        while near and is_furniture(near[0]):  # a photo's source between the headline and its byline
            near = near[1:]
        points = -0.2 * rank
        after_names = names_in(after) or names_in(re.split(r"\s{2,}", after.lstrip("•·*- "))[0])
        beyond = _neighbour(lines, after_index, 1) if after_index is not None else ""
        if after_names and byline_evidence(after, after_names, beyond) and not cues.SIGNATURE_RE.match(after):
            points += 3
        elif cues.AUTHORS_LABEL_RE.match(after) or cues.AUTHORS_LABEL_RE.match(beyond):
            points += 2  # "By …" under the headline, or under its deck
        elif near and placed_byline(near[0]):
            points += 3  # "Алия Иксанова, Астана, Vласть" under the headline
        if any(
            cues.ABSTRACT_LABEL_RE.match(t) or cues.has_email(t[:300]) or cues.ORCID_RE.search(t[:300]) for t in near
        ):
            points += 2  # a paper's title is followed closely by its authors' addresses or its abstract
        if cues.ISSN_RE.search(after):
            points -= 2  # a journal's name stands over its ISSN
        if cues.ABSTRACT_OPENER_RE.match(after):
            points += 4  # a paper's title stands right above its unlabelled abstract ("В статье …")
        if index - 1 in stacked:
            points -= 2  # the translation printed under the title
        if cues.IDENTIFIER_LINE_RE.match(before) or cues.DOI_RE.search(before) or cues.RUBRIC_RE.match(before):
            points += 1
        if cues.SPECIALTY_RE.match(before):
            points -= 3
        if language and detect_language(text, language) != language:
            points -= 1.5
        if text.isupper():
            # A title in capitals; but a few words in capitals over a headline are a masthead or a section.
            points += -1 if len(text.split()) <= MAX_MASTHEAD_WORDS and is_title_like(after) else 1
        elif len(text.split()) <= MAX_MASTHEAD_WORDS and is_title_like(after) and len(after) > len(text):
            points -= 1  # a rubric over the headline ("Сообщения пресс-службы")
        key = " ".join(text.casefold().split())
        if len(key) >= MIN_REPEATED_CHARS and any(key in other for i, other in page if i != index and i not in stack):
            points += 1  # the page repeats its title (its HTML title, a breadcrumb, a "share" line)
        if index == opening and after_index == index + 1 and index + 1 in stack and len(beyond) >= MIN_PROSE_CHARS:
            # A page's first line (not a masthead's few words) right over a line heading its first paragraph: the
            # headline over its deck or first section's heading ("Казахстан и Афганистан: …" / "Дата, которая …").
            points += len(text.split()) > MAX_MASTHEAD_WORDS
        twice = printed[fold_printing(text)] > 1
        if twice:
            points += 1  # a headline printed twice in the head, over its deck ("Ұлт тарихына …" / again / deck)
        if cited and same_title(text, cited):
            points += 2  # the page's "how to cite" line repeats its title
        if text.endswith(QUESTION_MARKS) and (cues.QA_TURN_RE.match(after) or (rank and len(after) >= MIN_PROSE_CHARS)):
            points -= 3  # an interviewer's question, answered on the next line (under a headline, in a paragraph)
        # A headline is followed by its lead, date or byline; a site's name above it, by the headline.
        dated = _under_credit(lines, after_index)  # the date under a photo's credit ("фото: …" / "12 октября")
        if (
            len(after) >= MIN_PROSE_CHARS
            or find_dates(after[:80])
            or (dated is not None and find_dates(lines[dated].text[:80]))
        ):
            points += 1
        above = candidates[rank - 1] if rank else None
        lead = ends_with_full_stop(after)  # a lead's sentence, not a line ending on an initial or a date
        if index in over_crumb:
            points -= CRUMB_PENALTY  # likely the site's header over its breadcrumb, unless nothing better
        if rank + 1 < len(candidates) and quoted_masthead(text) and (index == opening or _printed_again(lines, index)):
            # A newspaper's name in quotes over the headline ("«Soltüstık Qazaqstan»"): the page's first line, or
            # a name the page prints again; a short quoted headline elsewhere («Мәңгілік ел») is a headline.
            points -= 2
        return points + placement_points(
            rank, text, above, _neighbour_index(lines, index, -1), after if lead else "", twice
        )

    ranked = [(score(rank, index, text), -rank, index, text) for rank, (index, text) in enumerate(candidates)]
    _, _, index, title = max(ranked)
    index, title = settled_title(candidates, [line.text for line in lines], index, title, continued)
    # A page's title line is its headline with the site's name after it, printed as the headline alone below.
    texts = [line.text for line in lines]
    bare = next((text for _, text in candidates if site_name_after(title, text, texts)), None)
    if bare:
        return index, bare
    # A title cut by a line break in one place is printed whole in another (the page's own title line).
    key = title.casefold()
    fuller = [
        text
        for _, text in candidates
        if len(text) > len(title)
        and text.casefold().startswith(key)
        and text[len(title)].isspace()
        and not (site_name_after(text, title) and SITE_SEPARATOR_RE.match(text[len(title) :]))
    ]  # not a site's name glued on ("…көзқарасыFarabi University", "… - Kazinform")
    if fuller and len(fuller[0][len(title) :].split()) <= MAX_TITLE_TAIL_WORDS:
        return index, fuller[0]
    # A title and its subtitle on two lines, which the page prints whole on one line elsewhere ("A New Hegemon
    # in Russia's Backyard?" / "Assessing China's …"): the whole title, as the page gives it.
    last = continued.get(index, [index])[-1]
    subtitle = _neighbour(lines, last, 1)
    whole = " ".join(f"{title} {subtitle}".casefold().split())
    if subtitle and any(whole in other for i, other in page if i != index and i not in stack):
        return index, f"{title} {subtitle}"
    return index, title


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
