"""python manage.py benchmark_import [--megabytes N] — the importer's parsing speed on real texts, in MB/s."""

from __future__ import annotations

import os
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from bench.parse_speed import measure_parse_speed, measure_scaling


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

    def handle(self, *args: Any, megabytes: float, lines: int, **options: Any) -> None:
        if not 0 < megabytes <= 100:
            raise CommandError("--megabytes must be between 0 and 100.")
        if not 0 < lines <= 2_000_000:
            raise CommandError("--lines must be between 1 and 2,000,000.")
        speed = measure_parse_speed(megabytes)
        load = os.getloadavg()[0]
        self.stdout.write(
            f"{speed.files} files, {speed.megabytes:.2f} MB, {speed.records} records; load average {load:.2f}\n"
            f"first parse {speed.first_seconds:.2f} s = {speed.first_rate:.2f} MB/s (with loading)\n"
            f"again       {speed.seconds:.2f} s = {speed.rate:.2f} MB/s"
        )
        scaling = measure_scaling(lines)
        self.stdout.write(
            f"one paragraph of {scaling.lines:,} lines {scaling.seconds:.2f} s, of {2 * scaling.lines:,} lines "
            f"{scaling.doubled_seconds:.2f} s: x{scaling.ratio:.1f} (2 is linear)"
        )
