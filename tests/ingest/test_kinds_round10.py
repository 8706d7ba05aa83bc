"""Kind cues generalised from the round 10 and 11 errors: a scholar's apparatus in short excerpts, an interview's
answers under captions or labels, news words that are not an interview's."""

from django.test import SimpleTestCase

from articles.ingest.kind_analysis import CITATION_RE, SCHOLAR_POST_RE, states_aim
from articles.ingest.kind_interview import (
    answer_labelled,
    answers_under_captions,
    turn_as_abstract,
    unreported_interview_cue,
)
from articles.ingest.kind_register import register_counts
from articles.ingest.kinds import CREDENTIAL_RE, DOCUMENT_RE, PAPER_GENRE_RE


class ScholarlyCuesTests(SimpleTestCase):
    def test_numbered_references_glued_or_after_a_quotation(self) -> None:
        self.assertTrue(CITATION_RE.search("границы менялись до 1936 г.[1]. Историческая логика"))
        self.assertTrue(CITATION_RE.search("«… әлемге танылды» [1], – деп жазады"))
        self.assertTrue(CITATION_RE.search("как отмечает автор [12, с. 45]"))
        # A news digest's link numbers, spaced after a word, are not a scholar's.
        self.assertFalse(CITATION_RE.search("bypassing bottlenecks dominated by Russia and China [1]."))

    def test_report_exhibits_by_chapter(self) -> None:
        self.assertTrue(CITATION_RE.search("along 12,000km of railroad (Box 1.1 and Figure 1.1)."))
        self.assertTrue(CITATION_RE.search("decreased by at least 35% (Index, 2023[2])."))

    def test_stated_aim_of_a_scholar_not_a_speaker(self) -> None:
        self.assertTrue(states_aim("шетелдегі қазақтар жайлы қарастыруды мақсат тұттық."))
        self.assertFalse(states_aim("“Our goal is to increase bilateral trade to US $ 3 billion,” he stated."))

    def test_head_lines_of_papers(self) -> None:
        self.assertTrue(DOCUMENT_RE.search("Transcription"))
        self.assertTrue(CREDENTIAL_RE.match("докторант, кафедра этнологии"))
        self.assertTrue(PAPER_GENRE_RE.search("Библиографическое описание:"))
        self.assertTrue(PAPER_GENRE_RE.search("Ашық сабақ. Тарих. Алаш идеясы"))
        self.assertTrue(SCHOLAR_POST_RE.search("By Jane Roe, school alum, and Senior Fellow at a Council"))
        self.assertFalse(PAPER_GENRE_RE.search("Статья президента опубликована в газете"))


class InterviewCuesTests(SimpleTestCase):
    def test_answers_under_a_speakers_caption(self) -> None:
        answer = "– Менің бұл салада жұмыс істеп келе жатқаныма он бес жыл болды, сондықтан айтарым көп."
        self.assertTrue(answers_under_captions(["Айгүл ОРАЗОВА, жазушы:", answer]))
        # A verb of saying before the colon is news quoting a speaker.
        self.assertFalse(answers_under_captions(["Министр Иван Петров заявил:", answer]))
        # A list under a colon is no answer.
        self.assertFalse(answers_under_captions(["Сферы сотрудничества Ивана Петрова:", "- авиация"]))

    def test_answer_label_and_turn_as_abstract(self) -> None:
        self.assertTrue(answer_labelled(["Jane Roe replies: Since its independence, the country has …"]))
        self.assertTrue(turn_as_abstract(["– Айнұр, өзіңіз туралы айтып беріңізші."]))
        self.assertTrue(turn_as_abstract(["JANE ROE Competition is tough in the education market."]))
        self.assertFalse(turn_as_abstract(["The article examines the competition in the education market."]))

    def test_interview_words_that_are_not_an_interview(self) -> None:
        self.assertFalse(unreported_interview_cue('"We are in close talks with the province," he told the paper.'))
        self.assertFalse(unreported_interview_cue("In 2006 we conducted interviews in several rural locations."))
        self.assertFalse(unreported_interview_cue("Помощник посла в беседе с репортером радио сказал, что …"))
        self.assertTrue(unreported_interview_cue("Interview with the ambassador"))

    def test_reporting_in_the_present(self) -> None:
        self.assertEqual(register_counts("Tokayev emphasizes the need. Hess writes that …")[1], 2)
        self.assertEqual(register_counts("Договор отмечает юбилей.")[1], 0)
