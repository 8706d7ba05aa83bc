"""Reads from a real streaming replica (DATABASE_REPLICA_URLS), writes to the primary, and the fallbacks.

Each test commits (a TransactionTestCase) and waits for the replica to replay the primary's WAL: the replica
is another PostgreSQL server, which sees only what replication brought it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from unittest import mock

from django.contrib.auth.models import User
from django.db import DEFAULT_DB_ALIAS, connections, router, transaction
from django.test import TransactionTestCase, override_settings
from django.test.utils import CaptureQueriesContext

from archive import replicas
from articles.models import Article, Topic
from tests import fixtures as seeds
from tests.admin.helpers import admin_url, change_form_data
from tests.scaleout.support import (
    REPLICA,
    REPLICAS,
    needs_replica,
    replay_paused,
    replica_moved_to,
    unused_port,
    wait_for_replica,
    wait_until_received,
)

DETAIL = f"/en/articles/{seeds.DOLLIN}/"


@contextmanager
def queries(*aliases: str) -> Iterator[dict[str, CaptureQueriesContext]]:
    """The statements each database (by default the primary and the replica) received in the block."""
    with ExitStack() as stack:
        yield {
            alias: stack.enter_context(CaptureQueriesContext(connections[alias]))
            for alias in aliases or (DEFAULT_DB_ALIAS, REPLICA)
        }


@needs_replica
class ReplicaTests(TransactionTestCase):
    databases = {DEFAULT_DB_ALIAS, *REPLICAS}

    def setUp(self):
        seeds.load_seed_archive()
        wait_for_replica()
        replicas.forget_checks()
        self.addCleanup(replicas.forget_checks)

    def public_paths(self) -> list[str]:
        topic = Topic.objects.filter(articles__status="published").first()
        article = Article.objects.get(slug=seeds.DOLLIN)
        return [
            "/en/",
            "/kk/articles/",
            "/ru/articles/?q=ынтымақтастық&language=kk",
            DETAIL,
            f"/en/articles/{seeds.DOLLIN}/citation.bib",
            "/en/authors/d-dollin/",
            f"/en/topics/{topic.slug}/",
            f"/en/topics/{topic.slug}/feed/",
            "/en/feed/",
            "/api/articles/?q=cooperation",
            "/oai/?verb=ListRecords&metadataPrefix=oai_dc",
            f"/oai/?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:kz-ir-archive:{article.pk}",
            "/sitemap.xml",
            "/sitemap-articles.xml",
        ]

    def get_all(self, paths: list[str], client=None) -> None:
        for path in paths:
            response = (client or self.client).get(path)
            self.assertEqual(response.status_code, 200, path)

    def editor_client(self):
        User.objects.create_superuser("editor", "editor@example.kz", "a long editor password")
        client = self.client_class()
        client.force_login(User.objects.get(username="editor"))
        return client

    def save_title(self, client, title: str):
        """Save the Dollin article's change form with a new title, as an editor does."""
        article = Article.objects.get(slug=seeds.DOLLIN)
        url = admin_url("articles_article_change", article.pk)
        data = change_form_data(client.get(url))
        data["title"] = title
        return client.post(url, data)

    def test_public_pages_read_the_replica_and_the_admin_the_primary(self):
        paths = self.public_paths()
        with queries() as seen:
            self.get_all(paths)
        self.assertGreater(len(seen[REPLICA]), len(paths))
        self.assertEqual(len(seen["default"]), 0, [q["sql"] for q in seen["default"].captured_queries])

        editor = self.editor_client()
        with queries() as seen:
            response = editor.get(admin_url("articles_article_changelist"))
        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(seen[REPLICA]), 0)
        self.assertGreater(len(seen["default"]), 0)

    def test_an_admin_save_writes_the_primary_and_the_editor_then_reads_the_primary(self):
        editor = self.editor_client()
        reader = self.client_class()
        old_title = Article.objects.get(slug=seeds.DOLLIN).title
        with replay_paused():
            with queries() as seen:
                response = self.save_title(editor, "Read your writes")
            self.assertEqual(response.status_code, 302)
            self.assertEqual(len(seen[REPLICA]), 0)  # the admin reads and writes the primary only
            self.assertEqual(Article.objects.get(slug=seeds.DOLLIN).title, "Read your writes")
            cookie = response.cookies[replicas.PIN_COOKIE]
            self.assertEqual(cookie["max-age"], replicas.pin_seconds())
            wait_until_received()  # the replica has the change but has not applied it: it is behind

            with queries() as seen:
                page = editor.get(DETAIL)  # the editor opens the article they saved
            self.assertContains(page, "Read your writes")
            self.assertEqual(len(seen[REPLICA]), 0)

            with queries() as seen:
                page = reader.get(DETAIL)  # a reader without the cookie reads the replica, still behind
            self.assertContains(page, old_title[:40])
            self.assertNotContains(page, "Read your writes")
            self.assertGreater(len(seen[REPLICA]), 0)
        wait_for_replica()
        self.assertContains(reader.get(DETAIL), "Read your writes")

    def test_a_change_on_the_primary_reaches_the_replica_and_the_cached_counts(self):
        def kinds() -> tuple[dict[str, int], int]:
            with queries() as seen:
                response = self.client.get("/api/articles/")
            self.assertEqual(len(seen["default"]), 0)
            return {v["value"]: v["count"] for v in response.json()["facets"]["kind"]}, len(seen[REPLICA])

        before, first_queries = kinds()
        again, cached_queries = kinds()
        self.assertEqual(again, before)
        self.assertLess(cached_queries, first_queries)  # the facet counts came from the cache

        article = Article.objects.get(slug=seeds.DOLLIN)
        old_kind, new_kind = article.kind, next(k for k in Article.Kind.values if k != article.kind)
        article.kind = new_kind
        article.save()  # on the primary: Article.updated moves, and with it the change stamp
        wait_for_replica()
        self.assertEqual(Article.objects.using(REPLICA).get(pk=article.pk).kind, new_kind)

        after, after_queries = kinds()
        self.assertGreater(after_queries, cached_queries)  # counted again, under the new stamp
        self.assertEqual(after.get(old_kind, 0), before[old_kind] - 1)
        self.assertEqual(after[new_kind], before.get(new_kind, 0) + 1)

    def test_every_public_page_answers_when_the_replica_does_not(self):
        paths = self.public_paths()
        with replica_moved_to(unused_port()), self.assertLogs("archive.replicas", "WARNING") as logs:
            with queries(DEFAULT_DB_ALIAS) as seen:  # (capturing a database's queries connects to it)
                self.get_all(paths)
        self.assertGreater(len(seen["default"]), len(paths))
        self.assertRegex(logs.output[0], rf"Read replica {REPLICA} does not answer \(.*Connection refused")
        self.assertTrue(logs.output[0].endswith("; reading from the primary"))
        # Going out of use is logged once, not at every check or request.
        self.assertEqual(len(logs.output), 1)

    def test_a_replica_that_fails_during_a_request_leaves_the_page_to_the_primary(self):
        paths = self.public_paths()
        # The last check found the replica well; it went down since.
        with replica_moved_to(unused_port()), mock.patch("archive.replicas.usable", return_value=True):
            with self.assertLogs("archive.replicas", "WARNING") as logs:
                self.get_all(paths)
        self.assertIn(f"Read replica {REPLICA} failed during /en/", logs.output[0])
        self.assertEqual(len(logs.output), len(paths))

    def test_a_replica_lagging_beyond_the_bound_is_skipped(self):
        with replay_paused():
            Article.objects.filter(slug=seeds.DOLLIN).update(title="Written while the replica lags")
            wait_until_received()
            with override_settings(ARCHIVE_REPLICA_MAX_LAG=0), self.assertLogs("archive.replicas", "WARNING") as logs:
                with queries() as seen:
                    page = self.client.get(DETAIL)
        self.assertContains(page, "Written while the replica lags")
        self.assertEqual(len(seen[REPLICA]), 1)  # the check of its lag, nothing else
        self.assertRegex(logs.output[0], rf"Read replica {REPLICA} lags [\d.]+ s behind \(more than 0 s\)")

    def test_inside_a_transaction_on_the_primary_reads_go_to_the_primary(self):
        with replicas.reading_from(REPLICA):
            self.assertEqual(Article.objects.all().db, REPLICA)
            self.assertEqual(router.db_for_write(Article), DEFAULT_DB_ALIAS)
            with transaction.atomic():
                Article.objects.filter(slug=seeds.DOLLIN).update(title="Not yet committed")
                # The replica cannot see an uncommitted row; the transaction must read its own writes.
                self.assertEqual(Article.objects.all().db, DEFAULT_DB_ALIAS)
                self.assertEqual(Article.objects.get(slug=seeds.DOLLIN).title, "Not yet committed")
            self.assertEqual(Article.objects.all().db, REPLICA)
