"""The article change form over HTTP: every part editable, the edit kept by the next import and found by search."""

import datetime

from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.utils.html import escape

from articles.curation.services import EDITOR_TOPIC_REASON
from articles.models import Article, Author, Source, Topic
from tests.admin.helpers import (
    AdminTestCase,
    add_inline_row,
    admin_url,
    change_form_data,
    form_errors,
    inline_rows,
    reimport,
)
from tests.fixtures import BORDER, DOLLIN, KHASENOVA, NEWS

UNCHANGED = "8 records: 0 created, 0 updated, 8 unchanged."


def found(word: str) -> set[str]:
    return set(Article.objects.published().search(word).values_list("slug", flat=True))


def row_index(response, prefix: str, **attributes) -> int:
    rows = inline_rows(response, prefix)
    return next(i for i, row in enumerate(rows) if all(getattr(row, k) == v for k, v in attributes.items()))


class ChangeFormDisplayTests(AdminTestCase):
    def test_the_form_has_every_part_of_the_article_as_inlines(self):
        article = self.article(BORDER)
        response, _ = self.open_change_form(article)
        inlines = response.context["inline_admin_formsets"]
        counts = {inline.formset.prefix: len(inline.formset.forms) for inline in inlines}
        self.assertEqual(counts, {"authorships": 0, "titles": 2, "abstracts": 3, "keywords": 18, "references": 21})
        self.assertEqual([t.language for t in inline_rows(response, "titles")], ["en", "ru"])
        keywords = inline_rows(response, "keywords")
        self.assertEqual([(k.language, k.position) for k in keywords[:3]], [("en", 0), ("en", 1), ("en", 2)])
        chosen = response.context["adminform"].form["chosen_topics"].value()
        self.assertEqual(
            set(Topic.objects.filter(pk__in=chosen).values_list("slug", flat=True)),
            {"cross-border-cooperation", "kazakhstan-russia", "eurasian-economic-union"},
        )
        self.assertContains(response, 'class="selectfilter"')  # the filtered multi-select
        self.assertContains(response, 'class="viewsitelink"')

    def test_authors_are_picked_with_autocomplete_in_byline_order(self):
        response, _ = self.open_change_form(self.article(DOLLIN))
        self.assertEqual([a.author.name for a in inline_rows(response, "authorships")], ["Д. Доллин"])
        self.assertContains(response, "admin-autocomplete")
        autocomplete = self.client.get(
            admin_url("autocomplete"),
            {
                "app_label": "articles",
                "model_name": "authorship",
                "field_name": "author",
                "term": "Dollin",
            },
        )
        self.assertEqual([r["text"] for r in autocomplete.json()["results"]], ["Д. Доллин"])

    def test_provenance_is_read_only_with_the_original_source_lines(self):
        article = self.article(DOLLIN)
        response, data = self.open_change_form(article)
        self.assertNotIn("provenance_file", data)
        self.assertNotIn("provenance_first_line", data)
        self.assertContains(response, "000_55efa678b9fb1c42.txt")
        # Lines 21 to 143 of the file, numbered from 21, exactly as the file has them.
        html = response.content.decode()
        self.assertIn('<ol class="source-lines" start="21"><li>Д. Доллин</li><li></li><li>ҚАЗАҚСТАН', html)
        listed = html.split('<ol class="source-lines"')[1].split("</ol>")[0]
        self.assertEqual(listed.count("<li>"), 143 - 21 + 1)
        lines = (settings.ARCHIVE_SEED_DIR / "000_55efa678b9fb1c42.txt").read_text(encoding="utf-8").split("\n")
        self.assertIn(f"<li>{escape(lines[142])}</li></ol>", html)

    def test_view_on_site_opens_the_public_page(self):
        article = self.article(NEWS)
        response, _ = self.open_change_form(article)
        self.assertContains(response, admin_url("view_on_site", response.context["content_type_id"], article.pk))
        redirect = self.client.get(admin_url("view_on_site", response.context["content_type_id"], article.pk))
        self.assertTrue(redirect["Location"].endswith(article.get_absolute_url()))


class CuratedEditTests(AdminTestCase):
    """Each kind of field an editor changes is saved, recorded, searchable, and survives `import_texts`."""

    def assert_curated(self, slug: str, names: list[str]) -> Article:
        article = self.article(slug)
        self.assertEqual(sorted(article.curated_fields), sorted(names))
        self.assertIn(UNCHANGED, reimport())
        return self.article(slug)

    def test_title(self):
        article = self.article(BORDER)
        _, data = self.open_change_form(article)
        data["title"] = "Қазақстан мен Моңғолияның шекаралық ынтымақтастығы"
        self.save_change_form(article, data)

        self.assertEqual(found("Моңғолия"), {BORDER})
        article = self.assert_curated(BORDER, ["title", "titles"])
        self.assertEqual(article.title, "Қазақстан мен Моңғолияның шекаралық ынтымақтастығы")
        self.assertEqual(sorted(article.titles.values_list("language", flat=True)), ["en", "ru"])
        entry = LogEntry.objects.get(object_id=str(article.pk), action_flag=CHANGE)
        self.assertEqual(entry.user, self.editor)
        self.assertEqual(entry.get_change_message(), "Changed Title.")
        history = self.client.get(admin_url("articles_article_history", article.pk))
        self.assertContains(history, "editor")
        self.assertContains(history, "Changed Title.")

    def test_abstracts(self):
        article = self.article(BORDER)
        response, data = self.open_change_form(article)
        ru = row_index(response, "abstracts", language="ru")
        en = row_index(response, "abstracts", language="en")
        data[f"abstracts-{ru}-text"] = "Приграничные регионы Монголии и Казахстана: новая редакция аннотации."
        data[f"abstracts-{en}-DELETE"] = "on"
        self.save_change_form(article, data)

        self.assertEqual(found("Монголии"), {BORDER})
        article = self.assert_curated(BORDER, ["abstracts"])
        self.assertEqual(
            dict(article.abstracts.values_list("language", "text")),
            {
                "kk": dict(self.article(BORDER).abstracts.values_list("language", "text"))["kk"],
                "ru": "Приграничные регионы Монголии и Казахстана: новая редакция аннотации.",
            },
        )

    def test_keywords(self):
        article = self.article(BORDER)
        response, data = self.open_change_form(article)
        en_keywords = [k.text for k in inline_rows(response, "keywords") if k.language == "en"]
        self.assertEqual(en_keywords[0], "EAEU")
        data[f"keywords-{row_index(response, 'keywords', language='en', position=0)}-text"] = "Eurasian Economic Union"
        data[f"keywords-{row_index(response, 'keywords', language='en', position=5)}-DELETE"] = "on"
        # Moved to the front: position 0 ties with the first row, which keeps its place as shown.
        data[f"keywords-{row_index(response, 'keywords', language='en', position=3)}-position"] = "0"
        add_inline_row(data, "keywords", language="en", position="", text="Altai borderlands")
        self.save_change_form(article, data)

        expected = [
            "Eurasian Economic Union",
            en_keywords[3],
            en_keywords[1],
            en_keywords[2],
            en_keywords[4],
            "Altai borderlands",
        ]
        self.assertEqual(list(article.keywords.filter(language="en").values_list("text", flat=True)), expected)
        self.assertEqual(
            list(article.keywords.filter(language="en").values_list("position", flat=True)), [0, 1, 2, 3, 4, 5]
        )
        self.assertEqual(article.keywords.filter(language="kk").count(), 6)
        self.assertEqual(found("Altai"), {BORDER})
        article = self.assert_curated(BORDER, ["keywords"])
        self.assertEqual(list(article.keywords.filter(language="en").values_list("text", flat=True)), expected)

    def test_authors_added_and_reordered(self):
        article = self.article(DOLLIN)
        khasenova, dollin = Author.objects.get(name="А. К. Хасенова"), Author.objects.get(name="Д. Доллин")
        _, data = self.open_change_form(article)
        add_inline_row(data, "authorships", position="", author=khasenova.pk)
        self.save_change_form(article, data)
        self.assertEqual([a.name for a in article.authors_in_order], ["Д. Доллин", "А. К. Хасенова"])

        # Swapping two places: unique positions must not collide half-way.
        response, data = self.open_change_form(article)
        data[f"authorships-{row_index(response, 'authorships', author=khasenova)}-position"] = "0"
        data[f"authorships-{row_index(response, 'authorships', author=dollin)}-position"] = "1"
        self.save_change_form(article, data)

        self.assertEqual([a.name for a in article.authors_in_order], ["А. К. Хасенова", "Д. Доллин"])
        self.assertIn(DOLLIN, found("Khasenova"))
        article = self.assert_curated(DOLLIN, ["authors"])
        self.assertEqual([a.name for a in article.authors_in_order], ["А. К. Хасенова", "Д. Доллин"])

    def test_topics(self):
        article = self.article(BORDER)
        reasons = dict(article.topic_links.values_list("topic__slug", "reason"))
        _, data = self.open_change_form(article)
        keep = Topic.objects.filter(slug__in=["cross-border-cooperation", "eurasian-economic-union", "environment"])
        data["chosen_topics"] = [str(topic.pk) for topic in keep]
        self.save_change_form(article, data)

        links = dict(article.topic_links.values_list("topic__slug", "reason"))
        self.assertEqual(
            links,
            {
                "cross-border-cooperation": reasons["cross-border-cooperation"],
                "eurasian-economic-union": reasons["eurasian-economic-union"],
                "environment": EDITOR_TOPIC_REASON,
            },
        )
        article = self.assert_curated(BORDER, ["topics"])
        self.assertEqual(set(article.topics.values_list("slug", flat=True)), set(links))

    def test_status(self):
        article = self.article(NEWS)
        self.assertIn(NEWS, found("Алматыда"))
        _, data = self.open_change_form(article)
        data["status"] = Article.Status.DRAFT
        self.save_change_form(article, data)

        self.assertNotIn(NEWS, found("Алматыда"))
        self.assertEqual(self.client.get(article.get_absolute_url()).status_code, 404)
        article = self.assert_curated(NEWS, ["status"])
        self.assertEqual(article.status, Article.Status.DRAFT)

    def test_references_date_and_source(self):
        article = self.article(KHASENOVA)
        source = Source.objects.get(name="Kazinform")
        response, data = self.open_change_form(article)
        self.assertEqual(inline_rows(response, "references"), [])
        add_inline_row(
            data,
            "references",
            position="",
            number="1",
            kind="numbered",
            text="1. Назарбаев Н. Казахстанский путь. – Караганда, 2006.",
            urls="[]",
        )
        data["published"] = "2012-03-01"
        data["source"] = str(source.pk)
        self.save_change_form(article, data)

        article = self.assert_curated(KHASENOVA, ["published", "source", "references"])
        self.assertEqual(article.published, datetime.date(2012, 3, 1))
        self.assertEqual(article.source, source)
        self.assertEqual(list(article.references.values_list("position", "number")), [(0, 1)])

    def test_an_unchanged_save_curates_nothing(self):
        article = self.article(BORDER)
        _, data = self.open_change_form(article)
        self.save_change_form(article, data)
        self.assertEqual(self.article(BORDER).curated_fields, [])
        self.assertEqual(self.article(BORDER).keywords.count(), 18)


class AddArticleTests(AdminTestCase):
    def test_an_editor_adds_an_article_with_parts_and_search_finds_it(self):
        response = self.client.get(admin_url("articles_article_add"))
        self.assertEqual(response.status_code, 200)
        data = change_form_data(response)
        data.update(
            title="Қазақстан және Арктика кеңесі",
            slug="qazaqstan-arktika",
            language="kk",
            kind="research_article",
            status="published",
            body="Арктика туралы мақала.",
        )
        add_inline_row(data, "abstracts", language="en", text="Kazakhstan and the Arctic Council.")
        with self.captureOnCommitCallbacks(execute=True):
            saved = self.client.post(admin_url("articles_article_add"), data)
        self.assertEqual(saved.status_code, 302, saved.context and form_errors(saved))
        article = self.article("qazaqstan-arktika")
        self.assertIsNone(article.import_key)
        self.assertEqual(found("Арктика"), {"qazaqstan-arktika"})
        self.assertEqual(list(article.abstracts.values_list("language", flat=True)), ["en"])
        self.assertIn("8 records: 0 created, 0 updated, 8 unchanged.", reimport())
        self.assertTrue(Article.objects.filter(slug="qazaqstan-arktika").exists())
