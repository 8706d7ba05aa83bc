"""The importer's speed-ups of round 12 change no result: each faster form is checked against the plain one."""

from __future__ import annotations

import random
import re
from pathlib import Path

from articles.ingest import cues, prepare
from articles.ingest.pipeline import parse_files
from articles.ingest.reading import read_text_file
from articles.ingest.topics import TopicMatcher
from articles.records.catalog import load_topic_definitions
from articles.search import kazakh_stemmer
from tests.ingest.test_parse_speed_round7 import plain_step

SEED_TEXTS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"


def test_the_step_picks_the_stem_the_plain_step_picked():
    tables = (kazakh_stemmer._CASE, kazakh_stemmer._POSSESSIVE, kazakh_stemmer._PLURAL)
    suffixes = sorted({suffix for table in tables for entry in table for suffix in entry[0]})
    roots = ["қазақстан", "бүгін", "үндістан", "орын", "серіктес", "халық", "ел", "су", "а", "жұмыс", "қорытынды"]
    words = [root + a + b for root in roots for a in ["", *suffixes] for b in ["", *suffixes]]
    generator = random.Random(12)
    letters = "абвгдежзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
    words += ["".join(generator.choice(letters) for _ in range(generator.randint(1, 12))) for _ in range(5000)]
    words += [
        word for path in sorted(SEED_TEXTS.glob("*.txt")) for word in re.findall(r"\w+", path.read_text().lower())
    ]
    for word in [*words, "", "nato"]:
        for table in tables:
            assert kazakh_stemmer._step(word, table) == plain_step(word, table), word


def test_the_label_words_open_every_label_of_the_glued_label_pattern():
    # The labels of GLUED_LABEL_RE: "(?=(?:Аннотация|…|Ключевые\s+слова)(?:\s*[:.]|\s*$))".
    labels = cues.GLUED_LABEL_RE.pattern.split("(?=(?:", 1)[1].split(")", 1)[0].split("|")
    assert not cues.GLUED_LABEL_RE.flags & re.IGNORECASE
    for label in labels:
        assert label.startswith(prepare.LABEL_WORDS), label
    assert not prepare._may_hold_labels("Тезисы. Ключи: ABSTRACT")
    assert prepare._may_hold_labels("…/ISMO.2022.48.2.004Keywords:")


def test_the_run_on_words_stand_in_every_cue_of_the_run_on_pattern():
    cues_source = (
        "(?:Abstract|Аннотация|Аңдатпа|Keywords|Key\\s+words|Ключевые\\s+слова|Түйін\\s+сөздер|Кілт\\s+сөздер"
        "|Received|Поступила|To\\s+cite\\s+this\\s+article|To\\s+link\\s+to\\s+this\\s+article|Published\\s+online"
        "|ORIGINAL\\s+(?:PAPER|ARTICLE)|RESEARCH\\s+ARTICLE|ОРИГИНАЛЬНАЯ\\s+СТАТЬЯ|Introduction|Введение|Кіріспе)"
    )
    # The cues as the list was made for: a changed pattern needs its words looked at again.
    assert cues_source in cues.RUN_ON_CUE_RE.pattern
    assert not cues.RUN_ON_CUE_RE.flags & re.IGNORECASE
    flat = cues_source[3:-1].replace("(?:PAPER|ARTICLE)", "PAPER")
    for cue in flat.split("|"):
        assert any(word in piece for piece in cue.split("\\s+") for word in prepare.RUN_ON_WORDS), cue
    line = "x" * cues.RUN_ON_MIN_CHARS + " Introduction The Eurasian"
    assert prepare._unflattened(line) == [piece for piece in cues.RUN_ON_CUE_RE.split(line) if piece.strip()][:1] + [
        "Introduction",
        "The Eurasian",
    ]


class _SkipsNothing:
    def isdisjoint(self, other: object) -> bool:
        return False


def test_a_topic_without_a_phrase_in_the_record_is_skipped_as_before(settings):
    matcher = TopicMatcher(load_topic_definitions(Path(settings.ARCHIVE_TOPICS_FILE)))
    plain = TopicMatcher(load_topic_definitions(Path(settings.ARCHIVE_TOPICS_FILE)))
    plain.needles = {slug: _SkipsNothing() for slug in plain.needles}  # type: ignore[misc]
    texts = [(path.name, read_text_file(path)) for path in sorted(SEED_TEXTS.glob("*.txt"))]
    records = parse_files(texts)
    assert records
    for record in records:
        assert matcher.assign(record) == plain.assign(record)
