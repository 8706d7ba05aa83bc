"""The article change form over HTTP: every part editable, the edit kept by the next import and found by search."""

import datetime

from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.test import Client
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
    def test_the_form_has_every_part_of_the_article(self):
        article = self.article(BORDER)
        response, data = self.open_change_form(article)
        inlines = response.context["inline_admin_formsets"]
        counts = {inline.formset.prefix: len(inline.formset.forms) for inline in inlines}
        self.assertEqual(counts, {"authorships": 0, "references": 21})
        # Titles, abstracts and keywords per language, side by side: the article's own title is the title field.
        self.assertEqual(article.language, "kk")
        self.assertNotIn("title_kk", data)
        self.assertEqual(data["title"], article.title)
        self.assertEqual(data["title_en"], article.titles.get(language="en").title)
        self.assertEqual(data["title_ru"], article.titles.get(language="ru").title)
        for code in ("kk", "ru", "en"):
            self.assertEqual(data[f"abstract_{code}"], article.abstracts.get(language=code).text)
            keywords = list(article.keywords.filter(language=code).values_list("text", flat=True))
            self.assertEqual(data[f"keywords_{code}"].split("\n"), keywords)
        self.assertEqual(data["keywords_en"].split("\n")[:1], ["EAEU"])
        rows = [line.fields for fieldset in response.context["adminform"] for line in fieldset]
        self.assertIn(("title", "title_ru", "title_en"), rows)
        self.assertIn(("abstract_kk", "abstract_ru", "abstract_en"), rows)
        self.assertIn(("keywords_kk", "keywords_ru", "keywords_en"), rows)
        self.assertIn(("source", "published", "published_precision"), rows)
        self.assertIn(("volume", "issue", "pages"), rows)
        self.assertIn(("doi", "original_url"), rows)
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

    def test_each_imported_field_shows_the_source_line_it_came_from(self):
        response, _ = self.open_change_form(self.article(DOLLIN))
        fields = response.context["adminform"].form.fields
        # The title is printed in capitals on line 23 of the file (the provenance test reads lines 21 to 143).
        self.assertIn("Source line 23: ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЕҚЫҰ-ДАҒЫ", str(fields["title"].help_text))
        self.assertIn("Source line 143: Kazakhstan has been elected", str(fields["abstract_en"].help_text))
        self.assertContains(response, '<span class="source-line">Source line 23: ')

        response, _ = self.open_change_form(self.article(BORDER))
        fields = response.context["adminform"].form.fields
        # A keyword list is found where its first two keywords are printed one after the other, not in the
        # title that also names them ("… the EAEU Countries … Cross-border Regions").
        self.assertIn("Source line 53: Key words: EAEU, border regions", str(fields["keywords_en"].help_text))
        self.assertIn("Source line 30:  The Role of Border Cooperation", str(fields["title_en"].help_text))

    def test_view_on_site_opens_the_public_page_of_a_published_article(self):
        article = self.article(NEWS)
        response, _ = self.open_change_form(article)
        self.assertContains(response, f'<a href="{article.get_absolute_url()}" class="viewsitelink">', html=False)
        self.assertEqual(self.client.get(article.get_absolute_url()).status_code, 200)
        Article.objects.filter(pk=article.pk).update(status=Article.Status.DRAFT)
        draft, _ = self.open_change_form(article)
        # A draft's link is its preview: editors see the page, readers a 404 (tests/admin/test_draft_preview.py).
        self.assertContains(draft, f'<a href="{article.get_absolute_url()}" class="viewsitelink">', html=False)
        self.assertEqual(self.client.get(article.get_absolute_url()).status_code, 200)
        self.assertEqual(Client().get(article.get_absolute_url()).status_code, 404)


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
        self.assertEqual(entry.get_change_message(), "Changed Title in Kazakh (the article’s language).")
        history = self.client.get(admin_url("articles_article_history", article.pk))
        self.assertContains(history, "editor")
        self.assertContains(history, "Changed Title in Kazakh (the article’s language).")
        # The form shows its own history: who changed which field.
        response, _ = self.open_change_form(article)
        self.assertContains(response, "<strong>editor</strong>: Changed Title in Kazakh (the article’s language).")

    def test_translated_titles(self):
        article = self.article(BORDER)
        _, data = self.open_change_form(article)
        data["title_en"] = "Cross-border cooperation of Kazakhstan and Mongolia"
        data["title_ru"] = ""
        self.save_change_form(article, data)

        self.assertEqual(found("Mongolia"), {BORDER})
        article = self.assert_curated(BORDER, ["titles"])
        self.assertEqual(
            list(article.titles.values_list("language", "title")),
            [("en", "Cross-border cooperation of Kazakhstan and Mongolia")],
        )

    def test_abstracts(self):
        article = self.article(BORDER)
        kazakh = article.abstracts.get(language="kk").text
        _, data = self.open_change_form(article)
        data["abstract_ru"] = "Приграничные регионы Монголии и Казахстана:\r\nновая редакция аннотации."
        data["abstract_en"] = ""
        data["abstract_kk"] = data["abstract_kk"].replace("\n", "\r\n")  # a browser's line ends: no change
        self.save_change_form(article, data)

        self.assertEqual(found("Монголии"), {BORDER})
        article = self.assert_curated(BORDER, ["abstracts"])
        self.assertEqual(
            dict(article.abstracts.values_list("language", "text")),
            {"kk": kazakh, "ru": "Приграничные регионы Монголии и Казахстана:\nновая редакция аннотации."},
        )

    def test_keywords(self):
        article = self.article(BORDER)
        _, data = self.open_change_form(article)
        en_keywords = data["keywords_en"].split("\n")
        self.assertEqual(en_keywords[0], "EAEU")
        # Renamed, moved, one dropped, one added; blank lines and a repeat are ignored.
        edited = [
            en_keywords[3],
            "Eurasian Economic Union",
            en_keywords[1],
            "",
            en_keywords[2],
            en_keywords[4],
            "  Altai borderlands ",
            en_keywords[1],
        ]
        data["keywords_en"] = "\r\n".join(edited)
        self.save_change_form(article, data)

        expected = [
            en_keywords[3],
            "Eurasian Economic Union",
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

    def test_a_keyword_too_long_is_refused_and_nothing_changes(self):
        article = self.article(BORDER)
        _, data = self.open_change_form(article)
        data["keywords_ru"] = "a" * 301
        response = self.client.post(admin_url("articles_article_change", article.pk), data)
        self.assertEqual(response.status_code, 200)
        self.assertIn("keywords_ru", response.context["adminform"].form.errors)
        self.assertEqual(self.article(BORDER).keywords.filter(language="ru").count(), 6)
        self.assertEqual(self.article(BORDER).curated_fields, [])

    def test_a_reference_link_must_be_http_or_https(self):
        article = self.article(KHASENOVA)
        _, data = self.open_change_form(article)
        add_inline_row(data, "references", position="", number="1", kind="numbered", text="1. Ссылка.")
        data["references-0-urls"] = '["javascript:alert(1)"]'
        response = self.client.post(admin_url("articles_article_change", article.pk), data)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            form_errors(response)["references"][1], {"urls": ["Not an http or https address: javascript:alert(1)"]}
        )
        self.assertFalse(self.article(KHASENOVA).references.exists())

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
        self.assertEqual(Client().get(article.get_absolute_url()).status_code, 404)  # a reader's
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
        self.assertIn("\n", data["body"])
        # As a browser posts it: every text box with CRLF line ends.
        data = {key: value.replace("\n", "\r\n") if isinstance(value, str) else value for key, value in data.items()}
        self.save_change_form(article, data)
        self.assertEqual(self.article(BORDER).curated_fields, [])
        self.assertEqual(self.article(BORDER).keywords.count(), 18)
        self.assertEqual(self.article(BORDER).body, article.body)


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
        data["abstract_en"] = "Kazakhstan and the Arctic Council."
        data["title_en"] = "Kazakhstan and the Arctic Council"
        data["keywords_en"] = "Arctic\r\nArctic Council"
        with self.captureOnCommitCallbacks(execute=True):
            saved = self.client.post(admin_url("articles_article_add"), data)
        self.assertEqual(saved.status_code, 302, saved.context and form_errors(saved))
        article = self.article("qazaqstan-arktika")
        self.assertIsNone(article.import_key)
        self.assertEqual(found("Арктика"), {"qazaqstan-arktika"})
        self.assertEqual(list(article.abstracts.values_list("language", flat=True)), ["en"])
        self.assertEqual(
            list(article.titles.values_list("language", "title")), [("en", "Kazakhstan and the Arctic Council")]
        )
        self.assertEqual(list(article.keywords.values_list("text", flat=True)), ["Arctic", "Arctic Council"])
        self.assertIn("8 records: 0 created, 0 updated, 8 unchanged.", reimport())
        self.assertTrue(Article.objects.filter(slug="qazaqstan-arktika").exists())
