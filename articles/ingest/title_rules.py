"""Lines that are never a record's title, in any language, and small repairs of a chosen title.

A title is a whole phrase printed by itself.  So no title is: a heading of a paper's sections or an entry of its
contents ("Список литературы 116", "Кіріспе……4", "II.Негізгі бөлім"), a line a page cut mid-phrase (its next
line goes on with "under the President …", or it ends on a dash), a deck that refers back to a headline the
page lost ("Бұл … бірі болмақ", "Это стало …", "This is …"), or another article's title under a "Next
article" link.  Repairs: a headline printed twice is taken as printed first, a media note after it is dropped
("(фото)", "(video)"), and so is a site's name after a dash in another script ("… — Carnegie Endowment …")."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from articles.ingest import cues

# A section heading of a paper, a thesis or a student's work, with a page number after it or not: these head
# parts of a text, never the text itself.
_SECTION = (
    r"(?:Введение|Заключение|Выводы|Содержание|Оглавление|Приложени[ея]|Список\s+(?:использованн\w+\s+)?"
    r"(?:литературы|источников|сокращений)|Литература|Библиограф\w+(?:\s+список)?|Кіріспе|Қорытынды|Мазмұны"
    r"|Жоспары?|Қосымшалар?|(?:Пайдаланылған\s+)?Әдебиеттер(?:\s+тізімі)?|Қолданылған\s+әдебиеттер(?:\s+тізімі)?"
    r"|Introduction|Conclusions?|Contents|Table\s+of\s+contents|References|Bibliography|Appendix|Appendices"
    r"|Literature|Abbreviations|План|Plan)"
)
SECTION_HEADING_RE = re.compile(rf"^\s*(?:\d{{1,2}}\.?\s*)?{_SECTION}\s*[.:]?\s*(?:[.…·_\s]*\d{{1,4}})?\s*$", re.I)
# A credit line: who edited, compiled, translated or prepared the text, or took its photos ("Edited by John Smith",
# "Подготовила Анна Петрова", "Дайындаған: Айгүл Сейітқызы"); it names people, never the text's subject.
CREDIT_LINE_RE = re.compile(
    r"^\s*(?:(?:Edited|Compiled|Translated|Prepared|Photos?|Text)\s+by|Редактор\s*:|Перевод\s*:|Переводчик\s*:"
    r"|Подготовил[аи]?\b|Материал\s+подготовил[аи]?\b|Дайындаған\b|Аударған\b|Редакторы\s*:)\s*\S"
)
# An entry of a table of contents: any words, then dot leaders or an ellipsis and a page number
# ("Анықтамалар, мағыналар, қысқартпалар…3", "1.3 Strategy ..... 34").
CONTENTS_ENTRY_RE = re.compile(r"(?:\.{3,}|…+)\s*\.*\s*\d{1,4}\s*$")
# A numbered part of a paper or a plan: "1.1 Политико-правовой …", "II.Негізгі бөлім", "I глава – …", "Chapter 2".
OUTLINE_RE = re.compile(
    rf"^\s*(?:\d{{1,2}}\.\d{{1,2}}(?:\.\d{{1,2}})*\.?\s+[{cues.UPPER}]|[IVX]{{1,5}}\.\s*\S"
    r"|[IVX]{1,5}\s+(?i:глава|бөлім|тарау|chapter|part)\b"
    r"|(?i:глава|бөлім|тарау|chapter|part|раздел)\s+(?:\d{1,2}|[IVX]{1,5})\b)"
)
# A contents page's or a plan's own heading: the line above it is the work's title.
CONTENTS_HEADING_RE = re.compile(
    r"^\s*(?:Содержание|Оглавление|План|Мазмұны|Жоспары?|Contents|Table\s+of\s+contents|Plan)\s*:?\s*$", re.I
)
MAX_TITLE_OVER_CONTENTS_WORDS = 20
# A deck or a lead refers back to the headline the page lost: it opens with a pronoun pointing back
# ("Бұл … бірі болмақ", "Это стало …", "This is …"); a headline names what it is about.
ANAPHORIC_OPENING_RE = re.compile(
    rf"^(?:Бұл|Ол|Мұның|Осының|Это|Этот|Эта|Эти|Он|Она|Они|This|These|He|She|They)\s+[{cues.LOWER}]"
)
# A phrase a line break cut: the next line goes on with a small joining word ("… Strategic Studies" / "under the
# President of …", "… институт" / "при Президенте …"); a title wrapped so is taken whole elsewhere or not at all.
# The small joining words (prepositions, conjunctions) no phrase ends on: title_wraps reads a line ending on one
# as going on on the next line.
JOINING_WORDS = (
    "of", "under", "and", "for", "in", "on", "at", "from", "with", "to", "the", "и", "в", "во", "на", "по", "для",
    "при", "под", "с", "со", "из", "к", "о", "об", "мен", "бен", "пен", "және", "үшін", "туралы",
)  # fmt: skip
JOINING_OPENING_RE = re.compile(rf"^(?:{'|'.join(JOINING_WORDS)}|жанындағы|арасындағы|жөніндегі|бойынша)\s")
CUT_AT_DASH_RE = re.compile(r"\s[-–—]$")  # "A strong system «Responsible State - Responsible Society -"
DASHES = ("-", "–", "—")
# A section's path over the headline: a discipline, a slash and a numbered subsection of a rubricator
# ("Политология/ 10. Региональные политические процессы", "Economics / 3.2 Trade"): where the text is filed.
SECTION_PATH_RE = re.compile(r"^[^/\d]{3,40}/\s*\d{1,2}(?:\.\d{1,2})*\.?\s+\S")
# Another article's title under the link to it: "Next Article in Journal", "Previous article", "Келесі мақала".
NEIGHBOUR_ARTICLE_RE = re.compile(
    r"^\s*(?:(?:Next|Previous|Prev)\s+(?:Article|Post|Story|Item)(?:\s+in\s+(?:Journal|Special\s+Issue|Issue|Section))?"
    r"|(?:Следующая|Предыдущая)\s+(?:статья|новость|публикация|запись)|(?:Келесі|Алдыңғы)\s+(?:мақала|жаңалық))"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
# A note on the media of a report after its headline: "(фото)", "(видео)", "(photo, video)", "(… фото-видео репортаж)".
MEDIA_NOTE_RE = re.compile(
    r"\s*\((?:[^()]{0,40}?)(?:фото|видео|photo|video|сурет|бейне|репортаж|infographic|инфографика)[^()]{0,30}\)\s*$",
    re.IGNORECASE,
)
# The kind of a student's work printed after its title: "… болашағы дипломдық жұмыс", "… курсовая работа".
WORK_KIND_RE = re.compile(
    r"\s+(?:(?:дипломдық|курстық|бітіру)\s+жұмыс(?:ы)?|(?:дипломная|курсовая|выпускная)\s+работа|реферат|referat)\s*$",
    re.IGNORECASE,
)
# The words WORK_KIND_RE ends on, seven letters at most: a line not ending on one is not searched (nearly all).
WORK_KIND_END_RE = re.compile(r"(?:жұмысы?|работа|реферат|referat)$", re.IGNORECASE)
MAX_WORK_KIND_END_CHARS = 7
MAX_UPDATED_WORD_CHARS = 12  # "Толықтырылды", the longest word cues.UPDATED_SUFFIX_RE ends a line with
# A site's name after a dash or a bar, in capitalised Latin words, after a headline in Cyrillic.
LATIN_SITE_SUFFIX_RE = re.compile(r"\s+[|–—-]\s+(?P<site>[A-Z][A-Za-z&'.]*(?:\s+[A-Za-z&'.]+){1,7})\s*$")
# A site's name after a bar, a few words at the end of a page's title: "… | Vlast.kz", "… | Новости Казахстана".
BAR_SITE_SUFFIX_RE = re.compile(r"\s+\|\s+[^|]*\S(?:\s+\|\s+[^|]*\S)?\s*$")
_SMALL_LATIN_WORDS = {"for", "of", "and", "the", "on", "in", "at", "&"}
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—−", "-"))
_QUOTES = str.maketrans(dict.fromkeys("«»“”„\"'‘’", ""))
PRINTING = _DASHES | _QUOTES  # both in one pass (no dash becomes a quote mark)
JSON_TITLE_RE = re.compile(r'^\s*\{\s*"title"\s*:\s*("(?:[^"\\]|\\.)*")')


# A label over a date ("Submission received: 3 June 2020 / Revised: …", "Поступила: 12.03.2021") and an address
# of an affiliation (an institution, commas, a postal code: "… Owa State University, Ames, IA 5001, USA").
LABELLED_DATE_RE = re.compile(r"^[^:]{1,40}:\s*(?:\d{1,2}[\s./-]+(?:\w+|\d{1,2})[\s./-]+\d{4}|\d{4}-\d{2}-\d{2})")
POSTAL_CODE_RE = re.compile(r"\b\d{4,6}\b")
MIN_ADDRESS_COMMAS = 2
MIN_BLOCK_LINE_CHARS = 15
QUOTE_PAIRS = {'"': '"', "«": "»", "“": "”", "„": "“"}
MAX_MASTHEAD_WORDS = 3  # "THE ASTANA TIMES", "ХАЛЫҚАРАЛЫҚ ҚАТЫНАСТАР"
MIN_HEADLINE_WORDS = 4  # a headline this long is whole without the words after it
MAX_SITE_WORDS = 6  # "Новости Казахстана | Zakon.kz"
SITE_SEPARATOR_RE = re.compile(r"\s+[|–—-]\s+")
WEB_ADDRESS_RE = re.compile(r"https?://|www\.")
# A web address, or a label of up to three words closed by a colon ("journal homepage: …", "e-mail: …").
ADDRESS_OR_LABEL_RE = re.compile(rf"{WEB_ADDRESS_RE.pattern}|^\S+(?:\s\S+){{0,2}}:\s")


# A periodical's masthead describing itself: what it is and how often it appears ("Ғылыми журнал үш айда бір рет
# шығатын ғылыми журнал", "Ежеквартальный научный журнал", "A quarterly journal of …"): no article's title.
PERIODICAL_RE = re.compile(r"журнал|газет|бюллетен|вестник|хабаршы|\b(?:journal|magazine|newspaper|bulletin)\b", re.I)
FREQUENCY_RE = re.compile(
    r"\b(?:(?:бір|екі|үш|төрт|алты)\s+айда\s+бір\s+рет|айына\s+\S+\s+рет|жылына\s+\S+\s+рет|тоқсан\s+сайын"
    r"|раз\s+в\s+(?:квартал|месяц|год|полгода|неделю|(?:два|три|шесть)\s+месяца)|ежеквартальн\w*|ежемесячн\w*"
    r"|еженедельн\w*|quarterly|monthly|bi-?monthly|bi-?annual\w*|semi-?annual\w*|twice\s+a\s+year)",
    re.IGNORECASE,
)
# A byline naming no person: the outlet's staff or correspondent ("UNIPATH STAFF", "Staff Writer", "Наш
# корреспондент", "Айқын тілшісі").
STAFF_BYLINE_RE = re.compile(
    r"^(?:\S+\s+){0,3}(?:staff(?:\s+(?:writers?|reporters?|report))?|correspondents?|reporters?|редакция"
    r"|корреспондент\w*|тілшіс[іи]|тілшілері)\s*$",
    re.IGNORECASE,
)
# A periodical's name with the number of its issue closing the line: "KinoKultura: Issue 27 (2010)", "Вестник КазНУ,
# Том 3, № 2": the masthead over an article, not its title.
ISSUE_CLOSING_RE = re.compile(
    r"\b(?:Issue|Vol\.?|Volume|No\.|Выпуск|Вып\.|Том|№|Nº|Шығарылым|Сан)\s*\d{1,4}(?:[\s,.():/–-]|No\.|№|Issue|\d)*$",
    re.IGNORECASE,
)
MAX_ISSUE_LINE_WORDS = 8
# Where the text was printed, as a repository's or a proceedings' note: "Статья опубликована в рамках: XCII
# Международной … конференции", "Published in: …", "Опубликовано в журнале …", "Мақала … жарияланды".
PUBLISHED_IN_RE = re.compile(
    r"^\s*(?=[pжмос])(?:(?:Статья|Материал)\s+)?(?:опубликован[аоы]?\s+(?:в\s+рамках|в\s+(?:журнале|сборнике|выпуске))"
    r"|Published\s+in\s*:|Опубликовано\s*:|Жарияланған\s+(?:журнал|жинақ)\w*)",
    re.IGNORECASE,
)
# A citation of the periodical the text is in, closed by its page range: "Acta Slavica Iaponica, Tomus 27 (2009),
# pp. 77‒101", "Вестник …, 2019, № 2, С. 45-56": where the text stands, not its title.
PAGE_RANGE_END_RE = re.compile(r"(?:\bpp?\.|\b[СсБб]\.|\bPages?)\s*\d{1,4}\s*[-‐‒–—]\s*\d{1,4}\.?$")
# A periodical's name opening the line, its publisher after a comma ("Journal of Slavic Research Center, Hokkaido
# University", "Вестник КазНУ, Алматы"): the masthead, not an article's title.
PERIODICAL_OPENING_RE = re.compile(r"^\s*(?:(?:The\s+)?Journal\s+of|Вестник|Известия|Хабаршы(?:сы)?)\s")
# A repository's or a shop's labels of an item's parts: "E-Book Overview", "E-Book Content", "Book Description",
# "Краткое описание", "Описание", "Қысқаша сипаттама", "Қысқаша".
PART_LABEL_RE = re.compile(
    r"^\s*(?:(?:E-?Book|Book|Item|Product)\s+(?:Overview|Content|Description|Details)|(?:Краткое\s+|Полное\s+)?описание"
    r"(?:\s+(?:книги|статьи|работы))?|Қысқаша(?:\s+сипаттама(?:сы)?)?|Сипаттама(?:сы)?"
    # A lecture's or a lesson's summary: "Краткое содержание темы (тезисы)", "Қысқаша мазмұны".
    r"|Краткое\s+содержание(?:\s+(?:темы|лекции|урока|статьи|книги))?(?:\s*\(тезисы\))?|Қысқаша\s+мазмұны)\s*:?\s*$",
    re.IGNORECASE,
)

# A programme's or a project's credit: what the text is a part or a version of, not what it says ("«Алаш айнасы»
# газеті мен Қазақ радиосының бірлескен жобасы", "«Айтөбел» хабарының жазбаша нұсқасы", "Совместный проект …",
# "Текстовая версия программы …", "A joint project of …", "Transcript of the programme …").
PROGRAMME_CREDIT_RE = re.compile(
    r"\b(?:бірлескен|арнайы)\s+жобасы\s*$|\b(?:хабарының|бағдарламасының)\s+(?:жазбаша|мәтіндік)\s+нұсқасы\s*$"
    r"|^(?:Совместный|Специальный)\s+проект\s|^Текстов\w+\s+верси\w+\s+(?:программы|передачи|эфира)\b"
    r"|^(?:A\s+)?(?:joint|special)\s+project\s+(?:of|by)\s|^(?:Transcript|Text\s+version)\s+of\s+the\s+(?:programme|program|show)\b",
    re.IGNORECASE,
)
# A time of day's range: a broadcast's or an event's slot ("сағат 14:05-15:00", "с 10.00 до 12.00" aside).
TIME_RANGE_RE = re.compile(r"\b[0-2]?\d:[0-5]\d\s*[-–—]\s*[0-2]?\d:[0-5]\d\b")
# A lead introducing an interview's guest: "Собеседником … стал министр …", "Гостем программы … стал …", "Our guest
# is …", "Біздің қонағымыз …": a sentence about the conversation (a long line), not its headline.
GUEST_LEAD_RE = re.compile(
    r"^(?:Собеседником|Гостем|Гостьей|В\s+гостях\s+у|Our\s+guest|The\s+guest\s+of|Біздің\s+қонағымыз|Қонағымыз)\s",
    re.IGNORECASE,
)
MIN_LEAD_SENTENCE_WORDS = 12
# A lecture's, a lesson's or a study's aim, labelled: "Цель лекции - Обозначить …", "Сабақтың мақсаты: …", "Aim of
# the lesson: …": a teaching plan's item under its title, not the title.
AIM_LABEL_RE = re.compile(
    r"^(?:Цел[ьи]|Задачи)\s+(?:лекции|урока|занятия|семинара)\s*[-–—:]|^(?:Сабақтың|Дәрістің)\s+(?:мақсаты|міндеттері)\s*[-–—:]"
    r"|^(?:Aims?|Objectives?|Goals?)\s+of\s+the\s+(?:lecture|lesson|seminar)\s*[-–—:]",
    re.IGNORECASE,
)


def not_a_title(text: str) -> bool:
    """A line that heads a part of a text, lists its contents, or was cut mid-phrase: never the text's title."""
    stripped = text.strip()
    # The patterns searched for end the line: its last character is tested first (most lines end otherwise).
    return bool(
        SECTION_HEADING_RE.match(stripped)
        or (stripped[-1:].isdecimal() and CONTENTS_ENTRY_RE.search(stripped))
        or OUTLINE_RE.match(stripped)
        # A phrase cut at a dash; a title in capitals goes on.
        or (stripped.endswith(DASHES) and CUT_AT_DASH_RE.search(stripped) and not stripped.isupper())
        or ANAPHORIC_OPENING_RE.match(stripped)
        or LABELLED_DATE_RE.match(stripped)
        or CREDIT_LINE_RE.match(stripped)
        or STAFF_BYLINE_RE.match(stripped)
        or (len(stripped.split()) <= MAX_ISSUE_LINE_WORDS and ISSUE_CLOSING_RE.search(stripped))
        or (PERIODICAL_RE.search(stripped) and FREQUENCY_RE.search(stripped))
        or PUBLISHED_IN_RE.match(stripped)
        or ((stripped[-1:].isdecimal() or stripped.endswith(".")) and PAGE_RANGE_END_RE.search(stripped))
        or PART_LABEL_RE.match(stripped)
        or PROGRAMME_CREDIT_RE.search(stripped)
        or AIM_LABEL_RE.match(stripped)
        or (":" in stripped and TIME_RANGE_RE.search(stripped))
        or (GUEST_LEAD_RE.match(stripped) and len(stripped.split()) >= MIN_LEAD_SENTENCE_WORDS)
        or (PERIODICAL_OPENING_RE.match(stripped) and "," in stripped and cues.INSTITUTION_RE.search(stripped))
        or (
            stripped.count(",") >= MIN_ADDRESS_COMMAS
            and POSTAL_CODE_RE.search(stripped)
            and cues.INSTITUTION_RE.search(stripped)
        )
    )


def cut_before(next_text: str) -> bool:
    """The next line of text goes on with a small joining word: the line above it is part of a phrase."""
    return bool(JOINING_OPENING_RE.match(next_text.strip()))


def over_contents(text: str, next_text: str) -> bool:
    """A short line right above a contents page's or a plan's heading: the work's title, even with a full stop
    ("Халықаралық қатынастар: белгілері, негізгі бағыттары." / "Жоспары:")."""
    stripped = text.strip()
    return (
        bool(CONTENTS_HEADING_RE.match(next_text))
        and 2 <= len(stripped.split()) <= MAX_TITLE_OVER_CONTENTS_WORDS
        and stripped[:1].isupper()
        and not not_a_title(stripped)
    )


def fold_spacing(text: str) -> str:
    """A line's text in lower case with its spaces folded to one: to tell the same words printed again."""
    return " ".join(text.casefold().split())


def fold_printing(text: str) -> str:
    """A title's text with its dashes and quote marks folded: a portal prints one headline with "–" and "-"."""
    return fold_spacing(text.translate(PRINTING))


def without_updated_note(text: str) -> str:
    """The line without an "Updated" note ending it ("… Дополнено"): the line's end is searched first, not the
    whole line (a paragraph, often), as the note is rare."""
    end = text.rstrip()[-(MAX_UPDATED_WORD_CHARS + 1) :]  # the word and a space before it
    return cues.UPDATED_SUFFIX_RE.sub("", text) if cues.UPDATED_SUFFIX_RE.search(end) else text


def without_media_note(text: str) -> str:
    """The headline without a note on its photos or video after it, or on the kind of a student's work."""
    # The note is in brackets at the line's end: most lines have none.
    noted = MEDIA_NOTE_RE.sub("", text) if text.rstrip().endswith(")") else text
    kind = WORK_KIND_END_RE.search(noted.rstrip()[-MAX_WORK_KIND_END_CHARS:])
    stripped = WORK_KIND_RE.sub("", noted) if kind else noted
    if stripped == text:
        return text  # nothing removed (a paragraph is not split into words)
    return stripped if len(stripped.split()) >= 2 else text


def without_foreign_site(title: str) -> str:
    """A headline without a site's name after a bar ("… | Site"), or a Cyrillic headline without the site's name
    in Latin capitalised words after a dash ("Куда движется Центральная Азия — Carnegie Endowment for …")."""
    barred = BAR_SITE_SUFFIX_RE.search(title)
    site_words = len(barred.group(0).replace("|", " ").split()) if barred else 0
    if barred and site_words <= MAX_SITE_WORDS and len(title[: barred.start()].split()) >= MIN_HEADLINE_WORDS:
        return title[: barred.start()].strip()  # "… | Site": a bar parts no headline's words, it adds a site's name
    match = LATIN_SITE_SUFFIX_RE.search(title)
    if not match:
        return title
    prefix = title[: match.start()]
    cyrillic = sum("а" <= c.casefold() <= "я" or c in "әғқңөұүһіё" for c in prefix.casefold())
    letters = sum(c.isalpha() for c in prefix)
    words = match.group("site").split()
    capitalised = all(w[0].isupper() or w.casefold() in _SMALL_LATIN_WORDS for w in words)
    if len(prefix.split()) >= 2 and letters and cyrillic >= 0.9 * letters and capitalised:
        return prefix.strip()
    return title


def json_record_title(text: str) -> str | None:
    """The title of a raw JSON record a page returned as text ({"title":"…","authors":…})."""
    match = JSON_TITLE_RE.match(text)
    if not match:
        return None
    try:
        title = json.loads(match.group(1))
    except ValueError:
        return None
    return " ".join(title.split()) or None if isinstance(title, str) else None


# A deck naming the interview under its headline: "Interview with Deputy Minister …", "Интервью с послом …".
INTERVIEW_DECK_RE = re.compile(r"^\s*(?:An?\s+)?(?:Interview\s+with|Интервью\s+с|Беседа\s+с|Сұхбат\s*:)\s", re.I)
MAX_TAG_WORDS = 3
MIN_LEAD_WORDS = 8
MAX_LEAD_CHARS = 160


def placement_features(
    rank: int, text: str, above: tuple[int, str] | None, before: int | None, after: str, twice: bool = False
) -> dict[str, bool]:
    """What a candidate's place says: a deck or a tag under a headline, a line over a lead. `above` is the
    candidate before it, `before` the index of the non-blank line above it, `after` the sentence under it (or
    ""), `twice` that the page prints it twice (its own title, as the page's title and as its heading)."""
    words = after.split()
    return {
        # The section the text is filed under, over its headline (kept a candidate: a byline may follow).
        "section_path": "/" in text and bool(SECTION_PATH_RE.match(text)),
        # The headline stands above its deck (a page's own title "Интервью с …" it prints twice).
        "interview_deck": bool(rank and INTERVIEW_DECK_RE.match(text)) and not twice,
        # A rubric or a tag right under the headline ("Совет Европы").
        "tag_under_headline": above is not None
        and before == above[0]
        and len(text.split()) <= MAX_TAG_WORDS < len(above[1].split()),
        # A short lead of full sentences under a headline (a long one counts as prose already).
        "short_lead_under": len(words) >= MIN_LEAD_WORDS and after.endswith((".", "!")) and len(after) < MAX_LEAD_CHARS,
    }


def settled_title(
    candidates: list[tuple[int, str]], lines_text: list[str], index: int, title: str, continued: dict[int, list[int]]
) -> tuple[int, str]:
    """The chosen title as the page prints it first (a portal prints its headline two or three times, with a
    hyphen for a dash), or whole where the line above it begins it and the page glues both on another line
    ("Әл-Фараби атындағы … университетінің" / "Халықаралық … 25 жыл", once more as "…университетініңХалықаралық …")."""
    key = fold_printing(title)
    first = next(((i, text) for i, text in candidates if fold_printing(text) == key), (index, title))
    if first[0] < index:
        return first
    rank = next((r for r, (i, _) in enumerate(candidates) if i == index), 0)
    if rank:
        above_index, above = candidates[rank - 1]
        between = lines_text[above_index + 1 : index]
        glued = "".join(f"{above}{title}".split()).casefold()
        if not any(t.strip() for t in between) and any(
            "".join(t.split()).casefold() == glued for i, t in enumerate(lines_text) if i not in (above_index, index)
        ):
            continued.setdefault(above_index, []).append(index)
            return above_index, f"{above} {title}"
    return index, title


def site_name_after(title: str, headline: str, page: Sequence[str] = ()) -> bool:
    """`title` is `headline` with a site's name after it: after a dash or a bar ("… - Kazinform", "… | Vlast.kz"),
    or glued on by a space as one to three capitalised words the page prints elsewhere too ("… на международном
    уровне Спектр" over "Сайт «Спектра» …"): an English headline in title case ends on capitalised words of its
    own ("… Sign New Trade Deal Today"), so capitals alone do not make a site's name."""
    if len(headline.split()) < MIN_HEADLINE_WORDS or not title.startswith(headline) or len(title) == len(headline):
        return False
    tail = title[len(headline) :]
    separated = SITE_SEPARATOR_RE.match(tail)
    if separated:
        return 0 < len(tail[separated.end() :].split()) <= MAX_SITE_WORDS
    if headline.isupper():
        return False  # a title in capitals cut by a line break: its next words are in capitals too
    words = tail.split()
    if not (
        tail[:1].isspace()
        and 0 < len(words) <= MAX_MASTHEAD_WORDS
        and all(word[:1].isupper() and word.isalpha() for word in words)
    ):
        return False
    name = " ".join(words).casefold()
    return any(name in line.casefold() for line in page if headline not in line)


def quoted_masthead(text: str) -> bool:
    """A name of a few words wholly in quotes: a newspaper's masthead ("«Soltüstık Qazaqstan»", "\"Караван\""),
    not a headline, which says something about its subject."""
    stripped = text.strip()
    closer = QUOTE_PAIRS.get(stripped[:1])
    return (
        closer is not None
        and stripped.endswith(closer)
        and closer not in stripped[1:-1]
        and len(stripped.split()) <= MAX_MASTHEAD_WORDS
    )


def inside_wrapped_prose(lines: list[str], index: int) -> bool:
    """A line inside a paragraph a page broke by hard line breaks: the line right above it goes on from a line
    before (it opens in lower case), or ends mid-phrase under yet another line of the same paragraph
    ("делегацией в Астане." / "Китайская делегация во главе с председателем КНР Ху" / "Цзиньтао находится …")."""
    above = lines[index - 1].strip() if index > 0 else ""
    if len(above) < MIN_BLOCK_LINE_CHARS:
        return False
    if ADDRESS_OR_LABEL_RE.search(above):
        return False  # a label's line or a web address ("journal homepage: www.…") is no line of prose
    if above.split()[0].rstrip(",;.").isalpha() and above[0].islower():  # not a label ("e-mail: …")
        return True
    higher = lines[index - 2].strip() if index > 1 else ""
    return above[-1].islower() and len(higher) >= MIN_BLOCK_LINE_CHARS
