"""Reading from PostgreSQL streaming replicas (DATABASE_REPLICA_URLS): which database a query goes to.

A request reads from a replica when it only reads and is public: a GET or HEAD of anything but the admin
(the pages, the API, OAI-PMH, feeds, sitemaps), from a client that has not just written. Everything else
reads the primary (``default``): writes and the requests that make them, the admin, management commands
(imports, backups), and every query inside ``transaction.atomic()`` on the primary, which must see its own
uncommitted rows. Writes always go to the primary.

Read-your-writes: a request that may have written (POST, PUT, PATCH, DELETE) sets a short-lived cookie,
and requests carrying it read the primary, for as long as a replica may lag behind and still be used.

A replica that does not answer, is not streaming from its primary, or lags more than
``ARCHIVE_REPLICA_MAX_LAG`` seconds is skipped (with a log line) until a later check finds it well; each
process checks a replica at most every ``ARCHIVE_REPLICA_CHECK_SECONDS``. A replica that fails during a
request (it went down since the last check) is marked down and the page is read again from the primary:
a replica never makes a reader's page fail.
"""

from __future__ import annotations

import logging
import math
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, InterfaceError, OperationalError, connections
from django.db.models import Model
from django.http import HttpRequest, HttpResponse

logger = logging.getLogger(__name__)

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Set on a response to a request that may have written; requests that carry it read the primary.
PIN_COOKIE = "archive_read_primary"
# The replica this request reads from; None: the primary (Django's default routing).
_replica: ContextVar[str | None] = ContextVar("archive_read_replica", default=None)
# alias -> (time.monotonic() of the last check, whether the replica was usable then); per process.
_checks: dict[str, tuple[float, bool]] = {}

# Where the replica stands: a replica at all, streaming from its primary, everything received replayed, and
# the age of the last transaction it replayed.
STATE_SQL = """
SELECT pg_is_in_recovery(),
       EXISTS (SELECT FROM pg_stat_wal_receiver),
       pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn(),
       extract(epoch FROM now() - pg_last_xact_replay_timestamp())
"""


def pin_seconds() -> int:
    """How long a client reads the primary after a write: a replica in use is at most this far behind."""
    return settings.ARCHIVE_REPLICA_MAX_LAG + settings.ARCHIVE_REPLICA_CHECK_SECONDS


def _lag(alias: str) -> float | None:
    """How far the replica's data is behind its primary, in seconds; None when it is not streaming (it would
    never catch up). Raises the driver's error when it does not answer.

    When everything received has been replayed the replica is current; otherwise it is as old as the last
    transaction it replayed. That overstates the lag while a long transaction is being written on the primary
    (its WAL arrives before its commit): reads then go to the primary, never to stale data.
    """
    with connections[alias].cursor() as cursor:
        cursor.execute(STATE_SQL)
        in_recovery, receiving, caught_up, age = cursor.fetchone()
    if not in_recovery:
        return 0.0  # a promoted replica, or the primary itself
    if not receiving:
        return None
    if caught_up:
        return 0.0
    return math.inf if age is None else float(age)  # None: nothing replayed since it started


def _problem(alias: str) -> str | None:
    """Why the replica may not serve reads now; None when it may."""
    try:
        lag = _lag(alias)
    except (OperationalError, InterfaceError) as error:
        connections[alias].close()  # reconnect at the next check
        return f"does not answer ({error})"
    if lag is None:
        return "is not streaming from the primary"
    if lag > settings.ARCHIVE_REPLICA_MAX_LAG:
        return f"lags {lag:.1f} s behind (more than {settings.ARCHIVE_REPLICA_MAX_LAG} s)"
    return None


def usable(alias: str) -> bool:
    """Whether the replica may serve reads, checked again when the last check is older than the interval.

    A replica going out of use is logged once (a warning), and its return (info), not every check.
    """
    now = time.monotonic()
    checked = _checks.get(alias)
    if checked is not None and now - checked[0] < settings.ARCHIVE_REPLICA_CHECK_SECONDS:
        return checked[1]
    was_usable = checked[1] if checked else True
    problem = _problem(alias)
    if problem and was_usable:
        logger.warning("Read replica %s %s; reading from the primary", alias, problem)
    elif not problem and not was_usable:
        logger.info("Read replica %s is back in use", alias)
    _checks[alias] = (now, problem is None)
    return problem is None


def mark_down(alias: str) -> None:
    """Skip the replica until the next check interval has passed (it failed during a request)."""
    _checks[alias] = (time.monotonic(), False)


def forget_checks() -> None:
    """Check every replica again at its next use (after its address changed, and in tests)."""
    _checks.clear()


def choose_replica() -> str | None:
    """A usable replica, at random among them to spread the reads; None when there is none."""
    candidates = [alias for alias in settings.ARCHIVE_READ_REPLICAS if usable(alias)]
    return random.choice(candidates) if candidates else None


@contextmanager
def reading_from(alias: str | None) -> Iterator[None]:
    """Route the reads made in this block (outside transactions on the primary) to ``alias``."""
    token = _replica.set(alias)
    try:
        yield
    finally:
        _replica.reset(token)


class ReplicaRouter:
    """Reads to the replica the request chose, unless inside a transaction on the primary; writes to the primary."""

    def db_for_read(self, model: type[Model], **hints: Any) -> str | None:
        alias = _replica.get()
        if alias is None or connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return None  # Django's default: the primary (or the database the instance came from)
        return alias

    def db_for_write(self, model: type[Model], **hints: Any) -> str:
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1: Model, obj2: Model, **hints: Any) -> bool | None:
        # The primary and its replicas hold the same rows: an object read from one may refer to one from another.
        same_data = {DEFAULT_DB_ALIAS, *settings.ARCHIVE_READ_REPLICAS}
        return True if {obj1._state.db, obj2._state.db} <= same_data else None

    def allow_migrate(self, db: str, app_label: str, model_name: str | None = None, **hints: Any) -> bool | None:
        # A replica receives its schema by replication; it cannot be written.
        return False if db in settings.ARCHIVE_READ_REPLICAS else None


def _reads_replica(request: HttpRequest) -> bool:
    if request.method not in READ_METHODS or PIN_COOKIE in request.COOKIES:
        return False
    match = request.resolver_match
    return match is not None and "admin" not in match.namespaces


class ReplicaMiddleware:
    """Choose the database a request reads (see the module); set the read-your-writes cookie after a write."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not settings.ARCHIVE_READ_REPLICAS:
            return self.get_response(request)
        with reading_from(None):  # process_view sets the replica, once the URL is resolved
            response = self.get_response(request)
        if request.method not in READ_METHODS:
            response.set_cookie(
                PIN_COOKIE,
                "1",
                max_age=pin_seconds(),
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response

    def process_view(
        self, request: HttpRequest, view: Callable[..., HttpResponse], args: tuple, kwargs: dict[str, Any]
    ) -> None:
        if settings.ARCHIVE_READ_REPLICAS and _reads_replica(request):
            _replica.set(choose_replica())

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        """A replica that fails during the request: read the page again from the primary."""
        alias = _replica.get()
        if alias is None or not isinstance(exception, OperationalError | InterfaceError):
            return None
        if not connections[alias].errors_occurred:  # the error came from another database
            return None
        logger.warning("Read replica %s failed during %s; reading from the primary: %s", alias, request.path, exception)
        mark_down(alias)
        connections[alias].close()
        _replica.set(None)
        match = request.resolver_match
        assert match is not None  # process_exception follows a resolved view
        response = match.func(request, *match.args, **match.kwargs)
        # Django renders a template response after the view; here the page must be complete on return.
        render = getattr(response, "render", None)
        return render() if callable(render) else response
