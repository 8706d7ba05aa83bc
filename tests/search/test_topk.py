"""The first pages from the top impact levels are exactly the full ranking's first pages."""

from __future__ import annotations

import datetime
import random
from unittest import mock
from urllib.parse import urlencode

from django.db import connection
from django.http import QueryDict
from django.test import SimpleTestCase

from articles.browse.filters import ArticleFilter
from articles.browse.service import browse
from articles.models import Article
from articles.search.backends import get_backend, postgres_topk, topk
from articles.search.query import parse_query
from articles.search.ranking import LEVELS
from bench.corpus import generate_corpus
from bench.vocabulary import COMMON_WORDS, vocabularies
from tests.fixtures import PostgresTestCase


class InMemoryArchive:
    """Articles with random levels per word, some filtered out, many ties: the probes over Python lists."""

    def __init__(self, seed: int, articles: int, words: int) -> None:
        rng = random.Random(seed)
        self.levels: dict[int, list[int]] = {}
        self.published: dict[int, datetime.date | None] = {}
        for pk in range(1, articles + 1):
            # Most levels low (a passing mention), a few high; some words missing.
            self.levels[pk] = [
                0 if rng.random() < 0.2 else min(LEVELS, int(rng.expovariate(0.35)) + 1) for _ in range(words)
            ]
            self.published[pk] = None if rng.random() < 0.1 else datetime.date(2000 + rng.randrange(3), 1, 1)
        self.hidden = {pk for pk in self.levels if rng.random() < 0.3}  # filtered out by a facet
        self.weights = [rng.uniform(0.1, 3.0) for _ in range(words)]

    def probes(self) -> topk.TopKProbes:
        def levels(word: int, low: int, high: int) -> list[tuple[int, int, int]]:
            return [(pk, word, found[word]) for pk, found in self.levels.items() if low <= found[word] <= high]

        def exact(ids: list[int], highs: list[int]) -> list[tuple[int, int, int]]:
            return [(pk, w, lv) for pk in ids for w, lv in enumerate(self.levels[pk]) if 0 < lv <= highs[w]]

        def kept(ids: list[int]) -> list[tuple[int, datetime.date | None]]:
            return [(pk, self.published[pk]) for pk in ids if pk not in self.hidden]

        return topk.TopKProbes(levels, exact, kept)

    def full_order(self) -> list[int]:
        state = topk.TopK(self.weights)
        matches = [pk for pk, found in self.levels.items() if all(found) and pk not in self.hidden]
        ranked = []
        for pk in matches:
            ranked.append(
                (pk, topk.Candidate(self.levels[pk], state.score(self.levels[pk]), published=self.published[pk]))
            )
        return [pk for pk, _ in sorted(ranked, key=lambda c: topk.order_key(*c))]


class TopKAlgorithmTests(SimpleTestCase):
    def test_the_first_k_equal_the_full_order_for_every_k(self):
        for seed in range(6):
            archive = InMemoryArchive(seed, articles=3000, words=1 + seed % 3)
            full = archive.full_order()
            for need in (1, 10, 20, 57, 200):
                with self.subTest(seed=seed, need=need):
                    self.assertEqual(topk.top_ranked(archive.weights, need, archive.probes()), full[:need])

    def test_fewer_matches_than_asked_gives_them_all(self):
        archive = InMemoryArchive(7, articles=40, words=2)
        self.assertEqual(topk.top_ranked(archive.weights, 200, archive.probes()), archive.full_order())

    def test_a_rare_word_read_to_its_end_stops_the_search(self):
        # 15 articles hold both words, 20 are asked for: once the rare word is read to level 1 every match
        # has been seen, and the common word's lower levels are never read.
        archive = InMemoryArchive(10, articles=4000, words=2)
        for pk, found in archive.levels.items():
            found[0] = 0 if pk > 15 else found[0] or 1
            found[1] = found[1] or 1
        archive.weights = [5.0, 0.1]
        asked: list[int] = []
        probes = archive.probes()
        levels = probes.levels
        probes.levels = lambda word, low, high: asked.append(word) or levels(word, low, high)  # type: ignore[func-returns-value]
        self.assertEqual(topk.top_ranked(archive.weights, 20, probes), archive.full_order()[:20])
        self.assertEqual(asked.count(0), LEVELS // topk.BAND)
        self.assertLess(asked.count(1), LEVELS // topk.BAND)

    def test_narrow_filters_hand_over_after_a_few_queries(self):
        archive = InMemoryArchive(11, articles=3000, words=2)
        archive.hidden = set(archive.levels) - {7}
        probes = archive.probes()
        kept = probes.kept
        calls: list[int] = []
        probes.kept = lambda ids: calls.append(len(ids)) or kept(ids)  # type: ignore[func-returns-value]
        # The right answer (or a hand-over to the full ranking), at a bounded number of filter queries: at most
        # FILTER_QUERIES_MAX in a round that gives up, after about one a round before it.
        self.assertIn(topk.top_ranked(archive.weights, 20, probes), (None, archive.full_order()[:20]))
        rounds = 2 * LEVELS // topk.BAND
        self.assertLessEqual(len(calls), topk.FILTER_QUERIES_MAX + rounds)
        self.assertLess(len(calls), 3 * topk.FILTER_QUERIES_MAX)

    def test_too_many_candidates_hands_over_to_the_full_ranking(self):
        archive = InMemoryArchive(8, articles=3000, words=2)
        with mock.patch.object(topk, "CANDIDATES_MAX", 50):
            self.assertIsNone(topk.top_ranked(archive.weights, 200, archive.probes()))

    def test_the_first_rounds_read_only_the_top_levels(self):
        archive = InMemoryArchive(9, articles=3000, words=1)
        asked: list[tuple[int, int]] = []
        probes = archive.probes()
        levels = probes.levels
        probes.levels = lambda word, low, high: asked.append((low, high)) or levels(word, low, high)  # type: ignore[func-returns-value]
        self.assertEqual(topk.top_ranked(archive.weights, 10, probes), archive.full_order()[:10])
        self.assertLess(len(asked), LEVELS // topk.BAND, "stopped before the lowest levels")
        self.assertEqual(asked[0], (LEVELS - topk.BAND + 1, LEVELS))


class TopKOnPostgresTests(PostgresTestCase):
    """On a generated archive: the top-k pages, counts and filters against the database's full ranking."""

    @classmethod
    def setUpTestData(cls):
        generate_corpus(400, seed=11)

    def pages(self, text: str, params: dict[str, str], offset: int, limit: int):
        filterset = ArticleFilter(QueryDict(urlencode({"q": text, **params})), queryset=Article.objects.published())
        filterset.errors  # noqa: B018
        matched, unmatched = filterset.queryset_without(None), filterset.queryset_without("q")
        backend, parsed = get_backend(), parse_query(text)
        full = backend.ranked_ids(matched, parsed, offset, limit)
        # This small archive would be ranked in full (TOP_K_FROM); the top-k path is asked for here.
        ranked_in_full = mock.patch.object(type(backend), "ranked_sql", side_effect=AssertionError("ranked in full"))
        with ranked_in_full, mock.patch.object(postgres_topk, "TOP_K_FROM", 0):
            fast = backend.ranked_ids(matched, parsed, offset, limit, unmatched)
        return fast, full

    def test_top_pages_equal_the_full_ranking(self):
        words = [w for w in vocabularies()["kk"].words[:400] if len(w) > 4]
        common = COMMON_WORDS["kk"]
        phrase = f'"{common} {words[1]}"'
        queries = [common, f"{common} {words[40]}", words[120], f"{words[5][:4]}*", words[300], phrase]
        for text in queries:
            for params in ({}, {"kind": "research_article"}, {"language": "kk"}):
                for offset, limit in ((0, 20), (20, 20), (0, 5), (180, 20)):
                    with self.subTest(text=text, params=params, offset=offset):
                        (fast, counted), (full, total) = self.pages(text, params, offset, limit)
                        self.assertEqual(fast, full)
                        if full:  # past the end the full ranking says 0; a known match size may be given there
                            self.assertIn(counted, (None, total))  # None: the caller counts (browse.service)
            self.assertGreater(self.pages(text, {}, 0, 20)[1][1], 0, f"{text} matches nothing")
        (fast, _), (_, total) = self.pages(COMMON_WORDS["kk"], {}, 0, 20)
        self.assertEqual(len(fast), 20)
        self.assertGreater(total, 100)

    def test_ranks_round_as_the_database_rounds_them(self):
        rng = random.Random(3)
        values = [rng.uniform(0, 40) for _ in range(2000)] + [0.1234567885, 2.0000000005, 1.9999999995, 0.0]
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT CAST(ROUND(CAST(v AS numeric), 9) AS double precision) FROM unnest(%s::float8[]) v", [values]
            )
            rounded = [row[0] for row in cursor.fetchall()]
        self.assertEqual([topk.rounded_rank(v) for v in values], rounded)


class EstimatedCountOnPostgresTests(PostgresTestCase):
    """Above ARCHIVE_FACET_EXACT_UP_TO matches the count is estimated from a sample, and says so."""

    @classmethod
    def setUpTestData(cls):
        generate_corpus(300, seed=12)

    def test_a_large_match_is_counted_from_a_sample_and_marked(self):
        common = COMMON_WORDS["kk"]
        exact = Article.objects.published().search(common).count()
        self.assertGreater(exact, 200)
        with self.settings(ARCHIVE_FACET_EXACT_UP_TO=100), mock.patch.object(postgres_topk, "TOP_K_FROM", 0):
            result = browse(QueryDict(urlencode({"q": common})))
            page = self.client.get("/en/articles/", {"q": common})
            api = self.client.get("/api/articles/", {"q": common}).json()
        self.assertTrue(result.count_estimated)
        self.assertLess(abs(result.count - exact), exact * 0.25, (result.count, exact))
        self.assertEqual(len(result.rows), 20)
        self.assertContains(page, f"About {result.count} articles")
        self.assertEqual((api["count"], api["count_estimated"]), (result.count, True))

    def test_a_small_match_is_counted_exactly(self):
        rare = vocabularies()["kk"].words[300]
        exact = Article.objects.published().search(rare).count()
        with self.settings(ARCHIVE_FACET_EXACT_UP_TO=exact):
            result = browse(QueryDict(urlencode({"q": rare})))
        self.assertEqual((result.count, result.count_estimated), (exact, False))
