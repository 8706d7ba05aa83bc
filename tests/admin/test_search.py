"""The admin's search boxes use the archive's analyzer: folded Kazakh letters and Latin spellings work."""

from articles.models import Article, Author
from tests.admin.helpers import AdminTestCase, admin_url
from tests.fixtures import BAIKUSHIKOVA, BORDER, DOLLIN, KAZAKHSTAN, KHASENOVA, NEWS


class ArticleSearchTests(AdminTestCase):
    def test_titles_authors_and_keywords_in_every_language_and_script(self):
        expected = {
            "Казакстан": KAZAKHSTAN,  # Russian-keyboard spelling of Қазақстан, and Казахстана in a Russian title
            "Dollin": {DOLLIN},  # Latin spelling of the author Д. Доллин
            "Baikushikova": {BAIKUSHIKOVA},
            "EAEU": {BORDER},  # an English keyword
            "шекаралық ынтымақтастық": {BORDER},  # a Kazakh keyword (and title words)
        }
        for term, slugs in expected.items():
            with self.subTest(term=term):
                self.assertEqual(self.changelist_slugs(q=term), slugs)

    def test_search_combines_with_the_filters(self):
        self.assertEqual(self.changelist_slugs(q="Казакстан", language="ru"), {KHASENOVA})
        self.assertEqual(
            self.changelist_slugs(q="Казакстан", needs_review="yes", is_fragment__exact="1"), {KHASENOVA, BAIKUSHIKOVA}
        )

    def test_drafts_are_found_by_their_titles_though_the_index_holds_published_articles_only(self):
        self.run_action(Article, "unpublish", [self.article(NEWS)])
        self.assertNotIn(NEWS, set(Article.objects.search("Алматыда").values_list("slug", flat=True)))
        self.assertIn(NEWS, self.changelist_slugs(q="Алматыда"))

    def test_nonsense_finds_nothing(self):
        self.assertEqual(self.changelist_slugs(q="zzqxv"), set())
        self.assertEqual(self.changelist_slugs(q='"'), set())


class AuthorSearchTests(AdminTestCase):
    def names(self, term: str) -> list[str]:
        return [author.name for author in self.changelist(Author, q=term)]

    def test_any_spelling_finds_the_author(self):
        self.assertEqual(self.names("Dollin"), ["Д. Доллин"])
        self.assertEqual(self.names("Доллин"), ["Д. Доллин"])
        self.assertEqual(self.names("Khasenova"), ["А. К. Хасенова"])
        self.assertEqual(self.names("Baikushikova"), ["Г. Байкушикова"])
        self.assertEqual(self.names("Байку"), ["Г. Байкушикова"])  # a beginning is enough
        self.assertEqual(self.names("Smith"), [])

    def test_the_author_list_shows_spellings_and_article_counts(self):
        Author.objects.filter(name="Д. Доллин").update(aliases=["Dollin D."])
        response = self.client.get(admin_url("articles_author_changelist"))
        rows = {a.name: (a.article_count, list(a.aliases)) for a in response.context["cl"].result_list}
        self.assertEqual(rows["Д. Доллин"], (1, ["Dollin D."]))
        self.assertContains(response, "Dollin D.")
