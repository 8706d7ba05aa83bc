"""Every record the five seed files hold, pinned from a reading of the texts (no database needed)."""

import datetime

import pytest

EXPECTED_RECORDS = {
    # key: (kind, language, is_fragment, authors, abstract languages, last line)
    "000#3": ("research_article", "ru", True, [], {"kk", "en"}, 19),
    "000#21": ("research_article", "kk", False, ["Д. Доллин"], {"ru", "en"}, 143),
    "000#145": ("research_article", "ru", True, ["А. К. Хасенова"], set(), 161),
    "001#2": ("research_article", "ru", True, [], set(), 12),
    "001#15": ("research_article", "kk", True, ["Г. Байкушикова"], set(), 340),
    "002#1": ("news", "kk", False, [], set(), 49),
    "003#1": ("research_article", "kk", False, [], {"kk", "ru", "en"}, 939),
    "004#1": ("interview", "kk", False, [], set(), 18),
}


def test_the_seeds_hold_exactly_these_records(seed_records):
    assert sorted(seed_records) == sorted(EXPECTED_RECORDS)


@pytest.mark.parametrize("key", sorted(EXPECTED_RECORDS))
def test_record_shape(seed_records, key):
    kind, language, is_fragment, authors, abstract_languages, last_line = EXPECTED_RECORDS[key]
    record = seed_records[key]
    assert (record.kind, record.language, record.is_fragment) == (kind, language, is_fragment)
    assert record.authors == authors
    assert set(record.abstracts) == abstract_languages
    assert record.last_line == last_line
    assert bool(record.fragment_note) == is_fragment
    assert record.topics, "every record gets at least one topic"


def test_titles(seed_records):
    assert seed_records["000#3"].title is None
    assert seed_records["001#2"].title is None
    assert seed_records["000#21"].title == (
        "Қазақстан Республикасының ЕҚЫҰ-дағы төрағалығы кезіндегі адами өлшем бойынша атқарған іс-шаралары"
    )
    assert seed_records["000#145"].title == (
        "Стратегические направления развития приграничного сотрудничества Казахстана и КНР"
    )
    assert seed_records["001#15"].title == (
        "Қазақстанның Еуропалық Одақпен экология саласындағы ынтымақтастығының кейбір аспектілері жайында"
    )
    assert seed_records["002#1"].title == "Алматыда БҰҰ-ның өңірлік орталығы ашылады"
    assert seed_records["004#1"].title == (
        "Тоқаев дипломатиясы – Қазақстан-Ресей диалогі тұрақтылығының негізгі ресурсының бірі — Дроговоз"
    )
    assert seed_records["003#1"].titles == {
        "kk": "Қазақстанның ЕАЭО елдерімен шекаралық ынтымақтастығының шекара маңындағы аймақтардың "
        "экономикалық дамуындағы рөлі",
        "en": "The Role of Border Cooperation of Kazakhstan with the EAEU Countries in the Economic "
        "Development of Cross-border Regions",
        "ru": "Роль приграничного сотрудничества Казахстана со странами ЕАЭС в экономическом развитии регионов",
    }


def test_fragment_notes_say_what_is_missing(seed_records):
    assert "beginning" in seed_records["000#3"].fragment_note
    assert "title, authors" in seed_records["001#2"].fragment_note
    assert "breaks off mid-sentence" in seed_records["000#145"].fragment_note
    assert "reference list is missing" in seed_records["001#15"].fragment_note
    assert seed_records["000#145"].body.endswith("При этом приграничные районы явля-")


def test_abstract_openings_and_endings(seed_records):
    tail = seed_records["000#3"].abstracts
    assert tail["kk"].startswith("Еуропалық Одақ және Орталық Азия арасындағы аймақтық жақындасу")
    assert tail["en"].startswith("Interregional convergence experience of the European Union")
    dollin = seed_records["000#21"].abstracts
    assert dollin["ru"].startswith("Республика Казахстан была избрана быть председателем в ОБСЕ в 2010 г.")
    assert dollin["en"].endswith("during its chairmanship in the OSCE.")
    front = seed_records["003#1"].abstracts
    assert front["kk"].startswith("Қазақстанның ұлттық экономикасының еуразиялық одақ жағдайындағы")
    assert front["en"].startswith(
        "Border regions of Kazakhstan are elements of the national economy, which are constantly experiencing"
    )
    assert front["ru"].endswith("увеличение диспропорций в приграничной торговле.")
    # Nothing of the front matter stays in the body, which opens with its first heading.
    body = seed_records["003#1"].body
    assert body.startswith("Кіріспе\n\n2015 жылдың 1 қаңтарында Қазақстан")
    assert "Түйін сөздер" not in body and "Key words" not in body and "Ключевые слова" not in body


def test_keywords_in_three_languages(seed_records):
    assert seed_records["003#1"].keywords == {
        "kk": [
            "ЕАЭО",
            "шекара маңы аймақтары",
            "шекаралық ынтымақтастық",
            "өңіраралық ынтымақтастық",
            "көліктік-логистикалық әлеует",
            "арнайы экономикалық аймақтар",
        ],
        "en": [
            "EAEU",
            "border regions",
            "cross-border cooperation",
            "interregional cooperation",
            "transport and logistics potential",
            "special economic zones",
        ],
        "ru": [
            "ЕАЭС",
            "приграничные регионы",
            "приграничное сотрудничество",
            "межрегиональное сотрудничество",
            "транспортно-логистический потенциал",
            "специальные экономические зоны",
        ],
    }


def test_numbered_references_with_urls(seed_records):
    tail = seed_records["000#3"].references
    assert [r.number for r in tail] == [4, 5, 6, 7, 8, 9, 10]
    assert tail[0].urls == ["http://www.eu2007.de/en/News/Press_Releases/June/0627AAZAS.html"]
    assert tail[1].urls == ["http://ec.europa.eu/external_relations/central_asia/rsp/07_13_en.pdf"]
    assert tail[3].text.startswith("7. Trade turnover between Kazakhstan and Russia amounted to $ 15,8 billion")
    assert tail[4].urls == []
    dollin = seed_records["000#21"].references
    assert [r.number for r in dollin] == list(range(1, 11))
    assert dollin[7].urls == ["www.osce.org/odihr/elections/ukraine/40544"]
    # Entry 10 continues over a blank line.
    assert dollin[9].text == (
        "10. Differences in advancing to democracy should not overshadow progress in human rights promotion, "
        "says OSCE Chairperson // <http://www.osce.org/item/44445.html>"
    )
    assert dollin[9].urls == ["http://www.osce.org/item/44445.html"]
    assert all(r.kind == "numbered" for r in dollin)


def test_in_text_citations_become_references(seed_records):
    references = seed_records["003#1"].references
    texts = [r.text for r in references]
    assert all(r.kind == "citation" and r.number is None for r in references)
    for citation in (
        "Nijkamp et al., 1990",
        "Rietveld, 2012",
        "Van der Velde et al.,1997",
        "Martinez, 1994",
        "Анисимов и др., 2013",
        "Иванов, Жундубаев, 2015",
        "Ткаченко, 2017",
        "Гурова, 2012",
        "О.Б. Ештаев, 2009",
        "Таршилова Л.С., 2016",
        "Сағындықов, 2014",
    ):
        assert citation in texts
    # Sources quoted in table 1 are full entries; "(Башмаков, 2013)" in the text is the same work.
    assert texts.count("Башмаков, 2013") == 0
    assert any(t.startswith("Башмаков А.А. Шекаралық ынтымақтастықтан") for t in texts)
    assert any(t.startswith("Яровой Г.О. Еуропадағы аймақтық") for t in texts)
    # A URL cut across lines ("https://" / "www.mfa.kz/") is whole again.
    assert ["https://www.mfa.kz/"] in [r.urls for r in references]
    assert len(references) == 21


@pytest.mark.parametrize(
    "key, passage",
    [
        ("000#21", "төраға ретінде Демократиялық институттар және адам құқықтары бюросымен"),  # Демок- / ратиялық
        ("000#21", "ЕҚЫҰ мүше-мемлекеттері адам құқықтары"),  # a real compound keeps its hyphen
        ("000#21", "конференцияға Қазақстан үкімет және үкіметтік емес өкілдер"),  # paragraph across a page break
        ("000#21", "Хельсинки қорытынды Актісіне – 35 жыл, Париж Хартиясына – 20 жыл."),
        ("000#21", "түсіндіре отыра, «Бұл тақырыпқа"),
        ("000#145", "в большей степени ориентированных на инновационную составляющую сотрудничества."),
        ("001#2", "между странами-участницами все-таки существует желание сотрудничать"),
        (
            "001#15",
            "Қазақстандағы тәуелсіздік жылдары экологиялық қауіпсіздікті қамтамасыз етудің мүлде жаңа "
            "мемлекеттік жүйесінің",
        ),  # hard wraps reflowed; Latin i made Cyrillic і
        ("001#15", "Қазақстан жаһандық серіктестіктің негізінде"),  # Latin h made Kazakh һ
        ("001#15", "• қауіпсіз сумен қамтамасыз ету, санитария"),  # a lost bullet glyph becomes a list item
        ("002#1", "• БҰҰ Бас Ассамблеясында 193 елдің 152-сі қолдап дауыс берді."),  # · bullet; Latin c
        ("003#1", "Еуразиялық экономикалық одаққа (ЕАЭО) мүше болды"),  # эко но микалық
        ("003#1", "аймақтардың шекаралық ынтымақтастығы мәселесінің"),  # ынты мақ- / тастығы
        ("003#1", "облыстың Ресеймен сыртқы саудасын сипаттайтын"),  # сау дасын
        ("003#1", "өңіраралық ынтымақтастық туралы XV Форум"),  # Cyrillic Х in a Roman numeral
        ("003#1", "екіжақты келісімдер негізінде кәсіпорындар, мекемелер"),  # кәсіп- / орын дар
        ("003#1", "ресми интернет-ресурс"),
        ("003#1", "Материалдар мен әдістер"),  # a heading; "мен" is a word, not a shard
    ],
)
def test_repaired_passages(seed_records, key, passage):
    assert passage in seed_records[key].body


def test_running_headers_and_layout_debris_are_gone(seed_records):
    body = seed_records["003#1"].body
    assert "аймақтардың ..." not in body
    assert "(1)" not in body  # a formula the extraction lost, leaving only its number
    assert "\n\nҚорытынды\n\n" in body  # headings are paragraphs of their own


def test_news_page(seed_records):
    news = seed_records["002#1"]
    assert news.source == "gov.kz" and news.published is None
    paragraphs = news.body.split("\n\n")
    assert paragraphs[0] == "Халықаралық қауымдастық Президент бастамасын қолдады"  # the lead is kept
    assert "Аймақтағы тұрақты дамуға серпін бермек" in paragraphs  # sub-headline as its own paragraph
    for boilerplate in ("Сіздің реакцияңыз", "Ұнайды", "Соңғы жаңалықтар", "17:22", "gov.kz"):
        assert boilerplate not in news.body
    # Paragraphs run together with wide gaps are parted again.
    assert any(p.startswith("Екіншіден, БҰҰ құрылымының Алматыда орналасуы") for p in paragraphs)


def test_interview(seed_records):
    interview = seed_records["004#1"]
    assert interview.source == "Kazinform"
    assert interview.published == datetime.date(2025, 11, 13)
    assert "date 2025-11-13" not in interview.body
    paragraphs = interview.body.split("\n\n")
    assert paragraphs[0].startswith("АСТАНА. KAZINFORM – Мәдениет, білім беру")
    assert paragraphs[1].startswith("– Президент Қасым-Жомарт Тоқаев «Қазақстан мен Ресей арасында")
    assert paragraphs[-1].endswith("дәлелденген шешімдер тапты.")
    assert len(paragraphs) == 17


def test_topics_and_their_reasons(seed_records):
    topics = {key: [slug for slug, _ in record.topics] for key, record in seed_records.items()}
    assert topics["000#21"][0] == "osce-human-rights"
    assert "elections" in topics["000#21"]
    assert topics["000#145"] == ["cross-border-cooperation", "kazakhstan-china"]
    assert topics["001#15"][0] == "environment" and "kazakhstan-eu" in topics["001#15"]
    assert topics["002#1"][0] == "united-nations"
    assert topics["003#1"][:2] == ["cross-border-cooperation", "kazakhstan-russia"]
    assert "eurasian-economic-union" in topics["003#1"]
    assert topics["004#1"][0] == "kazakhstan-russia"
    assert topics["001#2"] == ["central-asia"]
    reasons = dict(seed_records["000#21"].topics)
    assert "«ЕҚЫҰ» in body" in reasons["osce-human-rights"]
    assert "«сайлау» in body" in reasons["elections"]
