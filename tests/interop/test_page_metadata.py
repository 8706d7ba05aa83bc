"""What indexers read in an article page's head (Highwire, Dublin Core, JSON-LD, hreflang), and the citation box."""

from __future__ import annotations

import json

import lxml.html
from django.test import TestCase

from articles.models import Article

from . import archive_data
from .archive_data import FULL_AUTHORS, FULL_SLUG, FULL_TITLE, JOURNAL

FULL_URL = f"http://testserver/ru/articles/{FULL_SLUG}/"
LANGUAGES = ("kk", "ru", "en")


class PageMetadataTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.ids = archive_data.build()

    def page(self, article: Article, language: str = "ru"):
        response = self.client.get(f"/{language}/articles/{article.slug}/")
        self.assertEqual(response.status_code, 200)
        return response, lxml.html.document_fromstring(response.content.decode("utf-8"))

    @staticmethod
    def meta(document, name: str) -> list[tuple[str, str | None]]:
        return [(node.get("content"), node.get("lang")) for node in document.xpath(f'//head/meta[@name="{name}"]')]

    @staticmethod
    def json_ld(document) -> dict:
        scripts = document.xpath('//script[@type="application/ld+json"]')
        assert len(scripts) == 1
        return json.loads(scripts[0].text)

    def full(self) -> Article:
        return Article.objects.get(slug=FULL_SLUG)

    def test_highwire_tags(self):
        _, document = self.page(self.full())
        meta = lambda name: [content for content, _lang in self.meta(document, name)]  # noqa: E731
        self.assertEqual(meta("citation_title"), [FULL_TITLE])
        self.assertEqual(meta("citation_author"), [name for name, _latin in FULL_AUTHORS])
        self.assertEqual(meta("citation_publication_date"), ["2019/03/15"])
        self.assertEqual(meta("citation_language"), ["ru"])
        self.assertEqual(meta("citation_journal_title"), [JOURNAL])
        self.assertEqual(
            set(self.meta(document, "citation_abstract")),
            {(a.text, a.language) for a in self.full().abstracts.all()},
        )
        self.assertEqual(
            self.meta(document, "citation_keywords"), [("ЕАЭС; интеграция", "ru"), ("EAEU; integration", "en")]
        )
        self.assertEqual(
            meta("citation_reference"),
            [
                "Назарбаев Н. А. Евразийский союз // Известия. 2011.",
                "EAEU treaty. www.eaeunion.org/treaty",
            ],
        )
        self.assertEqual(meta("citation_fulltext_html_url"), [FULL_URL])

    def test_dublin_core_tags_carry_every_title_and_abstract_language(self):
        _, document = self.page(self.full(), language="en")
        titles = {(n.get("content"), n.get("xml:lang")) for n in document.xpath('//meta[@name="DC.title"]')}
        self.assertEqual(
            titles,
            {
                (FULL_TITLE, "ru"),
                ("Қазақстан және ЕАЭО: интеграция жолы", "kk"),
                ("Kazakhstan and the EAEU: the path of integration", "en"),
            },
        )
        descriptions = {(n.get("content"), n.get("xml:lang")) for n in document.xpath('//meta[@name="DC.description"]')}
        self.assertEqual(descriptions, {(a.text, a.language) for a in self.full().abstracts.all()})
        for node in document.xpath('//meta[starts-with(@name, "DC.")]'):
            self.assertEqual(node.get("xml:lang"), node.get("lang"), "xml:lang always comes with the same lang")
        self.assertEqual(
            [n.get("content") for n in document.xpath('//meta[@name="DC.creator"]')],
            [name for name, _latin in FULL_AUTHORS],
        )
        self.assertEqual([n.get("content") for n in document.xpath('//meta[@name="DC.identifier"]')], [FULL_URL])
        self.assertEqual(document.xpath('//link[@rel="schema.DC"]/@href'), ["http://purl.org/dc/elements/1.1/"])

    def test_json_ld_of_a_research_article(self):
        _, document = self.page(self.full())
        data = self.json_ld(document)
        self.assertEqual((data["@context"], data["@type"]), ("https://schema.org", "ScholarlyArticle"))
        self.assertEqual((data["@id"], data["inLanguage"], data["headline"]), (FULL_URL, "ru", FULL_TITLE))
        self.assertEqual(
            data["alternativeHeadline"],
            [
                {"@value": "Қазақстан және ЕАЭО: интеграция жолы", "@language": "kk"},
                {"@value": "Kazakhstan and the EAEU: the path of integration", "@language": "en"},
            ],
        )
        self.assertEqual(
            {(a["@language"], a["@value"]) for a in data["abstract"]},
            {(a.language, a.text) for a in self.full().abstracts.all()},
        )
        self.assertEqual([a["name"] for a in data["author"]], [name for name, _latin in FULL_AUTHORS])
        self.assertEqual(data["author"][0]["alternateName"], "A. B. Ivanov")
        self.assertEqual(
            {(k["@language"], k["@value"]) for k in data["keywords"]},
            {(k.language, k.text) for k in self.full().keywords.all()},
        )
        topics = {t.slug: t for t in self.full().topics.all()}
        self.assertEqual(len(data["about"]), len(topics))
        for about in data["about"]:
            slug = about["url"].rstrip("/").rsplit("/", 1)[1]
            self.assertEqual(
                {(n["@language"], n["@value"]) for n in about["name"]},
                {(code, getattr(topics[slug], f"name_{code}")) for code in LANGUAGES},
            )
        self.assertEqual(
            data["citation"],
            [
                {"@type": "CreativeWork", "name": "Назарбаев Н. А. Евразийский союз // Известия. 2011."},
                {
                    "@type": "CreativeWork",
                    "name": "EAEU treaty. www.eaeunion.org/treaty",
                    "url": "http://www.eaeunion.org/treaty",
                },
            ],
        )
        self.assertEqual(data["datePublished"], "2019-03-15")
        self.assertEqual(data["isPartOf"], {"@type": "Periodical", "name": JOURNAL})

    def test_json_ld_cannot_break_out_of_its_script(self):
        response, document = self.page(self.full())
        html = response.content.decode("utf-8")
        start = html.index('<script type="application/ld+json">')
        block = html[start : html.index("</script>", start)]
        self.assertNotIn("<", block[len('<script type="application/ld+json">') :])
        self.assertIn("\\u003Cscript\\u003E", block)
        self.assertNotIn("<script>alert(1)", html)
        self.assertIn("<script>alert(1)</script>", self.json_ld(document)["abstract"][0]["@value"])

    def test_news_and_interviews_are_news_articles(self):
        interview = Article.objects.get(kind="interview")
        _, document = self.page(interview, language="en")
        data = self.json_ld(document)
        self.assertEqual(
            (data["@type"], data["inLanguage"], data["datePublished"]), ("NewsArticle", "kk", "2025-11-13")
        )
        self.assertEqual(data["publisher"]["name"], "Kazinform")
        # Google Scholar's tags are for scholarly articles only (its inclusion guidelines).
        self.assertEqual(document.xpath('//meta[starts-with(@name, "citation_")]'), [])

    def test_every_published_page_has_parseable_metadata_and_language_alternates(self):
        for article in Article.objects.published():
            with self.subTest(article=article.slug):
                _, document = self.page(article, language="en")
                data = self.json_ld(document)
                own = archive_data.article_url(article)
                self.assertEqual(data["@id"], own)
                scholarly = article.kind == Article.Kind.RESEARCH_ARTICLE
                self.assertEqual(
                    [c for c, _ in self.meta(document, "citation_title")],
                    [article.title] if article.title and scholarly else [],
                )
                self.assertEqual("headline" in data, bool(article.title))
                alternates = {
                    n.get("hreflang"): n.get("href") for n in document.xpath('//link[@rel="alternate"][@hreflang]')
                }
                expected = {code: f"http://testserver/{code}/articles/{article.slug}/" for code in LANGUAGES}
                self.assertEqual(alternates, {**expected, "x-default": f"http://testserver/articles/{article.slug}/"})
                self.assertEqual(
                    [c for c, _ in self.meta(document, "citation_fulltext_html_url")], [own] if scholarly else []
                )
        # x-default, the address without a language prefix, sends each reader on to their language.
        self.assertEqual(self.client.get(f"/articles/{article.slug}/", HTTP_ACCEPT_LANGUAGE="ru").status_code, 302)

    def test_citation_box_switches_styles_without_inline_script(self):
        _response, document = self.page(self.full())
        box = document.xpath('//section[@class="citation-box"]')[0]
        self.assertEqual(len(box.xpath('.//input[@type="radio"][@name="citation-style"]')), 2)
        gost = box.xpath('.//p[@id="citation-gost"]')[0].text_content()
        apa = box.xpath('.//p[@id="citation-apa"]')[0].text_content()
        self.assertTrue(gost.startswith(f"Иванов А. Б. и др. {FULL_TITLE} // "))
        self.assertTrue(apa.startswith("Иванов, А. Б., Петров, В. Г., Smith, J., & Ли, Ж.-К. (2019)."))
        self.assertEqual(
            [b.get("data-copy") for b in box.xpath(".//button[@hidden]")], ["citation-gost", "citation-apa"]
        )
        for script in document.xpath("//script"):
            self.assertTrue(script.get("src") or script.get("type") == "application/ld+json", "no inline script")
        self.assertIn("/static/js/citation.js", document.xpath("//script/@src"))
        for href in box.xpath(".//a[@download]/@href"):
            self.assertEqual(self.client.get(href).status_code, 200, href)
        self.assertEqual(len(box.xpath(".//a[@download]")), 3)

    def test_pages_link_their_atom_feeds(self):
        document = lxml.html.document_fromstring(self.client.get("/en/").content)
        self.assertEqual(document.xpath('//link[@type="application/atom+xml"]/@href'), ["/en/feed/"])
        document = lxml.html.document_fromstring(self.client.get("/en/topics/central-asia/").content)
        self.assertEqual(
            document.xpath('//link[@type="application/atom+xml"]/@href'), ["/en/feed/", "/en/topics/central-asia/feed/"]
        )
