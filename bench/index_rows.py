"""The search index rows of generated documents on SQLite, built in the generator's workers.

The rows ``SqliteSearchBackend.write`` makes with the ORM (the document,
its FTS5 row, its impact row).  (PostgreSQL's binary COPY rows: see
bench.corpus_copy.)  tests/perf checks that the result equals what
``index_articles()`` writes.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db.backends.base.base import BaseDatabaseWrapper

from articles.models.search import SearchDocument
from articles.search.backends.sqlite import index_rows
from bench.rows import Rows, model_rows


def sqlite_index_rows(documents: Sequence[SearchDocument], connection: BaseDatabaseWrapper) -> list[Rows]:
    """The search documents, their FTS5 rows and impact rows, as SqliteSearchBackend.write inserts them."""
    if not documents:
        return []
    search_rows, impact_rows = index_rows(documents)
    return [model_rows(documents, connection), model_rows(search_rows, connection), model_rows(impact_rows, connection)]
