"""From a file's text to records: the one entry point the import command calls."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache

from articles.ingest.assemble import parse_single
from articles.ingest.contents import (
    BLOCK_SEPARATORS,
    CITED_ISSUE_RE,
    ITEM_CLOSER_RE,
    join_name_blocks,
    split_contents,
    split_listed_items,
    split_listing,
)
from articles.ingest.journal import KEYWORDS_RE, find_starts, parse_journal
from articles.ingest.layout import Line
from articles.ingest.news import is_saved_news_page, parse_news
from articles.ingest.records import ArticleRecord
from articles.ingest.repair import Vocabulary, normalize_characters
from articles.ingest.single import has_labelled_head
from articles.ingest.topics import TopicMatcher
from articles.search.analyzer import language_list_stemmer, language_stemmer


def build_vocabulary(texts: Iterable[str]) -> Vocabulary:
    # Remembered per import: the repair asks for the stems of the same words tens of thousands of times.
    languages = ("kk", "ru", "en")
    stemmers: list[Callable[[str], str]] = [lru_cache(maxsize=None)(language_stemmer(code)) for code in languages]
    return Vocabulary(texts, stemmers, [language_list_stemmer(code) for code in languages])


def parse_text(text: str, file: str, vocabulary: Vocabulary) -> list[ArticleRecord]:
    """Every record one file holds, in order; `text` has been through normalize_characters."""
    lines = [Line(number, line) for number, line in enumerate(text.split("\n"), start=1)]
    if is_saved_news_page(lines):
        return [parse_news(lines, file, vocabulary)]
    starts = find_starts(lines)
    if starts and not has_labelled_head(lines) and (len(starts) > 1 or starts[0].index > 0 or has_keywords(lines)):
        # An issue dump (several articles, or one cut at its start), or a journal article without labels
        # but with its keywords: the journal parser reads abstracts by their place.
        return parse_journal(lines, file, vocabulary)
    if any(separator in text for separator in BLOCK_SEPARATORS):
        lines = join_name_blocks(lines)  # "Abdulkadir Ozturk ◽" / "Huseyin Yildiz ◽" / "Ishil Arslan": one byline
        listing = split_listing(lines)  # papers listed each under the same citation block: one record a paper
        if listing:
            records = [parse_single(chunk, file, vocabulary, position) for position, chunk in enumerate(listing, 1)]
            if all(CITED_ISSUE_RE.search(" ".join(line.text for line in chunk)) for chunk in listing):
                for record in records:
                    record.kind = "research_article"  # each under a volume and pages: a journal's papers
            return records
    items = split_listed_items(lines) if ITEM_CLOSER_RE.search(text) else None
    if items:
        # A journal archive's listing: the page's head names the journal once for all its items.
        records = [parse_single(chunk, file, vocabulary, position) for position, chunk in enumerate(items, 1)]
        for record in records:
            record.journal = record.journal or records[0].journal
            record.kind = "research_article"  # "Number of the journal: …": a journal's papers
        return records
    contents = split_contents(lines)
    if contents:
        # An issue's contents page: each article parsed alone, with the issue its head gives.
        articles, facts = contents
        records = [parse_single(chunk, file, vocabulary, position) for position, chunk in enumerate(articles, 1)]
        for record in records:
            record.volume = record.volume or facts.get("volume")
            record.issue = record.issue or facts.get("issue")
        return records
    return [parse_single(lines, file, vocabulary)]


def has_keywords(lines: list[Line]) -> bool:
    return any(KEYWORDS_RE.match(line.text) for line in lines)


def parse_files(
    named_texts: list[tuple[str, str]],
    topics: TopicMatcher | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[ArticleRecord]:
    """Parse several files with one shared vocabulary; assign topics when a matcher is given."""
    normalized = [(name, normalize_characters(text)) for name, text in named_texts]
    vocabulary = build_vocabulary(text for _, text in normalized)
    records: list[ArticleRecord] = []
    with _long_lived_frozen():
        for done, (name, text) in enumerate(normalized, start=1):
            if progress:
                progress(done, len(normalized))
            for record in parse_text(text, name, vocabulary):
                if topics is not None:
                    record.topics = topics.assign(record)
                records.append(record)
    return records


@contextmanager
def _long_lived_frozen() -> Iterator[None]:
    """Objects alive now (the vocabulary, the texts, dateparser's language data, every module's objects) live
    through the parse: the collector leaves them out of its walks till it ends.

    Otherwise a full collection in the middle of a parse walks them all (some 3% of its time).  Objects made
    during the parse are collected as ever; cyclic garbage among the frozen ones waits for the parse's end.
    A caller's own freeze (a server's, before it forks) is left as it is: gc.unfreeze() would undo it.
    """
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
