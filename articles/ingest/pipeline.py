"""From a file's text to records: the one entry point the import command calls."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache, partial

from articles.ingest.assemble import parse_single
from articles.ingest.journal import find_starts, parse_journal
from articles.ingest.layout import Line
from articles.ingest.news import is_news, parse_news
from articles.ingest.records import ArticleRecord
from articles.ingest.repair import Vocabulary, normalize_characters
from articles.ingest.single import has_labelled_head
from articles.ingest.topics import TopicMatcher
from articles.search.analyzer import stem


def build_vocabulary(texts: Iterable[str]) -> Vocabulary:
    # Remembered per import: the repair asks for the stems of the same words tens of thousands of times.
    return Vocabulary(texts, [lru_cache(maxsize=None)(partial(stem, language=code)) for code in ("kk", "ru", "en")])


def parse_text(text: str, file: str, vocabulary: Vocabulary) -> list[ArticleRecord]:
    """Every record one file holds, in order; `text` has been through normalize_characters."""
    lines = [Line(number, line) for number, line in enumerate(text.split("\n"), start=1)]
    if is_news(lines):
        return [parse_news(lines, file, vocabulary)]
    if find_starts(lines) and not has_labelled_head(lines):
        return parse_journal(lines, file, vocabulary)  # an issue dump, or an article without labels
    return [parse_single(lines, file, vocabulary)]


def parse_files(named_texts: list[tuple[str, str]], topics: TopicMatcher | None = None) -> list[ArticleRecord]:
    """Parse several files with one shared vocabulary; assign topics when a matcher is given."""
    normalized = [(name, normalize_characters(text)) for name, text in named_texts]
    vocabulary = build_vocabulary(text for _, text in normalized)
    records: list[ArticleRecord] = []
    for name, text in normalized:
        for record in parse_text(text, name, vocabulary):
            if topics is not None:
                record.topics = topics.assign(record)
            records.append(record)
    return records
