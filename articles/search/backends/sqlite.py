"""SQLite: an FTS5 table of the analyzed terms, queried with MATCH; ranked by the impact table's levels.

Django has no FTS5 API.  Rows are written and joined through the unmanaged
SqliteSearchRow and SqliteImpactRow models; raw SQL is limited to FTS5
commands and the ranking statement, which reads the impact levels through
FTS5's vocabulary table (articles.search.ranking).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from django.db import connections
from django.db.models import FloatField, QuerySet
from django.db.models.expressions import RawSQL

from articles.models.search import (
    FTS_TABLE,
    IMPACT_TABLE,
    IMPACT_TERMS_TABLE,
    SearchDocument,
    SqliteImpactRow,
    SqliteSearchRow,
)
from articles.search.backends.base import (
    SearchBackend,
    phrase_spellings,
    rank_sql,
    ranked_pairs,
    ranked_words,
    term_alternatives,
)
from articles.search.query import Clause, ParsedQuery
from articles.search.ranking import RANK_DIGITS, document_impacts

if TYPE_CHECKING:  # the queryset imports this package (ArticleQuerySet.search)
    from articles.models.querysets import ArticleQuerySet

NATIVE_COLUMNS = ("title", "abstract", "body")
SHADOW_COLUMNS = ("title_shadow", "abstract_shadow", "body_shadow")
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


def impact_text(document: SearchDocument) -> str:
    """The impact tokens of a document: "term_05", a term (or a pair, "_term_term") and its level (see
    articles.search.ranking)."""
    return " ".join(f"{term}_{level:02d}" for term, level in document_impacts(document).items())


# The width of one rank in search()'s blob: up to 32 words of at most ln(2N) each, with RANK_DIGITS decimals.
RANK_WIDTH = 16
# After the separator "_" of an impact token comes its level: "`" is the character after "_".
_LEVEL_SQL = "CAST(substr(term, -2) AS INTEGER)"


def _token_ranges(alternatives: Iterable[str], prefix: bool = False) -> list[tuple[str, str]]:
    """Each alternative's impact tokens as a range: "term_" up to "term`", or every token from a prefix on."""
    return [(a, a + "\uffff") if prefix else (a + "_", a + "`") for a in alternatives]


def levels_sql(parsed: ParsedQuery) -> tuple[str, tuple]:
    """Rows (id, word, level): every article holding a query word, once per alternative, from the vocabulary.

    A word's alternatives are token ranges: "term_" up to "term`" for a word,
    every token from "prefix" on for a prefix (the level is the token's end).
    The query's word pairs follow its words (numbered from len(ranked_words())
    on), each of their spellings a range as a word's: "_term_term_" up to "_term_term`".
    """
    words = [_token_ranges(term_alternatives(term), term.prefix) for term in ranked_words(parsed)]
    words += [_token_ranges(pair) for pair in ranked_pairs(parsed)]
    selects, params = [], []
    for word, ranges in enumerate(words):
        for low, high in ranges:
            selects.append(
                f"SELECT doc AS id, {word} AS word, {_LEVEL_SQL} AS level "
                f"FROM {IMPACT_TERMS_TABLE} WHERE term >= %s AND term < %s"
            )
            params += [low, high]
    return " UNION ALL ".join(selects), tuple(params)


def index_rows(documents: Sequence[SearchDocument]) -> tuple[list[SqliteSearchRow], list[SqliteImpactRow]]:
    """The FTS5 rows and impact rows of search documents (the corpus generator builds them in its workers)."""
    search_rows = [
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
    ]
    return search_rows, [SqliteImpactRow(rowid=d.article_id, impact=impact_text(d)) for d in documents]


class SqliteSearchBackend(SearchBackend):
    vendor = "sqlite"

    def write(self, documents: Sequence[SearchDocument]) -> None:
        super().write(documents)
        search_rows, impact_rows = index_rows(documents)
        SqliteSearchRow.objects.using(self.using).bulk_create(search_rows)
        SqliteImpactRow.objects.using(self.using).bulk_create(impact_rows)

    def remove(self, article_ids: Iterable[int]) -> None:
        ids = list(article_ids)
        for start in range(0, len(ids), ID_CHUNK):
            chunk = ids[start : start + ID_CHUNK]
            SqliteSearchRow.objects.using(self.using).filter(rowid__in=chunk).delete()
            SqliteImpactRow.objects.using(self.using).filter(rowid__in=chunk).delete()

    def clear(self) -> None:
        SqliteSearchRow.objects.using(self.using).all().delete()
        SqliteImpactRow.objects.using(self.using).all().delete()

    def finish_rebuild(self) -> None:
        # Merge FTS5's segments into one b-tree: faster queries after a bulk load.
        with connections[self.using].cursor() as cursor:
            for table in (FTS_TABLE, IMPACT_TABLE):
                cursor.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")

    def rank_sql(self, parsed: ParsedQuery) -> tuple[str, tuple]:
        """SELECT id, rank of every article holding a positive word of the query (articles.search.ranking)."""
        hits, params = levels_sql(parsed)
        return rank_sql(hits, f"ROUND({{}}, {RANK_DIGITS})", len(ranked_words(parsed))), params

    def search(self, queryset: ArticleQuerySet, parsed: ParsedQuery) -> ArticleQuerySet:
        # The ranking runs once (an uncorrelated subquery) into a blob holding every id's rank, 16 bytes
        # from byte id * 16: each match reads its own slice.  A correlated subquery would re-run the
        # ranking per row, a JSON object be parsed per row (2.6 s for 9,000 matches at 10,000 articles).
        # The pages take their order from ranked_sql(); this gives the same values, for whatever orders a
        # queryset by them (the citation download).
        ranking, params = self.rank_sql(parsed)
        table = queryset.model._meta.db_table
        ranks = (
            "(WITH RECURSIVE "
            f"ranked(id, rank) AS MATERIALIZED ({ranking}), "
            "ids(id) AS (SELECT 0 UNION ALL SELECT id + 1 FROM ids WHERE id < (SELECT MAX(id) FROM ranked)) "
            f"SELECT CAST(group_concat(printf('%%{RANK_WIDTH}.{RANK_DIGITS}f', rank), '') AS BLOB) FROM ("
            "SELECT id, MAX(rank) AS rank FROM (SELECT id, 0.0 AS rank FROM ids UNION ALL SELECT id, rank FROM ranked) "
            "GROUP BY id ORDER BY id))"
        )
        rank = RawSQL(
            f'CAST(CAST(substr({ranks}, "{table}"."id" * {RANK_WIDTH} + 1, {RANK_WIDTH}) AS TEXT) AS REAL)',
            params,
            output_field=FloatField(),
        )
        return queryset.filter(sqlite_search_row__table__match=match_expression(parsed)).annotate(search_rank=rank)

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

    def matcher(self, parsed: ParsedQuery) -> Callable[..., ArticleQuerySet]:
        # The match runs once per page: its ids, one JSON array read from FTS5's index alone, are what the
        # ranking, the count and every facet query check against (json_each), as PostgreSQL's matcher hands
        # out a phrase's ids.  Each query running the MATCH itself cost a phrase page four more phrase
        # matches (35 ms each at 10,000 articles); the 9,148 ids of a common word come back in 1.5 ms.  A TEMP
        # table filled once measured the same, but is state on the connection to name, clear and keep apart.
        with connections[self.using].cursor() as cursor:
            cursor.execute(
                f"SELECT json_group_array(rowid) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s",
                (match_expression(parsed),),
            )
            ids: str = cursor.fetchone()[0]

        def restrict(queryset: ArticleQuerySet, every: int = 1) -> ArticleQuerySet:
            sql, params = "SELECT value FROM json_each(%s)", (ids,)
            if every > 1:  # a sample for estimated counts: every n-th match by id, as match() takes it
                return queryset.with_ids_in(RawSQL(sql + " WHERE value %% %s = 0", (*params, every)))
            return queryset.with_ids_in(RawSQL(sql, params))

        return restrict

    def ranked_sql(self, queryset: QuerySet, parsed: ParsedQuery, offset: int, limit: int) -> tuple[str, tuple]:
        ids_sql, ids_params = queryset.order_by().values("pk").query.sql_with_params()
        articles = queryset.model._meta.db_table
        ranking, rank_params = self.rank_sql(parsed)
        # Every match is ranked.  "dated" reads the dates from the (status, published) index, not from
        # the rows (see match()); the ranking reads only the impact table's vocabulary.  The two meet in
        # one grouping (a sort): a join of the two materialized sets would scan one per row of the other.
        # The outer query counts, sorts and cuts.
        sql = (
            f"WITH dated(id, published) AS MATERIALIZED (SELECT a.id, a.published FROM {articles} a "
            f"WHERE +a.id IN ({ids_sql})), "
            f"ranked(id, rank) AS MATERIALIZED ({ranking}), "
            "both_(id, rank, published, matched) AS (SELECT id, NULL, published, 1 FROM dated "
            "UNION ALL SELECT id, rank, NULL, 0 FROM ranked), "
            "scored(id, rank, published) AS (SELECT id, COALESCE(MAX(rank), 0.0), MAX(published) FROM both_ "
            "GROUP BY id HAVING MAX(matched) = 1) "
            "SELECT id, COUNT(*) OVER () FROM scored "
            "ORDER BY rank DESC, published IS NULL, published DESC, id DESC LIMIT %s OFFSET %s"
        )
        return sql, (*ids_params, *rank_params, limit, offset)
