"""Settings a bulk load of the synthetic corpus runs under, and the statistics refresh after it."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, transaction

from articles.models.search import VECTOR_INDEX_DDL


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
    """PostgreSQL: LZ4 for the TOASTed texts and vectors, no wait for the WAL flush at each batch's commit."""
    connection = connections[using]
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
def index_suspended(using: str, suspend: bool) -> Iterator[None]:
    """PostgreSQL, large loads: build the GIN index of the vectors once at the end, not row by row."""
    connection = connections[using]
    if not suspend or connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute(VECTOR_INDEX_DDL[1][0])
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SET maintenance_work_mem = '1GB'")
            cursor.execute(VECTOR_INDEX_DDL[0][0])
            cursor.execute("RESET maintenance_work_mem")


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
