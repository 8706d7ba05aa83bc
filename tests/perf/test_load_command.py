"""load_test runs end to end on a tiny load (the 50-client, 60-second figures live in README, not here)."""

from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path
from unittest import mock

from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TransactionTestCase

from bench.load import mixed_paths
from tests.fixtures import database_url


class LoadCommandTests(TransactionTestCase):
    def test_a_short_mixed_load_on_the_seeds_has_no_errors(self):
        call_command("import_texts", verbosity=0)
        paths = mixed_paths()
        # Home, browse, facets, searches, article and topic pages in three languages, and the API.
        self.assertEqual(len(paths), 3 * (3 + 9 + 8 + 5) + 10)
        out = io.StringIO()
        # gunicorn is another process: point it at this test's database.
        with tempfile.TemporaryDirectory() as folder, mock.patch.dict(os.environ, {"DATABASE_URL": database_url()}):
            report = Path(folder) / "load.json"
            call_command(
                "load_test", "--clients", "3", "--seconds", "2", "--workers", "1", "--json", str(report), stdout=out
            )
            summary = json.loads(report.read_text())
        self.assertEqual(summary["errors"], 0)
        self.assertGreater(summary["requests"], 3)
        self.assertEqual(summary["statuses"], {"200": summary["requests"]})
        self.assertIn("errors: 0", out.getvalue())

    def test_bad_arguments(self):
        with self.assertRaisesMessage(CommandError, "--clients and --workers must be at least 1"):
            call_command("load_test", "--clients", "0")
