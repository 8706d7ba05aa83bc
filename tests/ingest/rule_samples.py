"""Helpers of the general-rule tests: parse a sample text as the import does."""

from __future__ import annotations

from articles.ingest.bylines import names_in
from articles.ingest.pipeline import parse_files
from articles.ingest.records import ArticleRecord


def parse(text: str) -> list[ArticleRecord]:
    return parse_files([("sample.txt", text)])


def one(text: str) -> ArticleRecord:
    records = parse(text)
    assert len(records) == 1, records
    return records[0]


def is_name(part: str) -> bool:
    return len(names_in(part)) == 1
