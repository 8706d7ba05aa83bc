"""A synthetic archive of N articles with the shape of a real one, for the benchmark.

Shape: kk 50%, ru 40%, en 10%; bodies of 2,000–6,000 words; abstracts and
3–8 keywords in all three languages; 5–30 references; 1–3 topics; 1–4
authors from a pool of about N/20; dates over 2005–2025.  Words are drawn
from a Zipf distribution over the seed texts' words and inflected forms of
them, so common terms (``ынтымақтастық`` sits near the top) match most
articles and the rare proper names each article carries match a handful.
The same seed gives the same archive.

Speed: the search document is built from the generated words directly
(bench.corpus_documents): every word of a generated title, keyword,
abstract or body is a vocabulary word, analyzed once and numbered, and on
PostgreSQL its COPY row is encoded from those numbers (bench.corpus_copy),
with the lexemes in the order the server would sort them into.  Author
names go through the indexer's own ``terms_of``.  The result equals what
``index_articles()`` writes for the same articles (tests/perf checks it).
The worker processes also turn the articles, parts and index entries into
plain rows (bench.rows, bench.index_rows), so the one writing process only
sends them: COPY on PostgreSQL, executemany on SQLite.
"""

from __future__ import annotations

import gc
import multiprocessing
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections, transaction

from articles.models import Article, Author, Source, Topic
from articles.models.search import SearchDocument
from articles.records.catalog import latin_slug, load_topic_definitions, sync_topics
from articles.records.parts import ArticleParts
from articles.search.backends import get_backend
from articles.search.backends.postgres import write_copy_rows
from articles.text.translit import romanize
from bench.bulk import bulk_load
from bench.corpus_documents import DocumentBuilder, Generated
from bench.index_rows import sqlite_index_rows
from bench.rows import Batch, article_rows, reserve_ids, write_rows
from bench.vocabulary import (
    FIRST_NAMES,
    INITIALS,
    LANGUAGE_SHARES,
    LANGUAGES,
    SURNAMES,
    Vocabulary,
    rare_name,
    rare_pool_size,
    vocabularies,
)

KINDS = ((Article.Kind.RESEARCH_ARTICLE, 0.8), (Article.Kind.NEWS, 0.15), (Article.Kind.INTERVIEW, 0.05))
BODY_WORDS = (2000, 6000)
ABSTRACT_WORDS = (80, 200)
KEYWORDS = (3, 8)
REFERENCES = (5, 30)
TOPICS = (1, 3)
AUTHORS = (1, 4)
RARE_NAMES_PER_ARTICLE = 2
FIRST_DAY, LAST_DAY = date(2005, 1, 1), date(2025, 12, 31)
DRAFT_SHARE = 0.01
FRAGMENT_SHARE = 0.02
SLUG_PREFIX = "syn"
SOURCES = (
    ("Қазақстан және қазіргі әлем (synthetic)", Source.Kind.JOURNAL),
    ("Вестник КазНУ. Серия международные отношения (synthetic)", Source.Kind.JOURNAL),
    ("Central Asia's Affairs (synthetic)", Source.Kind.JOURNAL),
    ("Саясат (synthetic)", Source.Kind.JOURNAL),
    ("Kazinform (synthetic)", Source.Kind.NEWS_AGENCY),
    ("Egemen Qazaqstan (synthetic)", Source.Kind.NEWS_AGENCY),
    ("Akorda (synthetic)", Source.Kind.GOVERNMENT),
    ("Other (synthetic)", Source.Kind.OTHER),
)


def author_pool(article_count: int, rng: random.Random) -> list[str]:
    """About N/20 distinct names: "first name, initial, surname"."""
    size = max(AUTHORS[1], article_count // 20)
    names: dict[str, None] = {}
    while len(names) < size:
        names[f"{rng.choice(FIRST_NAMES)} {rng.choice(INITIALS)}. {rng.choice(SURNAMES)}"] = None
    return list(names)


# Generated articles -----------------------------------------------------------------


def _sentences(rng: random.Random, tokens: list[str], paragraphs: bool = False) -> str:
    """Tokens as capitalized sentences (paragraphs for a body); only punctuation and spaces between them."""
    out: list[str] = []
    i, in_paragraph = 0, 0
    while i < len(tokens):
        j = min(len(tokens), i + rng.randint(8, 22))
        sentence = " ".join(tokens[i:j])
        out.append(sentence[0].upper() + sentence[1:] + ".")
        in_paragraph += 1
        if paragraphs and in_paragraph >= 7 and j < len(tokens):
            out.append("\n\n")
            in_paragraph = 0
        elif j < len(tokens):
            out.append(" ")
        i = j
    return "".join(out).replace(" \n\n", "\n\n")


def _phrase_words(rng: random.Random, vocabulary: Vocabulary, low: int, high: int) -> list[str]:
    return vocabulary.draw(rng, rng.randint(low, high))


def _capitalized(words: list[str]) -> str:
    text = " ".join(words)
    return text[0].upper() + text[1:]


def _phrase(rng: random.Random, vocabulary: Vocabulary, low: int, high: int) -> str:
    return _capitalized(_phrase_words(rng, vocabulary, low, high))


class CorpusGenerator:
    def __init__(self, count: int, seed: int = 1, using: str = DEFAULT_DB_ALIAS) -> None:
        self.count = count
        self.seed = seed
        self.using = using
        self.rng = random.Random(seed)
        self.vocabularies = vocabularies()
        self.documents = DocumentBuilder(LANGUAGES)
        self.day_span = (LAST_DAY - FIRST_DAY).days

    # Setup ----------------------------------------------------------------
    def prepare(self) -> None:
        sync_topics(load_topic_definitions(Path(settings.ARCHIVE_TOPICS_FILE)), using=self.using)
        self.topic_ids = list(Topic.objects.using(self.using).order_by("position", "slug").values_list("pk", flat=True))
        self.source_ids = []
        for name, kind in SOURCES:
            source, _ = Source.objects.using(self.using).get_or_create(
                name=name, defaults={"kind": kind, "slug": latin_slug(name)[:190]}
            )
            self.source_ids.append(source.pk)
        names = author_pool(self.count, self.rng)
        existing = set(Author.objects.using(self.using).filter(name__in=names).values_list("name", flat=True))
        Author.objects.using(self.using).bulk_create(
            [
                Author(name=n, name_latin=romanize(n), slug=f"{latin_slug(n)}-{SLUG_PREFIX}{self.seed}-{i}")
                for i, n in enumerate(names)
                if n not in existing
            ],
            batch_size=1000,
        )
        by_name = dict(Author.objects.using(self.using).filter(name__in=names).values_list("name", "pk"))
        self.authors = [(by_name[n], n) for n in names]
        self.first_id = reserve_ids(Article, self.count, self.using)
        if self.count >= ORDERED_FROM:
            words = {language: vocabulary.words for language, vocabulary in self.vocabularies.items()}
            rare_names = [rare_name(number) for number in range(rare_pool_size(self.count))]
            self.documents.number_in_order(words, rare_names, names)

    def slug_prefix(self) -> str:
        return f"{SLUG_PREFIX}{self.seed}-"

    def already_generated(self) -> bool:
        return Article.objects.using(self.using).filter(slug__startswith=self.slug_prefix()).exists()

    # One article -----------------------------------------------------------
    def generate(self, number: int) -> Generated:
        # A generator of its own per article: article n is the same whichever process makes it, in any batch.
        rng = random.Random(f"{self.seed}:{number}")
        language = rng.choices(LANGUAGES, weights=LANGUAGE_SHARES)[0]
        vocab = self.vocabularies[language]
        kind = rng.choices([k for k, _ in KINDS], weights=[w for _, w in KINDS])[0]
        title_words = _phrase_words(rng, vocab, 5, 12)
        title = _capitalized(title_words)
        body_words = vocab.draw(rng, rng.randint(*BODY_WORDS))
        for _ in range(RARE_NAMES_PER_ARTICLE):
            body_words.insert(rng.randrange(len(body_words)), rare_name(rng.randrange(rare_pool_size(self.count))))
        fragment = rng.random() < FRAGMENT_SHARE
        article = Article(
            kind=kind,
            language=language,
            title=title,
            slug=f"{self.slug_prefix()}{number}-{latin_slug(' '.join(title.split()[:5]), language)[:80]}",
            body=_sentences(rng, body_words, paragraphs=True),
            published=FIRST_DAY + timedelta(days=rng.randrange(self.day_span + 1)),
            source_id=rng.choice(self.source_ids),
            is_fragment=fragment,
            fragment_note="Synthetic: the end is missing." if fragment else "",
            status=Article.Status.DRAFT if rng.random() < DRAFT_SHARE else Article.Status.PUBLISHED,
            provenance_file="synthetic",
        )
        other_titles = {
            other: _phrase_words(rng, self.vocabularies[other], 5, 12) for other in LANGUAGES if other != language
        }
        abstracts, abstract_words = {}, {}
        for code in LANGUAGES:
            abstract_words[code] = self.vocabularies[code].draw(rng, rng.randint(*ABSTRACT_WORDS))
            abstracts[code] = _sentences(rng, abstract_words[code])
        keyword_words = {
            code: [self.vocabularies[code].draw(rng, rng.randint(1, 3)) for _ in range(rng.randint(*KEYWORDS))]
            for code in LANGUAGES
        }
        references = []
        for p in range(rng.randint(*REFERENCES)):
            who = rng.choice(self.authors)[1]
            year = rng.randint(1995, 2025)
            ref_title = _phrase(rng, self.vocabularies[rng.choices(LANGUAGES, weights=LANGUAGE_SHARES)[0]], 4, 10)
            text = f"{who} {ref_title} // {rng.choice(SOURCES)[0]}. {year}. P. {rng.randint(1, 300)}."
            references.append({"number": p + 1, "kind": "numbered", "text": text, "urls": []})
        topic_ids = rng.sample(self.topic_ids, rng.randint(*TOPICS)) if self.topic_ids else []
        author_ids = [pk for pk, _ in rng.sample(self.authors, min(len(self.authors), rng.randint(*AUTHORS)))]
        parts = ArticleParts(
            titles={other: _capitalized(words) for other, words in other_titles.items()},
            abstracts=abstracts,
            keywords={code: [" ".join(words) for words in keyword_words[code]] for code in LANGUAGES},
            references=references,
            authors=author_ids,
            topics=[(topic_id, "synthetic") for topic_id in topic_ids],
        )
        # The words of the title run in build_document()'s order: own title, translated titles, keywords.
        title_run = [(language, title_words)] + [(other, other_titles[other]) for other in sorted(other_titles)]
        title_run += [(code, words) for code in sorted(keyword_words) for words in keyword_words[code]]
        return Generated(article, parts, title_run, abstract_words, body_words)

    def batch(self, start: int, end: int) -> Batch:
        """Articles number start..end-1, their parts and search documents as rows to write (no database access)."""
        items = [self.generate(n) for n in range(start, end)]
        for number, item in enumerate(items, start):
            item.article.pk = self.first_id + number  # ids reserved by prepare(), in the order of the numbers
        author_names = dict(self.authors)
        published = [item for item in items if item.article.status == Article.Status.PUBLISHED]
        documents = [self.documents.terms(item, author_names) for item in published]
        connection = connections[self.using]
        tables = article_rows([(item.article, item.parts) for item in items], connection)
        if connection.vendor == "postgresql":
            return Batch(len(items), len(documents), tables, b"".join(map(self.documents.copy_row, documents)))
        rows = sqlite_index_rows([terms.document() for terms in documents], connection)
        return Batch(len(items), len(documents), tables + rows)

    # Writing ---------------------------------------------------------------
    def write(self, batch: Batch) -> int:
        """Write a batch of articles, their parts and their search documents; returns how many were indexed."""
        with transaction.atomic(using=self.using):
            for rows in batch.tables:
                write_rows(rows, self.using)
            if batch.copy:
                write_copy_rows([batch.copy], self.using)
        return batch.indexed


@dataclass
class CorpusReport:
    articles: int = 0
    indexed: int = 0
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def generate_corpus(
    count: int,
    *,
    seed: int = 1,
    batch_size: int = 250,
    using: str = DEFAULT_DB_ALIAS,
    progress: Callable[[int, int, float], None] | None = None,
    pipeline: bool | None = None,
) -> CorpusReport:
    """Generate and write ``count`` articles (and their search index) in batches.

    With ``pipeline`` (default: from 2,000 articles on) GENERATOR_PROCESSES
    other processes generate and analyze the next batches while this one
    writes, in order.  Each article draws from a random generator seeded
    with the seed and its number, so the same seed still gives the same
    archive.  The reported time includes building the GIN indexes of a large load.
    """
    if count < 1:
        raise ValueError("The corpus needs at least one article.")
    if pipeline is None:
        pipeline = count >= PIPELINE_FROM
    started = time.perf_counter()
    suspend = count >= SUSPEND_INDEX_FROM and count >= SearchDocument.objects.using(using).count()
    suspend = suspend and connections[using].vendor == "postgresql" and not connections[using].in_atomic_block
    with bulk_load(using, suspend):
        report = _generate(count, seed, batch_size, using, progress, pipeline)
    if suspend:
        report.phases["index build"] = time.perf_counter() - started - report.seconds
    report.seconds = time.perf_counter() - started
    return report


PIPELINE_FROM = 2000
ORDERED_FROM = 2000  # a second or two to number the terms in order (corpus_copy), for the server's sorts
GENERATOR_PROCESSES = 2  # with the writer and PostgreSQL, enough to keep this machine's 2 cores busy
SUSPEND_INDEX_FROM = 1000  # and at least as many articles as are indexed already
_WORKER: CorpusGenerator | None = None


def _worker_batch(bounds: tuple[int, int]) -> Batch:
    assert _WORKER is not None
    # The last batch, sent: its articles and documents refer to each other (Django caches both
    # sides of a one-to-one), so only the collector frees them (it is off: see no_cyclic_gc).
    gc.collect()
    return _WORKER.batch(*bounds)


def _generate(
    count: int,
    seed: int,
    batch_size: int,
    using: str,
    progress: Callable[[int, int, float], None] | None,
    pipeline: bool,
) -> CorpusReport:
    global _WORKER
    started = time.perf_counter()
    generator = CorpusGenerator(count, seed, using)
    if generator.already_generated():
        raise ValueError(f"Articles of seed {seed} exist already: use another --seed or an empty database.")
    generator.prepare()
    report = CorpusReport()
    bounds = [(start, min(count, start + batch_size)) for start in range(0, count, batch_size)]
    pool = None
    batches: Iterator[Batch]
    if pipeline:
        _WORKER = generator  # the forked workers inherit it, vocabulary and analyzed words included
        pool = multiprocessing.get_context("fork").Pool(GENERATOR_PROCESSES)
        batches = pool.imap(_worker_batch, bounds)
    else:
        batches = (generator.batch(*b) for b in bounds)
    waiting = writing = 0.0
    try:
        for _ in bounds:
            t0 = time.perf_counter()
            batch = next(batches)
            t1 = time.perf_counter()
            report.indexed += generator.write(batch)
            waiting += t1 - t0
            writing += time.perf_counter() - t1
            report.articles += batch.articles
            del batch
            gc.collect()
            if progress:
                progress(report.articles, count, time.perf_counter() - started)
    finally:
        if pool is not None:
            pool.terminate()
            _WORKER = None
    t0 = time.perf_counter()
    get_backend(using).finish_rebuild()
    report.phases = {"generate (waited for)": waiting, "write": writing, "finish": time.perf_counter() - t0}
    report.seconds = time.perf_counter() - started
    return report
