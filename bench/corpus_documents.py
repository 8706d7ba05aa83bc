"""The search documents of generated articles, built from the generated words without re-analyzing any text.

Every word of a generated title, keyword, abstract or body is a vocabulary
word (or a rare name), analyzed once (``word_terms``) and numbered
(``corpus_copy.Lexicon``): a body's terms are two ``map``s over its words.
Author names go through the indexer's own ``terms_of``, once per author.  The result equals what
``index_articles()`` writes for the same articles (tests/perf checks it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain

from articles.models import Article
from articles.models.search import SearchDocument
from articles.records.parts import ArticleParts
from articles.search.analyzer import word_terms
from articles.search.backends.postgres import copy_row
from articles.search.index import terms_of
from bench.corpus_copy import Lexicon, copy_row_of_ids


@dataclass
class Generated:
    """One article and its parts before they are written, with the words its search document is made of.

    ``title_run``: (language, words) of the title, the translated titles and the keywords, in
    build_document()'s order; the other *_words are the abstracts' and the body's, in order.
    """

    article: Article
    parts: ArticleParts
    title_run: list[tuple[str, list[str]]]
    abstract_words: dict[str, list[str]]
    body_words: list[str]


class TermIds(dict[str, int]):
    """word -> the id of its native (or shadow) term in one language: each word analyzed once, when first drawn."""

    def __init__(self, language: str, shadow: bool, lexicon: Lexicon) -> None:
        super().__init__()
        self.language = language
        self.shadow = shadow
        self.lexicon = lexicon

    def __missing__(self, word: str) -> int:
        number = self[word] = self.lexicon[word_terms(word, self.language)[self.shadow]]
        return number


@dataclass
class DocumentTerms:
    """A search document as its six term strings (SearchDocument's fields in vector order) and their ids."""

    article: Article
    texts: list[str]
    runs: list[list[int]]

    def document(self) -> SearchDocument:
        title, title_shadow, abstract, abstract_shadow, body, body_shadow = self.texts
        return SearchDocument(
            article=self.article,
            title_terms=title,
            title_shadow=title_shadow,
            abstract_terms=abstract,
            abstract_shadow=abstract_shadow,
            body_terms=body,
            body_shadow=body_shadow,
        )


class DocumentBuilder:
    """Builds the search documents of one process's generated articles (its term ids are its own)."""

    def __init__(self, languages: Sequence[str]) -> None:
        self.lexicon = Lexicon()
        self.natives = {language: TermIds(language, False, self.lexicon) for language in languages}
        self.shadows = {language: TermIds(language, True, self.lexicon) for language in languages}
        self.authors: dict[str, tuple[list[int], list[int]]] = {}  # an author's name -> its terms' ids

    def number_in_order(
        self, vocabularies: Mapping[str, Sequence[str]], rare_names: Sequence[str], author_names: Iterable[str]
    ) -> None:
        """Number every term the articles can hold in byte order (Lexicon.number_in_order): before the workers fork."""
        terms: list[str] = []
        for language, words in vocabularies.items():
            for word in chain(words, rare_names):
                terms += word_terms(word, language)
        for name in author_names:
            for text in terms_of([(name, None)]):
                terms += text.split()
        self.lexicon.number_in_order(terms)

    def terms(self, item: Generated, author_names: dict[int, str]) -> DocumentTerms:
        # Titles and keywords are vocabulary words too (terms_of() gives each the terms word_terms() does:
        # a vocabulary word is one token, capitalized or not); author names go through terms_of(), once each.
        title: list[int] = []
        title_shadow: list[int] = []
        for language, words in item.title_run:
            title += map(self.natives[language].__getitem__, words)
            title_shadow += map(self.shadows[language].__getitem__, words)
        for pk in item.parts.authors:
            name = author_names[pk]
            if name not in self.authors:
                natives, shadows = terms_of([(name, None)])
                self.authors[name] = (self.lexicon.ids(natives), self.lexicon.ids(shadows))
            title += self.authors[name][0]
            title_shadow += self.authors[name][1]
        abstract: list[int] = []
        abstract_shadow: list[int] = []
        for language in sorted(item.abstract_words):
            abstract += map(self.natives[language].__getitem__, item.abstract_words[language])
            abstract_shadow += map(self.shadows[language].__getitem__, item.abstract_words[language])
        body_language = item.article.language
        assert body_language is not None  # every generated article has one
        body = list(map(self.natives[body_language].__getitem__, item.body_words))
        body_shadow = list(map(self.shadows[body_language].__getitem__, item.body_words))
        runs = [title, title_shadow, abstract, abstract_shadow, body, body_shadow]
        return DocumentTerms(item.article, list(map(self.lexicon.text, runs)), runs)

    def copy_row(self, terms: DocumentTerms) -> bytes:
        """postgres.copy_row() of the document, from its term ids."""
        row = copy_row_of_ids(self.lexicon, terms.article.pk, terms.texts, terms.runs)
        return row if row is not None else copy_row(terms.document())
