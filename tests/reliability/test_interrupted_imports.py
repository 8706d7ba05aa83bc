"""Imports in real subprocesses: killed half-way they leave nothing; run twice at once they duplicate nothing."""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TransactionTestCase

from articles.models import Article, Author, Keyword
from articles.models.search import SearchDocument
from tests.fixtures import database_url

PROJECT = Path(settings.BASE_DIR)


def start_import(*paths: str, verbosity: int = 1) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": database_url(), "DJANGO_SETTINGS_MODULE": "archive.settings_test"}
    return subprocess.Popen(
        [sys.executable, "manage.py", "import_texts", f"--verbosity={verbosity}", *paths],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def export() -> str:
    out = io.StringIO()
    call_command("export_articles", stdout=out)
    return out.getvalue()


def counts() -> tuple[int, int, int, int]:
    return Article.objects.count(), Author.objects.count(), Keyword.objects.count(), SearchDocument.objects.count()


class InterruptedImportTests(TransactionTestCase):
    def seed_copies(self, copies: int) -> Path:
        """The seed texts several times over under other names: more records, a longer write."""
        folder = Path(tempfile.mkdtemp(prefix="archive-seeds-"))
        self.addCleanup(shutil.rmtree, folder)
        for n in range(copies):
            for seed in Path(settings.ARCHIVE_SEED_DIR).glob("*.txt"):
                shutil.copy(seed, folder / f"copy{n:02d}_{seed.name}")
        return folder

    def test_an_import_killed_in_the_middle_leaves_the_database_as_before(self):
        call_command("import_texts", verbosity=0)  # the archive before: the seeds
        before, before_counts = export(), counts()
        process = start_import(str(self.seed_copies(3)), verbosity=2)
        # Wait until it is writing: -v2 prints a line per record written inside the transaction.
        deadline = time.monotonic() + 120
        line = ""
        while time.monotonic() < deadline and "records" not in line:
            line = process.stdout.readline()
            if not line and process.poll() is not None:
                self.fail(f"import ended before it was killed: {process.stderr.read()}")
        self.assertIn("records", line)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        self.assertEqual(process.returncode, -signal.SIGKILL)
        self.assertEqual(counts(), before_counts)
        self.assertEqual(export(), before)
        # Nothing is left locked: the next import runs to the end.
        rerun = start_import(str(self.seed_copies(1)))
        out, err = rerun.communicate(timeout=120)
        self.assertEqual(rerun.returncode, 0, err)
        self.assertIn("8 created", out)

    def test_two_imports_at_once_create_no_duplicates(self):
        first, second = start_import(), start_import()
        outputs = [p.communicate(timeout=180) for p in (first, second)]
        for process, (_out, err) in zip((first, second), outputs):
            self.assertEqual(process.returncode, 0, err)
        reports = sorted(out.strip().splitlines()[-1] for out, _ in outputs)
        self.assertEqual(
            reports,
            [
                "5 files, 8 records: 0 created, 0 updated, 8 unchanged.",
                "5 files, 8 records: 8 created, 0 updated, 0 unchanged.",
            ],
        )
        self.assertEqual(Article.objects.count(), 8)
        self.assertEqual(Author.objects.count(), 3)
        self.assertEqual(SearchDocument.objects.count(), 8)


class OversizedFileTests(TransactionTestCase):
    def test_a_50_mb_text_file_is_refused_with_the_limit_and_changes_nothing(self):
        call_command("import_texts", verbosity=0)
        before = export()
        with tempfile.NamedTemporaryFile("wb", suffix=".txt", delete=False) as handle:
            line = "Қазақстан Республикасының сыртқы саясаты және халықаралық ынтымақтастық.\n".encode()
            handle.write(line * (50 * 1024 * 1024 // len(line) + 1))
        self.addCleanup(os.unlink, handle.name)
        self.assertGreater(os.path.getsize(handle.name), 50 * 1024 * 1024)
        with self.assertRaisesMessage(CommandError, "is over the import limit of 20971520 bytes"):
            call_command("import_texts", handle.name, verbosity=0)
        self.assertEqual(export(), before)
