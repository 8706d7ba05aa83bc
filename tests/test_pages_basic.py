"""The plain list and detail pages show what the database holds."""

from django.test import TestCase

from articles.models import Abstract, Article


class BasicPagesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.article = Article.objects.create(
            title="Қазақстан және ЕҚЫҰ", slug="kazakstan-eqyu", language="kk", body="Бірінші абзац.\n\nЕкінші абзац."
        )
        Abstract.objects.create(article=cls.article, language="en", text="An abstract <script>alert(1)</script>")
        Article.objects.create(title="Draft", slug="draft", status=Article.Status.DRAFT)

    def test_list_shows_published_articles_only(self):
        response = self.client.get("/en/articles/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Қазақстан және ЕҚЫҰ")
        self.assertNotContains(response, "Draft")

    def test_detail_page_escapes_text(self):
        response = self.client.get(self.article.get_absolute_url())
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt;")
        self.assertNotContains(response, "<script>alert(1)")
        self.assertContains(response, "<p>Екінші абзац.</p>", html=True)

    def test_draft_detail_is_404(self):
        self.assertEqual(self.client.get("/en/articles/draft/").status_code, 404)

    def test_unknown_slug_is_404(self):
        self.assertEqual(self.client.get("/kk/articles/no-such-thing/").status_code, 404)


class InterfaceLanguageTests(TestCase):
    def test_each_interface_language_is_served_translated(self):
        expected = {"kk": "Мақалалар", "ru": "Статьи", "en": "Articles"}
        for language, heading in expected.items():
            response = self.client.get(f"/{language}/articles/")
            self.assertContains(response, f"<h1>{heading}</h1>", html=True)
            self.assertContains(response, f'<html lang="{language}">')

    def test_unprefixed_url_redirects_to_a_language(self):
        response = self.client.get("/articles/", HTTP_ACCEPT_LANGUAGE="ru")
        self.assertRedirects(response, "/ru/articles/")
