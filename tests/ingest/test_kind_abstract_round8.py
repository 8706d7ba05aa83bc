"""Round 8 rules of a record's kind: a document-sharing site's file card, an author's academic degree on a line of
its own, a paper's genre or a bulletin's volume and issue in the head. Each tells a paper or an analytics page
from a news item without an abstract or keywords.

Inputs are small near misses written for each rule in kk/ru/en; each rule has a news counterpart that stays news.
"""

from __future__ import annotations

from django.test import SimpleTestCase

from articles.ingest.kinds import CREDENTIAL_RE, DOCUMENT_RE, PAPER_GENRE_RE
from tests.ingest.rule_samples import one

BODY = {
    "kk": (
        "Тәуелсіздік жылдары Қазақстанның сыртқы саясаты көпвекторлы бағытта дамыды. "
        "Елдің көршілерімен қарым-қатынасы тұрақты, ал өңірдегі ықпалы артып келеді."
    ),
    "ru": (
        "За годы независимости внешняя политика Казахстана развивалась в многовекторном ключе. "
        "Отношения страны с соседями устойчивы, а её влияние в регионе растёт."
    ),
    "en": (
        "Since independence Kazakhstan's foreign policy has developed along several vectors. "
        "Its relations with its neighbours are stable, and its weight in the region keeps growing."
    ),
}


class DocumentCardTests(SimpleTestCase):
    def test_a_file_size_or_download_counter_marks_a_document(self):
        for line in ("өлшемі405,08 Kb.", "Размер: 3.7 Мб", "Статья в формате PDF 120 KB", "Скачиваний:"):
            self.assertTrue(DOCUMENT_RE.search(line), line)

    def test_a_news_figure_is_no_file_size(self):
        for line in ("Экспорт вырос на 3,7 млрд долларов", "The plant will produce 120 MW", "Размер помощи не назван"):
            self.assertFalse(DOCUMENT_RE.search(line), line)

    def test_a_page_with_a_file_card_is_a_paper(self):
        text = f"Қазақстанның сыртқы саясаты\n\nбет9/16\nДата17.01.2023\nөлшемі405,08 Kb.\n\n{BODY['kk']}\n"
        self.assertEqual(one(text).kind, "research_article")


class CredentialTests(SimpleTestCase):
    def test_a_degree_on_its_own_line_marks_a_scholar(self):
        for line in (
            "Филология ғылымдарының докторы,",
            "доктор экономических наук, профессор",
            "PhD, Associate Professor",
            "профессор кафедры международных отношений",
        ):
            self.assertTrue(CREDENTIAL_RE.match(line), line)

    def test_a_sentence_naming_a_professor_is_not_a_credential_line(self):
        for line in ("Как отметил профессор Иванов, …", "The professor said the talks went well."):
            self.assertFalse(CREDENTIAL_RE.match(line), line)

    def test_dated_essay_signed_by_a_doctor_is_a_paper(self):
        for language, degree in (
            ("kk", "Тарих ғылымдарының докторы,"),
            ("ru", "доктор политических наук, профессор"),
            ("en", "PhD, Associate Professor"),
        ):
            text = f"Foreign policy at thirty\n29.07.2019\nAliya Serikova\n{degree}\n\n{BODY[language]}\n"
            self.assertEqual(one(text).kind, "research_article", language)


class GenreTests(SimpleTestCase):
    def test_a_papers_genre_or_a_bulletins_issue_is_named(self):
        for line in (
            "Policy Brief Number 6: Kazakhstan Holds the OSCE Chair",
            "Главная » Рефераттар » Қазақстан дипломатиясы",
            "Publication: Eurasia Daily Monitor Volume: 20 Issue: 134",
            "By Aliya Serikova (12/08/2010 issue of the Analyst)",
            "Курсовая работа по международным отношениям",
        ):
            self.assertTrue(PAPER_GENRE_RE.search(line), line)

    def test_a_news_menu_does_not_name_a_genre(self):
        for line in ("Главная » Новости » Политика", "Analytics | Opinion | World", "Выпуск новостей 12 мая"):
            self.assertFalse(PAPER_GENRE_RE.search(line), line)

    def test_a_bulletin_item_without_apparatus_is_a_paper(self):
        text = f"Kazakhstan Seeks New Routes\n\nPublication: Eurasia Monitor Volume: 20 Issue: 134\n\n{BODY['en']}\n"
        self.assertEqual(one(text).kind, "research_article")

    def test_a_news_item_without_these_cues_stays_news(self):
        text = (
            "Министр провёл встречу с послом\n\n12 мая 2024, 10:15\n\n"
            "Министр иностранных дел заявил, что стороны обсудили сотрудничество. Об этом сообщает пресс-служба.\n"
        )
        self.assertEqual(one(text).kind, "news")
