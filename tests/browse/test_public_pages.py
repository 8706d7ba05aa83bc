"""Error pages, the site's identity and navigation, the index and About pages (issue 19), over real HTTP."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.test import RequestFactory, override_settings
from django.utils import translation

from articles.browse.errors import server_error
from articles.models import Article, Topic
from tests.browse.helpers import BORDER, XHTML, SeedArchiveTestCase, parse_strict

NOT_FOUND = {"kk": "Бет табылмады", "ru": "Страница не найдена", "en": "Page not found"}
SERVER_ERROR = {"kk": "Сервер жағында қате шықты", "ru": "На нашей стороне произошла ошибка"}
BAD_REQUEST = {"kk": "Сұранысты өңдеу мүмкін болмады", "ru": "Не удалось разобрать запрос"}


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split())


class ErrorPageTests(SeedArchiveTestCase):
    def assert_site_page(self, response, language: str, heading: str):
        """The site's layout: its header and menu, the language buttons, a phone viewport, the heading."""
        document = parse_strict(self, response.content)
        self.assertEqual(document.get("lang"), language)
        self.assertIsNotNone(document.find(f".//{XHTML}meta[@name='viewport']"))
        self.assertIsNotNone(document.find(f".//{XHTML}header[@class='site-header']"))
        self.assertEqual(len(document.findall(f".//{XHTML}nav[@class='site-nav']/{XHTML}a")), 5)
        self.assertEqual(len(document.findall(f".//{XHTML}form[@class='language-switcher']")), 1)
        self.assertEqual(_text(document.find(f".//{XHTML}h1")), heading)
        return document

    def test_a_missing_page_is_a_404_in_the_language_of_its_address(self):
        for language, heading in NOT_FOUND.items():
            with self.subTest(language=language):
                response = self.client.get(f"/{language}/articles/no-such-article/")
                self.assertEqual(response.status_code, 404)
                document = self.assert_site_page(response, language, heading)
                # A way on: the search box of the header.
                self.assertIsNotNone(document.find(f".//{XHTML}input[@id='site-q']"))

    def test_an_unprefixed_missing_address_answers_in_the_browser_language(self):
        response = self.client.get("/no/such/page/", HTTP_ACCEPT_LANGUAGE="ru")
        self.assertEqual(response.status_code, 404)
        self.assert_site_page(response, "ru", NOT_FOUND["ru"])

    def test_a_withdrawn_article_is_a_localised_404(self):
        Article.objects.filter(slug=BORDER).update(status=Article.Status.DRAFT)
        response = self.client.get(f"/kk/articles/{BORDER}/")
        self.assertEqual(response.status_code, 404)
        self.assertContains(response, NOT_FOUND["kk"], status_code=404)

    @override_settings(ALLOWED_HOSTS=["testserver"])
    def test_a_bad_request_is_a_localised_400(self):
        for language in ("kk", "ru"):
            with self.subTest(language=language):
                response = self.client.get(f"/{language}/", headers={"host": "evil.example"})
                self.assertEqual(response.status_code, 400)
                self.assertContains(response, BAD_REQUEST[language], status_code=400)
                self.assertContains(response, f'<html lang="{language}">', status_code=400)

    def test_the_server_error_page_uses_the_layout_and_the_active_language(self):
        request = RequestFactory().get("/ru/")
        for language, heading in SERVER_ERROR.items():
            with self.subTest(language=language), translation.override(language):
                response = server_error(request)
                self.assertEqual(response.status_code, 500)
                self.assert_site_page(response, language, heading)


class IdentityAndNavigationTests(SeedArchiveTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        # A topic no article carries: the seeds' "foreign-policy" is one; this one makes it independent of them.
        Topic.objects.create(slug="arctic", name_kk="Арктика", name_ru="Арктика", name_en="Arctic", position=99)

    def test_the_short_name_is_the_archive_name_not_an_abbreviation(self):
        names = {
            "kk": "Қазақстанның халықаралық қатынастары мұрағаты",
            "ru": "Архив международных отношений Казахстана",
            "en": "Kazakhstan International Relations Archive",
        }
        for language, name in names.items():
            with self.subTest(language=language):
                document = parse_strict(self, self.client.get(f"/{language}/").content)
                self.assertEqual(_text(document.find(f".//{XHTML}a[@class='brand']")), name)
                self.assertNotIn("МО РК", self.client.get(f"/{language}/").content.decode())

    def test_the_menu_leads_to_every_index_and_marks_the_current_one(self):
        document = parse_strict(self, self.client.get("/ru/topics/").content)
        menu = [(_text(a), a.get("href"), a.get("aria-current")) for a in document.iter(f"{XHTML}a") if a.get("href")]
        menu = [
            entry
            for entry in menu
            if entry[1] in {"/ru/articles/", "/ru/topics/", "/ru/authors/", "/ru/sources/", "/ru/about/"}
        ]
        self.assertEqual(
            menu[:5],
            [
                ("Статьи", "/ru/articles/", None),
                ("Темы", "/ru/topics/", "page"),
                ("Авторы", "/ru/authors/", None),
                ("Источники", "/ru/sources/", None),
                ("Об архиве", "/ru/about/", None),
            ],
        )

    def test_index_pages_in_every_language(self):
        for language in ("kk", "ru", "en"):
            for path in ("topics/", "authors/", "sources/", "about/"):
                with self.subTest(language=language, path=path):
                    response = self.client.get(f"/{language}/{path}")
                    self.assertEqual(response.status_code, 200)
                    parse_strict(self, response.content)

    def test_topics_without_articles_are_not_listed(self):
        for path in ("/en/", "/en/topics/"):
            with self.subTest(path=path):
                page = self.client.get(path).content.decode()
                self.assertIn('href="/en/topics/central-asia/"', page)
                self.assertNotIn('href="/en/topics/arctic/"', page)
                self.assertNotIn('href="/en/topics/foreign-policy/"', page)

    def test_topic_counts_are_what_the_topic_page_lists(self):
        # Central Asia carries four published articles, two of them untitled fragments (not listed by default).
        topics = {t.slug: t.listed for t in self.client.get("/en/topics/").context["topics"]}
        self.assertEqual(topics["central-asia"], 2)
        self.assertEqual(self.client.get("/en/topics/central-asia/").context["result"].count, 2)

    def test_the_author_index_is_in_kazakh_alphabetical_order_with_counts(self):
        page = self.client.get("/kk/authors/").context["page"]
        self.assertEqual(
            [(a.name, a.n) for a in page], [("А. К. Хасенова", 1), ("Г. Байкушикова", 1), ("Д. Доллин", 1)]
        )

    def test_the_source_index_lists_sources_with_their_articles(self):
        sources = self.client.get("/en/sources/").context["sources"]
        self.assertEqual(sorted((s.slug, s.n) for s in sources), [("govkz", 1), ("kazinform", 1)])

    def test_about_says_who_keeps_the_archive_its_sources_licence_and_contact(self):
        with self.settings(ARCHIVE_OAI_ADMIN_EMAIL="editors@archive.example.kz"):
            response = self.client.get("/kk/about/")
        document = parse_strict(self, response.content)
        headings = [_text(h) for h in document.iter(f"{XHTML}h2")]
        self.assertEqual(
            headings, ["Мұрағатты кім жүргізеді", "Дереккөздер", "Лицензия және сілтеме жасау", "Байланыс"]
        )
        self.assertContains(response, 'href="mailto:editors@archive.example.kz"')
        self.assertContains(response, 'href="/oai/?verb=Identify"')

    def test_breadcrumbs_lead_to_the_topic_page_not_an_anchor(self):
        document = parse_strict(self, self.client.get("/en/topics/central-asia/").content)
        crumbs = [
            (_text(a), a.get("href")) for a in document.find(f".//{XHTML}nav[@class='breadcrumbs']").iter(f"{XHTML}a")
        ]
        self.assertEqual(crumbs, [("Home", "/en/"), ("Topics", "/en/topics/")])
        article = parse_strict(self, self.client.get(f"/en/articles/{BORDER}/").content)
        crumbs = [
            (_text(a), a.get("href")) for a in article.find(f".//{XHTML}nav[@class='breadcrumbs']").iter(f"{XHTML}a")
        ]
        self.assertEqual(
            crumbs,
            [("Home", "/en/"), ("Topics", "/en/topics/"), ("Kazakhstan–Russia", "/en/topics/kazakhstan-russia/")],
        )

    def test_the_print_stylesheet_is_linked_for_print_only(self):
        document = parse_strict(self, self.client.get(f"/en/articles/{BORDER}/").content)
        printed = [link for link in document.iter(f"{XHTML}link") if link.get("media") == "print"]
        self.assertEqual([link.get("href") for link in printed], ["/static/css/print.css"])

    def test_the_language_buttons_name_kazakh_as_kazakh_speakers_do(self):
        document = parse_strict(self, self.client.get("/ru/").content)
        buttons = [
            _text(b) for b in document.find(f".//{XHTML}form[@class='language-switcher']").iter(f"{XHTML}button")
        ]
        self.assertEqual(buttons, ["Қазақша", "Русский", "English"])


class StaffOnlyProvenanceTests(SeedArchiveTestCase):
    def test_provenance_is_shown_to_editors_only(self):
        self.assertNotContains(self.client.get(f"/en/articles/{BORDER}/"), "Imported from")
        staff = User.objects.create_user("editor", password="x", is_staff=True)
        self.client.force_login(staff)
        self.assertContains(self.client.get(f"/en/articles/{BORDER}/"), "Imported from 003_63cf53f9b2286ec3.txt")
