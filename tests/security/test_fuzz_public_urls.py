"""Property-based fuzzing of every public URL and parameter: never a 500, nothing echoed unescaped.

Hypothesis throws random and hostile strings at browse, search, the API, OAI-PMH, the feeds and the
citation downloads of the seed archive.  A value counts as echoed unescaped when it holds markup
characters and appears verbatim in an HTML response.
"""

from __future__ import annotations

from django.core.management import call_command
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from articles.browse.filters import ArticleFilter

HOSTILE = st.sampled_from(
    [
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "javascript:alert(1)",
        "' OR '1'='1",
        "%00",
        "\x00",
        "\u202e",
        "\ufeff",
        "../../etc/passwd",
        "9" * 40,
        "-1",
        "",
        " ",
        "ынтымақтастық",
        "Dollin",
        '"',
        "*",
        "-",
        "2025-13-45",
        "1970-01-01T00:00:00Z",
    ]
)
VALUES = st.one_of(HOSTILE, st.text(max_size=60), st.text(alphabet="<>\"'&;:/%*-() \\", max_size=20))
# Every filter the list page knows, and its page number: a filter added later is fuzzed too.
BROWSE_PARAMETERS = [*ArticleFilter.base_filters, "page"]
OAI_PARAMETERS = ["verb", "metadataPrefix", "identifier", "set", "from", "until", "resumptionToken", "junk"]
OAI_VERBS = st.sampled_from(
    ["Identify", "ListMetadataFormats", "ListSets", "ListIdentifiers", "ListRecords", "GetRecord", "Nope"]
)

HTML_PAGES = ["/kk/articles/", "/ru/topics/central-asia/", "/en/"]
OTHER_ENDPOINTS = [
    "/api/articles/",
    "/kk/articles/citation.bib",
    "/kk/articles/citation.ris",
    "/kk/articles/citation.json",
    "/kk/feed/",
    "/kk/topics/central-asia/feed/",
]

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class PublicUrlFuzzTests(TestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        call_command("import_texts", verbosity=0)

    def assert_safe(self, url: str, params: dict) -> None:
        response = self.client.get(url, params)
        self.assertLess(response.status_code, 500, (url, params))
        if "text/html" in response.get("Content-Type", ""):
            content = response.content.decode()
            for values in params.values():
                for value in values if isinstance(values, list) else [values]:
                    if any(c in value for c in "<>\"'") and len(value) > 3:
                        self.assertNotIn(value, content, (url, params))

    @FUZZ
    @given(st.dictionaries(st.sampled_from(BROWSE_PARAMETERS), st.lists(VALUES, min_size=1, max_size=3), max_size=6))
    @example({"q": ["<script>alert(1)</script>"], "topic": ['"><img src=x onerror=alert(1)>']})
    def test_browse_search_api_feeds_and_citations(self, params):
        for url in HTML_PAGES + OTHER_ENDPOINTS:
            self.assert_safe(url, params)

    @FUZZ
    @given(OAI_VERBS, st.dictionaries(st.sampled_from(OAI_PARAMETERS), VALUES, max_size=5))
    @example("ListRecords", {"metadataPrefix": "oai_dc", "from": "<x>", "resumptionToken": "' OR 1=1"})
    def test_oai_pmh(self, verb, params):
        response = self.client.get("/oai/", {"verb": verb, **params})
        self.assertEqual(response.status_code, 200, params)  # OAI-PMH answers errors in the XML body
        self.assertTrue(response["Content-Type"].startswith("text/xml"))

    @FUZZ
    @given(st.text(min_size=1, max_size=40))
    @example("<script>")
    @example("../../etc/passwd")
    def test_paths_with_junk(self, junk):
        from urllib.parse import quote

        for template in (
            "/en/articles/{}/",
            "/en/authors/{}/",
            "/en/topics/{}/",
            "/en/articles/{}/citation.bib",
            "/en/topics/{}/feed/",
        ):
            response = self.client.get(template.format(quote(junk, safe="")))
            self.assertLess(response.status_code, 500, (template, junk))
