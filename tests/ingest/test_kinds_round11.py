"""Round 11 rules: a scholarly text's layouts without a journal's apparatus (a stated aim, a paginated document, a
discipline as the section, a head citing the paper, an author with a scholarly post, a blog post), an interview
told by an address to its guest, a first-person dash turn, a talk show's guests or a post before a quoted speaker,
a legacy Kazakh font, a stated language over the abstract's, a headline under a blog's note, a byline or credit line
never taken as the title.

Lines are those of development-set texts (said where), cut short; the rest is written around them.
"""

from __future__ import annotations

from django.test import SimpleTestCase

from articles.ingest import cues
from articles.ingest.kind_analysis import scholarly_layout
from articles.ingest.kind_interview import addresses_interviewee, names_guests, unreported_interview_cue
from articles.ingest.layout import Line
from articles.ingest.title_rules import not_a_title
from tests.ingest.rule_samples import one

NEWS_BODY = (
    "The foreign ministry presented the new doctrine to parliament on Tuesday, and deputies discussed its "
    "priorities for the coming decade in a long session.\n\n"
    "The document names the neighbouring states and the regional organisations as the first partners of the "
    "country, and it sets out the goals of its economic diplomacy.\n"
)


def lines_of(*texts: str) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=1)]


class ScholarlyLayoutTests(SimpleTestCase):
    def test_layouts_of_a_scholar_s_text(self):
        for text in (
            # ru-journal-55: a lecture's stated aim.
            "Цель лекции - Обозначить приоритеты внешней политики РК в вопросах разоружения",
            "Жұмыстың мақсаты: Қазақстанның сыртқы саясатының басымдықтарын анықтау",
            "The aim of this paper is to trace the Belt and Road Initiative in Central Asia.",
            # ru-journal-59: a scanned book site's page marker.
            "-- [ Страница 3 ] --",
            "Pages:     | 1 | 2 || 4 | 5 |   ...   | 7 |",
            # kk-journal-13: the discipline as a student-works site's section; other disciplines and branches.
            "Саясаттану",
            "Әдебиеттану",
            "Исторические науки",
            "Экономика ғылымдары",
            # ru-journal-25: the head cites the paper itself.
            'Надиров Ш.Г. "Казахстан: контуры отношений с Россией". E-mail',
            # ru-journal-50: an author with a scholarly post.
            "_ Надежда Тынникова, лаборант Евразийского сектора ЦКЕМИ НИУ ВШЭ; Юрий Кофнер, заведующий сектором",
        ):
            self.assertTrue(scholarly_layout(lines_of("Заголовок", text)), text)

    def test_a_news_page_s_lines_are_none_of_them(self):
        for text in (
            "Саясат",  # a news site's rubric names a topic, not a science
            "Экономика",
            "Экология",
            "Наука",
            "Цель визита - обсудить торговлю",
            "Страница 3",
            "Айгүл Сейітқызы, тілші",
            "Анна Петрова, корреспондент",
        ):
            self.assertFalse(scholarly_layout(lines_of("Заголовок", text)), text)

    def test_a_lecture_without_apparatus_is_an_article(self):
        record = one(
            "Какие государства предоставили Казахстану гарантии безопасности\n\n"
            "Обновлено: 30.06.2024\n\n"
            "Цель лекции - Обозначить приоритеты внешней политики РК в вопросах разоружения и ядерного "
            "нераспространения\n\n"
            "Казахстан отказался от ядерного оружия в 1990-е годы и получил гарантии безопасности от "
            "ядерных держав в Будапештском меморандуме.\n"
        )
        self.assertEqual(record.kind, "research_article")

    def test_a_blog_post_is_an_article(self):
        # en-journal-67's headline.
        record = one(
            "SEnECa Blog Post: Strengthening the EU-Kazakh Relations: from Capacity to Feasibility\n\n" + NEWS_BODY
        )
        self.assertEqual(record.kind, "research_article")


class InterviewTests(SimpleTestCase):
    def test_an_address_to_the_guest_in_a_dash_turn(self):
        # kk-interview-33's turn.
        self.assertTrue(addresses_interviewee(["— Төребек мырза, сіздер шығарған «Казахи в России» кітабында …"]))
        self.assertTrue(addresses_interviewee(["– Mr. Pantucci, how do you see the region?"]))
        self.assertTrue(addresses_interviewee(["— Господин посол, как вы оцениваете …"]))
        self.assertFalse(addresses_interviewee(["– Біз бұл мәселені шешеміз, – деді Төребек мырза."]))

    def test_a_talk_show_s_guests(self):
        # ru-interview-44's label.
        self.assertTrue(names_guests(["Гости выпуска:", "- Димаш Альжанов, политолог,"]))
        self.assertTrue(names_guests(["Guests of the show: Aidos Sarim, Dosym Satpayev"]))
        self.assertFalse(names_guests(["Гостиница «Казахстан» открылась после ремонта"]))

    def test_a_dash_glued_to_the_answer_is_a_turn(self):
        # kk-interview-34's turn.
        self.assertTrue(cues.QA_TURN_RE.match("–Мен бұл халықаралық жастар бағдарламасына делегат болдым"))
        self.assertTrue(cues.QA_TURN_RE.match("— Безусловно, вы правы."))
        self.assertFalse(cues.QA_TURN_RE.match("-мен бірге"))

    def test_a_first_person_dash_turn_after_a_lead(self):
        record = one(
            "Біздің жастар\n\n"
            "Солардың бірі ақмолалық жас Фариза Қажымұқанова. Ол жуырда Тбилиси қаласында өткен халықаралық "
            "жастар форумына Қазақстаннан делегат ретінде қатысып, ел абыройын үстем етіп оралды.\n\n"
            "–Мен бұл халықаралық жастар бағдарламасына делегат ретінде қатысып, көп нәрсе үйрендім.\n"
        )
        self.assertEqual(record.kind, "interview")

    def test_a_post_before_the_quoted_speaker(self):
        # ru-interview-24's headline.
        record = one(
            "Завотделом внешней политики КИСИ Даурен Абен:«Сомневаюсь, что ядерное оружие обеспечит суверенитет»\n\n"
            "Строительство атомной электростанции в Казахстане обсуждается много лет, и эксперты расходятся "
            "во мнениях о его последствиях для страны и региона.\n"
        )
        self.assertEqual(record.kind, "interview")

    def test_a_structured_abstract_s_parts_are_no_speakers(self):
        # en-journal-61's structured abstract.
        for label in ("Introduction", "Methods", "Results and discussion", "Conclusions", "Введение", "Қорытынды"):
            self.assertTrue(cues.NOT_A_SPEAKER_RE.match(label), label)
        self.assertFalse(cues.NOT_A_SPEAKER_RE.match("Дидахмет Әшімхан"))

    def test_the_news_formula_of_a_reported_interview(self):
        # ru-news-44's lead: a news item quoting an interview given elsewhere.
        self.assertFalse(
            unreported_interview_cue(
                "Об этом в интервью телеканалу «Хабар 24» заявил посол России в Казахстане Алексей Бородавкин."
            )
        )
        # The interview itself: "В интервью … он рассказал, …".
        self.assertTrue(unreported_interview_cue("В интервью нашему изданию он рассказал, как менялась политика."))


class LanguageAndTitleTests(SimpleTestCase):
    def test_the_stated_language_chooses_the_stacked_title(self):
        # ru-journal-21's head.
        record = one(
            "ГЕОГРАФИЧЕСКИЕ ФАКТОРЫ ОПРЕДЕЛЕНИЯ ПРАВОВОГО СТАТУСА КАСПИЙСКОГО МОРЯ\n\n"
            "GEOGRAPHICAL FACTORS OF DETERMINING THE LEGAL STATUS OF THE CASPIAN SEA\n\n"
            "AUTHORS:\n\n"
            "  1. T. I. Pototskaya, Smolensk State University, Smolensk, Russian Federation\n\n"
            "LANGUAGE: Russian\n\n"
            "KEYWORDS: political geography, geopolitics, Caspian Sea, state border, Russia.\n\n"
            "ABSTRACT (ENGLISH): The article contains a geographical analysis of the Concept on the legal status "
            "of the Caspian Sea and of the factors that shaped it.\n\n"
            "Введение\n\n"
            "Рассматривая характер отношений между странами постсоветского пространства, следует отметить роль "
            "Каспийского моря.\n"
        )
        # The Russian title, not the English one under it (recased as the importer recases capitals).
        self.assertEqual(record.title, "Географические факторы определения правового статуса Каспийского моря")
        self.assertEqual(record.language, "ru")

    def test_a_headline_under_a_blog_s_note(self):
        # en-interview-22's head.
        record = one(
            "More catch up posting with another interview in the wake of Sinostan’s publication. This one for the "
            "excellent Central Asian Bureau for Analytical Reporting (CABAR). Many thanks to the wonderful Ruslan "
            "for sorting it out!"
            "\n\n"
            "How Does the War in Ukraine Affect Central Asia? An Interview with Raffaello Pantucci\n\n"
            "Analytical platform spoke with Raffaello Pantucci, Senior Associate Fellow at the Royal United "
            "Services Institute (RUSI), about Central Asian countries in the light of confrontation between "
            "Russia and the West, the indirect impact of sanctions on the region, the role of China and the "
            "potential of the EAEU and the CSTO."
            "\n\n"
            "I think that Central Asia is in a very hard place in this context, because of all the reasons you "
            "outlined.\n"
        )
        self.assertEqual(
            record.title, "How Does the War in Ukraine Affect Central Asia? An Interview with Raffaello Pantucci"
        )

    def test_a_byline_under_the_headline_is_not_the_title(self):
        record = one("Kazakhstan's new foreign policy doctrine\nAidos SARIM, political scientist\n\n" + NEWS_BODY)
        self.assertEqual(record.title, "Kazakhstan's new foreign policy doctrine")
        self.assertEqual(record.authors, ["Aidos SARIM"])

    def test_a_metadata_list_under_the_headline_is_no_interview_s_turns(self):
        # ru-interview-41's head.
        record = one(
            "«Победа России будет свидетельством того, что ей все можно»\n"
            "- Подробности\n"
            "- 8206\n"
            "- 15.08.2024\n"
            "- Алишер АХМЕТОВ\n"
            "Интервью с политологом Аркадием Дубновым\n"
            "Война России с Украиной длится 2,5 года. Редакция побеседовала с экспертом по постсоветскому "
            "пространству о том, чем она грозит Казахстану.\n"
            "- Вы как-то рассказали, что Касым-Жомарт Токаев в 2009 году подарил вам книгу?\n"
            "— Безусловно, вы правы. Мне кажется, это было давно.\n"
        )
        self.assertEqual(record.title, "«Победа России будет свидетельством того, что ей все можно»")

    def test_a_credit_line_is_not_the_title(self):
        for text in ("Edited by John Smith", "Подготовила Анна Петрова", "Дайындаған Айгүл Сейітқызы"):
            self.assertTrue(not_a_title(text), text)
        record = one("Kazakhstan's new foreign policy doctrine\n\nEdited by John Smith\n\n" + NEWS_BODY)
        self.assertEqual(record.title, "Kazakhstan's new foreign policy doctrine")
