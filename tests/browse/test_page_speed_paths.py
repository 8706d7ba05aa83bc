"""The cheap paths of the serving code give what the plain ones gave: snippets, facet links, year counts, SQL."""

from __future__ import annotations

import random

from django.db import connection
from django.db.models import Count
from django.http import QueryDict
from django.test import SimpleTestCase
from django.test.utils import CaptureQueriesContext

from articles.browse.facets import YEAR_COLUMN, _year_of, toggle_href
from articles.models import Article
from articles.search.query import parse_query
from articles.search.snippets import _RAW_WORD, SCAN_BATCH, SNIPPET_WORDS, Matcher, _scan, _window_of, mark
from tests.browse.helpers import SeedArchiveTestCase


def _plain_scan(text: str, language: str | None, matcher: Matcher | None, size: int | None):
    """The scan word by word, as it was written first: what the batched _scan must give."""
    spans, found, seen, stop_at = [], [], set(), None
    for m in _RAW_WORD.finditer(text):
        index = len(spans)
        if stop_at is not None and index > stop_at:
            break
        spans.append(m.span())
        word = matcher.match(m.group(), language) if matcher else None
        if word:
            found.append((m.start(), m.end(), index, word))
            seen.add(word)
            if matcher and size is not None and stop_at is None and len(seen) == len(matcher.words):
                for _, _, i, _ in found:
                    start, end = _window_of(i, size)
                    if len({w for _, _, j, w in found if start <= j <= end}) == len(matcher.words):
                        stop_at = end
                        break
    if matcher is None and size is not None:
        spans = spans[:size]  # without a matcher only the opening window is read
    return spans, found, len(seen)


class BatchedScanTests(SimpleTestCase):
    def test_the_batched_scan_equals_the_word_by_word_scan(self):
        rng = random.Random(7)
        vocabulary = ["cooperation", "cooperative", "trade", "border", "Kazakhstan", "Russia", "peace", "the", "of"]
        queries = ["cooperation", "trade border", "coop*", '"trade border"', "peace -war", "missing words", "Russia of"]
        for length in (0, 5, SNIPPET_WORDS, SCAN_BATCH - 1, SCAN_BATCH, SCAN_BATCH + 1, 3 * SCAN_BATCH + 17, 1500):
            text = " ".join(rng.choice(vocabulary) for _ in range(length))
            for query in queries:
                matcher = Matcher(parse_query(query))
                for size in (None, SNIPPET_WORDS):
                    with self.subTest(length=length, query=query, size=size):
                        self.assertEqual(_scan(text, "en", matcher, size), _plain_scan(text, "en", matcher, size))
            with self.subTest(length=length, matcher=None):
                self.assertEqual(_scan(text, "en", None, SNIPPET_WORDS), _plain_scan(text, "en", None, SNIPPET_WORDS))

    def test_a_text_without_a_match_shows_its_opening(self):
        text = " ".join(f"word{i}" for i in range(400))
        pieces, count = mark(text, "en", Matcher(parse_query("absent")), size=SNIPPET_WORDS)
        self.assertEqual(count, 0)
        self.assertEqual(pieces, ((" ".join(f"word{i}" for i in range(SNIPPET_WORDS)), False), ("…", False)))


class ToggleHrefTests(SimpleTestCase):
    def test_links_are_those_of_the_query_dict(self):
        def plain(params: QueryDict, name: str, selected: list[str], value: str) -> str:
            query = params.copy()
            query.setlist(name, [v for v in selected if v != value] if value in selected else [*selected, value])
            query.pop("page", None)
            return "?" + query.urlencode()

        for raw in ("", "q=a+b&page=2", "language=kk&q=%22x+y%22&language=ru", "page=3&topic=eu&q=Тоқаев &=", "q="):
            params = QueryDict(raw)
            for name in ("language", "topic", "q"):
                selected = params.getlist(name)
                for value in ("kk", "eu", "Қ é&=", *selected):
                    with self.subTest(raw=raw, name=name, value=value):
                        expected = plain(params, name, selected, value)
                        self.assertEqual(toggle_href(params, name, selected, value), expected)


class FacetQueryTests(SeedArchiveTestCase):
    def test_the_year_column_counts_as_published_year_does(self):
        articles = Article.objects.published().order_by()
        plain = dict(articles.values_list("published__year").annotate(n=Count("pk")))
        cheap = dict(
            articles.annotate(**{YEAR_COLUMN: _year_of(articles.db)}).values_list(YEAR_COLUMN).annotate(n=Count("pk"))
        )
        self.assertEqual(cheap, plain)
        self.assertIn(None, cheap)  # the undated fragments

    def test_slug_filters_match_an_unordered_subquery(self):
        # The link models' default ordering once joined each linked article's row into the subquery to sort it.
        with CaptureQueriesContext(connection) as queries:
            self.client.get("/api/articles/", {"topic": "central-asia", "abstract_language": "en"})
        for query in queries.captured_queries:
            self.assertNotIn("ORDER BY U", query["sql"])

    def test_untitled_fragments_are_found_by_an_indexable_condition(self):
        # SQLite matches no index to a bare boolean column ("is_fragment"): every published row was read.
        with CaptureQueriesContext(connection) as queries:
            self.client.get("/en/articles/")
        first = queries.captured_queries[0]["sql"]
        self.assertRegex(first, r'"is_fragment" IN \(')
