"""What many test modules share: the names of the eight seed articles and the seed archive, parsed once.

Parsing the seeds is nearly all of an import's time (about 2.5 s of 2.8 s),
and the suite imports them in dozens of places.  ``parse_files_once`` is put
in front of the ``import_texts`` command for the whole session
(tests/conftest.py): the command, the loader and its respect of curated
fields still run for real every time, on records parsed once.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from django.core.management import call_command
from django.db import connection
from django.test import TestCase

from articles.ingest.pipeline import parse_files
from articles.ingest.records import ArticleRecord
from articles.ingest.topics import TopicMatcher

ROOT = Path(__file__).resolve().parents[1]
SEED_DIR = ROOT / "fixtures" / "seeds"

# The eight seed articles, named by what sets them apart (see tests/ingest for how each is read off the texts).
EU_FRAGMENT = "fragment-europalyq-odaq-jane-ortalyq-aziia-arasyndagy-aimaqtyq-jaqyndasu"  # 000#3, ru
DOLLIN = "qazaqstan-respublikasynyn-eqyu-dagy-toragalygy-kezindegi-adami-olsem-boiynsa"  # 000#21, kk, Д. Доллин
KHASENOVA = "strategicheskie-napravleniia-razvitiia-prigranichnogo-sotrudnichestva"  # 000#145, ru, А. К. Хасенова
RU_FRAGMENT = "fragment-ne-nosit-odnoznachno-konfrontatsionnyi-kharakter-ee-mozhno-nazvat"  # 001#2, ru
BAIKUSHIKOVA = "qazaqstannyn-europalyq-odaqpen-ekologiia-salasyndagy-yntymaqtastygynyn-keibir"  # 001#15, kk
NEWS = "almatyda-buu-nyn-onirlik-ortalygy-asylady"  # 002#1, kk news
BORDER = "qazaqstannyn-eaeo-elderimen-sekaralyq-yntymaqtastygynyn-sekara-manyndagy"  # 003#1, kk/ru/en
INTERVIEW = "toqaev-diplomatiiasy-qazaqstan-resei-dialogi-turaqtylygynyn-negizgi-resursynyn"  # 004#1, kk
SEED_SLUGS = {EU_FRAGMENT, DOLLIN, KHASENOVA, RU_FRAGMENT, BAIKUSHIKOVA, NEWS, BORDER, INTERVIEW}

# ынтымақтастық in Dollin's body (ынтымақтастықты), Baikushikova's title (ЫНТЫМАҚТАСТЫҒЫНЫҢ) and
# body (ынтымақтастыққа), the news (ынтымақтастықты), the border article (ынтымақтастығының ...)
# and the interview (ынтымақтастық, ынтымақтастықтың).
COOPERATION_KK = {DOLLIN, BAIKUSHIKOVA, NEWS, BORDER, INTERVIEW}
# Қазақстан in every Kazakh article; Казахстан(а) of the Russian title of Khasenova's article folds
# to the same Latin key (kazaksta).  The two Russian fragments never name the country in indexed text.
KAZAKHSTAN = {DOLLIN, KHASENOVA, BAIKUSHIKOVA, NEWS, BORDER, INTERVIEW}

_parsed: dict[tuple, list[ArticleRecord]] = {}


def parse_files_once(
    named_texts: list[tuple[str, str]],
    topics: TopicMatcher | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[ArticleRecord]:
    """parse_files, remembered for the session: the same texts always parse to the same records."""
    key = (tuple(named_texts), repr(topics.definitions) if topics else None)
    if key not in _parsed:
        _parsed[key] = parse_files(named_texts, topics)
    return copy.deepcopy(_parsed[key])


def load_seed_archive() -> None:
    """Import the seed texts with the real command (its parse remembered, see above)."""
    call_command("import_texts", verbosity=0)


def database_url() -> str:
    """The URL of the test database this process uses, for a subprocess to use the same one."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


class SeedArchiveTestCase(TestCase):
    """The seed archive, imported once per class (each test runs in a transaction rolled back after it)."""

    @classmethod
    def setUpTestData(cls) -> None:
        load_seed_archive()


class PostgresTestCase(TestCase):
    """Tests of what exists on PostgreSQL only (tsvector columns, the GIN index, planner settings)."""

    @classmethod
    def setUpClass(cls) -> None:
        if connection.vendor != "postgresql":
            import unittest

            raise unittest.SkipTest("PostgreSQL only")
        super().setUpClass()
