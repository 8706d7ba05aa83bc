"""The page's references are rendered from a style tree that remembers macro and term look-ups
(articles/interop/cite_memo.py); the text must stay byte for byte what a plain citeproc-py render of the
same vendored style and locale files gives, for every seed article, every interface language (the URL in the
record carries it) and any access date, the first and last day of a year included.
"""

from __future__ import annotations

import datetime
import functools
import json
from unittest import mock

from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter, model
from citeproc.frontend import CitationStylesXML
from citeproc.source.json import CiteProcJSON
from django.core.cache import cache
from django.test import RequestFactory
from django.utils import timezone
from lxml import html

from articles.interop import cite_memo, metadata, styles
from articles.models import Article
from tests.fixtures import DOLLIN, SEED_SLUGS, SeedArchiveTestCase

LANGUAGES = ("kk", "ru", "en")
DAYS = (datetime.date(2026, 1, 1), datetime.date(2025, 12, 31), datetime.date(2026, 2, 28), datetime.date(2024, 2, 29))


@functools.cache
def plain_style(style: styles.Style) -> CitationStylesStyle:
    """The style as citeproc-py parses it itself, with the vendored locales: what styles.load made before."""
    parsed = CitationStylesStyle(str(styles.CSL_DIR / style.file), locale=style.locale, validate=False)
    files = [
        CitationStylesXML(str(styles.CSL_DIR / f"locales-{code}.xml"), validate=False).root
        for code in dict.fromkeys((style.locale, "en-US"))
    ]
    parsed.root.locales = [locale for locale in parsed.root.locales if locale.getparent() is not None] + files
    for locale in files:
        locale.style = parsed.root
    return parsed


def plain_render(style: styles.Style, item: dict) -> str:
    readable = {key: value for key, value in item.items() if key in ("id", "type") or styles._readable(key)}
    bibliography = CitationStylesBibliography(plain_style(style), CiteProcJSON([readable]), formatter.plain)
    bibliography.register(Citation([CitationItem(item["id"])]))
    return str(bibliography.bibliography()[0])


def article_url(article: Article, language: str) -> str:
    request = RequestFactory().get("/")
    return metadata.article_url(request, article, language)


class SameTextAsPlainCiteproc(SeedArchiveTestCase):
    def test_every_seed_article_language_and_day(self):
        articles = list(Article.objects.for_detail().filter(slug__in=SEED_SLUGS))
        self.assertEqual(len(articles), len(SEED_SLUGS))
        dated = 0
        for article in articles:
            for language in LANGUAGES:
                url = article_url(article, language)
                for day in DAYS:
                    item = styles.csl_item(article, url, day)
                    dated += "accessed" in item
                    for style, made in ((styles.GOST, styles.gost), (styles.APA, styles.apa)):
                        with self.subTest(slug=article.slug, language=language, day=day, style=style.file):
                            expected = plain_render(style, item)
                            self.assertEqual(styles.render(style, item), expected)
                            cache.clear()
                            self.assertEqual(made(article, url, day), style.finish(expected, item))
        self.assertGreater(dated, 0)  # some seed articles are web pages, cited with the day they were read

    def test_the_access_date_is_written_as_citeproc_writes_it(self):
        article = next(a for a in Article.objects.for_detail() if styles.csl_item(a, "u")["type"] == "webpage")
        url = article_url(article, "en")
        for day, written in ((datetime.date(2026, 1, 1), "01.01.2026"), (datetime.date(2025, 12, 31), "31.12.2025")):
            with self.subTest(day=day):
                self.assertIn(f"(дата обращения: {written})", styles.gost(article, url, day))

    def test_the_page_shows_the_plain_render(self):
        article = Article.objects.for_detail().get(slug=DOLLIN)  # a web page: cited with its access date
        for day in (datetime.date(2026, 1, 1), datetime.date(2025, 12, 31)):
            for language in LANGUAGES:
                today = mock.patch.object(timezone, "localdate", return_value=day)
                with self.subTest(day=day, language=language), today:
                    cache.clear()
                    response = self.client.get(f"/{language}/articles/{article.slug}/")
                    self.assertEqual(response.status_code, 200)
                    document = html.fromstring(response.content.decode())
                    # The record the page renders is its CSL-JSON download, read on the same day.
                    (item,) = json.loads(self.client.get(f"/{language}/articles/{article.slug}/citation.json").content)
                    for name, style in (("gost", styles.GOST), ("apa", styles.APA)):
                        (shown,) = document.xpath(f'//p[@id="citation-{name}"]')
                        self.assertEqual(shown.text_content(), style.finish(plain_render(style, item), item))


class RememberedAnswers(SeedArchiveTestCase):
    def test_calls_variable_agrees_with_citeproc_for_every_element(self):
        for style in (styles.GOST, styles.APA):
            remembering = [element for element in styles.load(style).root.iter() if isinstance(element.tag, str)]
            plain = [element for element in plain_style(style).root.iter() if isinstance(element.tag, str)]
            self.assertEqual([e.tag for e in remembering], [e.tag for e in plain])
            for ours, theirs in zip(remembering, plain, strict=True):
                if callable(getattr(type(theirs), "calls_variable", None)):
                    with self.subTest(style=style.file, line=theirs.sourceline, tag=theirs.tag):
                        self.assertIn(type(theirs), type(ours).__bases__)  # citeproc's own class, a mixin in front
                        self.assertEqual(ours.calls_variable(), theirs.calls_variable())

    def test_macros_are_the_first_of_their_name(self):
        for style in (styles.GOST, styles.APA):
            root = styles.load(style).root
            for name, macro in root.macros.items():
                self.assertIs(macro, root.xpath_search(f"cs:macro[@name='{name}'][1]")[0])

    def test_citeproc_own_parser_is_left_alone(self):
        """The remembering classes are no direct subclasses of citeproc's base, so its own lookup ignores them."""
        styles.load(styles.GOST)
        parsed = CitationStylesStyle(str(styles.CSL_DIR / styles.GOST.file), validate=False)
        for element in parsed.root.iter():
            if isinstance(element.tag, str):
                self.assertTrue(type(element).__module__ == model.__name__, type(element))
        self.assertNotIn(cite_memo._Remembering, model.CitationStylesElement.__subclasses__())
