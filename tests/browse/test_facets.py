"""Facet counts against a hand count: each facet over the query and every *other* facet.

The oracle below counts in plain Python over the articles' rows, never
through the facet code; a few literal counts read off the seeds pin the
oracle itself.
"""

from __future__ import annotations

from collections import Counter

from django.db import connection
from django.test import override_settings

from articles.browse.facets import estimate, sample_every
from articles.browse.filters import UNDATED, Completeness
from tests.browse.helpers import BAIKUSHIKOVA, BORDER, COOPERATION_KK, NEWS, SeedArchiveTestCase, published_articles


def _values(article, facet: str) -> set[str]:
    if facet == "topic":
        return {t.slug for t in article.topics.all()}
    if facet == "language":
        return {article.language} if article.language else set()
    if facet == "kind":
        return {article.kind}
    if facet == "author":
        return {a.author.slug for a in article.authorships.all()}
    if facet == "source":
        return {article.source.slug} if article.source else set()
    if facet == "year":
        return {str(article.published.year)} if article.published else {UNDATED}
    if facet == "abstract_language":
        return {a.language for a in article.abstracts.all()}
    if facet == "fragment":
        return {Completeness.FRAGMENT if article.is_fragment else Completeness.COMPLETE}
    raise AssertionError(facet)


FACETS = ("topic", "language", "kind", "author", "source", "year", "abstract_language", "fragment")


class FacetCountTests(SeedArchiveTestCase):
    def hand_count(self, matched: set[str], selected: dict[str, list[str]], facet: str) -> dict[str, int]:
        counts: Counter[str] = Counter()
        for article in published_articles():
            if article.slug not in matched:
                continue
            others = all(_values(article, name) & set(values) for name, values in selected.items() if name != facet)
            if others:
                counts.update(_values(article, facet))
        return dict(counts)

    def check(self, q: str = "", **selected: list[str]) -> dict:
        params = {"q": q, **selected} if q else dict(selected)
        data = self.api(**params)
        matched = {a.slug for a in published_articles()} if not q else set(self.search_slugs(q))
        for facet in FACETS:
            shown = {v["value"]: v["count"] for v in data["facets"][facet]}
            expected = self.hand_count(matched, selected, facet)
            # (Labels are in Kazakh: the API follows Accept-Language, and the archive defaults to kk.)
            # A selected value shows even at zero, so it can be removed.
            expected.update({v: 0 for v in selected.get(facet, []) if v not in expected})
            self.assertEqual(shown, expected, f"facet {facet} for q={q!r} {selected}")
            for value in data["facets"][facet]:
                self.assertEqual(value["selected"], value["value"] in selected.get(facet, []))
        return data

    def search_slugs(self, q: str) -> list[str]:
        return [row["slug"] for row in self.api(q=q)["results"]]

    def test_unfiltered_counts(self):
        data = self.check()
        self.assertEqual(data["count"], 8)
        languages = {v["value"]: v["count"] for v in data["facets"]["language"]}
        self.assertEqual(languages, {"kk": 5, "ru": 3})
        kinds = {v["value"]: v["count"] for v in data["facets"]["kind"]}
        self.assertEqual(kinds, {"research_article": 6, "news": 1, "interview": 1})
        fragments = {v["value"]: v["count"] for v in data["facets"]["fragment"]}
        self.assertEqual(fragments, {"complete": 4, "fragment": 4})
        abstracts = {v["value"]: v["count"] for v in data["facets"]["abstract_language"]}
        self.assertEqual(abstracts, {"kk": 2, "ru": 2, "en": 3})
        # The interview is the only dated article; the seven others are counted as undated, last.
        self.assertEqual([(v["value"], v["count"]) for v in data["facets"]["year"]], [("2025", 1), (UNDATED, 7)])

    def test_query_narrows_every_facet(self):
        data = self.check("ынтымақтастық")
        self.assertEqual(data["count"], len(COOPERATION_KK))
        self.assertEqual({v["value"]: v["count"] for v in data["facets"]["language"]}, {"kk": 5})
        topics = {v["value"]: v["count"] for v in data["facets"]["topic"]}
        self.assertEqual(topics["central-asia"], 2)  # Baikushikova and the news page

    def test_values_of_a_selected_facet_stay_visible_with_their_counts(self):
        data = self.check(language=["ru"], fragment=["fragment"])
        self.assertEqual(data["count"], 3)
        # Counted over fragments only: the Kazakh fragment (Baikushikova) stays visible.
        self.assertEqual({v["value"]: v["count"] for v in data["facets"]["language"]}, {"kk": 1, "ru": 3})
        # Counted over Russian articles only: all three are fragments.
        self.assertEqual({v["value"]: v["count"] for v in data["facets"]["fragment"]}, {"fragment": 3})

    def test_values_of_one_facet_combine_with_or(self):
        data = self.check(topic=["central-asia", "kazakhstan-eu"])
        self.assertEqual(data["count"], 4)

    def test_facets_combine_with_and(self):
        data = self.check("Қазақстан", abstract_language=["en"], kind=["research_article"])
        self.assertEqual(data["count"], 2)

    def test_selected_value_without_matches_still_shows(self):
        data = self.check("ынтымақтастық", language=["ru"])
        self.assertEqual(data["count"], 0)
        self.assertIn(
            {"value": "ru", "label": "Орысша", "count": 0, "estimated": False, "selected": True},
            data["facets"]["language"],
        )

    @override_settings(ARCHIVE_FACET_EXACT_UP_TO=4)
    def test_a_large_match_has_its_facets_estimated_from_a_sample(self):
        # 5 matches > 4: counted over the matches whose id is a multiple of ceil(5 / 2) = 3, times 3.
        data = self.api(q="ынтымақтастық")
        self.assertEqual(data["count"], len(COOPERATION_KK), "the result count stays exact")
        sampled = {a.slug for a in published_articles() if a.slug in COOPERATION_KK and a.pk % 3 == 0}
        self.assertTrue(0 < len(sampled) < len(COOPERATION_KK))
        for facet in FACETS:
            shown = {v["value"]: v["count"] for v in data["facets"][facet]}
            expected = {value: 3 * n for value, n in self.hand_count(sampled, {}, facet).items()}
            self.assertEqual(shown, expected, facet)
            self.assertTrue(all(v["estimated"] for v in data["facets"][facet]), facet)
        self.assertIn("5 мақаланың әр 3 мақаласының біреуі", " ".join(data["notices"]))  # the API speaks kk
        page = self.client.get("/en/articles/", {"q": "ынтымақтастық"}).content.decode()
        self.assertIn("estimates, from one in 3 of the 5 matching articles", page)
        self.assertIn('<span class="count">≈ ', page)

    def test_estimates_keep_two_significant_figures(self):
        self.assertEqual([estimate(n, 19) for n in (0, 3, 7, 237, 4_770)], [0, 57, 130, 4_500, 91_000])
        self.assertEqual(estimate(237, 1), 237)
        self.assertEqual([sample_every(n) for n in (None, 10, 10_000, 10_001, 90_590)], [1, 1, 1, 3, 19])

    def test_author_and_source_facets(self):
        data = self.check("ынтымақтастық", author=["g-baikushikova"])
        self.assertEqual(self.slugs(q="ынтымақтастық", author="g-baikushikova"), [BAIKUSHIKOVA])
        self.assertEqual(data["count"], 1)
        self.check(source=["kazinform", "govkz"])
        self.assertEqual(
            set(self.slugs(source=["kazinform", "govkz"])),
            {NEWS, "toqaev-diplomatiiasy-qazaqstan-resei-dialogi-turaqtylygynyn-negizgi-resursynyn"},
        )

    def test_year_facet(self):
        data = self.check(year=["2025"])
        self.assertEqual(data["count"], 1)

    def test_facets_are_counted_in_a_fixed_number_of_grouped_queries(self):
        # Topics, authors, abstract languages, the five column facets together; count and page (one
        # query); authorships, topics and abstracts of the page: 4 + 2 + 3.  On PostgreSQL the page's
        # planner settings add one query, and the savepoint around them two in a test; and the document
        # frequencies that decide whether to rank every match or only the first pages' (topk) one.  SQLite
        # counts topics, authors and abstract languages in one statement (articles/browse/facets_sqlite.py) and
        # reads the match once (its ids, which every other query reuses): 9 - 2 + 1.
        settings = 4 if connection.vendor == "postgresql" else -1
        with self.assertNumQueries(9 + settings):
            self.client.get("/api/articles/", {"q": "ынтымақтастық"})
        # Each slug parameter is checked against its table once more; nothing else changes when only
        # topic and author (facets with their own query) are chosen.
        with self.assertNumQueries(9 + 2 + settings):
            self.client.get("/api/articles/", {"q": "Қазақстан", "topic": "central-asia", "author": "g-baikushikova"})
        self.assertIn(BORDER, self.slugs(q="Қазақстан", topic="kazakhstan-russia"))
