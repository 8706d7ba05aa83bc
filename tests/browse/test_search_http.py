"""Search through the browse page and the JSON API: what a person types, what comes back."""

from __future__ import annotations

import re

from articles.browse.collation import sort_key
from tests.browse.helpers import (
    BAIKUSHIKOVA,
    BORDER,
    COOPERATION_KK,
    DOLLIN,
    EU_FRAGMENT,
    INTERVIEW,
    KHASENOVA,
    NEWS,
    RU_FRAGMENT,
    SeedArchiveTestCase,
)


class MorphologyAndScriptTests(SeedArchiveTestCase):
    def test_kazakh_word_forms_find_each_other(self):
        for form in ("ынтымақтастық", "ынтымақтастығының", "ынтымақтастықты", "ынтымақтастыққа"):
            with self.subTest(form=form):
                self.assertEqual(set(self.slugs(q=form)), COOPERATION_KK)

    def test_russian_and_english_word_forms(self):
        self.assertEqual(set(self.slugs(q="сотрудничество")), {KHASENOVA, BORDER, RU_FRAGMENT})
        self.assertEqual(set(self.slugs(q="сотрудничества")), {KHASENOVA, BORDER, RU_FRAGMENT})
        self.assertEqual(self.slugs(q="cooperation"), [BORDER])
        self.assertEqual(self.slugs(q="cooperative"), [BORDER])

    def test_russian_keyboard_spelling_of_kazakh_letters(self):
        self.assertEqual(set(self.slugs(q="Казакстан")), set(self.slugs(q="Қазақстан")))
        self.assertEqual(len(self.slugs(q="Казакстан")), 6)

    def test_latin_queries_find_cyrillic_names_and_words(self):
        self.assertEqual(self.slugs(q="Dollin"), [DOLLIN])
        self.assertEqual(self.slugs(q="Khasenova"), [KHASENOVA])
        self.assertEqual(self.slugs(q="Baikushikova"), [BAIKUSHIKOVA])
        self.assertEqual(set(self.slugs(q="Tokayev")), {INTERVIEW, NEWS})
        self.assertEqual(set(self.slugs(q="Toqaev")), {INTERVIEW, NEWS})
        self.assertEqual(set(self.slugs(q="yntymaqtastyq")), COOPERATION_KK)

    def test_cyrillic_query_finds_latin_script_names(self):
        # The interview's source line names the agency in Latin letters only.
        self.assertEqual(self.slugs(q="Казинформ"), [INTERVIEW])
        self.assertEqual(self.slugs(q="Kazinform"), [INTERVIEW])


class QuerySyntaxTests(SeedArchiveTestCase):
    def test_words_are_anded(self):
        # Of the five with ынтымақтастық, Baikushikova's is about the EU and the border article
        # mentions "Еуропалық" once in its body (fixtures/seeds/003_*).
        self.assertEqual(set(self.slugs(q="ынтымақтастық Еуропалық")), {BAIKUSHIKOVA, BORDER})

    def test_quoted_phrase(self):
        self.assertEqual(self.slugs(q='"шекаралық ынтымақтастық"'), [BORDER])
        self.assertEqual(set(self.slugs(q='"Еуропалық Одақ"')), {BAIKUSHIKOVA, EU_FRAGMENT})

    def test_minus_excludes(self):
        self.assertEqual(set(self.slugs(q="ынтымақтастық -Ресей")), {BAIKUSHIKOVA, NEWS})

    def test_prefix(self):
        self.assertEqual(self.slugs(q="шекара*"), [BORDER])

    def test_titles_rank_above_bodies(self):
        ranked = self.slugs(q="ынтымақтастық")
        # Both articles with the word in their titles come first, in both databases.
        self.assertEqual(set(ranked[:2]), {BORDER, BAIKUSHIKOVA})
        self.assertEqual(set(ranked[2:]), {INTERVIEW, DOLLIN, NEWS})

    def test_relevance_is_the_default_sort_of_a_search_and_newest_of_a_browse(self):
        self.assertEqual(self.api(q="ынтымақтастық")["sort"], "relevance")
        self.assertEqual(self.api()["sort"], "newest")
        # Relevance without a query falls back to newest.
        self.assertEqual(self.api(sort="relevance")["sort"], "newest")

    def test_other_sorts(self):
        oldest = self.slugs(q="ынтымақтастық", sort="oldest")
        newest = self.slugs(q="ынтымақтастық", sort="newest")
        # The interview is the only dated one; undated articles follow it either way.
        self.assertEqual(newest[0], INTERVIEW)
        self.assertEqual(oldest[0], INTERVIEW)
        self.assertEqual(oldest[1:], list(reversed(newest[1:])))
        titles = [row["title"] for row in self.api(sort="title")["results"]]
        self.assertEqual(titles, sorted(titles, key=sort_key))  # Kazakh alphabetical order: Қ after К


class SnippetTests(SeedArchiveTestCase):
    def test_matched_word_forms_are_marked_in_title_and_snippet(self):
        page = self.client.get("/kk/articles/", {"q": "ынтымақтастық"}).content.decode()
        self.assertIn("<mark>ЫНТЫМАҚТАСТЫҒЫНЫҢ</mark>".lower(), page.lower())
        self.assertRegex(page, r"<mark>ынтымақтастықты</mark>")

    def test_snippet_comes_from_the_abstract_in_the_matching_language(self):
        row = self.api(q="cooperation")["results"][0]
        self.assertEqual(row["slug"], BORDER)
        self.assertIn("<mark>cooperation</mark>", row["snippet"].lower())
        row = self.api(q="сотрудничество")["results"]
        border = next(r for r in row if r["slug"] == BORDER)
        self.assertRegex(border["snippet"], r"<mark>сотрудничеств\w*</mark>")

    def test_latin_query_marks_the_cyrillic_name(self):
        page = self.client.get("/en/articles/", {"q": "Tokayev"}).content.decode()
        self.assertRegex(page, r"<mark>Тоқаев\w*</mark>")

    def test_snippets_escape_imported_text(self):
        data = self.api(q="ынтымақтастық")
        for row in data["results"]:
            without_marks = re.sub(r"</?mark>", "", row["snippet"])
            self.assertNotIn("<", without_marks)


class NoResultTests(SeedArchiveTestCase):
    def test_nothing_found_says_so_and_suggests_nearest_words(self):
        response = self.client.get("/en/articles/", {"q": "ынтымактастк"})
        self.assertEqual(response.status_code, 200)
        page = response.content.decode()
        self.assertIn("Nothing found for “ынтымактастк”", page)
        self.assertIn(">ынтымақтастық</a>", page)
        self.assertEqual(self.api(q="ынтымактастк")["suggestions"][0], "ынтымақтастық")

    def test_nothing_found_with_filters_offers_to_drop_them(self):
        page = self.client.get("/en/articles/", {"q": "Dollin", "language": "ru"}).content.decode()
        self.assertIn("Search again without the filters", page)
        self.assertIn('href="?q=Dollin"', page)


class EveryMatchRankedTests(SeedArchiveTestCase):
    def test_a_search_by_relevance_needs_no_notice_about_its_order(self):
        # Every match is ranked (issue 15): no "the N newest are ordered by relevance" notice any more.
        self.assertEqual(self.api(q="ынтымақтастық")["notices"], [])
        self.assertEqual(self.api(q="ынтымақтастық", sort="newest")["notices"], [])
