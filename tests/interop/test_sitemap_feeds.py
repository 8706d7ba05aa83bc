"""/sitemap.xml with hreflang alternates, /robots.txt naming it, and the Atom feeds, read as XML."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from unittest import mock

from django.core.cache import cache
from django.test import TestCase, override_settings
from django.urls import set_script_prefix

from articles.interop.sitemaps import SITEMAPS
from articles.models import Article, Author, Topic

from . import archive_data

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
ATOM = "{http://www.w3.org/2005/Atom}"
LANGUAGES = ("kk", "ru", "en")


class SitemapAndFeedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.ids = archive_data.build()

    def sitemap_urls(self) -> dict[str, ET.Element]:
        """Every <url> of the sitemap pages the index at /sitemap.xml names."""
        index = self.client.get("/sitemap.xml")
        self.assertEqual((index.status_code, index["Content-Type"]), (200, "application/xml"))
        root = ET.fromstring(index.content)
        self.assertEqual(root.tag, f"{SITEMAP}sitemapindex")
        pages = [loc.text for loc in root.iter(f"{SITEMAP}loc")]
        self.assertEqual(len(pages), 3)  # articles, authors, topics: one page each at this size
        urls: dict[str, ET.Element] = {}
        for page in pages:
            response = self.client.get(page.removeprefix("http://testserver"))
            self.assertEqual(response.status_code, 200, page)
            self.assertNotIn(b"chernovik", response.content)
            urls |= {
                url.findtext(f"{SITEMAP}loc"): url for url in ET.fromstring(response.content).iter(f"{SITEMAP}url")
            }
        return urls

    def test_sitemap_lists_articles_authors_and_topics_in_every_language_with_alternates(self):
        urls = self.sitemap_urls()
        paths = (
            [f"articles/{a.slug}/" for a in Article.objects.published()]
            + [f"authors/{a.slug}/" for a in Author.objects.with_published_articles()]
            + [f"topics/{t.slug}/" for t in Topic.objects.all()]
        )
        self.assertEqual(set(urls), {f"http://testserver/{code}/{path}" for path in paths for code in LANGUAGES})
        for loc, url in urls.items():
            path = loc.split("/", 4)[4]
            alternates = {link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")}
            expected = {code: f"http://testserver/{code}/{path}" for code in LANGUAGES}
            self.assertEqual(alternates, {**expected, "x-default": f"http://testserver/{path}"}, loc)
        full = Article.objects.get(pk=self.ids["full"])
        lastmod = urls[archive_data.article_url(full, "en")].findtext(f"{SITEMAP}lastmod")
        self.assertEqual(lastmod, full.updated.date().isoformat())

    def test_sitemap_addresses_follow_the_script_prefix_of_each_request(self):
        # The sitemap fills slugs into addresses reversed once a request: a request under another prefix (the
        # archive mounted at /archive/) must not reuse the addresses of the one before.
        def locs(prefix: str) -> set[str]:
            set_script_prefix(prefix)
            try:
                # The WSGI handler sets the prefix from SCRIPT_NAME; Django's test client passes it on only.
                response = self.client.get("/sitemap-articles.xml", SCRIPT_NAME=prefix.rstrip("/"))
            finally:
                set_script_prefix("/")
            return {loc.text for loc in ET.fromstring(response.content).iter(f"{SITEMAP}loc")}

        for prefix in ("/", "/archive/", "/"):
            expected = {
                f"http://testserver{prefix}{code}/articles/{article.slug}/"
                for article in Article.objects.published()
                for code in LANGUAGES
            }
            self.assertEqual(locs(prefix), expected, prefix)

    @override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}})
    def test_sitemap_pages_are_cached_until_the_archive_changes(self):
        self.client.get("/sitemap-articles.xml")
        with self.assertNumQueries(1):  # the archive's change stamp; the page itself comes from the cache
            self.client.get("/sitemap-articles.xml")
        article = Article.objects.published().first()
        article.slug = "renamed-for-the-sitemap"
        article.save()
        self.assertIn(b"renamed-for-the-sitemap", self.client.get("/sitemap-articles.xml").content)

    def test_sitemap_pages_stay_within_the_protocols_limits(self):
        for sitemap in SITEMAPS.values():
            # The limit counts addresses (an item once per interface language): at most 50,000 a page.
            self.assertLessEqual(sitemap.limit, 50_000)

    def test_sitemap_pages_split_items_and_languages_without_loss_or_repeat(self):
        # Pages are read a slice at a time; a limit that is no multiple of the languages splits an item's
        # addresses across two pages.
        everything = dict.fromkeys(self.sitemap_urls())
        with mock.patch.object(SITEMAPS["articles"], "limit", 2):
            cache.clear()  # the pages of the usual limit are cached, and these must not outlive the test
            self.addCleanup(cache.clear)
            index = ET.fromstring(self.client.get("/sitemap.xml").content)
            pages = [loc.text for loc in index.iter(f"{SITEMAP}loc") if "articles" in loc.text]
            locs = []
            for page in pages:
                response = self.client.get(page.removeprefix("http://testserver"))
                found = [loc.text for loc in ET.fromstring(response.content).iter(f"{SITEMAP}loc")]
                self.assertLessEqual(len(found), 2, page)
                locs += found
        articles = [loc for loc in everything if "/articles/" in loc]
        self.assertEqual(len(pages), -(-len(articles) // 2))
        self.assertEqual(sorted(locs), sorted(articles))

    def test_robots_txt_names_the_sitemap(self):
        response = self.client.get("/robots.txt")
        self.assertEqual(response["Content-Type"], "text/plain; charset=utf-8")
        lines = response.content.decode().splitlines()
        self.assertEqual(lines[0], "User-agent: *")
        self.assertIn("Sitemap: http://testserver/sitemap.xml", lines)
        for code in LANGUAGES:
            self.assertIn(f"Disallow: /{code}/admin/", lines)

    def feed(self, path: str) -> ET.Element:
        response = self.client.get(path)
        self.assertEqual(response.status_code, 200, path)
        self.assertEqual(response["Content-Type"], "application/atom+xml; charset=utf-8")
        return ET.fromstring(response.content)

    def test_latest_articles_feed(self):
        feed = self.feed("/ru/feed/")
        self.assertEqual(feed.tag, f"{ATOM}feed")
        self.assertEqual(feed.get("{http://www.w3.org/XML/1998/namespace}lang"), "ru")
        entries = feed.findall(f"{ATOM}entry")
        newest = Article.objects.published().order_by("-created", "slug")
        self.assertEqual(
            [e.find(f"{ATOM}link").get("href") for e in entries],
            [f"http://testserver/ru/articles/{a.slug}/" for a in newest],
        )
        self.assertEqual([e.findtext(f"{ATOM}id") for e in entries], [f"oai:kz-ir-archive:{a.pk}" for a in newest])
        full = next(e for e in entries if e.find(f"{ATOM}link").get("href").endswith(f"/{archive_data.FULL_SLUG}/"))
        self.assertEqual(full.findtext(f"{ATOM}title"), archive_data.FULL_TITLE)
        # The summary is HTML: the abstract's markup arrives escaped, as text.
        self.assertEqual(full.find(f"{ATOM}summary").get("type"), "html")
        self.assertIn("&lt;script&gt;alert(1)&lt;/script&gt;", full.findtext(f"{ATOM}summary"))
        self.assertEqual(full.findtext(f"{ATOM}author/{ATOM}name"), ", ".join(n for n, _ in archive_data.FULL_AUTHORS))
        self.assertTrue(full.findtext(f"{ATOM}published").startswith("2019-03-15"))
        self.assertIn("Евразийский экономический союз", [c.get("term") for c in full.findall(f"{ATOM}category")])
        untitled = [e.findtext(f"{ATOM}title") for e in entries if e.findtext(f"{ATOM}title").startswith("[")]
        self.assertTrue(untitled and all(t == untitled[0] for t in untitled), "fragments have a fallback title")

    def test_topic_feed_holds_the_topic_only(self):
        topic = Topic.objects.get(slug="eurasian-economic-union")
        feed = self.feed(f"/en/topics/{topic.slug}/feed/")
        self.assertIn(topic.name_en, feed.findtext(f"{ATOM}title"))
        self.assertEqual(
            {e.find(f"{ATOM}link").get("href") for e in feed.findall(f"{ATOM}entry")},
            {f"http://testserver/en/articles/{a.slug}/" for a in topic.articles.filter(status="published")},
        )
        self.assertEqual(self.client.get("/en/topics/no-such-topic/feed/").status_code, 404)

    def test_feeds_meet_rfc_4287(self):
        """A feed author (entries may have none), a non-empty summary on every entry, no invented dates."""
        for path in ("/kk/feed/", "/ru/feed/", "/en/feed/", "/en/topics/eurasian-economic-union/feed/"):
            with self.subTest(feed=path):
                feed = self.feed(path)
                self.assertTrue(feed.findtext(f"{ATOM}author/{ATOM}name"))
                for entry in feed.findall(f"{ATOM}entry"):
                    href = entry.find(f"{ATOM}link").get("href")
                    article = Article.objects.get(slug=href.rstrip("/").rsplit("/", 1)[1])
                    self.assertTrue((entry.findtext(f"{ATOM}summary") or "").strip(), href)
                    self.assertTrue(entry.findtext(f"{ATOM}updated"), href)
                    self.assertEqual(entry.find(f"{ATOM}published") is not None, article.published is not None, href)
