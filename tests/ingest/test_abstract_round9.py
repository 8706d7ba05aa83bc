"""Round 9 abstract rules: a journal page's unlabelled first paragraph under its title is its abstract when the
page shows a journal's mark (ISSN, DOI, УДК, the journal's name), and a term line the page printed between
"Аннотация" and the abstract, without its label, is not part of the abstract.

Each rule has a near miss where it must not fire: a news item's lead under its headline, and an abstract whose
first line, broken by a PDF, starts in lower case.
"""

from __future__ import annotations

from django.test import SimpleTestCase

from articles.ingest.abstract_label import lost_keyword_line
from articles.ingest.layout import Line
from tests.ingest.rule_samples import one

LEAD = {
    "kk": (
        "Мақалада Қазақстан мен Орталық Азия елдерінің су ресурстарын бөлу мәселесіндегі ынтымақтастығы "
        "қарастырылады. Автор өңірлік келісімдердің нәтижелерін талдайды."
    ),
    "ru": (
        "Определение правового статуса Каспийского моря долгие годы оставалось одним из самых сложных вопросов "
        "в отношениях прикаспийских государств. Автор прослеживает ход переговоров."
    ),
    "en": (
        "Integration processes in the Eurasian space are assessed ambiguously by officials and experts of the "
        "member countries. The paper traces the main narratives present in Kazakhstan."
    ),
}
BODY = {
    "kk": "Тәуелсіздік жылдары Қазақстанның сыртқы саясаты көпвекторлы бағытта дамыды.",
    "ru": "За годы независимости внешняя политика Казахстана развивалась в многовекторном ключе.",
    "en": "Since independence Kazakhstan's foreign policy has developed along several vectors.",
}
TITLE = {
    "kk": "Орталық Азиядағы су ресурстары мәселесі",
    "ru": "Как прикаспийские государства определили статус Каспия",
    "en": "Integration Processes within the Eurasian Economic Union",
}


def lines_of(text: str) -> list[Line]:
    return [Line(number, line) for number, line in enumerate(text.split("\n"), start=1)]


NEWS_LEAD = {
    "kk": "Астанада Қазақстан мен Өзбекстан сыртқы істер министрлері кездесті. Тараптар су мәселесін талқылады.",
    "ru": "В Астане встретились министры иностранных дел Казахстана и Узбекистана. Стороны обсудили водные вопросы.",
    "en": "The foreign ministers of Kazakhstan and Uzbekistan met in Astana on Monday. They discussed water sharing.",
}


class JournalLeadTests(SimpleTestCase):
    def test_first_paragraph_under_title_on_an_issn_page_is_the_abstract(self):
        for language in LEAD:
            head = f"Вестник университета\nISSN: 2713-0983\n\n{TITLE[language]}"
            record = one(f"{head}\n\n{LEAD[language]}\n\n{BODY[language]}\n")
            self.assertEqual(record.abstracts, {language: LEAD[language]}, language)

    def test_an_excerpt_cut_inside_the_first_paragraph_keeps_the_part_present(self):
        cut = LEAD["ru"] + " Кроме того, стоит задача развития поставок энергоресурсов по новым маршру"
        record = one(f"«Мировое хозяйство»\nISSN: 2713-0983\n\n{TITLE['ru']}\n\nИ.Д.Заплаткин, студент МГИМО\n\n{cut}")
        self.assertEqual(record.abstracts, {"ru": cut})

    def test_a_news_lead_under_its_headline_is_no_abstract(self):
        for language in LEAD:
            record = one(f"{TITLE[language]}\n\n{NEWS_LEAD[language]}\n\n{BODY[language]}\n")
            self.assertEqual(record.abstracts, {}, language)


class LostKeywordLineTests(SimpleTestCase):
    def test_a_term_line_under_a_bare_label_is_skipped(self):
        text = (
            "Новый этап в решении проблем трансграничных рек\n"
            "Аннотация\n"
            "трансграничные водные ресурсы дипломатический\n"
            "Рассмотрены дипломатические усилия, связанные с разрешением проблемы трансграничных водных ресурсов "
            "Центральной Азии в 2016-2023 годах, и роль региональных организаций в их решении.\n"
        )
        self.assertEqual(lost_keyword_line(lines_of(text), 1), 2)
        record = one(text)
        self.assertTrue(record.abstracts["ru"].startswith("Рассмотрены"), record.abstracts)

    def test_a_broken_first_line_of_the_abstract_is_kept(self):
        for first, second in (
            ("в статье рассматривается роль", "Казахстана в региональной интеграции и его отношения с соседями."),
            ("the paper examines the role", "Kazakhstan plays in the integration of Central Asian states."),
            ("мақалада қазақстанның рөлі мен", "Орталық Азиядағы интеграцияның жаңа кезеңі қарастырылады."),
        ):
            self.assertIsNone(lost_keyword_line(lines_of(f"Аннотация\n{first}\n{second}\n"), 0), first)

    def test_a_capitalised_first_line_is_no_term_line(self):
        lines = lines_of("Abstract\nCentral Asia water security\nThe paper examines the water agreements of Asia.\n")
        self.assertIsNone(lost_keyword_line(lines, 0))
