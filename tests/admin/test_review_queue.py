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
        response = self.client.get(admin_url("articles_article_changelist"), {"o": "-8"})
        self.assertEqual(response.status_code, 200)
        header = [column["text"] for column in response.context["result_headers"]][1:]
        self.assertEqual(
            [str(text) for text in header],
            [
                "title",
                "status",
                "language",
                "kind",
                "source",
                "publication date",
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
        self.assertEqual(
            filters,
            ["needs review", "needs review because", "status", "language", "kind", "fragment", "topics", "source"],
        )


def reasons_of(row: str) -> set[str]:
    """The single reasons of a queue row: "fragment; no abstract in Kazakh and English" gives three."""
    found = set()
    for reason in row.split("; "):
        if reason.startswith("no abstract in "):
            languages = reason.removeprefix("no abstract in ").replace(" and ", ", ").split(", ")
            found |= {f"no abstract in {language}" for language in languages}
        else:
            found.add(reason)
    return found


def reason_counts(reasons_by_slug: dict[str, str]) -> dict[str, int]:
    """How many articles give each single reason."""
    counts: dict[str, int] = {}
    for row in reasons_by_slug.values():
        for reason in reasons_of(row):
            counts[reason] = counts.get(reason, 0) + 1
    return counts


class QueueOnTheHomeAndNextTests(AdminTestCase):
    def test_the_admin_home_counts_the_queue_with_its_reasons(self):
        response = self.client.get(admin_url("index"))
        models = [model for app in response.context["app_list"] for model in app["models"]]
        queue = next(model["perms"]["review_queue"] for model in models if model["object_name"] == "Article")
        self.assertEqual(queue.total, len(EXPECTED_REASONS))
        self.assertEqual({r.label: r.count for r in queue.reasons}, reason_counts(EXPECTED_REASONS))
        counts = [reason.count for reason in queue.reasons]
        self.assertEqual(counts, sorted(counts, reverse=True))
        self.assertContains(response, f'<td class="queue-total">{len(EXPECTED_REASONS)} articles wait</td>', html=True)
        link = admin_url("articles_article_changelist") + "?needs_review=yes&amp;reason=no_author"
        self.assertContains(
            response, f'<li><a href="{link}">No author</a>: <span class="count">3</span></li>', html=True
        )
        # Each reason's link lists exactly the articles the queue gives that reason.
        for reason in queue.reasons:
            with self.subTest(reason=reason.key):
                listed = self.changelist_slugs(needs_review="yes", reason=reason.key)
                expected = {slug for slug, row in EXPECTED_REASONS.items() if reason.label in reasons_of(row)}
                self.assertEqual(listed, expected)
                self.assertEqual(len(listed), reason.count)
        # Authors and topics have no queue of their own.
        self.assertEqual([m["object_name"] for m in models if "review_queue" in m["perms"]], ["Article"])

    def test_save_and_next_goes_through_the_queue_in_the_list_order(self):
        response = self.client.get(admin_url("articles_article_changelist"), {"needs_review": "yes"})
        order = [article.pk for article in response.context["cl"].result_list]
        self.assertEqual(len(order), len(EXPECTED_REASONS))
        for current, following in [(order[0], order[1]), (order[-1], order[0])]:  # after the last: the first
            with self.subTest(article=current):
                article = Article.objects.get(pk=current)
                form, data = self.open_change_form(article)
                self.assertContains(form, 'name="_savenext"')
                data["_savenext"] = "1"
                saved = self.save_change_form(article, data)
                expected = admin_url("articles_article_change", following) + "?_changelist_filters=needs_review%3Dyes"
                self.assertEqual(saved["Location"], expected)
        self.assertEqual(Article.objects.get(pk=order[0]).curated_fields, [])  # nothing changed, nothing curated
