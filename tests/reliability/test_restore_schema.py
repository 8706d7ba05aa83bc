"""A backup line is checked whole against its schema: what is wrong is named by line and field, nothing changes.

The findings of the hardening review, each a line that used to restore (or crash) and must be refused; and a
fuzz test putting random JSON values into every field of a real exported line.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from django.conf import settings
from django.db import transaction
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from articles.backup.export import EXPORT_KEYS, export_articles
from articles.backup.restore import RestoreError, parse_lines, restore_articles
from articles.models import Article
from tests.fixtures import DOLLIN, SeedArchiveTestCase, load_seed_archive

# More examples on demand (RESTORE_FUZZ_EXAMPLES=2000); the suite runs a fixed, derandomized sample.
HYPOTHESIS_EXAMPLES = int(os.environ.get("RESTORE_FUZZ_EXAMPLES", "150"))
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


def exported(slug: str) -> dict:
    return next(item for item in export_articles() if item["slug"] == slug)


class RefusedLineTests(SeedArchiveTestCase):
    def setUp(self):
        self.line = exported(DOLLIN)

    def refused(self, item: dict | str, field: str) -> str:
        text = item if isinstance(item, str) else json.dumps(item, ensure_ascii=False)
        with self.assertRaises(RestoreError) as caught:
            parse_lines([text])
        message = str(caught.exception)
        self.assertIn(f"line 1, field {field}:" if field else "line 1:", message)
        return message

    def test_the_findings_are_refused_by_line_and_field(self):
        cases = [
            ("slug", "bad slug/../<x>", "slug"),
            ("slug", "x" * 500, "slug"),
            ("curated_fields", [1, 2, {"a": 1}], "curated_fields.0"),
            ("title", 12345, "title"),
            ("title", ["a", "b"], "title"),
            ("body", {"x": 1}, "body"),
            ("keywords", {"ru": "ключевые слова"}, "keywords.ru"),
            ("is_fragment", "no", "is_fragment"),
            ("provenance", {"file": "f.txt", "first_line": -3, "last_line": 2}, "provenance.first_line"),
            ("authors", ["Д. Доллин"], "authors.0"),
            ("references", [{"number": 1}], "references.0.text"),
            ("references", [{"text": "x", "number": 10**30}], "references.0.number"),
            ("original_url", "javascript:alert(1)", "original_url"),
            ("language", "de", "language"),
        ]
        for field, value, where in cases:
            with self.subTest(field=field, value=str(value)[:30]):
                self.refused({**self.line, field: value}, where)

    def test_nan_deep_json_and_duplicates_are_refused(self):
        text = json.dumps(self.line).replace('"volume": ""', '"volume": NaN')
        self.refused(text, "volume")
        self.refused("[" * 100_000 + "]" * 100_000, "")
        line = json.dumps(self.line, ensure_ascii=False)
        with self.assertRaisesMessage(RestoreError, "line 2, field slug:"):
            parse_lines([line, line])
        other = {**self.line, "slug": "another"}
        with self.assertRaisesMessage(RestoreError, "line 2, field import_key:"):
            parse_lines([line, json.dumps(other)])

    def test_every_exported_line_passes(self):
        lines = [json.dumps(item, ensure_ascii=False) for item in export_articles()]
        self.assertEqual(len(parse_lines(lines)), Article.objects.count())


class FuzzedLineTests(HypothesisTestCase):
    """Hypothesis's Django test case: each example runs in a transaction of its own."""

    @classmethod
    def setUpTestData(cls):
        load_seed_archive()

    @given(field=st.sampled_from(EXPORT_KEYS), value=JSON_VALUES)
    @hypothesis_settings(
        max_examples=HYPOTHESIS_EXAMPLES,
        deadline=None,
        derandomize="RESTORE_FUZZ_EXAMPLES" not in os.environ,
        suppress_health_check=[HealthCheck.too_slow],
    )
    def test_a_random_value_in_any_field_is_restored_and_exports_again_or_refused(self, field, value):
        line = {**exported(DOLLIN), field: value}
        before = Article.objects.count()
        try:
            items = parse_lines([json.dumps(line, ensure_ascii=False)])
        except RestoreError as error:
            # Named by line and field: the field changed, or one it no longer agrees with (topics, topic_reasons).
            self.assertRegex(str(error), rf"line 1, field ({field}|topic_reasons|topics)\b")
            self.assertEqual(Article.objects.count(), before)
            return
        with transaction.atomic():
            try:
                restore_articles(items, Path(settings.ARCHIVE_TOPICS_FILE))
            except RestoreError as error:  # a topic the archive does not have: refused whole
                self.assertIn("unknown topics", str(error))
                return
            again = exported(line["slug"])
            self.assertEqual(len(parse_lines([json.dumps(again, ensure_ascii=False)])), 1)
            transaction.set_rollback(True)
