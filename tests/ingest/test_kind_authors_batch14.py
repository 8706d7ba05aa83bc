"""Batch 14 kind and author rules: an author's label beats a name-shaped guess; a speaker's label is no initialled
byline; a JATS record's authors; a name over its bracketed affiliation; a transcript's asking speaker named in the
head; a typewriter's "--" dash turn; a source URL glued before a turn; a named first-person answer; a paper's
sections veto a site's questions; a paper's stated relevance; a journal's ISSN; a lead opening with its outlet's
domain; a meeting told in the first person over turns.

Short texts are made up in the shapes of development-set texts; the real texts are read by id at the end.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from articles.ingest.author_interviewer import interviewer_in_head
from articles.ingest.author_labels import (
    jats_authors,
    labelled_byline,
    name_with_bracketed_affiliation,
    title_freed,
)
from articles.ingest.bylines import leading_byline
from articles.ingest.cues import QA_TURN_RE
from articles.ingest.kind_analysis import AIM_RE
from articles.ingest.kind_interview import announces_conversation
from articles.ingest.kinds import DOMAIN_LEAD_RE, ISSN_RE, _named_answer
from articles.ingest.layout import Line
from tests.ingest.rule_samples import one

ROOT = Path(__file__).resolve().parents[2]
DEVSET_TEXTS = ROOT / "fixtures" / "devset" / "texts"


def _lines(text: str) -> list[Line]:
    return [Line(number, line) for number, line in enumerate(text.split("\n"), start=1)]


def _devset(name: str) -> str:
    return (DEVSET_TEXTS / f"{name}.txt").read_text(encoding="utf-8")


class TestAuthorLabels:
    def test_label_with_name_and_post(self) -> None:
        names, used = labelled_byline(
            _lines("Заголовок статьи\nAuthor: John Miller, member of the Advisory Council\nText.")
        )
        assert names == ["John Miller"] and used == {1}

    def test_label_in_each_language(self) -> None:
        for text in (
            "Автор: Иван Петров",
            "Авторлар: Асқар Жұмабаев",
            "Text/photography: Anna Lee",
            "Текст и фото: Анна Смирнова",
        ):
            assert labelled_byline(_lines(f"Title\n{text}\nBody."))[0], text

    def test_label_alone_over_name_and_affiliation(self) -> None:
        lines = _lines("Title\nAuthor:\nElena Smith Faculty of Law, Monash University Clayton, Australia\nBody.")
        assert labelled_byline(lines) == (["Elena Smith"], {1, 2})

    def test_no_label_no_names(self) -> None:
        assert labelled_byline(_lines("Author of the year: the jury chose\nAuthor: the editors")) == ([], set())

    def test_label_beats_a_headline_guessed_as_a_name(self) -> None:
        record = one(
            "eng rus\n\nНавстречу Саммиту ОБСЕ\nТекст вводного абзаца статьи о саммите.\n\nАвтор: Иван Петров\n\nТекст."
        )
        assert record.authors == ["Иван Петров"]


class TestTitleFreed:
    def test_the_line_a_guess_took_for_a_byline(self) -> None:
        lines = _lines("eng rus\nНавстречу Саммиту ОБСЕ\nАвтор: Иван Петров")
        assert title_freed(lines, {1}, ["Навстречу Саммиту ОБСЕ"], {2}) == (1, "Навстречу Саммиту ОБСЕ")

    def test_the_line_over_the_label(self) -> None:
        lines = _lines("The Taliban is like burning pants.\nAuthor: John Miller, member of the Council\nText.")
        assert title_freed(lines, set(), [], {1}) == (0, "The Taliban is like burning pants")
        assert title_freed(_lines("Source: site\nAuthor: John Miller"), set(), [], {1}) is None


class TestOtherBylines:
    def test_speaker_label_is_no_initialled_byline(self) -> None:
        assert leading_byline("Gennadiy N. Lepeshkin: Yes, as I ride the train, I gaze out") is None
        assert leading_byline('Надиров Ш.Г. "Казахстан: контуры отношений с Россией".') is not None

    def test_jats_record(self) -> None:
        xml = (
            '<?xml version="1.0"?><article>\n<contrib contrib-type="author">\n<name>\n<surname>Jash</surname>\n'
            "<given-names>Amrita</given-names>\n</name>\n</contrib>"
        )
        assert jats_authors(_lines(xml))[0] == ["Amrita Jash"]
        assert jats_authors(_lines("<surname>Jash</surname> in prose"))[0] == []

    def test_name_over_bracketed_affiliation(self) -> None:
        lines = _lines("Title of a paper\n\nDinara Omarova (Graduate School of Education, Nazarbayev University)\n")
        assert name_with_bracketed_affiliation(lines)[0] == ["Dinara Omarova"]
        assert name_with_bracketed_affiliation(_lines("Astana (the capital)\n"))[0] == []

    def test_asking_speaker_named_in_head(self) -> None:
        text = (
            "Почетный репортер Майя Ли из Казахстана\nВступление.\nМайя: Когда вы приехали?\nАйя: В марте.\n"
            "Майя: Где вы учитесь?\nАйя: В университете."
        )
        assert interviewer_in_head(_lines(text)) == ["Майя Ли"]
        assert interviewer_in_head(_lines("Майя Ли\nМайя: Вы приехали?\nАйя: Да.")) == []  # one question


class TestKindCues:
    def test_double_hyphen_turn(self) -> None:
        assert QA_TURN_RE.match("-- Почему именно Тюмень?")
        assert not QA_TURN_RE.match("--")

    def test_named_first_person_answer(self) -> None:
        assert _named_answer(["Gennadiy N. Lepeshkin: Yes, as I ride the train, I gaze out the window."])
        assert not _named_answer(["Keywords: Yes, a list"])
        assert not _named_answer(["Kazakhstan: the state adopted a new law."])

    def test_interview_with_url_glued_before_turns(self) -> None:
        text = (
            "В Афганистане сменилась власть\n\nhttps://example.ru/a-52587.html Константин Чуриков: Ну а сейчас "
            "обсудим новость дня. Что будет дальше?\n\nМарина Калинина: Как выстраивать отношения с новой "
            "властью? Как не допустить кризиса?"
        )
        assert one(text).kind == "interview"

    def test_met_with_over_turns(self) -> None:
        body = [
            "Мы встретились со студентами, которые рассказали о своей учебе.",
            "– Для меня, как студентки, учеба за рубежом была великолепным опытом, который пригодится мне в работе.",
        ]
        assert announces_conversation(body)

    def test_paper_sections_veto_a_sites_questions(self) -> None:
        text = (
            "У вас вопросы?\nУ нас ответы:) Сайт студенческих работ\nХалықаралық туризм\n\nМазмұны\n\n"
            "Кіріспе\n\nТуризм саласы ел экономикасының маңызды бөлігі болып табылады."
        )
        assert one(text).kind == "research_article"

    def test_stated_relevance(self) -> None:
        for text in (
            "Актуальность данной работы определяется следующим:",
            "Введение: Актуальность проблемы правового статуса",
            "Зерттеу тақырыбының өзектілігі.",
            "The relevance of the topic is dictated by",
        ):
            assert AIM_RE.match(text), text
        assert not AIM_RE.match("Актуальность вопроса обсудили депутаты")

    def test_issn(self) -> None:
        for text in ("ISSN: 2396-7404", "e-ISSN: 2456 – 6470", "PISSN: 09668136", "ISSN 1736-7514 (Electronic)"):
            assert ISSN_RE.search(text), text
        assert not ISSN_RE.search("ISSN pending")

    def test_domain_lead(self) -> None:
        assert DOMAIN_LEAD_RE.match("Kyzylorda-news.kz «1989 жылы Арал теңізі Берг бұғазынан екіге бөлінді.")
        assert not DOMAIN_LEAD_RE.match("Жаңалықтар: Kyzylorda-news.kz")


@pytest.mark.parametrize(
    ("name", "kind", "authors"),
    [
        ("en-interview-62", "interview", []),
        ("en-interview-63", "interview", ["Dana Oparina"]),
        ("en-journal-91", None, ["Elena Karataeva"]),
        ("en-journal-94", None, ["Amrita Jash"]),
        ("en-journal-95", "research_article", ["Dinara Mukhamejanova"]),
        ("kk-journal-57", "research_article", None),
        ("kk-news-119", "news", None),
        ("ru-interview-63", "interview", None),
        ("ru-interview-65", None, ["Майя Ли"]),
        ("ru-interview-66", "interview", None),
        ("ru-interview-67", "interview", None),
        ("ru-journal-80", "research_article", None),
        ("ru-journal-81", None, ["Султан Акимбеков"]),
    ],
)
def test_devset_texts(name: str, kind: str | None, authors: list[str] | None) -> None:
    record = one(_devset(name))
    if name == "ru-journal-81":  # the headline a name-shaped guess had taken for the byline
        assert record.title == "Навстречу Саммиту ОБСЕ"
    if kind is not None:
        assert record.kind == kind
    if authors is not None:
        assert record.authors == authors
