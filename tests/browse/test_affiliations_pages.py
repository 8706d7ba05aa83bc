"""Authors' affiliations on the article page, the author page and in the Scholar meta tags."""

from __future__ import annotations

import datetime
import re

from articles.models import Article, Author, Authorship
from tests.browse.helpers import DOLLIN, XHTML, SeedArchiveTestCase, parse_strict

OLD_ORG = "Әл-Фараби атындағы Қазақ ұлттық университеті"
NEW_ORG = "Institute <script>alert(1)</script> & Co"
KHASENOVA_ORG = "Л.Н. Гумилев атындағы Еуразия ұлттық университеті"


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split())


class AffiliationPageTests(SeedArchiveTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.dollin = Author.objects.get(name="Д. Доллин")
        cls.khasenova = Author.objects.get(name="А. К. Хасенова")
        Authorship.objects.filter(author=cls.dollin).update(affiliation=OLD_ORG)
        # A later article Доллин signed with another affiliation, with a co-author from a third one.
        cls.joint = Article.objects.create(
            slug="joint-article",
            title="Joint article",
            language="en",
            published=datetime.date(2030, 5, 1),
        )
        Authorship.objects.create(article=cls.joint, author=cls.dollin, position=0, affiliation=NEW_ORG)
        Authorship.objects.create(article=cls.joint, author=cls.khasenova, position=1, affiliation=KHASENOVA_ORG)
        # An older draft: its affiliation is not shown on the public author page.
        cls.draft = Article.objects.create(
            slug="draft-article", title="Draft", language="en", status=Article.Status.DRAFT
        )
        Authorship.objects.create(article=cls.draft, author=cls.dollin, position=0, affiliation="Draft University")

    def test_one_affiliation_is_a_note_under_the_byline(self):
        page = self.client.get(f"/en/articles/{DOLLIN}/").content
        document = parse_strict(self, page)
        notes = [p for p in document.iter(f"{XHTML}p") if p.get("class") == "affiliations"]
        self.assertEqual([_text(p) for p in notes], [f"Affiliation: {OLD_ORG}"])
        self.assertEqual(document.findall(f".//{XHTML}sup"), [])  # one affiliation needs no numbers

    def test_different_affiliations_are_numbered_and_escaped(self):
        response = self.client.get("/en/articles/joint-article/")
        document = parse_strict(self, response.content)
        byline = next(p for p in document.iter(f"{XHTML}p") if p.get("class") == "authors")
        self.assertEqual(_text(byline), "Д. Доллин1, А. К. Хасенова2")
        marks = [a.get("href") for a in byline.iter(f"{XHTML}a") if a.get("href", "").startswith("#")]
        self.assertEqual(marks, ["#affiliation-1", "#affiliation-2"])
        listed = next(u for u in document.iter(f"{XHTML}ul") if "affiliations" in (u.get("class") or ""))
        self.assertEqual(
            [(li.get("id"), _text(li)) for li in listed.iter(f"{XHTML}li")],
            [("affiliation-1", f"1 {NEW_ORG}"), ("affiliation-2", f"2 {KHASENOVA_ORG}")],
        )
        self.assertNotIn(b"<script>alert(1)", response.content)
        self.assertIn(b"Institute &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co", response.content)

    def test_the_scholar_tags_give_each_authors_institution_after_the_author(self):
        page = self.client.get("/en/articles/joint-article/").content.decode()
        tags = re.findall(r'<meta name="(citation_author(?:_institution)?)" content="([^"]*)">', page)
        self.assertEqual(
            tags,
            [
                ("citation_author", "Д. Доллин"),
                ("citation_author_institution", "Institute &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"),
                ("citation_author", "А. К. Хасенова"),
                ("citation_author_institution", KHASENOVA_ORG),
            ],
        )

    def test_an_author_without_affiliation_has_no_institution_tag(self):
        Authorship.objects.filter(author=self.dollin).update(affiliation="")
        page = self.client.get(f"/en/articles/{DOLLIN}/").content.decode()
        self.assertIn('<meta name="citation_author" content="Д. Доллин">', page)
        self.assertNotIn("citation_author_institution", page)
        self.assertNotIn('class="affiliations"', page)

    def test_the_author_page_lists_distinct_affiliations_most_recent_first(self):
        Authorship.objects.filter(article=self.joint, author=self.dollin).update(affiliation=OLD_ORG)
        Article.objects.create(slug="older-article", title="Older", language="en", published=datetime.date(2001, 1, 1))
        Authorship.objects.create(
            article=Article.objects.get(slug="older-article"), author=self.dollin, position=0, affiliation=NEW_ORG
        )
        response = self.client.get(f"/kk/authors/{self.dollin.slug}/")
        document = parse_strict(self, response.content)
        section = next(s for s in document.iter(f"{XHTML}section") if s.get("aria-labelledby") == "author-affiliations")
        self.assertEqual(_text(section.find(f"{XHTML}h2")), "Жұмыс орындары")
        self.assertEqual([_text(li) for li in section.iter(f"{XHTML}li")], [OLD_ORG, NEW_ORG])
        self.assertNotIn(b"Draft University", response.content)

    def test_the_author_page_in_russian_with_the_newest_affiliation_first(self):
        response = self.client.get(f"/ru/authors/{self.dollin.slug}/")
        document = parse_strict(self, response.content)
        section = next(s for s in document.iter(f"{XHTML}section") if s.get("aria-labelledby") == "author-affiliations")
        self.assertEqual(_text(section.find(f"{XHTML}h2")), "Места работы")
        self.assertEqual([_text(li) for li in section.iter(f"{XHTML}li")], [NEW_ORG, OLD_ORG])

    def test_an_author_without_affiliations_has_no_such_section(self):
        Authorship.objects.update(affiliation="")
        page = self.client.get(f"/en/authors/{self.khasenova.slug}/").content.decode()
        self.assertNotIn("author-affiliations", page)
