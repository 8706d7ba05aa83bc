"""Tenth-round author rules, on real lines of the development set's texts: an interviewee or a headline's subject
is no author; a list of a show's guests is no signature; bylines with the item's stamp, before a newspaper's name,
after a menu, under a credit label, over a post or degree, in a flattened line, in a raw JSON record, signed by a
press officer or an interviewer, surname first over an affiliation; authors the head missed beside the ones it
read; the writer over an epigraph."""

from __future__ import annotations

from articles.ingest import bylines
from articles.ingest.author_blocks import (
    json_record_authors,
    label_in_capitals,
    name_over_abstract_label,
    name_over_degree,
    names_with_posts,
    surname_first_over_affiliation,
)
from articles.ingest.author_checks import headline_subjects, interviewees, speakers
from articles.ingest.author_completion import completed, name_with_centre
from articles.ingest.author_lists import labelled_after_date
from articles.ingest.bylines import names_in
from articles.ingest.closing_bylines import closing_note, signed_by_officer
from articles.ingest.layout import Line
from articles.ingest.signatures import signature_in_head, signed_names, without_cue_words
from articles.ingest.stamped_bylines import (
    initialed_name_opening,
    name_after_stamp,
    names_after_flat_title,
    names_before_outlet,
    title_before_flat_names,
)
from tests.fixtures import ROOT
from tests.ingest.rule_samples import one

DEVSET_TEXTS = ROOT / "fixtures" / "devset" / "texts"


def _lines(text: str) -> list[Line]:
    return [Line(number, line) for number, line in enumerate(text.split("\n"), start=1)]


def _devset(name: str) -> str:
    return (DEVSET_TEXTS / name).read_text(encoding="utf-8")


SUMAR_TURNS = [
    "Question: [Through Interpreter]. The first question, Ms. Sumar, what’s your opinion on Kazakhstan’s new "
    "geopolitical direction?",
    "DAS Sumar: Kazakhstan plays such an important role here in Central Asia and in the region.",
    "Question: [Through Interpreter]. The next question is [inaudible], ASEAN, [inaudible] and the [Eurasian] "
    "governments [inaudible] urbanizations and unions. How important they are for Kazakhstan?",
    "DAS Sumar: The United States is a firm believer in free trade and global economies and markets.",
]


def test_the_speaker_of_answering_turns_is_the_interviewee() -> None:
    answering, asking = speakers(SUMAR_TURNS)
    assert answering == {"sumar"} and asking == set()
    assert interviewees(["Fatema Z. Sumar"], SUMAR_TURNS, "interview") == []
    # A paper's body may name its author (a self-citation): the rule is not asked there.
    assert interviewees(["Fatema Z. Sumar"], SUMAR_TURNS, "research_article") == ["Fatema Z. Sumar"]


def test_an_addressed_person_is_interviewed_whatever_the_kind() -> None:
    body = ["— Төребек мырза, сіздер шығарған «Казахи в России» кітабында 600-дей Ресейде тұратын қазақтың есімі бар."]
    assert interviewees(["Төребек Сейітов"], body, "news") == []
    assert interviewees(["Айгүл Сейітқызы"], body, "news") == ["Айгүл Сейітқызы"]


def test_a_byline_inside_the_lead_is_the_writer_not_the_subject() -> None:
    lead = [
        "Interview with Axamal Issaliyeva Ph.D. (pictured left), Doctor of Philosophy in Regional Studies. By Harry "
        "Stage, MECACS Blog Administrator Intern, 4th year International Relations student."
    ]
    assert interviewees(["Harry Stage"], lead, "interview") == ["Harry Stage"]


def test_the_person_a_headline_names_is_its_subject() -> None:
    title = (
        "President Kassym-Jomart Tokayev's interview by APA: OTS is becoming well-known and respected player on "
        "international stage"
    )
    assert headline_subjects(["Kassym-Jomart Tokayev"], title) == []
    # A byline glued to the end of the title is read as a byline.
    assert headline_subjects(["Айбек Қобдаб"], "Жаңа жол ашылды Айбек Қобдаб") == ["Айбек Қобдаб"]
    record = one(_devset("en-interview-41.txt"))
    assert record.authors == []
    assert record.title == title


def test_an_interview_page_over_its_interviewee_has_no_author() -> None:
    assert one(_devset("en-interview-33.txt")).authors == []


def test_a_list_of_guests_with_posts_is_no_signature() -> None:
    lines = _lines(
        "Гости выпуска:\n- Димаш Альжанов, политолог,\n"
        "- Роман Василенко, заместитель министра иностранных дел Казахстана,\n"
        "- Анатолий Вайскопф, корреспондент DW в Казахстане."
    )
    assert names_with_posts(lines) == ([], set())
    assert one(_devset("ru-interview-44.txt")).authors == []


def test_the_reporter_after_the_items_stamp() -> None:
    lines = _lines(
        "ШҚО әкімі Ресейдің Өскемендегі бас консулымен кездесті\n\nФото: Аяужан Утеулинова\n\n"
        "21.12.2023, 14:00 105 Оразай Жеңісұлы\n"
    )
    assert name_after_stamp(lines) == (["Оразай Жеңісұлы"], {4})
    assert name_after_stamp(_lines("3-10-2024, 12:17 Думан Кенжеғазыұлы")) == (["Думан Кенжеғазыұлы"], {0})
    assert name_after_stamp(_lines("John Smith | 12 March 2024")) == (["John Smith"], {0})
    # A place after the date is no name; nor is a photo credit.
    assert name_after_stamp(_lines("21.12.2023, 14:00 Өскемен\nФото: Аяужан Утеулинова")) == ([], set())
    assert one(_devset("kk-news-72.txt")).authors == ["Оразай Жеңісұлы"]


def test_reporters_before_their_newspaper_and_date() -> None:
    lines = _lines('Ирина ГАЛКИНА, Лариса УВАЛИЕВА, "Караван", 28 июня\nИнтервью у госсекретаря мы просили давно.')
    assert names_before_outlet(lines) == (["Ирина ГАЛКИНА", "Лариса УВАЛИЕВА"], {0})
    record = one(_devset("ru-interview-39.txt"))
    assert record.authors == ["Ирина ГАЛКИНА", "Лариса УВАЛИЕВА"]
    assert record.title is None  # the byline line is no headline


def test_a_label_after_a_date_below_a_menu_of_cities() -> None:
    names, used = labelled_after_date(_lines(_devset("ru-interview-24.txt")))
    assert names == ["Аскар МУМИНОВ"] and used == {57}


def test_a_credit_label_with_other_credits_after_the_names() -> None:
    assert label_in_capitals(_lines("Текст: Иван Петров, Фото: Анна Ли")) == (["Иван Петров"], {0})
    assert label_in_capitals(_lines("Author: John Smith, Editor: Anna Lee")) == (["John Smith"], {0})
    assert label_in_capitals(_lines("Фото: Аяужан Утеулинова")) == ([], set())


def test_a_name_over_a_birth_note_and_a_degree() -> None:
    lines = _lines(
        "ҰЛЫ ДАЛА ҚҰНДЫЛЫҚТАРЫ – РУХАНИ ЖАҢҒЫРУДЫҢ ҚАЙНАР КӨЗІ\n29.07.2019 0 3 175\nТыныштық Ермекова\n"
        "1966 жылы Ақтөбе облысы, Байғанин ауданы, Кемерши ауылында туған.\nФилология ғылымдарының докторы,\nпрофессор"
    )
    assert name_over_degree(lines) == (["Тыныштық Ермекова"], {2})


def test_names_run_into_a_flattened_pages_title() -> None:
    lines = _lines(
        "Foreign Policy Orientation of Independent Central Asian States: Looking Through the Prism of Ideas and "
        "Identities Alina Nomerovchenko, Jaechun Kim, and William Kang Since the Soviet dissolution in 1991, "
        "Uzbekistan and Kazakhstan have promoted the most active foreign policies in the region. From a wide "
        "perspective, they both have much in common. They both were under Russian domination along with being "
        "the largest states in Central Asia, and they both have taken steps to diversify their foreign relations "
        "since the first days of their independence."
    )
    assert names_after_flat_title(lines) == (["Alina Nomerovchenko", "Jaechun Kim", "William Kang"], set())
    assert title_before_flat_names(lines) == (
        "Foreign Policy Orientation of Independent Central Asian States: Looking Through the Prism of Ideas and "
        "Identities"
    )


def test_the_authors_of_a_raw_json_record() -> None:
    line = '{"title":"Unpacking Sino-Central Asian engagement","authors":"Assel G. Bitabarova","doi":"10.1080/2476"}'
    assert json_record_authors(_lines(line)) == (["Assel G. Bitabarova"], set())


def test_a_statement_signed_by_its_press_secretary() -> None:
    lines = _lines(
        "The CSTO Collective Security Council decided to send the CSTO Collective Peacekeeping Forces to the "
        "Republic of Kazakhstan for a limited period of time to stabilize and normalize the situation in the country."
        "\n\nThe CSTO Press Secretary\n\nVladimir Zaynetdinov\n\nGo back\n\nBack to the section\n\nBack to the all news"
    )
    names, above = signed_by_officer(lines)
    assert names == ["Vladimir Zaynetdinov"] and [line.number for line in above] == [1, 2]
    record = one(_devset("en-news-42.txt"))
    assert record.authors == ["Vladimir Zaynetdinov"] and not record.is_fragment


def test_list_items_and_a_second_author_the_head_missed() -> None:
    listed = _lines(
        "Авторы\n\n  • Ислам Супыалдияров Евразийский национальный университет им Л.Н. Гумилева\n"
        "  • Диляра Супыалдиярова Университет СДУ\n  • Сауле Алиева Евразийский национальный университет\n\nDOI:"
    )
    assert completed(listed, ["Ислам Супыалдияров", "Сауле Алиева"]) == [
        "Ислам Супыалдияров",
        "Диляра Супыалдиярова",
        "Сауле Алиева",
    ]
    assert one(_devset("kk-journal-41.txt")).authors == ["Бөкебай Құралай Мәделханқызы", "Аяпбекова Алия Ескермесовна"]


def test_the_writer_over_an_epigraph() -> None:
    lines = _lines(
        "Казахстан и Россия\n\nБахыт Рустемов\nТолько настоящая дружба и честное партнерство\n"
        " ведет большие и малые народы к общему процветанию.\n\nРустем Нуршаев\n"
    )
    assert completed(lines, ["Рустем Нуршаев"]) == ["Бахыт Рустемов"]


def test_a_name_with_its_centre_or_post_under_the_headline() -> None:
    lines = _lines(
        "Вестник Кавказа\n\nКак Азербайджан и Россия наладили сотрудничество в Каспийском регионе\n\n"
        "Нурад Мамедов, Центр анализа международных отношений"
    )
    assert name_with_centre(lines) == (["Нурад Мамедов"], {4})
    # A name over the words the person says is a speaker, not a byline.
    assert name_with_centre(_lines("Нұрсұлтан Назарбаев, Қазақстан Республикасының Президенті:")) == ([], set())


def test_a_surname_with_initials_opening_a_books_description() -> None:
    lines = _lines(
        "«Медеубаева Ж.М. История формирования внешнеполитической доктрины Республики Казахстан (1991-2010 годы) "
        "Астана 2012"
    )
    assert initialed_name_opening(lines) == (["Медеубаева Ж.М."], set())


def test_interviewers_signatures_in_other_phrasings() -> None:
    assert signed_names("Беседу вела Анна Петрова") == ["Анна Петрова"]
    assert signed_names("Сұхбатты әзірлеген Айгүл Сейітқызы") == ["Айгүл Сейітқызы"]
    assert signed_names("Interview by John Smith") == ["John Smith"]
    # The outlet after a comma is left out; a cue word read into a name is taken off it.
    assert signed_names("Сұхбаттасқан Айгүл Сейітқызы, «Egemen Qazaqstan»") == ["Айгүл Сейітқызы"]
    assert without_cue_words(["Сұхбаттасқан Айгүл Сейітқызы"]) == ["Айгүл Сейітқызы"]
    # A conversation with a person names the interviewee, not a signer.
    assert signed_names("Conversation with John Smith") == []
    lines = _lines("Біздің жастар\n\nСұхбатты әзірлеген Айгүл Сейітқызы\n\n— Сәлеметсіз бе?")
    assert signature_in_head(lines) == (["Айгүл Сейітқызы"], {2})


def test_names_surname_first_over_their_affiliation() -> None:
    lines = _lines(
        "Kazakhstan’s Energy Policy on the Eve of Kashagan Oil Field Production\n\nASSANBAYEV Mukhit\n"
        "KIMEP University, Almaty, Kazakhstan\n"
    )
    assert surname_first_over_affiliation(lines) == (["ASSANBAYEV Mukhit"], {2})
    # A headline's acronym and a word have the same shape: without an affiliation under them they are no byline.
    assert surname_first_over_affiliation(_lines("NATO Summit\n\nThe leaders met in Vilnius on Tuesday.")) == (
        [],
        set(),
    )


CLOSING_BODY = (
    "Deputies ratified the agreement on international combined cargo transportation between the governments of "
    "Kazakhstan, Azerbaijan and Georgia, which was signed in Astana last year."
)


def test_a_note_on_the_author_at_the_end() -> None:
    for note in (
        "About the author: John Smith is a senior fellow at the Atlantic Council.",
        "John Smith is a senior fellow at the Atlantic Council.",
        "Author: John Smith, senior fellow at the Atlantic Council",
    ):
        names, above = closing_note(_lines(f"{CLOSING_BODY}\n\n{note}"))
        assert names == ["John Smith"] and [line.text for line in above] == [CLOSING_BODY, ""]
    assert closing_note(_lines(f"{CLOSING_BODY}\n\nОб авторе: Иван Петров — политолог, эксперт Института."))[0] == [
        "Иван Петров"
    ]
    # A note on a news item's subject gives no writer's post; a list of guests is no signature.
    assert closing_note(_lines(f"{CLOSING_BODY}\n\nKassym-Jomart Tokayev is the President of Kazakhstan."))[0] == []
    guests = "- Димаш Альжанов, политолог,\n- Анатолий Вайскопф, корреспондент DW в Казахстане."
    assert closing_note(_lines(f"{CLOSING_BODY}\n{guests}"))[0] == []


def test_byline_marks_orcids_dots_and_posts() -> None:
    # Several affiliation digits glued to a name, an ORCID after it, a journal's dot between names.
    assert names_in("Mukhit Assanbayev1,2, Aigerim Seitova1*") == ["Mukhit Assanbayev", "Aigerim Seitova"]
    assert names_in("Петров И.И.1,2, Сидоров А.А.3") == ["Петров И.И.", "Сидоров А.А."]
    assert names_in("Mukhit Assanbayev https://orcid.org/0000-0001-5098-9206") == ["Mukhit Assanbayev"]
    assert names_in("Mukhit Assanbayev · Aigerim Seitova") == ["Mukhit Assanbayev", "Aigerim Seitova"]
    # A post's words are no name; years parted by commas are no affiliation digits.
    assert names_in("Senior Lecturer") == []
    assert names_in("In 2019, 2020, and 2021 the") == []


def test_a_name_between_the_title_and_the_abstracts_label() -> None:
    title = "Приоритеты Казахстана в Шанхайской Организации Сотрудничества в период предстоящего председательства"
    for byline, name in (
        ("Айдана Махметова", "Айдана Махметова"),
        ("Айдана Махметова (Астана, Казахстан)", "Айдана Махметова"),
        ("АЙДАНА МАХМЕТОВА", "АЙДАНА МАХМЕТОВА"),
    ):
        lines = _lines(f"{title}\n{byline}\nАннотация\nАналитический доклад посвящен анализу председательства.")
        assert name_over_abstract_label(lines) == ([name], {1})


def test_post_words_are_no_names_but_a_given_name_that_is_a_post_elsewhere_is() -> None:
    assert names_in("Senior Lecturer") == []
    assert names_in("Dean Baker") == ["Dean Baker"]
    assert names_in("Mukhit Assanbayev · Aigerim Seitova") == ["Mukhit Assanbayev", "Aigerim Seitova"]


def test_a_very_long_line_is_read_without_being_cached() -> None:
    line = "Aigerim Seitova, " + "word " * 5000  # a flattened page: no worker should keep it after its import
    cached = bylines._long_names_in.cache_info().currsize
    assert names_in(line) == []
    assert bylines._long_names_in.cache_info().currsize == cached
