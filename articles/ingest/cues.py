"""What a line of a journal or news page says about itself: labels, identifiers, names, site furniture.

Cue words in Kazakh, Russian and English; each pattern reads a shape that
journals and news sites share, not one site's layout.
"""

from __future__ import annotations

import re

# Latin letters with diacritics too: names in the Kazakh Latin alphabets (Rýslan IZIMOV) and in Turkish.
# The letters of Kazakh, Russian and English, then the other Latin letters names and titles may hold.
KZ_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
KZ_LOWER = "a-zа-яёәғқңөұүһі"
UPPER = f"{KZ_UPPER}À-ÖØ-ÞĀĂĄĆČĎĒĘĚĞĪİĶĻŁŃŇŌŐŘŚŞŠŢŤŪŮŰŹŻŽ"
LOWER = f"{KZ_LOWER}ıß-öø-ÿāăąćčďēęěğīķļłńňōőřśşšţťūůűźżžǵ"
LETTER = f"{UPPER}{LOWER}"

# Labels ---------------------------------------------------------------------------------------------
ABSTRACT_LABEL_RE = re.compile(
    r"^\s*(?=[asöарт])(?P<label>Аңдатпа|Андатпа|Аннотация(?:\s+научной\s+статьи[^—–\n]*?(?:[—–-]\s*(?P<byline>.+?))?(?=$|\n))?"
    r"|Annotation|Abstract|Түйіндеме|Түйін|Резюме|Summary|Özet)"
    # The language of the abstract after its label: "ABSTRACT (ENGLISH):", "Аннотация (на русском языке)".
    r"(?![\w-])(?!\s*сөздер)(?:\s*\([^\W\d_]+(?:\s[^\W\d_]+){0,2}\))?\s*(?:[.:–—]\s*)?(?P<rest>.*)$",
    re.IGNORECASE,
)
# The label of a text's keywords in Kazakh, Russian and English ("Key\s*words" also reads "Keywords").
KEYWORD_LABELS = r"Түйін(?:ді)?\s+сөздер|Кілт(?:ті|тік)?\s+сөздер|Тірек\s+сөздер|Ключевые\s+слова|Key\s*words"
KEYWORDS_LABEL_RE = re.compile(
    rf"^\s*(?=[ikкт])(?P<label>{KEYWORD_LABELS}|Index\s+terms)"
    r"(?:\s+(?:на|in)\s+[^\W\d_]+\s+(?:языке|language)|\s+\((?:[^\W\d_]+)\))?"  # "… на русском языке", "(English)"
    r"\s*[:.–—-]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
REFERENCES_HEADING_RE = re.compile(
    r"^\s*(?:\d+\.?\s*)?(?=[brsбилпсә])(?:Әдебиеттер(?:\s+тізімі)?|Пайдаланылған\s+әдебиеттер(?:\s+тізімі)?"
    r"|Список\s+(?:использованной\s+)?(?:литературы|источников)|Литература|Библиографический\s+список"
    r"|References|Bibliography|Sources|Источники)\s*[:.]?\s*$",
    re.IGNORECASE,
)
# How an abstract opens when a page prints it without a label: "В статье …", "Мақалада …", "This paper examines …".
ABSTRACT_OPENER_RE = re.compile(
    r"^\s*(?:В\s+(?:данной|настоящей|этой)?\s*(?:статье|работе)|Статья\s+посвящена|Целью?\s+(?:данной\s+)?(?:статьи|работы)"
    r"|(?:Бұл\s+)?[Мм]ақала(?:да|ның\s+мақсаты|\s+\S+\s+арналған)|Зерттеудің\s+мақсаты"
    r"|(?:The|This)\s+(?:[a-z]+\s+)?(?:paper|article|study)\s+(?:examines|analy[sz]es|explores|considers|discusses|argues|investigates"
    r"|is\s+(?:devoted|dedicated)|focuses|aims|presents|deals)|In\s+this\s+(?:paper|article|study)|The\s+(?:purpose|aim)\s+of\s+th(?:is|e)"
    r"\s+(?:paper|article|study))\b",
    re.IGNORECASE,
)
TAGS_LABEL_RE = re.compile(r"^\s*(?:Теги|Тэги|Tags|Тегтер)\s*:\s*(?P<rest>\S.*)$", re.IGNORECASE)
# A student's paper names its writer on the title page ("Орындаған: …", "Выполнила: …", "Prepared by: …"), the
# colon required: the words open sentences too.
AUTHORS_LABEL_RE = re.compile(
    r"^\s*(?=[abpаво])(?:(?:Автор(?:\(лар\)|лар|ы)?|Authors?(?:\(s\))?|Авторлар|By)(?!\w)\s*[:.–—-]?"
    r"|(?:Орындаған|Орындады|Выполнил[аи]?|Prepared\s+by)\s*:)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# The heading that ends a journal article's head: its body has begun.
BODY_HEADING_RE = re.compile(
    r"^\s*(?:\d\.?\s*)?(?:Кіріспе|Введение|Introduction|Материалдар\s+мен\s+әдістер|Материалы\s+и\s+методы"
    r"|Methods?|Methodology|Основная\s+часть|Негізгі\s+бөлім)\s*[.:]?\s*$",
    re.IGNORECASE,
)
# Rubrics: the kind of paper, a specialty code, a section; they precede the title.
RUBRIC_RE = re.compile(
    r"^\s*(?:(?:Научная|Оригинальная|Обзорная)\s+статья|Зерттеу\s+мақаласы|Ғылыми\s+мақала"
    r"|(?:Original|Research|Review)\s+(?:article|paper)|ОРИГИНАЛЬНАЯ\s+СТАТЬЯ|ҒЫЛЫМИ\s+МАҚАЛА)"
    r"(?:\s*/\s*(?:Original|Research|Review)\s+(?:article|paper))?\s*[.:]?\s*",
    re.IGNORECASE,
)
SPECIALTY_RE = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.\d{1,2}\.?\s+\S")  # 5.5.2 Политические институты ...
TOPIC_OF_PAPER_RE = re.compile(r"^\s*Научная\s+статья\s+на\s+тему\s+['«\"](?P<title>.+?)['»\"]\s*$", re.IGNORECASE)

# A page's text layer flattened into one long line ("…2017 Abstract As a top trading partner … Introduction The
# Eurasian …"): the places where its lines were. Capitalised cues only: "the abstract of" is prose.
RUN_ON_CUE_RE = re.compile(
    r"(?<=\S)\s*(?=(?:Abstract|Аннотация|Аңдатпа|Keywords|Key\s+words|Ключевые\s+слова|Түйін\s+сөздер|Кілт\s+сөздер"
    r"|Received|Поступила|To\s+cite\s+this\s+article|To\s+link\s+to\s+this\s+article|Published\s+online"
    r"|ORIGINAL\s+(?:PAPER|ARTICLE)|RESEARCH\s+ARTICLE|ОРИГИНАЛЬНАЯ\s+СТАТЬЯ|Introduction|Введение|Кіріспе)"
    rf"(?:\s*[:.—–]|\s+[{KZ_UPPER}«\"“]))"
)
# After these the heading ends: its own line ("Introduction"), then the body.
RUN_ON_HEADING_RE = re.compile(
    r"^(?P<heading>Introduction|Введение|Кіріспе|ORIGINAL\s+(?:PAPER|ARTICLE)|RESEARCH\s+ARTICLE|ОРИГИНАЛЬНАЯ\s+СТАТЬЯ)"
    r"\s+(?=\S)"
)
RUN_ON_MIN_CHARS = 400  # a line this long in a head is a flattened page, not a paragraph with a label in it

# Identifiers -------------------------------------------------------------------------------------
DOI_RE = re.compile(r"\b10\.\s?\d{4,9}/[\x21-\x7e]+")
UDC_RE = re.compile(r"\b(?:УДК|UDC|ӘОЖ)\s*:?\s*(?P<udc>\d[\d.,;()\-:/+\s]*\d\)?)")  # "УДК 947.084; 630.651.78"
# The rubricator's names in Kazakh too: ХҒТАР, ҒТАХР (МРНТИ) and ҒТАМР (ГРНТИ).
IRSTI_RE = re.compile(r"\b(?:МРНТИ|ГРНТИ|IRSTI|ХҒТАР|ҒТАХР|ҒТАМР)\s*:?\s*(?P<code>\d{2}(?:\.\d{2}){1,2})")
ISSN_RE = re.compile(r"\bISSN\s*:?\s*(?P<issn>\d{4}-\d{3}[\dXx])")
ORCID_RE = re.compile(r"\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\[email\s+protected\]|e-?mail\s*:", re.IGNORECASE)
# Each form of EMAIL_RE holds one of these: a line without them is not searched (most lines).
EMAIL_MARKS = ("@", "[", ":")
# "МРНТИ11.25.91": the code may be glued on; "JEL Classification: F53; F55" is a code too.
IDENTIFIER_LINE_RE = re.compile(
    r"^\s*(?:DOI|УДК|UDC|ӘОЖ|МРНТИ|ГРНТИ|IRSTI|ХҒТАР|ҒТАХР|ҒТАМР|ISSN|ORCID|EDN|ResearcherID|Scopus"
    r"|JEL(?:\s+(?:Classification|codes?))?|https?://doi\.org)(?![^\W\d_])",
    re.IGNORECASE,
)

# Names -------------------------------------------------------------------------------------------
# A hyphenated given name in Latin letters may go on in lower case: "Lee Kap-soo", "Moon Jae-in".
_CAP = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+|-[a-z]+)?"
_CAPS = rf"[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?"
_INITIALS = rf"(?:[{UPPER}][{LOWER}]?\.\s?-?){{1,3}}"
_MARK = r"(?:\s*(?:[*©†‡¹²³⁴⁵⁶⁷⁸⁹⁰]|\d{1,2}(?![\d.])|\([a-z\d]\))+)?"
NAME_PATTERNS = (
    rf"{_INITIALS}\s?(?:{_CAP}|{_CAPS})",  # И.О. Фамилия, Kh. K. Kussainov
    rf"(?:{_CAP}|{_CAPS})\s{_INITIALS}",  # Фамилия И.О.
    # Firstname (M. or Ch.) Lastname, Фамилия Имя Отчество
    rf"{_CAP}(?:\s(?:{_CAP}|[{UPPER}]\.?|[{UPPER}][{LOWER}]\.)){{0,2}}\s(?:{_CAP}|{_CAPS})",
    # SURNAME Given (Patronymic): "ДУБРОВИНА Ольга Васильевна", "LIU Wenhua" (Chinese and Korean order). A
    # headline's acronym opens the same shape ("NATO Summit"), so names_in() asks for a mark or a patronymic.
    rf"{_CAPS}\s{_CAP}(?:\s{_CAP})?",
)
# The surname-first shape of NAME_PATTERNS alone (see names_in()).
CAPS_FIRST_NAME_RE = re.compile(rf"{_CAPS}\s{_CAP}(?:\s{_CAP})?")
# What stands after a name for its affiliation, alone between commas: "LIU Wenhua , 1 ,", "ZHU Wenbin , 1, 4, *".
MARKS_ONLY_RE = re.compile(r"^[\d*¹²³⁴⁵⁶⁷⁸⁹⁰†‡\s]+$")
NAME_RE = re.compile(rf"(?:{'|'.join(NAME_PATTERNS)}){_MARK}")
# A flattened PDF's title runs into its byline: "… towards Kazakhstan Agnieszka Konopelko 1" (a mark after each name).
_MARKED_NAME = rf"{_CAP}\s(?:[{UPPER}]\.\s)?{_CAP}\s?(?:\d{{1,2}}|[*¹²³⁴⁵])"
TRAILING_BYLINE_RE = re.compile(
    rf"\s+(?P<names>{_MARKED_NAME}(?:\s*[,·•]\s*{_MARKED_NAME})*(?:\s*(?:,|and|&)\s*{_MARKED_NAME})?)\s*$"
)
# Words of a site's rubrics and furniture that no person's name is made of ("Breaking News", "Central Asia").
# The last word of a newspaper's name ("Astana Times", "Daily Herald"): a masthead, not a person or a headline.
OUTLET_WORDS = frozenset({"times", "post", "daily", "herald", "tribune", "gazette", "press", "weekly", "telegraph"})
NOT_NAME_WORDS = frozenset({
    "asia", "азия", "азии", "europe", "европа", "news", "новости", "жаңалықтар", "breaking", "latest", "politics",
    "политика", "саясат", "economy", "экономика", "society", "общество", "қоғам", "analytics", "аналитика",
    "interview", "интервью", "сұхбат", "opinion", "мнение", "пікір", "central", "центральная", "accessibility",
    "links", "home", "главная", "басты",
    # The words of a newspaper's or an agency's name ("Astana Times", "Daily Herald"): an outlet, not a person.
    *OUTLET_WORDS, "media", "agency", "газета", "правда", "агенттігі", "агентство",
    # A post before a name ("Министр Чав…" cut by the excerpt) is no part of it.
    "министр", "minister", "president", "президент", "посол", "ambassador", "елші", "премьер", "әкім", "аким",
    # Words of a person's post or degree that stand on a byline's lines ("Senior Lecturer, KIMEP University")
    # ("dean" is left out: Dean is a given name, and "Dean of …" fails on "of").
    "senior", "junior", "lecturer", "professor", "associate", "assistant", "director", "rector", "chief",
    "editor", "researcher", "fellow", "student", "candidate", "deputy", "secretary", "chairman", "head", "doctoral",
    "старший", "младший", "преподаватель", "профессор", "доцент", "директор", "декан", "ректор", "заведующий",
    "научный", "сотрудник", "редактор", "магистрант", "докторант", "аспирант", "оқытушы", "оқытушысы", "профессоры",
    "доценті", "меңгерушісі", "магистранты", "докторанты", "қызметкері",
    # Words of a body's, a programme's or a page's name ("Совет Европы", "Strategic Priority Research Program",
    # "Ecological Systems Design", "Available Downloads"): no person's name is made of them.
    "research", "program", "programme", "priority", "strategic", "innovation", "promotion", "youth", "association",
    "foundation", "fund", "council", "committee", "systems", "system", "design", "ecological", "available",
    "downloads", "national", "federal", "international", "совет", "комитет", "фонд", "союз", "организация",
    "программа", "кеңес", "кеңесі", "комитеті", "қоры", "одағы", "ұйымы", "европы", "еуропа",
    # A paper's section headings ("I.Кіріспе", "II.Негізгі бөлім"): an outline, not a byline.
    "кіріспе", "введение", "introduction", "қорытынды", "заключение", "conclusion",
    # A site's links to its own pages ("About ASEEES", "Contact Us", "О нас"): no person's name opens with them.
    "about", "contact", "contacts", "контакты", "байланыс",
})  # fmt: skip
# The lookahead lets the search skip, in C, every position no separator can start at (twice as fast).
NAME_SEPARATOR_RE = re.compile(r"(?=[\s,;&aим·])\s*(?:,|;|\s·\s|\band\b|\bи\b|\bмен\b|&)\s*")
PATRONYMIC_RE = re.compile(r"(?:ович|евич|ич|овна|евна|ична|инична|ұлы|улы|қызы|кызы)\b", re.IGNORECASE)
AFFILIATION_RE = re.compile(
    # (?=[…]): the first letters of the words (case-insensitive as they are), so most positions fail one test.
    r"(?=[уиакфцомгқрuiacsfdmrk])"
    r"(?:университет|институт|академи|колледж|university|institute|academy|college|school\s+of|faculty|факультет"
    r"|кафедр|department|center|centre|центр|орталығы|ministry|министерств|\bг\.\s|Russia|Kazakhstan|Қазақстан"
    r"|Казахстан|Россия|Федерация|Republic)",
    re.IGNORECASE,
)
INSTITUTION_RE = re.compile(
    r"(?=[уиакфuiacsfd])"  # the first letters of the words, as in AFFILIATION_RE
    r"(?:университет|институт|академи|колледж|university|institute|academy|college|school\s+of|faculty|факультет"
    r"|кафедр|department)",
    re.IGNORECASE,
)
DEGREE_RE = re.compile(
    # Russian and Kazakh words with their endings: "кандидаты", "ғылымдарының", "профессоры"; a woman's post in
    # Russian with its suffix ("студентка", "аспирантки").
    r"\b(?:PhD|Ph\.D|D\.Sc|Dr\.|д-р\s|канд\.\s|(?:профессор|доцент|докторант|магистрант|аспирант|студент|кандидат|доктор|ғылым"
    r"|эксперт|сарапшы)(?:ы|і|а|у|е|ом|ов|ка|ки|ке|ку|кой|ның|нің|дары|дарының|тары|тарының|лары|ларының)?|professor|lecturer|student|postgraduate|expert|научный\s+сотрудник|researcher"
    r"|research\s+fellow)\b",
    re.IGNORECASE,
)

# Site furniture: what a saved page holds around its text -----------------------------------------------
FURNITURE_RE = re.compile(
    r"^\s*(?:[-•·*]\s*)?(?=[acdfhilmprstvy©абвджикмопрстфчяқ])(?:Меню|Menu|PDF|Split\s+View|Views?|Cite|Share(?:\s+Icon\s+Share)?|(?:Available\s+)?Downloads?|Скачать|Жүктеу"
    r"|Подписаться|Подписывайтесь\b.*|Поделиться|Бөлісу|Print|Печать|Contacts|AUTHOR\s+IDs|Библиотека"
    r"|ваш\s+профиль|Вернуться\s+к\s+содержанию|Перевести\s+страницу\s+на:?|Фото:?.*|Photo:?.*|Сурет:?.*"
    r"|Images?\s*\|.*|©.*|CC\s+BY.*|i\s+Надоели\s+баннеры\?.*|Читайте\s+также:?.*|Read\s+also:?.*"
    r"|Тағы\s+оқыңыз:?.*|Похожие\s+(?:темы|статьи).*|Related.*|Теги:?.*|Тэги:?.*|Tags:?.*|Реклама"
    r"|Please\s+select\s+your\s+language.*|You\s+can\s+just\s+close\s+the\s+window.*|Submit\s+your\s+article.*"
    r"|Article\s+views:?.*|View\s+related\s+articles|View\s+Crossmark\s+data|Citing\s+articles:?.*"
    r"|Правильная\s+ссылка\s+на\s+статью:?|For\s+citation,?\s+please\s+use:?|Для\s+цитирования:?|Дәйексөз\s+үшін:?"
    r"|Published\s+online:.*|Опубликовано\s+в\b.*|Full\s+Terms\s+&\s+Conditions.*|Language|Язык|Тіл"
    r"|How\s+to\s+Cite|Как\s+цитировать|Қалай\s+сілтеме\s+жасау"
    r"|(?:About\s+the\s+Authors?|Information\s+about\s+the\s+authors?|Об\s+авторах?|Сведения\s+об\s+авторах?"
    r"|Authors?\s+and\s+publication\s+information|Article\s+(?:info|information|metrics)|Информация\s+о\s+статье"
    r"|Мақала\s+туралы(?:\s+ақпарат)?"
    r"|Авторлар?\s+туралы(?:\s+мәлімет)?)\s*:?)\s*$",
    re.IGNORECASE,
)
# A label and its value of one word or a number: "Рубрика: Культурология", "Статья просмотрена: 564 раза"
# (not a headline such as "Назарбаев: Казахстан готов").
LABEL_VALUE_RE = re.compile(r"^\s*[^\W\d_]+(?:\s[^\W\d_]+)?\s*:\s*(?:\S+|\d\S*\s\S+)\s*$")
# A site's bar with today's date: "Сенбі, 23 Қараша 2024", "Saturday , June 15 2024" (a weekday, then the date).
DATE_BAR_RE = re.compile(
    r"^\s*(?:Дүйсенбі|Сейсенбі|Сәрсенбі|Бейсенбі|Жұма|Сенбі|Жексенбі|Понедельник|Вторник|Среда|Четверг|Пятница"
    r"|Суббота|Воскресенье|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?\s*"
    r"(?:\d{1,2}\s+[^\W\d_]+|[^\W\d_]+\s+\d{1,2}),?\s+\d{4}(?:\s*ж\.|\s*г\.)?\s*$",
    re.IGNORECASE,
)
# The label of a page's "how to cite" line, with the citation after it or on the next line.
CITE_LABELS = (
    r"Для\s+цитирования|For\s+citation|To\s+cite\s+this\s+article|Cite\s+this\s+article|Дәйексөз\s+үшін"
    r"|Как\s+цитировать"
)
CITE_LINE_RE = re.compile(
    rf"^\s*(?:{CITE_LABELS}|How\s+to\s+cite|Правильная\s+ссылка\s+на\s+статью)\b",
    re.IGNORECASE,
)
# A site's home page as a breadcrumb's first step names it ("Басты бет" in Kazakh, "Bas bet" in its Latin script).
HOME_PAGE = r"(?:Home|Main|Главная|Басты(?:\s+бет)?|Bas\s+bet)"
# A breadcrumb trail: "Главная » Материалы » …", "Home › News › …", "Home / Archives / …" (two separators at least).
BREADCRUMB_RE = re.compile(
    r"^[^»›]{1,60}\s[»›]\s[^»›]*\s[»›]\s"
    # With slashes only from the home page: a list of keywords is slashed too.
    rf"|^{HOME_PAGE}\s/\s[^/]*\s/\s",
    re.IGNORECASE,
)  # "Главная / Архив / Том 74 № 2 (2022) / Статьи"
# A photo credit: "Игорь Егоров/РИА Новости", "Reuters/Ivan Sekretarev": a person and an agency joined by a slash.
_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
PHOTO_CREDIT_RE = re.compile(
    # The person, then one agency or several ("Михаил Метцель / ТАСС / Forum": the agency and its distributor).
    rf"^(?:{_WORD}\s){{1,2}}{_WORD}(?:\s?/\s?[{UPPER}][{LETTER}.-]*(?:\s[{UPPER}][{LETTER}.-]*){{0,3}}){{1,3}}$"
    rf"|^[{UPPER}][{LETTER}.-]*(?:\s[{UPPER}][{LETTER}.-]*){{0,2}}\s?/\s?(?:{_WORD}\s){{1,2}}{_WORD}$"
)
# An interview's source line: who it was given to and when ("Interview to "Izvestia-Kazakhstan" newspaper,
# December 27, 2002", "Интервью газете «Казахстанская правда», 12 мая 2003 г."): a note, not the headline.
INTERVIEW_SOURCE_RE = re.compile(
    r"^(?:Interview|Интервью|Сұхбат)\s+(?:given\s+)?(?:to|with|for|газете|журналу|агентству|телеканалу|порталу"
    r"|изданию|радио)\b.*\b(?:1[89]|20)\d{2}\b",
    re.IGNORECASE,
)
# A lead's attribution to the outlet reporting it: "…, Trend reports", "…, сообщает Kazinform", "… деп хабарлайды
# Kazinform": the lead's sentence, never its headline ("…, minister says" is a headline, and is not matched).
REPORTED_RE = re.compile(
    r"(?:,|\bдеп)\s+(?:\S+\s+){0,3}?(?:reports|reported|сообщает|сообщили|передает|передаёт|пишет|хабарлайды"
    r"|жазады|хабарлады)\b",
    re.IGNORECASE,
)
NUMBERS_ONLY_RE = re.compile(r"^[\s\d.,:%+$€¥₸()/-]*$")
# A dateline opens a news text: АСТАНА. KAZINFORM – ..., Астана. 5 марта. KAZAKHSTAN TODAY - ...
DATELINE_RE = re.compile(
    rf"^\s*(?P<place>[{UPPER}][{LETTER}-]+(?:[\s-][{UPPER}][{LETTER}-]+)?)[.,]\s+(?:\d{{1,2}}\s+[{LOWER}]+\.?\s+)?"
    rf"(?:(?P<outlet>[{UPPER}][{UPPER}\s]{{3,}}[{UPPER}])\s*[–—-]\s+|[–—-]\s+)"
)
INLINE_KEYWORDS_RE = re.compile(
    rf"\s(?:{KEYWORD_LABELS})\s*[:.–—-]\s*",
    re.IGNORECASE,
)
PUBLISHED_LABEL_RE = re.compile(
    r"публикац|опубликован|published|жарияла|дата\s+выпуска|issue\s+date|\bepub\b", re.IGNORECASE
)
OTHER_DATE_LABEL_RE = re.compile(
    # (?=[…][…]): the first two letters of the words (case-insensitive as they are), so most positions fail at once
    # ("по", "пр", "ре": one letter alone lets a third of a Russian text through).
    r"(?=[arsнпртқ][ceuаорүе])"
    r"(?:направлен|поступ|принят|received|accepted|submitted|revised|redakciyaga|редакцияға|түсті|қабылдан)",
    re.IGNORECASE,
)
UPDATED_SUFFIX_RE = re.compile(r"\s+(?:Дополнено|Обновлено|Жаңартылды|Толықтырылды|Updated)\s*$", re.IGNORECASE)
# An interview or article signed at its end by its journalist: "Сұхбаттасқан журналист Нәзір Сүлеймен.",
# "Беседовала Анна Иванова", "Interviewed by John Smith", "Әзірлеген: …".
SIGNATURE_RE = re.compile(
    r"^\s*(?=[cipqrwбвджзипсә])(?:Сұхбаттасқан|Сұхбатты\s+жүргізген|Әңгімелескен|Әзірлеген|Дайындаған|Жазып\s+алған|Беседовал[аи]?"
    r"|Подготовил[аи]?|Записал[аи]?|Интервью\s+взял[аи]?|Interviewed\s+by|Prepared\s+by|Written\s+by|Reported\s+by"
    # The interviewer's cue words of other phrasings: "Беседу вела …", "Сұхбатты әзірлеген …", "Interview by …".
    r"|Беседу\s+в[её]л[аи]?|Вопросы\s+задавал[аи]?|Интервью\s+(?:подготовил[аи]?|записал[аи]?)"
    r"|Сұхбатты\s+(?:әзірлеген|дайындаған|жазып\s+алған)|Сұрақ\s+қойған|Interview(?:\s+conducted)?\s+by"
    r"|Questions\s+by|Conducted\s+by)"
    r"(?:\s+(?:журналист|тілші|корреспондент|journalist|reporter)(?:і|ы)?)?\s*[:–—-]?\s*(?P<names>.+?)[.,]?\s*$",
    re.IGNORECASE,
)
# A headline that names a speaker: "Эксперт: Казахстан продолжает …" (an expert's interview).
SPEAKER_HEADLINE_RE = re.compile(r"^\s*(?:Эксперт|Сарапшы|Политолог|Саясаттанушы|Expert|Analyst)\s*:", re.IGNORECASE)
INTERVIEW_RE = re.compile(
    # (?=[…][…]): the first two letters of the words (case-insensitive as they are), so most positions fail at once.
    r"(?=[fipstДбипсқ][ұнnеpaиоou])"
    r"(?:сұхбат|интервью|interview|\bбесед[аыуе]\b|\bspeaks\s+with\b|\btalks?\s+(?:to|with)\b|\bin\s+conversation\s+with"
    r"|\bДиалоги?\s+с\b|қонағы\b"
    # A podcast's conversation printed in full: "Полный транскрипт", "Full transcript", "В этом эпизоде подкаста".
    # (A bare "Transcript" heads a document aggregator's text layer of any PDF.)
    r"|подкаст|podcast|(?:полный|full)\s+(?:транскрипт|transcript))",
    re.IGNORECASE,
)
# "talks with" the noun ("on talks with Russian counterpart", "holds talks with"), not the verb of an interview.
TALKS_NOUN_RE = re.compile(r"\b(?:on|of|in|for|the|held|hold|holds|holding)\s+$", re.IGNORECASE)


def has_email(text: str) -> bool:
    """Whether EMAIL_RE finds an address (or its label) in the text."""
    return any(mark in text for mark in EMAIL_MARKS) and EMAIL_RE.search(text) is not None


def interview_cue(text: str) -> bool:
    """The text names an interview: "сұхбат", "интервью", "Ambassador talks with Kazinform", "Диалоги с …"."""
    for match in INTERVIEW_RE.finditer(text):
        if not (match.group(0)[:4].casefold() == "talk" and TALKS_NOUN_RE.search(text[: match.start()][-9:])):
            return True
    return False


# A turn of an interview opens with its speaker: "Heilbrunn: …", "Марат Шибутов (М.Ш.) – …", "“ЗАВТРА”. …".
SPEAKER_TURN_RE = re.compile(
    # Particles of names and titles may go in lower case: "Charge de Affair:", "Ibn al Rashid:".
    rf"^\s*(?P<speaker>[{UPPER}][{LETTER}.-]*(?:\s(?:(?:de|da|di|du|van|von|al|el|of|der)\s)?[{UPPER}][{LETTER}.-]*){{0,2}})"
    rf"(?:\s\([^)]{{1,12}}\))?\s*(?::|\s[–—]\s)"
)
# Labels a page prints before a colon that no speaker of an interview is called (with the fact labels of
# ingest/fields.py).
NOT_A_SPEAKER_RE = re.compile(
    r"^(?:Affiliations?|Hostname|Render\s+date|Total\s+loading\s+time|Source|Citation|Copyright|Licen[cs]e|Rights"
    r"|Published|Received|Accepted|Revised|Date|Keywords|Abstract|Note"
    r"|Фото|Photo|Сурет|Источник|Дереккөз|Автор|Author"
    # A structured abstract's parts ("Introduction: The aim of this study …", "Methods: …"): labels, not speakers.
    r"|Introduction|Methods?|Methodology|Results(?:\s+and\s+discussion)?|Discussion|Conclusions?|Aims?|Objectives?"
    r"|Purpose|Введение|Методы|Результаты|Обсуждение|Заключение|Выводы|Цель|Кіріспе|Әдістер|Нәтижелер|Қорытынды"
    r"|Мақсаты)$",
    re.IGNORECASE,
)
# A page's metadata list under a headline: a dash before a lone number or date ("- 8206", "- 15.08.2024").
META_ITEM_RE = re.compile(r"^\s*[–—-]\s*[\d.,/:]+\s*$")
LIST_WORD_RE = re.compile(r"^\s*[–—-]\s*[^\W\d_]+\s*$")  # "- Подробности"
# An interview's dash turn: "– Как вы оцениваете …?", or an en or em dash glued to the answer's capital ("–Мен …").
# A typewriter's double hyphen stands for the dash too ("-- Почему именно Тюмень?").
QA_TURN_RE = re.compile(rf"^\s*(?:(?:[–—-]|--)\s+|[–—](?=[{KZ_UPPER}]))\S")
# An interview's turn under its label: "Сұрақ: …", "Ответ: …", "Question: …", "Q: …".
QA_LABEL_RE = re.compile(r"^\s*(?:(?:Сұрақ|Жауап|Вопрос|Ответ|Question|Answer)\s*[:.–—-]|[QA]\s*:)\s*\S", re.IGNORECASE)

# A saved page's store date, a label or a date glued to the text before them by a page's text extraction.
STORE_DATE_RE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.*)$", re.IGNORECASE)
# A label glued to the text before it by a page's text extraction: "…/10.48371/ISMO.2022.48.2.004Keywords:".
# The label is looked for before the character behind it: most positions hold no label's first letter.
GLUED_LABEL_RE = re.compile(
    r"(?=(?:Аннотация|Аңдатпа|Abstract|Keywords|Key\s+words|Кілт\s+сөздер|Түйін\s+сөздер|Ключевые\s+слова)"
    r"(?:\s*[:.]|\s*$))(?<=[\w.)])"
)
GLUED_DATE_RE = re.compile(rf"(?<=[{LOWER}»\")])(?=\d{{2}}\.\d{{2}}\.\d{{4}})")
# A news item's credit of its source, printed after its last sentence.
SOURCE_CREDIT_RE = re.compile(
    r"^\s*(?:Based\s+on\s+(?:materials\s+)?(?:from|of)|Source\s*:|По\s+материалам|Источник\s*:"
    r"|Дереккөз\s*:|Derekkóz\s*:)\s*\S.{0,80}$",
    re.IGNORECASE,
)
