"""The fast paths of search and browse give what the plain ORM gives: ranked pages, rank vectors, cached facets."""

from __future__ import annotations

import math

from django.db import connection, transaction
from django.http import QueryDict
from django.test import TestCase, TransactionTestCase
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from articles.browse.service import browse
from articles.models import Article
from articles.models.search import SearchDocument
from articles.search.backends import get_backend, search_queryset
from articles.search.backends.base import ranked_words
from articles.search.query import parse_query
from articles.search.ranking import RANK_DIGITS, document_fields, document_impacts, impact_levels, level_score
from bench.corpus import generate_corpus
from bench.vocabulary import COMMON_WORDS
from tests.fixtures import PostgresTestCase


class RankedPagesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        generate_corpus(30, seed=4)

    def ranked(self, word: str, offset: int, limit: int):
        backend = get_backend()
        parsed = parse_query(word)
        return backend.ranked_ids(backend.match(Article.objects.published(), parsed), parsed, offset, limit)

    def test_pages_cut_by_the_database_cover_the_match_once_in_one_order(self):
        word = COMMON_WORDS["kk"]
        expected = set(search_queryset(Article.objects.published(), word)[0].values_list("pk", flat=True))
        self.assertGreater(len(expected), 10)
        whole, total = self.ranked(word, 0, 1000)
        self.assertEqual((set(whole), len(whole), total), (expected, len(expected), len(expected)))
        pages = []
        for offset in range(0, len(expected), 7):
            ids, total = self.ranked(word, offset, 7)
            self.assertEqual(total, len(expected))
            pages += ids
        self.assertEqual(pages, whole)
        self.assertEqual(self.ranked(word, len(expected), 7), ([], 0))

    def test_every_match_is_ranked_by_bm25f_over_the_stored_levels(self):
        # The order the database gives, recomputed here from each document's own terms: the levels of
        # articles.search.ranking, the best alternative per word, df over the whole index, then the date.
        query = f"{COMMON_WORDS['kk']} {COMMON_WORDS['ru'][:6]}*"
        parsed = parse_query(query)
        words = ranked_words(parsed)
        levels = {d.article_id: impact_levels(document_fields(d)) for d in SearchDocument.objects.all()}

        def level(terms: dict[str, int], word) -> int:
            found = [
                lv
                for term, lv in terms.items()
                for a in word.alternatives
                if (term.startswith(a) if word.prefix else term == a)
            ]
            return max(found, default=0)

        held = [{pk for pk, terms in levels.items() if level(terms, word)} for word in words]
        total = len(levels)
        idf = [math.log(1 + (total - len(h) + 0.5) / (len(h) + 0.5)) for h in held]
        matched = Article.objects.published().search(query).values_list("pk", "published")
        self.assertGreater(len(matched), 10)

        def key(row):
            pk, published = row
            score = sum(idf[i] * level_score(lv) for i, w in enumerate(words) if (lv := level(levels[pk], w)))
            return (-round(score, RANK_DIGITS), published is None, -(published.toordinal() if published else 0), -pk)

        expected = [pk for pk, _ in sorted(matched, key=key)]
        self.assertEqual(self.ranked(query, 0, 1000), (expected, len(expected)))
        self.assertGreater(len({key(row)[0] for row in matched}), 5, "the ranks differ: not all ties")

    def test_a_page_past_the_end_shows_the_last_one(self):
        word = COMMON_WORDS["kk"]
        last = browse(QueryDict(f"q={word}&page=999"), page_size=7)
        self.assertEqual(last.page.number, last.page.paginator.num_pages)
        self.assertTrue(last.rows)
        for number in ("0", "-3", "x", "1.5"):
            page = browse(QueryDict(f"q={word}&page={number}"), page_size=7).page
            self.assertIn(page.number, (1, page.paginator.num_pages), number)


class ImpactVectorTests(PostgresTestCase):
    @classmethod
    def setUpTestData(cls):
        generate_corpus(30, seed=4)

    def test_the_copied_impact_vector_holds_each_term_at_its_level(self):
        documents = list(SearchDocument.objects.all())
        self.assertGreater(len(documents), 20)
        with connection.cursor() as cursor:
            for document in documents:
                lexemes = [f"{level:02d}{term}" for term, level in document_impacts(document).items()]
                cursor.execute(
                    "SELECT impact = array_to_tsvector(%s::text[]) FROM articles_searchdocument WHERE article_id = %s",
                    [lexemes, document.article_id],
                )
                self.assertEqual(cursor.fetchone(), (True,), document.article_id)


class FacetCacheTests(TransactionTestCase):
    """Outside a transaction, as a page in production: the unfiltered counts come from the cache."""

    def setUp(self):
        generate_corpus(12, seed=6)

    def browse_facets(self, query: str = ""):
        with CaptureQueriesContext(connection) as queries:
            result = browse(QueryDict(query))
        return [(f.name, [(v.value, v.label, v.count) for v in f.values]) for f in result.facets], len(queries)

    def test_unfiltered_counts_are_cached_until_an_article_changes(self):
        first, first_queries = self.browse_facets()
        again, again_queries = self.browse_facets()
        self.assertEqual(first, again)
        # The facet statements are skipped; both make a MAX(updated).  PostgreSQL counts the column facets and the
        # three linked ones in four statements, SQLite in two (articles/browse/facets_sqlite.py).
        self.assertEqual(first_queries - again_queries, 2 if connection.vendor == "sqlite" else 4)
        with translation.override("ru"):
            russian, _ = self.browse_facets()
        self.assertEqual(
            [(n, [(v, c) for v, _, c in values]) for n, values in russian],
            [(n, [(v, c) for v, _, c in values]) for n, values in first],
        )
        article = Article.objects.published().first()
        article.kind = Article.Kind.INTERVIEW if article.kind != Article.Kind.INTERVIEW else Article.Kind.NEWS
        article.save()
        changed, changed_queries = self.browse_facets()
        self.assertEqual(changed_queries, first_queries)
        self.assertNotEqual(dict(changed)["kind"], dict(first)["kind"])
        # Filtered (and searched) pages are cached too, under the archive's version and what they select.
        filtered, filtered_queries = self.browse_facets("language=kk")
        filtered_again, filtered_again_queries = self.browse_facets("language=kk")
        self.assertEqual(filtered, filtered_again)
        self.assertEqual(filtered_queries - filtered_again_queries, 2 if connection.vendor == "sqlite" else 4)
        other, _ = self.browse_facets("language=ru")
        with transaction.atomic():  # nothing is cached inside a transaction: counted afresh
            self.assertEqual(other, self.browse_facets("language=ru")[0])
        research = Article.Kind.RESEARCH_ARTICLE
        article.kind = research if article.kind != research else Article.Kind.NEWS
        article.language = "kk"
        article.save()
        refiltered, _ = self.browse_facets("language=kk")
        with transaction.atomic():
            exact, _ = self.browse_facets("language=kk")
        self.assertEqual(refiltered, exact)
        self.assertNotEqual(dict(refiltered)["kind"], dict(filtered)["kind"])
