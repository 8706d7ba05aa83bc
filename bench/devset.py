"""Scoring the text importer against the development set (fixtures/devset/, see its README); no database.

Each gold record is paired with a parsed record of its text; an empty gold field is right only if left empty.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime
import difflib
import functools
import json
import re
import time
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from articles.ingest.pipeline import parse_files
from articles.ingest.reading import read_text_file
from articles.ingest.records import ArticleRecord
from articles.ingest.topics import TopicMatcher
from articles.text.translit import fix_lookalikes

SPLITS = ("tune", "heldout")
ALWAYS_SCORED = (
    "title",
    "authors",
    "abstracts",
    "keywords",
    "kind",
    "language",
    "published",
    "is_fragment",
    "references_count",
)
# Scored only once the parser's record has such an attribute (the model does not have them yet).
OPTIONAL = ("doi", "volume", "issue", "pages", "journal", "udc", "translated_titles")
SIMILAR_RATIO = 0.9  # difflib ratio from which two normalised abstracts count as the same

_QUOTES = str.maketrans(dict.fromkeys("«»‹›“”„‟\"‘’‚‛'`´", '"'))
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")
_INITIALS = re.compile(r"(?:[^\W\d_]{1,2}\.-?)+[^\W\d_]?|[^\W\d_]")
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:?)")
_UDC_PREFIX = re.compile(r"^(?:удк|udc|әож):?")


class DevsetError(ValueError):
    """The development set is missing or inconsistent; the message says what."""


@dataclasses.dataclass
class DevText:
    id: str
    split: str
    path: Path
    gold: list[dict[str, Any]]


@dataclasses.dataclass
class FieldScore:
    name: str
    right: bool
    gold: Any
    parsed: Any


@dataclasses.dataclass
class RecordScore:
    text_id: str
    split: str
    position: int  # 1-based order of the gold record in its file
    matched: int | None  # 1-based position of the parsed record paired with it; None: no parsed record left
    fields: list[FieldScore]
    invented_title: bool


@dataclasses.dataclass
class DevsetReport:
    fields: list[str]
    records: list[RecordScore]
    parsed_records: dict[str, int]  # text id -> number of records the parser found
    characters: int = 0
    bytes: int = 0
    seconds: float = 0.0

    def _records(self, split: str) -> list[RecordScore]:
        return [r for r in self.records if split in ("all", r.split)]

    def accuracy(self, name: str | None = None, split: str = "all") -> tuple[int, int]:
        """(right, total) of one field, or of every field when name is None."""
        scores = [f for r in self._records(split) for f in r.fields if name in (None, f.name)]
        return sum(f.right for f in scores), len(scores)

    def invented_titles(self, split: str = "all") -> int:
        return sum(r.invented_title for r in self._records(split))

    def splits(self) -> list[str]:
        present = [s for s in SPLITS if self._records(s)]
        return present + ["all"] if len(present) > 1 else present or ["all"]

    def to_dict(self) -> dict[str, Any]:
        def cell(right: int, total: int) -> dict[str, Any]:
            return {"right": right, "total": total, "accuracy": round(right / total, 4) if total else None}

        splits = [*SPLITS, "all"]
        return {
            "fields": {n: {s: cell(*self.accuracy(n, s)) for s in splits} for n in self.fields},
            "overall": {s: cell(*self.accuracy(None, s)) for s in splits},
            "invented_titles": {s: self.invented_titles(s) for s in splits},
            "gold_records": {s: len(self._records(s)) for s in splits},
            "texts": len(self.parsed_records),
            "parsed_records": sum(self.parsed_records.values()),
            "characters": self.characters,
            "bytes": self.bytes,
            "seconds": round(self.seconds, 6),
            "mb_per_second": round(self.bytes / self.seconds / 1e6, 3) if self.seconds else None,
            "records": [
                {
                    "text": r.text_id,
                    "split": r.split,
                    "position": r.position,
                    "matched": r.matched,
                    "invented_title": r.invented_title,
                    "wrong": [{"field": f.name, "gold": f.gold, "parsed": f.parsed} for f in r.fields if not f.right],
                }
                for r in self.records
            ],
        }


def normalize(text: Any) -> str:
    """Case, whitespace, quote marks, invisible characters, compatibility forms and look-alike letters folded away.

    The gold copies the text byte for byte; the importer repairs look-alike letters (a Latin "x" or "ə" inside a
    Cyrillic word), which is the same word, not an error.
    """
    if text is None:
        return ""
    text = fix_lookalikes(unicodedata.normalize("NFKC", _INVISIBLE.sub("", str(text)))).translate(_QUOTES)
    return " ".join(text.casefold().split())


def author_key(name: str) -> tuple[tuple[str, ...], str]:
    """(name words in order, initials): "А.Б. Иванова", "Иванова А. Б." and "Иванова, А.Б." share a key."""
    tokens = re.sub(r"\.(?=[^\W\d_])", ". ", normalize(name)).replace(",", " ").split()
    initials = [t for t in tokens if _INITIALS.fullmatch(t)]
    words = tuple(t for t in tokens if not _INITIALS.fullmatch(t))
    return words, "".join(re.sub(r"[.\-]", "", t) for t in initials)


def similar(a: str, b: str) -> bool:
    """Equal, or (both non-empty and) a difflib ratio of at least SIMILAR_RATIO."""
    if a == b or not a or not b:
        return a == b
    m = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return all(ratio() >= SIMILAR_RATIO for ratio in (m.real_quick_ratio, m.quick_ratio, m.ratio))  # cheap ones first


def _per_language(value: Any, fold: Callable[[Any], Any]) -> dict[str, Any]:
    return {lang: folded for lang, item in (value or {}).items() if (folded := fold(item))}


def _same_abstracts(gold: Any, parsed: Any) -> bool:
    g, p = _per_language(gold, normalize), _per_language(parsed, normalize)
    return all(similar(g.get(lang, ""), p.get(lang, "")) for lang in g.keys() | p.keys())


def _same_published(gold: Any, parsed: Any) -> bool:
    g, p = normalize(gold), parsed.isoformat() if isinstance(parsed, datetime.date) else normalize(parsed)
    return p[: len(g)] == g if g else not p  # compared at the gold's precision: YYYY, YYYY-MM or YYYY-MM-DD


def _fold_code(pattern: re.Pattern[str]) -> Callable[[Any], str]:
    return lambda value: pattern.sub("", normalize(value).replace(" ", ""))


def _same_by(fold: Callable[[Any], Any]) -> Callable[[Any, Any], bool]:
    return lambda gold, parsed: fold(gold) == fold(parsed)


COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    **dict.fromkeys(("title", "kind", "language", "volume", "issue", "journal"), _same_by(normalize)),
    "authors": _same_by(lambda names: [author_key(n) for n in names or [] if normalize(n)]),
    "abstracts": _same_abstracts,
    "keywords": _same_by(
        lambda value: _per_language(value, lambda words: {normalize(w).rstrip(". ") for w in words or []} - {""})
    ),
    "published": _same_published,
    "is_fragment": _same_by(bool),
    "references_count": _same_by(lambda count: count or 0),
    "doi": _same_by(_fold_code(_DOI_PREFIX)),
    "pages": _same_by(lambda value: re.sub(r"[‐‑‒–—−]", "-", normalize(value).replace(" ", ""))),
    "udc": _same_by(_fold_code(_UDC_PREFIX)),
    "translated_titles": _same_by(lambda value: _per_language(value, normalize)),
}


def parsed_value(record: Any, name: str) -> Any:
    """The parsed record's value for a gold field, in plain (JSON) form."""
    if name == "references_count":
        return len(getattr(record, "references", None) or [])
    value = getattr(record, name, None)
    return value.isoformat() if isinstance(value, datetime.date) else value


def scored_fields(record_type: type = ArticleRecord) -> list[str]:
    """The always-scored fields, then each optional field the record type has."""
    names = {f.name for f in dataclasses.fields(record_type)} if dataclasses.is_dataclass(record_type) else set()
    return [*ALWAYS_SCORED, *(n for n in OPTIONAL if n in names or hasattr(record_type, n))]


def match_records(gold: Sequence[dict[str, Any]], parsed: Sequence[Any]) -> list[int | None]:
    """For each gold record, the index of its parsed record: greedy by similarity, then nearest in order.

    Records are compared by title; two records without one (items of a listing page) by their first abstract,
    then by their authors, so that a listing's items still pair with their own parsed records.
    """

    def identity(title: Any, abstracts: Any, authors: Any) -> str:
        if normalize(title):
            return normalize(title)
        first_abstract = next(iter((abstracts or {}).values()), "")
        return normalize(first_abstract)[:300] or normalize(" ".join(authors or []))

    def title_similarity(g: dict[str, Any], p: Any) -> float:
        a = identity(g.get("title"), g.get("abstracts"), g.get("authors"))
        b = identity(getattr(p, "title", None), getattr(p, "abstracts", None), getattr(p, "authors", None))
        return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() if a and b else 0.0

    result: list[int | None] = [None] * len(gold)
    for _, _, j, i in sorted(
        (-title_similarity(g, p), abs(i - j), j, i) for i, g in enumerate(gold) for j, p in enumerate(parsed)
    ):
        if result[i] is None and j not in result:
            result[i] = j
    return result


def score_record(gold: dict[str, Any], parsed: Any | None, fields: Sequence[str]) -> list[FieldScore]:
    """Every field of one gold record; a gold record with no parsed record is wrong on all of them."""
    if parsed is None:
        return [FieldScore(name, False, gold.get(name), None) for name in fields]
    pairs = [(name, gold.get(name), parsed_value(parsed, name)) for name in fields]
    return [FieldScore(name, COMPARE[name](expected, value), expected, value) for name, expected, value in pairs]


def score_text(text: DevText, parsed: Sequence[Any], fields: Sequence[str]) -> list[RecordScore]:
    scores = []
    for position, (gold, index) in enumerate(zip(text.gold, match_records(text.gold, parsed)), start=1):
        record, matched = (None, None) if index is None else (parsed[index], index + 1)
        invented = bool(normalize(getattr(record, "title", None))) and not normalize(gold.get("title"))
        scores.append(RecordScore(text.id, text.split, position, matched, score_record(gold, record, fields), invented))
    return scores


def score_texts(texts: Sequence[DevText], parsed: Mapping[str, Sequence[Any]], fields: Sequence[str]) -> DevsetReport:
    records = [score for text in texts for score in score_text(text, parsed.get(text.id, []), fields)]
    return DevsetReport(list(fields), records, {text.id: len(parsed.get(text.id, [])) for text in texts})


def load_devset(directory: Path, split: str = "all") -> list[DevText]:
    """The manifest's texts (of one split, or all), each with its gold records; DevsetError when inconsistent."""
    manifest, texts = directory / "MANIFEST.tsv", []
    if not manifest.is_file():
        raise DevsetError(f"{manifest}: no such file; --devset must name a folder with MANIFEST.tsv.")
    for row in csv.DictReader(manifest.read_text(encoding="utf-8").splitlines(), delimiter="\t"):
        if row.get("split") not in SPLITS or not row.get("id"):
            raise DevsetError(f"{manifest}: bad row {row!r} (needs an id and a split of {', '.join(SPLITS)}).")
        if split not in ("all", row["split"]):
            continue
        path, gold_path = directory / "texts" / f"{row['id']}.txt", directory / "gold" / f"{row['id']}.json"
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))["records"]
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise DevsetError(f"{gold_path}: no readable gold records ({error}).") from error
        if not path.is_file():
            raise DevsetError(f"{path}: the manifest lists this text but the file is missing.")
        texts.append(DevText(row["id"], row["split"], path, gold))
    if not texts:
        raise DevsetError(f"{manifest}: no texts in split {split!r}.")
    return texts


def run_devset(directory: Path, topics: TopicMatcher | None, split: str = "all") -> DevsetReport:
    """Parse every text of the split one file at a time with the real parser, and score it."""
    texts, parsed, characters, size, seconds = load_devset(directory, split), {}, 0, 0, 0.0
    for text in texts:
        content = read_text_file(text.path)  # raises UnreadableFile (a ValueError) or OSError
        start = time.perf_counter()
        parsed[text.id] = parse_files([(text.path.name, content)], topics)
        seconds += time.perf_counter() - start
        characters, size = characters + len(content), size + len(content.encode("utf-8"))
    report = score_texts(texts, parsed, scored_fields())
    report.characters, report.bytes, report.seconds = characters, size, seconds
    return report


def _shorten(value: Any, width: int) -> str:
    text = " ".join((value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(report: DevsetReport) -> str:
    splits = report.splits()

    def row(label: str, right_total: Callable[[str], tuple[int, int]]) -> str:
        cells = [f"{r}/{t} {100 * r / t:5.1f}%" if t else "—" for r, t in map(right_total, splits)]
        return f"{label:<20}" + "".join(f"{cell:>16}" for cell in cells)

    lines = [f"{'field':<20}" + "".join(f"{s + ' %':>16}" for s in splits)]
    lines += [row(name, functools.partial(report.accuracy, name)) for name in report.fields]
    lines.append(row("overall", lambda s: report.accuracy(None, s)))
    lines.append(f"{'invented titles':<20}" + "".join(f"{report.invented_titles(s):>16}" for s in splits))
    parsed, unmatched = sum(report.parsed_records.values()), sum(r.matched is None for r in report.records)
    lines.append(
        f"{len(report.parsed_records)} texts, {len(report.records)} gold records, {parsed} parsed records, "
        f"{unmatched} gold records with no parsed record"
    )
    per_second = 1e-6 / report.seconds if report.seconds else float("nan")
    lines.append(
        f"parse speed: {report.characters:,} characters ({report.bytes:,} bytes UTF-8) in {report.seconds:.3f}"
        f" s = {report.characters * per_second:.3f} M characters/s, {report.bytes * per_second:.3f} MB/s"
    )
    return "\n".join(lines)


def format_details(report: DevsetReport, width: int = 80) -> str:
    lines = []
    for record in report.records:
        if wrong := [f for f in record.fields if not f.right]:
            paired = "no parsed record" if record.matched is None else f"parsed record {record.matched}"
            lines.append(f"{record.text_id} [{record.split}] gold record {record.position} ↔ {paired}:")
            for f in wrong:
                lines += [
                    f"  {f.name}",
                    f"    gold:   {_shorten(f.gold, width)}",
                    f"    parsed: {_shorten(f.parsed, width)}",
                ]
    return "\n".join(lines)
