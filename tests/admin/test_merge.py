"""Merging duplicate authors over HTTP: one author keeps every authorship and the other spellings."""

from unittest import mock

from django.contrib.admin.models import CHANGE, DELETION, LogEntry
from django.contrib.contenttypes.models import ContentType

from articles.curation.merging import merge_authors
from articles.models import Article, Author, Authorship
from tests.admin.helpers import AdminTestCase, reimport
from tests.fixtures import BORDER, DOLLIN


def found(word: str) -> set[str]:
    return set(Article.objects.published().search(word).values_list("slug", flat=True))


class MergeAuthorsTests(AdminTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        # A duplicate typed in Latin letters: the only author of BORDER, and a second byline entry of DOLLIN.
        cls.dollin = Author.objects.get(name="Д. Доллин")
        cls.duplicate = Author.objects.create(
            name="Dollin Dmitry", name_latin="Dollin Dmitry", slug="dollin-dmitry", aliases=["Доллин Дмитрий"]
        )
        Authorship.objects.create(article=Article.objects.get(slug=BORDER), author=cls.duplicate, position=0)
        Authorship.objects.create(article=Article.objects.get(slug=DOLLIN), author=cls.duplicate, position=1)

    def merge(self, keep: Author):
        return self.run_action(
            Author, "merge_selected_authors", [self.dollin, self.duplicate], apply="yes", keep=keep.pk
        )

    def test_the_merge_page_asks_which_author_to_keep(self):
        page = self.run_action(Author, "merge_selected_authors", [self.dollin, self.duplicate])
        self.assertEqual(page.status_code, 200)
        self.assertContains(page, 'type="radio" name="keep"', count=2)
        self.assertContains(page, "Dollin Dmitry")
        self.assertEqual(Author.objects.count(), 4)

    def test_merging_moves_every_authorship_and_keeps_the_spellings(self):
        response = self.merge(keep=self.dollin)
        self.assertEqual(response.status_code, 302)

        self.assertFalse(Author.objects.filter(pk=self.duplicate.pk).exists())
        kept = Author.objects.get(pk=self.dollin.pk)
        self.assertEqual(kept.aliases, ["Dollin Dmitry", "Доллин Дмитрий"])
        self.assertEqual([a.name for a in self.article(BORDER).authors_in_order], ["Д. Доллин"])
        self.assertEqual([a.name for a in self.article(DOLLIN).authors_in_order], ["Д. Доллин"])
        for slug in (BORDER, DOLLIN):
            self.assertEqual(self.article(slug).curated_fields, ["authors"])

        # The other spellings are found, in the archive's search and in the admin's.
        self.assertEqual(found("Dmitry"), {BORDER, DOLLIN})
        self.assertEqual(found("Дмитрий"), {BORDER, DOLLIN})
        self.assertEqual([a.name for a in self.changelist(Author, q="Dmitry")], ["Д. Доллин"])

        # The history: the kept author changed, the duplicate deleted, each article changed; all by the editor.
        author_type = ContentType.objects.get_for_model(Author)
        change = LogEntry.objects.get(content_type=author_type, object_id=str(kept.pk), action_flag=CHANGE)
        self.assertEqual((change.user, change.change_message), (self.editor, "Merged Dollin Dmitry into this author."))
        deletion = LogEntry.objects.get(content_type=author_type, object_id=str(self.duplicate.pk))
        self.assertEqual((deletion.action_flag, deletion.user), (DELETION, self.editor))
        article_entries = LogEntry.objects.filter(content_type=ContentType.objects.get_for_model(Article))
        self.assertEqual(
            {e.object_id for e in article_entries},
            {str(self.article(BORDER).pk), str(self.article(DOLLIN).pk)},
        )
        history = self.client.get(f"/en/admin/articles/author/{kept.pk}/history/")
        self.assertContains(history, "Merged Dollin Dmitry into this author.")

        # A re-import brings neither the duplicate nor the old bylines back.
        self.assertIn("0 updated, 8 unchanged", reimport())
        self.assertEqual(Author.objects.count(), 3)
        self.assertEqual([a.name for a in self.article(BORDER).authors_in_order], ["Д. Доллин"])

    def test_keeping_the_other_spelling_works_the_same_way(self):
        self.merge(keep=self.duplicate)
        kept = Author.objects.get(pk=self.duplicate.pk)
        self.assertEqual(kept.aliases, ["Доллин Дмитрий", "Д. Доллин"])
        self.assertFalse(Author.objects.filter(pk=self.dollin.pk).exists())
        self.assertEqual([a.name for a in self.article(DOLLIN).authors_in_order], ["Dollin Dmitry"])
        self.assertEqual(found("Доллин"), {BORDER, DOLLIN})

    def test_a_merge_is_one_transaction(self):
        with mock.patch("articles.curation.merging.articles_changed", side_effect=RuntimeError("disk full")):
            with self.assertRaises(RuntimeError):
                merge_authors(self.dollin, [self.duplicate], self.editor)
        self.assertTrue(Author.objects.filter(pk=self.duplicate.pk).exists())
        self.assertEqual(Author.objects.get(pk=self.dollin.pk).aliases, [])
        self.assertEqual(self.article(BORDER).authorships.get().author, self.duplicate)
        self.assertFalse(LogEntry.objects.exists())

    def test_one_author_alone_is_not_merged(self):
        response = self.run_action(Author, "merge_selected_authors", [self.dollin], apply="yes", keep=self.dollin.pk)
        self.assertEqual(response.status_code, 302)
        messages = [str(m) for m in self.client.get("/en/admin/").context["messages"]]
        self.assertEqual(messages, ["Select at least two authors to merge."])
        self.assertEqual(Author.objects.count(), 4)
