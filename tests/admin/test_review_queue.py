"""The review queue: articles that need attention, with the reasons shown per row."""

from articles.models import Article, Author
from tests.admin.helpers import AdminTestCase, add_inline_row, admin_url
from tests.fixtures import (
    BAIKUSHIKOVA,
    BORDER,
    DOLLIN,
    EU_FRAGMENT,
    INTERVIEW,
    KHASENOVA,
    NEWS,
    RU_FRAGMENT,
)

NO_ABSTRACTS = "no abstract in Kazakh, Russian and English"
# Read off the seed records: news and interviews are not expected to carry authors or abstracts.
EXPECTED_REASONS = {
    EU_FRAGMENT: "fragment; no title; no abstract in Russian; no author",
    RU_FRAGMENT: f"fragment; no title; {NO_ABSTRACTS}; no author",
    DOLLIN: "no abstract in Kazakh",
    BORDER: "no author",
    BAIKUSHIKOVA: f"fragment; {NO_ABSTRACTS}",
    KHASENOVA: f"fragment; {NO_ABSTRACTS}",
}


class ReviewQueueTests(AdminTestCase):
    def queue_rows(self, **params) -> dict[str, str]:
        response = self.client.get(admin_url("articles_article_changelist"), {"needs_review": "yes", **params})
        self.assertEqual(response.status_code, 200)
        admin = response.context["cl"].model_admin
        return {article.slug: admin.review_reasons(article) for article in response.context["cl"].result_list}

    def test_the_queue_lists_exactly_the_articles_with_problems_and_why(self):
        self.assertEqual(self.queue_rows(), EXPECTED_REASONS)
        self.assertNotIn(NEWS, self.queue_rows())
        self.assertNotIn(INTERVIEW, self.queue_rows())

    def test_the_reasons_are_a_column_of_the_queue_only(self):
        url = admin_url("articles_article_changelist")
        queue = self.client.get(url, {"needs_review": "yes"})
        self.assertContains(queue, '<td class="field-review_reasons">no abstract in Kazakh</td>', html=True)
        self.assertContains(queue, "Needs review because")
        self.assertNotContains(self.client.get(url), "Needs review because")

    def test_the_queue_combines_with_other_filters(self):
        self.assertEqual(set(self.queue_rows(language="ru")), {EU_FRAGMENT, RU_FRAGMENT, KHASENOVA})
        self.assertEqual(set(self.queue_rows(is_fragment__exact="0")), {DOLLIN, BORDER})

    def test_fixing_the_problem_also_empties_the_row(self):
        article = self.article(BORDER)
        response, data = self.open_change_form(article)
        self.assertContains(response, "no author")
        add_inline_row(data, "authorships", position="0", author=Author.objects.get(name="Д. Доллин").pk)
        self.save_change_form(article, data)
        self.assertNotIn(BORDER, self.queue_rows())
        self.assertEqual(Article.objects.get(slug=BORDER).reviewed_at, None)

    def test_the_list_shows_the_columns_that_matter(self):
        response = self.client.get(admin_url("articles_article_changelist"), {"o": "-9"})
        self.assertEqual(response.status_code, 200)
        header = [column["text"] for column in response.context["result_headers"]][1:]
        self.assertEqual(
            [str(text) for text in header],
            [
                "title",
                "language",
                "kind",
                "source",
                "publication date",
                "status",
                "fragment",
                "abstracts",
                "references",
            ],
        )
        rows = {a.slug: (a.abstract_count, a.reference_count) for a in response.context["cl"].result_list}
        self.assertEqual(rows[BORDER], (3, 21))
        self.assertEqual(rows[DOLLIN], (2, 10))
        self.assertEqual(rows[NEWS], (0, 0))
        # Ordered by the number of references, most first.
        self.assertEqual([a.slug for a in response.context["cl"].result_list][:2], [BORDER, DOLLIN])
        self.assertContains(response, '<nav class="toplinks">')  # the date hierarchy: one year so far
        self.assertContains(response, "2025")
        filters = [str(spec.title) for spec in response.context["cl"].filter_specs]
        self.assertEqual(filters, ["needs review", "status", "language", "kind", "fragment", "topics", "source"])
