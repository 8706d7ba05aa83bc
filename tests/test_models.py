"""Model constraints hold on the database itself, on SQLite and PostgreSQL alike."""

from django.db import IntegrityError, transaction
from django.test import TestCase

from articles.models import Abstract, Article, ArticleTitle, Author, Authorship, Keyword


class ArticleConstraintTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.article = Article.objects.create(title="Тест", slug="test", language="kk")

    def test_second_abstract_in_same_language_is_refused(self):
        Abstract.objects.create(article=self.article, language="ru", text="Аннотация")
        with self.assertRaises(IntegrityError), transaction.atomic():
            Abstract.objects.create(article=self.article, language="ru", text="Вторая аннотация")
        self.assertEqual(self.article.abstracts.count(), 1)

    def test_abstracts_in_three_languages_are_accepted(self):
        for language in ("kk", "ru", "en"):
            Abstract.objects.create(article=self.article, language=language, text=language)
        self.assertEqual(sorted(self.article.abstracts.values_list("language", flat=True)), ["en", "kk", "ru"])

    def test_unknown_language_is_refused_everywhere(self):
        cases = [
            lambda: Abstract.objects.create(article=self.article, language="de", text="x"),
            lambda: ArticleTitle.objects.create(article=self.article, language="fr", title="x"),
            lambda: Keyword.objects.create(article=self.article, language="tr", position=0, text="x"),
            lambda: Article.objects.create(title="x", slug="x", language="uz"),
        ]
        for create in cases:
            with self.subTest(), self.assertRaises(IntegrityError), transaction.atomic():
                create()

    def test_article_language_may_be_unknown(self):
        fragment = Article.objects.create(slug="fragment", language=None, is_fragment=True)
        self.assertIsNone(Article.objects.get(pk=fragment.pk).language)

    def test_slug_is_unique(self):
        with self.assertRaises(IntegrityError), transaction.atomic():
            Article.objects.create(title="Другая", slug="test")

    def test_author_appears_once_per_article(self):
        author = Author.objects.create(name="Д. Доллин", name_latin="D. Dollin", slug="d-dollin")
        Authorship.objects.create(article=self.article, author=author, position=0)
        with self.assertRaises(IntegrityError), transaction.atomic():
            Authorship.objects.create(article=self.article, author=author, position=1)

    def test_provenance_lines_must_be_ordered(self):
        with self.assertRaises(IntegrityError), transaction.atomic():
            Article.objects.create(slug="bad-lines", provenance_first_line=10, provenance_last_line=3)
