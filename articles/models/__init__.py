"""The archive's data model: sources, articles with their per-language parts, authors, references, topics.

One module per concern; everything is importable from ``articles.models`` as Django expects.
"""

from articles.models.article import Article
from articles.models.catalog import LANGUAGE_CODES, Author, Language, Source, Topic
from articles.models.parts import Abstract, ArticleTitle, ArticleTopic, Authorship, Keyword, Reference
from articles.models.search import SearchDocument, SqliteSearchRow
from articles.models.tombstones import DeletedArticle
from articles.models.versions import archive_version

__all__ = [
    "LANGUAGE_CODES",
    "Abstract",
    "Article",
    "ArticleTitle",
    "ArticleTopic",
    "Author",
    "Authorship",
    "DeletedArticle",
    "Keyword",
    "Language",
    "Reference",
    "SearchDocument",
    "Source",
    "SqliteSearchRow",
    "Topic",
    "archive_version",
]
