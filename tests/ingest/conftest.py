from pathlib import Path

import pytest

from articles.ingest.pipeline import parse_files
from articles.ingest.topics import TopicMatcher
from articles.records.catalog import load_topic_definitions

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def seed_records():
    """Every record of the five seed files, parsed once, keyed by "file-prefix#first-line"."""
    matcher = TopicMatcher(load_topic_definitions(ROOT / "fixtures" / "topics.json"))
    records = parse_files([(path.name, path.read_text(encoding="utf-8")) for path in SEEDS], matcher)
    return {f"{r.file[:3]}#{r.first_line}": r for r in records}
