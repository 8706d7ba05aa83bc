"""Titles and names in Kazakh alphabetical order, on PostgreSQL and on SQLite.

PostgreSQL orders by ICU's Kazakh collation ("kk-x-icu"); SQLite has none, so a collation of the same
order is registered on each SQLite connection (``register_sqlite_collation``).  Both follow the Kazakh
alphabet (а ә б в г ғ д е ё ж з и й к қ л м н ң о ө п р с т у ұ ү ф х һ ц ч ш щ ъ ы і ь э ю я), ignore
case, and put spaces and punctuation before digits, digits before Latin letters and Latin letters before
Cyrillic ones, as ICU does.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from django.db import connections
from django.db.backends.signals import connection_created
from django.db.models import F
from django.db.models.functions import Collate
from django.dispatch import receiver

KAZAKH_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
POSTGRES_COLLATION = "kk-x-icu"
SQLITE_COLLATION = "kazakh"
_RANK = {letter: index for index, letter in enumerate(KAZAKH_ALPHABET)}


def sort_key(text: str) -> tuple:
    """The key of a text in Kazakh order: each character by its group, then its place; ties by the text."""
    key = []
    for character in text.casefold():
        if character in _RANK:
            key.append((3, _RANK[character]))
        elif character.isdigit():
            key.append((1, ord(character)))
        elif character.isalpha():
            key.append((2 if character.isascii() else 4, ord(character)))
        else:  # spaces and punctuation first, as in ICU's default ("non-ignorable")
            key.append((0 if not character.isalnum() else 4, ord(character)))
    return (tuple(key), text)


def _compare(left: str, right: str) -> int:
    a, b = sort_key(left), sort_key(right)
    return (a > b) - (a < b)


def register_sqlite_collation(connection: sqlite3.Connection) -> None:
    connection.create_collation(SQLITE_COLLATION, _compare)


@receiver(connection_created)
def _on_connection(sender: Any, connection: Any, **kwargs: Any) -> None:
    if connection.vendor == "sqlite":
        register_sqlite_collation(connection.connection)


def kazakh_order(field: str, alias: str) -> Collate | F:
    """An ORDER BY expression for ``field`` in Kazakh order on the database ``alias``."""
    connection = connections[alias]
    if connection.vendor == "postgresql":
        return Collate(F(field), POSTGRES_COLLATION)
    if connection.vendor == "sqlite":
        # A connection opened before this module was imported missed the signal: register now (idempotent).
        connection.ensure_connection()
        register_sqlite_collation(connection.connection)
        return Collate(F(field), SQLITE_COLLATION)
    return F(field)
