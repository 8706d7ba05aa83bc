"""PostgreSQL: a stored, weighted tsvector of the analyzed terms, matched with @@ under a GIN index.

The vector and the query are written in tsvector/tsquery input syntax and
cast, not run through a text-search configuration: the terms are already
the analyzer's output, and re-parsing them (to_tsvector/to_tsquery) could
split or re-case what SQLite's FTS5 stores verbatim.  The vector gives every
field its own run of positions with a gap between runs, so phrases never
span two fields, exactly as FTS5 phrases never span two columns.

Ranking reads no vector: every match is ranked by BM25F from the impact
lexemes (articles.search.ranking), "05term" for a term at level 5 ("05_term_term"
for a pair of neighbouring terms), found
through their GIN index by ``archive_search_levels()`` (migration 0013),
one probe per query word and level.
"""

from __future__ import annotations

import struct
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING, Any

from django.contrib.postgres.search import SearchQuery
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models import FloatField, QuerySet
from django.db.models.expressions import RawSQL

from articles.models.search import SearchDocument
from articles.models.versions import archive_version
from articles.search.backends.base import (
    SearchBackend,
    rank_sql,
    ranked_words,
)
from articles.search.backends.postgres_sql import (
    LEVELS_FUNCTION,
    MATCH_FUNCTION,
    PHRASE_FUNCTION,
    impact_lexeme,
    levels_tsqueries,
    match_function,
    tsquery_text,
)
from articles.search.backends.postgres_topk import TOP_K_FROM, cached_by_version, top_ranked_ids
from articles.search.backends.topk import TOP_K_MAX
from articles.search.query import ParsedQuery
from articles.search.ranking import LEVELS, RANK_DIGITS, document_impacts

if TYPE_CHECKING:  # the queryset imports this package (ArticleQuerySet.search)
    from articles.models.querysets import ArticleQuerySet

# Field runs in vector order, with their weight: A titles/keywords/authors, B abstracts, C body.
FIELD_WEIGHTS = (
    ("title_terms", "A"),
    ("title_shadow", "A"),
    ("abstract_terms", "B"),
    ("abstract_shadow", "B"),
    ("body_terms", "C"),
    ("body_shadow", "C"),
)
# PostgreSQL's own limits (MAXENTRYPOS, MAXNUMPOS): later positions are clamped and later
# occurrences dropped by to_tsvector too.  Only phrase matches deep in very long bodies suffer.
MAX_POSITION = 16383
SEARCH_WORK_MEM = "32MB"
MAX_POSITIONS_PER_LEXEME = 256


# A position as PostgreSQL stores it (WordEntryPos): the weight in the top two bits, the position below.
WEIGHT_BITS = {"A": 3 << 14, "B": 2 << 14, "C": 1 << 14, "D": 0}
COPY_HEADER = b"PGCOPY\n\xff\r\n\x00" + struct.pack(">ii", 0, 0)
COPY_TRAILER = struct.pack(">h", -1)
TEXT_COLUMNS = tuple(field for field, _ in FIELD_WEIGHTS)
COPY_COLUMNS = ("article_id", *TEXT_COLUMNS, "vector", "impact")
COPY_ROW_START = struct.pack(">hi", len(COPY_COLUMNS), 8)  # field count, then the 8-byte article id


def vector_positions(document: SearchDocument) -> dict[str, list[int]]:
    """The document's vector as {lexeme: [packed positions]}.

    Every field gets its own run of positions, one gap after each, so phrases
    never span two fields.  Positions past MAX_POSITION are clamped to it and
    a lexeme keeps its first MAX_POSITIONS_PER_LEXEME, as PostgreSQL's own
    parser does.
    """
    slots: defaultdict[str, list[int]] = defaultdict(list)
    position = 0  # the last position taken
    for field, weight in FIELD_WEIGHTS:
        terms = getattr(document, field).split()
        first = min(position + 1, MAX_POSITION)
        unclamped = max(0, min(len(terms), MAX_POSITION - first))
        # Packed positions count up by one within the run (the weight bits stay put) until the clamp.
        packed = range(WEIGHT_BITS[weight] | first, (WEIGHT_BITS[weight] | first) + unclamped)
        for term, at in zip(terms, packed):
            slots[term].append(at)
        if unclamped < len(terms):
            at = WEIGHT_BITS[weight] | MAX_POSITION
            for term in terms[unclamped:]:
                taken = slots[term]
                if not taken or taken[-1] != at:
                    taken.append(at)
        position = min(first + len(terms), MAX_POSITION)  # the run, then the gap that keeps phrases inside it
    for taken in slots.values():
        del taken[MAX_POSITIONS_PER_LEXEME:]
    return slots


_ARTICLE_ID = struct.Struct(">q").pack
# A lexeme's positions as sent, by how many: PACK_POSITIONS[n](n, *positions), the count then the positions (the
# wire is big-endian).  bench/corpus_copy.py sends its vectors with them too.
PACK_POSITIONS = [struct.Struct(f">{count + 1}H").pack for count in range(MAX_POSITIONS_PER_LEXEME + 1)]


def tsvector_binary(slots: dict[str, list[int]]) -> bytes:
    """A tsvector in PostgreSQL's binary wire format (tsvectorrecv sorts the lexemes itself).

    Sent as input text, a 4,000-word body took the server 4-8 ms to parse; this it only copies.
    """
    parts = [struct.pack(">i", len(slots))]
    append = parts.append
    for term, positions in slots.items():
        append(term.encode() + b"\0")  # the lexeme as a C string
        append(PACK_POSITIONS[len(positions)](len(positions), *positions))
    return b"".join(parts)


def _binary_field(value: bytes) -> bytes:
    return struct.pack(">i", len(value)) + value


def copy_fields(document: SearchDocument) -> bytes:
    """A document's row for COPY ... (FORMAT BINARY), every field after the article id."""
    texts = (_binary_field(getattr(document, column).encode()) for column in TEXT_COLUMNS)
    vectors = (tsvector_binary(vector_positions(document)), impact_binary(document))
    return b"".join((*texts, *(_binary_field(vector) for vector in vectors)))


def copy_row(document: SearchDocument) -> bytes:
    """A document's whole row for COPY ... (FORMAT BINARY): the field count, the article id, copy_fields()."""
    return COPY_ROW_START + _ARTICLE_ID(document.article_id) + copy_fields(document)


def write_copy_rows(rows: Iterable[bytes], using: str) -> None:
    """Insert search documents as rows made by copy_row(), with one binary COPY."""
    table = SearchDocument._meta.db_table
    with connections[using].cursor() as cursor:
        with cursor.copy(f"COPY {table} ({', '.join(COPY_COLUMNS)}) FROM STDIN (FORMAT BINARY)") as copy:
            copy.write(COPY_HEADER)
            for row in rows:
                copy.write(row)
            copy.write(COPY_TRAILER)


def impact_binary(document: SearchDocument) -> bytes:
    """impact_lexemes() in the binary wire format, in one piece: each lexeme a C string and a zero position count."""
    lexemes = impact_lexemes(document)
    return struct.pack(">i", len(lexemes)) + "".join(f"{lexeme}\0\0\0" for lexeme in lexemes).encode()


def impact_lexemes(document: SearchDocument) -> dict[str, list[int]]:
    """The impact vector: "05term" for each distinct term (or pair, "05_term_term") at level 5
    (articles.search.ranking), no positions."""
    return {impact_lexeme(term, level): [] for term, level in document_impacts(document).items()}


class TsQueryLiteral(SearchQuery):
    """A tsquery given in input syntax: cast, like the stored vector, never re-parsed."""

    def __init__(self, text: str) -> None:
        super().__init__(text, search_type="raw")

    def as_sql(self, compiler, connection, function=None, template=None):
        return super().as_sql(compiler, connection, template="(%(expressions)s)::tsquery")


class PostgresSearchBackend(SearchBackend):
    vendor = "postgresql"

    def __init__(self, using: str = DEFAULT_DB_ALIAS, version: str | None = None) -> None:
        super().__init__(using, version)
        # Match sizes counted on this backend (one request's): a one-word query's document frequency,
        # counted for its ranking, is its match size too.
        self.match_sizes: dict[str, int] = {}
        self.rare_words = False  # every word of the query is in fewer than TOP_K_FROM articles (ranking_settings)

    def write(self, documents: Sequence[SearchDocument]) -> None:
        # Binary COPY: the vectors are computed once, here, and the server copies them in.
        write_copy_rows(map(copy_row, documents), self.using)

    @contextmanager
    def ranking_settings(self) -> Iterator[None]:
        # The planner cannot see how many ids archive_search_match() returns (it assumes 200 distinct)
        # and looks each one up by index: 90,000 index scans for a common word at 100,000 articles.
        # Hash joins halve the ranking statement (640 -> 323 ms there); a rare word costs the same.
        # The 90,000-row sort stays in memory.  Only here: facet queries read a match of at most
        # ARCHIVE_FACET_EXACT_UP_TO ids (or a sample), for which index lookups are the faster plan, and so
        # does a ranking whose words are all known to be rare (top_ranked_ids() counted them): with hash joins
        # its statement read the whole article table (53 ms for 7 matches at 100,000 articles, 28 with lookups).
        nestloop = "on" if self.rare_words else "off"
        with transaction.atomic(using=self.using), connections[self.using].cursor() as cursor:
            cursor.execute(
                "SELECT set_config('enable_nestloop', %s, true), set_config('work_mem', %s, true)",
                [nestloop, SEARCH_WORK_MEM],
            )
            yield

    def rank_sql(self, parsed: ParsedQuery) -> tuple[str, tuple]:
        """SELECT id, rank of every article holding a positive word of the query (articles.search.ranking)."""
        # Probe n (from 1) is word (n - 1) / LEVELS at level LEVELS - (n - 1) % LEVELS.
        hits = (
            f"SELECT article_id AS id, (n - 1) / {LEVELS} AS word, {LEVELS} - (n - 1) %% {LEVELS} AS level "
            f"FROM {LEVELS_FUNCTION}(%s::tsquery[])"
        )
        rounding = f"CAST(ROUND(CAST({{}} AS numeric), {RANK_DIGITS}) AS double precision)"
        return rank_sql(hits, rounding, len(ranked_words(parsed))), (levels_tsqueries(parsed),)

    def search(self, queryset: ArticleQuerySet, parsed: ParsedQuery) -> ArticleQuerySet:
        # The ranking runs once (an uncorrelated subquery, an InitPlan) into a jsonb object each match
        # looks itself up in.  The pages take their order from ranked_sql(); this annotation gives the same
        # values to whatever orders a queryset by it.
        ranking, params = self.rank_sql(parsed)
        table = queryset.model._meta.db_table
        ranks = f"(SELECT jsonb_object_agg(r.id, r.rank) FROM ({ranking}) r)"
        rank = RawSQL(
            f"""COALESCE(({ranks} ->> "{table}"."id"::text)::double precision, 0.0)""",
            params,
            output_field=FloatField(),
        )
        return self.match(queryset, parsed).annotate(search_rank=rank)

    def match(self, queryset: ArticleQuerySet, parsed: ParsedQuery, every: int = 1) -> ArticleQuerySet:
        # The ids from the GIN index (migrations 0005 and 0008 say why a function): a semi-join, no
        # vector read; the sample is taken inside it.
        matched = RawSQL(f"SELECT {match_function(parsed)}(%s::tsquery, %s)", (tsquery_text(parsed), every))
        return queryset.filter(pk__in=matched)

    def matcher(self, parsed: ParsedQuery) -> Callable[..., ArticleQuerySet]:
        # A phrase's matches are read from the RUM index once per page (160-200 ms for a common pair at
        # 100,000 articles; checked against each candidate's detoasted vector it took 3-5 s), then used by id
        # (a facet sample too: every n-th of those ids).  A word's facet sample is also fetched once and
        # pinned: four facet queries each re-read the GIN match of 90,000 ids to keep 5,000.
        tsquery, function = tsquery_text(parsed), match_function(parsed)
        phrase_ids = None
        if function == PHRASE_FUNCTION:  # kept until the archive changes, as a search engine's query cache would
            read = partial(self._matching_ids, function, tsquery)
            phrase_ids = cached_by_version("phrase", self.version(), tsquery, read)
        samples: dict[int, list[int]] = {}

        def restrict(queryset: ArticleQuerySet, every: int = 1) -> ArticleQuerySet:
            if phrase_ids is None and every == 1:
                return self.match(queryset, parsed)
            if every not in samples:
                if phrase_ids is not None:
                    samples[every] = [pk for pk in phrase_ids if pk % every == 0]
                else:
                    samples[every] = self._matching_ids(function, tsquery, every)
            return queryset.filter(pk__in=RawSQL("SELECT unnest(%s::bigint[])", (samples[every],)))

        return restrict

    def _matching_ids(self, function: str, tsquery: str, every: int = 1) -> list[int]:
        with connections[self.using].cursor() as cursor:
            cursor.execute(f"SELECT {function}(%s::tsquery, %s)", (tsquery, every))
            return [row[0] for row in cursor.fetchall()]

    def ranked_sql(self, queryset: QuerySet, parsed: ParsedQuery, offset: int, limit: int) -> tuple[str, tuple]:
        ids_sql, ids_params = queryset.order_by().values("pk").query.sql_with_params()
        articles = queryset.model._meta.db_table
        ranking, rank_params = self.rank_sql(parsed)
        # Every match is ranked: the ranking reads only the impact index, the match and dates come from
        # the articles' indexes; one hash join, then the count, the sort and the cut.
        sql = (
            f"WITH dated AS MATERIALIZED (SELECT a.id, a.published FROM {articles} a WHERE a.id IN ({ids_sql})), "
            f"ranked AS MATERIALIZED ({ranking}) "
            "SELECT d.id, COUNT(*) OVER () FROM dated d LEFT JOIN ranked r ON r.id = d.id "
            "ORDER BY COALESCE(r.rank, 0.0) DESC, d.published DESC NULLS LAST, d.id DESC LIMIT %s OFFSET %s"
        )
        return sql, (*ids_params, *rank_params, limit, offset)

    def ranked_ids(
        self, queryset: QuerySet, parsed: ParsedQuery, offset: int, limit: int, unmatched: QuerySet | None = None
    ) -> tuple[list[int], int | None]:
        # The first pages come from the top impact levels (articles.search.backends.topk), the count from the
        # match alone.  Candidates are checked against the other filters; with a phrase, against the match
        # itself (its ids, fetched once per page by matcher()).  Exclusions and deep pages are ranked in full.
        if unmatched is not None and not parsed.negative and offset + limit <= TOP_K_MAX:
            phrase = match_function(parsed) == PHRASE_FUNCTION  # its matches are known: matcher() read them
            filtered = queryset if phrase else unmatched
            need, version = offset + limit, self.version()
            best = top_ranked_ids(
                self.rows, self.match_sizes, filtered, parsed, need, known_matches=phrase, version=version
            )
            if best is not None:
                ids, size = best
                page = ids[offset:]
                return page, size if size is not None else (None if page else 0)
            # Every word was counted; under TOP_K_FROM articles each, the match is small.
            self.rare_words = bool(self.match_sizes) and max(self.match_sizes.values()) < TOP_K_FROM
        return super().ranked_ids(queryset, parsed, offset, limit)

    def version(self) -> str | None:
        """The archive's version, which cached search statistics are keyed by (read once per backend, that is per
        request); None inside a transaction, whose writes may never be committed (nothing is cached then)."""
        if connections[self.using].in_atomic_block:
            return None
        if self._version is None:
            self._version = archive_version(self.using)
        return self._version

    def match_size(self, parsed: ParsedQuery) -> int | None:
        # The GIN index alone.  A wanted phrase is counted from its ids (matcher() reads them once per page); an
        # excluded one would need each candidate's vector read (the GIN index's recheck): left to the caller too.
        if any(clause.is_phrase for clause in parsed.clauses):
            return None
        tsquery = tsquery_text(parsed)
        if tsquery not in self.match_sizes:
            self.match_sizes[tsquery] = cached_by_version(
                "matches",
                self.version(),
                tsquery,
                lambda: self.rows(f"SELECT COUNT(*) FROM {MATCH_FUNCTION}(%s::tsquery, 1)", tsquery)[0][0],
            )
        return self.match_sizes[tsquery]

    def rows(self, sql: str, *params: Any) -> list[tuple]:
        """The rows of one statement on this backend's database."""
        with connections[self.using].cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
