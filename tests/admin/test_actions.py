"""Bulk actions over HTTP: publish, unpublish, add a topic, remove a topic, mark reviewed."""

from django.contrib.admin.models import CHANGE, LogEntry
from django.test import Client

from articles.curation.services import EDITOR_TOPIC_REASON
from articles.models import Article, Topic
from articles.models.search import SearchDocument
from tests.admin.helpers import ALL_SEEDS, AdminTestCase, reimport
from tests.fixtures import BORDER, DOLLIN, KHASENOVA, NEWS


def found(word: str) -> set[str]:
    return set(Article.objects.published().search(word).values_list("slug", flat=True))


class StatusActionTests(AdminTestCase):
    def test_unpublish_hides_articles_everywhere_and_publish_brings_them_back(self):
        articles = [self.article(NEWS), self.article(DOLLIN)]
        self.assertEqual(found("ЕҚЫҰ") & {DOLLIN}, {DOLLIN})

        response = self.run_action(Article, "unpublish", articles)
        self.assertEqual(response.status_code, 302)
        self.assertEqual(set(Article.objects.filter(status="draft").values_list("slug", flat=True)), {NEWS, DOLLIN})
        self.assertFalse(SearchDocument.objects.filter(article__in=articles).exists())
        self.assertNotIn(DOLLIN, found("ЕҚЫҰ"))
        for article in articles:
            self.assertEqual(Client().get(article.get_absolute_url()).status_code, 404)  # a reader's
        self.assertNotContains(self.client.get("/en/articles/"), articles[0].title)
        messages = [str(m) for m in self.client.get("/en/admin/").context["messages"]]
        self.assertEqual(messages, ["2 articles unpublished."])

        self.assertIn("0 updated, 8 unchanged", reimport())
        self.assertEqual(Article.objects.filter(status="draft").count(), 2)
        self.assertEqual(self.article(DOLLIN).curated_fields, ["status"])

        self.run_action(Article, "publish", articles + [self.article(BORDER)])
        self.assertEqual(Article.objects.filter(status="draft").count(), 0)
        self.assertIn(DOLLIN, found("ЕҚЫҰ"))
        self.assertEqual(self.client.get(articles[1].get_absolute_url()).status_code, 200)
        entries = LogEntry.objects.filter(object_id=str(articles[1].pk), action_flag=CHANGE, user=self.editor)
        self.assertEqual([e.get_change_message() for e in entries], ["Changed status.", "Changed status."])
        # BORDER was already published: no change, no history entry, not curated.
        self.assertFalse(LogEntry.objects.filter(object_id=str(self.article(BORDER).pk)).exists())
        self.assertEqual(self.article(BORDER).curated_fields, [])


class TopicActionTests(AdminTestCase):
    def test_add_a_topic_asks_which_then_adds_it(self):
        articles = [self.article(NEWS), self.article(BORDER)]
        environment = Topic.objects.get(slug="environment")

        page = self.run_action(Article, "add_topic", articles)
        self.assertEqual(page.status_code, 200)
        self.assertTemplateUsed(page, "admin/articles/action_form.html")
        self.assertContains(page, "2 articles selected.")
        self.assertContains(page, 'name="topic"')
        self.assertContains(page, f'<input type="hidden" name="_selected_action" value="{articles[0].pk}">', html=True)

        refused = self.run_action(Article, "add_topic", articles, apply="yes", topic="")
        self.assertEqual(refused.status_code, 200)
        self.assertFalse(Article.objects.filter(topics=environment, slug=NEWS).exists())

        done = self.run_action(Article, "add_topic", articles, apply="yes", topic=environment.pk)
        self.assertEqual(done.status_code, 302)
        for article in articles:
            link = article.topic_links.get(topic=environment)
            self.assertEqual(link.reason, EDITOR_TOPIC_REASON)
            self.assertEqual(self.article(article.slug).curated_fields, ["topics"])
        entry = LogEntry.objects.get(object_id=str(articles[0].pk), user=self.editor)
        self.assertEqual(entry.get_change_message(), "Changed topics.")

        self.assertIn("0 updated, 8 unchanged", reimport())
        self.assertEqual(
            set(Article.objects.filter(topics=environment).values_list("slug", flat=True)),
            {NEWS, BORDER, "qazaqstannyn-europalyq-odaqpen-ekologiia-salasyndagy-yntymaqtastygynyn-keibir"},
        )

    def test_remove_a_topic_takes_it_off_only_the_selected_articles(self):
        central_asia = Topic.objects.get(slug="central-asia")
        having = set(Article.objects.filter(topics=central_asia).values_list("slug", flat=True))
        self.assertIn(NEWS, having)
        selected = [self.article(NEWS), self.article(KHASENOVA)]  # Khasenova's article never had it

        response = self.run_action(Article, "remove_topic", selected, apply="yes", topic=central_asia.pk)
        self.assertEqual(response.status_code, 302)
        messages = [str(m) for m in self.client.get("/en/admin/").context["messages"]]
        self.assertEqual(messages, ["Topic “Central Asia” removed from 1 article."])
        self.assertEqual(
            set(Article.objects.filter(topics=central_asia).values_list("slug", flat=True)), having - {NEWS}
        )
        self.assertEqual(self.article(NEWS).curated_fields, ["topics"])
        self.assertEqual(self.article(KHASENOVA).curated_fields, [])

        self.assertIn("0 updated, 8 unchanged", reimport())
        self.assertFalse(self.article(NEWS).topics.filter(pk=central_asia.pk).exists())


class MarkReviewedTests(AdminTestCase):
    def test_mark_reviewed_takes_articles_out_of_the_queue(self):
        queue = self.changelist_slugs(needs_review="yes")
        self.assertIn(DOLLIN, queue)
        response = self.run_action(Article, "mark_reviewed", [self.article(DOLLIN)])
        self.assertEqual(response.status_code, 302)
        self.assertIsNotNone(self.article(DOLLIN).reviewed_at)
        self.assertEqual(self.changelist_slugs(needs_review="yes"), queue - {DOLLIN})
        self.assertEqual(self.changelist_slugs(needs_review="no"), ALL_SEEDS - queue | {DOLLIN})
        entry = LogEntry.objects.get(object_id=str(self.article(DOLLIN).pk), user=self.editor)
        self.assertEqual(entry.get_change_message(), "Changed reviewed.")
