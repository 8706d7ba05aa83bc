"""A Redis that does not answer slows the archive down but never breaks a page (archive/cache.py)."""

from __future__ import annotations

import socket

from django.core.cache import caches
from django.test import override_settings

from archive.env import parse_cache_url
from tests.fixtures import BORDER, SeedArchiveTestCase


def closed_port() -> int:
    """A local port nothing listens on: bound, then released."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisOutageTests(SeedArchiveTestCase):
    def setUp(self):
        config = parse_cache_url(f"redis://127.0.0.1:{closed_port()}/0")
        # Reads stay on the primary here (the test database): this is about Redis, not the replicas.
        settings = override_settings(CACHES={"default": config}, ARCHIVE_READ_REPLICAS=[])
        settings.enable()
        self.addCleanup(settings.disable)
        self.addCleanup(caches.close_all)

    def test_cache_calls_miss_and_drop_while_redis_is_down(self):
        cache = caches["default"]
        self.assertEqual(type(cache).__name__, "FailSoftRedisCache")
        with self.assertLogs("archive.cache", "WARNING") as logs:
            cache.set("key", 1)
            self.assertIsNone(cache.get("key"))
            self.assertEqual(cache.get("key", "fallback"), "fallback")
            self.assertEqual(cache.get_many(["key"]), {})
        self.assertIn("Redis cache unreachable", logs.output[0])

    def test_cached_pages_answer_without_redis(self):
        # Facet counts, suggestions, sitemap pages and references are all cached: each page is computed instead.
        for path in (
            "/en/articles/",
            "/en/articles/?q=Қазақстан",
            f"/en/articles/{BORDER}/",
            "/sitemap.xml",
            "/api/articles/?q=dollin",
        ):
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path).status_code, 200)
