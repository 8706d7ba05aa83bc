"""python manage.py load_test [--clients 50] [--seconds 60] — sustained mixed load on gunicorn (production settings)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from bench.load import load_test


class Command(BaseCommand):
    help = "Serve the configured archive with gunicorn and production settings; many clients for a fixed time."

    def add_arguments(self, parser):
        parser.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
        parser.add_argument("--seconds", type=float, default=60.0, help="duration (default 60)")
        parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (default 3)")
        parser.add_argument("--json", dest="json_path", type=Path, help="also write the summary to this file")

    def handle(
        self, *args: Any, clients: int, seconds: float, workers: int, json_path: Path | None, **options: Any
    ) -> None:
        if clients < 1 or seconds <= 0 or workers < 1:
            raise CommandError("--clients and --workers must be at least 1 and --seconds positive.")
        try:
            summary = load_test(clients, seconds, workers)
        except RuntimeError as error:
            raise CommandError(str(error)) from error
        if json_path:
            json_path.write_text(json.dumps(summary, indent=2))
        for key, value in summary.items():
            self.stdout.write(f"{key:>14}: {value}")
        if summary["errors"]:
            raise CommandError(f"{summary['errors']} requests failed.")
