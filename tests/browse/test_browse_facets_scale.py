"""The column facets counted together in one query, chosen or not (issue 15), against the hand count.

Each facet is still counted over the articles that pass every *other* filter; the one query groups the
articles by which chosen column facets they pass (articles/browse/facets.py, ``_fetch_columns``).
"""

from __future__ import annotations

from itertools import combinations

from django.db import connection
from django.http import QueryDict
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from articles.browse.filters import ArticleFilter
from articles.browse.service import browse
from tests.browse.helpers import SeedArchiveTestCase, published_articles
from tests.browse.test_facets import FACETS, _values


class ColumnFacetsTogetherTests(SeedArchiveTestCase):
    def hand_count(self, selected: dict[str, list[str]], facet: str, pks: set[int] | None = None) -> dict[str, int]:
        counts: dict[str, int] = {}
        for article in published_articles():
            if pks is not None and article.pk not in pks:
                continue
            if all(_values(article, name) & set(values) for name, values in selected.items() if name != facet):
                for value in _values(article, facet):
                    counts[value] = counts.get(value, 0) + 1
        return counts

    def shown(self, params: dict[str, list[str]], hidden: tuple[str, ...] = ()) -> dict[str, dict[str, int]]:
        query = QueryDict(mutable=True)
        for name, values in params.items():
            query.setlist(name, values)
        result = browse(query, hidden_facets=hidden)
        return {facet.name: {v.value: v.count for v in facet.values} for facet in result.facets}

    def assert_hand_counts(self, selected: dict[str, list[str]], hidden: tuple[str, ...] = ()) -> None:
        shown = self.shown(selected, hidden)
        for facet in FACETS:
            if facet in hidden:
                self.assertNotIn(facet, shown)
                continue
            expected = self.hand_count(selected, facet)
            expected.update({v: 0 for v in selected.get(facet, []) if v not in expected})
            self.assertEqual(shown[facet], expected, f"facet {facet} for {selected}")

    def choices(self) -> dict[str, list[str]]:
        """One value of each facet that some article has, and a second where there is one."""
        values: dict[str, list[str]] = {}
        for facet in FACETS:
            seen = sorted({value for article in published_articles() for value in _values(article, facet)})
            values[facet] = seen[:2]
        return values

    def test_every_pair_and_triple_of_chosen_facets_counts_as_by_hand(self):
        choices = self.choices()
        column = list(ArticleFilter.COLUMN_FACETS)
        for size in (1, 2, 3):
            for names in combinations(column, size):
                for extra in ({}, {"topic": choices["topic"][:1]}):
                    with self.subTest(names=names, extra=extra):
                        self.assert_hand_counts({**{name: choices[name][:1] for name in names}, **extra})

    def test_several_values_of_chosen_facets_combine_with_or(self):
        choices = self.choices()
        self.assert_hand_counts({"language": choices["language"], "kind": choices["kind"], "fragment": ["fragment"]})
        self.assert_hand_counts({"source": choices["source"], "year": choices["year"], "kind": choices["kind"][:1]})

    def test_a_hidden_facets_choice_still_narrows_the_others(self):
        choices = self.choices()
        self.assert_hand_counts({"language": choices["language"][:1]}, hidden=("language",))
        self.assert_hand_counts(
            {"language": choices["language"][:1], "kind": choices["kind"][:1]}, hidden=("language", "topic")
        )

    def test_chosen_column_facets_add_no_query(self):
        choices = self.choices()
        with CaptureQueriesContext(connection) as none_chosen:
            browse(QueryDict())
        query = QueryDict(mutable=True)
        for name in ("language", "kind", "fragment"):
            query.setlist(name, choices[name][:1])
        with CaptureQueriesContext(connection) as three_chosen:
            browse(query)
        # Unfiltered, the facets may come from the cache; counted, all five column facets are one grouped query.
        self.assertLessEqual(len(three_chosen), len(none_chosen) + 4)
        grouped = [q["sql"] for q in three_chosen.captured_queries if "passes_" in q["sql"]]
        self.assertEqual(len(grouped), 1, grouped)

    @override_settings(ARCHIVE_FACET_EXACT_UP_TO=4)
    def test_a_sampled_search_counts_chosen_column_facets_over_the_same_sample(self):
        # 5 matches > 4: every facet is counted over the matches whose id is a multiple of 3, times 3.
        data = self.api(q="ынтымақтастық", language=["kk"])
        self.assertEqual(data["count"], 5)
        matches = {row["slug"] for row in self.api(q="ынтымақтастық")["results"]}
        sampled = {a.pk for a in published_articles() if a.slug in matches and a.pk % 3 == 0}
        selected = {"language": ["kk"]}
        for facet in ("language", "kind", "source", "fragment", "year"):
            shown = {v["value"]: v["count"] for v in data["facets"][facet]}
            expected = {v: 3 * n for v, n in self.hand_count(selected, facet, sampled).items()}
            expected.update({v: 0 for v in selected.get(facet, []) if v not in expected})
            self.assertEqual(shown, expected, facet)
            self.assertTrue(all(v["estimated"] for v in data["facets"][facet] if v["count"]), facet)

    @override_settings(ARCHIVE_FACET_EXACT_UP_TO=4)
    def test_a_large_filtered_browse_has_its_facets_estimated_like_a_search(self):
        # No search words: the published articles whose id is a multiple of ceil(n / 2), times that; the result
        # count and the results stay exact, and the page says the counts are estimates.
        selected = {"fragment": ["fragment", "complete"]}  # every article, through a filter
        data = self.api(**selected)
        total = len(published_articles())
        self.assertEqual(data["count"], total)
        every = -(-total // 2)
        sampled = {a.pk for a in published_articles() if a.pk % every == 0}
        for facet in FACETS:
            shown = {v["value"]: v["count"] for v in data["facets"][facet]}
            expected = {v: every * n for v, n in self.hand_count(selected, facet, sampled).items()}
            expected.update({v: 0 for v in selected.get(facet, []) if v not in expected})
            self.assertEqual(shown, expected, facet)
            self.assertTrue(all(v["estimated"] for v in data["facets"][facet]), facet)
        page = self.client.get("/en/articles/", {"kind": ["research_article", "news", "interview"]}).content.decode()
        self.assertIn("estimates, from one in", page)

    @override_settings(ARCHIVE_FACET_EXACT_UP_TO=4)
    def test_the_unfiltered_archive_keeps_exact_counts(self):
        data = self.api()
        self.assertFalse(any(v["estimated"] for values in data["facets"].values() for v in values))
        languages = {v["value"]: v["count"] for v in data["facets"]["language"]}
        self.assertEqual(languages, self.hand_count({}, "language"))
