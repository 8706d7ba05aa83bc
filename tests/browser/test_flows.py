"""What a reader and an editor do, in Chromium against a live server on the seed archive.

Every public page is served with a Content-Security-Policy that refuses inline scripts, and each test
checks that no page needed one (see support.CSP).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from django.contrib.auth.models import Group, User

from articles.models import Article
from tests.browser.support import NARROW, BrowserTestCase
from tests.fixtures import BORDER, COOPERATION_KK, DOLLIN


def path_of(url: str) -> str:
    return urlsplit(url).path


def query_of(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def article_slugs(page, selector: str = ".results .article-row h3 a") -> set[str]:
    hrefs = page.eval_on_selector_all(selector, "links => links.map(a => a.href)")
    return {path_of(href).rstrip("/").rsplit("/", 1)[-1] for href in hrefs}


class ReaderFlowTests(BrowserTestCase):
    def test_search_in_kazakh_from_the_header_box(self):
        self.goto("/kk/")
        box = self.page.locator(".site-header").get_by_role("searchbox", name="Мұрағаттан іздеу")
        box.fill("ынтымақтастық")
        box.press("Enter")
        self.page.wait_for_url(re.compile(r"/kk/articles/\?q="))
        self.assertEqual(query_of(self.page.url)["q"], ["ынтымақтастық"])
        self.assertEqual(self.page.locator("#browse-q").input_value(), "ынтымақтастық", "the query stays in the box")
        self.assertEqual(article_slugs(self.page), COOPERATION_KK)
        marks = self.page.locator(".results mark").all_inner_texts()
        self.assertTrue(marks, "the hits are marked")
        for mark in marks:
            self.assertTrue(mark.lower().startswith("ынтымақтаст"), mark)
        self.assertIn("5", self.page.locator(".results-head .count").inner_text())
        self.assert_clean()

    def test_select_a_facet_then_remove_it_by_its_chip(self):
        self.goto("/en/articles/")
        self.assertEqual(self.page.locator(".chips").count(), 0)
        everything = article_slugs(self.page)
        self.assertEqual(len(everything), 6)  # the two untitled fragments are listed only when asked for

        self.page.locator(".facet-language a", has_text="Russian").click()
        self.page.wait_for_url(re.compile(r"language=ru"))
        russian = article_slugs(self.page)
        self.assertTrue(russian and russian < everything, russian)
        self.assertEqual(self.page.locator(".facet-language a[aria-current=true] .label").inner_text(), "Russian")
        chip = self.page.locator(".chips a.chip")
        self.assertEqual(chip.count(), 1)
        self.assertIn("Language: Russian", chip.inner_text())

        chip.click()
        self.page.wait_for_url(lambda url: "language=" not in url)
        self.assertEqual(self.page.locator(".chips").count(), 0)
        self.assertEqual(article_slugs(self.page), everything)
        self.assert_no_inline_code()
        self.assert_clean()

    def test_abstract_tabs_switch_language_on_a_narrow_screen(self):
        self.page.set_viewport_size(NARROW)
        self.goto(f"/en/articles/{BORDER}/")
        english, kazakh = self.page.locator("section.abstract-en"), self.page.locator("section.abstract-kk")
        # The reader's language is open first; the other abstracts wait behind their tabs.
        self.assertTrue(english.is_visible())
        self.assertFalse(kazakh.is_visible())
        self.page.locator("label.abstract-tab-label[for=abstract-tab-kk]").click()
        self.assertTrue(kazakh.is_visible())
        self.assertFalse(english.is_visible())
        self.assertTrue(self.page.locator("#abstract-tab-kk").is_checked())
        self.assertIn("Қазақстан", kazakh.inner_text())
        # On a wide screen the tabs give way to all three abstracts side by side.
        self.page.set_viewport_size({"width": 1280, "height": 900})
        for language in ("kk", "ru", "en"):
            self.assertTrue(self.page.locator(f"section.abstract-{language}").is_visible(), language)
        self.assertFalse(self.page.locator("label.abstract-tab-label").first.is_visible())
        self.assert_clean()

    def test_switch_the_interface_language_and_stay_on_the_page(self):
        self.goto("/en/articles/?q=Dollin")
        self.assertEqual(self.page.locator("html").get_attribute("lang"), "en")
        self.page.locator(".language-switcher button[lang=ru]").click()
        self.page.wait_for_url(re.compile(r"/ru/articles/"))
        self.assertEqual(self.page.locator("html").get_attribute("lang"), "ru")
        self.assertEqual(query_of(self.page.url)["q"], ["Dollin"], "the search survives the switch")
        self.assertEqual(self.page.locator(".language-switcher button[aria-current=true]").inner_text(), "Русский")
        self.assertEqual(self.page.locator(".site-nav a[aria-current=page]").inner_text(), "Статьи")
        self.assert_no_inline_code()

        self.page.locator(".language-switcher button[lang=kk]").click()
        self.page.wait_for_url(re.compile(r"/kk/articles/"))
        self.assertEqual(self.page.locator("html").get_attribute("lang"), "kk")
        self.assertEqual(article_slugs(self.page), {DOLLIN})
        self.assert_clean()

    def test_follow_an_author_link(self):
        self.goto(f"/en/articles/{DOLLIN}/")
        self.page.locator("article .authors a", has_text="Д. Доллин").click()
        self.page.wait_for_url(re.compile(r"/en/authors/d-dollin/$"))
        self.assertEqual(self.page.locator("h1").inner_text(), "Д. Доллин")
        self.assertEqual(article_slugs(self.page, ".article-list .article-row h3 a"), {DOLLIN})
        self.assert_no_inline_code()
        self.assert_clean()


class EditorFlowTests(BrowserTestCase):
    PASSWORD = "a long editor password"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        editor = User.objects.create_user("editor", "editor@example.kz", cls.PASSWORD, is_staff=True)
        editor.groups.add(Group.objects.get(name="Editors"))

    def test_log_in_to_the_admin_edit_a_title_and_see_it_published(self):
        article = Article.objects.get(slug=DOLLIN)
        new_title = "Қазақстанның ЕҚЫҰ-дағы төрағалығы: адами өлшем (редакцияланған)"

        response = self.page.goto(self.url("/en/admin/"))
        self.assertEqual(response.status, 200)
        self.page.wait_for_url(re.compile(r"/en/admin/login/"))
        self.page.get_by_label("Username").fill("editor")
        self.page.get_by_label("Password").fill(self.PASSWORD)
        self.page.get_by_role("button", name="Log in").click()
        self.page.wait_for_url(re.compile(r"/en/admin/$"))
        self.assert_no_inline_code()

        self.page.goto(self.url(f"/en/admin/articles/article/{article.pk}/change/"))
        title = self.page.locator("#id_title")
        self.assertEqual(title.input_value(), article.title)
        title.fill(new_title)
        self.page.locator("input[name=_save]").click()
        self.page.wait_for_url(re.compile(r"/en/admin/articles/article/(\?.*)?$"))
        self.assertIn("was changed successfully", self.page.locator(".messagelist").inner_text())
        self.assert_no_inline_code()

        self.goto(f"/en/articles/{DOLLIN}/")
        self.assertEqual(self.page.locator("article h1").inner_text(), new_title)
        self.assertIn(new_title, self.page.title())
        # The edit reached the search index when the admin's transaction committed.
        self.goto("/en/articles/?q=редакцияланған")
        self.assertEqual(article_slugs(self.page), {DOLLIN})
        article.refresh_from_db()
        self.assertIn("title", article.curated_fields)
        self.assert_clean()
