"""axe-core on every public page, in Kazakh, Russian and English, at 1280 and 390 px, with a screenshot of each.

Any violation fails, whatever its impact; so does a page wider than the phone's viewport.  Screenshots (PNG, the
top 8000 px at most) go to var/screenshots/, named page-language-width.png; the run prints the folder.
"""

from __future__ import annotations

import unittest
from urllib.parse import quote

from tests.browser.support import DESKTOP, NARROW, SCREENSHOT_DIR, SUMMARY, BrowserTestCase, axe_core_script
from tests.fixtures import BORDER

SCREENSHOT_MAX_HEIGHT = 8000
LANGUAGES = ("kk", "ru", "en")

# The elements that stick out past the right edge of the viewport (hidden ones and scrolling boxes aside).
OVERFLOW_JS = """() => {
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= width) return [];
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.right <= width + 1 || el.closest('.visually-hidden')) continue;
    let scrolled = false;
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (/(auto|scroll|hidden)/.test(style.overflowX)) { scrolled = true; break; }
    }
    if (!scrolled) out.push(`${el.tagName.toLowerCase()}.${el.className || ''} right=${Math.round(box.right)}`);
  }
  return [`page is ${document.documentElement.scrollWidth}px wide in a ${width}px viewport`, ...out.slice(0, 15)];
}"""

# Paths without the language prefix, and the status each answers with.
PAGES = {
    "home": ("/", 200),
    "browse": ("/articles/", 200),
    "search": (f"/articles/?q={quote('ынтымақтастық')}&language=kk", 200),
    "article": (f"/articles/{BORDER}/", 200),
    "author": ("/authors/d-dollin/", 200),
    "topic": ("/topics/central-asia/", 200),
    "topics": ("/topics/", 200),
    "authors": ("/authors/", 200),
    "about": ("/about/", 200),
    "not-found": ("/articles/no-such-article/", 404),
}


def describe(violation: dict) -> str:
    targets = ", ".join(" ".join(node["target"]) for node in violation["nodes"][:4])
    more = f" (+{len(violation['nodes']) - 4} more)" if len(violation["nodes"]) > 4 else ""
    return f"{violation['id']} [{violation['impact']}] {violation['help']}: {targets}{more}"


class AccessibilityAndLayoutTests(BrowserTestCase):
    enforce_csp = False  # axe is injected as an inline script

    @classmethod
    def setUpClass(cls):
        script, problem = axe_core_script()
        if script is None:
            raise unittest.SkipTest(f"accessibility scan skipped: {problem}")
        cls.axe_script = script
        super().setUpClass()
        SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
        line = f"browser screenshots (1280 px and 390 px wide, kk/ru/en): {SCREENSHOT_DIR}"
        if line not in SUMMARY:
            SUMMARY.append(line)

    def scan(self, name: str):
        """Scan and photograph one page in every language at both widths; fail on any violation or overflow."""
        path, status = PAGES[name]
        failures = []
        for language in LANGUAGES:
            for viewport in (DESKTOP, NARROW):
                width = viewport["width"]
                self.page.set_viewport_size(viewport)
                response = self.page.goto(self.url(f"/{language}{path}"))
                self.assertEqual(response.status, status, f"{language}{path}")
                self.assert_no_inline_code()
                self.assertEqual(self.page.locator("html").get_attribute("lang"), language)
                self.page.add_script_tag(path=str(self.axe_script))
                results = self.page.evaluate("axe.run(document, {resultTypes: ['violations']})")
                failures += [f"{name} {language} @ {width}px: {describe(v)}" for v in results["violations"]]
                failures += [
                    f"{name} {language} @ {width}px overflows: {line}" for line in self.page.evaluate(OVERFLOW_JS)
                ]
                self.screenshot(SCREENSHOT_DIR / f"{name}-{language}-{width}.png", width)
        self.assertEqual(failures, [], "\n".join(failures))
        self.assert_clean()

    def screenshot(self, path, width: int):
        """The whole page, or its top SCREENSHOT_MAX_HEIGHT px (a long article's body is just more text)."""
        height = min(self.page.evaluate("document.documentElement.scrollHeight"), SCREENSHOT_MAX_HEIGHT)
        self.page.screenshot(path=str(path), full_page=True, clip={"x": 0, "y": 0, "width": width, "height": height})

    def test_home(self):
        self.scan("home")

    def test_browse(self):
        self.scan("browse")

    def test_search_results_with_a_facet(self):
        self.scan("search")
        self.assertGreater(self.page.locator(".results mark").count(), 0)
        self.assertEqual(self.page.locator(".chips a.chip").count(), 1)

    def test_article(self):
        self.scan("article")

    def test_author(self):
        self.scan("author")

    def test_topic(self):
        self.scan("topic")

    def test_topic_and_author_indexes(self):
        self.scan("topics")
        self.scan("authors")

    def test_about(self):
        self.scan("about")

    def test_not_found(self):
        self.scan("not-found")
