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


class MergePreviewTests(AdminTestCase):
    """Before a merge: what each author has; different surnames are refused unless confirmed; undone by a split."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.dollin = Author.objects.get(name="Д. Доллин")
        cls.khasenova = Author.objects.get(name="А. К. Хасенова")
        cls.duplicate = Author.objects.create(
            name="Dollin Dmitry", name_latin="Dollin Dmitry", slug="dollin-dmitry", aliases=["Доллин Дмитрий"]
        )
        Authorship.objects.create(article=Article.objects.get(slug=BORDER), author=cls.duplicate, position=0)

    def preview(self, authors, **extra):
        return self.run_action(Author, "merge_selected_authors", authors, **extra)

    def test_the_preview_shows_each_authors_names_and_articles(self):
        page = self.preview([self.dollin, self.duplicate])
        previews = {p.author.name: p for p, _radio in page.context["rows"]}
        self.assertEqual(previews["Dollin Dmitry"].article_count, 1)
        self.assertEqual([a.slug for a in previews["Dollin Dmitry"].articles], [BORDER])
        self.assertEqual([a.slug for a in previews["Д. Доллин"].articles], [DOLLIN])
        self.assertContains(page, "<td>Доллин Дмитрий</td>", html=True)  # the other spellings
        self.assertContains(page, f"<td>{self.dollin.name_latin}</td>", html=True)
        self.assertTrue(page.context["plausible"])
        self.assertNotContains(page, "merge-warning")
        self.assertNotIn("confirm_different", page.context["form"].fields)

    def test_different_surnames_are_refused_with_a_warning_until_confirmed(self):
        page = self.preview([self.dollin, self.khasenova])
        self.assertFalse(page.context["plausible"])
        self.assertContains(page, "merge-warning")
        refused = self.preview([self.dollin, self.khasenova], apply="yes", keep=self.dollin.pk)
        self.assertEqual(refused.status_code, 200)
        self.assertContains(refused, "Nothing was merged: the surnames differ in every script")
        self.assertTrue(Author.objects.filter(pk=self.khasenova.pk).exists())
        confirmed = self.preview(
            [self.dollin, self.khasenova], apply="yes", keep=self.dollin.pk, confirm_different="on"
        )
        self.assertEqual(confirmed.status_code, 302)
        self.assertFalse(Author.objects.filter(pk=self.khasenova.pk).exists())

    def test_a_merge_is_undone_by_splitting_the_spelling_back_out(self):
        self.preview([self.dollin, self.duplicate], apply="yes", keep=self.dollin.pk)
        kept = Author.objects.get(pk=self.dollin.pk)
        self.assertEqual(kept.aliases, ["Dollin Dmitry", "Доллин Дмитрий"])
        split_url = f"/en/admin/articles/author/{kept.pk}/split/"
        self.assertContains(self.client.get(f"/en/admin/articles/author/{kept.pk}/change/"), f'href="{split_url}"')
        form = self.client.get(split_url)
        self.assertEqual([value for value, _label in form.context["form"].fields["alias"].choices], kept.aliases)
        border = Article.objects.get(slug=BORDER)
        with self.captureOnCommitCallbacks(execute=True):
            done = self.client.post(split_url, {"alias": "Dollin Dmitry", "articles": [border.pk]})
        self.assertEqual(done.status_code, 302)
        split = Author.objects.get(name="Dollin Dmitry")
        self.assertEqual([a.name for a in self.article(BORDER).authors_in_order], ["Dollin Dmitry"])
        self.assertEqual([a.name for a in self.article(DOLLIN).authors_in_order], ["Д. Доллин"])
        self.assertEqual(Author.objects.get(pk=kept.pk).aliases, ["Доллин Дмитрий"])
        self.assertEqual(found("Dmitry"), {BORDER, DOLLIN})  # Dollin's other spelling still finds DOLLIN
        self.assertEqual(self.article(BORDER).curated_fields, ["authors"])
        entry = LogEntry.objects.filter(object_id=str(kept.pk), action_flag=CHANGE).latest("action_time")
        self.assertEqual(entry.change_message, "Split Dollin Dmitry out of this author.")
        self.assertEqual(LogEntry.objects.get(object_id=str(split.pk)).change_message, "Split out of Д. Доллин.")
        self.assertIn("0 updated, 8 unchanged", reimport())
        self.assertEqual([a.name for a in self.article(BORDER).authors_in_order], ["Dollin Dmitry"])

    def test_the_split_form_ticks_the_articles_whose_source_prints_the_spelling(self):
        self.preview([self.dollin, self.duplicate], apply="yes", keep=self.duplicate.pk)
        kept = Author.objects.get(pk=self.duplicate.pk)
        self.assertEqual(kept.aliases, ["Доллин Дмитрий", "Д. Доллин"])
        form = self.client.get(f"/en/admin/articles/author/{kept.pk}/split/")
        # DOLLIN's source file prints its byline as "Д. Доллин" (line 21); BORDER's names neither spelling.
        dollin_article = self.article(DOLLIN)
        self.assertEqual(form.context["printed"], {"Доллин Дмитрий": [], "Д. Доллин": [dollin_article.pk]})
        self.assertContains(form, '<script id="split-printed" type="application/json">')
        self.assertContains(form, "js/admin-split.js")

        # One spelling left after that split: it is chosen and its articles ticked from the start.
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(
                f"/en/admin/articles/author/{kept.pk}/split/", {"alias": "Д. Доллин", "articles": [dollin_article.pk]}
            )
        self.assertEqual([a.name for a in self.article(DOLLIN).authors_in_order], ["Д. Доллин"])
        Author.objects.filter(pk=kept.pk).update(aliases=["Д. Доллин"])  # as if that spelling were merged again
        Authorship.objects.filter(article=dollin_article).update(author=kept)
        again = self.client.get(f"/en/admin/articles/author/{kept.pk}/split/")
        self.assertEqual(again.context["form"].initial, {"alias": "Д. Доллин", "articles": [dollin_article.pk]})

    def test_a_spelling_the_author_does_not_have_is_refused(self):
        self.assertRedirects(
            self.client.get(f"/en/admin/articles/author/{self.dollin.pk}/split/"),  # no other spelling yet
            f"/en/admin/articles/author/{self.dollin.pk}/change/",
        )
        Author.objects.filter(pk=self.dollin.pk).update(aliases=["Dollin D."])
        response = self.client.post(f"/en/admin/articles/author/{self.dollin.pk}/split/", {"alias": "Someone Else"})
        self.assertEqual(response.status_code, 200)
        self.assertIn("alias", response.context["form"].errors)
        self.assertFalse(Author.objects.filter(name="Someone Else").exists())
        self.assertEqual(Author.objects.get(pk=self.dollin.pk).aliases, ["Dollin D."])
        self.assertEqual(self.client.get("/en/admin/articles/author/999999/split/").status_code, 404)

    def test_a_spelling_that_is_already_an_author_is_refused(self):
        Author.objects.filter(pk=self.dollin.pk).update(aliases=["А. К. Хасенова"])
        response = self.client.post(f"/en/admin/articles/author/{self.dollin.pk}/split/", {"alias": "А. К. Хасенова"})
        self.assertEqual(
            response.context["form"].errors["alias"],
            ["An author named “А. К. Хасенова” exists already: move the articles to that author instead."],
        )
        self.assertEqual(Author.objects.filter(name="А. К. Хасенова").count(), 1)
        self.assertEqual(Author.objects.get(pk=self.dollin.pk).aliases, ["А. К. Хасенова"])
