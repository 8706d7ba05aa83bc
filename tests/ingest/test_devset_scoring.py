"""The development-set scorer (bench/devset.py, manage.py score_devset): what it counts as right, on real gold.

No accuracy of the current parser is asserted: the parser is being rewritten, the scorer must not care.
No test here uses the database (pytest-django refuses any access), so parsing and scoring stay database-free.
"""

import dataclasses
import datetime
import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from articles.ingest.records import ArticleRecord, ReferenceRecord
from bench.devset import (
    ALWAYS_SCORED,
    OPTIONAL,
    DevText,
    author_key,
    load_devset,
    match_records,
    score_record,
    score_texts,
    scored_fields,
)

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT / "fixtures" / "devset"
# Counted from the files themselves, not through the scorer under test: one gold file per manifest row.
MANIFEST_ROWS = (DEVSET / "MANIFEST.tsv").read_text(encoding="utf-8").strip().splitlines()[1:]
TEXTS = len(MANIFEST_ROWS)
GOLD_RECORDS = sum(len(json.loads(p.read_text(encoding="utf-8"))["records"]) for p in (DEVSET / "gold").glob("*.json"))


@dataclasses.dataclass
class FullRecord(ArticleRecord):
    """An ArticleRecord with the fields the parser does not have yet, so the optional fields get scored too."""

    doi: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    journal: str | None = None
    udc: str | None = None
    translated_titles: dict[str, str] = dataclasses.field(default_factory=dict)


def gold_date(value: str | None) -> datetime.date | None:
    """A gold date of any precision as the parser would hold it: a datetime.date (first day of month/year)."""
    if value is None:
        return None
    parts = [int(part) for part in value.split("-")] + [1, 1]
    return datetime.date(*parts[:3])


def record_from_gold(gold: dict, position: int = 1) -> FullRecord:
    return FullRecord(
        file="gold.txt",
        position=position,
        first_line=1,
        last_line=1,
        kind=gold["kind"],
        language=gold["language"],
        title=gold["title"],
        authors=list(gold["authors"]),
        abstracts=dict(gold["abstracts"]),
        keywords={k: list(v) for k, v in gold["keywords"].items()},
        references=[ReferenceRecord(text=f"entry {n}") for n in range(gold["references_count"])],
        published=gold_date(gold["published"]),
        is_fragment=gold["is_fragment"],
        **{name: gold[name] for name in OPTIONAL},
    )


def gold_record(**values) -> dict:
    base = {
        "kind": "research_article",
        "language": "ru",
        "title": "Мягкая сила России в Казахстане",
        "translated_titles": {},
        "authors": [],
        "abstracts": {},
        "keywords": {},
        "published": None,
        "journal": None,
        "year": None,
        "volume": None,
        "issue": None,
        "pages": None,
        "doi": None,
        "udc": None,
        "references_count": 0,
        "is_fragment": False,
    }
    return base | values


def parsed_record(**values) -> ArticleRecord:
    base = {"kind": "research_article", "language": "ru", "title": "Мягкая сила России в Казахстане"}
    return ArticleRecord(file="x.txt", position=1, first_line=1, last_line=1, **(base | values))


def wrong(gold: dict, parsed: ArticleRecord | None) -> set[str]:
    return {score.name for score in score_record(gold, parsed, ALWAYS_SCORED) if not score.right}


@pytest.fixture(scope="module")
def devset() -> list[DevText]:
    return load_devset(DEVSET)


# (a) The gold scored against itself.


def test_devset_has_every_text_and_record(devset):
    assert len(devset) == TEXTS >= 72
    assert GOLD_RECORDS >= 73  # en-journal-09 holds two records
    assert sum(len(text.gold) for text in devset) == GOLD_RECORDS
    assert {text.split for text in devset} == {"tune", "heldout"}


def test_gold_against_itself_is_right_on_every_field(devset):
    # Parsed records in reverse order: the two-record issue page must still be paired by title.
    parsed = {text.id: [record_from_gold(g, i) for i, g in enumerate(text.gold, 1)][::-1] for text in devset}
    fields = scored_fields(FullRecord)
    assert fields == [*ALWAYS_SCORED, *OPTIONAL]
    report = score_texts(devset, parsed, fields)
    for name in fields:
        assert report.accuracy(name) == (GOLD_RECORDS, GOLD_RECORDS), name
    assert report.accuracy() == (GOLD_RECORDS * len(fields), GOLD_RECORDS * len(fields))
    assert report.invented_titles() == 0
    assert sum(report.accuracy(None, split)[1] for split in ("tune", "heldout")) == report.accuracy()[1]
    assert {r.matched for r in report.records if r.text_id == "en-journal-09"} == {1, 2}


def test_optional_fields_only_once_the_record_has_them():
    assert scored_fields(ArticleRecord)[: len(ALWAYS_SCORED)] == list(ALWAYS_SCORED)
    for name in OPTIONAL:
        has = name in {f.name for f in dataclasses.fields(ArticleRecord)} or hasattr(ArticleRecord, name)
        assert (name in scored_fields(ArticleRecord)) == has


# (b) Single records.


def test_exact_record_is_right_everywhere():
    assert wrong(gold_record(), parsed_record()) == set()


def test_wrong_title():
    gold = gold_record()
    assert wrong(gold, parsed_record(title="Мягкая сила России")) == {"title"}
    [record] = score_texts(
        [DevText("t", "tune", Path("t.txt"), [gold])], {"t": [parsed_record(title="Другое")]}, ALWAYS_SCORED
    ).records
    assert not record.invented_title


def test_title_ignores_case_whitespace_and_quote_style():
    gold = gold_record(title="«Мягкая сила» России в Казахстане")
    assert wrong(gold, parsed_record(title='  "МЯГКАЯ  СИЛА"\nРОССИИ в казахстане ')) == set()
    assert wrong(gold, parsed_record(title="“Мягкая сила” России в Казахстане")) == set()


def test_invented_title_is_wrong_and_counted():
    gold = gold_record(title=None)
    text = DevText("t", "heldout", Path("t.txt"), [gold])
    report = score_texts([text], {"t": [parsed_record(title="Бұл тақырып емес, лид")]}, ALWAYS_SCORED)
    assert [f.name for f in report.records[0].fields if not f.right] == ["title"]
    assert report.invented_titles() == report.invented_titles("heldout") == 1
    assert report.invented_titles("tune") == 0
    for empty in (None, "", "  "):
        assert wrong(gold, parsed_record(title=empty)) == set()
    assert score_texts([text], {"t": [parsed_record(title=None)]}, ALWAYS_SCORED).invented_titles() == 0


def test_authors_in_either_order_of_initials_and_surname():
    gold = gold_record(authors=["П.С. Алещенко", "А.А. Керимов"])
    assert wrong(gold, parsed_record(authors=["Алещенко П.С.", "Керимов  А. А."])) == set()
    assert wrong(gold, parsed_record(authors=["алещенко, п.с.", "А.А.Керимов"])) == set()
    assert author_key("А.Б. Иванова") == author_key("Иванова А.Б.") == author_key("ИВАНОВА А. Б.")
    assert wrong(gold, parsed_record(authors=["Алещенко П.С."])) == {"authors"}  # the whole list must be right
    assert wrong(gold, parsed_record(authors=["Керимов А.А.", "Алещенко П.С."])) == {"authors"}  # order of people
    assert wrong(gold, parsed_record(authors=["Алещенко П.Т.", "Керимов А.А."])) == {"authors"}
    assert wrong(gold_record(), parsed_record(authors=["Бурабаев Н."])) == {"authors"}  # invented author


def test_published_at_the_gold_precision():
    assert wrong(gold_record(published="2021-03"), parsed_record(published=datetime.date(2021, 3, 17))) == set()
    assert wrong(gold_record(published="2021"), parsed_record(published=datetime.date(2021, 9, 1))) == set()
    assert wrong(gold_record(published="2021-03-17"), parsed_record(published=datetime.date(2021, 3, 17))) == set()
    assert wrong(gold_record(published="2021-03"), parsed_record(published=datetime.date(2021, 4, 1))) == {"published"}
    assert wrong(gold_record(published="2021-03-17"), parsed_record(published=None)) == {"published"}
    assert wrong(gold_record(), parsed_record(published=datetime.date(2024, 2, 9))) == {"published"}


def test_abstracts_per_language_with_ninety_percent_overlap():
    text = "Несмотря на происходящие геополитические изменения в современном мире, политика остается в центре. " * 3
    gold = gold_record(abstracts={"ru": text})
    assert wrong(gold, parsed_record(abstracts={"ru": "  " + text.upper().replace(" ", "\n ")})) == set()
    assert wrong(gold, parsed_record(abstracts={"ru": text[: int(len(text) * 0.95)]})) == set()
    assert wrong(gold, parsed_record(abstracts={"ru": text[: len(text) // 2]})) == {"abstracts"}
    assert wrong(gold, parsed_record(abstracts={"ru": text, "en": "An invented abstract."})) == {"abstracts"}
    assert wrong(gold, parsed_record(abstracts={})) == {"abstracts"}
    assert wrong(gold_record(), parsed_record(abstracts={"kk": "Ойдан шығарылған аңдатпа."})) == {"abstracts"}


def test_keywords_as_sets_per_language():
    gold = gold_record(keywords={"en": ["Ontological security", "Discourse"]})
    assert wrong(gold, parsed_record(keywords={"en": ["discourse", "ontological  security."]})) == set()
    assert wrong(gold, parsed_record(keywords={"en": ["Discourse"]})) == {"keywords"}
    assert wrong(gold, parsed_record(keywords={"ru": ["Discourse", "Ontological security"]})) == {"keywords"}


def test_kind_language_fragment_and_reference_count():
    gold = gold_record(references_count=1, is_fragment=True)
    right = parsed_record(references=[ReferenceRecord(text="1. Giddens A. ...")], is_fragment=True)
    assert wrong(gold, right) == set()
    assert wrong(gold, parsed_record(kind="news", language="kk")) == {
        "kind",
        "language",
        "references_count",
        "is_fragment",
    }


def test_optional_fields_normalised():
    gold = gold_record(doi="10.53277/2519-2442-2026.1-01", pages="35-40", udc="327.8", translated_titles={"en": "Soft"})
    parsed = FullRecord(
        file="x",
        position=1,
        first_line=1,
        last_line=1,
        kind="research_article",
        language="ru",
        title=gold["title"],
        doi="https://doi.org/10.53277/2519-2442-2026.1-01",
        pages="35 – 40",
        udc="УДК 327.8",
        translated_titles={"en": "SOFT"},
    )
    assert {s.name for s in score_record(gold, parsed, OPTIONAL) if not s.right} == set()
    parsed.journal, parsed.volume = "Invented Journal", "8"
    assert {s.name for s in score_record(gold, parsed, OPTIONAL) if not s.right} == {"journal", "volume"}


def test_pairing_by_title_then_order_and_unmatched_gold_scores_zero():
    first, second = gold_record(title="ONTOLOGICAL SECURITY AND IDENTITY"), gold_record(title="CHINA AS A POWER")
    parsed = [
        parsed_record(title="China as a near-Arctic power"),
        parsed_record(title="Ontological security and identity"),
    ]
    assert match_records([first, second], parsed) == [1, 0]
    assert match_records([gold_record(title=None), gold_record(title=None)], parsed) == [0, 1]
    report = score_texts([DevText("t", "tune", Path("t.txt"), [first, second])], {"t": parsed[1:]}, ALWAYS_SCORED)
    assert [r.matched for r in report.records] == [1, None]
    assert report.accuracy("kind") == (1, 2)
    assert report.accuracy() == (len(ALWAYS_SCORED), 2 * len(ALWAYS_SCORED))  # nothing right on the unmatched one


# (c) The command on the real development set.


def test_command_writes_json_for_the_whole_devset(tmp_path):
    out = io.StringIO()
    target = tmp_path / "report.json"
    call_command("score_devset", "--json", str(target), "--details", stdout=out)
    data = json.loads(target.read_text(encoding="utf-8"))
    tune = sum(len(t.gold) for t in load_devset(DEVSET, "tune"))
    for name in ALWAYS_SCORED:
        assert data["fields"][name]["all"]["total"] == GOLD_RECORDS, name
        assert data["fields"][name]["tune"]["total"] == tune
        assert data["fields"][name]["heldout"]["total"] == GOLD_RECORDS - tune
    assert data["gold_records"]["all"] == GOLD_RECORDS and data["texts"] == TEXTS
    assert data["characters"] > 0 and data["seconds"] > 0
    assert data["overall"]["all"]["total"] == GOLD_RECORDS * len(data["fields"])
    assert len(data["records"]) == GOLD_RECORDS
    output = out.getvalue()
    for label in ("title", "overall", "invented titles", "MB/s", "tune %", "heldout %", "all %"):
        assert label in output


def test_command_on_one_split(tmp_path):
    target = tmp_path / "heldout.json"
    call_command("score_devset", "--split", "heldout", "--json", str(target), verbosity=0)
    data = json.loads(target.read_text(encoding="utf-8"))
    heldout = sum(len(t.gold) for t in load_devset(DEVSET, "heldout"))
    assert data["fields"]["title"]["heldout"]["total"] == data["fields"]["title"]["all"]["total"] == heldout
    assert data["fields"]["title"]["tune"]["total"] == 0


def test_command_refuses_a_folder_without_manifest(tmp_path):
    with pytest.raises(CommandError, match=r"MANIFEST\.tsv"):
        call_command("score_devset", "--devset", str(tmp_path), stdout=io.StringIO())
