"""The load test on several application servers: gunicorn instances on their own ports, one archive behind them.

Each instance is started as ``Server`` starts one (production settings), from the same environment: the same
``DATABASE_URL``, ``DATABASE_REPLICA_URLS`` and ``CACHE_URL``, and one secret key for all of them, as
servers behind a load balancer share theirs. The clients are spread over the instances evenly, each client
staying with one (a load balancer's affinity); the figures are those of all requests together.
"""

from __future__ import annotations

import secrets
import threading

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS

from bench.load import LoadResult, mixed_paths, run_sustained_load
from bench.server import Server


class SharedServer(Server):
    """One of several application servers: a session or a form from one is valid on the others."""

    def __init__(self, workers: int, using: str, secret_key: str) -> None:
        super().__init__(workers, using)
        self.secret_key = secret_key

    def environment(self) -> dict[str, str]:
        return {**super().environment(), "DJANGO_SECRET_KEY": self.secret_key}


def start_servers(instances: int, workers: int, using: str = DEFAULT_DB_ALIAS) -> list[SharedServer]:
    """Start ``instances`` gunicorn servers sharing one secret key; stop them with ``stop_servers``."""
    secret_key = secrets.token_urlsafe(50)
    servers: list[SharedServer] = []
    try:
        for _ in range(instances):
            server = SharedServer(workers, using, secret_key)
            server.start()
            servers.append(server)
    except RuntimeError:
        stop_servers(servers)
        raise
    return servers


def stop_servers(servers: list[SharedServer]) -> None:
    for server in servers:
        server.stop()


def merge(results: list[LoadResult]) -> LoadResult:
    """The requests of several loads run side by side, as one load."""
    merged = LoadResult(sum(r.clients for r in results), max(r.seconds for r in results))
    for result in results:
        merged.requests += result.requests
        merged.errors += result.errors
        merged.latencies_ms += result.latencies_ms
        for status, count in result.statuses.items():
            merged.statuses[status] = merged.statuses.get(status, 0) + count
    return merged


def load_test_across(instances: int, clients: int, seconds: float, workers: int, using: str = DEFAULT_DB_ALIAS) -> dict:
    """``clients`` clients for ``seconds`` over ``instances`` gunicorn servers; the summary of all requests."""
    if clients < instances:
        raise RuntimeError(f"{clients} clients cannot keep {instances} instances busy.")
    paths = mixed_paths(using)
    servers = start_servers(instances, workers, using)
    try:
        shares = [clients // instances + (1 if i < clients % instances else 0) for i in range(instances)]
        results: list[LoadResult | None] = [None] * instances

        def run(index: int) -> None:
            results[index] = run_sustained_load(servers[index].port, paths, shares[index], seconds)

        threads = [threading.Thread(target=run, args=(i,)) for i in range(instances)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        outcome = merge([r for r in results if r is not None]).summary()
        outcome["instances"] = instances
        outcome["workers"] = workers
        sizes = [size for size in (server.worker_rss_mb() for server in servers) if size is not None]
        outcome["worker_rss_mb"] = max(sizes) if sizes else None
    finally:
        stop_servers(servers)
    outcome["replicas"] = len(settings.ARCHIVE_READ_REPLICAS)
    outcome["cache"] = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    return outcome
