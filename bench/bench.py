"""The benchmark: the production stack (gunicorn, production settings) on loopback, against the configured database.

Each case is a page (or the API) requested ``requests`` times after a
warm-up, one request at a time; the floor of a search case is the bare SQL
of the same match, count and ranking (``bench.floors.search_floor``),
timed inside the database: PostgreSQL's own execution time from
``EXPLAIN ANALYZE``, SQLite's in-process run.  Then a bounded load: a fixed
number of requests at a fixed concurrency, loopback only.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import asdict, dataclass, field
from urllib.parse import urlencode

from django.db import DEFAULT_DB_ALIAS, connections

from articles.models import Article, ArticleTopic
from articles.search.analyzer import is_stopword
from articles.search.backends import get_backend
from articles.text.translit import romanize
from bench.floors import search_floor
from bench.server import Server, request
from bench.vocabulary import COMMON_WORDS, SURNAMES, rare_name, rare_pool_size, vocabularies

PAGE = "/en/articles/"
API = "/api/articles/"
MEDIUM_RANK = 2000  # a Zipf rank whose word is in a few percent of the articles
SECOND_TERM_RANK = 300


@dataclass
class Case:
    name: str
    paths: list[str]  # requested in turn
    query: str | None = None  # the search text, for the floor
    matches: int | None = None
    times_ms: list[float] = field(default_factory=list)
    floor_ms: list[float] = field(default_factory=list)
    errors: int = 0

    def p(self, values: list[float], q: float) -> float | None:
        if not values:
            return None
        ordered = sorted(values)
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)

    def summary(self) -> dict:
        p50, floor = self.p(self.times_ms, 0.5), self.p(self.floor_ms, 0.5)
        return {
            "name": self.name,
            "p50_ms": p50,
            "p95_ms": self.p(self.times_ms, 0.95),
            "floor_p50_ms": floor,
            "ratio_p50": round(p50 / floor, 2) if p50 and floor else None,
            "matches": self.matches,
            "query": self.query,
            "errors": self.errors,
        }


# What to ask -------------------------------------------------------------------------


def _vocabulary_word(rank: int) -> str:
    """The first Kazakh vocabulary word from this Zipf rank on that is no stop word and long enough."""
    words = vocabularies()["kk"].words
    for word in words[min(rank, len(words) - 1) :]:
        if len(word) >= 5 and not is_stopword(word):
            return word
    return words[-1]


def _count(query: str, using: str) -> int:
    return Article.objects.using(using).published().search(query).count()


def search_queries(using: str = DEFAULT_DB_ALIAS) -> dict[str, str]:
    """The search text of each search case, chosen from the generator's vocabulary and name pools."""
    common = COMMON_WORDS["kk"]
    total = Article.objects.using(using).published().count()
    rare = next(
        (rare_name(i) for i in range(0, rare_pool_size(max(total, 1)), 7) if _count(rare_name(i), using)),
        rare_name(0),
    )
    vocabulary = vocabularies()["kk"].words
    phrase_second = next(w for w in vocabulary[vocabulary.index(common) + 1 :] if not is_stopword(w))
    return {
        "search-common": common,
        "search-medium": _vocabulary_word(MEDIUM_RANK),
        "search-rare": rare,
        "search-two-terms": f"{common} {_vocabulary_word(SECOND_TERM_RANK)}",
        "search-phrase": f'"{common} {phrase_second}"',
        "search-latin-name": romanize(SURNAMES[1]),  # Тоқаев → Toqaev, found through the shadow keys
    }


def build_cases(using: str = DEFAULT_DB_ALIAS, article_sample: int = 100) -> list[Case]:
    queries = search_queries(using)
    published = Article.objects.using(using).published()
    topic = ArticleTopic.objects.using(using).values_list("topic__slug", flat=True).order_by("topic__position").first()
    facets = {"language": "kk", "kind": "research_article", **({"topic": topic} if topic else {})}
    step = max(1, published.count() // article_sample)
    slugs = list(published.order_by("pk").values_list("slug", flat=True)[::step][:article_sample]) or ["missing"]
    cases = [
        Case("browse", [PAGE]),
        Case("browse-3-facets", [PAGE + "?" + urlencode(facets)]),
    ]
    for name, query in queries.items():
        cases.append(Case(name, [PAGE + "?" + urlencode({"q": query})], query, _count(query, using)))
    cases.append(Case("article", [f"{PAGE}{slug}/" for slug in slugs]))
    cases.append(Case("api-search", [API + "?" + urlencode({"q": queries["search-common"]})], queries["search-common"]))
    cases[-1].matches = cases[2].matches
    return cases


# The floor: the bare SQL of the match, count and ranking ---------------------------------


def floor_statements(query: str | None, using: str) -> list[tuple[str, tuple]]:
    """The SQL of a page's floor: what its search (or browse) needs from the database, bare."""
    return search_floor(Article.objects.using(using).all(), query)


def _execution_ms(sql: str, params: tuple, using: str) -> float:
    connection = connections[using]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) " + sql, params)
            plan = cursor.fetchone()[0]
            plan = json.loads(plan) if isinstance(plan, str) else plan
            return float(plan[0]["Execution Time"]) + float(plan[0].get("Planning Time", 0.0))
        started = time.perf_counter()
        cursor.execute(sql, params)
        cursor.fetchall()
        return (time.perf_counter() - started) * 1000


def _settings_of(query: str | None, using: str) -> AbstractContextManager:
    """The database settings the page runs its ranking statement under (on PostgreSQL)."""
    return get_backend(using).ranking_settings() if query else nullcontext()


def time_floor(query: str | None, using: str, repeat: int) -> list[float]:
    statements = floor_statements(query, using)
    with _settings_of(query, using):
        for sql, params in statements:  # warm-up
            _execution_ms(sql, params, using)
        return [sum(_execution_ms(sql, params, using) for sql, params in statements) for _ in range(repeat)]


def explain(query: str | None, using: str) -> list[str]:
    """EXPLAIN ANALYZE (PostgreSQL) or EXPLAIN QUERY PLAN (SQLite) of each floor query."""
    connection = connections[using]
    plans = []
    for sql, params in floor_statements(query, using):
        with _settings_of(query, using), connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
                plans.append("\n".join(row[0] for row in cursor.fetchall()))
            else:
                cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
                plans.append("\n".join(f"{row[0]}|{row[1]} {row[-1]}" for row in cursor.fetchall()))
    return plans


# Running ---------------------------------------------------------------------------------


@dataclass
class Settings:
    requests: int = 100
    warmup: int = 10
    floor_repeat: int = 30
    workers: int = 3
    concurrency: int = 4
    load_requests: int = 400
    using: str = DEFAULT_DB_ALIAS


def run_case(port: int, case: Case, config: Settings) -> None:
    for i in range(config.warmup):
        request(port, case.paths[i % len(case.paths)])
    for i in range(config.requests):
        try:
            status, ms = request(port, case.paths[i % len(case.paths)])
        except OSError:
            case.errors += 1
            continue
        if status != 200:
            case.errors += 1
        case.times_ms.append(ms)


def run_load(port: int, cases: list[Case], config: Settings) -> dict:
    """A fixed number of requests over every case's paths, at a fixed concurrency."""
    paths = [case.paths[i % len(case.paths)] for i in range(4) for case in cases]
    counter = iter(range(config.load_requests))
    lock = threading.Lock()
    errors = [0]

    def worker() -> None:
        while True:
            with lock:
                n = next(counter, None)
            if n is None:
                return
            try:
                status, _ = request(port, paths[n % len(paths)])
                if status != 200:
                    with lock:
                        errors[0] += 1
            except OSError:
                with lock:
                    errors[0] += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(config.concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    return {
        "concurrency": config.concurrency,
        "requests": config.load_requests,
        "rps": round(config.load_requests / seconds, 1),
        "errors": errors[0],
    }


def run_benchmark(config: Settings, log: Callable[[str], None] = lambda line: None) -> dict:
    using = config.using
    connection = connections[using]
    total = Article.objects.using(using).published().count()
    cases = build_cases(using)
    log(f"{total} published articles on {connection.vendor}; {len(cases)} cases × {config.requests} requests")
    for case in cases:
        if case.name.startswith(("search", "browse", "api")):
            case.floor_ms = time_floor(case.query, using, config.floor_repeat)
    server = Server(config.workers, using)
    server.start()
    try:
        for case in cases:
            run_case(server.port, case, config)
            log(f"  {case.name}: p50 {case.p(case.times_ms, 0.5)} ms")
        throughput = run_load(server.port, cases, config)
        rss = server.worker_rss_mb()
    finally:
        server.stop()
    plans = {
        case.name: explain(case.query, using)
        for case in cases
        if case.name in ("browse", "search-common", "search-phrase", "search-two-terms")
    }
    return {
        "articles": total,
        "database": connection.vendor,
        "cases": [case.summary() for case in cases],
        "throughput": throughput,
        "worker_rss_mb": rss,
        "workers": config.workers,
        "requests_per_case": config.requests,
        "plans": plans,
        "settings": asdict(config),
    }


def format_table(result: dict) -> str:
    lines = [
        f"{result['articles']} articles, {result['database']}, gunicorn × {result['workers']} workers, "
        f"{result['requests_per_case']} requests per case",
        f"{'case':<20}{'p50 ms':>9}{'p95 ms':>9}{'floor ms':>10}{'ratio':>7}{'matches':>9}",
    ]
    for case in result["cases"]:

        def cell(value, width):
            return f"{'—' if value is None else value:>{width}}"

        lines.append(
            f"{case['name']:<20}{cell(case['p50_ms'], 9)}{cell(case['p95_ms'], 9)}{cell(case['floor_p50_ms'], 10)}"
            f"{cell(case['ratio_p50'], 7)}{cell(case['matches'], 9)}"
            + (f"  ({case['errors']} errors)" if case["errors"] else "")
        )
    t = result["throughput"]
    lines.append(
        f"throughput: {t['rps']} requests/s at concurrency {t['concurrency']} ({t['requests']} requests, "
        f"{t['errors']} errors); largest worker {result['worker_rss_mb']} MB resident"
    )
    return "\n".join(lines)
