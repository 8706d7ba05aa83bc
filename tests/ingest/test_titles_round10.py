"""Title rules from the title errors of rounds 10 and 11: site furniture (subscription calls, a library's name, a
rubric's label, buttons), a caption's credit, an agency's dateline, a PDF's running head, labels chained before a
title, a page's kind under it, a headline printed among a few links, a count opening a headline.

Lines are those of development-set texts (said where), cut short; the rest is written around them.
"""

from __future__ import annotations

from django.test import SimpleTestCase

from articles.ingest.furniture import is_site_furniture, prompt_or_office
from articles.ingest.title_labels import without_buttons, without_capitals_stop, without_label_path
from articles.ingest.title_shapes import caption_or_dateline, tag_list
from articles.ingest.titles import is_title_like
from tests.ingest.rule_samples import one


class FurnitureTests(SimpleTestCase):
    def test_a_site_selling_itself_or_naming_itself(self):
        for text in (
            "2023 жылдың І жартыжылдығына жазылу басталды!",  # kk-interview-46
            "«Жайық үні-Жизнь города» газетіне жазылыңыз!",  # kk-interview-46
            "Прием заявок круглосуточно",  # ru-journal-73
            "Электронная библиотека диссертаций и авторефератов России",  # ru-journal-69
            "Рубрика «Достойный человек»",  # ru-interview-56, its buttons aside
            "Pdf просмотр",  # kk-interview-49
            'Download "Vol. 32, No. 2 December Asia-Pacific Population Journal"',  # en-journal-84
            "Скачать книгу(-и): Сборник статей конференции",  # ru-journal-73
        ):
            self.assertTrue(is_site_furniture(text), text)
        self.assertTrue(prompt_or_office("Бізбен бірге болыңыз!"))  # kk-interview-46

    def test_headlines_stay(self):
        for text in (
            "Digital library development in Kazakhstan",
            "Раздел имущества супругов",
            "Подписан указ о создании рабочей комиссии",
        ):
            self.assertFalse(is_site_furniture(text), text)


class LineShapeTests(SimpleTestCase):
    def test_caption_dateline_and_running_head(self):
        for text in (
            "Тоқаев пен Шавкат Мирзиеев. Фото: Ақорда",  # kk-news-90
            "Ashgabat, Turkmenistan, Jan. 16",  # en-news-61
            "Астана, 16 января",
            "3 Asia-Pacific Population Journal",  # en-journal-84
        ):
            self.assertTrue(caption_or_dateline(text), text)
            self.assertFalse(is_title_like(text), text)
        self.assertFalse(caption_or_dateline("Turkmenistan creates working commission on TAPI gas pipeline project"))

    def test_notes_and_labels_are_no_titles(self):
        for text in (
            # ru-journal-73
            "Статья опубликована в рамках: XCII Международной научно-практической конференции «История»",
            "Acta Slavica Iaponica, Tomus 27 (2009), pp. 77‒101",  # ru-journal-70
            "Journal of Slavic Research Center, Hokkaido University",  # ru-journal-70
            "E-Book Overview",  # ru-journal-70
            "Краткое описание",  # kk-journal-47
        ):
            self.assertFalse(is_title_like(text), text)

    def test_a_headline_with_a_preposition_is_no_row_of_tags(self):
        # ru-interview-56: capitalised names, but a phrase's "с".
        headline = "Интервью с почетным консулом Республики Казахстан Макашем Сеялханом Николаевичем"
        self.assertFalse(tag_list(headline.split(" ")))
        tags = "Алексей Оверчук Россия Армения Казахстан Белоруссия Алма-Ата Киргизия"
        self.assertTrue(tag_list(tags.split(" ")))

    def test_a_count_opens_a_headline(self):
        self.assertTrue(is_title_like("17 узбекистанцев задержаны в Нур-Султане"))  # ru-news-76


class TitleRepairTests(SimpleTestCase):
    def test_labels_buttons_and_a_capitals_stop(self):
        self.assertEqual(
            without_label_path("Ашық сабақ. Тарих. «Алаш» ұлттық идеясының тұжырымдамалық негіздері"),  # kk-journal-53
            "«Алаш» ұлттық идеясының тұжырымдамалық негіздері",
        )
        text = "Интервью. Фархад Касенов. «ШОС vs БРІКС»"  # a name is no label
        self.assertEqual(without_label_path(text), text)
        self.assertEqual(
            without_buttons("Рубрика «Достойный человек» PDF Печать E-mail"), "Рубрика «Достойный человек»"
        )
        self.assertEqual(
            without_buttons("Бішкек: Қазақ-қырғыз шекарасында жағдай тұрақталып келеді Бөлісіңіз"),  # kk-news-103
            "Бішкек: Қазақ-қырғыз шекарасында жағдай тұрақталып келеді",
        )
        self.assertEqual(
            without_capitals_stop("УКРАИНА НА ВОЙНЕ: ВЗГЛЯД ВОЛОНТЕРА ИЗ СЕМЕЯ."),  # ru-interview-54
            "УКРАИНА НА ВОЙНЕ: ВЗГЛЯД ВОЛОНТЕРА ИЗ СЕМЕЯ",
        )
        self.assertEqual(without_capitals_stop("ИСТОРИЯ КРАЯ XIX ВВ."), "ИСТОРИЯ КРАЯ XIX ВВ.")


class WholeTextTests(SimpleTestCase):
    def test_a_caption_under_the_headline(self):
        # kk-news-90.
        record = one(
            "Тоқаев пен Мирзиеев стратегиялық серіктестікті одан әрі нығайту туралы келіссөз жүргізді\n\n"
            "Патриот жаршысы\n65\n\nТоқаев пен Шавкат Мирзиеев. Фото: Ақорда\n\n"
            "Қазақстан Президенті Қасым-Жомарт Тоқаев пен Өзбекстан Президенті Шавкат Мирзиеев Ташкентте өткен ресми "
            "келіссөздер барысында екі ел арасындағы стратегиялық серіктестікті нығайту мәселелерін талқылады.\n"
        )
        self.assertEqual(
            record.title, "Тоқаев пен Мирзиеев стратегиялық серіктестікті одан әрі нығайту туралы келіссөз жүргізді"
        )

    def test_a_page_kind_under_the_headline(self):
        # kk-journal-55.
        record = one(
            "Ашаршылық зардабы\nблог\n"
            "Қай ұлттың болмасын қаламгерлер қауымы тарихтың тегершігімен бірге айналған жылдардың жүлгесінде өз "
            "халқының басынан өткен қасіретті оқиғаларды жазып қалдырған.\n"
        )
        self.assertEqual(record.title, "Ашаршылық зардабы")

    def test_a_headline_printed_again_among_links(self):
        # kk-news-94: the headline three times, "Қысқаша" and a breadcrumb between, no menu.
        record = one(
            "Түркістанға шетелден журналистер келді\n\nҚысқаша\n\nТүркістанға шетелден журналистер келді\n\n"
            " Басты бет > Өңір\n\nТүркістанға шетелден журналистер келді\n\n oinet2  2019-08-16 15:58:30\n\n"
            "Түркістан қаласы түркі әлемінің астанасы, рухани орталық ретінде әлемге танылып келеді, бұл жолы қалаға "
            "шетелдің бірнеше елінен журналистер келді.\n"
        )
        self.assertEqual(record.title, "Түркістанға шетелден журналистер келді")

    def test_pictographs_before_a_channel_s_headline(self):
        # ru-news-74.
        record = one(
            "tgoop.com/KzPulse/4015\nLast Update:\n"
            "🇰🇿🇨🇳Товарооборот между Казахстаном и КНР за 2022 год может стать рекордным\n"
            "🔹Уже в январе-ноябре 2022 г товарооборот между двумя странами вырос на 28% и составил $28,2 млрд, "
            "заявил Чрезвычайный и Полномочный посол КНР в Казахстане Чжан Сяо.\n"
        )
        self.assertEqual(record.title, "Товарооборот между Казахстаном и КНР за 2022 год может стать рекордным")
