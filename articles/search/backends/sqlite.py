"""SQLite: an FTS5 table of the analyzed terms, queried with MATCH and ranked by bm25.

Django has no FTS5 API.  Rows are written and joined through the unmanaged
SqliteSearchRow model; raw SQL is limited to FTS5 commands.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from django.db import connections
from django.db.models import F, FloatField, Func, QuerySet, Value
from django.db.models.expressions import RawSQL

from articles.models.search import FTS_TABLE, SearchDocument, SqliteSearchRow
from articles.search.backends.base import RANK_CANDIDATES, SearchBackend, phrase_spellings, term_alternatives
from articles.search.query import Clause, ParsedQuery

if TYPE_CHECKING:  # the queryset imports this package (ArticleQuerySet.search)
    from articles.models.querysets import ArticleQuerySet

NATIVE_COLUMNS = ("title", "abstract", "body")
SHADOW_COLUMNS = ("title_shadow", "abstract_shadow", "body_shadow")
# bm25 column weights in table order: titles (and keywords, authors) 10, abstracts 4, body 0: as on
# PostgreSQL (rank_vector), the rank reads titles and abstracts; a match only in the body ranks 0.
BM25_WEIGHTS = (10.0, 4.0, 0.0, 10.0, 4.0, 0.0)
BM25_ARGUMENTS = ", ".join(map(str, BM25_WEIGHTS))
ID_CHUNK = 500  # ids per DELETE, well under SQLite's bound-parameter limit


def quote(term: str) -> str:
    """An FTS5 string: terms are already [0-9a-z Cyrillic], but no input is trusted."""
    return '"' + term.replace('"', '""') + '"'


def _any_of(strings: Iterable[str]) -> str:
    return "(" + " OR ".join(strings) + ")"


def clause_expression(clause: Clause) -> str:
    """One clause as an FTS5 expression (without its negation)."""
    if not clause.is_phrase:
        term = clause.terms[0]
        star = "*" if term.prefix else ""
        # No column filter: the word may match any column, native or shadow.
        return _any_of(quote(a) + star for a in term_alternatives(term))
    # A phrase is consecutive tokens of one column: all native, or all shadow.
    spellings = _any_of(" + ".join(map(quote, spelling)) for spelling in phrase_spellings(clause))
    native = "{" + " ".join(NATIVE_COLUMNS) + "} : " + spellings
    shadow = "{" + " ".join(SHADOW_COLUMNS) + "} : " + spellings
    return f"({native} OR {shadow})"


def match_expression(parsed: ParsedQuery) -> str:
    """The MATCH string of a query with at least one positive clause."""
    expression = "(" + " AND ".join(map(clause_expression, parsed.positive)) + ")"
    if parsed.negative:
        # FTS5's NOT is binary (a NOT b): exclude the union of the negated clauses.
        expression += " NOT " + _any_of(map(clause_expression, parsed.negative))
    return expression


class Bm25Rank(Func):
    """-bm25(table, weights...): FTS5's bm25 is lower for better matches; flip it so higher is better."""

    function = "bm25"
    template = "-%(function)s(%(expressions)s)"
    output_field = FloatField()

    def __init__(self, table_column: F) -> None:
        super().__init__(table_column, *(Value(w) for w in BM25_WEIGHTS))


class SqliteSearchBackend(SearchBackend):
    vendor = "sqlite"

    def write(self, documents: Sequence[SearchDocument]) -> None:
        super().write(documents)
        SqliteSearchRow.objects.using(self.using).bulk_create(
            SqliteSearchRow(
                rowid=d.article_id,
                article_id=d.article_id,
                title=d.title_terms,
                abstract=d.abstract_terms,
                body=d.body_terms,
                title_shadow=d.title_shadow,
                abstract_shadow=d.abstract_shadow,
                body_shadow=d.body_shadow,
            )
            for d in documents
        )

    def remove(self, article_ids: Iterable[int]) -> None:
        ids = list(article_ids)
        for start in range(0, len(ids), ID_CHUNK):
            SqliteSearchRow.objects.using(self.using).filter(rowid__in=ids[start : start + ID_CHUNK]).delete()

    def clear(self) -> None:
        SqliteSearchRow.objects.using(self.using).all().delete()

    def finish_rebuild(self) -> None:
        # Merge FTS5's segments into one b-tree: faster queries after a bulk load.
        with connections[self.using].cursor() as cursor:
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")

    def search(self, queryset: ArticleQuerySet, parsed: ParsedQuery) -> ArticleQuerySet:
        # The join puts the FTS5 cursor in the query, so bm25 reads the statistics of the match.
        return queryset.filter(sqlite_search_row__table__match=match_expression(parsed)).annotate(
            search_rank=Bm25Rank(F("sqlite_search_row__table"))
        )

    def match(self, queryset: ArticleQuerySet, parsed: ParsedQuery, every: int = 1) -> ArticleQuerySet:
        # A subquery of rowids: FTS5 answers it from its index alone.  Reading any column of the
        # table (the joined article_id too) loads the whole stored row, every body of the match:
        # 80 ms for 441 matches of a common word, per query.  The ids are checked against the
        # articles' (status, ...) indexes, which cover the facets' columns; looked up by rowid,
        # each article row is read past its body (status, dates and sources are stored after it,
        # in overflow pages): 180 ms against 8 ms for 9,000 matches.
        sql = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s"
        params: tuple[str | int, ...] = (match_expression(parsed),)
        if every > 1:  # a sample for estimated counts: every n-th match by id
            sql, params = sql + " AND rowid %% %s = 0", (*params, every)
        return queryset.with_ids_in(RawSQL(sql, params))

    def ranked_sql(self, queryset: QuerySet, parsed: ParsedQuery, offset: int, limit: int) -> tuple[str, tuple]:
        ids_sql, ids_params = queryset.order_by().values("pk").query.sql_with_params()
        articles = queryset.model._meta.db_table
        # As on PostgreSQL: the RANK_CANDIDATES newest matches are ranked (on their titles and
        # abstracts: BM25_WEIGHTS), the rest follow by date.  "dated" reads the dates from the
        # (status, published) index, not from the rows (see match()).  bm25 runs where FTS5 is the
        # scan, never in a window query; +rowid keeps FTS5 from re-running the MATCH once per id
        # (seconds).  The outer query counts, sorts and cuts.
        sql = (
            f"WITH dated(id, published) AS MATERIALIZED (SELECT a.id, a.published FROM {articles} a "
            f"WHERE +a.id IN ({ids_sql})), "
            "newest(id) AS MATERIALIZED (SELECT id FROM dated "
            f"ORDER BY published IS NULL, published DESC, id DESC LIMIT {RANK_CANDIDATES}), "
            f"ranked(id, rank) AS MATERIALIZED (SELECT rowid, -bm25({FTS_TABLE}, {BM25_ARGUMENTS}) "
            f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s AND +rowid IN (SELECT id FROM newest)) "
            "SELECT d.id, COUNT(*) OVER () FROM dated d LEFT JOIN ranked r ON r.id = d.id "
            "ORDER BY r.rank DESC, d.published IS NULL, d.published DESC, d.id DESC LIMIT %s OFFSET %s"
        )
        return sql, (*ids_params, match_expression(parsed), limit, offset)
