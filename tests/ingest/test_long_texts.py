"""The longest texts the import accepts are read whole: a hard-wrapped paragraph of many lines, one long line.

How long they take is measured by `benchmark_import` (README, Parsing speed), not asserted here.
"""

from __future__ import annotations

from articles.ingest.pipeline import parse_files
from bench.parse_speed import million_lines, one_line


def test_a_paragraph_of_many_short_lines_is_one_body_with_every_line():
    lines = 60_000
    (record,) = parse_files([("lines.txt", million_lines(lines))])
    assert record.body == " ".join(f"сөз {n} жол" for n in range(lines))
    assert (record.first_line, record.last_line, record.title, record.language) == (1, lines, None, "kk")
    # Nothing says where the text begins or ends: it is kept as a fragment cut at both ends.
    assert record.is_fragment and "begins mid-sentence" in record.fragment_note


def test_one_long_line_is_the_body_as_it_is():
    text = one_line(1.5)
    (record,) = parse_files([("line.txt", text)])
    assert record.body == text.strip()
    assert (record.first_line, record.last_line, record.title) == (1, 1, None)
