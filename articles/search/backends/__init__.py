"""The one search entry point and a backend per database vendor (see base.py for the semantics)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import ImproperlyConfigured
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import FloatField, Value

from articles.search.backends.base import SearchBackend
from articles.search.backends.postgres import PostgresSearchBackend
from articles.search.backends.sqlite import SqliteSearchBackend
from articles.search.query import ParsedQuery, parse_query

if TYPE_CHECKING:  # the queryset imports this package (ArticleQuerySet.search)
    from articles.models.querysets import ArticleQuerySet

__all__ = ["SearchBackend", "get_backend", "search_queryset"]

BACKENDS: dict[str, type[SearchBackend]] = {"sqlite": SqliteSearchBackend, "postgresql": PostgresSearchBackend}


def get_backend(using: str = DEFAULT_DB_ALIAS, version: str | None = None) -> SearchBackend:
    """The search backend for the database behind the alias; ``version``: the archive's, when the caller has read it
    (articles.models.versions), so the backend need not read it again."""
    vendor = connections[using].vendor
    try:
        return BACKENDS[vendor](using, version)
    except KeyError:
        raise ImproperlyConfigured(f"Search supports SQLite and PostgreSQL, not {vendor}.") from None


def search_queryset(queryset: ArticleQuerySet, text: str) -> tuple[ArticleQuerySet, ParsedQuery]:
    """Restrict an Article queryset to the matches of what a user typed.

    Returns the queryset annotated with ``search_rank`` (higher is better;
    comparable within one query and one database only) and the parsed query,
    which tells the caller whether the query was truncated, what to
    highlight, and whether anything was searchable at all.  A query with no
    positive clause (empty, only punctuation, only exclusions) matches
    nothing: the caller says so rather than listing the whole archive.
    Never raises on any input text.
    """
    parsed = parse_query(text)
    if parsed.is_empty:
        return queryset.none().annotate(search_rank=Value(0.0, output_field=FloatField())), parsed
    return get_backend(queryset.db).search(queryset, parsed), parsed
