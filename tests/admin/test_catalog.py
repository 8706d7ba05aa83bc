"""Topics, authors and sources on their own admin pages (article parts have none); renames survive a re-import."""

from django.contrib.admin.models import CHANGE, LogEntry

from articles.models import Article, Author, Keyword, Source, Topic
from articles.models.search import SearchDocument
from tests.admin.helpers import AdminTestCase, admin_url, reimport
from tests.fixtures import BORDER, DOLLIN, INTERVIEW, KHASENOVA

UNCHANGED = "0 updated, 8 unchanged"


def found(word: str) -> set[str]:
    return set(Article.objects.published().search(word).values_list("slug", flat=True))


class TopicAdminTests(AdminTestCase):
    def test_a_topic_has_its_names_and_descriptions_in_three_languages_and_lists_its_articles(self):
        topic = Topic.objects.get(slug="cross-border-cooperation")
        response, data = self.open_change_form(topic)
        for field in ["name_kk", "name_ru", "name_en", "description_kk", "description_ru", "description_en"]:
            self.assertIn(field, data)
        self.assertEqual(data["name_ru"], "Приграничное сотрудничество")
        listed = [link.article.slug for link in response.context["inline_admin_formsets"][0].formset.queryset]
        self.assertEqual(sorted(listed), sorted([BORDER, KHASENOVA]))
        self.assertContains(response, admin_url("articles_article_change", self.article(BORDER).pk))

    def test_editing_names_and_renaming_the_slug(self):
        topic = Topic.objects.get(slug="kazakhstan-china")
        _, data = self.open_change_form(topic)
        data.update(
            name_kk="Қазақстан мен Қытай",
            name_ru="Казахстан и Китай",
            name_en="Kazakhstan and China",
            description_en="Relations with the People's Republic of China.",
            slug="china",
        )
        self.save_change_form(topic, data)

        topic.refresh_from_db()
        self.assertEqual((topic.slug, topic.name_en), ("china", "Kazakhstan and China"))
        self.assertEqual(self.article(KHASENOVA).curated_fields, ["topics"])
        entry = LogEntry.objects.get(object_id=str(topic.pk), action_flag=CHANGE)
        self.assertEqual(entry.user, self.editor)

        self.assertIn(UNCHANGED, reimport())
        self.assertEqual(
            list(self.article(KHASENOVA).topics.values_list("slug", flat=True).order_by("slug")),
            ["china", "cross-border-cooperation"],
        )
        self.assertEqual(Topic.objects.get(slug="china").name_en, "Kazakhstan and China")


class AuthorAdminTests(AdminTestCase):
    def test_renaming_an_author_is_searchable_and_survives_a_reimport(self):
        author = Author.objects.get(name="Д. Доллин")
        _, data = self.open_change_form(author)
        data["name"] = "Дмитрий Доллин"
        data["aliases"] = '["D. Dollin"]'
        self.save_change_form(author, data)

        self.assertEqual(found("Дмитрий"), {DOLLIN})
        self.assertEqual(self.article(DOLLIN).curated_fields, ["authors"])
        self.assertIn(UNCHANGED, reimport())
        self.assertEqual(Author.objects.count(), 3)
        self.assertEqual([a.name for a in self.article(DOLLIN).authors_in_order], ["Дмитрий Доллин"])

    def test_other_spellings_must_be_a_list_of_strings(self):
        author = Author.objects.get(name="Д. Доллин")
        _, data = self.open_change_form(author)
        data["aliases"] = '"D. Dollin"'
        response = self.client.post(admin_url("articles_author_change", author.pk), data)
        self.assertEqual(response.status_code, 200)
        self.assertIn("aliases", response.context["adminform"].form.errors)
        self.assertEqual(Author.objects.get(pk=author.pk).aliases, [])


class SourceAdminTests(AdminTestCase):
    def test_renaming_a_source_survives_a_reimport(self):
        source = Source.objects.get(name="Kazinform")
        _, data = self.open_change_form(source)
        data["name"] = "Kazinform (ҚазАқпарат)"
        self.save_change_form(source, data)

        self.assertEqual(self.article(INTERVIEW).curated_fields, ["source"])
        self.assertIn(UNCHANGED, reimport())
        self.assertEqual(self.article(INTERVIEW).source.name, "Kazinform (ҚазАқпарат)")
        self.assertEqual(Source.objects.count(), 2)


class ArticlePartsTests(AdminTestCase):
    """An article's parts are edited on its form, not on pages of their own."""

    PART_MODELS = ["abstract", "keyword", "articletitle", "authorship", "reference", "articletopic"]

    def test_the_parts_have_no_admin_pages_and_the_home_lists_only_what_editors_work_with(self):
        for model in self.PART_MODELS:
            with self.subTest(model=model):
                self.assertEqual(self.client.get(f"/en/admin/articles/{model}/").status_code, 404)
        home = self.client.get(admin_url("index"))
        listed = [model["object_name"] for app in home.context["app_list"] for model in app["models"]]
        self.assertEqual(listed, ["Article", "Author", "Source", "Topic"])

    def test_deleting_a_keyword_on_the_article_form_reaches_the_index(self):
        article = self.article(BORDER)
        terms_before = SearchDocument.objects.get(article__slug=BORDER).title_terms.split()
        _, data = self.open_change_form(article)
        keywords = data["keywords_en"].split("\n")
        self.assertEqual(keywords[0], "EAEU")
        data["keywords_en"] = "\r\n".join(keywords[1:])  # as a browser posts a textarea
        self.save_change_form(article, data)
        terms_after = SearchDocument.objects.get(article__slug=BORDER).title_terms.split()
        self.assertEqual(len(terms_after), len(terms_before) - 1)  # the index lost the keyword
        self.assertEqual(self.article(BORDER).curated_fields, ["keywords"])
        self.assertIn(UNCHANGED, reimport())
        self.assertFalse(Keyword.objects.filter(article__slug=BORDER, text="EAEU").exists())
        self.assertEqual(Keyword.objects.filter(article__slug=BORDER, language="en").count(), len(keywords) - 1)
