"""Settings a bulk load of the synthetic corpus runs under, and the statistics refresh after it."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from functools import partial

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, transaction

from articles.models.search import FTS_TABLE, IMPACT_INDEX_DDL, IMPACT_TABLE, PHRASE_INDEX_DDL, VECTOR_INDEX_DDL

# The indexes a large load builds once at the end, at once: the vectors' GIN and RUM, the impact tokens' GIN.
SUSPENDED_INDEXES = (VECTOR_INDEX_DDL, IMPACT_INDEX_DDL, PHRASE_INDEX_DDL)
INDEX_BUILD_MEMORY = "512MB"  # each, while the three are built at once
FTS5_TABLES = (FTS_TABLE, IMPACT_TABLE)
FTS5_AUTOMERGE = 4  # FTS5's default


@contextmanager
def no_query_log() -> Iterator[None]:
    """DEBUG keeps the SQL of every query (with 30 KB bodies in it): not during a bulk load."""
    debug = settings.DEBUG
    settings.DEBUG = False
    try:
        yield
    finally:
        settings.DEBUG = debug


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """A batch allocates some 10,000 lists a document; each time, the collector walked every live object.

    That was half the cost of building a search vector.  Each process
    collects once a batch instead: an article and its search document refer
    to each other, and without that a worker grew to 12 GB at 50,000 articles.
    """
    gc.freeze()  # the vocabulary and everything else alive now: never walked again
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.unfreeze()


@contextmanager
def bulk_session(using: str) -> Iterator[None]:
    """Settings of this connection only, for the length of a bulk load.

    PostgreSQL: LZ4 for the TOASTed texts and vectors, no wait for the WAL
    flush at each batch's commit (a crash loses the last batches, nothing
    else).  SQLite: no fsync and the rollback journal in memory, a larger
    page cache; a crash or power loss during the load may leave the file
    corrupt, fine for the benchmark's synthetic archive, not for real data.
    """
    connection = connections[using]
    if connection.vendor == "sqlite" and not connection.in_atomic_block:  # (journal_mode: not in a transaction)
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA synchronous")
            synchronous = cursor.fetchone()[0]
            cursor.execute("PRAGMA journal_mode")
            journal = cursor.fetchone()[0]
            cursor.execute("PRAGMA cache_size")
            cache = cursor.fetchone()[0]
            cursor.execute("PRAGMA synchronous = OFF")
            cursor.execute("PRAGMA journal_mode = MEMORY")
            cursor.execute("PRAGMA cache_size = -262144")  # 256 MB
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute(f"PRAGMA journal_mode = {journal}")
                cursor.execute(f"PRAGMA synchronous = {int(synchronous)}")
                cursor.execute(f"PRAGMA cache_size = {int(cache)}")
        return
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SET synchronous_commit = off")
        try:
            with transaction.atomic(using=using):
                cursor.execute("SET default_toast_compression = lz4")
        except DatabaseError:
            pass  # a server built without LZ4 keeps pglz
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET synchronous_commit")
            cursor.execute("RESET default_toast_compression")


@contextmanager
def fts_merges_deferred(using: str) -> Iterator[None]:
    """SQLite: FTS5 merges its segments at the end of the load (finish_rebuild's optimize), not at every commit.

    Saves a tenth of the writer's time; FTS5's default (4) is set back after.
    """
    connection = connections[using]
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        for table in FTS5_TABLES:
            cursor.execute(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', 0)")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            for table in FTS5_TABLES:
                cursor.execute(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', {FTS5_AUTOMERGE})")


@contextmanager
def index_suspended(using: str, suspend: bool) -> Iterator[None]:
    """PostgreSQL: build the GIN indexes of the vectors and impact tokens once at the end, not row by row.

    Each document adds thousands of entries to both; in bulk, CREATE INDEX
    sorts them once.  Worth it when the load is large next to the index.
    The two are built at once, each by a connection of its own (one core
    each); so not inside a transaction, whose rows the others cannot see.
    """
    connection = connections[using]
    if not suspend or connection.vendor != "postgresql" or connection.in_atomic_block:
        yield
        return
    with connection.cursor() as cursor:
        for _create, drop in SUSPENDED_INDEXES:
            cursor.execute(drop[0])
    try:
        yield
    finally:
        statements = [create[0] for create, _drop in SUSPENDED_INDEXES]
        with ThreadPoolExecutor(len(statements)) as pool:
            list(pool.map(partial(build_index, using), statements))


def build_index(using: str, statement: str) -> None:
    """Run one CREATE INDEX with room to sort, in a thread: on that thread's own connection, then closed."""
    connection = connections[using]
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"SET maintenance_work_mem = '{INDEX_BUILD_MEMORY}'")
            cursor.execute(statement)
    finally:
        connection.close()


@contextmanager
def bulk_load(using: str, suspend_indexes: bool) -> Iterator[None]:
    """Everything above, for the length of a bulk load."""
    with no_query_log(), no_cyclic_gc(), bulk_session(using), fts_merges_deferred(using):
        with index_suspended(using, suspend_indexes):
            yield


def tidy_database(using: str = DEFAULT_DB_ALIAS) -> float:
    """Refresh the planner's statistics after a bulk load (and the visibility map on PostgreSQL)."""
    started = time.perf_counter()
    connection = connections[using]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("VACUUM ANALYZE")
        else:
            cursor.execute("ANALYZE")
    return time.perf_counter() - started
