"""The search index and both backends on the seed archive.

The same expected slug sets are asserted on SQLite and PostgreSQL (run the
suite under both), so passing twice proves identical result sets.  Every
set was read off the seed texts (fixtures/seeds/) by hand: which article
holds which word form in its title, keywords, abstracts or body.  Hits only
in reference lists do not count: references are not indexed.
"""

from __future__ import annotations

import io
import json
from urllib.parse import urlencode

from django.core.management import call_command
from django.db import connection
from django.http import QueryDict
from django.test import TestCase

from articles.browse.filters import ArticleFilter
from articles.models import Abstract, Article
from articles.models.search import VECTOR_INDEX_NAME, SearchDocument, SqliteSearchRow
from articles.search.backends import get_backend, search_queryset
from articles.search.backends.base import MAX_PHRASE_SPELLINGS, phrase_alternatives
from articles.search.backends.postgres import vector_positions
from articles.search.backends.postgres_sql import tsquery_text
from articles.search.backends.sqlite import match_expression
from articles.search.index import index_articles, rebuild_index, remove_articles
from articles.search.query import parse_query
from tests.fixtures import (
    BAIKUSHIKOVA,
    BORDER,
    COOPERATION_KK,
    DOLLIN,
    INTERVIEW,
    KAZAKHSTAN,
    KHASENOVA,
    NEWS,
    RU_FRAGMENT,
    PostgresTestCase,
)


def slugs(text: str, queryset=None) -> set[str]:
    found, _ = search_queryset(queryset if queryset is not None else Article.objects.all(), text)
    return set(found.values_list("slug", flat=True))


def ranked(text: str) -> list[str]:
    found, _ = search_queryset(Article.objects.all(), text)
    return list(found.order_by("-search_rank", "slug").values_list("slug", flat=True))


class SeedSearchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("import_texts", verbosity=0)
        cls.indexed = rebuild_index()

    def test_every_published_article_has_one_stored_document(self):
        self.assertEqual(self.indexed, 8)
        self.assertEqual(SearchDocument.objects.count(), 8)
        document = SearchDocument.objects.get(article__slug=DOLLIN)
        self.assertIn("доллин", document.title_terms.split(), "author names are title terms")
        self.assertIn("dolin", document.title_shadow.split(), "Latin keys fold double letters")
        for field in ("title", "abstract", "body"):
            native = getattr(document, f"{field}_terms").split()
            self.assertEqual(len(native), len(getattr(document, f"{field}_shadow").split()), field)

    def test_vendor_storage(self):
        if connection.vendor == "postgresql":
            self.assertFalse(SearchDocument.objects.filter(vector__isnull=True).exists())
            vector = SearchDocument.objects.values_list("vector", flat=True).get(article__slug=INTERVIEW)
            self.assertIn("'токаев':1A", vector, "the title's first word, weight A")
            with connection.cursor() as cursor:
                constraints = connection.introspection.get_constraints(cursor, "articles_searchdocument")
            self.assertEqual(constraints[VECTOR_INDEX_NAME]["type"], "gin")
        else:
            self.assertFalse(SearchDocument.objects.filter(vector__isnull=False).exists())
            self.assertEqual(SqliteSearchRow.objects.count(), 8)

    def test_a_sample_of_the_matches_is_every_nth_id(self):
        # Facet estimates count a sample (articles/facets.py); a phrase takes PostgreSQL's pinned-id path.
        for text in ("Қазақстан", '"Қазақстан Республикасы"'):
            with self.subTest(text=text):
                filterset = ArticleFilter(QueryDict(urlencode({"q": text})), queryset=Article.objects.published())
                full = set(filterset.queryset_without(None).values_list("pk", flat=True))
                sample = set(filterset.queryset_without(None, every=2).values_list("pk", flat=True))
                self.assertGreaterEqual(len(full), 2)
                self.assertEqual(sample, {pk for pk in full if pk % 2 == 0})

    def test_dumpdata_works_on_both_databases(self):
        # SqliteSearchRow's table exists on SQLite only; its manager is empty elsewhere.
        out = io.StringIO()
        call_command("dumpdata", "articles", stdout=out)
        models = {item["model"] for item in json.loads(out.getvalue())}
        self.assertIn("articles.searchdocument", models)
        self.assertEqual("articles.sqlitesearchrow" in models, connection.vendor == "sqlite")

    def test_kazakh_word_forms_meet(self):
        self.assertEqual(slugs("ынтымақтастық"), COOPERATION_KK)
        self.assertEqual(slugs("ынтымақтастығының"), COOPERATION_KK)
        self.assertEqual(slugs("ынтымақтастыққа"), COOPERATION_KK)

    def test_russian_word_forms_meet(self):
        # сотрудничества in Khasenova's title, the fragment's body and the border article's Russian
        # title and abstract; the EU fragment's "сотрудничестве" is in its reference list only.
        self.assertEqual(slugs("сотрудничество"), {KHASENOVA, RU_FRAGMENT, BORDER})

    def test_english_word_forms_meet(self):
        # Cooperation in the border article's English title, abstract and keywords; in the EU
        # fragment and Dollin's article only inside references.
        self.assertEqual(slugs("cooperation"), {BORDER})
        self.assertEqual(slugs("cooperative"), {BORDER})

    def test_russian_keyboard_spelling_finds_kazakh_letters(self):
        self.assertEqual(slugs("Казакстан"), KAZAKHSTAN)
        self.assertEqual(slugs("Қазақстан"), KAZAKHSTAN)

    def test_latin_queries_find_cyrillic_names_and_words(self):
        self.assertEqual(slugs("Dollin"), {DOLLIN})
        self.assertEqual(slugs("Доллин"), {DOLLIN})
        self.assertEqual(slugs("Khasenova"), {KHASENOVA})
        self.assertEqual(slugs("Baikushikova"), {BAIKUSHIKOVA})
        # Тоқаев titles the interview; the news names him in its body.
        for spelling in ("Tokayev", "Toqaev", "Тоқаев"):
            self.assertEqual(slugs(spelling), {INTERVIEW, NEWS}, spelling)
        self.assertEqual(slugs("yntymaqtastyq"), COOPERATION_KK)
        self.assertEqual(slugs("Qazaqstan"), KAZAKHSTAN)

    def test_cyrillic_query_finds_latin_text(self):
        self.assertEqual(slugs("ОБСЕ"), {DOLLIN})
        self.assertEqual(slugs("OSCE"), {DOLLIN})

    def test_phrases_need_adjacent_words_in_that_order(self):
        both_words = {DOLLIN, BAIKUSHIKOVA, BORDER, INTERVIEW}
        self.assertEqual(slugs("Қазақстан Республикасы"), both_words)
        self.assertEqual(slugs('"Қазақстан Республикасы"'), both_words)
        # Reversed, only "Беларусь Республикасы, Қазақстан Республикасы" of the border article.
        self.assertEqual(slugs("Республикасы Қазақстан"), both_words)
        self.assertEqual(slugs('"Республикасы Қазақстан"'), {BORDER})
        self.assertEqual(slugs('"шекаралық ынтымақтастық"'), {BORDER})
        self.assertEqual(slugs('"ынтымақтастық шекаралық"'), set())
        self.assertEqual(slugs('"Qazaqstan Respublikasy"'), both_words, "Latin phrases match the shadow")

    def test_minus_excludes(self):
        # экология in Baikushikova's title and body and in the border article's body.
        self.assertEqual(slugs("экология"), {BAIKUSHIKOVA, BORDER})
        self.assertEqual(slugs("ынтымақтастық -экология"), {DOLLIN, NEWS, INTERVIEW})
        self.assertEqual(slugs('ынтымақтастық -"Қазақстан Республикасы"'), {NEWS})
        self.assertEqual(slugs("-экология"), set(), "exclusions alone search nothing")

    def test_prefix(self):
        # экол* also reaches the news's экологиялық, which the stem of экология does not.
        self.assertEqual(slugs("экол*"), {BAIKUSHIKOVA, NEWS, BORDER})
        self.assertEqual(slugs("ынтымақ*"), COOPERATION_KK)

    def test_words_are_anded(self):
        self.assertEqual(slugs("ынтымақтастық экология"), {BAIKUSHIKOVA, BORDER})
        self.assertEqual(slugs("Тоқаев Алматы"), {NEWS})

    def test_title_matches_rank_above_body_matches(self):
        self.assertEqual(ranked("Тоқаев"), [INTERVIEW, NEWS])
        self.assertEqual(ranked("Toqaev"), [INTERVIEW, NEWS])
        self.assertEqual(ranked("экология"), [BAIKUSHIKOVA, BORDER])
        found, _ = search_queryset(Article.objects.all(), "Тоқаев -экология")
        ranks = dict(found.values_list("slug", "search_rank"))
        self.assertGreater(ranks[INTERVIEW], ranks[NEWS], "an exclusion does not flatten the rank")

    def test_search_is_one_query(self):
        found, parsed = search_queryset(Article.objects.published().for_listing(), "ынтымақтастық Қазақстан")
        with self.assertNumQueries(3):  # the rows, then the two prefetches of for_listing()
            rows = list(found.order_by("-search_rank"))
        self.assertEqual(len(rows), 5)
        self.assertEqual(parsed.highlight_words, ("ынтымақтастық", "қазақстан"))

    def test_sqlite_runs_the_match_once_and_looks_articles_up(self):
        # The join column is UNINDEXED in FTS5, so the planner cannot loop over articles and
        # re-run the MATCH per row (seconds at 10,000 articles); see SqliteSearchRow.
        if connection.vendor != "sqlite":
            self.skipTest("SQLite query plan")
        for base in (Article.objects.published(), Article.objects.filter(status="published", language="kk")):
            found, _ = search_queryset(base, '"Қазақстан Республикасы" экол*')
            for queryset in (found.order_by("-search_rank"), found.order_by().values("pk")):
                plan = queryset.explain().splitlines()
                self.assertIn("SCAN articles_search_fts VIRTUAL TABLE", plan[0])
                self.assertIn("SEARCH articles_article USING INTEGER PRIMARY KEY", plan[1])

    def test_filters_compose_with_search(self):
        self.assertEqual(slugs("ынтымақтастық", Article.objects.filter(kind="interview")), {INTERVIEW})
        found, _ = search_queryset(Article.objects.filter(language="ru"), "Қазақстан")
        self.assertEqual(found.count(), 1)

    def test_drafts_are_not_found(self):
        Article.objects.filter(slug=INTERVIEW).update(status=Article.Status.DRAFT)
        index_articles(Article.objects.filter(slug=INTERVIEW).values_list("pk", flat=True))
        self.assertEqual(slugs("Тоқаев"), {NEWS})
        self.assertFalse(SearchDocument.objects.filter(article__slug=INTERVIEW).exists())
        if connection.vendor == "sqlite":
            self.assertEqual(SqliteSearchRow.objects.count(), 7)
        self.assertEqual(rebuild_index(), 7)
        self.assertEqual(slugs("Тоқаев"), {NEWS})

    def test_deleted_and_removed_articles_leave_the_index(self):
        Article.objects.get(slug=NEWS).delete()
        self.assertEqual(slugs("Тоқаев"), {INTERVIEW})
        self.assertEqual(SearchDocument.objects.count(), 7)
        if connection.vendor == "sqlite":
            self.assertEqual(SqliteSearchRow.objects.count(), 7, "the trigger follows the cascade")
        remove_articles(Article.objects.filter(slug=INTERVIEW).values_list("pk", flat=True))
        self.assertEqual(slugs("Тоқаев"), set())

    def test_reindexing_changed_text(self):
        article = Article.objects.get(slug=RU_FRAGMENT)
        self.assertEqual(slugs("зоофитопланктон"), set())
        Article.objects.filter(pk=article.pk).update(body=article.body + " Зоофитопланктон.")
        self.assertEqual(index_articles([article.pk, article.pk]), 1)
        self.assertEqual(slugs("зоофитопланктон"), {RU_FRAGMENT})
        self.assertEqual(SearchDocument.objects.count(), 8)

    def test_hostile_queries_never_raise(self):
        hostile = [
            "ынтымақтастық " * 800,
            "x" * 10_000,
            "&|!():*<>'\"\\",
            "'; DROP TABLE articles_article; --",
            '" OR 1=1 --',
            "ынтымақтастық') & !('",
            "title: ынтымақтастық",
            "{title body}: NEAR(a b) OR AND NOT",
            "a:* | b <-> c",
            "\x00\x01\x07\x1b[31m ынтымақтастық \x7f",
            "\u202eТоқаев\u202c \u200f\u200b",
            '"unterminated phrase',
            '""',
            "- -- * ** -* *-",
            "ы*",
            "«Қазақстан Республикасы» −экология",
            " ".join(["Qazaqstan"] * 40),
            '"' + " ".join(["Respublikasy Qazaqstan Tokayev yntymaqtastyq"] * 10) + '"',
            "😀 北京 ½",
            "",
        ]
        for text in hostile:
            with self.subTest(text=text[:40]):
                found, _parsed = search_queryset(Article.objects.all(), text)
                list(found.order_by("-search_rank").values_list("slug", "search_rank"))
                self.assertEqual(found.count(), len(found))
        self.assertEqual(Article.objects.count(), 8)
        self.assertEqual(slugs("Тоқаев"), {INTERVIEW, NEWS}, "the index survived")


class ConstructedRankingTests(TestCase):
    """Two articles built for the purpose: one word in one's title, three times in the other's body."""

    @classmethod
    def setUpTestData(cls):
        cls.in_title = Article.objects.create(
            slug="in-title", language="en", title="Cooperative security in the steppe", body="Nothing else."
        )
        cls.in_body = Article.objects.create(
            slug="in-body",
            language="en",
            title="Regional arrangements",
            body="Cooperation grew. Cooperation deepened. Cooperation lasted through the decade.",
        )
        cls.in_abstract = Article.objects.create(slug="in-abstract", language="ru", title="Обзор", body="")
        Abstract.objects.create(article=cls.in_abstract, language="en", text="A cooperative approach.")
        index_articles([cls.in_title.pk, cls.in_body.pk, cls.in_abstract.pk])

    def test_cooperation_finds_cooperative_in_an_english_abstract(self):
        self.assertEqual(slugs("cooperation"), {"in-title", "in-body", "in-abstract"})

    def test_title_above_abstract_above_body(self):
        self.assertEqual(ranked("cooperation"), ["in-title", "in-abstract", "in-body"])


class QueryTranslationTests(TestCase):
    """The strings handed to FTS5 and tsquery: quoted clean terms and operators only."""

    def test_fts5_expression(self):
        self.assertEqual(match_expression(parse_query("Dollin")), '(("dollin" OR "dolin"))')
        expression = match_expression(parse_query('экол* -"Қазақстан Республикасы"'))
        self.assertTrue(expression.startswith('(("экол"* OR "ekol"*)) NOT (({title abstract body} : ('))
        self.assertIn('"казакстан" + "республика"', expression)
        self.assertIn("{title_shadow abstract_shadow body_shadow}", expression)

    def test_tsquery(self):
        self.assertEqual(tsquery_text(parse_query("Dollin -экол*")), "('dollin' | 'dolin') & !('экол':* | 'ekol':*)")
        self.assertIn(
            "('казакстан' | 'казакста' | 'kazakstan' | 'kazaksta') <-> ('республика'",
            tsquery_text(parse_query('"Қазақстан Республикасы"')),
        )

    def test_hostile_text_yields_only_quoted_clean_terms(self):
        parsed = parse_query("'; DROP TABLE x; -- \" \\ :* <-> & | ! ( ) {title}: NEAR")
        for text in (match_expression(parsed), tsquery_text(parsed)):
            stripped = text.replace("{title abstract body}", " ")
            stripped = stripped.replace("{title_shadow abstract_shadow body_shadow}", " ")
            for operator in ("AND", "OR", "NOT", "{", "}", ":", "(", ")", "+", "&", "|", "!", "<->", "*"):
                stripped = stripped.replace(operator, " ")
            for token in stripped.split():
                self.assertRegex(token, r"""^(["'])[0-9a-z\u0400-\u04ff]+\1$""")

    def test_vector_keeps_fields_apart(self):
        document = SearchDocument(title_terms="а б а", title_shadow="a b a", abstract_terms="г", body_terms="в")
        vector = vector_positions(document)
        a, b, c = 3 << 14, 2 << 14, 1 << 14  # the weights as PostgreSQL packs them with a position
        titles = {"а": [a | 1, a | 3], "б": [a | 2], "a": [a | 5, a | 7], "b": [a | 6]}
        self.assertEqual(vector, {**titles, "г": [b | 9], "в": [c | 12]})

    def test_long_phrases_stay_within_the_spelling_budget(self):
        parsed = parse_query('"' + " ".join(["Qazaqstan Respublikasy Tokayev"] * 4) + '"')
        total = 1
        for alternatives in phrase_alternatives(parsed.clauses[0]):
            self.assertGreaterEqual(len(alternatives), 1)
            total *= len(alternatives)
        self.assertLessEqual(total, MAX_PHRASE_SPELLINGS)


class BinaryCopyTests(PostgresTestCase):
    """The tsvector columns exist on PostgreSQL only."""

    def test_binary_copy_stores_what_the_text_form_says(self):
        article = Article.objects.create(title="x", slug="binary-copy", language="kk")
        # Past 256 positions for one word and past the last position (16,383), both as PostgreSQL limits them.
        body = ["жиі"] * 300 + [f"сөз{n % 300}" for n in range(17_000)]
        document = SearchDocument(
            article=article,
            title_terms="қазақстан 'ы\\",
            title_shadow="qazaqstan y",
            abstract_terms="б",
            body_terms=" ".join(body),
        )
        get_backend().write([document])
        # Every position, unclamped: PostgreSQL's parse of the text form applies its own limits.
        literal = "'қазақстан':1A '''ы\\\\':2A 'qazaqstan':4A 'y':5A 'б':7B " + " ".join(
            f"'{word}':" + ",".join(f"{10 + n}C" for n, w in enumerate(body) if w == word)
            for word in dict.fromkeys(body)
        )
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT vector = %s::tsvector, length(vector) FROM articles_searchdocument WHERE article_id = %s",
                [literal, article.pk],
            )
            self.assertEqual(cursor.fetchone(), (True, 306))
