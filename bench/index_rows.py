"""The search index rows of generated documents, built in the generator's workers, written as the backends write them.

PostgreSQL: the binary COPY rows of ``PostgresSearchBackend.write`` (its
own ``copy_row``).  SQLite: the rows ``SqliteSearchBackend.write`` makes
with the ORM (the document, its FTS5 row, its impact row).  tests/perf
checks that the result equals what ``index_articles()`` writes.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db.backends.base.base import BaseDatabaseWrapper

from articles.models.search import SearchDocument
from articles.search.backends.postgres import copy_row
from articles.search.backends.sqlite import index_rows
from bench.rows import Rows, model_rows


def document_copy(documents: Sequence[SearchDocument]) -> bytes:
    """The documents as rows of COPY ... (FORMAT BINARY), without header and trailer (postgres.write_copy_rows)."""
    return b"".join(map(copy_row, documents))


def sqlite_index_rows(documents: Sequence[SearchDocument], connection: BaseDatabaseWrapper) -> list[Rows]:
    """The search documents, their FTS5 rows and impact rows, as SqliteSearchBackend.write inserts them."""
    if not documents:
        return []
    search_rows, impact_rows = index_rows(documents)
    return [model_rows(documents, connection), model_rows(search_rows, connection), model_rows(impact_rows, connection)]
