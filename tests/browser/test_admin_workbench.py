"""The editor's workbench in Chromium at 1280 px, in Kazakh, Russian and English.

Every page an editor works on (the article list, the review queue, the change form with a long title, the
merge preview) fits the window: no control past its edge, no clipped column, no box scrolling sideways,
and the page tools do not overlap the title.  Then the work itself: the three abstracts side by side and
the keywords as a list, saved and at once on the public page and in search; authors merged after a
preview, different people refused with a warning, and a merge undone.
"""

from __future__ import annotations

import re

from django.contrib.auth.models import Group, User

from articles.curation.services import needs_review
from articles.models import Article, Author, Authorship
from tests.browser.support import SCREENSHOT_DIR, SUMMARY, BrowserTestCase
from tests.fixtures import BORDER, DOLLIN, KHASENOVA

PASSWORD = "a long editor password"
LANGUAGES = ("kk", "ru", "en")

# Problems of the layout at the current window width, as sentences (an empty list when there are none).
LAYOUT_JS = """() => {
  const width = window.innerWidth, problems = [];
  const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
    + (el.name ? '[name=' + el.name + ']' : '')
    + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
    + ' "' + (el.innerText || el.value || '').trim().slice(0, 30) + '"';
  const visible = el => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'
      && !el.closest('.visually-hidden');  // read by screen readers only: clipped on purpose
  };
  if (document.documentElement.scrollWidth > width + 1)
    problems.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
  const controls = document.querySelectorAll(
    '#content a, #content button, #content input:not([type=hidden]), #content select, #content textarea, ' +
    '#content th, #content td, #content label, #header a, #header button');
  for (const el of controls) {
    if (!visible(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.right > width + 1 || r.left < -1)
      problems.push('off-screen: ' + describe(el) + ' at ' + Math.round(r.left) + '–' + Math.round(r.right));
    if ((el.tagName === 'TH' || el.tagName === 'TD' || el.tagName === 'LABEL') && el.scrollWidth > el.clientWidth + 1)
      problems.push('clipped: ' + describe(el) + ' (' + el.scrollWidth + ' > ' + el.clientWidth + ' px)');
  }
  for (const el of document.querySelectorAll('#content *')) {
    if (!visible(el) || ['TEXTAREA', 'INPUT', 'SELECT'].includes(el.tagName)) continue;
    const overflow = getComputedStyle(el).overflowX;
    const iconOnly = parseFloat(getComputedStyle(el).textIndent) < -100;  // Django's icon buttons hide their text
    if (overflow !== 'visible' && el.scrollWidth > el.clientWidth + 1 && !iconOnly)
      problems.push('scrolls sideways: ' + describe(el) + ' (' + el.scrollWidth + ' > ' + el.clientWidth + ' px)');
  }
  const tools = document.querySelector('#content .object-tools');
  if (tools) {
    const t = tools.getBoundingClientRect();
    for (const heading of document.querySelectorAll('#content h1, #content h2')) {
      const h = heading.getBoundingClientRect();
      if (visible(heading) && t.left < h.right && h.left < t.right && t.top < h.bottom && h.top < t.bottom)
        problems.push('the page tools overlap ' + describe(heading));
    }
  }
  return problems;
}"""


class AdminWorkbenchTests(BrowserTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        editor = User.objects.create_user("editor", "editor@example.kz", PASSWORD, is_staff=True)
        editor.groups.add(Group.objects.get(name="Editors"))

    def log_in(self, language: str) -> None:
        self.page.goto(self.url(f"/{language}/admin/login/?next=/{language}/admin/"))
        self.page.locator("#id_username").fill("editor")
        self.page.locator("#id_password").fill(PASSWORD)
        self.page.locator("#login-form input[type=submit]").click()
        self.page.wait_for_url(re.compile(rf"/{language}/admin/$"))

    def assert_fits(self, name: str) -> None:
        """No clipped or off-screen control on the page; a screenshot for a human to look at."""
        SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOT_DIR / f"admin-{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        SUMMARY.append(f"admin screenshot: {path}")
        self.assertEqual(self.page.evaluate(LAYOUT_JS), [], f"{name}: {self.page.url}")

    def test_the_list_queue_change_form_and_merge_preview_fit_1280_px(self):
        longest = max(Article.objects.all(), key=lambda article: len(article.title))
        author = Author.objects.get(name="Д. Доллин")
        waiting = needs_review(Article.objects.all()).count()
        self.assertGreater(waiting, 3)
        for language in LANGUAGES:
            with self.subTest(language=language):
                self.context.clear_cookies()
                self.log_in(language)
                self.assertEqual(self.page.locator("html").get_attribute("lang"), language)
                total = self.page.locator("#review-queue .queue-total").inner_text()
                self.assertEqual(re.match(r"\d+", total)[0], str(waiting), total)
                self.assert_fits(f"{language}-home")

                self.goto(f"/{language}/admin/articles/article/")
                self.assertEqual(self.page.locator("#result_list tbody tr").count(), 8)
                self.assert_fits(f"{language}-article-list")

                self.goto(f"/{language}/admin/articles/article/?needs_review=yes")
                self.assertEqual(self.page.locator("#result_list tbody tr").count(), waiting)
                self.assert_fits(f"{language}-review-queue")

                self.goto(f"/{language}/admin/articles/article/{longest.pk}/change/")
                self.assert_fits(f"{language}-change-form")

                # A new article, its language not chosen yet: its title and the three translated ones, abreast.
                self.goto(f"/{language}/admin/articles/article/add/")
                self.assertEqual(self.page.locator("fieldset.side-by-side").first.locator("textarea").count(), 4)
                self.assert_fits(f"{language}-add-form")

                self.goto(f"/{language}/admin/articles/author/{author.pk}/change/")
                self.assert_fits(f"{language}-author-form")

                self.goto(f"/{language}/admin/articles/author/")
                self.page.locator("#action-toggle").check()
                self.page.locator("select[name=action]").select_option("merge_selected_authors")
                self.page.locator("button[name=index]").click()
                self.page.wait_for_selector(".merge-preview")
                self.assertEqual(self.page.locator(".merge-preview tbody tr").count(), Author.objects.count())
                self.assert_fits(f"{language}-merge-preview")
        self.assert_clean()

    def test_edit_the_abstracts_side_by_side_and_the_keywords_as_a_list(self):
        article = Article.objects.get(slug=KHASENOVA)
        self.log_in("en")
        self.goto(f"/en/admin/articles/article/{article.pk}/change/")
        boxes = [self.page.locator(f"#id_abstract_{code}") for code in ("kk", "ru", "en")]
        places = [box.bounding_box() for box in boxes]
        self.assertEqual(len({round(place["y"]) for place in places}), 1, "the three abstracts share a row")
        self.assertTrue(places[0]["x"] < places[1]["x"] < places[2]["x"], places)
        boxes[0].fill("Қазақстанның Орталық Азиядағы саясаты туралы жаңа аңдатпа.")
        boxes[2].fill("Kazakhstan's policy in Central Asia: a new abstract about Turkestan.")
        self.page.locator("#id_keywords_en").fill("Central Asia\nTurkestan region\n\nregional policy")
        self.page.locator("input[name=_continue]").click()
        self.page.wait_for_url(re.compile(rf"/en/admin/articles/article/{article.pk}/change/"))
        self.assertEqual(
            self.page.locator("#id_keywords_en").input_value(), "Central Asia\nTurkestan region\nregional policy"
        )
        # The curated change is on the form, with its editor.
        self.assertIn("editor", self.page.locator(".curated-history").inner_text())

        self.goto(f"/en/articles/{KHASENOVA}/")
        page_text = self.page.locator("main").inner_text()
        self.assertIn("Turkestan region", page_text)
        self.assertIn("a new abstract about Turkestan", page_text)
        self.goto("/en/articles/?q=Turkestan")
        hrefs = self.page.eval_on_selector_all(".results .article-row h3 a", "links => links.map(a => a.href)")
        self.assertEqual([href.rstrip("/").rsplit("/", 1)[-1] for href in hrefs], [KHASENOVA])
        self.assertEqual(sorted(Article.objects.get(slug=KHASENOVA).curated_fields), ["abstracts", "keywords"])
        self.assert_clean()

    def merge_page(self, authors: list[Author]) -> None:
        self.goto("/kk/admin/articles/author/")
        for author in authors:
            self.page.locator(f"input[name=_selected_action][value='{author.pk}']").check()
        self.page.locator("select[name=action]").select_option("merge_selected_authors")
        self.page.locator("button[name=index]").click()
        self.page.wait_for_selector(".merge-preview")

    def test_merge_after_a_preview_refuse_different_people_and_undo(self):
        dollin = Author.objects.get(name="Д. Доллин")
        duplicate = Author.objects.create(
            name="Dollin Dmitry", name_latin="Dollin Dmitry", slug="dollin-dmitry-b", aliases=["Доллин Дмитрий"]
        )
        Authorship.objects.create(article=Article.objects.get(slug=BORDER), author=duplicate, position=0)
        khasenova = Author.objects.get(name="А. К. Хасенова")
        self.log_in("kk")

        # Different people: a warning, and the merge refused until confirmed.
        self.merge_page([dollin, khasenova])
        self.assertTrue(self.page.locator(".merge-warning").is_visible())
        self.page.locator(f"input[name=keep][value='{dollin.pk}']").check()
        self.page.locator(".submit-row input[type=submit]").click()
        self.page.wait_for_selector(".errornote:not(.merge-warning)")
        self.assertTrue(Author.objects.filter(pk=khasenova.pk).exists())

        # Two spellings of one man: the preview counts their articles, then the merge, keeping the Latin one.
        self.merge_page([dollin, duplicate])
        self.assertEqual(self.page.locator(".merge-warning").count(), 0)
        counts = self.page.locator(".merge-preview .article-count").all_inner_texts()
        self.assertEqual(sorted(counts), ["1", "1"])
        self.assertIn("Доллин Дмитрий", self.page.locator(".merge-preview").inner_text())  # its other spelling
        self.page.locator(f"input[name=keep][value='{duplicate.pk}']").check()
        self.page.locator(".submit-row input[type=submit]").click()
        self.page.wait_for_url(re.compile(r"/kk/admin/articles/author/$"))
        self.assertFalse(Author.objects.filter(pk=dollin.pk).exists())
        self.assertEqual(Author.objects.get(pk=duplicate.pk).aliases, ["Доллин Дмитрий", "Д. Доллин"])
        dollin_article, border = Article.objects.get(slug=DOLLIN), Article.objects.get(slug=BORDER)
        self.assertEqual([a.name for a in dollin_article.authors_in_order], ["Dollin Dmitry"])

        # Undo: choosing the spelling ticks the article whose source prints it ("Д. Доллин" heads DOLLIN's).
        self.goto(f"/kk/admin/articles/author/{duplicate.pk}/change/")
        self.page.locator("a.splitlink").click()
        self.page.wait_for_url(re.compile(r"/split/$"))
        self.assert_fits("kk-split")
        self.page.locator("input[name=alias][value='Д. Доллин']").check()
        self.assertTrue(self.page.locator(f"input[name=articles][value='{dollin_article.pk}']").is_checked())
        self.assertFalse(self.page.locator(f"input[name=articles][value='{border.pk}']").is_checked())
        self.page.locator(".submit-row input[type=submit]").click()
        self.page.wait_for_url(re.compile(rf"/kk/admin/articles/author/{duplicate.pk}/change/$"))
        split = Author.objects.get(name="Д. Доллин")
        self.assertEqual([a.name for a in dollin_article.authors_in_order], ["Д. Доллин"])
        self.assertEqual([a.name for a in border.authors_in_order], ["Dollin Dmitry"])
        self.assertEqual(Author.objects.get(pk=duplicate.pk).aliases, ["Доллин Дмитрий"])
        self.assertEqual(split.authorships.count(), 1)
        self.assert_clean()
