"""What the scale-out tests share: the configured replicas and cache, and waiting for replication.

The tests of the real thing need a streaming replica (DATABASE_REPLICA_URLS) and a Redis cache (CACHE_URL);
.ci/run starts both. Without them those tests skip and say why, so the plain SQLite suite is unchanged.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, OperationalError, connections

from archive import replicas

REPLICAS = list(settings.ARCHIVE_READ_REPLICAS)
REPLICA = REPLICAS[0] if REPLICAS else ""
SHARED_CACHE = settings.CACHES["default"]["BACKEND"].endswith("RedisCache")
REPLICATION_TIMEOUT = 60.0

needs_replica = pytest.mark.skipif(
    not REPLICAS, reason="no read replica: set DATABASE_REPLICA_URLS (.ci/run starts one on 127.0.0.1:5433)"
)
needs_shared_cache = pytest.mark.skipif(
    not SHARED_CACHE, reason="no shared cache: set CACHE_URL=redis://127.0.0.1:6379/1 (.ci/run starts Redis)"
)


def primary_sql(sql: str, params: tuple = ()) -> tuple:
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()


def replica_sql(sql: str, params: tuple = (), alias: str = "") -> tuple:
    with connections[alias or REPLICA].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()


def wait_for_replica(alias: str = "", timeout: float = REPLICATION_TIMEOUT) -> None:
    """Until the replica has replayed everything the primary has written so far (committed: tests must commit).

    Its test database appears there only once the CREATE DATABASE is replayed: until then it cannot be opened.
    """
    alias = alias or REPLICA
    (target,) = primary_sql("SELECT pg_current_wal_lsn()")
    deadline = time.monotonic() + timeout
    while True:
        try:
            (done,) = replica_sql("SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", (target,), alias)
            if done:
                return
        except OperationalError:
            connections[alias].close()
        if time.monotonic() > deadline:
            raise AssertionError(f"{alias} did not replay the primary's WAL up to {target} in {timeout:.0f} s")
        time.sleep(0.05)


@contextmanager
def replay_paused(alias: str = "") -> Iterator[None]:
    """The replica receives the primary's WAL but applies none of it: it falls behind, as under load."""
    alias = alias or REPLICA
    replica_sql("SELECT pg_wal_replay_pause()", alias=alias)
    try:
        yield
    finally:
        replica_sql("SELECT pg_wal_replay_resume()", alias=alias)


def wait_until_received(alias: str = "", timeout: float = REPLICATION_TIMEOUT) -> None:
    """Until the replica has received WAL it has not replayed (replay paused): it lags."""
    alias = alias or REPLICA
    (target,) = primary_sql("SELECT pg_current_wal_lsn()")
    deadline = time.monotonic() + timeout
    while not replica_sql("SELECT pg_last_wal_receive_lsn() >= %s::pg_lsn", (target,), alias)[0]:
        if time.monotonic() > deadline:
            raise AssertionError(f"{alias} did not receive the primary's WAL up to {target} in {timeout:.0f} s")
        time.sleep(0.05)


def unused_port() -> int:
    """A local port where nothing listens (the kernel's pick, released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def replica_moved_to(port: int, alias: str = "") -> Iterator[None]:
    """The replica alias points at another port (where nothing listens: the replica is down) in this block."""
    alias = alias or REPLICA
    connection = connections[alias]
    original = connection.settings_dict["PORT"]
    connection.close()
    connection.settings_dict["PORT"] = str(port)
    replicas.forget_checks()
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["PORT"] = original
        replicas.forget_checks()


def database_urls() -> dict[str, str]:
    """The environment of a server on this test's databases: the primary's and the replicas' test databases."""

    def url(alias: str) -> str:
        db = connections[alias].settings_dict
        return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"

    return {"DATABASE_URL": url(DEFAULT_DB_ALIAS), "DATABASE_REPLICA_URLS": ",".join(url(a) for a in REPLICAS)}
