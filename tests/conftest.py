"""Session-wide test set-up: the seed texts are parsed once, and slow suites are marked.

``pytest -m "not slow"`` skips the browser, load and fuzzing suites for a quick local run; CI runs all.
"""

from __future__ import annotations

from collections.abc import Iterator
from unittest import mock

import pytest

from tests.fixtures import parse_files_once

# Suites that take most of the wall time: a real browser, a load test, fuzzing, subprocess imports.
SLOW_PATHS = ("tests/browser/", "tests/perf/", "tests/security/test_fuzz_public_urls.py", "tests/reliability/")


@pytest.fixture(autouse=True, scope="session")
def _seed_texts_parsed_once() -> Iterator[None]:
    with mock.patch("articles.management.commands.import_texts.parse_files", new=parse_files_once):
        yield


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if any(path in item.nodeid for path in SLOW_PATHS):
            item.add_marker(pytest.mark.slow)
