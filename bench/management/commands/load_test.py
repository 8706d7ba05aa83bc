"""python manage.py load_test [--clients 50] [--seconds 60] [--instances 2] — sustained mixed load on gunicorn.

With ``--instances N`` the clients are spread over N gunicorn servers on their own ports, sharing the
configured primary, replicas (DATABASE_REPLICA_URLS) and cache (CACHE_URL): README, "Running on several
machines".
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from bench.load import load_test
from bench.scaleout import load_test_across


class Command(BaseCommand):
    help = "Serve the configured archive with gunicorn and production settings; many clients for a fixed time."

    def add_arguments(self, parser):
        parser.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
        parser.add_argument("--seconds", type=float, default=60.0, help="duration (default 60)")
        parser.add_argument("--workers", type=int, default=3, help="gunicorn workers per instance (default 3)")
        parser.add_argument(
            "--instances", type=int, default=1, help="gunicorn instances sharing the database and cache (default 1)"
        )
        parser.add_argument("--json", dest="json_path", type=Path, help="also write the summary to this file")

    def handle(
        self,
        *args: Any,
        clients: int,
        seconds: float,
        workers: int,
        instances: int,
        json_path: Path | None,
        **options: Any,
    ) -> None:
        if clients < 1 or seconds <= 0 or workers < 1:
            raise CommandError("--clients and --workers must be at least 1 and --seconds positive.")
        if not 1 <= instances <= clients:
            raise CommandError("--instances must be at least 1 and at most --clients (each instance has its clients).")
        try:
            if instances == 1:
                summary = load_test(clients, seconds, workers)
            else:
                summary = load_test_across(instances, clients, seconds, workers)
        except RuntimeError as error:
            raise CommandError(str(error)) from error
        if json_path:
            json_path.write_text(json.dumps(summary, indent=2))
        for key, value in summary.items():
            self.stdout.write(f"{key:>14}: {value}")
        if summary["errors"]:
            raise CommandError(f"{summary['errors']} requests failed.")
