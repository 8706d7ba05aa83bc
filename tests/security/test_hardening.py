"""Production settings pass Django's deployment checks; headers on every page; imported text stays text."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.test import TestCase, override_settings

from articles.models import Article, Author, Authorship, Reference
from articles.search.index import index_articles

PRODUCTION_ENV = {
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
    "DJANGO_ALLOWED_HOSTS": "archive.example.org",
    "DJANGO_SETTINGS_MODULE": "archive.settings",
}


class DeploymentCheckTests(TestCase):
    def run_check(self, **extra: str) -> subprocess.CompletedProcess:
        env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
        return subprocess.run(
            [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
            cwd=settings.BASE_DIR,
            env={**env, **PRODUCTION_ENV, **extra},
            capture_output=True,
            text=True,
        )

    def test_check_deploy_passes_with_production_settings(self):
        result = self.run_check()
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("no issues", result.stdout)

    def test_switching_the_redirect_off_is_reported(self):
        # For a TLS-terminating proxy: the proxy header is trusted instead; Django warns if the redirect is off.
        result = self.run_check(DJANGO_SECURE_SSL_REDIRECT="false")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("security.W008", result.stdout + result.stderr)


class HeaderTests(TestCase):
    def test_every_page_sends_the_security_headers(self):
        for url in ("/kk/", "/en/articles/?q=x", "/api/articles/", "/en/admin/login/", "/en/articles/nope/"):
            with self.subTest(url=url):
                response = self.client.get(url)
                csp = response["Content-Security-Policy"]
                self.assertIn("script-src 'self'", csp)
                self.assertNotIn("unsafe-inline", csp)
                self.assertIn("frame-ancestors 'none'", csp)
                self.assertEqual(response["X-Frame-Options"], "DENY")
                self.assertEqual(response["X-Content-Type-Options"], "nosniff")
                self.assertEqual(response["Referrer-Policy"], "strict-origin-when-cross-origin")
                self.assertIn("camera=()", response["Permissions-Policy"])
                self.assertIn("geolocation=()", response["Permissions-Policy"])

    @override_settings(SECURE_SSL_REDIRECT=True, SECURE_HSTS_SECONDS=31_536_000)
    def test_plain_http_is_redirected_and_https_gets_hsts(self):
        response = self.client.get("/kk/")
        self.assertEqual(response.status_code, 301)
        self.assertTrue(response["Location"].startswith("https://"))
        secure = self.client.get("/kk/", secure=True)
        self.assertIn("max-age=31536000", secure["Strict-Transport-Security"])

    @override_settings(SECURE_SSL_REDIRECT=True, SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"))
    def test_behind_a_tls_proxy_the_forwarded_scheme_is_trusted(self):
        self.assertEqual(self.client.get("/kk/", HTTP_X_FORWARDED_PROTO="https").status_code, 200)


class ImportedTextStaysTextTests(TestCase):
    HOSTILE = '<script>alert("x")</script> <img src=x onerror=alert(1)> javascript:alert(2) сотрудничество'

    @classmethod
    def setUpTestData(cls):
        cls.article = Article.objects.create(
            slug="hostile",
            title=cls.HOSTILE,
            body=cls.HOSTILE + "\n\n" + cls.HOSTILE,
            language="ru",
        )
        cls.article.abstracts.create(language="ru", text=cls.HOSTILE)
        Reference.objects.create(
            article=cls.article,
            position=0,
            number=1,
            text="Evil javascript:alert(3) and <a href='javascript:alert(4)'>x</a> and https://example.org/ok",
            urls=["javascript:alert(3)", "https://example.org/ok"],
        )
        index_articles([cls.article.pk])

    def assert_inert(self, content: str) -> None:
        self.assertNotIn("<script>alert", content)
        self.assertNotIn("<img src=x", content)
        self.assertNotIn('href="javascript:', content)
        self.assertNotIn("<a href='javascript:", content)  # (inside JSON-LD "<" is written \\u003C)

    def test_article_page(self):
        content = self.client.get("/ru/articles/hostile/").content.decode()
        self.assert_inert(content)
        self.assertIn("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", content)
        self.assertIn('href="https://example.org/ok" rel="nofollow noopener"', content)

    def test_search_results_and_api(self):
        self.assert_inert(self.client.get("/ru/articles/", {"q": "сотрудничество"}).content.decode())
        snippet = self.client.get("/api/articles/", {"q": "сотрудничество"}).json()["results"][0]["snippet"]
        self.assertIn("onerror=alert(1)&gt;", snippet)
        self.assertNotIn("<img", snippet)
        self.assertIn("<mark>сотрудничество</mark>", snippet)


class DraftOnlyAuthorTests(TestCase):
    def test_an_author_whose_only_article_is_a_draft_has_no_public_page(self):
        author = Author.objects.create(name="Б. Черновиков", slug="chernovikov")
        draft = Article.objects.create(title="Черновик", slug="draft-only", status=Article.Status.DRAFT)
        Authorship.objects.create(article=draft, author=author, position=0)
        self.assertEqual(self.client.get("/ru/authors/chernovikov/").status_code, 404)
        draft.status = Article.Status.PUBLISHED
        draft.save()
        self.assertEqual(self.client.get("/ru/authors/chernovikov/").status_code, 200)


class BidirectionalControlTests(TestCase):
    def test_directional_overrides_are_dropped_at_import_and_titles_are_isolated(self):
        with tempfile.TemporaryDirectory() as folder:
            text = (
                "Саясат \u202eтуралы\u202c мақала\n\n"
                "https://example.kz/a\n\n"
                "Мәтін бірінші сөйлем. Екінші сөйлем мұнда.\n"
            )
            (Path(folder) / "bidi.txt").write_text(text, encoding="utf-8")
            call_command("import_texts", folder, verbosity=0)
        article = Article.objects.get(provenance_file="bidi.txt")
        self.assertNotIn("\u202e", article.title + article.body)
        self.assertNotIn("\u202c", article.title + article.body)
        self.assertEqual(article.title, "Саясат туралы мақала")
        page = self.client.get(article.get_absolute_url()).content.decode()
        self.assertIn('<h1 dir="auto">', page)
        self.assertIn('id="citation-gost" dir="auto"', page)
