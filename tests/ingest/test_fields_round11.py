"""Eleventh-round rules for a page's facts: a page's tail under its item, journals named by their neighbours,
issue, volume and pages printed alone or in short citations, a range of days, a lead the body goes on under."""

from articles.ingest.abstract_lead import _body_goes_on
from articles.ingest.date_context import publication_dates
from articles.ingest.dates import find_dates
from articles.ingest.fields import INLINE_VOLUME_ISSUE_RE, read_field, read_journal_line
from articles.ingest.fragment_ends import ends_item
from articles.ingest.journal import journal_named_in
from articles.ingest.layout import Line


def test_comment_box_share_and_follow_lines_start_the_pages_tail() -> None:
    last = "Аналогичная встреча лидеров Узбекистана и Казахстана прошла в апреле прошлого года в Хиве."
    assert ends_item(["Лидеры Узбекистана и Казахстана обсудят ключевые вопросы", last, "Powered by Froala Editor",
                      "Поделитесь с друзьями"])  # fmt: skip
    said = "Бас консул Алан Хетагуров кездесуде айтылған ұсыныстарды құп көретінін жеткізді."
    # The excerpt cuts the site's own line under the follow prompt, not the item.
    assert ends_item([said, "Біздің Instagram парақшамызға жазылыңыз", "Жаңалықтарды ең бірінші болып оқы"])
    quoted = "Эти организации стали настоящими проводниками сближения наших братских народов, - отметил Президент."
    assert ends_item([quoted, "Комментарии отсутствуют", "Будьте первым, кто оставит комментарий!",
                      "для добавления комментариев", "Уже зарегистрированы?",
                      "Акиматы, министерства и суды: какие ведомства Казахстана «болеют» коррупцией с"])  # fmt: skip
    assert ends_item(["Another agreement focuses on the efficient use of road, rail and sea transport.",
                      "Bütün xəbərlər Facebook səhifəmizdə"])  # fmt: skip
    # A sentence the excerpt cuts above the tail is still cut.
    assert not ends_item(["Аналогичная встреча лидеров прошла в апреле прошлого года в", "Поделитесь с друзьями"])


def test_journal_named_by_its_neighbours() -> None:
    assert journal_named_in(
        ["«Мировое и национальное хозяйство»", "Издание МГИМО МИД России |", "ISSN: 2713-0983"]
    ) == ("Мировое и национальное хозяйство")
    assert journal_named_in(["Russkiivopros", "No-2018/3", "Author: Роман Темников"]) == "Russkiivopros"
    assert journal_named_in(
        ["Insight Turkey", "Insight Turkey", "Challenging ideas", "Insight Turkey > Articles |"]
    ) == ("Insight Turkey")
    assert journal_named_in(["Latest Publications", "Turkology ◽", "2021 ◽", "Vol 3 (107) ◽", "pp. 19-30"]) == (
        "Turkology"
    )
    assert journal_named_in(
        ["Central Asian Affairs is a peer-reviewed quarterly journal. It aims to feature research."]
    ) == ("Central Asian Affairs")
    pdf_head = ["ISSN 2039-2117 (online)", "ISSN 2039-9340 (print)", "Mediterranean Journal of Social Sciences"]
    assert journal_named_in([*pdf_head, "MCSER Publishing, Rome-Italy"]) == "Mediterranean Journal of Social Sciences"
    assert journal_named_in(["№ 355 - 356", "Электронная версия бюллетеня Население и общество"]) == (
        "Население и общество"
    )
    # An article's title under an ISSN, a site's home crumb and a pronoun are no journal's names.
    assert journal_named_in(["ISSN 2413-1032", "Outcomes and strategies in the New Great Game"]) is None
    assert journal_named_in(["Home", "Home > Articles"]) is None
    assert journal_named_in(["The journal is a peer-reviewed journal of area studies."]) is None


def test_issue_volume_and_pages_printed_alone() -> None:
    assert read_journal_line("No-2018/3", heading=True) == {"issue": "3"}
    assert read_journal_line("№ 355 - 356", heading=True) == {"issue": "355-356"}
    assert read_journal_line("2 (51) 2015", heading=True) == {"issue": "2 (51)"}
    assert read_journal_line("Vol 3 (107) ◽", heading=False) == {"volume": "3 (107)"}
    assert read_journal_line("pp. 19-30", heading=False) == {"pages": "19-30"}
    line = "(1/2020 - Special Issue - Eurasian regionalism: global trends and local dynamics)"
    assert read_journal_line(line, heading=False) == {"issue": "1"}


def test_short_citation_and_running_header() -> None:
    # A bracketed number larger than the one before it is the issue's running number, not an issue of a volume.
    assert read_journal_line("KNUV 2014; 4(42): 133-145", heading=True) == {"issue": "4(42)", "pages": "133-145"}
    cited = (
        '“ҚАЗАҚСТАНҒА КҮШТЕП ҚОНЫС АУДАРҒАН ҰЛТТАР ТАРИХЫ”. 2024. "Қазақ тарихы" ғылыми журналы 2 (2): 44-54. '
        "https://journal.historyculture.kz/index.php/journals/article/view/24."
    )
    assert read_journal_line(cited, heading=True) == {"volume": "2", "issue": "2", "pages": "44-54"}
    assert read_journal_line("Journal of Eurasian Studies 6 (2015) 91e106", heading=True) == {
        "volume": "6",
        "pages": "91-106",
        "journal": "Journal of Eurasian Studies",
    }
    assert read_journal_line("К содержанию номера журнала: Вестник КАСУ №4 - 2011", heading=True) == {
        "issue": "4",
        "journal": "Вестник КАСУ",
    }


def test_labelled_issue_pages_and_inline_volume() -> None:
    assert read_field("Number of the journal: 2(78)") == ("issue", "2(78)", False)
    assert read_field("PAGES: from 22 to 35") == ("pages", "22-35", False)
    for line, volume, issue in (
        ("Publication: Eurasia Daily Monitor Volume: 20 Issue: 134", "20", "134"),
        ("Latest Available Issue: Volume 7 | Issue 1 | 2020", "7", "1"),
        ("JOURNAL: « GEOPOLITICS AND ECOGEODYNAMICS OF REGIONS» Volume 6 (16) issue 4, 2020", "6 (16)", "4"),
        ("Vol. 12 No. 3 (2021)", "12", "3"),
    ):
        found = INLINE_VOLUME_ISSUE_RE.search(line)
        assert found and (found.group("volume"), found.group("issue")) == (volume, issue)


def test_a_range_of_days_is_no_date() -> None:
    assert find_dates("1 - 14 декабря 2008") == []
    assert [found.date.isoformat() for found in find_dates("№ 5 - 14 декабря 2008")] == ["2008-12-14"]
    assert [found.date.isoformat() for found in find_dates("01.12.2008 - 14.12.2008")] == ["2008-12-01", "2008-12-14"]


def test_a_lead_the_body_goes_on_under_is_no_abstract() -> None:
    lead = "Kazakhstan recently expressed concerns about the security of the Russian Port of Novorossiysk."
    body = (
        "This is not the first time oil shipments from Kazakhstan have been suspended since Russia launched its "
        "full-scale war against Ukraine. In 2022 alone, Russia stopped the pipeline several times."
    )
    assert _body_goes_on([Line(1, lead), Line(2, ""), Line(3, body)], 0)
    # A body that opens by repeating the summary, a short caption under it: the summary stays the abstract.
    assert not _body_goes_on([Line(1, lead), Line(2, lead + " " + body)], 0)
    assert not _body_goes_on([Line(1, lead), Line(2, "Kazakh President Nazarbayev (L) and Chinese President")], 0)


def test_dates_a_head_prints_that_are_not_the_publication_date() -> None:
    def published(text: str) -> list[str]:
        return [found.date.isoformat() for found in publication_dates(text)]

    assert published("Дата добавления | 09.09.2024 |") == []
    assert published("Обновлено: 30.06.2024") == []
    assert published("since 24 September 2019 :") == []
    assert published("Arešev, Andrej (2011) The Eurasian Union. Available online at <>. Accessed on 01.08.2013.") == []
    caption = "ШЫҰ-ға мүше елдер - Өзбекстан, Ресей, Қазақстан, Қытай және Тәжікстан басшылары Астанада концертте отыр."
    assert published(f"{caption} 8 маусым 2017 жыл.") == []
    assert published("Kazakh President Nazarbayev (L) and Chinese President Jinping (R) meet during the 18th annual "
                     "summit of SCO in China on June 10, 2018") == []  # fmt: skip
    # A date alone, under its label, after a source or a place is the item's.
    assert published("Интервью Посла России в Казахстане А.Н.Бородавкина МИА «Россия Сегодня», 2 декабря 2022 г.") == [
        "2022-12-02"
    ]
    assert published("Дата публикации: 05-10-2024") == ["2024-10-05"]
    assert published("ASTANA, 30 November 2010") == ["2010-11-30"]
    assert published("07.11.2024 Медиаресурс «Большая Азия»") == ["2024-11-07"]
