"""Whether an item is whole: its head present, its last sentence finished under the page's own tail.

The gold conventions (fixtures/devset/README.md, `is_fragment`): an item is cut when the excerpt ends inside
a word or a sentence, or when its head (headline, title) is missing; it is whole when it ends at a natural
boundary, and the site's furniture after its last sentence (share buttons, tags, credits, counters, a
signature) does not cut it.
"""

from __future__ import annotations

import re

from articles.ingest import cues
from articles.ingest.bylines import names_in
from articles.ingest.news import BOILERPLATE_START_RE
from articles.ingest.repair import ends_sentence
from articles.ingest.titles import is_furniture

NOTE_NO_HEAD = "The item's head (its headline or title) is missing from the text."
NOTE_UNANSWERED = "The interview ends on a question: the answer to it is missing from the text."
NOTE_ONLY_INTRODUCTION = "Only the beginning of the article's body (its introduction) is in the text."

# Lines a page prints under its item, in the three languages: buttons, an empty tags label, a comment or view
# counter, a rubric with the time of another item, credits of the photo or source in any case.
TAIL_FURNITURE_RE = re.compile(
    r"^(?:(?:Share|Поделиться|Бөлісу)\s*[|:]?|Back\s+to\s+top|Наверх|Жоғары|Terms\s+of\s+(?:Use|Service)"
    r"|Privacy\s+Policy|Cite\s+this|Published\s+Version|Print|Печать|Комментари[йи]|Comments?"
    r"|(?:Tags|Теги|Тэги|Тегтер|Tegter|Кілт\s+сөздер|Ключевые\s+слова)\s*:?"
    r"|\d[\d\s]{0,8}\s+(?:\w+\s*){1,2}"  # "0 коментарии", "335 ret kórsetildi"
    r"|(?:photo|фото|сурет|source|источник|дереккөз)\s*:.{0,80}"
    r"|[^•|]{2,40}\s[•|]\s.{0,40}\b\d{1,2}:\d{2})$",  # "Qoǵam • Búgin, 17:38": a list's rubric and time
    re.IGNORECASE,
)
MIN_FURNITURE_CHARS = 3
MAX_SIGNATURE_WORDS = 5  # "Rýslan IZIMOV," / "saıasattanýshy"; "GSV \"Russia - Islamic world\""
MAX_SIGNATURE_LINES = 2
# An agency's credit glued after the last sentence on its line, its name an acronym ("… gas reserves. AKI Press",
# "… the ministry said. TASS"): a cut sentence does not go on with a word in capitals alone.
TRAILING_AGENCY_RE = re.compile(r"(?<=[.!?…»\"”])\s+[A-Z]{2,}(?:[\s-][A-Z][A-Za-z]+)?$")
MARKUP_INITIALS_RE = re.compile(r"\s*<[^\W\d_]{2,5}>\s*$")  # a think tank's "<wol>" after the last sentence
TRAILING_LABEL_RE = re.compile(
    r"(?<=[.!?…])\s+(?:Guests|Гости|Қонақтар|Tags|Теги|Тегтер|Source|Источник|Дереккөз)\s*:\s*[^.!?]{1,150}$",
    re.IGNORECASE,
)
# Lines where a page's own tail begins under its item, in the three languages: a comment box ("Комментариев пока
# нет", "Be the first to comment"), a call to share or to follow the site on a social network ("Поделитесь с
# друзьями", "Біздің Instagram парақшамызға жазылыңыз"), the site engine's credit ("Powered by …"), a link to
# download the full paper under its summary. Whatever follows such a line (other items' teasers, a cut line of the
# box) is the page's, not the item's.
TAIL_START_RE = re.compile(
    r"^(?:Комментари(?:ев|и)\s+(?:пока\s+)?(?:нет|отсутствуют)|Нет\s+комментариев|No\s+comments(?:\s+yet)?"
    r"|Пікірлер\s+(?:жоқ|әлі\s+жоқ)|Будьте\s+первым,?\s+кто\s+оставит\s+комментарий|Be\s+the\s+first\s+to\s+comment"
    r"|(?:Оставить|Добавить|Написать)\s+комментарий|Leave\s+a\s+(?:comment|reply)|Пікір\s+(?:қалдыру|жазу)"
    r"|Поделитесь(?:\s+(?:с\s+друзьями|в\s+соцсетях|новостью|статьей|статьёй))?"
    # "Share the news:", "Share this article", "Share with your friend now:": a call to share, in any wording.
    r"|Share\s+(?:this|the\s+(?:news|article|story|post)|with\s+(?:your\s+)?friends?)\b.{0,20}"
    r"|Достарыңызбен\s+бөлісіңіз|Powered\s+by\s+.{2,40}|Download\s+the\s+full\s+(?:analysis|paper|article|report|text)"
    # A list of other items under its label alone ("Читайте также:" on a line of its own; inside a text the label
    # goes on with the linked headline), the prompt to report a typo ("… выделите его и нажмите Ctrl+Enter").
    r"|(?:Читайте|Смотрите)\s+также|Read\s+(?:also|more)|See\s+also|(?:Тағы|Сондай-ақ)\s+оқыңыз|.{0,80}Ctrl\s*\+\s*Enter.{0,40}"
    r")\s*[.!:]?$",
    re.IGNORECASE,
)
# A short line sending the reader to the site's page on a social network: "Подписывайтесь на наш Telegram-канал".
SOCIAL_RE = re.compile(
    r"\b(?:Facebook|Instagram|Telegram|YouTube|WhatsApp|Twitter|TikTok|ВКонтакте|Одноклассники|Телеграм)", re.IGNORECASE
)
MAX_SOCIAL_WORDS = 8
TAIL_SCAN_LINES = 12  # the last lines of a text where a page's tail begins
INTRODUCTION_RE = re.compile(r"^\s*(?:\d\.?\s*)?(?:Введение|Кіріспе|Introduction)\s*\.?\s*$", re.IGNORECASE)
ENDING_RE = re.compile(
    r"^\s*(?:\d\.?\s*)?(?:Заключение|Выводы|Қорытынды|Conclusions?|References|Литература|Список\s+литературы"
    r"|Әдебиеттер(?:\s+тізімі)?)\s*:?\s*$",
    re.IGNORECASE,
)


def _tail_furniture(text: str) -> bool:
    # A letter or two alone at the end is a word the excerpt cut ("По", "O"), not a page's button.
    return len(text) >= MIN_FURNITURE_CHARS and bool(
        is_furniture(text) or TAIL_FURNITURE_RE.match(text) or cues.SOURCE_CREDIT_RE.match(text)
    )


def _tail_start(text: str) -> bool:
    if TAIL_START_RE.match(text):
        return True
    # A line of a few words naming a network, without a sentence's stop: a prompt, not the item's sentence.
    return len(text.split()) <= MAX_SOCIAL_WORDS and not ends_sentence(text) and bool(SOCIAL_RE.search(text))


def _signature(block: list[str], after_furniture: bool) -> bool:
    """Short lines that sign an item: a name (with its post under it), initials, or, above the page's own
    furniture, any short unfinished line (a desk's name)."""
    if not block or any(len(line.split()) > MAX_SIGNATURE_WORDS or ends_sentence(line) for line in block):
        return False
    return after_furniture or bool(names_in(block[0].rstrip(",")))


# A source's or an agency's name credited in Latin letters under a text in Cyrillic ("Azattyq", "Kazinform"): a word
# the excerpt cut would be in the text's own script.
LATIN_CREDIT_RE = re.compile(r"[A-Z][A-Za-z'’.&-]*(?:\s+[A-Z][A-Za-z'’.&-]*){0,2}")
CYRILLIC_RE = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)
LETTER_RE = re.compile(r"[^\W\d_]")
MIN_CYRILLIC_SHARE = 0.8


def _credit_in_latin(text: str, above: str) -> bool:
    """A short line of capitalised Latin words under a finished sentence in Cyrillic."""
    if not LATIN_CREDIT_RE.fullmatch(text) or ends_sentence(text) or not ends_sentence(above):
        return False
    letters = len(LETTER_RE.findall(above))
    return bool(letters) and len(CYRILLIC_RE.findall(above)) >= MIN_CYRILLIC_SHARE * letters


def ends_item(texts: list[str]) -> bool:
    """The item's last sentence is finished, under whatever the page prints after it: the lines of a site's
    tail, a signature, a labelled list of guests or tags, initials in angle brackets."""
    nonblank = [text for text in texts if text.strip()]
    normalized: dict[int, str] = {}

    def line(index: int) -> str:
        # Only the last lines are read: their spaces are made single as they are, not the whole page's.
        if index not in normalized:
            normalized[index] = " ".join(nonblank[index].split())
        return normalized[index]

    end = len(nonblank)
    # The last line that starts the page's tail among the text's last lines: the item ends above it.
    for index in range(len(nonblank) - 1, max(0, len(nonblank) - TAIL_SCAN_LINES), -1):
        if _tail_start(line(index)):
            end = index
            break
    while end and (
        _tail_furniture(line(end - 1)) or _tail_start(line(end - 1)) or BOILERPLATE_START_RE.match(line(end - 1))
    ):
        end -= 1
    if end > 1 and _credit_in_latin(line(end - 1), line(end - 2)):
        end -= 1
    stripped = end < len(nonblank)
    for size in range(MAX_SIGNATURE_LINES, 0, -1):
        if end - size > 0 and _signature([line(index) for index in range(end - size, end)], stripped):
            end -= size
            break
    if not end:
        return False
    last = MARKUP_INITIALS_RE.sub("", TRAILING_AGENCY_RE.sub("", TRAILING_LABEL_RE.sub("", line(end - 1))))
    return ends_sentence(last) and (end < len(nonblank) or last != line(end - 1))


def only_introduction(texts: list[str], references: bool) -> bool:
    """An article whose body opens with its introduction and shows no later section: the rest is cut."""
    if references:
        return False
    introduced = any(INTRODUCTION_RE.match(text) for text in texts)
    return introduced and not any(ENDING_RE.match(text) for text in texts)


QUESTION_ENDS = ("?", "؟", "?»", '?"')  # the Arabic question mark ends questions in the Kazakh Arabic script
MAX_QUESTION_SENTENCE_ENDS = 1


def unanswered_question(last: str, kind: str | None) -> bool:
    """An interview whose last paragraph is the interviewer's question (a turn "- What are the odds …?", or a
    question alone): its answer is cut off. A column or a report may end on a question it leaves to the reader;
    an interview asks to be answered."""
    stripped = last.strip()
    if kind != "interview" or not stripped.endswith(QUESTION_ENDS):
        return False
    # One or two sentences, the last a question: a question, not an answer that ends on a rhetorical one.
    return cues.QA_TURN_RE.match(stripped) is not None or (
        len(re.findall(r"[.!?]\s+\S", stripped)) <= MAX_QUESTION_SENTENCE_ENDS
    )
