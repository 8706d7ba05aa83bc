"""Shared set-up for the browse and search tests: the seed archive, and an HTML checker."""

from __future__ import annotations

from collections import Counter

import html5lib
from django.test import TestCase

from articles.models import Article

# Re-exported names of the eight seed articles (see tests/search for how each was read off the texts).
from tests import fixtures
from tests.fixtures import (  # noqa: F401
    BAIKUSHIKOVA,
    BORDER,
    COOPERATION_KK,
    DOLLIN,
    EU_FRAGMENT,
    INTERVIEW,
    KHASENOVA,
    NEWS,
    RU_FRAGMENT,
)

XHTML = "{http://www.w3.org/1999/xhtml}"


class SeedArchiveTestCase(fixtures.SeedArchiveTestCase):
    """The seed archive, with helpers for the JSON API and HTML pages."""

    def json(self, url: str, params: dict | None = None, status: int = 200) -> dict:
        response = self.client.get(url, params or {})
        self.assertEqual(response.status_code, status, response.content[:500])
        self.assertEqual(response["Content-Type"], "application/json")
        return response.json()

    def api(self, status: int = 200, **params) -> dict:
        return self.json("/api/articles/", params, status)

    def slugs(self, **params) -> list[str]:
        return [row["slug"] for row in self.api(**params)["results"]]


def parse_strict(testcase: TestCase, content: bytes):
    """Parse a page as HTML5 in strict mode (any parse error fails) and check ids and labels."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
    try:
        document = parser.parse(content.decode("utf-8"))
    except html5lib.html5parser.ParseError as error:  # pragma: no cover — the failure message
        testcase.fail(f"Invalid HTML: {error}")
    ids = Counter(element.get("id") for element in document.iter() if element.get("id"))
    testcase.assertEqual([i for i, n in ids.items() if n > 1], [], "duplicate ids")
    labelled = {label.get("for") for label in document.iter(f"{XHTML}label")}
    for control in [*document.iter(f"{XHTML}input"), *document.iter(f"{XHTML}select")]:
        if control.get("type") in ("hidden", "submit"):
            continue
        testcase.assertIn(control.get("id"), labelled, f"form control without a label: {control.attrib}")
    return document


def published_articles() -> list[Article]:
    return list(Article.objects.published().for_detail())
