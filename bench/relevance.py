"""How well search puts the right record first: MRR@10 of real records among a synthetic archive.

The records are real texts (the seeds and the development set) imported with
``import_texts``; ``generate_corpus`` writes the synthetic archive around them
from the seeds' own vocabulary, so the real records compete with thousands of
articles using the same words. Each query names the record it is about
(fixtures/relevance/queries.json); the page's own search (articles.browse)
ranks, and the reciprocal rank of that record in the first ten is averaged.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.http import QueryDict
from django.utils.http import urlencode

from articles.browse.service import browse
from articles.models import Article

TOP = 10


@dataclass(frozen=True)
class RelevanceQuery:
    query: str
    expected: str  # the import key (source file#position) of the record the query is about
    kind: str
    held_out: bool = False


@dataclass
class QueryResult:
    query: RelevanceQuery
    rank: int | None  # 1-based, within the first ten; None when not there
    matches: int
    milliseconds: float


@dataclass
class RelevanceReport:
    results: list[QueryResult] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # expected records not in the archive

    def mrr(self, held_out: bool | None = None) -> float:
        chosen = [r for r in self.results if held_out is None or r.query.held_out == held_out]
        return sum(1 / r.rank for r in chosen if r.rank) / len(chosen) if chosen else 0.0

    def first(self, held_out: bool | None = None) -> tuple[int, int]:
        chosen = [r for r in self.results if held_out is None or r.query.held_out == held_out]
        return sum(1 for r in chosen if r.rank == 1), len(chosen)


def default_queries_file() -> Path:
    return Path(settings.BASE_DIR) / "fixtures" / "relevance" / "queries.json"


def load_queries(path: Path) -> list[RelevanceQuery]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        RelevanceQuery(q["query"], q["expected"], q.get("kind", ""), bool(q.get("held_out"))) for q in data["queries"]
    ]


def import_real_records() -> None:
    """The seeds and the development set's texts, imported as any text is (idempotent)."""
    base = Path(settings.BASE_DIR) / "fixtures"
    call_command("import_texts", str(base / "seeds"), str(base / "devset" / "texts"), verbosity=0)


def measure_relevance(queries: list[RelevanceQuery]) -> RelevanceReport:
    report = RelevanceReport()
    keys = dict(Article.objects.published().filter(import_key__isnull=False).values_list("import_key", "pk"))
    for query in queries:
        expected = keys.get(query.expected)
        if expected is None:
            report.missing.append(query.expected)
            continue
        started = time.perf_counter()
        result = browse(QueryDict(urlencode({"q": query.query})), page_size=TOP)
        elapsed = (time.perf_counter() - started) * 1000
        ranked = [row.article.pk for row in result.rows]
        rank = ranked.index(expected) + 1 if expected in ranked else None
        report.results.append(QueryResult(query, rank, result.count, elapsed))
    return report


def format_report(report: RelevanceReport, archive_size: int) -> str:
    lines = [f"{'query':<48} {'kind':<13} {'rank':>4} {'matches':>8} {'ms':>7}"]
    for r in report.results:
        mark = " (held out)" if r.query.held_out else ""
        rank = r.rank or "-"
        lines.append(
            f"{r.query.query[:48]:<48} {r.query.kind:<13} {rank:>4} {r.matches:>8,} {r.milliseconds:>7.1f}{mark}"
        )
    lines.append(format_summary(report, archive_size))
    return "\n".join(lines)


def format_summary(report: RelevanceReport, archive_size: int) -> str:
    """MRR@10 in one line (with the records that were not found), as benchmark and benchmark_relevance print it."""
    if not report.results:
        return "MRR@10: none of the queried records is in the archive (run benchmark_relevance --import first)"
    lines = []
    tuned_first, tuned = report.first(False)
    held_first, held = report.first(True)
    lines.append(
        f"MRR@10 {report.mrr():.3f} over {len(report.results)} queries in {archive_size:,} published articles "
        f"(tuned {report.mrr(False):.3f}, first {tuned_first}/{tuned}; held out {report.mrr(True):.3f}, "
        f"first {held_first}/{held})"
    )
    if report.missing:
        lines.append(f"not in the archive (import them first): {', '.join(sorted(set(report.missing)))}")
    return "\n".join(lines)


def relevance_result(report: RelevanceReport) -> dict:
    """The report's figures for a JSON file."""
    return {
        "mrr_at_10": round(report.mrr(), 3),
        "mrr_at_10_tuned": round(report.mrr(False), 3),
        "mrr_at_10_held_out": round(report.mrr(True), 3),
        "queries": len(report.results),
        "first": report.first()[0],
        "missing": sorted(set(report.missing)),
    }
