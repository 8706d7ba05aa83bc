"""axe-core on the archive's main pages, at desktop width and at 360 px, with a screenshot of each.

Violations of impact "serious" or "critical" fail; the others are listed at the end of the run.  At 360 px
no page may scroll sideways.  Screenshots (PNG, the top 8000 px at most) go to var/screenshots/; the run
prints the folder.
"""

from __future__ import annotations

import unittest
from urllib.parse import quote

from tests.browser.support import DESKTOP, NARROW, SCREENSHOT_DIR, SUMMARY, BrowserTestCase, axe_core_script
from tests.fixtures import BORDER

FAILING_IMPACTS = {"serious", "critical"}
SCREENSHOT_MAX_HEIGHT = 8000

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

PAGES = {
    "home": "/kk/",
    "browse": f"/kk/articles/?q={quote('ынтымақтастық')}&language=kk",
    "article": f"/en/articles/{BORDER}/",
    "author": "/ru/authors/d-dollin/",
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
        SUMMARY.append(f"browser screenshots (1280 px and 360 px wide): {SCREENSHOT_DIR}")

    def scan(self, name: str):
        """Scan and photograph one page at both widths; fail on serious violations or sideways scrolling."""
        failures = []
        for viewport in (DESKTOP, NARROW):
            width = viewport["width"]
            self.page.set_viewport_size(viewport)
            self.goto(PAGES[name])
            self.page.add_script_tag(path=str(self.axe_script))
            results = self.page.evaluate("axe.run(document, {resultTypes: ['violations']})")
            for violation in results["violations"]:
                line = f"{name} @ {width}px: {describe(violation)}"
                if violation["impact"] in FAILING_IMPACTS:
                    failures.append(line)
                elif line not in SUMMARY:
                    SUMMARY.append(f"axe (minor, not failing) {line}")
            self.screenshot(SCREENSHOT_DIR / f"{name}-{width}.png", width)
            if viewport is NARROW:
                failures += [f"{name} @ {width}px overflows: {line}" for line in self.page.evaluate(OVERFLOW_JS)]
        self.assertEqual(failures, [], "\n".join(failures))
        self.assert_clean()

    def screenshot(self, path, width: int):
        """The whole page, or its top SCREENSHOT_MAX_HEIGHT px (a long article's body is just more text)."""
        height = min(self.page.evaluate("document.documentElement.scrollHeight"), SCREENSHOT_MAX_HEIGHT)
        self.page.screenshot(path=str(path), full_page=True, clip={"x": 0, "y": 0, "width": width, "height": height})

    def test_home(self):
        self.scan("home")

    def test_browse_with_a_query_and_a_facet(self):
        self.scan("browse")
        self.assertGreater(self.page.locator(".results mark").count(), 0)
        self.assertEqual(self.page.locator(".chips a.chip").count(), 1)

    def test_article(self):
        self.scan("article")

    def test_author(self):
        self.scan("author")
