"""python manage.py benchmark_import [--megabytes N] [--long-texts] — the importer's speed on real texts, in MB/s.

With --long-texts it also imports (dry run) a file of a million short lines and a file of one 19 MB line, each
in a process of its own, and prints their time and peak memory (the database must be migrated).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from bench.parse_speed import measure_long_texts, measure_parse_speed, measure_scaling
from bench.parse_speed import parse_file as parse_one_file


class Command(BaseCommand):
    help = "Parse the seed and development-set texts, repeated to a size, and print the speed (no database writes)."

    def add_arguments(self, parser):
        parser.add_argument("--megabytes", type=float, default=1.0, help="how much text to parse (default 1)")
        parser.add_argument(
            "--lines",
            type=int,
            default=20_000,
            help="lines of the one-paragraph text timed for N and 2N (default 20,000)",
        )
        parser.add_argument(
            "--long-texts",
            action="store_true",
            help="also import a file of a million short lines and one of a 19 MB line (dry run), in new processes",
        )
        parser.add_argument(
            "--long-lines", type=int, default=1_000_000, help="lines of the first long file (default 1,000,000)"
        )
        parser.add_argument(
            "--long-line-megabytes", type=float, default=19.0, help="size of the one-line file (default 19 MB)"
        )
        parser.add_argument("--parse-file", type=Path, dest="path", help=argparse.SUPPRESS)  # see handle()

    def handle(
        self,
        *args: Any,
        megabytes: float,
        lines: int,
        long_texts: bool,
        long_lines: int,
        long_line_megabytes: float,
        path: Path | None,
        **options: Any,
    ) -> None:
        if path is not None:  # the parse-only run of measure_long_texts(), in its own process
            self.stdout.write(f"{parse_one_file(path)} records")
            return
        if not 0 < megabytes <= 100:
            raise CommandError("--megabytes must be between 0 and 100.")
        if not 0 < lines <= 2_000_000:
            raise CommandError("--lines must be between 1 and 2,000,000.")
        if not 0 < long_lines <= 1_100_000 or not 0 < long_line_megabytes <= 20:
            raise CommandError("--long-lines must be between 1 and 1,100,000, --long-line-megabytes up to 20.")
        speed = measure_parse_speed(megabytes)
        load = os.getloadavg()[0]
        self.stdout.write(
            f"{speed.files} files, {speed.megabytes:.2f} MB, {speed.records} records; load average {load:.2f}\n"
            f"first parse {speed.first_seconds:.2f} s = {speed.first_rate:.2f} MB/s "
            f"({speed.first_cpu_seconds:.2f} s CPU = {speed.first_cpu_rate:.2f} MB/s; dateparser's data loaded "
            f"before it, once per process: {speed.warm_up_seconds:.2f} s CPU)\n"
            f"again       {speed.seconds:.2f} s = {speed.rate:.2f} MB/s "
            f"({speed.cpu_seconds:.2f} s CPU = {speed.cpu_rate:.2f} MB/s)"
        )
        scaling = measure_scaling(lines)
        self.stdout.write(
            f"one paragraph of {scaling.lines:,} lines {scaling.seconds:.2f} s, of {2 * scaling.lines:,} lines "
            f"{scaling.doubled_seconds:.2f} s: x{scaling.ratio:.1f} (2 is linear)"
        )
        if long_texts:
            try:
                results = measure_long_texts(long_lines, long_line_megabytes)
            except RuntimeError as error:
                raise CommandError(str(error)) from error
            for result in results:
                lines_named = f"{result.lines:,} line{'' if result.lines == 1 else 's'}"
                self.stdout.write(
                    f"{result.name} ({result.megabytes:.1f} MB, {lines_named}): "
                    f"parse {result.parse.seconds:.1f} s ({result.parse.cpu_seconds:.1f} s CPU, "
                    f"{result.parse.peak_megabytes:,.0f} MB peak); "
                    f"import_texts --dry-run {result.load.seconds:.1f} s ({result.load.cpu_seconds:.1f} s CPU, "
                    f"{result.load.peak_megabytes:,.0f} MB peak); load average {os.getloadavg()[0]:.2f}"
                )
