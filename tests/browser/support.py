"""A live archive server with the seeds, driven by Debian's Chromium through Playwright.

No browser is downloaded (``playwright install`` is not used): the tests launch the system Chromium at
``CHROMIUM`` and skip, saying why, when it or Playwright is missing.  The accessibility scan needs axe-core
from npm (package.json); when node_modules/ lacks it, ``axe_core_script`` runs ``npm ci`` once.

Every test class starts one browser and imports the seeds once, then its tests share them: the import
commits through the live server's database (SQLite or PostgreSQL alike), and the class flushes the database
and restores the migrated state (the Editors group among it) when it is done.
"""

from __future__ import annotations

import functools
import io
import os
import re
import shutil
import subprocess
import unittest
from pathlib import Path

from django.contrib.staticfiles.testing import StaticLiveServerTestCase
from django.core.management import call_command
from django.db import connections

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("ARCHIVE_TEST_CHROMIUM", "/usr/bin/chromium"))
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOT_DIR = ROOT / "var" / "screenshots"
DESKTOP = {"width": 1280, "height": 900}
NARROW = {"width": 390, "height": 844}

# The Content-Security-Policy a page gets when the server sends none: scripts and styles only from the
# archive's own files, so no inline <script>, no on*="…" attribute, no javascript: URL and no style="…"
# may be needed for a page to work.  A policy the server sends itself is kept and enforced instead.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)

# Lines for the end of the pytest run (tests/browser/conftest.py prints them).
SUMMARY: list[str] = []

# Inline code a CSP without 'unsafe-inline' would refuse to run (JSON data blocks are not code).
INLINE_CODE_JS = """() => {
  const found = [];
  for (const s of document.querySelectorAll('script:not([src])')) {
    if (!/json/i.test(s.type)) found.push('inline <script>: ' + s.textContent.trim().slice(0, 80));
  }
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) if (/^on/i.test(a.name)) found.push(el.tagName.toLowerCase() + ' ' + a.name);
  }
  for (const a of document.querySelectorAll('[href^="javascript:" i], [action^="javascript:" i]')) {
    found.push('javascript: URL on ' + a.tagName.toLowerCase());
  }
  return found;
}"""


@functools.cache
def playwright_problem() -> str | None:
    """Why the browser tests cannot run here, or None."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -e '.[dev]')"
    if not CHROMIUM.exists():
        return f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    return None


@functools.cache
def axe_core_script() -> tuple[Path | None, str]:
    """axe-core's script, running ``npm ci`` once if node_modules/ lacks it; else None and why."""
    if AXE_SCRIPT.exists():
        return AXE_SCRIPT, ""
    npm = shutil.which("npm")
    if npm is None:
        return None, f"no {AXE_SCRIPT.relative_to(ROOT)} and no npm to install it (npm ci)"
    try:
        done = subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund"], cwd=ROOT, capture_output=True, text=True, timeout=300
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return None, f"npm ci failed: {error}"
    if done.returncode != 0 or not AXE_SCRIPT.exists():
        return None, f"npm ci failed (exit {done.returncode}): {(done.stderr or done.stdout).strip()[-300:]}"
    return AXE_SCRIPT, ""


class BrowserTestCase(StaticLiveServerTestCase):
    """One Chromium and one seed import per class; each test gets a fresh browser context."""

    # Asks for the migrated state to be serialized when the test database is created; restored by hand below.
    serialized_rollback = True
    viewport = DESKTOP
    enforce_csp = True

    @classmethod
    def setUpClass(cls):
        problem = playwright_problem()
        if problem:
            raise unittest.SkipTest(f"browser tests skipped: {problem}")
        # Playwright's sync API keeps an asyncio loop in this thread; the ORM calls of the tests themselves
        # are ordinary synchronous code (the live server runs in its own thread).
        cls._async_unsafe = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
        super().setUpClass()
        try:
            cls._restore_migrated_state()  # a transactional test before this one may have flushed it
            call_command("import_texts", verbosity=0, stdout=io.StringIO())
            from playwright.sync_api import sync_playwright

            cls.playwright = sync_playwright().start()
            cls.browser = cls.playwright.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"]
            )
        except BaseException:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        try:
            cls._stop_browser()
            cls._clean_database()
            super().tearDownClass()
        finally:
            if cls._async_unsafe is None:
                os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
            else:
                os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = cls._async_unsafe

    @classmethod
    def _stop_browser(cls):
        if getattr(cls, "browser", None) is not None:
            cls.browser.close()
            cls.browser = None
        if getattr(cls, "playwright", None) is not None:
            cls.playwright.stop()
            cls.playwright = None

    @classmethod
    def _restore_migrated_state(cls):
        """Put back what the migrations wrote (content types, permissions, the Editors group) after a flush."""
        for alias in cls._databases_names(include_mirrors=False):
            contents = getattr(connections[alias], "_test_serialized_contents", None)
            if contents:
                connections[alias].creation.deserialize_db_from_string(contents)

    @classmethod
    def _clean_database(cls):
        from articles.search.index import rebuild_index

        for alias in cls._databases_names(include_mirrors=False):
            call_command("flush", verbosity=0, interactive=False, database=alias, inhibit_post_migrate=True)
        cls._restore_migrated_state()
        rebuild_index()  # empties the search index too (SQLite's FTS table is not a model flush knows)

    # The seeds stay for the whole class: no per-test loading or flushing (the class does both).
    @classmethod
    def _fixture_setup(cls):
        pass

    def _fixture_teardown(self):
        pass

    def setUp(self):
        super().setUp()
        self.context = self.browser.new_context(viewport=self.viewport, bypass_csp=not self.enforce_csp)
        self.context.set_default_timeout(10_000)
        self.csp_violations: list[str] = []
        self.page_errors: list[str] = []
        if self.enforce_csp:
            # Pages only: static files go straight through.
            self.context.route(re.compile(rf"^{re.escape(self.live_server_url)}/(?!static/)"), self._add_csp)
        self.page = self.context.new_page()
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.page_errors.append(str(error)))
        self.addCleanup(self.context.close)

    def _add_csp(self, route, request):
        if request.resource_type != "document":
            route.continue_()
            return
        response = route.fetch(max_redirects=0)
        if "content-security-policy" in response.headers:
            route.fulfill(response=response)
        else:
            route.fulfill(response=response, headers={**response.headers, "content-security-policy": CSP})

    def _console(self, message):
        if message.type != "error" or "Content Security Policy" not in message.text:
            return
        self.csp_violations.append(f"{message.location.get('url') or self.page.url}: {message.text[:120]}")

    def url(self, path: str) -> str:
        return f"{self.live_server_url}{path}"

    def goto(self, path: str):
        response = self.page.goto(self.url(path))
        self.assertEqual(response.status, 200, path)
        self.assert_no_inline_code()
        return response

    def assert_no_inline_code(self):
        self.assertEqual(self.page.evaluate(INLINE_CODE_JS), [], f"inline code on {self.page.url}")

    def assert_clean(self):
        """No script refused by the CSP and no uncaught script error on the pages this test saw."""
        self.assertEqual(self.csp_violations, [], "Content-Security-Policy violations")
        self.assertEqual(self.page_errors, [], "script errors")
