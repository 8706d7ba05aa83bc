"""Issue 19 in Chromium: tables, the localised 404, sorting on change, the year facet on a phone, the print view.

Each check runs in Kazakh, Russian and English where the language matters, at 1280 and 390 px where the width does.
"""

from __future__ import annotations

import datetime
import re

from articles.models import Article
from tests.browser.support import DESKTOP, NARROW, SCREENSHOT_DIR, BrowserTestCase
from tests.browser.test_flows import article_slugs, query_of
from tests.fixtures import BORDER

NOT_FOUND = {"kk": "Бет табылмады", "ru": "Страница не найдена", "en": "Page not found"}
TITLE_SORT = {"kk": "Атауы бойынша", "ru": "По заглавию", "en": "Title"}
# Years the class adds to the seeds' one (2025), so that the year facet has many columns to wrap.
EXTRA_YEARS = range(2000, 2021)


class ReadingTests(BrowserTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for year in EXTRA_YEARS:
            Article.objects.create(
                title=f"Сыртқы саясат шолуы {year}",
                slug=f"review-{year}",
                language="kk",
                published=datetime.date(year, 6, 1),
            )

    def test_tables_are_tables_at_both_widths(self):
        for viewport in (DESKTOP, NARROW):
            self.page.set_viewport_size(viewport)
            self.goto(f"/kk/articles/{BORDER}/")
            self.assertEqual(self.page.locator("article .body table").count(), 4)
            row = self.page.locator("article .body table tr", has_text="Атырау облысы (Атырау қ.) Астрахан облысы")
            self.assertEqual(row.first.locator("td").all_inner_texts()[1:], ["377074"])
            headings = self.page.locator("article .body h2").all_inner_texts()
            self.assertEqual([h for h in headings if re.search(r"\d+ \d+$", h)], [])
            # A wide table scrolls inside its box; the page itself never does.
            width = self.page.evaluate("document.documentElement.scrollWidth")
            self.assertLessEqual(width, viewport["width"])
        self.assert_clean()

    def test_the_404_page_is_localised_and_fits_a_phone(self):
        self.page.set_viewport_size(NARROW)
        for language, heading in NOT_FOUND.items():
            response = self.page.goto(self.url(f"/{language}/articles/no-such-article/"))
            self.assertEqual(response.status, 404)
            self.assertEqual(self.page.locator("html").get_attribute("lang"), language)
            self.assertEqual(self.page.locator("h1").inner_text(), heading)
            self.assertTrue(self.page.locator(".site-header .search-box input").is_visible())
            self.assertLessEqual(self.page.evaluate("document.documentElement.scrollWidth"), NARROW["width"])
        self.assert_clean()

    def test_sorting_applies_as_soon_as_it_is_chosen(self):
        for language, label in TITLE_SORT.items():
            self.goto(f"/{language}/articles/?language=kk")
            self.assertFalse(self.page.locator(".sort-apply").is_visible(), "no Apply button with script")
            self.page.locator("#sort").select_option(label=label)
            self.page.wait_for_url(re.compile(r"sort=title"))
            self.assertEqual(query_of(self.page.url), {"language": ["kk"], "sort": ["title"]})
            titles = self.page.locator(".results .article-row h3 a").all_inner_texts()
            reviews = [t for t in titles if t.startswith("Сыртқы саясат шолуы")]
            self.assertEqual(reviews, sorted(reviews))
        self.assert_clean()

    def test_sorting_without_script_uses_the_apply_button(self):
        context = self.browser.new_context(viewport=DESKTOP, java_script_enabled=False)
        self.addCleanup(context.close)
        page = context.new_page()
        page.goto(self.url("/en/articles/?language=kk"))
        page.locator("#sort").select_option("title")
        self.assertNotIn("sort=title", page.url, "nothing happens before Apply without script")
        page.locator(".sort-apply").click()
        page.wait_for_url(re.compile(r"sort=title"))
        self.assertEqual(query_of(page.url), {"language": ["kk"], "sort": ["title"]})

    def test_the_year_facet_wraps_on_a_phone_and_counts_undated_articles(self):
        self.page.set_viewport_size(NARROW)
        for language in ("kk", "ru", "en"):
            self.goto(f"/{language}/articles/")
            histogram = self.page.locator(".facet-year .histogram")
            tops = histogram.locator("li").evaluate_all("items => items.map(li => li.offsetTop)")
            self.assertEqual(len(tops), len(EXTRA_YEARS) + 1)
            self.assertGreater(len(set(tops)), 1, "the years wrap onto several rows")
            box = histogram.bounding_box()
            self.assertLessEqual(box["x"] + box["width"], NARROW["width"])
            self.assertLessEqual(self.page.evaluate("document.documentElement.scrollWidth"), NARROW["width"])
            undated = self.page.locator(".facet-year .facet-values a")
            self.assertEqual(undated.count(), 1)
            listed = Article.objects.published().exclude(is_fragment=True, title="").filter(published=None).count()
            self.assertEqual(undated.locator(".count").inner_text(), str(listed))
        self.page.screenshot(path=str(SCREENSHOT_DIR / "year-facet-en-390.png"), full_page=True)
        self.assert_clean()

    def test_the_print_view_holds_every_abstract_and_no_controls(self):
        SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
        for language in ("kk", "ru", "en"):
            for viewport in (DESKTOP, NARROW):
                self.page.set_viewport_size(viewport)
                self.goto(f"/{language}/articles/{BORDER}/")
                self.page.emulate_media(media="print")
                for abstract in ("kk", "ru", "en"):
                    self.assertTrue(self.page.locator(f"section.abstract-{abstract}").is_visible(), abstract)
                for hidden in (".search-box", ".language-switcher", ".site-nav", ".abstract-tab-label", ".related"):
                    self.assertEqual(
                        self.page.locator(hidden).evaluate_all("els => els.filter(e => e.offsetParent).length"),
                        0,
                        hidden,
                    )
                self.page.emulate_media(media="screen")
        self.page.emulate_media(media="print")
        self.page.screenshot(path=str(SCREENSHOT_DIR / "article-print-en-390.png"), full_page=True)
        pdf = self.page.pdf()
        self.assertTrue(pdf.startswith(b"%PDF"))
        self.assert_clean()

    def test_fragments_appear_when_asked_for(self):
        self.goto("/ru/articles/")
        before = article_slugs(self.page)
        self.page.locator(".fragments-note a").click()
        self.page.wait_for_url(re.compile(r"fragment=fragment"))
        fragments = article_slugs(self.page)
        self.assertTrue(fragments - before, "untitled fragments are listed once asked for")
        labels = [
            t for t in self.page.locator(".results h3").all_inner_texts() if t.startswith("Фрагмент без заглавия: «")
        ]
        self.assertEqual(len(labels), 2, "each untitled fragment is named by its opening words")
        self.assert_clean()
