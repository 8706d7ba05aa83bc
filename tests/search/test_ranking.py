"""Relevance over every match (issue 15): the body counts, undated articles rank, one order everywhere.

Run under SQLite and PostgreSQL: the same expectations hold on both, so
both databases put the same articles first.
"""

from __future__ import annotations

import json
from datetime import date
from urllib.parse import urlencode

from django.core.management import call_command
from django.db import connection
from django.db.models import F
from django.http import QueryDict
from django.test import TestCase

from articles.browse.service import browse
from articles.models import Abstract, Article
from articles.models.search import SearchDocument, SqliteImpactRow
from articles.search.backends import get_backend, search_queryset
from articles.search.index import index_articles, rebuild_index, remove_articles
from articles.search.query import parse_query
from articles.search.ranking import LEVELS, impact_levels, level_of, level_score
from bench.corpus import generate_corpus
from bench.vocabulary import COMMON_WORDS

ECOLOGY = "001_e992054235325fab.txt#2"  # the seed article about ecological security, words only in its body


def ranked_ids(text: str) -> list[int]:
    backend = get_backend()
    parsed = parse_query(text)
    return backend.ranked_ids(backend.match(Article.objects.published(), parsed), parsed, 0, 1000)[0]


class SeedRankingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("import_texts", verbosity=0)
        rebuild_index()
        cls.ecology = Article.objects.get(import_key=ECOLOGY)

    def test_an_article_about_the_words_ranks_above_passing_mentions(self):
        # Its title and abstracts hold neither word; its body holds both, many times.
        first = browse(QueryDict(urlencode({"q": "экологиялық қауіпсіздік"}))).rows[0].article
        self.assertEqual(first.pk, self.ecology.pk)
        self.assertNotIn("экологиялық", self.ecology.title.lower())
        self.assertGreater(len(ranked_ids("экологиялық қауіпсіздік")), 2)

    def test_every_document_has_its_impact_tokens_and_loses_them_with_it(self):
        def stored() -> set[int]:
            if connection.vendor == "sqlite":
                return set(SqliteImpactRow.objects.values_list("rowid", flat=True))
            return set(SearchDocument.objects.filter(impact__isnull=False).values_list("article_id", flat=True))

        documents = set(SearchDocument.objects.values_list("article_id", flat=True))
        self.assertEqual(stored(), documents)
        remove_articles([self.ecology.pk])
        self.assertEqual(stored(), documents - {self.ecology.pk})
        self.assertNotIn(self.ecology.pk, ranked_ids("экологиялық қауіпсіздік"))

    def test_the_annotation_orders_as_the_pages_do(self):
        for text in ("экологиялық қауіпсіздік", "Қазақстан", "ынтымақ*", "Toqaev", '"Қазақстан Республикасы"'):
            found, _ = search_queryset(Article.objects.published(), text)
            by_annotation = list(
                found.order_by("-search_rank", F("published").desc(nulls_last=True), "-pk").values_list("pk", flat=True)
            )
            self.assertEqual(by_annotation, ranked_ids(text), text)


class UndatedRankingTests(TestCase):
    """An undated article is ranked like any other: by its words, not last."""

    @classmethod
    def setUpTestData(cls):
        cls.undated = Article.objects.create(
            slug="undated", language="en", title="Water diplomacy in Central Asia", body="Rivers and treaties."
        )
        cls.dated = []
        for n in range(3):
            article = Article.objects.create(
                slug=f"dated-{n}",
                language="en",
                title=f"Annual review {n}",
                body="Trade, transport and, once, water.",
                published=date(2024, 1, n + 1),
            )
            Abstract.objects.create(article=article, language="en", text="A review of the year's agreements.")
            cls.dated.append(article)
        index_articles([cls.undated.pk, *(a.pk for a in cls.dated)])

    def test_the_undated_title_match_comes_first(self):
        ids = ranked_ids("water")
        self.assertEqual(ids, [self.undated.pk, *(a.pk for a in reversed(self.dated))])


class ImpactLevelTests(TestCase):
    def test_levels_grow_with_frequency_and_field_weight_and_fall_with_length(self):
        body = {"title": ("", ""), "abstract": ("", "")}
        once = impact_levels({**body, "body": ("су " + "сөз " * 299, "su " + "soz " * 299)})
        often = impact_levels({**body, "body": ("су " * 20 + "сөз " * 280, "su " * 20 + "soz " * 280)})
        longer = impact_levels({**body, "body": ("су " + "сөз " * 5999, "su " + "soz " * 5999)})
        in_title = impact_levels({"title": ("су сөз", "su soz"), "abstract": ("", ""), "body": ("", "")})
        self.assertLess(longer["су"], once["су"])
        self.assertLess(once["су"], often["су"])
        self.assertLess(once["су"], in_title["су"])
        self.assertEqual(once["су"], once["su"], "a shadow term takes its word's level")

    def test_the_scale_is_bounded_and_increasing(self):
        self.assertEqual((level_of(1e-9), level_of(1e9)), (1, LEVELS))
        scores = [level_score(level) for level in range(1, LEVELS + 1)]
        self.assertEqual(scores, sorted(set(scores)))
        self.assertGreater(scores[0], 0)
        self.assertLess(scores[-1], 1)


class OneOrderTests(TestCase):
    """The page, the JSON API and the citation download list a search's matches in one order.

    No match is left unranked whatever their number (there is no candidate
    cut-off any more), so a generated archive where most articles match
    exercises the same statements as one of 100,000.
    """

    @classmethod
    def setUpTestData(cls):
        generate_corpus(60, seed=7)

    def test_page_api_and_citation_download_agree(self):
        word = COMMON_WORDS["kk"]
        expected = ranked_ids(word)
        self.assertGreater(len(expected), 40)
        slugs = dict(Article.objects.values_list("pk", "slug"))
        pages, api, number = [], [], 1
        while len(pages) < len(expected):
            pages += [row.article.slug for row in browse(QueryDict(urlencode({"q": word, "page": number}))).rows]
            response = self.client.get("/api/articles/?" + urlencode({"q": word, "page": number}))
            api += [row["slug"] for row in response.json()["results"]]
            number += 1
        download = self.client.get("/en/articles/citation.json?" + urlencode({"q": word}))
        cited = [item["URL"].rstrip("/").rsplit("/", 1)[-1] for item in json.loads(download.content)]
        self.assertEqual(pages, [slugs[pk] for pk in expected])
        self.assertEqual(api, pages)
        self.assertEqual(cited, pages)
