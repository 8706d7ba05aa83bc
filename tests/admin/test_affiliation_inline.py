"""An author's affiliation edited in the authorships inline of the article form: saved, curated, kept by a re-import."""

from __future__ import annotations

from articles.models import Article, Authorship
from tests.admin.helpers import AdminTestCase, admin_url, inline_rows, reimport
from tests.fixtures import DOLLIN

UNCHANGED = "8 records: 0 created, 0 updated, 8 unchanged."
ORG = "Әл-Фараби атындағы Қазақ ұлттық университеті"


class AffiliationInlineTests(AdminTestCase):
    def test_the_inline_shows_the_affiliation_and_an_edit_survives_the_next_import(self):
        article = self.article(DOLLIN)
        response, data = self.open_change_form(article)
        self.assertContains(response, 'name="authorships-0-affiliation"')
        self.assertContains(response, 'maxlength="300"')
        self.assertEqual([row.affiliation for row in inline_rows(response, "authorships")], [""])
        data["authorships-0-affiliation"] = ORG
        self.save_change_form(article, data)
        self.assertEqual(list(Authorship.objects.filter(article=article).values_list("affiliation", flat=True)), [ORG])
        self.assertEqual(Article.objects.get(pk=article.pk).curated_fields, ["authors"])
        self.assertIn(UNCHANGED, reimport())
        self.assertEqual(list(Authorship.objects.filter(article=article).values_list("affiliation", flat=True)), [ORG])

    def test_an_affiliation_longer_than_its_column_is_refused(self):
        article = self.article(DOLLIN)
        _, data = self.open_change_form(article)
        data["authorships-0-affiliation"] = "У" * 301
        response = self.client.post(admin_url("articles_article_change", article.pk), data)
        self.assertEqual(response.status_code, 200)  # the form again, with the error
        self.assertEqual(list(Authorship.objects.filter(article=article).values_list("affiliation", flat=True)), [""])
        self.assertEqual(Article.objects.get(pk=article.pk).curated_fields, [])
