"""One writer at a time: imports and restores queue instead of racing on the same natural keys.

SQLite needs nothing more: connections begin IMMEDIATE transactions (see
archive/env.py), so a second writer waits at BEGIN.  PostgreSQL takes a
transaction-scoped advisory lock, released by the commit or rollback; the
ORM has no word for it, hence the one statement of SQL.
"""

from __future__ import annotations

from django.db import DEFAULT_DB_ALIAS, connections

# An arbitrary constant naming "the archive's import" among advisory locks.
IMPORT_LOCK_KEY = 7_251_104


def import_lock(using: str = DEFAULT_DB_ALIAS) -> None:
    """Block until no other import holds the lock; call inside transaction.atomic()."""
    connection = connections[using]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [IMPORT_LOCK_KEY])
