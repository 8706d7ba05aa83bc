"""An article page a scholar can read and cite (issue 19): tables, references, markers, dates, related articles."""

from __future__ import annotations

import datetime
import re
from unittest import mock

from articles.browse import catalog
from articles.models import Article, ArticleTopic, Author, Authorship, Reference, Topic
from articles.text.rendering import body_blocks, link_citations, link_urls, reference_text
from tests.browse.helpers import (
    BORDER,
    DOLLIN,
    EU_FRAGMENT,
    INTERVIEW,
    RU_FRAGMENT,
    XHTML,
    SeedArchiveTestCase,
    parse_strict,
)


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split())


class TableTests(SeedArchiveTestCase):
    def test_rows_of_figures_left_as_paragraphs_are_a_table_not_headings(self):
        # Table 3 of the border article: each row a paragraph of two regions and two scores ("… 100 0").
        page = self.client.get(f"/kk/articles/{BORDER}/").content.decode()
        row = "<tr><td>Атырау облысы (Атырау қ.) Астрахан облысы (Астрахань қ.)</td><td>100</td><td>0</td></tr>"
        self.assertIn(row, page)
        headings = re.findall(r"<h2>([^<]*)</h2>", page)
        self.assertEqual([h for h in headings if re.search(r"\d+ \d+$", h)], [], "no row of figures is a heading")
        document = parse_strict(self, page.encode())
        self.assertEqual(len(document.findall(f".//{XHTML}table")), 4)

    def test_a_one_cell_first_row_is_the_table_heading(self):
        # Table 2: "Қазақстан аймағы Ресей аймағы Гравитация индексі" over the two columns of regions and index.
        page = self.client.get(f"/kk/articles/{BORDER}/").content.decode()
        heading = '<thead><tr><th colspan="2" scope="colgroup">Қазақстан аймағы Ресей аймағы Гравитация индексі</th>'
        self.assertIn(heading, page)
        self.assertEqual(page.count("<thead>"), 1)

    def test_a_sentence_ending_in_a_number_is_not_a_table_row(self):
        body = "Сауда 2019 жылы өсті.\n\nЭкспорт 2020 жылы 12\n\nИмпорт азайды."
        self.assertEqual([b.kind for b in body_blocks(body)], ["paragraph", "heading", "paragraph"])
        rows = "Ақтөбе облысы 100 0\n\nАтырау облысы 0 0\n\nҚостанай облысы 100 100"
        [table] = body_blocks(rows)
        self.assertEqual(
            table.rows, [["Ақтөбе облысы", "100", "0"], ["Атырау облысы", "0", "0"], ["Қостанай облысы", "100", "100"]]
        )


class ReferenceTests(SeedArchiveTestCase):
    def test_numbered_references_are_numbered_once_with_clean_links(self):
        document = parse_strict(self, self.client.get(f"/en/articles/{DOLLIN}/").content)
        items = document.findall(f".//{XHTML}section[@class='references']/{XHTML}ol/{XHTML}li")
        self.assertEqual([item.get("value") for item in items], [str(n) for n in range(1, 11)])
        self.assertEqual([item.get("id") for item in items], [f"reference-{n}" for n in range(1, 11)])
        for item in items:
            self.assertIsNone(re.match(r"\d+\.", _text(item)), "the number is not repeated")
            self.assertNotIn("<", _text(item))
            self.assertNotIn(">", _text(item))
        second = items[1]
        self.assertEqual(
            _text(second),
            "Программа председательства Республики Казахстан в ОБСЕ в 2010 году// http://www.centrasia.ru/newsA.php?st=1266253200",
        )
        [link] = second.findall(f"{XHTML}a")
        self.assertEqual(link.get("href"), "http://www.centrasia.ru/newsA.php?st=1266253200")

    def test_in_text_markers_link_to_their_references(self):
        document = parse_strict(self, self.client.get(f"/en/articles/{DOLLIN}/").content)
        markers = [a for a in document.iter(f"{XHTML}a") if a.get("class") == "citation-marker"]
        targets = {a.get("href") for a in markers}
        self.assertEqual(targets, {f"#reference-{n}" for n in range(1, 11)})
        ids = {element.get("id") for element in document.iter() if element.get("id")}
        self.assertLessEqual({href[1:] for href in targets}, ids)

    def test_reference_helpers(self):
        self.assertEqual(reference_text("4. Federal Minister", 4), "Federal Minister")
        self.assertEqual(reference_text("14. Federal Minister", 4), "14. Federal Minister")
        self.assertEqual(
            str(link_urls("Online: < http://a.kz/x.html> (27.06.2007); <http://b.kz/y.pdf>(accessed)")),
            'Online: <a href="http://a.kz/x.html" rel="nofollow noopener">http://a.kz/x.html</a> (27.06.2007); '
            '<a href="http://b.kz/y.pdf" rel="nofollow noopener">http://b.kz/y.pdf</a> (accessed)',
        )
        self.assertEqual(str(link_urls("<javascript:alert(1)>")), "&lt;javascript:alert(1)&gt;")
        self.assertEqual(
            str(link_citations("[2, с. 15] and [3–4] and [1999] <b>", {2, 3})),
            '[<a href="#reference-2" class="citation-marker">2</a>, с. 15] and '
            '[<a href="#reference-3" class="citation-marker">3</a>–4] and [1999] &lt;b&gt;',
        )


class RecordPageTests(SeedArchiveTestCase):
    def test_a_permanent_link_and_a_way_to_share_it(self):
        document = parse_strict(self, self.client.get(f"/en/articles/{INTERVIEW}/").content)
        facts = dict(
            zip(
                [_text(dt) for dt in document.iter(f"{XHTML}dt")],
                document.iter(f"{XHTML}dd"),
            )
        )
        permalink = f"http://testserver/en/articles/{INTERVIEW}/"
        self.assertEqual(facts["Permanent link"].find(f"{XHTML}a").get("href"), permalink)
        mail = facts["Share"].find(f"{XHTML}a").get("href")
        self.assertTrue(mail.startswith("mailto:?subject=%D0%A2%D0%BE%D2%9B%D0%B0%D0%B5%D0%B2"), mail)
        self.assertTrue(mail.endswith("&body=http%3A//testserver/en/articles/" + INTERVIEW + "/"), mail)

    def test_no_citation_box_on_a_record_without_title_or_author(self):
        fragment = Article.objects.get(slug=EU_FRAGMENT)
        self.assertEqual((fragment.title, list(fragment.authorships.all())), ("", []))
        self.assertNotContains(self.client.get(f"/en/articles/{EU_FRAGMENT}/"), 'class="citation-box"')
        self.assertContains(self.client.get(f"/en/articles/{BORDER}/"), 'class="citation-box"')

    def test_an_untitled_fragment_is_named_by_its_opening_words(self):
        fragment = Article.objects.get(slug=RU_FRAGMENT)
        opening = " ".join(fragment.body.split()[:10])
        document = parse_strict(self, self.client.get(f"/ru/articles/{RU_FRAGMENT}/").content)
        self.assertEqual(_text(document.find(f".//{XHTML}h1")), f"Фрагмент без заглавия: «{opening}…»")
        # A fragment with no text (references and abstracts only; none in its own language, Russian) is named by
        # its abstract in the reader's language.
        self.assertEqual(Article.objects.get(slug=EU_FRAGMENT).body, "")
        document = parse_strict(self, self.client.get(f"/en/articles/{EU_FRAGMENT}/").content)
        self.assertEqual(
            _text(document.find(f".//{XHTML}h1")),
            "Untitled fragment: «Interregional convergence experience of the European Union and Central Asia…»",
        )

    def test_the_fragment_note_is_in_the_reader_language(self):
        response = self.client.get(f"/kk/articles/{EU_FRAGMENT}/")
        self.assertContains(response, "Бұл мақаланың басы дереккөздің алдыңғы бөлігінде; мұнда жоқ: атауы, авторлар")
        self.assertNotContains(response, "The beginning of this article")

    def test_publication_dates_in_the_reader_language(self):
        dates = {"kk": "2025 жылғы 13 қараша", "ru": "13 ноября 2025 г.", "en": "13 November 2025"}
        for language, text in dates.items():
            with self.subTest(language=language):
                self.assertContains(
                    self.client.get(f"/{language}/articles/{INTERVIEW}/"),
                    f'<time datetime="2025-11-13">{text}</time>',
                    html=True,
                )

    def test_a_date_known_to_the_year_or_month_only_shows_no_more(self):
        Article.objects.filter(slug=BORDER).update(published=datetime.date(2019, 3, 1), published_precision="month")
        self.assertContains(self.client.get(f"/ru/articles/{BORDER}/"), ">Март 2019 г.</time>")
        Article.objects.filter(slug=BORDER).update(published_precision="year")
        self.assertContains(self.client.get(f"/kk/articles/{BORDER}/"), ">2019</time>")

    def test_related_articles_share_authors_or_topics(self):
        article = Article.objects.get(slug=BORDER)
        topics = set(article.topics.values_list("pk", flat=True))
        expected = {
            a.slug
            for a in Article.objects.published().exclude(pk=article.pk).exclude(is_fragment=True, title="")
            if topics & set(a.topics.values_list("pk", flat=True))
        }
        document = parse_strict(self, self.client.get(f"/en/articles/{BORDER}/").content)
        related = document.find(f".//{XHTML}section[@class='related']")
        slugs = {
            a.get("href").rstrip("/").rsplit("/", 1)[-1]
            for a in related.iter(f"{XHTML}a")
            if "/articles/" in a.get("href")
        }
        self.assertEqual(slugs, expected)
        self.assertTrue(expected)

    def test_the_author_page_does_not_repeat_the_author_on_each_row(self):
        document = parse_strict(self, self.client.get("/en/authors/d-dollin/").content)
        rows = document.findall(f".//{XHTML}li[@class='article-row']")
        self.assertEqual(len(rows), 1)
        self.assertEqual([a.get("href") for a in rows[0].iter(f"{XHTML}a") if "/authors/" in a.get("href")], [])

    def test_reader_language_abstract_first_on_every_interface(self):
        for language, order in (("kk", ["kk", "ru", "en"]), ("en", ["en", "kk", "ru"]), ("ru", ["ru", "kk", "en"])):
            with self.subTest(language=language):
                response = self.client.get(f"/{language}/articles/{BORDER}/")
                self.assertEqual([a.language for a in response.context["abstracts"]], order)

    def test_a_reference_kind_other_than_numbered_is_listed_without_numbers(self):
        cited = Reference.objects.filter(article__slug=BORDER, kind=Reference.Kind.CITATION).count()
        document = parse_strict(self, self.client.get(f"/en/articles/{BORDER}/").content)
        items = document.findall(f".//{XHTML}ul[@class='cited-works']/{XHTML}li")
        self.assertEqual(len(items), cited)
        self.assertGreater(cited, 0)


class RelatedArticleTests(SeedArchiveTestCase):
    def _article(self, slug: str, topics: list[Topic], published: datetime.date, **fields) -> Article:
        article = Article.objects.create(title=slug, slug=slug, language="en", published=published, **fields)
        for topic in topics:
            ArticleTopic.objects.create(article=article, topic=topic)
        return article

    def test_same_authors_first_then_most_shared_topics_among_the_articles_added_last(self):
        first, second = Topic.objects.order_by("pk")[:2]
        day = datetime.date(2020, 1, 1)
        subject = self._article("subject", [first, second], day)
        author = Author.objects.create(name="Related Author", slug="related-author")
        colleague = self._article("colleague", [], datetime.date(2001, 1, 1))
        for article in (subject, colleague):
            Authorship.objects.create(article=article, author=author, position=1)
        # Shares both topics but was added before the window of the three articles added last to them.
        self._article("old-both", [first, second], datetime.date(2024, 1, 1))
        self._article("one-older", [first], day - datetime.timedelta(days=1))
        self._article("draft-both", [first, second], day, status=Article.Status.DRAFT)
        self._article("both", [first, second], datetime.date(2010, 1, 1))
        self._article("one-newer", [second], day + datetime.timedelta(days=1))
        with mock.patch.object(catalog, "RELATED_CANDIDATES", 4):
            related = [a.slug for a in catalog.related_articles(subject)]
        self.assertEqual(related, ["colleague", "both", "one-newer", "one-older"])
        # Without the window, the older article sharing both topics comes before those sharing one.
        with mock.patch.object(catalog, "RELATED_CANDIDATES", 1000):
            related = [a.slug for a in catalog.related_articles(subject)]
        self.assertEqual(related[:3], ["colleague", "old-both", "both"])
