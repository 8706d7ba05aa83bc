"""DATABASE_REPLICA_URLS and CACHE_URL read into settings, and the router's rules (no server needed)."""

from __future__ import annotations

from pathlib import Path

from django.core.cache.backends.redis import RedisCache
from django.core.exceptions import ImproperlyConfigured
from django.db import DEFAULT_DB_ALIAS
from django.test import SimpleTestCase, override_settings
from django.utils.module_loading import import_string

from archive.env import parse_cache_url, replica_databases
from archive.replicas import ReplicaRouter, reading_from
from articles.models import Article

BASE = Path("/srv/archive")


class ReplicaSettingsTests(SimpleTestCase):
    def test_each_url_is_an_alias_that_mirrors_the_primary_in_tests(self):
        replicas = replica_databases(
            ["postgres://reader:secret@db-2:5432/archive", "postgres://reader@db-3/archive?connect_timeout=5"], BASE
        )
        self.assertEqual(list(replicas), ["replica_1", "replica_2"])
        first, second = replicas["replica_1"], replicas["replica_2"]
        self.assertEqual(
            (first["HOST"], first["PORT"], first["NAME"], first["USER"], first["PASSWORD"]),
            ("db-2", "5432", "archive", "reader", "secret"),
        )
        self.assertEqual(first["OPTIONS"], {"connect_timeout": 2})  # a replica that does not answer: 2 s, not minutes
        self.assertEqual(second["OPTIONS"], {"connect_timeout": "5"})
        self.assertEqual(first["TEST"], {"MIRROR": DEFAULT_DB_ALIAS})

    def test_no_urls_no_replicas(self):
        self.assertEqual(replica_databases([], BASE), {})

    def test_a_replica_must_be_postgresql(self):
        with self.assertRaisesMessage(ImproperlyConfigured, "is not a PostgreSQL URL"):
            replica_databases(["sqlite:///replica.db"], BASE)


class CacheSettingsTests(SimpleTestCase):
    def test_without_a_url_each_process_keeps_its_own(self):
        self.assertEqual(parse_cache_url(""), {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"})

    def test_redis_urls_select_djangos_redis_cache_failing_soft(self):
        for url in ("redis://127.0.0.1:6379/1", "rediss://cache.example.kz:6380/0", "unix:///run/redis.sock?db=2"):
            config = parse_cache_url(url)
            self.assertEqual((config["BACKEND"], config["LOCATION"]), ("archive.cache.FailSoftRedisCache", url))
            self.assertTrue(issubclass(import_string(config["BACKEND"]), RedisCache))

    def test_other_schemes_are_refused(self):
        with self.assertRaisesMessage(ImproperlyConfigured, "CACHE_URL scheme 'memcached' is not supported"):
            parse_cache_url("memcached://127.0.0.1:11211")


@override_settings(ARCHIVE_READ_REPLICAS=["replica_1"])
class RouterTests(SimpleTestCase):
    router = ReplicaRouter()

    def test_reads_follow_the_request_and_writes_go_to_the_primary(self):
        self.assertIsNone(self.router.db_for_read(Article))  # a command, the admin: Django's default
        with reading_from("replica_1"):
            self.assertEqual(self.router.db_for_read(Article), "replica_1")
            self.assertEqual(self.router.db_for_write(Article), DEFAULT_DB_ALIAS)
        self.assertIsNone(self.router.db_for_read(Article))

    def test_replicas_are_never_migrated(self):
        self.assertIs(self.router.allow_migrate("replica_1", "articles"), False)
        self.assertIsNone(self.router.allow_migrate(DEFAULT_DB_ALIAS, "articles"))

    def test_objects_of_the_primary_and_a_replica_may_refer_to_each_other(self):
        on_primary, on_replica, elsewhere = Article(), Article(), Article()
        on_primary._state.db, on_replica._state.db, elsewhere._state.db = DEFAULT_DB_ALIAS, "replica_1", "other"
        self.assertIs(self.router.allow_relation(on_primary, on_replica), True)
        self.assertIsNone(self.router.allow_relation(on_primary, elsewhere))
