"""How fast the importer parses: real texts (the seeds and the development set) repeated to a size, timed;
how its time grows with the length of a text; and what the import of the longest texts it accepts costs.

The speed on real texts is of parsing only (reading, repair, layout, records, topics).  The long texts (a
million short lines, one line of 19 MB) are imported with `import_texts --dry-run` in a process of their own:
parsing and the database writes (rolled back at the end), with the process's peak memory.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from articles.ingest.dates import warm_up as warm_up_dates
from articles.ingest.pipeline import parse_files
from articles.ingest.reading import collect_files, read_text_file
from articles.ingest.topics import TopicMatcher
from articles.records.catalog import load_topic_definitions


@dataclass
class ParseSpeed:
    files: int
    megabytes: float
    records: int
    first_seconds: float  # in a fresh process, after dateparser's language data is loaded (warm_up_seconds)
    seconds: float  # the same texts again
    first_cpu_seconds: float = 0.0  # the same, in CPU time of this process (other work on the machine left out)
    cpu_seconds: float = 0.0
    warm_up_seconds: float = 0.0  # CPU time of loading dateparser's data, once per process before the first text

    @property
    def rate(self) -> float:
        return self.megabytes / self.seconds if self.seconds else 0.0

    @property
    def first_rate(self) -> float:
        return self.megabytes / self.first_seconds if self.first_seconds else 0.0

    @property
    def cpu_rate(self) -> float:
        return self.megabytes / self.cpu_seconds if self.cpu_seconds else 0.0

    @property
    def first_cpu_rate(self) -> float:
        return self.megabytes / self.first_cpu_seconds if self.first_cpu_seconds else 0.0


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


def parse_file(path: Path) -> int:
    """Parse one file as the import does (topics included); the number of records."""
    matcher = TopicMatcher(load_topic_definitions(Path(settings.ARCHIVE_TOPICS_FILE)))
    return len(parse_files([(path.name, read_text_file(path))], matcher))


def measure_parse_speed(megabytes: float = 1.0, folders: list[Path] | None = None) -> ParseSpeed:
    base_dir = Path(settings.BASE_DIR)
    folders = folders or [Path(settings.ARCHIVE_SEED_DIR), base_dir / "fixtures" / "devset" / "texts"]
    texts = sample_texts(folders, megabytes)
    matcher = TopicMatcher(load_topic_definitions(Path(settings.ARCHIVE_TOPICS_FILE)))
    # A long import loads dateparser's language data once, as it builds its topic matcher: not parse work.
    cpu = time.process_time()
    warm_up_dates()
    warm_up = time.process_time() - cpu
    started, cpu = time.perf_counter(), time.process_time()
    records = parse_files(texts, matcher)
    first, first_cpu = time.perf_counter() - started, time.process_time() - cpu
    started, cpu = time.perf_counter(), time.process_time()
    parse_files(texts, matcher)
    again, again_cpu = time.perf_counter() - started, time.process_time() - cpu
    size = sum(len(text.encode("utf-8")) for _, text in texts) / 1_000_000
    return ParseSpeed(len(texts), size, len(records), first, again, first_cpu, again_cpu, warm_up)


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


def million_lines(lines: int = 1_000_000) -> str:
    """A file of many short lines (20.9 MB for a million, just under the 20 MiB import limit): one paragraph."""
    return "\n".join(f"сөз {n} жол" for n in range(lines)) + "\n"


def one_line(megabytes: float = 19.0) -> str:
    """One line of about `megabytes` MB of short Latin and Cyrillic words with digits (no line break in it)."""
    words: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        word = f"сөз{len(words) % 997} жол " if len(words) % 2 else f"word{len(words) % 991} line "
        words.append(word)
        size += len(word.encode("utf-8"))
    return "".join(words).rstrip() + "\n"


@dataclass
class RunCost:
    """What one command cost in a process of its own."""

    seconds: float
    cpu_seconds: float  # user and system time of the process
    peak_megabytes: float  # its largest resident set


def run_measured(arguments: list[str]) -> RunCost:
    """Run `manage.py` with these arguments in a new process (same settings and database); raise on failure."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), *arguments],
            cwd=settings.BASE_DIR,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        _, status, usage = os.wait4(process.pid, 0)  # the process's own usage, not all children's
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode:
            errors.seek(0)
            message = errors.read().decode("utf-8", "replace").strip().splitlines()
            raise RuntimeError(f"manage.py {' '.join(arguments)} failed: {message[-1] if message else status}")
    return RunCost(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


@dataclass
class LongText:
    name: str
    megabytes: float
    lines: int
    parse: RunCost  # parsing alone
    load: RunCost  # import_texts --dry-run: parsing and writing (rolled back)


def measure_long_texts(lines: int = 1_000_000, megabytes: float = 19.0) -> list[LongText]:
    """The import of a file of `lines` short lines and of a file of one `megabytes` MB line, each in its own
    process; the database must be migrated (the writes are rolled back)."""
    results = []
    with tempfile.TemporaryDirectory(prefix="archive-long-") as folder:
        for name, text in (("many-lines.txt", million_lines(lines)), ("one-line.txt", one_line(megabytes))):
            path = Path(folder) / name
            path.write_text(text, encoding="utf-8")
            size, count = path.stat().st_size / 1_000_000, text.count("\n")
            del text  # not held while the commands run
            parse = run_measured(["benchmark_import", "--parse-file", str(path)])
            load = run_measured(["import_texts", "--dry-run", "--verbosity", "0", str(path)])
            results.append(LongText(name, size, count, parse, load))
    return results
