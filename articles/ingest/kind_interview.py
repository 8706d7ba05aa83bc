"""Cues that tell an interview from a news item quoting one: the lead's announcement of a conversation, a cue word
inside reported speech, questions that are cross-heads, page labels taken for speakers."""

from __future__ import annotations

import itertools
import re

from articles.ingest import cues
from articles.ingest.kind_register import REPORTED_RE

ATTRIBUTED_RE = re.compile(rf"[,.!?…»]\s*[–—-]\s+[^\W\d_{cues.KZ_UPPER}]")  # "…, – сказал он", "…», - деді ол"
LEAD_PARAGRAPHS = 5  # an interview announces its conversation in its lead
FOLLOWING_PARAGRAPHS = 6
# The lead says the outlet talked with someone, in the first person plural: the conversation is the text itself.
# "we asked", "мы поговорили с", "сұрақтарымызға жауап берді", "ғалымдарды әңгімеге шақырдық", "сұхбаттастық".
OWN_CONVERSATION_RE = re.compile(
    # (?=[…]): the first letters of the words (case-insensitive as they are), so most positions fail one test.
    r"(?<!\w)(?=[wмпстә])"
    r"(?:we\s+(?:asked|spoke\s+(?:to|with)|talked\s+(?:to|with)|sat\s+down\s+with)|мы\s+(?:спросили"
    r"|поговорили|побеседовали)|(?:поговорили|побеседовали)\s+с|сұрақтарымызға|әңгімеге\s+шақырдық"
    r"|әңгімелестік|сөйлестік|тілдестік|сұхбаттастық)(?!\w)",
    re.IGNORECASE,
)
# The lead says someone answered questions or talked with the outlet, in the third person: an interview when its
# turns follow ("… answers questions from the magazine." / "Darkhan Aliyevich, how do you assess …?").
CONVERSATION_RE = re.compile(
    # (?=[…]): the first letters of the words (case-insensitive as they are), so most positions fail one test.
    r"(?<!\w)(?=[asопсб])"
    r"(?:answers?\s+(?:the\s+|our\s+)?questions|answered\s+(?:the\s+|our\s+)?questions|spoke\s+(?:to|with)"
    r"|sat\s+down\s+with|shared\s+(?:his|her|their)\s+views|ответил[аи]?\s+на\s+(?:наши\s+)?вопросы"
    r"|отвечает\s+на\s+(?:наши\s+)?вопросы|поговорил[аи]?\s+с|побеседовал[аи]?\s+с|сұрақтарға\s+жауап\s+берді"
    # ... or in the present of a broadcast: "Иван Панкин беседует с …" ("talks with" may be negotiations).
    r"|бесед(?:ует|уют)\s+с)"
    r"(?!\w)",
    re.IGNORECASE,
)
# An interviewer addresses the interviewee by name and patronymic: "Саидикрам Пархатович, как …", "Darkhan
# Aliyevich, how …", "Ермұхамет Қабиденұлы, …".
VOCATIVE_RE = re.compile(
    r"^\s*(?:[–—-]\s+)?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*(?:ovich|evich|ovna|evna|ович|евич|овна|евна|ұлы"
    r"|қызы|uly|kyzy)\s*,"
)
# An interviewer's dash turn addressing the interviewee by a title of respect: "— Төребек мырза, …", "– Айгүл
# ханым, …", "— Господин посол, …", "— Mr. Pantucci, …". News quotes its speakers; it does not address them.
ADDRESS_TURN_RE = re.compile(
    r"^\s*[–—-]\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w-]+|(?:[Гг]осподин|[Гг]оспожа)\s+[А-ЯЁа-яё][\w-]+"
    r"|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+\s+(?:мырза|ханым))\s*,"
)
# A broadcast's guests under their label ("Гости выпуска:", "Гость студии:", "Бағдарлама қонақтары:", "Guests:"): a
# talk show's conversation, printed as its page.
GUESTS_RE = re.compile(
    r"^\s*(?:Гост(?:и|ь)\s+(?:выпуска|студии|программы|эфира|передачи)|(?:Бағдарлама|Студия)\s+қонақ(?:тары|ы)"
    r"|(?:Our\s+)?Guests?(?:\s+of\s+the\s+(?:show|episode|programme|program))?)\s*:",
    re.IGNORECASE,
)
# A head line that says whom the text interviews: "Interview with Dr. …", "Интервью с …", "Беседа с …", "… төрайымы
# Анар Шамшадиновамен сұхбат" (a name in the instrumental before "сұхбат" closing the line). A rubric's bare
# "Интервью" or a news item's "said in an interview" names no one the text talks with.
INTERVIEW_WITH_RE = re.compile(
    r"^\s*(?:(?:An?\s+)?(?:[Ee]xclusive\s+)?[Ii]nterview\s+with\s+[A-Z]|(?:Интервью|Беседа)\s+с\s+[А-ЯЁа-яё]"
    r"|.{0,150}\w(?:мен|пен|бен)\s+сұхбат\s*\.?\s*$)"
)
MAX_INTERVIEW_WITH_CHARS = 200
REPORTING_WINDOW = 60
# A speaker's words reported from an interview: the verb of saying just before the cue word (en/ru) ...
REPORTED_BEFORE_RE = re.compile(
    # (up to seven words between: "told the Voice of America (VOA) in an interview").
    r"(?<!\w)(?:said|told|tells|stated|noted|сказал[аи]?|заявил[аи]?|отметил[аи]?|сообщил[аи]?|подчеркнул[аи]?)"
    r"(?:\s+\S+){0,7}\s+(?:in|во?|to)?\s*$",
    re.IGNORECASE,
)
# ... or, in Kazakh, "his interview" in the locative and the verb after it: "… сұхбатында атап өтті".
POSSESSIVE_CUE_RE = re.compile(r"сұхбатында", re.IGNORECASE)
REPORTED_AFTER_RE = re.compile(r"(?<!\w)(?:айтты|деді|атап\s+өтті|мәлімдеді|жеткізді)(?!\w)", re.IGNORECASE)
# ... or the Russian news formula "Об этом в интервью …" with the verb after the cue: "Об этом в интервью
# телеканалу «Хабар 24» заявил посол …" ("В интервью … он рассказал, …" introduces the interview itself).
IN_INTERVIEW_BEFORE_RE = re.compile(r"(?<!\w)об\s+этом\s+(?:\S+\s+){0,2}в\s*$", re.IGNORECASE)
SAID_AFTER_RE = re.compile(
    r"(?<!\w)(?:заявил[аи]?|сказал[аи]?|отметил[аи]?|сообщил[аи]?|рассказал[аи]?)(?!\w)",
    re.IGNORECASE,
)
# "talks with" the noun after an adjective ("We are in close talks with …", "held bilateral talks with"): negotiations.
QUALIFIED_TALKS_RE = re.compile(
    r"\b(?:on|of|in|for|the|held|hold|holds|holding)\s+(?:close|direct|bilateral|trilateral|peace|trade|further"
    r"|official|formal|informal|separate|preliminary|fresh|new|high-level)\s+$",
    re.IGNORECASE,
)
# Interviews as a study's method ("we conducted interviews", "semi-structured interviews", "глубинные интервью"): a
# paper's fieldwork, not the text's own conversation. An interview's own words ("Сұхбатты жүргізген …", "Expert
# interview") are not among them.
METHOD_INTERVIEW_RE = re.compile(
    r"(?:conduct\w*|carried\s+out|semi-structured|in-depth|qualitative|глубинн\w+|полуструктурированн\w+"
    r"|качественн\w+)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "… , помощник посла, в беседе с репортером … сказал": a speaker's words reported from a conversation with
# another outlet, the verb of saying after it ("В интервью … он рассказал, …" introduces the interview itself).
IN_CONVERSATION_BEFORE_RE = re.compile(r"(?<!\w)(?:в|in\s+(?:an?|the|his|her))\s*$", re.IGNORECASE)
SAID_LATER_RE = re.compile(
    r"(?<!\w)(?:заявил[аи]?|сказал[аи]?|отметил[аи]?|сообщил[аи]?|подчеркнул[аи]?|said|stressed|noted|praised"
    r"|emphasi[sz]ed|underlined)(?!\w)",
    re.IGNORECASE,
)
# A speaker's caption ending in a colon over the turn it introduces: "Дүйсенгүл ЖАҚАН, … аға ғылыми қызметкері:",
# "Об этом рассказывает политолог Саид Гафуров:", "Sodiq Safoev, First Deputy Chairman of the Senate:". News
# introduces a quotation with a verb of saying ("Он заявил, в частности:"), which is left to the reporting cues.
CAPTION_CHARS = 120
MAX_CAPTION_PARAGRAPH = 200  # a caption of its own over a quotation (not the end of a lead's sentence)
MIN_TURN_CHARS = 80  # a turn is prose, not a list's item ("- авиация")
OPENING_QUOTES = ("«", '"', "“")
# A turn under its speaker's label with a verb of answering ("Meena Singh Roy replies: …", "… отвечает: …"): an
# expert's answer to a reader's or an editor's question.
ANSWER_LABEL_RE = re.compile(
    r"^\s*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.-]*(?:\s[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.-]*){0,3}\s+(?:replies|answers|responds|отвечает"
    r"|жауап\s+береді)\s*:"
)
# A turn opened by its speaker's name in capitals with no colon ("ALMAGUL KANAGATOVA Competition is tough …").
CAPS_SPEAKER_RE = re.compile(
    r"^\s*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}(?:[\s-][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}){1,2}\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]"
)
MAX_CROSSHEAD_CHARS = 120
CROSSHEAD_CAPITALS = 0.6  # a cross-head in title case capitalises most of its words


def is_turn(paragraph: str) -> bool:
    """A paragraph that is a question, a dash turn, a speaker's turn or an address to the interviewee."""
    return bool(
        paragraph.rstrip().endswith("?")
        or cues.QA_TURN_RE.match(paragraph)
        or cues.QA_LABEL_RE.match(paragraph)
        or cues.SPEAKER_TURN_RE.match(paragraph)
        or VOCATIVE_RE.match(paragraph)
    )


def addresses_interviewee(body: list[str]) -> bool:
    """A dash turn addresses the person spoken to by name and a title of respect (мырза, ханым, господин, Mr)."""
    return any(ADDRESS_TURN_RE.match(paragraph) for paragraph in body)


def says_interview_with(lines: list[str]) -> bool:
    """A short head line names the person the text is an interview with ("Interview with …", "…мен сұхбат")."""
    return any(len(line) < MAX_INTERVIEW_WITH_CHARS and INTERVIEW_WITH_RE.match(line) for line in lines)


def names_guests(lines: list[str]) -> bool:
    """A broadcast's guests listed under their label in the head: a talk show's conversation."""
    return any(GUESTS_RE.match(line) for line in lines)


def announces_conversation(body: list[str]) -> bool:
    """The lead says the text is a conversation: in the outlet's own voice ("we asked …"), or in the third person
    ("… answers questions from the magazine") followed by the turns of the conversation."""
    for index, paragraph in enumerate(body[:LEAD_PARAGRAPHS]):
        if OWN_CONVERSATION_RE.search(paragraph):
            return True
        if CONVERSATION_RE.search(paragraph) and any(
            is_turn(p) for p in body[index + 1 : index + 1 + FOLLOWING_PARAGRAPHS]
        ):
            return True
    return False


def lead_over_turns(lead: list[str], body: list[str]) -> bool:
    """A lead taken for an unlabelled abstract that announces a conversation ("Редакция … побеседовала с экспертом
    …", "we asked …") with dash turns right under it: an interview's lead, not a paper's abstract (a paper that
    names interviews as its method goes on in prose, not in turns)."""
    announced = any(OWN_CONVERSATION_RE.search(p) or CONVERSATION_RE.search(p) for p in lead)
    return announced and any(cues.QA_TURN_RE.match(p) for p in body[:FOLLOWING_PARAGRAPHS])


def unreported_interview_cue(text: str) -> bool:
    """An interview cue word outside reported speech. "… said in an interview with NHK", "Как отметил в беседе с
    корреспондентом …", "… берген сұхбатында атап өтті" is a news item quoting an interview given elsewhere; "В
    интервью … он рассказал, …" or "Interview with …" introduces the interview itself."""
    for match in cues.INTERVIEW_RE.finditer(text):
        before = text[max(0, match.start() - REPORTING_WINDOW) : match.start()]
        after = text[match.end() : match.end() + REPORTING_WINDOW]
        if match.group(0)[:4].casefold() == "talk" and (
            cues.TALKS_NOUN_RE.search(before[-9:]) or QUALIFIED_TALKS_RE.search(before)
        ):
            continue
        if METHOD_INTERVIEW_RE.search(before) and (after[:1] == "s" or match.group(0)[:1] in "иИ"):
            continue  # interviews (plural) as a study's method
        if (
            REPORTED_BEFORE_RE.search(before)
            or (POSSESSIVE_CUE_RE.match(match.group(0) + after) and REPORTED_AFTER_RE.search(after))
            or (IN_INTERVIEW_BEFORE_RE.search(before) and SAID_AFTER_RE.search(after))
            or (IN_CONVERSATION_BEFORE_RE.search(before) and SAID_LATER_RE.search(after))
        ):
            continue
        return True
    return False


def answers_under_captions(body: list[str]) -> bool:
    """A speaker's caption ending in a colon (a name in it, no verb of saying) over an unattributed dash turn, or a
    short caption of its own over a quotation: the layout of an interview's answers."""
    for caption, turn in itertools.pairwise(body):
        tail = caption.rstrip()[-CAPTION_CHARS:]
        if not tail.endswith(":") or len(turn) < MIN_TURN_CHARS or ATTRIBUTED_RE.search(turn):
            continue
        if not cues.NAME_RE.search(tail) or REPORTED_RE.search(tail):
            continue
        if cues.QA_TURN_RE.match(turn) or (
            len(caption) < MAX_CAPTION_PARAGRAPH and turn.lstrip().startswith(OPENING_QUOTES)
        ):
            return True
    return False


def answer_labelled(body: list[str]) -> bool:
    """A turn under its speaker's name and a verb of answering ("Meena Singh Roy replies: …")."""
    return any(ANSWER_LABEL_RE.match(p) for p in body)


def turn_as_abstract(abstracts: list[str]) -> bool:
    """A head's unlabelled abstract that is a conversation's turn: a dash turn ("– Айнұр, өзіңіз туралы …") or a
    speaker's name in capitals opening it ("ALMAGUL KANAGATOVA Competition is …"). An abstract is the author's prose."""
    return bool(abstracts) and bool(cues.QA_TURN_RE.match(abstracts[0]) or CAPS_SPEAKER_RE.match(abstracts[0]))


def is_crosshead_question(paragraph: str) -> bool:
    """A question printed as a cross-head in title case ("How Does Kazakhstan Serve as a Bridge?"): an article's
    section, not an interviewer's question."""
    words = [w for w in paragraph.split() if w[:1].isalpha()]
    if len(paragraph) > MAX_CROSSHEAD_CHARS or len(words) < 3:
        return False
    return sum(1 for w in words if w[:1].isupper()) >= CROSSHEAD_CAPITALS * len(words)


LABELS_RE = re.compile(r"(?:^|\s)[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*:")
MIN_FORM_LABELS = 2


# A widget's label and its figure ("Пробки: 4 балла", "Курсы ЦБ: $ 97,5499 € 106,1426", "Views: 1,229"): a speaker's
# turn says something in words after the colon.
DATA_LABEL_RE = re.compile(r"^[^:]{1,40}:\s*[$€₸£]?\s*\d[^:]{0,40}$")


def is_form(paragraph: str) -> bool:
    """A paragraph of a page's labels ("Вуз: Предмет: Файл: .pdf Скачиваний:") or a widget's label with its figure
    ("Пробки: 4 балла"): a form, not a speaker's turn."""
    return len(LABELS_RE.findall(paragraph[:200])) > MIN_FORM_LABELS or bool(DATA_LABEL_RE.match(paragraph.strip()))
