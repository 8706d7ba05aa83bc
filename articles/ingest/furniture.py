"""Site furniture no title is made of: language switchers, a site's name spelling out its acronym, a blog
platform's tagline and archive labels, access buttons ("Published Version", "Full text", "Скачать PDF")."""

from __future__ import annotations

import re

# Language names and codes a page's language switcher offers; "Pyc" is "Рус" typed in Latin look-alikes.
_LANGUAGE = (
    r"(?:Eng?|English|Engl|Рус|Pyc|Rus|Ru|Русский|Русская\s+версия|Қаз|Каз|Kaz|Kz|Kk|Қазақша|Қазақ|Казахский"
    r"|Qaz|Qazaq|Қазақ\s+тілі|Кыр|Kg|Ky|Кыргызча|Uz|Ўзб|O'zb|Deutsch|De|Fr|Français|中文|Zh)"
)
# What joins the items of a site's bar: "Eng | Рус", "Telegram · YouTube".
_SEP = "[|/•·,]"
LANGUAGE_SWITCHER_RE = re.compile(rf"^\s*{_LANGUAGE}(?:\s*{_SEP}\s*{_LANGUAGE}|\s+{_LANGUAGE}){{1,5}}\s*$", re.I)
# What a blog platform prints on every page: its default tagline, a tag's or a category's archive title.
PLATFORM_RE = re.compile(
    r"^\s*(?:Just\s+another\s+\S*\s*(?:site|weblog|blog)\b.*|(?:Posts|Articles|Entries)\s+(?:tagged|in\s+category)\b.*"
    r"|(?:Tag|Category)\s+Archives?\s*:.*|Записи\s+(?:с\s+меткой|в\s+рубрике)\b.*|Архив\s+(?:метки|рубрики)\b.*"
    # A journal portal's archive heading: "Архив статей журнала", "Archive of issues", "Мақалалар мұрағаты".
    r"|Архив\s+(?:статей|номеров|выпусков|журнала)(?:\s+журнала)?|(?:Journal|Articles?|Issues?)\s+archives?"
    r"|Archives?\s+of\s+(?:the\s+)?(?:articles|issues|the\s+journal)|(?:Мақалалар|Журнал|Сандар)\s+мұрағаты"
    r"|Powered\s+by\s+\S+.*"
    # A listing's heading: "Latest Publications", "Most cited articles", "Последние публикации".
    r"|(?:Latest|Recent|Popular|Most\s+(?:read|viewed|cited))\s+(?:publications|articles|papers|issues)"
    r"|(?:Последние|Новые|Популярные)\s+(?:публикации|статьи|выпуски)|Соңғы\s+(?:жарияланымдар|мақалалар|сандар)"
    # A journal's publisher named under its name on an aggregator's page ("Published By … University").
    r"|Published\s+by\s+[A-Z]\S*.*|Publisher\s*:.*|Издатель\s*:.*|Баспагер(?:і)?\s*:.*)$",
    re.IGNORECASE,
)
# Buttons and version labels of a repository's or a journal's page, in en, ru and kk.
ACCESS_RE = re.compile(
    r"^\s*(?:Published\s+Version|Accepted\s+(?:Version|Manuscript)|Author'?s?\s+Version|Preprint|Full[\s-]+text"
    r"(?:\s+(?:PDF|HTML))?|(?:Download|View|Open)\s+(?:PDF|full[\s-]+text|article)(?:\s*\(.*\))?|PDF\s*\(.*\)"
    r"|(?:Download|Скачать|Жүктеу)\s+[«\"“][^«»\"“”]+[»\"”]"  # a button naming the file: 'Download "Vol. 32 …"'
    r"|HTML|Abstract\s+views?\s*:?.*|Полный\s+текст(?:\s+статьи)?(?:\s*\(?PDF\)?)?|Скачать\s+(?:PDF|статью|файл|книг\w*|сборник\w*).*"
    r"|Открыть\s+PDF|Толық\s+мәтін(?:\s*\(?PDF\)?)?|PDF\s+жүктеу|Жүктеп\s+алу|Версия\s+для\s+печати"
    r"|.{0,40}\bPDF\b.{0,10}:\s*(?:Download|Скачать|Жүктеу|Жүктеп\s+алу)"  # "Publication text (PDF):Download"
    r"|Басып\s+шығару(?:\s+нұсқасы)?|Rights\s+(?:&|and)\s+Permissions|.*\[?Opens\s+in\s+a\s+new\s+(?:window|tab)\]?)\s*$",
    re.IGNORECASE,
)
# A bare host name standing alone: a photo's or a story's source ("khabar.kz", "www.inform.kz").
BARE_DOMAIN_RE = re.compile(r"^\s*(?:https?://)?(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,6}/?\s*$", re.IGNORECASE)
# Links run together by a page's text extraction: a small letter glued to the capital of the next link
# ("issue2Bank-Specific … in VietnamForeign Direct …author indexsubject index").
GLUED_LINK_RE = re.compile(r"[a-zа-яё\d][A-ZА-ЯЁ][a-zа-яё]")
MIN_GLUED_LINKS = 2
GLUED_LINKS_RE = re.compile(".*?".join([GLUED_LINK_RE.pattern] * MIN_GLUED_LINKS))
_SMALL_WORDS = {"of", "and", "the", "for", "in", "on", "de", "y", "и", "по", "для", "мен", "және"}
MIN_ACRONYM_LETTERS = 3
# One word, then its expansion after a dash, a bar or in brackets (or the other way round).
ACRONYM_SHAPE_RE = re.compile(r"^\s*\S+(?:\s+[-–—:|]\s+|\s*\()|(?:\s+[-–—:|]\s+|\()\s*\S+\s*\)?\s*$")
_ACRONYM_MARKS = frozenset("-–—:|(")  # every shape above has one of them
ACRONYM_SPLIT_RE = re.compile(r"\s+[-–—:|]\s+|\s*\(\s*|\s*\)\s*$")  # the two sides of such a line
# A cover picture's caption or alt text: "TRAMES cover", "Journal cover", "Обложка журнала", "Журнал мұқабасы".
COVER_RE = re.compile(
    r"^\s*(?:(?:\S+\s+){0,3}(?:cover|обложка|мұқаба(?:сы)?)|(?:Cover|Обложка|Мұқаба)(?:\s+\S+){0,3})\s*$", re.IGNORECASE
)
# Indexing and accreditation on a journal's masthead: '"Перечень" ВАК', "ИФ РИНЦ = 1,006", "Indexed in Scopus".
INDEXING_RE = re.compile(
    r"\b(?:ВАК|РИНЦ|Scopus|Web\s+of\s+Science|ККСОН|КОКСНВО|ҚҚСЖҚК|ИФ|Impact\s+Factor|Импакт-?фактор\w*)\b",
    re.IGNORECASE,
)
MAX_INDEXING_WORDS = 5
# A button of a page's tool bar in square brackets: "[ UP ]", "[Report a bug]", "[Manage cookies]".
BUTTON_RE = re.compile(r"\[\s*[^\W\d_][^\[\]]{0,30}?\s*\]")
MAX_BUTTON_LABEL_WORDS = 4  # "Location via proxy:" before its button
MAX_FURNITURE_CHARS = 120  # a button, a switcher or a site's name is short; a row of links may be long


# A site's interface in en, ru and kk: links that skip to the content, buttons to add or search, the boxes of
# related items, a repository's upload notes, a paywall's offers ("Skip to main content", "Добавить новость",
# "Искать по теме", "Жаңалық қосу", "Content uploaded by …", "Access this chapter", "Price excludes VAT").
INTERFACE_RE = re.compile(
    r"^\s*(?:Skip\s+(?:to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|search)|navigation)|Jump\s+to\s+(?:main\s+)?content"
    r"|Перейти\s+к\s+(?:основному\s+)?(?:содержанию|контенту|содержимому|навигации)|Негізгі\s+(?:мазмұнға|бетке)\s+өту"
    r"|Мазмұнға\s+өту|(?:Add|Submit|Post)\s+(?:a\s+|your\s+)?(?:news|story|article|comment|post)"
    r"|(?:Добавить|Предложить|Прислать)\s+(?:новость|статью|комментарий|материал|запись)"
    r"|(?:Жаңалық|Мақала|Пікір|Материал)\s+(?:қосу|қалдыру|жіберу|ұсыну)"
    r"|(?:Leave\s+a\s+(?:comment|reply)|Оставить\s+комментарий|Оставьте\s+комментарий)"
    r"|(?:Search|Find)\s+(?:by\s+(?:topic|tag|subject)|(?:related|similar)\s+(?:articles|posts|news))"
    r"|(?:Искать|Поиск)\s+(?:по\s+(?:теме|тегу|рубрике|сайту)|похожих\s+\w+)|Тақырып\s+бойынша\s+іздеу"
    r"|(?:Статьи|Новости|Материалы|Публикации)\s+по\s+теме|(?:Похожие|Связанные)\s+(?:статьи|новости|материалы)"
    r"|(?:Related|Similar|More)\s+(?:articles|posts|stories|news)|Тақырыптас\s+(?:мақалалар|жаңалықтар)"
    r"|Ұқсас\s+(?:мақалалар|жаңалықтар)|(?:Content|Full[\s-]text)\s+uploaded\s+by\b.*|Author\s+content"
    r"|All\s+content\s+in\s+this\s+area\s+was\s+uploaded\s+by\b.*|Content\s+may\s+be\s+subject\s+to\s+copyright\.?"
    r"|Access\s+this\s+(?:chapter|article|book|content)|Price\s+excludes\s+VAT.*|Buy\s+(?:this\s+)?(?:article|chapter|book)"
    r"|Log\s+in\s+via\s+an\s+institution.*"
    # A button to rate, share or print the item: "Оценить статью", "Поделиться статьей", "Share this article".
    r"|(?:Оценить|Поделиться|Распечатать|Rate|Share|Print)\s+(?:эту\s+|this\s+)?(?:стать\w+|новост\w+|материал\w*|article|story|post)"
    r"|(?:Мақаланы|Жаңалықты)\s+(?:бағалау|бағалаңыз|бөлісу)|PDF\s+(?:көрінісі|view|viewer|просмотр)|Просмотр\s+PDF)\s*$",
    re.IGNORECASE,
)
# A newspaper's or a magazine's masthead: its kind and its name in quotes ('Газета "Наш Мир"', '«Айқын» газеті',
# "Блог сайта «…»", 'Newspaper "…"').
MASTHEAD_RE = re.compile(
    r"^\s*(?:(?:Газета|Журнал|Еженедельник|Newspaper|Magazine|Блог\s+сайта|Сайт)\s+[«\"“„][^«»\"“”]{1,40}[»\"”]"
    r"|[«\"“„][^«»\"“”]{1,40}[»\"”]\s+(?:газеті|журналы|апталығы|newspaper|magazine))\s*$",
    re.IGNORECASE,
)
# A broken piece of markup the page's text kept: a tag that lost its "<" ("Газета «…» br>") or its ">"
# ("<br"); well-formed inline markup ("<b>ЕАЭС</b>") is text the importer keeps inert, not a broken line.
MARKUP_RE = re.compile(r"(?:^|[^<\w/])(?:br|p|div|span)\s*/?>|<(?:br|p|div|span)\b[^>]*$", re.IGNORECASE)
# A site's call on its readers to send it news: "Звоните, если вы стали очевидцем …", "Send us your story",
# "Хабарласыңыз, егер …": the site's own line, however long the sentence after the verb.
READER_CALL_RE = re.compile(
    r"^\s*(?:Звоните|Пишите|Присылайте|Сообщайте|Сообщите\s+нам|Call\s+us|Write\s+to\s+us|Send\s+us|Tell\s+us"
    r"|Хабарласыңыз|Қоңырау\s+шалыңыз|Жазыңыз|Жіберіңіз)\b[,:]?\s",
    re.IGNORECASE,
)
# A breadcrumb whose parts an arrow parts: "Учеба  ->  Среднее образование | Автор: …", "Home → News": a few
# words before the first arrow, the section after it.
ARROW_CRUMB_RE = re.compile(r"^\s*[^\s>→][^>→]{0,40}?\s+(?:->|→)\s+\S")
# A periodical's call to subscribe and a service's offer, printed over every page's text: "2023 жылдың І
# жартыжылдығына жазылу басталды!", "«…» газетіне жазылыңыз!", "Подпишитесь на наш канал", "Прием заявок
# круглосуточно", "Subscribe to our newsletter": the site selling itself, no record's title.
SELLING_RE = re.compile(
    r"^\s*(?:.{0,60}\b(?:жазылу\s+басталды|жазылыңыз|жазылуды\s+ұмытпаңыз|Подпишитесь|Оформите\s+подписку"
    r"|подписка\s+(?:открыта|продолжается|началась))\b.{0,40}|Subscribe\s+(?:now|today|to\s+(?:our|the)\b).{0,40}"
    r"|При[её]м\s+(?:заявок|статей|рукописей|материалов)\b.{0,40}|(?:Submissions?|Manuscripts?)\s+(?:are\s+)?(?:accepted|open)\b.{0,40}"
    r"|Мақалалар(?:ды)?\s+қабылдау\b.{0,40})$",
    re.IGNORECASE,
)
# An electronic library's own name heading its pages: "Электронная библиотека диссертаций и авторефератов России",
# "Научная электронная библиотека", "Digital Library of …": the site, not a work it holds (a paper on such
# libraries names its topic with more words: "… как инструмент …", "Digital libraries in …").
LIBRARY_NAME_RE = re.compile(
    r"^\s*(?:(?:(?:Научная|Национальная|Российская|Государственная)\s+)?(?:Электронная|Цифровая)\s+библиотека"
    r"(?:\s+(?:диссертаций|авторефератов|и|научных|России|Казахстана|статей|книг|\w+ого|\w+ых))*"
    r"|(?:Ұлттық\s+)?(?:Электрондық|Цифрлық)\s+кітапхана(?:сы)?|(?:The\s+)?(?:Digital|Electronic|Online)\s+Library"
    r"(?:\s+of(?:\s+\S+){1,3})?)\s*$",
)
# A page's section named with its label: "Рубрика «Достойный человек»", "Рубрика: Экономика", "Айдары: Саясат",
# "Category: Politics": where the text is filed.
SECTION_LABEL_RE = re.compile(
    r"^\s*(?:Рубрика|Раздел|Категория|Айдар(?:ы)?|Санат(?:ы)?|Category|Section|Rubric)"
    r"(?:\s*:?\s*[«\"“][^«»\"“”]{1,40}[»\"”]|\s*:\s*[^\s«\"“]\S*(?:\s\S+){0,2})\s*$",
    re.IGNORECASE,
)
# An aggregator's label of the item's kind, perhaps with the periodical's name after it: "Academic journal article
# Journal of Sustainable Development", "Magazine article …", "Article excerpt".
DOCUMENT_KIND_RE = re.compile(
    r"^\s*(?:(?:(?:Academic|Scholarly)\s+journal|Magazine|Newspaper|Trade\s+publication)\s+article\b.*|Article\s+excerpt)\s*$",
    re.IGNORECASE,
)
# A page's counters and page markers: "View(s): 4426 (18 ULiège)", "Download(s): 0", "Page 1", "5 страница".
COUNTER_OR_PAGE_RE = re.compile(
    r"^\s*(?:(?:Views?|Downloads?|Просмотр\w*|Скачивани\w*|Қаралым\w*|Жүктеу\w*)(?:\(s\))?\s*:?\s*\d[\d\s,.]*"
    r"(?:\([^)]*\))?(?:\s+print)?|(?:Page|Страница|Стр\.|Бет)\s*\d{1,4}(?:\s*(?:of|из)\s*\d{1,4})?"
    r"|\d{1,4}\s*(?:страница|-?бет|page))\s*$",
    re.IGNORECASE,
)
# A row of a page's counters, each a label and a number: "Просмотров: 1,229 Рейтинг: 5.0", "Views 12 Comments 3".
COUNTER_ROW_RE = re.compile(
    r"^\s*(?:(?:Просмотр\w*|Views?|Рейтинг|Rating|Комментари\w*|Comments?|Голос\w*|Votes?|Қаралым\w*|Пікір\w*"
    r"|Оқылды|Прочитано|Reads?)\s*:?\s*\d[\d\s,.]*){2,}$",
    re.IGNORECASE,
)

# The line patterns above as one, tried in one pass (each is anchored at the line's start).
_FURNITURE_LINE_RE = re.compile(
    "|".join(
        f"(?:{p.pattern})"
        for p in (
            LANGUAGE_SWITCHER_RE,
            PLATFORM_RE,
            ACCESS_RE,
            BARE_DOMAIN_RE,
            COVER_RE,
            INTERFACE_RE,
            MASTHEAD_RE,
            DOCUMENT_KIND_RE,
            COUNTER_OR_PAGE_RE,
            COUNTER_ROW_RE,
            READER_CALL_RE,
            SELLING_RE,
            LIBRARY_NAME_RE,
            SECTION_LABEL_RE,
        )
    ),
    re.IGNORECASE,
)


def spells_acronym(text: str) -> bool:
    """A site's or a body's name with its expansion: "SciELO - Scientific Electronic Library Online",
    "ЕНУ — Евразийский национальный университет": the capitals of one side are the initials of the other."""
    # A line without a dash, bar, colon or bracket (most lines) needs no search.
    if _ACRONYM_MARKS.isdisjoint(text) or not ACRONYM_SHAPE_RE.search(text):
        return False
    parts = ACRONYM_SPLIT_RE.split(text.strip())
    parts = [part for part in parts if part]
    if len(parts) != 2:
        return False
    for short, long in (parts, parts[::-1]):
        if len(short.split()) != 1:
            continue
        capitals = "".join(c for c in short if c.isupper())
        initials = "".join(w[0] for w in long.split() if w.casefold() not in _SMALL_WORDS and w[0].isalpha())
        if len(capitals) >= MIN_ACRONYM_LETTERS and capitals.casefold() == initials.casefold():
            return True
    return False


def is_site_furniture(text: str) -> bool:
    """A line of a site's own furniture, never a record's title."""
    stripped = text.strip()
    if len(stripped) > MAX_FURNITURE_CHARS:
        return ". " not in stripped and glued_links(stripped)  # a paragraph's sentences are no row of links
    return bool(
        _FURNITURE_LINE_RE.match(stripped)
        or spells_acronym(stripped)
        or glued_links(stripped)
        or tool_bar(stripped)
        or (("<" in stripped or ">" in stripped) and MARKUP_RE.search(stripped))  # a tag has one of them
        or (("->" in stripped or "→" in stripped) and ARROW_CRUMB_RE.match(stripped))
        or (len(stripped.split()) <= MAX_INDEXING_WORDS and INDEXING_RE.search(stripped))
    )


def tool_bar(text: str) -> bool:
    """A row of a page's bracketed buttons, perhaps after a short label ("Location via proxy:   [ UP ]"); a
    title may open with a bracketed rubric ("[Review] Eurasian integration …"), but goes on for more words."""
    if "[" not in text or not BUTTON_RE.search(text):
        return False
    return len(BUTTON_RE.sub(" ", text).split()) <= MAX_BUTTON_LABEL_WORDS


def glued_links(text: str) -> bool:
    """A row of links extracted without spaces between them: no sentence, no title."""
    return bool(GLUED_LINKS_RE.search(text))


# A site's call to act on itself, in en, ru and kk: "Connect with us", "Follow us on Telegram", "Выберите город",
# "Choose your region", "Қаланы таңдаңыз": a verb addressing the reader and the site or its settings.
CALL_TO_ACTION_RE = re.compile(
    r"^\s*(?=[cfgkrsvабвмоптчқө])(?:(?:Connect|Stay\s+connected|Keep\s+in\s+touch|Get\s+in\s+touch)\s+with\s+us|Follow\s+us(?:\s+on\s+\S+)?"
    r"|(?:Choose|Select)\s+(?:your\s+|a\s+)?(?:city|region|country|language|edition)"
    r"|Выберите\s+(?:ваш\s+|свой\s+)?(?:город|регион|страну|язык)|Мы\s+в\s+соцсетях|Присоединяйтесь\s+к\s+нам"
    r"|(?:Қаланы|Өңірді|Аймақты|Тілді)\s+таңдаңыз|Бізге\s+жазылыңыз|Бізбен\s+бірге\s+болыңыз|Будьте\s+с\s+нами"
    r"|Stay\s+with\s+us)\s*[:!]?\s*$",
    re.IGNORECASE,
)
# A row of a site's social-network links, perhaps with the rest of the bar after them: "Facebook |  ВКонтакте |
# Город Алматы", "Telegram · YouTube · Instagram" (a headline naming two networks joins them with words).
_SOCIAL = (
    r"(?:Facebook|Twitter|X|Telegram|Instagram|YouTube|VK|ВКонтакте|Вконтакте|Одноклассники|OK|LinkedIn"
    r"|WhatsApp|TikTok)"
)
SOCIAL_ROW_RE = re.compile(rf"^\s*{_SOCIAL}(?:\s*{_SEP}?\s*{_SOCIAL})+\s*(?:{_SEP}.*)?$", re.IGNORECASE)
# An office named on its own, in capitals with only small joining words: a byline's position line
# ("Director of the Kazakhstan Institute of Strategic Studies under the President of …"), not a headline,
# which says what the office-holder did ("Head of the Foreign Ministry meets …").
OFFICE_LINE_RE = re.compile(
    r"^\s*(?:(?:Deputy|Acting|First|Executive|Assistant|Vice)\s+){0,2}(?:Director|Head|Chairman|Chairwoman|Chair"
    r"|Minister|Ambassador|Professor|Rector|Dean|Adviser|Advisor|Counsellor|Secretary)(?:[\s-]+General)?"
    r"(?:\s+(?:of|at)\s+|,\s+)"  # "Deputy Assistant Secretary, Bureau of South and Central Asian Affairs"
)
_JOINING_WORDS = {"of", "the", "under", "and", "for", "at", "in", "on", "to", "&", "-", "–"}


def office_line(text: str) -> bool:
    """A person's position on a line of its own: an office, then only capitalised words and joining words."""
    match = OFFICE_LINE_RE.match(text)
    if not match:
        return False
    rest = text[match.end() :].rstrip(" .…").split()
    return bool(rest) and all(word[0].isupper() or word.casefold() in _JOINING_WORDS for word in rest)


def prompt_or_office(text: str) -> bool:
    """A site's call to act, a row of its social links or a position line: none is a record's title."""
    return bool(CALL_TO_ACTION_RE.match(text) or SOCIAL_ROW_RE.match(text)) or office_line(text)
