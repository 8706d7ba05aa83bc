"""Cues of a scholarly text that carries none of a journal's apparatus: a lecture's or a paper's stated aim, a
paginated document's page marker, a discipline named as the page's section, a head that cites the paper itself,
an author signed with a scholarly post. Each is a layout of the scholar's genres; a news page has none of them."""

from __future__ import annotations

import re

from articles.ingest.kind_register import word_cues
from articles.ingest.layout import HEAD_LINES, Line

MAX_CUE_LINE_CHARS = 200
# A lecture's, a paper's or a study's stated aim (ru/kk/en): "Цель лекции - …", "Жұмыстың мақсаты:", "The aim of
# this paper is …". A news item tells what happened; it does not state its own aim.
AIM_RE = re.compile(
    r"^\s*(?:Цель\s+(?:данной\s+|настоящей\s+)?(?:лекции|работы|исследования|статьи|курсовой|реферата)"
    r"|(?:Дәрістің|Жұмыстың|Зерттеудің|Мақаланың)\s+мақсаты"
    r"|The\s+(?:aim|purpose|goal|objective)\s+of\s+(?:this|the\s+present)\s+(?:paper|study|article|lecture|research)"
    # ... or its relevance, the opening of a post-Soviet paper's introduction (ru/kk/en): "Актуальность данной
    # работы …", "Введение: Актуальность проблемы …", "Зерттеу тақырыбының өзектілігі.", "The relevance of the topic".
    r"|(?:\d[\d.]*\s*)?(?:Введение\s*[:.]\s*)?Актуальность\s+(?:данной\s+|настоящей\s+|выбранной\s+)?"
    r"(?:темы|работы|исследования|проблемы|статьи)|(?:\d[\d.]*\s*)?(?:[^\W\d_]+\s+){1,3}өзектілігі"
    r"|The\s+relevance\s+of\s+(?:the|this)\s+(?:topic|study|research|paper|work|problem))\b",
    re.IGNORECASE,
)
# A paginated document's page marker as a scanned book site prints it: "-- [ Страница 3 ] --", "Pages: | 1 | 2 |".
PAGINATED_RE = re.compile(
    r"^\s*-{1,3}\s*\[\s*(?:Страница|Page|Бет)\s+\d{1,4}\s*\]\s*-{1,3}\s*$|^\s*(?:Pages|Страницы)\s*:\s*\|\s*\d",
    re.IGNORECASE,
)
# A scholarly discipline on a line of its own: the section of a student-works or a scholars' site ("Саясаттану",
# "Политология"), by its name or as a branch of science ("Исторические науки", "Тарих ғылымдары"; a Kazakh "-тану"
# is a "-logy": "Әдебиеттану"). A news site's rubrics name topics ("Саясат", "Политика", "Экономика"), not sciences.
DISCIPLINE_RE = re.compile(
    r"^\s*(?:Политология|Political\s+[Ss]cience|Социология|Sociology|Философия|Philosophy|Историография"
    r"|[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+тану|Тарихнама|[А-ЯЁ][а-яё]+(?:ие|ые)\s+науки|[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+"
    r"\s+ғылымдары)\s*$"
)
# A head that cites the paper itself: an author's surname and initials before the quoted title ("Надиров Ш.Г.
# "Казахстан: контуры отношений с Россией""), as a library lists a paper.
CITED_HEAD_RE = re.compile(r"^\s*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.)?\s*[«\"“]")

# An author signed with a scholarly post after the name ("Надежда Тынникова, лаборант Евразийского сектора …",
# "…, research fellow at …"): a scholar's paper. A news byline names a correspondent; an interview's guest is
# told by its turns, decided before this.
SCHOLAR_POST_RE = re.compile(
    # (From the comma after the name's last letter, looked behind for: the search skips to the commas.)
    r"(?<=[^\W\d_]),\s+(?:(?:старший\s+|ведущий\s+|главный\s+)?научный\s+сотрудник|лаборант|заведующ\w+\s+(?:сектор|кафедр|отдел)\w*"
    r"|(?:аға\s+|жетекші\s+|бас\s+)?ғылыми\s+қызметкер\w*|магистрант\w*|докторант\w*|аға\s+оқытушы\w*"
    r"|(?:senior\s+|junior\s+)?research\s+fellow|senior\s+lecturer|PhD\s+(?:student|candidate)"
    # A think tank's scholar after a byline's name ("By Ariel Cohen, …, and Senior Fellow at Atlantic Council").
    r"|(?:and\s+)?(?:Senior|Visiting|Non-?[Rr]esident|Distinguished)\s+Fellow\s+(?:at|of|with)\b)\b",
    re.IGNORECASE,
)

# The author's own voice: the first person plural of an essay's author ("we", "біз", "мы"). A news item reports in
# the third person; a "we" in it is a speaker's, quoted with a verb of reporting. Case-sensitive so that "US" (the
# United States) is not "us".
VOICE_RE = re.compile(
    r"(?<!\w)(?:[Ww]e|[Oo]ur|us|[Мм]ы|[Нн]ас|[Нн]ам|[Нн]аш(?:а|е|и|его|ей|их|ему|им)?|[Бб]із|[Бб]іздің|[Бб]ізге"
    r"|[Бб]ізді|[Бб]ізден|[Бб]іздер\w*|[Нн]ашими|[Нн]ашем|[Нн]ашу)(?!\w)"
)
MIN_VOICE = 2  # one "we" may be a figure of speech; two are the author's voice
# History told in centuries ("в XVI в.", "XVIII ғасырда", "for centuries", "веками"; a Roman numeral may be typed in
# the Cyrillic look-alikes Х and І: "ХVI в."): an essay's or a paper's subject. A news item tells of today and
# dates its events by the day.
HISTORY_RE = re.compile(
    r"(?<!\w)(?:[XVIХІ]{1,5}\s*(?:в\.|вв\.|век\w*|столети\w+|ғ\.|ғасыр\w*|[Cc]entur\w*)|[Cc]entur(?:y|ies)|век(?:а|е|ов|ами)?"
    r"|ғасыр\w*)(?!\w)"
)

# The author's aim stated in the prose in the first person plural (kk/ru/en): "… жайлы қарастыруды мақсат тұттық", "мы
# ставим перед собой задачу …", "Our aim here is to …". A news item reports what others aim at, in the third person.
# The aim is a scholar's act (to consider, study, analyse, show): a speaker quoted in news states a goal of deeds
# ("Our goal is to increase bilateral trade …").
AIM_VERBS = ("қарастыру", "зерттеу", "талдау", "көрсету", "анықтау", "сипаттау")
PROSE_AIM_RE = word_cues(
    "|".join(rf"{verb}\w*\s+мақсат\s+(?:тұттық|еттік|етіп\s+отырмыз)" for verb in AIM_VERBS)
    + r"|ставим\s+(?:перед\s+собой\s+)?(?:задачу|цель)\s+(?:рассмотреть|проанализировать|исследовать|показать|выявить)"
    r"|our\s+(?:aim|purpose|goal)\s+in\s+this\s+(?:paper|article|essay|chapter|study)\s+is\s+to"
)

# A scholar's citation apparatus inside the prose: an author-year reference ("(Abikeeva 2006: 195)", "(Jones and
# Smith, 2019)", "(Иванов 2010, с. 5)") or a pointer to the paper's own table or figure ("(Table 1)", "(см. рис. 2)",
# "(1-кесте)"). A news item names its sources in words and prints no numbered tables. A month is not an author:
# "(Jan 2016)" dates a page.
MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
CITATION_RE = re.compile(
    rf"\((?!{MONTHS}\s)[A-ZА-ЯЁ][\w'’-]+(?:\s+(?:et\s+al\.?|and|и|&)(?:\s+[A-ZА-ЯЁ][\w'’-]+)?)?,?\s+"
    r"(?:19|20)\d{2}[a-zа-я]?(?:\s*[:,]\s*(?:pp?\.\s*|с\.\s*|б\.\s*)?\d+(?:[-–]\d+)?)?\)"
    r"|\((?:see\s+|см\.\s+)?(?:Table|Figure|Fig\.|[Рр]ис\.|[Тт]абл\.|[Тт]аблица|[Рр]исунок|[Сс]урет|[Кк]есте)\s*\d+\)"
    r"|\(\d+[-–](?:кесте|сурет)\)"
    # A report's own numbered exhibits, by chapter ("(Table 1.1)", "(Box 1.1 and Figure 1.1)"), and an author-year
    # reference keyed to a numbered list ("(Index, 2023[2])"): a report's or a paper's apparatus.
    r"|\((?:see\s+)?(?:Table|Figure|Box|Chart|Map|Annex)\s+\d+\.\d+(?:\s+and\s+[A-Z][a-z]+\s+\d+\.\d+)?\)"
    r"|\([A-ZА-ЯЁ][\w'’-]+,?\s+(?:19|20)\d{2}\[\d+\]\)"
    # A numbered reference in square brackets as a scholar prints it: glued to the fact it sources ("…1936 г.[1].")
    # or after the quotation it sources ("…» [1], – деп жазады"), or with its page ("[12, с. 45]", "[3, б. 17]"). A
    # news digest may number its links, spaced after a sentence's last word ("… bypassing Russia [1].").
    # (Each begins at its bracket, the mark before it looked behind for: the search skips to the brackets.)
    r"|\[(?:(?<=[\w.)]\[)|(?<=[»\"”]\[)|(?<=[»\"”]\s\[))\d{1,3}\](?=\s*[.,;:–—)])"
    r"|\[\d{1,3}\s*[,;:]\s*(?:[Сс]\.|[Бб]\.|p\.|pp\.|[Тт]\.|[Vv]ol\.)\s*\d+(?:[-–]\d+)?\]"
)


def cites_sources(text: str) -> bool:
    """The prose cites its sources as a scholar does (author and year, or its own tables and figures)."""
    return CITATION_RE.search(text) is not None


def states_aim(text: str) -> bool:
    """The author states the text's aim in the first person plural, as a paper or an essay does."""
    return PROSE_AIM_RE.search(text) is not None


def essay_voice(text: str) -> bool:
    """Prose with no verb of reporting (asked by the caller) that speaks in its author's own voice or tells history
    by centuries: an essay or an analysis, not news."""
    return len(VOICE_RE.findall(text)) >= MIN_VOICE or bool(HISTORY_RE.search(text))


def scholarly_layout(lines: list[Line]) -> bool:
    """The head or the opening holds one of a scholarly text's layouts: a stated aim, a paginated document's page
    marker, a discipline as the section, a head citing the paper itself, an author with a scholarly post."""
    for line in lines[:HEAD_LINES]:
        text = line.text
        if len(text) > MAX_CUE_LINE_CHARS:
            continue
        if (
            AIM_RE.match(text)
            or PAGINATED_RE.match(text)
            or DISCIPLINE_RE.match(text)
            or CITED_HEAD_RE.match(text)
            or SCHOLAR_POST_RE.search(text)
        ):
            return True
    return False
