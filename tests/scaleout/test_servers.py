"""Two gunicorn servers on one archive: one Redis cache, one session table, forms valid on either.

The servers are started as the load test starts them (bench.scaleout, production settings) on this test's
databases (the primary's test database and its replica) and the Redis of CACHE_URL.
"""

from __future__ import annotations

import http.client
import io
import json
import os
import re
import tempfile
from http.cookies import SimpleCookie
from pathlib import Path
from unittest import mock
from urllib.parse import urlencode

import pytest
import redis
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher, make_password
from django.contrib.auth.models import User
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DEFAULT_DB_ALIAS
from django.test import TransactionTestCase

from articles.models import Article
from bench.scaleout import SharedServer, start_servers, stop_servers
from tests import fixtures as seeds
from tests.scaleout.support import REPLICAS, database_urls, needs_replica, needs_shared_cache, wait_for_replica

pytestmark = pytest.mark.slow  # starts servers


class Browser:
    """A client of several servers at 127.0.0.1 keeping one cookie jar, as behind one host name."""

    def __init__(self) -> None:
        self.cookies: dict[str, str] = {}

    def request(self, server: SharedServer, method: str, path: str, form: dict | None = None) -> tuple[int, str]:
        headers = {"Host": "127.0.0.1", "X-Forwarded-Proto": "https", "Origin": "https://127.0.0.1"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            for header in response.headers.get_all("Set-Cookie") or []:
                for name, morsel in SimpleCookie(header).items():
                    self.cookies[name] = morsel.value
            return response.status, response.read().decode()
        finally:
            connection.close()


@needs_replica
@needs_shared_cache
class TwoServersTests(TransactionTestCase):
    databases = {DEFAULT_DB_ALIAS, *REPLICAS}
    servers: list[SharedServer] = []

    @classmethod
    def setUpClass(cls) -> None:
        super().setUpClass()
        with mock.patch.dict(os.environ, database_urls()):
            cls.servers = start_servers(2, workers=1)

    @classmethod
    def tearDownClass(cls) -> None:
        stop_servers(cls.servers)
        super().tearDownClass()

    def setUp(self):
        seeds.load_seed_archive()
        wait_for_replica()

    def test_the_facet_counts_cached_by_one_server_are_read_by_the_other(self):
        first, second = self.servers
        browser = Browser()
        status, body = browser.request(first, "GET", "/api/articles/")
        self.assertEqual(status, 200)
        # The first server counted the unfiltered archive on the replica and cached the rows in Redis, under the
        # archive's change stamp (Django's key: prefix, version, then the archive's own key; no database alias:
        # the primary and every replica share the entry).
        redis_keys = redis.Redis.from_url(settings.CACHES["default"]["LOCATION"]).keys(":1:facets:*")
        keys = [key.decode().removeprefix(":1:") for key in redis_keys]
        stamp = Article.objects.published().change_stamp()
        ours = [key for key in keys if key.endswith(f":{stamp}")]
        self.assertEqual(len(ours), 1, keys)
        rows = cache.get(ours[0])
        # Mark the cached rows: a count no database holds. The second server shows it only if it reads that entry.
        kind, _count = rows["kind"][0]
        rows["kind"][0] = (kind, 4242)
        cache.set(ours[0], rows, 60)
        status, body = browser.request(second, "GET", "/api/articles/")
        self.assertEqual(status, 200)
        self.assertRegex(body, rf'"value": "{kind}", "label": "[^"]+", "count": 4242')
        # A change to the archive, anywhere, gives the counts a new key: neither server serves the old entry.
        article = Article.objects.published().exclude(kind=kind).first()
        article.kind = kind
        article.save()
        wait_for_replica()
        for server in self.servers:
            status, body = browser.request(server, "GET", "/api/articles/")
            self.assertEqual(status, 200)
            counts = {v["value"]: v["count"] for v in json.loads(body)["facets"]["kind"]}
            self.assertEqual(counts[kind], Article.objects.published().filter(kind=kind).count())

    def test_a_login_form_from_one_server_is_accepted_by_the_other_and_the_session_seen_by_both(self):
        # Hashed as the servers' production settings check it (the test settings hash with MD5, for speed).
        password = make_password("a long editor password", hasher=PBKDF2PasswordHasher())
        User.objects.create_superuser("editor", "editor@example.kz", password=None)
        User.objects.filter(username="editor").update(password=password)
        wait_for_replica()
        first, second = self.servers
        browser = Browser()
        status, form = browser.request(first, "GET", "/en/admin/login/")
        self.assertEqual(status, 200)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)
        assert token is not None
        credentials = {"username": "editor", "password": "a long editor password", "next": "/en/admin/"}
        status, _ = browser.request(
            second, "POST", "/en/admin/login/?next=/en/admin/", {**credentials, "csrfmiddlewaretoken": token[1]}
        )
        self.assertEqual(status, 302)  # logged in: the CSRF cookie and token of the first server were accepted
        self.assertIn("sessionid", browser.cookies)
        status, index = browser.request(first, "GET", "/en/admin/")
        self.assertEqual(status, 200)  # the session written through the second server
        self.assertIn("editor", index)


class LoadAcrossInstancesTests(TransactionTestCase):
    """load_test --instances spreads its clients over several gunicorn servers (a tiny load; figures in README)."""

    databases = {DEFAULT_DB_ALIAS, *REPLICAS}

    def test_a_short_load_over_two_instances_has_no_errors(self):
        seeds.load_seed_archive()
        environment = database_urls() if REPLICAS else {"DATABASE_URL": seeds.database_url()}
        if REPLICAS:
            wait_for_replica()
        out = io.StringIO()
        with tempfile.TemporaryDirectory() as folder, mock.patch.dict(os.environ, environment):
            report = Path(folder) / "load.json"
            call_command(
                "load_test", "--clients", "4", "--seconds", "2", "--workers", "1", "--instances", "2",
                "--json", str(report), stdout=out,
            )  # fmt: skip
            summary = json.loads(report.read_text())
        self.assertEqual(summary["instances"], 2)
        self.assertEqual(summary["clients"], 4)
        self.assertEqual(summary["errors"], 0)
        self.assertGreater(summary["requests"], 4)
        self.assertEqual(summary["statuses"], {"200": summary["requests"]})
        self.assertEqual(summary["replicas"], len(REPLICAS))

    def test_each_instance_needs_a_client(self):
        with self.assertRaisesMessage(CommandError, "--instances must be at least 1 and at most --clients"):
            call_command("load_test", "--clients", "2", "--instances", "3")
