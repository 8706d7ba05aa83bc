"""The search index rows of generated documents, built in the generator's workers, written as the backends write them.

PostgreSQL: the binary COPY rows of ``PostgresSearchBackend.write`` (its
own ``copy_fields``).  SQLite: the rows ``SqliteSearchBackend.write`` makes
with the ORM (the document, its FTS5 row, its impact row).  tests/perf
checks that the result equals what ``index_articles()`` writes.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence

from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper

from articles.models.search import SearchDocument
from articles.search.backends.postgres import COPY_COLUMNS, COPY_HEADER, COPY_ROW_START, COPY_TRAILER, copy_fields
from articles.search.backends.sqlite import index_rows
from bench.rows import Rows, model_rows

_ARTICLE_ID = struct.Struct(">q").pack


def document_copy(documents: Sequence[SearchDocument]) -> bytes:
    """The documents as rows of COPY ... (FORMAT BINARY), without header and trailer."""
    return b"".join(COPY_ROW_START + _ARTICLE_ID(d.article_id) + copy_fields(d) for d in documents)


def write_document_copy(rows: bytes, using: str) -> None:
    """Insert rows made by document_copy(), as PostgresSearchBackend.write does."""
    table = SearchDocument._meta.db_table
    with connections[using].cursor() as cursor:
        with cursor.copy(f"COPY {table} ({', '.join(COPY_COLUMNS)}) FROM STDIN (FORMAT BINARY)") as copy:
            copy.write(COPY_HEADER + rows + COPY_TRAILER)


def sqlite_index_rows(documents: Sequence[SearchDocument], connection: BaseDatabaseWrapper) -> list[Rows]:
    """The search documents, their FTS5 rows and impact rows, as SqliteSearchBackend.write inserts them."""
    if not documents:
        return []
    search_rows, impact_rows = index_rows(documents)
    return [model_rows(documents, connection), model_rows(search_rows, connection), model_rows(impact_rows, connection)]
