"""Every CSL-JSON download validates against the official CSL-JSON input schema (vendored in schemas/)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from articles.models import Article

from .harvesting import HarvestingTestCase

SCHEMA = json.loads((Path(__file__).resolve().parent / "schemas" / "csl-data.json").read_text(encoding="utf-8"))


class CslSchemaTests(HarvestingTestCase):
    def test_every_article_and_a_whole_search_result_validate(self):
        validator = jsonschema.Draft7Validator(SCHEMA)
        for article in Article.objects.published():
            with self.subTest(article=article.slug):
                items = json.loads(self.client.get(f"/en/articles/{article.slug}/citation.json").content)
                self.assertEqual(list(validator.iter_errors(items)), [])
        everything = json.loads(self.client.get("/ru/articles/citation.json").content)
        self.assertGreater(len(everything), 5)
        self.assertEqual(list(validator.iter_errors(everything)), [])

    def test_the_schema_refuses_what_is_not_csl(self):
        # A check that cannot fail is no check: an unknown variable and a bad type are refused.
        validator = jsonschema.Draft7Validator(SCHEMA)
        self.assertTrue(list(validator.iter_errors([{"id": "x", "type": "article-journal", "journal": "J"}])))
        self.assertTrue(list(validator.iter_errors([{"id": "x", "type": "magazine"}])))
