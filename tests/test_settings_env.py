"""The environment readers behind settings.py."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from archive.env import env_bool, parse_cache_url, parse_database_url


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("false", False),
        ("False", False),
        ("0", False),
        ("no", False),
        ("", False),
        ("true", True),
        ("1", True),
        ("ON", True),
    ],
)
def test_env_bool_reads_real_booleans(monkeypatch, raw, expected):
    monkeypatch.setenv("FLAG", raw)
    assert env_bool("FLAG", default=not expected) is expected


def test_env_bool_refuses_nonsense(monkeypatch):
    monkeypatch.setenv("FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured):
        env_bool("FLAG", default=False)


def test_sqlite_url_relative_and_absolute():
    base = Path("/srv/archive")
    assert parse_database_url("sqlite:///db.sqlite3", base)["NAME"] == "/srv/archive/db.sqlite3"
    assert parse_database_url("sqlite:////tmp/x.db", base)["NAME"] == "/tmp/x.db"
    assert "journal_mode=WAL" in parse_database_url("sqlite:///db.sqlite3", base)["OPTIONS"]["init_command"]


def test_postgres_url():
    config = parse_database_url("postgres://archivist:s%40cret@db.local:5433/archive", Path("/"))
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["USER"], config["PASSWORD"], config["HOST"], config["PORT"], config["NAME"]) == (
        "archivist",
        "s@cret",
        "db.local",
        "5433",
        "archive",
    )
    assert config["CONN_HEALTH_CHECKS"] is True and config["CONN_MAX_AGE"] == 600


def test_unknown_scheme_is_an_error():
    with pytest.raises(ImproperlyConfigured):
        parse_database_url("mysql://root@localhost/x", Path("/"))


def test_settings_refuse_to_start_without_secret_key_when_debug_is_off(tmp_path):
    import os

    env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SECRET_KEY", "DJANGO_DEBUG"}}
    env["DJANGO_DEBUG"] = "false"
    result = subprocess.run(
        [sys.executable, "-c", "import archive.settings"],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


@pytest.mark.parametrize(
    ("url", "backend"),
    [
        ("", "django.core.cache.backends.locmem.LocMemCache"),
        ("dummy://", "django.core.cache.backends.dummy.DummyCache"),
        ("redis://127.0.0.1:6379/1", "archive.cache.FailSoftRedisCache"),
    ],
)
def test_cache_url_selects_the_cache(url, backend):
    assert parse_cache_url(url)["BACKEND"] == backend


def test_cache_url_refuses_an_unknown_scheme():
    with pytest.raises(ImproperlyConfigured, match="memcached"):
        parse_cache_url("memcached://127.0.0.1:11211")


def test_the_wsgi_application_freezes_its_startup_heap():
    """archive.wsgi moves what loading the application allocated out of the cyclic collector's reach."""
    env = {**os.environ, "DJANGO_DEBUG": "true", "DJANGO_SETTINGS_MODULE": "archive.settings"}
    done = subprocess.run(
        [sys.executable, "-c", "import gc, archive.wsgi; print(gc.get_freeze_count())"],
        cwd=Path(__file__).resolve().parents[1],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) > 10000
