"""The generator's fast search documents (bench.corpus_documents, bench.corpus_copy) equal the indexer's own.

Terms: what terms_of() makes of the generated texts.  COPY rows: the
values of postgres.copy_row() (the same lexemes, positions and impact
levels), with the lexemes sorted when the lexicon is numbered in order.
No database: the rows are compared as bytes, decoded.
"""

from __future__ import annotations

import struct

from django.test import SimpleTestCase

from articles.models.search import SearchDocument
from articles.search.backends.postgres import MAX_POSITION, MAX_POSITIONS_PER_LEXEME, TEXT_COLUMNS, copy_row
from articles.search.index import terms_of
from bench.corpus import CorpusGenerator, author_pool
from bench.corpus_copy import Lexicon, copy_row_of_ids
from bench.corpus_documents import DocumentBuilder
from bench.vocabulary import LANGUAGES, rare_name, rare_pool_size

ARTICLES = 20


def _vector(data: bytes, offset: int) -> tuple[list[tuple[bytes, tuple[int, ...]]], int]:
    """A binary tsvector as [(lexeme, positions)] in the order sent, and the offset after it."""
    (count,) = struct.unpack_from(">i", data, offset)
    offset += 4
    lexemes = []
    for _ in range(count):
        end = data.index(b"\0", offset)
        lexeme, offset = data[offset:end], end + 1
        (positions,) = struct.unpack_from(">H", data, offset)
        lexemes.append((lexeme, struct.unpack_from(f">{positions}H", data, offset + 2)))
        offset += 2 + 2 * positions
    return lexemes, offset


def decoded(row: bytes) -> tuple[bytes, list[bytes], list, list]:
    """A copy_row() row: its start (field count, article id), the six texts, the vector and the impact vector."""
    offset, texts, vectors = 14, [], []
    for _ in TEXT_COLUMNS:
        (length,) = struct.unpack_from(">i", row, offset)
        texts.append(row[offset + 4 : offset + 4 + length])
        offset += 4 + length
    for _ in range(2):
        (length,) = struct.unpack_from(">i", row, offset)
        vector, end = _vector(row, offset + 4)
        assert end == offset + 4 + length
        vectors.append(vector)
        offset = end
    assert offset == len(row)
    return row[:14], texts, vectors[0], vectors[1]


def same_values(test: SimpleTestCase, row: bytes, expected: bytes) -> None:
    start, texts, vector, impact = decoded(row)
    test.assertEqual((start, texts), decoded(expected)[:2])
    test.assertEqual(sorted(vector), sorted(decoded(expected)[2]))
    test.assertEqual(sorted(impact), sorted(decoded(expected)[3]))


class GeneratedDocumentTests(SimpleTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.generator = CorpusGenerator(ARTICLES, seed=11)
        cls.generator.topic_ids, cls.generator.source_ids = [1, 2, 3], [1, 2]
        cls.generator.authors = [(pk, name) for pk, name in enumerate(author_pool(ARTICLES, cls.generator.rng), 1)]
        cls.items = [cls.generator.generate(number) for number in range(ARTICLES)]
        for number, item in enumerate(cls.items, 1):
            item.article.pk = number

    def test_terms_equal_what_terms_of_makes_of_the_texts(self):
        author_names = dict(self.generator.authors)
        for item in self.items:
            article, parts = item.article, item.parts
            expected = [
                *terms_of(
                    [(article.title, article.language)]
                    + [(title, language) for language, title in sorted(parts.titles.items())]
                    + [(text, language) for language in sorted(parts.keywords) for text in parts.keywords[language]]
                    + [(author_names[pk], None) for pk in parts.authors]
                ),
                *terms_of([(parts.abstracts[language], language) for language in sorted(parts.abstracts)]),
                *terms_of([(article.body, article.language)]),
            ]
            terms = self.generator.documents.terms(item, author_names)
            self.assertEqual(terms.texts, expected, article.pk)
            self.assertEqual([self.generator.documents.lexicon.text(run) for run in terms.runs], expected)

    def test_copy_rows_hold_copy_row_values_sorted_when_numbered_in_order(self):
        builder = DocumentBuilder(LANGUAGES)
        words = {language: vocabulary.words for language, vocabulary in self.generator.vocabularies.items()}
        rare = [rare_name(number) for number in range(rare_pool_size(ARTICLES))]
        builder.number_in_order(words, rare, [name for _, name in self.generator.authors])
        author_names = dict(self.generator.authors)
        for item in self.items:
            terms = builder.terms(item, author_names)
            row = builder.copy_row(terms)
            same_values(self, row, copy_row(terms.document()))
            _, _, vector, impact = decoded(row)
            self.assertEqual(vector, sorted(vector))  # the server's order: it need not sort them
            self.assertEqual(impact, sorted(impact))
        # Unordered numbering (a small load): the same values.
        unordered = DocumentBuilder(LANGUAGES)
        for item in self.items[:5]:
            terms = unordered.terms(item, author_names)
            same_values(self, unordered.copy_row(terms), copy_row(terms.document()))

    def test_limits_of_positions_are_copy_rows(self):
        lexicon = Lexicon()
        common = " ".join(["alpha", "beta"] * (MAX_POSITIONS_PER_LEXEME + 10))  # past the positions a lexeme keeps
        document = SearchDocument(
            article_id=7,
            title_terms="alpha gamma",
            title_shadow="alpha gamma",
            abstract_terms="",
            abstract_shadow="",
            body_terms=common,
            body_shadow=common,
        )
        texts = [getattr(document, column) for column in TEXT_COLUMNS]
        row = copy_row_of_ids(lexicon, 7, texts, [lexicon.ids(text) for text in texts])
        assert row is not None
        same_values(self, row, copy_row(document))
        # Past MAX_POSITION copy_row's clamping applies: no row here, the builder falls back to copy_row.
        long = " ".join(["delta"] * (MAX_POSITION // 2 + 1))
        texts = ["", "", "", "", long, long]
        self.assertIsNone(copy_row_of_ids(lexicon, 7, texts, [lexicon.ids(text) for text in texts]))
