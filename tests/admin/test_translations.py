"""Every admin page an editor sees, in Kazakh and in Russian, without an English interface string."""

from __future__ import annotations

import json
import re

from django.contrib.admin.models import LogEntry
from django.test import override_settings

from articles.models import Article, Author, Source, Topic
from tests.admin.helpers import AdminTestCase
from tests.admin.untranslated import DJANGO_DIR, english_on_page, read_po
from tests.fixtures import BORDER, DOLLIN, EU_FRAGMENT, NEWS

LANGUAGES = ("kk", "ru")


class AdminTranslationTests(AdminTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        dollin = Author.objects.get(name="Д. Доллин")
        dollin.aliases = ["Dollin Dmitry"]
        dollin.save()

    def pages(self) -> list[str]:
        """Admin paths (without the language prefix) covering every kind of page an editor opens."""
        border, fragment = self.article(BORDER), self.article(EU_FRAGMENT)
        author = Author.objects.get(name="Д. Доллин")
        topic, source = Topic.objects.get(slug="cross-border-cooperation"), Source.objects.get(name="Kazinform")
        return [
            "admin/",
            "admin/articles/",
            "admin/articles/article/",
            "admin/articles/article/?needs_review=yes",
            "admin/articles/article/?status__exact=draft&q=nothing-found",
            f"admin/articles/article/{border.pk}/change/",
            f"admin/articles/article/{fragment.pk}/change/",
            f"admin/articles/article/{border.pk}/history/",
            f"admin/articles/article/{border.pk}/delete/",
            "admin/articles/article/add/",
            "admin/articles/author/",
            f"admin/articles/author/{author.pk}/change/",
            f"admin/articles/author/{author.pk}/split/",
            "admin/articles/author/add/",
            "admin/articles/topic/",
            f"admin/articles/topic/{topic.pk}/change/",
            "admin/articles/source/",
            f"admin/articles/source/{source.pk}/change/",
            "admin/password_change/",
        ]

    def assert_no_english(self, response, language: str, page: str) -> None:
        self.assertEqual(response.status_code, 200, page)
        self.assertEqual(english_on_page(response.content.decode(), language), [], f"/{language}/{page}")

    def test_no_english_on_the_pages_an_editor_opens(self):
        for language in LANGUAGES:
            for page in self.pages():
                with self.subTest(language=language, page=page):
                    self.assert_no_english(self.client.get(f"/{language}/{page}"), language, page)

    def test_no_english_on_the_login_page(self):
        self.client.logout()
        for language in LANGUAGES:
            with self.subTest(language=language):
                page = self.client.get(f"/{language}/admin/login/")
                self.assert_no_english(page, language, "login")
                refused = self.client.post(
                    f"/{language}/admin/login/", {"username": "editor", "password": "wrong"}, REMOTE_ADDR="192.0.2.1"
                )
                self.assert_no_english(refused, language, "login refused")
                self.assertContains(refused, 'class="errornote"')

    def test_no_english_after_a_save_or_on_an_action_page(self):
        for language in LANGUAGES:
            with self.subTest(language=language, page="saved article"):
                article = self.article(NEWS)
                _, data = self.open_change_form(article)
                with self.captureOnCommitCallbacks(execute=True):
                    saved = self.client.post(
                        f"/{language}/admin/articles/article/{article.pk}/change/", data, follow=True
                    )
                self.assert_no_english(saved, language, "changelist after a save")
            with self.subTest(language=language, page="invalid form"):
                data["slug"] = ""
                refused = self.client.post(f"/{language}/admin/articles/article/{article.pk}/change/", data)
                self.assert_no_english(refused, language, "a refused form")
            with self.subTest(language=language, page="merge preview"):
                authors = Author.objects.all()[:2]
                merge = self.client.post(
                    f"/{language}/admin/articles/author/",
                    {"action": "merge_selected_authors", "_selected_action": [a.pk for a in authors]},
                )
                self.assert_no_english(merge, language, "merge preview")
            with self.subTest(language=language, page="add a topic"):
                action = self.client.post(
                    f"/{language}/admin/articles/article/",
                    {"action": "add_topic", "_selected_action": [self.article(DOLLIN).pk]},
                )
                self.assert_no_english(action, language, "add-a-topic page")
        self.assertTrue(LogEntry.objects.exists())
        self.assertEqual(Article.objects.get(slug=NEWS).curated_fields, [])

    def test_the_admin_scripts_speak_kazakh_and_russian(self):
        """The strings of the admin's scripts (the topic picker, calendar, actions) come translated."""
        js_entries = read_po(DJANGO_DIR / "contrib" / "admin" / "locale" / "en" / "LC_MESSAGES" / "djangojs.po")
        for language in LANGUAGES:
            with self.subTest(language=language):
                response = self.client.get(f"/{language}/admin/jsi18n/")
                self.assertEqual(response.status_code, 200)
                catalog = json.loads(re.search(r"const newcatalog = (\{.*?\});\n", response.content.decode(), re.S)[1])
                missing = []
                for entry in js_entries:
                    key = f"{entry['msgctxt']}\x04{entry['msgid']}" if "msgctxt" in entry else entry["msgid"]
                    if not catalog.get(key):
                        missing.append(entry["msgid"])
                self.assertEqual(missing, [])

    @override_settings(LANGUAGE_CODE="kk")
    def test_the_walker_finds_english_when_there_is_some(self):
        """The check itself: Django's English header and a message with a placeholder are caught."""
        html = '<p>Django administration</p><a title="Toggle sorting">x</a><li>The article “Жаңа” was saved.</li>'
        self.assertEqual(
            english_on_page(html, "kk"),
            ["Django administration", "Toggle sorting", "The article “Жаңа” was saved."],
        )
        self.assertEqual(english_on_page("<p>DOI</p><p>Kazakhstan and the Arctic</p>", "kk"), [])
