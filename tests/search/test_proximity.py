"""Proximity (issue 15): neighbouring words of titles and abstracts as impact pairs, optional terms of a query.

The ranking tests run under SQLite and PostgreSQL: both must give the order computed here from each
document's own terms.
"""

from __future__ import annotations

import datetime
import math
import random
from urllib.parse import urlencode

from django.core.management import call_command
from django.http import QueryDict
from django.test import SimpleTestCase, TestCase

from articles.browse.service import browse
from articles.models import Article
from articles.models.search import SearchDocument
from articles.search.backends import get_backend, topk
from articles.search.backends.base import ranked_pairs, ranked_words
from articles.search.index import rebuild_index
from articles.search.query import parse_query
from articles.search.ranking import (
    LEVELS,
    PAIR_MARK,
    PAIR_WEIGHT,
    RANK_DIGITS,
    document_fields,
    impact_levels,
    level_score,
    pair_levels,
)
from tests.search.test_topk import InMemoryArchive

EMPTY = ("", "")


class PairLevelTests(SimpleTestCase):
    def test_titles_and_abstracts_pair_their_neighbours_stepping_over_function_words(self):
        fields = {
            "title": ("шекаралык ынтымактастык жане еаэо", "shekaralik intimaktastik jane eaeo"),
            "abstract": ("border cooper of the eaeu", "border cooper of the eaeu"),
            "body": ("су ресурс су ресурс", "su resurs su resurs"),
        }
        pairs = pair_levels(fields)
        self.assertEqual(
            set(pairs),
            {
                "_шекаралык_ынтымактастык",
                "_ынтымактастык_еаэо",  # "және" stepped over
                "_shekaralik_intimaktastik",
                "_intimaktastik_eaeo",
                "_border_cooper",
                "_cooper_eaeu",  # "of the" stepped over; Latin text is its own shadow
            },
        )
        self.assertTrue(all(1 <= level <= LEVELS for level in pairs.values()))
        self.assertFalse(any(term.startswith(PAIR_MARK) for term in impact_levels(fields)))

    def test_a_pair_in_the_title_weighs_more_than_in_a_long_abstract(self):
        in_title = pair_levels({"title": ("су ресурс", "su resurs"), "abstract": EMPTY, "body": EMPTY})
        in_abstract = pair_levels({"title": EMPTY, "abstract": ("су ресурс " + "соз " * 200, "x"), "body": EMPTY})
        self.assertGreater(in_title["_су_ресурс"], in_abstract["_су_ресурс"])

    def test_a_query_pairs_neighbouring_words_not_across_exclusions_or_prefixes(self):
        self.assertEqual(ranked_pairs(parse_query("ресурс")), [])
        self.assertEqual(len(ranked_pairs(parse_query("су ресурстары"))), 1)
        self.assertEqual(len(ranked_pairs(parse_query("су -ресурс ресурстары"))), 0)
        self.assertEqual(len(ranked_pairs(parse_query("су ресур* елдер"))), 0)
        # A phrase's words stand together in every match: its own pairs are not probed, nor across it.
        self.assertEqual(len(ranked_pairs(parse_query('"су ресурстары" елдер'))), 0)
        self.assertEqual(len(ranked_pairs(parse_query('"су ресурстары" Орталық Азия'))), 1)
        # Function words are dropped by the parser and stepped over by the index alike.
        (pair,) = ranked_pairs(parse_query("языка в России"))
        self.assertIn("_язык_росс", pair)
        self.assertTrue(all(key.startswith(PAIR_MARK) for pair in ranked_pairs(parse_query("a b c d")) for key in pair))


class OptionalWordsArchive(InMemoryArchive):
    """Articles with levels per word; the words after ``required`` are optional (pairs), often absent.

    Its probes are InMemoryArchive's; only the levels, the weights and the full order differ."""

    def __init__(self, seed: int, articles: int, required: int, optional: int) -> None:
        rng = random.Random(seed)
        self.required = required
        self.levels = {
            pk: [0 if rng.random() < 0.15 else min(LEVELS, int(rng.expovariate(0.35)) + 1) for _ in range(required)]
            + [0 if rng.random() < 0.9 else rng.randint(1, LEVELS) for _ in range(optional)]
            for pk in range(1, articles + 1)
        }
        self.published = {
            pk: None if rng.random() < 0.1 else datetime.date(2001, 1, rng.randint(1, 28)) for pk in self.levels
        }
        self.hidden = {pk for pk in self.levels if rng.random() < 0.3}
        self.weights = [rng.uniform(0.1, 3.0) for _ in range(required)] + [
            PAIR_WEIGHT * rng.uniform(2.0, 6.0) for _ in range(optional)
        ]

    def full_order(self) -> list[int]:
        matches = [
            (pk, self.published[pk])
            for pk, found in self.levels.items()
            if all(found[: self.required]) and pk not in self.hidden
        ]
        rows = [(pk, w, lv) for pk, _ in matches for w, lv in enumerate(self.levels[pk]) if lv]
        return topk.rank_all(self.weights, matches, rows)


class TopKWithPairsTests(SimpleTestCase):
    def test_ranking_known_matches_for_a_page_gives_the_head_of_the_full_order(self):
        """rank_all(need=k) rounds only the matches near the k-th: its head must be the full order's."""
        for seed in range(4):
            archive = OptionalWordsArchive(seed, articles=2500, required=1 + seed % 3, optional=1 + seed % 2)
            full = archive.full_order()
            matches = [(pk, archive.published[pk]) for pk in full]
            rows = [(pk, w, lv) for pk, _ in matches for w, lv in enumerate(archive.levels[pk]) if lv]
            for need in (1, 7, 20, 200, len(full) + 5):
                with self.subTest(seed=seed, need=need):
                    self.assertEqual(topk.rank_all(archive.weights, matches[::-1], rows, need), full[:need])

    def test_the_first_k_equal_the_full_order_with_optional_pairs(self):
        for seed in range(6):
            archive = OptionalWordsArchive(seed, articles=2500, required=1 + seed % 3, optional=1 + seed % 2)
            full = archive.full_order()
            for need in (1, 10, 20, 200):
                with self.subTest(seed=seed, need=need):
                    found = topk.top_ranked(archive.weights, need, archive.probes(), archive.required)
                    self.assertEqual(found, full[:need])

    def test_an_article_lacking_every_pair_still_matches(self):
        archive = OptionalWordsArchive(5, articles=30, required=2, optional=1)
        for found in archive.levels.values():
            found[2] = 0
        self.assertEqual(topk.top_ranked(archive.weights, 200, archive.probes(), 2), archive.full_order())


class ProximityRankingTests(TestCase):
    """The seeds: the order of a multi-word query is BM25F of its words plus its pairs, on either database."""

    @classmethod
    def setUpTestData(cls):
        call_command("import_texts", verbosity=0)
        rebuild_index()

    def expected_order(self, text: str) -> list[int]:
        parsed = parse_query(text)
        words, pairs = ranked_words(parsed), ranked_pairs(parsed)
        documents = {d.article_id: document_fields(d) for d in SearchDocument.objects.all()}
        words_of = {pk: impact_levels(fields) for pk, fields in documents.items()}
        pairs_of = {pk: pair_levels(fields) for pk, fields in documents.items()}

        def word_level(pk: int, term) -> int:
            held = words_of[pk]
            if term.prefix:
                return max((lv for t, lv in held.items() for a in term.alternatives if t.startswith(a)), default=0)
            return max((held.get(a, 0) for a in term.alternatives), default=0)

        def pair_level(pk: int, pair: tuple[str, ...]) -> int:
            return max(pairs_of[pk].get(key, 0) for key in pair)

        total = len(documents)

        def idf(held: int) -> float:
            return math.log(1 + (total - held + 0.5) / (held + 0.5))

        word_idf = [idf(sum(1 for pk in documents if word_level(pk, w))) for w in words]
        pair_idf = [PAIR_WEIGHT * idf(sum(1 for pk in documents if pair_level(pk, p))) for p in pairs]
        matched = Article.objects.published().search(text).values_list("pk", "published")

        def key(row):
            pk, published = row
            score = sum(w * level_score(lv) for w, t in zip(word_idf, words) if (lv := word_level(pk, t)))
            score += sum(w * level_score(lv) for w, p in zip(pair_idf, pairs) if (lv := pair_level(pk, p)))
            return (-round(score, RANK_DIGITS), published is None, -(published.toordinal() if published else 0), -pk)

        return [pk for pk, _ in sorted(matched, key=key)]

    def ranked(self, text: str) -> list[int]:
        backend, parsed = get_backend(), parse_query(text)
        return backend.ranked_ids(backend.match(Article.objects.published(), parsed), parsed, 0, 1000)[0]

    def test_the_database_order_adds_the_pairs_to_the_words(self):
        for text in ("Қазақстан Республикасы", "Қазақстан сыртқы саясаты", "экологиялық қауіпсіздік", "Қазақ* саясат"):
            with self.subTest(text=text):
                expected = self.expected_order(text)
                self.assertGreater(len(expected), 1)
                self.assertEqual(self.ranked(text), expected)

    def test_pairs_only_add_score_never_matches(self):
        with_pair = set(Article.objects.published().search("Қазақстан Республикасы").values_list("pk", flat=True))
        both = set(Article.objects.published().search("Қазақстан").values_list("pk", flat=True)) & set(
            Article.objects.published().search("Республикасы").values_list("pk", flat=True)
        )
        self.assertEqual(with_pair, both)

    def test_the_ecology_record_still_leads_its_topic(self):
        first = browse(QueryDict(urlencode({"q": "экологиялық қауіпсіздік"}))).rows[0].article
        self.assertEqual(first.import_key, "001_e992054235325fab.txt#2")
