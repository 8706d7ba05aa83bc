"""How fast the importer parses: real texts (the seeds and the development set) repeated to a size, timed.

Parsing only (reading, repair, layout, records, topics); writing to the database is not timed.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from articles.ingest.pipeline import parse_files
from articles.ingest.reading import collect_files, read_text_file
from articles.ingest.topics import TopicMatcher
from articles.records.catalog import load_topic_definitions


@dataclass
class ParseSpeed:
    files: int
    megabytes: float
    records: int
    first_seconds: float  # in a fresh process: includes loading dateparser's language data
    seconds: float  # the same texts again

    @property
    def rate(self) -> float:
        return self.megabytes / self.seconds if self.seconds else 0.0

    @property
    def first_rate(self) -> float:
        return self.megabytes / self.first_seconds if self.first_seconds else 0.0


def sample_texts(folders: list[Path], megabytes: float) -> list[tuple[str, str]]:
    """The texts of the folders, repeated under new names until they reach the size."""
    base = [(path.name, read_text_file(path)) for path in collect_files(folders)]
    if not base:
        raise ValueError("no texts to parse")
    texts: list[tuple[str, str]] = []
    size = 0
    while size < megabytes * 1_000_000:
        name, text = base[len(texts) % len(base)]
        texts.append((f"{len(texts)}-{name}", text))
        size += len(text.encode("utf-8"))
    return texts


def measure_parse_speed(megabytes: float = 1.0, folders: list[Path] | None = None) -> ParseSpeed:
    base_dir = Path(settings.BASE_DIR)
    folders = folders or [Path(settings.ARCHIVE_SEED_DIR), base_dir / "fixtures" / "devset" / "texts"]
    texts = sample_texts(folders, megabytes)
    matcher = TopicMatcher(load_topic_definitions(Path(settings.ARCHIVE_TOPICS_FILE)))
    started = time.perf_counter()
    records = parse_files(texts, matcher)
    first = time.perf_counter() - started
    started = time.perf_counter()
    parse_files(texts, matcher)
    again = time.perf_counter() - started
    size = sum(len(text.encode("utf-8")) for _, text in texts) / 1_000_000
    return ParseSpeed(len(texts), size, len(records), first, again)


@dataclass
class Scaling:
    lines: int
    seconds: float  # for `lines` lines
    doubled_seconds: float  # for twice as many

    @property
    def ratio(self) -> float:
        """About 2 when parsing is linear in the number of lines, 4 when quadratic."""
        return self.doubled_seconds / self.seconds if self.seconds else 0.0


def one_paragraph(lines: int) -> str:
    """A text whose body is one paragraph of many short lines (a hard-wrapped dump without blank lines)."""
    return "Заглавие статьи\n\n" + "\n".join(f"сөз{n % 97} жол жалғасады" for n in range(lines)) + "\n"


def measure_scaling(lines: int) -> Scaling:
    """Parse one paragraph of `lines` lines and of twice as many: the ratio of the times shows the complexity."""
    timings = []
    for count in (lines, 2 * lines):
        text = one_paragraph(count)
        started = time.perf_counter()
        parse_files([("scaling.txt", text)])
        timings.append(time.perf_counter() - started)
    return Scaling(lines, timings[0], timings[1])
