"""A record's kind (interview, research article or news), decided from cues of the whole text."""

from __future__ import annotations

import itertools
import re

from articles.ingest import cues
from articles.ingest.bylines import names_in
from articles.ingest.fields import LABEL_ALONE_RE
from articles.ingest.head_model import Head
from articles.ingest.kind_analysis import cites_sources, essay_voice, scholarly_layout, states_aim
from articles.ingest.kind_interview import (
    ATTRIBUTED_RE,
    addresses_interviewee,
    announces_conversation,
    answer_labelled,
    answers_under_captions,
    is_crosshead_question,
    is_form,
    lead_over_turns,
    names_guests,
    says_interview_with,
    turn_as_abstract,
    unreported_interview_cue,
)
from articles.ingest.kind_register import REPORTED_RE, register_counts
from articles.ingest.layout import HEAD_LINES, Line
from articles.ingest.title_labels import GENRE_PREFIX_RE
from articles.ingest.titles import QUESTION_MARKS

SELF_DESCRIBED_PARAGRAPHS = 5
MIN_SCHOLARLY_DIALOGUE_TURNS = 4  # a paper with an abstract is an interview only when its turns go on
MAX_QUESTION_CHARS = 300  # an interviewer's question printed without a dash is short
TRAILING_OFF = ("…", "...")
# The words of analysis: what a paper, an essay or an analytics page says about itself and its method (kk/ru/en).
# A word inside a hyphenated compound or before an institution's or an event's noun names that institution or
# event, not the text's method ("ғылыми-зерттеу институты", "научно-практическая конференция", "зерттеу институты",
# "ғылыми конференциясы", "Research Center"; the institutions of cues.INSTITUTION_RE): a news item's words.
ANALYTIC_RE = re.compile(
    # (?=[…]): the first letters of the words (case-insensitive as they are), so most positions fail one test.
    r"(?<![\w-])(?=[aceimprstазикмнпстғ])"
    r"(?:article|paper|study|research|analysis|analy[sz]es|theor\w+|concepts?|conceptual\w*|approach(?:es)?"
    r"|methodolog\w+|scholar\w*|et\s+al|ibid|статья|статье|статьи|исследовани\w+|анализ\w*|концепци\w+|теори\w+"
    r"|подход\w*|методолог\w+|научн\w+|там\s+же|мақала\w*|зерттеу\w*|талдау\w*|тұжырымдама\w*|теория\w*"
    r"|ғылыми\w*)(?![\w-])"
    rf"(?!\s+(?:{cues.INSTITUTION_RE.pattern}|орталы|центр|конференц|cent(?:er|re)|conference))",
    re.IGNORECASE,
)
# A paper's own section headings on lines of their own, or the table of contents of a paper or of a periodical's
# issue ("Оглавление", "содержание номера"): a news item has none of them.
PAPER_SECTION_RE = re.compile(
    r"^\s*(?:\d\.?\s*)?(?:Кіріспе|Введение|Introduction|Қорытынды|Заключение|Conclusions?|Мазмұны|Содержание"
    r"|Table\s+of\s+contents|Contents|Оглавление|Содержание\s+номера)\s*:?\s*$",
    re.IGNORECASE,
)
MIN_ANALYTIC_WORDS = 2
ANALYSIS_RATIO = 1  # the cues of analysis must outnumber those of reporting
MAX_SECTION_CHARS = 40
ANALYSIS_LINES = 120  # the genre shows in a text's opening: its head, its first sections
ANALYSIS_CHARS = 4000
# A document's text shown by a document-sharing viewer (a "Transcript" label alone, "Page 1: …") or a book's
# ISBN: a paper, a book chapter or a journal issue; a news item is published as a page, not as a file.
# (Its parts are searched apart, each as fast as it can be: the labels alone on a line, the file's size, and a
# book's number only where ten digits stand together.)
DOCUMENT_LINE_RE = re.compile(
    r"\s*(?:Transcript(?:ion)?|Page\s+1\s*:.*)\s*$"
    # A document-sharing site's file card: the file's size ("өлшемі405,08 Kb.", "Размер: 3.7 Mб", "PDF 120 KB")
    # and its download counter ("Скачиваний:"); a news item is a page, not a file with a size.
    r"|\s*(?:Скачиваний|Жүктелді|Размер\s+файла|Размер|File\s+size)\s*:",
    re.IGNORECASE,
)
FILE_SIZE_RE = re.compile(r"\d(?:[.,]\d+)?\s*(?:Kb|Mb|Кб|Мб)\b", re.IGNORECASE)
ISBN_RE = re.compile(r"\bISBN(?:-1[03])?\s*:?\s*[\d-]{10,}", re.IGNORECASE)
TEN_DIGITS_RE = re.compile(r"[\d-]{10}")
DOCUMENT_RE = re.compile(
    rf"^(?:{DOCUMENT_LINE_RE.pattern})|{ISBN_RE.pattern}|{FILE_SIZE_RE.pattern}", re.IGNORECASE
)  # all in one: is_document_line() is its search


# A periodical's serial number with its digits ("ISSN: 2396-7404", "e-ISSN 2456-6470", "PISSN: 09668136"): the page
# of a journal's paper or issue. A news site's page does not print one beside its items.
ISSN_RE = re.compile(r"ISSN\)?\s*:?\s*(?:\(?[A-Za-z]+\)?\s*)?\d{4}\s*[-–]?\s*\d{3}[\dXx]")


def is_document_line(text: str) -> bool:
    """DOCUMENT_RE.search(text) is not None."""
    return bool(
        DOCUMENT_LINE_RE.match(text)
        or FILE_SIZE_RE.search(text)
        or (TEN_DIGITS_RE.search(text) and ISBN_RE.search(text))
    )


# An author's academic degree on a line of its own under the byline ("Филология ғылымдарының докторы,",
# "доктор экономических наук, профессор", "PhD, Associate Professor"): a scholar signing an essay or a paper.
# A news item names an expert's degree inside a sentence, an interview introduces its guest before the turns.
CREDENTIAL_RE = re.compile(
    r"^\s*(?:(?:доктор|кандидат)\s+[^\W\d_]+\s+наук|[^\W\d_]+\s+ғылымдарының\s+(?:докторы|кандидаты)|PhD\b|Ph\.\s?D\.?"
    r"|Doctor\s+of\s+(?:Philosophy|Sciences?|[^\W\d_]+\s+Sciences)|(?:Associate\s+|Assistant\s+|Full\s+)?Professor\b"
    r"|профессор\w*|доцент\w*"
    # A research student's post on a line of its own under the name ("докторант, кафедра археологии …",
    # "PhD student, …", "магистрант"): a paper's author; a news item names students inside its sentences.
    r"|(?:докторант|магистрант|аспирант|соискатель)\w*\s*,|(?:PhD|Ph\.D\.|doctoral|master'?s)\s+(?:student|candidate)\s*,"
    # The same degree abbreviated: "Ф.ғ.к." (филология ғылымдарының кандидаты), "т.ғ.д.", "к.э.н.", "д.полит.н.".
    r"|[^\W\d_]{1,4}\.\s?ғ\.\s?[кд]\.|[кд]\.\s?[^\W\d_]{1,6}\.\s?н\.)",
    re.IGNORECASE,
)
MAX_CREDENTIAL_CHARS = 90
# A paper's genre or a periodical's issue named in the head: a think tank's series ("Policy Brief Number 6:",
# "Working Paper"), a student-works site's section ("Главная » Рефераттар »", "Курсовая работа"), an institute's
# report ("Экспертный доклад"), an analytics bulletin's volume and issue ("Volume: 20 Issue: 134", "(12/08/2010
# issue of the …)"). A news site's menu may say "Analytics"; it does not name these.
PAPER_GENRE_RE = re.compile(  # (?<!\w): every shape opens a word or the line, so no position inside a word is tried
    r"(?<!\w)(?:\b(?:(?:Policy|Issue)\s+Briefs?|(?:Working|Discussion|Occasional|Research|Policy)\s+Papers?|Реферат(?:тар|ы)?"
    r"|(?:Курсовая|Дипломная)\s+работа|Курстық\s+жұмыс|Дипломдық\s+жұмыс|Эссе"
    r"|(?:Экспертный|Аналитический)\s+доклад|(?:Expert|Analytical)\s+[Rr]eport"
    r"|Сараптамалық\s+баяндама)\b"
    # A numbered issue of a series of reports or bulletins ("PSCRP-BESA Reports No 108", "Бюллетень №71").
    r"|\b(?:Reports?|Bulletin|Бюллетень|Бюллетені)\s*(?:No\.?|Number|№)\s*\d+"
    r"|\bVolume\s*:\s*\d+\s+Issue\s*:\s*\d+|\b\d{1,2}/\d{1,2}/(?:19|20)\d{2}\s+issue\s+of\b"
    # A conference paper's or a library's record of the text: "Библиографическое описание:", "Статья опубликована в
    # рамках: … конференции"; a school's lesson published as a teacher's paper ("Ашық сабақ.", "Открытый урок").
    r"|^\s*(?:Библиографическое\s+описание|Библиографическая\s+ссылка|Bibliographic\s+(?:description|reference)"
    r"|Библиографиялық\s+сипаттама)\s*:|^\s*Статья\s+опубликована\s+в\s+рамках\b"
    r"|^\s*(?:Ашық\s+сабақ|Открытый\s+урок|Сабақ\s+жоспары|Конспект\s+урока|План[\s-]конспект\s+урока)\b)",
    re.IGNORECASE,
)
MAX_GENRE_LINE_CHARS = 200
# An interviewee's answer opens in the first person or with a yes or a no (en/ru/kk): "I think …", "Yes, absolutely.",
# "Мы считаем …", "Иә, …", "Біз …". News quotes its speakers inside sentences that name them.
FIRST_PERSON_ANSWER_RE = re.compile(
    r"^\s*(?:I|I'm|I’m|We|Yes|No|Well|Я|Мы|Да|Нет|Конечно|Мен|Біз|Иә|Жоқ|Әрине)\b[,.!]?\s",
)
# A question put to the reader's "you" (en/ru/kk): "Can you give us an overview …?", "Как вы оцениваете …?", "Сіздің
# ойыңызша …?". An interviewer asks the guest; a news item's or an essay's rhetorical question asks about others.
ADDRESSED_RE = re.compile(
    r"(?<!\w)(?:you|your|вы|вас|вам|ваш\w*|сіз|сізді|сізге|сіздің|сізден|сіздіңше|ойыңызша)(?!\w)", re.IGNORECASE
)
CLOCK_RE = re.compile(r"\b(?:[01]?\d|2[0-3]):[0-5]\d\b")  # a news page stamps its item "15.11.2025 11:23"


def is_label(word: str) -> bool:
    """A page's label before a colon ("Affiliation:", "Journal:"), not a speaker's name."""
    return bool(cues.NOT_A_SPEAKER_RE.match(word) or LABEL_ALONE_RE.match(word))


def reads_as_analysis(head: Head, lines: list[Line], *, stamped: bool = False) -> bool:
    """A journal-like page without a scholar's apparatus (an analytics paper, an essay, a student paper, the PDF
    text of an article cut before its abstract). A paper's section headings on lines of their own ("Кіріспе",
    "Introduction", "Содержание") tell it whatever its stamps, and so does a document viewer's "Transcript" label
    or a book's ISBN; otherwise there is no dateline and no news stamp (a day's date or a clock time in the head, a
    scraper's `date …` line: `stamped`), and the words of analysis
    outnumber twice over the verbs of reporting. Each cue alone is weak (news cites studies, essays carry dates);
    together they tell the genre."""
    head_lines = lines[:ANALYSIS_LINES]
    if any(len(line.text) < MAX_SECTION_CHARS and PAPER_SECTION_RE.match(line.text) for line in head_lines):
        return True  # "Кіріспе", "Introduction", "Содержание": the sections of a paper, whatever its stamps
    if any(is_document_line(line.text) or ("ISSN" in line.text and ISSN_RE.search(line.text)) for line in head_lines):
        return True  # a document viewer's transcript, a book's ISBN, a journal's ISSN: a file or a paper, not news
    if scholarly_layout(lines):
        return True  # a stated aim, a paginated document, a discipline, a head citing the paper: dated or not
    if any(len(line.text) < MAX_CREDENTIAL_CHARS and CREDENTIAL_RE.match(line.text) for line in lines[:HEAD_LINES]):
        return True  # a degree under the byline: a scholar's essay or paper, dated or not
    if any(
        len(line.text) < MAX_GENRE_LINE_CHARS and (PAPER_GENRE_RE.search(line.text) or GENRE_PREFIX_RE.match(line.text))
        for line in lines[:HEAD_LINES]
    ):
        # "Policy Brief", "Рефераттар", "Volume: 20 Issue: 134": a paper or a bulletin's issue; an opinion's genre
        # before its title ("… Blog Post: …", "Op-ed: …", "Колонка: …"): an essay.
        return True
    text = "\n".join(line.text for line in head_lines)[:ANALYSIS_CHARS]
    if cites_sources(text) or states_aim(text):
        # "(Abikeeva 2006: 195)", "(Table 1)", "…[1]": a scholar's apparatus in the prose; "… қарастыруды мақсат
        # тұттық": the author's stated aim. Dated or not.
        return True
    top = [line.text for line in lines[: HEAD_LINES + 1]]
    if stamped or any(cues.DATELINE_RE.match(t) or (":" in t and CLOCK_RE.search(t)) for t in top):
        return False
    if any(found.precision == "day" for found in head.dates):
        return False
    argued, reported = register_counts(text)
    if not reported and essay_voice(text):
        return True  # nothing reported, and the author speaks as "we" or tells centuries: an essay
    analytic = len(ANALYTIC_RE.findall(text)) + argued
    return analytic >= MIN_ANALYTIC_WORDS and analytic > ANALYSIS_RATIO * reported


def _questions_answered(body: list[str]) -> bool:
    """An interviewer's questions and the guest's answers in the body (cues of an interview, asked only of a text
    with no scholar's apparatus: each scans the body)."""
    # A question in a dash turn answered by the next dash turn: "– Как вы оцениваете …?" / "– Сегодня …".
    # An interviewer may trail off instead of asking ("— Елші мырза, … сұрақтан бастасақ…"); a quote in news
    # names its speaker after a second dash ("– …, – сказал он"), an interview's turns do not.
    if any(
        (
            question.rstrip().endswith(QUESTION_MARKS)
            or (question.rstrip().endswith(TRAILING_OFF) and not ATTRIBUTED_RE.search(question + answer))
        )
        and (cues.QA_TURN_RE.match(question) or len(question) < MAX_QUESTION_CHARS)
        and cues.QA_TURN_RE.match(answer)
        and not ATTRIBUTED_RE.search(answer)
        for question, answer in itertools.pairwise(body[:13])
    ):
        return True
    # A question of its own paragraph answered in the first person by the next one, with no dashes: "…, China wins
    # on points. Why is this?" / "I think we have to judge …".
    if any(
        question.rstrip().endswith(QUESTION_MARKS)
        and len(question) < MAX_QUESTION_CHARS
        and FIRST_PERSON_ANSWER_RE.match(answer)
        for question, answer in itertools.pairwise(body[:13])
    ):
        return True
    # A question of its own paragraph put to "you", answered by the next paragraph, which reports no one's words:
    # "Can you give us an overview …?" / "“This has been a changing year …" (not "The ministry said …").
    if any(
        question.rstrip().endswith(QUESTION_MARKS)
        and len(question) < MAX_QUESTION_CHARS
        and ADDRESSED_RE.search(question)
        and not answer.rstrip().endswith(QUESTION_MARKS)
        and not ATTRIBUTED_RE.search(answer)
        and not REPORTED_RE.search(answer)
        for question, answer in itertools.pairwise(body[:13])
    ):
        return True
    # An interviewer's question in a dash turn, whatever the answer's print ("– Сіздіңше, 2026 жыл … бола ма?" /
    # "Жалпы, 2026 жылы …"); news quotes its speakers in dash turns that name them ("…, – деді ол"), not questions.
    if any(
        cues.QA_TURN_RE.match(p) and p.rstrip().endswith(QUESTION_MARKS) and not ATTRIBUTED_RE.search(p) for p in body
    ):
        return True
    # An answer in a dash turn in the first person with no one named after it ("–Мен бұл бағдарламаға …"): the
    # interviewee's own words; news quotes its speakers and names them ("– Біз …, – деді ол", "… деді").
    return any(
        cues.QA_TURN_RE.match(p) and FIRST_PERSON_ANSWER_RE.match(p.lstrip(" –—-")) and not ATTRIBUTED_RE.search(p)
        for p in body
    ) and not any(REPORTED_RE.search(p) for p in body)


def decide_kind(head: Head, title: str | None, lines: list[Line], body: list[str], *, stamped: bool = False) -> str:
    """The kind of a record, decided from the whole text: an interview's turns or cue words, a paper's abstract,
    keywords, identifiers or self-description, or a page that reads as analysis; news otherwise."""
    opening = " ".join([title or ""] + [line.text for line in lines[:8]])
    turns = sum(1 for p in body if cues.QA_TURN_RE.match(p))
    # A question in title case is a cross-head of an article ("How Does Kazakhstan Serve as a Bridge?").
    questions = sum(1 for p in body if p.rstrip().endswith("?") and not is_crosshead_question(p))
    speaker = cues.SPEAKER_HEADLINE_RE.match(title or "")
    # A headline that is a person's words: "Ғани Қарасаев: Қазақстан көп істе көшбасшы болды"; a number before the
    # colon names a series ("Policy Brief Number 6: …"), never a person.
    prefix = (title or "").split(":", 1)[0]
    words = (title or "").split(":", 1)[1].lstrip() if ":" in (title or "") else ""
    # A post before the name, the words in quotes: "Завотделом внешней политики КИСИ Даурен Абен:«Сомневаюсь …»".
    posted = words[:1] in ("«", '"', "“") and len(names_in(" ".join(prefix.split()[-2:]))) == 1
    quoted = bool(words) and not any(c.isdigit() for c in prefix) and (len(names_in(prefix)) == 1 or posted)
    speakers = [
        m.group("speaker")
        for p in body
        if (m := cues.SPEAKER_TURN_RE.match(p))
        and not is_label(m.group("speaker"))
        and not is_form(p)
        # The headline printed again in the body ("ЖАҢАЛЫҚТАР Бішкек: Қазақ-қырғыз …") is no speaker's turn.
        and not (title and title in p)
    ]
    dialogue = len(speakers) >= 2 and len(set(speakers)) >= 2
    # A paper says what it does in its opening paragraphs ("This article argues …", "В статье …").
    described = any(cues.ABSTRACT_OPENER_RE.match(p) for p in body[:SELF_DESCRIBED_PARAGRAPHS])
    scholarly = bool(head.abstracts or head.keywords or head.research >= 2 or described)
    # A paper's own section headings ("Мазмұны", "Introduction"): its questions are a paper's or a site's
    # advertisement's ("У вас вопросы?"), not an interviewer's; an interview's turns still tell it.
    sectioned = any(
        len(line.text) < MAX_SECTION_CHARS and PAPER_SECTION_RE.match(line.text) for line in lines[:ANALYSIS_LINES]
    )
    pairs = itertools.pairwise(lines[: HEAD_LINES + 1])  # a source line may wrap before its date
    head_texts = [line.text for line in lines[:HEAD_LINES]]
    if (
        speaker
        # A turn under "… replies:", or a head's "abstract" that is a turn ("– Айнұр, …", "ALMAGUL KANAGATOVA …").
        or answer_labelled(body)
        or (not head.keywords and turn_as_abstract(head.abstracts))
        or (quoted and not scholarly)  # "Eurasian Economic Union: a challenge …" is a paper's title
        or (dialogue and (not scholarly or len(speakers) >= MIN_SCHOLARLY_DIALOGUE_TURNS))
        or (not scholarly and not sectioned and _questions_answered(body))
        # A speaker's caption over an answer ("Тұрсынай ОРАЗБАЕВА, автор:" / "– Менің …").
        or (not scholarly and answers_under_captions(body))
        # A paper's abstract may name interviews as its method: the cue word tells an interview elsewhere.
        # A cue word inside reported speech ("said in an interview with NHK") is a news item quoting one.
        or (not scholarly and unreported_interview_cue(opening))
        # The lead announces the conversation the text is ("we asked …", "… answers questions from …").
        or (not scholarly and announces_conversation(body))
        # A lead read as the abstract announces the conversation over its turns (no keywords: not a paper's).
        or (not head.keywords and lead_over_turns(head.abstracts[:1], body))
        # The interviewer addresses the interviewee: "— Төребек мырза, …".
        or (not scholarly and addresses_interviewee(body))
        # A talk show's guests under their label ("Гости выпуска:").
        or (not scholarly and names_guests(head_texts))
        # A head line names whom the text interviews ("Interview with …", "…мен сұхбат").
        or (not scholarly and says_interview_with(head_texts))
        # A source line says whom an interview was given to and when ("Interview to … newspaper, 2002").
        or any(cues.INTERVIEW_SOURCE_RE.match(f"{a.text.strip()} {b.text.strip()}") for a, b in pairs)
        # Questions in a paper with an abstract or keywords are its research questions, not an interview's.
        or (not scholarly and not sectioned and ((turns >= 4 and questions >= 2) or questions >= 3))
    ):
        return "interview"
    if scholarly or reads_as_analysis(head, lines, stamped=stamped):
        return "research_article"
    return "news"
