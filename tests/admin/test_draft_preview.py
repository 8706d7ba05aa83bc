"""An editor previews a draft at its public address from the admin; readers and robots never see it."""

from __future__ import annotations

import re

from django.contrib.auth.models import User

from articles.models import Article
from tests.admin.helpers import AdminTestCase, admin_url

PREVIEW_NOTE = {
    "kk": "Жоба: бұл бетті тек редакторлар көреді.",
    "ru": "Черновик: эту страницу видят только редакторы.",
    "en": "Draft: only editors see this page.",
}


class DraftPreviewTests(AdminTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.draft = Article.objects.exclude(title="").order_by("pk").first()
        Article.objects.filter(pk=cls.draft.pk).update(status=Article.Status.DRAFT)
        cls.draft.refresh_from_db()
        cls.reader = User.objects.create_user("reader", "reader@example.kz", "a long reader password")

    def test_the_change_form_links_to_the_preview(self):
        response = self.client.get(admin_url("articles_article_change", self.draft.pk))
        link = re.search(r'<a href="([^"]+)" class="viewsitelink"', response.content.decode())
        self.assertIsNotNone(link)
        self.assertTrue(link.group(1).endswith(f"/articles/{self.draft.slug}/"), link.group(1))
        self.assertEqual(self.client.get(link.group(1)).status_code, 200)

    def test_an_editor_sees_the_draft_marked_and_not_indexed(self):
        for language, note in PREVIEW_NOTE.items():
            with self.subTest(language=language):
                response = self.client.get(f"/{language}/articles/{self.draft.slug}/")
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, note)
                self.assertContains(response, '<meta name="robots" content="noindex, nofollow">', html=True)
                self.assertNotContains(response, 'name="citation_title"')

    def test_readers_and_anonymous_visitors_get_404(self):
        self.client.logout()
        self.assertEqual(self.client.get(f"/en/articles/{self.draft.slug}/").status_code, 404)
        self.client.force_login(self.reader)
        self.assertEqual(self.client.get(f"/en/articles/{self.draft.slug}/").status_code, 404)

    def test_a_published_article_shows_no_preview_note(self):
        published = Article.objects.published().exclude(title="").order_by("pk").first()
        response = self.client.get(f"/en/articles/{published.slug}/")
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, PREVIEW_NOTE["en"])
