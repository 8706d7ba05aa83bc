"""Rows of a bulk load as plain tuples, made in the generator's worker processes and written with few calls.

``model_rows`` takes each field's value the way ``bulk_create`` does
(``pre_save(add=True)``, then ``get_db_prep_save``), so the rows equal what
the ORM writes; ``write_rows`` sends them with COPY on PostgreSQL and one
``executemany`` on SQLite, with no model instance in the writing process.
Django has no COPY: that is the only reason this module exists.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db import connections, models
from django.db.backends.base.base import BaseDatabaseWrapper

from articles.models import Article
from articles.records.parts import PART_MODELS, ArticleParts, part_rows


@dataclass
class Rows:
    """INSERT-ready rows of one table."""

    table: str
    columns: tuple[str, ...]
    values: list[tuple[Any, ...]]


@dataclass
class Batch:
    """Generated articles as rows ready to write; on PostgreSQL the search documents as COPY rows."""

    articles: int
    indexed: int
    tables: list[Rows]
    copy: bytes = b""


def model_rows(objects: Sequence[models.Model], connection: BaseDatabaseWrapper) -> Rows:
    """The rows bulk_create would insert for these unsaved objects of one model (primary key included if set)."""
    meta = type(objects[0])._meta
    with_pk = objects[0].pk is not None
    fields = [f for f in meta.concrete_fields if with_pk or not f.primary_key]
    values = [tuple(f.get_db_prep_save(f.pre_save(obj, True), connection) for f in fields) for obj in objects]
    return Rows(meta.db_table, tuple(str(f.column) for f in fields), values)


def article_rows(articles: Sequence[tuple[Article, ArticleParts]], connection: BaseDatabaseWrapper) -> list[Rows]:
    """Rows of new articles (primary keys set) and of their parts, as bulk_create and write_parts insert them."""
    tables = [model_rows([article for article, _ in articles], connection)]
    parts: dict[str, list[models.Model]] = {name: [] for name in PART_MODELS}
    for article, article_parts in articles:
        for name, rows in part_rows(article, article_parts).items():
            parts[name].extend(rows)
    return tables + [model_rows(rows, connection) for rows in parts.values() if rows]


def write_rows(rows: Rows, using: str) -> None:
    """Insert the rows: COPY on PostgreSQL, executemany elsewhere."""
    if not rows.values:
        return
    connection = connections[using]
    quote = connection.ops.quote_name
    table, columns = quote(rows.table), ", ".join(map(quote, rows.columns))
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows.values:
                    copy.write_row(row)
        else:
            placeholders = ", ".join(["%s"] * len(rows.columns))
            cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", rows.values)


def reserve_ids(model: type[models.Model], count: int, using: str) -> int:
    """The first of ``count`` consecutive new primary keys of the model's table, taken for one writer.

    PostgreSQL: the block is taken from the table's sequence, so no other
    writer can get them.  SQLite: the ids after the highest ever used (a
    bulk load is the database's only writer; explicit ids advance its
    AUTOINCREMENT counter like generated ones).
    """
    connection = connections[using]
    table = model._meta.db_table
    column = str(model._meta.pk.column)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT pg_get_serial_sequence(%s, %s)", [table, column])
            sequence = cursor.fetchone()[0]
            cursor.execute("SELECT setval(%s, nextval(%s) + %s - 1)", [sequence, sequence, count])
            return int(cursor.fetchone()[0]) - count + 1
        cursor.execute(f"SELECT COALESCE(MAX({connection.ops.quote_name(column)}), 0) FROM {table}")
        highest = int(cursor.fetchone()[0])
        cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
        row = cursor.fetchone()
        return max(highest, int(row[0]) if row else 0) + 1
