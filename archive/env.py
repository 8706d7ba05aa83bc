"""Typed readers for the environment variables that configure the archive.

Kept apart from settings.py so each rule (what counts as true, what a database URL may
look like) lives in one place and is testable without reloading settings.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured
from django.db import DEFAULT_DB_ALIAS

TRUE_WORDS = frozenset({"1", "true", "yes", "on"})
FALSE_WORDS = frozenset({"0", "false", "no", "off", ""})


def env_bool(name: str, default: bool) -> bool:
    """Read a boolean; anything but a known true/false word is a configuration error."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean (use true or false).")


def env_int(name: str, default: int) -> int:
    """Read a whole number; anything else is a configuration error."""
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return int(raw.strip())
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number.") from None


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    """Read a comma-separated list, ignoring blanks."""
    raw = os.environ.get(name)
    if raw is None:
        return list(default or [])
    return [item.strip() for item in raw.split(",") if item.strip()]


def parse_database_url(url: str, base_dir: Path) -> dict:
    """Turn ``sqlite:///path`` or ``postgres://user:pass@host:port/name`` into a DATABASES entry."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    options = dict(parse_qsl(parts.query))
    if scheme == "sqlite":
        # sqlite:///relative.db is relative to the project; sqlite:////absolute/path.db is absolute.
        raw_path = unquote(parts.path)[1:]
        if not raw_path:
            raise ImproperlyConfigured("DATABASE_URL for SQLite needs a file path: sqlite:///db.sqlite3")
        path = Path(raw_path)
        if not path.is_absolute():
            path = base_dir / path
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(path),
            "OPTIONS": {
                # WAL lets readers go on while an import writes; IMMEDIATE makes a writer take
                # the lock at BEGIN, so two concurrent imports queue instead of deadlocking.
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 30,
            },
        }
    if scheme in {"postgres", "postgresql", "pgsql"}:
        name = unquote(parts.path.lstrip("/"))
        if not name:
            raise ImproperlyConfigured(
                "DATABASE_URL for PostgreSQL needs a database name: postgres://user@host:5432/name"
            )
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": name,
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(parts.port or ""),
            "CONN_MAX_AGE": int(options.pop("conn_max_age", 600)),
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": options,
        }
    raise ImproperlyConfigured(f"DATABASE_URL scheme {scheme!r} is not supported (use sqlite:// or postgres://).")


# A replica that does not answer is skipped (archive/replicas.py): give up connecting to it after this many
# seconds rather than after the operating system's TCP timeout, which is minutes. ?connect_timeout= overrides it.
REPLICA_CONNECT_TIMEOUT = 2


def replica_databases(urls: list[str], base_dir: Path) -> dict[str, dict]:
    """DATABASES entries ``replica_1``, ``replica_2``… for the URLs of DATABASE_REPLICA_URLS."""
    replicas = {}
    for number, url in enumerate(urls, start=1):
        database = parse_database_url(url, base_dir)
        if database["ENGINE"] != "django.db.backends.postgresql":
            raise ImproperlyConfigured(
                f"DATABASE_REPLICA_URLS: {url!r} is not a PostgreSQL URL (replicas are PostgreSQL streaming replicas)."
            )
        database["OPTIONS"].setdefault("connect_timeout", REPLICA_CONNECT_TIMEOUT)
        # In tests the replica receives the primary's test database by replication: Django gives the alias
        # that database's name and neither creates nor flushes it (a replica is read-only).
        database["TEST"] = {"MIRROR": DEFAULT_DB_ALIAS}
        replicas[f"replica_{number}"] = database
    return replicas


def parse_cache_url(url: str) -> dict:
    """CACHE_URL: ``redis://host:6379/0`` (``rediss://`` over TLS, ``unix://`` a socket) selects Django's Redis
    cache, shared by every worker and server; ``dummy://`` no cache; empty, the local memory of each process
    (Django's default)."""
    if not url.strip():
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    scheme = urlsplit(url).scheme.lower()
    if scheme in {"redis", "rediss", "unix"}:
        # Django's Redis cache, failing soft (archive/cache.py); a Redis that does not answer costs a second,
        # not a worker's whole timeout.
        return {
            "BACKEND": "archive.cache.FailSoftRedisCache",
            "LOCATION": url.strip(),
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    if scheme == "dummy":
        # No cache at all: every request computes everything (benchmark uses it to measure the cold path).
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    raise ImproperlyConfigured(
        f"CACHE_URL scheme {scheme!r} is not supported (use redis://host:6379/0, or dummy:// for no cache)."
    )
