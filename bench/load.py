"""A sustained, mixed load on the production stack: many clients for a fixed time, counting errors.

Unlike the benchmark's bounded throughput case, this runs for a duration and mixes the pages people
use (home, browse, search, article, API) over whatever the configured archive holds, e.g. the seeds.
"""

from __future__ import annotations

import statistics
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db import DEFAULT_DB_ALIAS

from articles.models import Article, Topic
from bench.server import Server, request

SEARCHES = [
    "ынтымақтастық",
    "Қазақстан",
    "сотрудничество",
    "cooperation",
    "Dollin",
    "Toqaev",
    '"шекаралық ынтымақтастық"',
    "шекара*",
    "ынтымақтастық -Ресей",
]


def mixed_paths(using: str = DEFAULT_DB_ALIAS) -> list[str]:
    """One round of the mix: every kind of page, in every interface language."""
    slugs = list(Article.objects.using(using).published().order_by("pk").values_list("slug", flat=True)[:50])
    topics = list(Topic.objects.using(using).values_list("slug", flat=True)[:5])
    paths = []
    for language in ("kk", "ru", "en"):
        paths += [f"/{language}/", f"/{language}/articles/", f"/{language}/articles/?language=kk&fragment=complete"]
        paths += [f"/{language}/articles/?{urlencode({'q': q})}" for q in SEARCHES]
        paths += [f"/{language}/articles/{slug}/" for slug in slugs]
        paths += [f"/{language}/topics/{slug}/" for slug in topics]
    paths += [f"/api/articles/?{urlencode({'q': q})}" for q in SEARCHES] + ["/api/articles/?sort=title"]
    return paths


@dataclass
class LoadResult:
    clients: int
    seconds: float
    requests: int = 0
    errors: int = 0
    statuses: dict[int, int] = field(default_factory=dict)
    latencies_ms: list[float] = field(default_factory=list)

    def summary(self) -> dict:
        ordered = sorted(self.latencies_ms) or [0.0]
        return {
            "clients": self.clients,
            "seconds": round(self.seconds, 1),
            "requests": self.requests,
            "rps": round(self.requests / self.seconds, 1) if self.seconds else 0.0,
            "errors": self.errors,
            "statuses": {str(k): v for k, v in sorted(self.statuses.items())},
            "p50_ms": round(statistics.median(ordered), 1),
            "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1 if len(ordered) > 1 else 0], 1),
        }


def run_sustained_load(port: int, paths: list[str], clients: int, seconds: float) -> LoadResult:
    """``clients`` threads request the paths round-robin until ``seconds`` have passed."""
    result = LoadResult(clients, seconds)
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(offset: int) -> None:
        n = offset
        while time.monotonic() < deadline:
            path = paths[n % len(paths)]
            n += clients
            try:
                status, ms = request(port, path)
            except OSError:
                status, ms = 0, 0.0
            with lock:
                result.requests += 1
                result.statuses[status] = result.statuses.get(status, 0) + 1
                if status != 200:
                    result.errors += 1
                else:
                    result.latencies_ms.append(ms)

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.seconds = time.monotonic() - started
    return result


def load_test(clients: int, seconds: float, workers: int, using: str = DEFAULT_DB_ALIAS) -> dict:
    """Start gunicorn with the production settings, run the load, stop it; the summary with worker memory."""
    server = Server(workers, using)
    server.start()
    try:
        outcome = run_sustained_load(server.port, mixed_paths(using), clients, seconds).summary()
        outcome["workers"] = workers
        outcome["worker_rss_mb"] = server.worker_rss_mb()
    finally:
        server.stop()
    return outcome
