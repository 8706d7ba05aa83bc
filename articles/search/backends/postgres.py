"""PostgreSQL: a stored, weighted tsvector of the analyzed terms, matched with @@ under a GIN index.

The vector and the query are written in tsvector/tsquery input syntax and
cast, not run through a text-search configuration: the terms are already
the analyzer's output, and re-parsing them (to_tsvector/to_tsquery) could
split or re-case what SQLite's FTS5 stores verbatim.  The vector gives every
field its own run of positions with a gap between runs, so phrases never
span two fields, exactly as FTS5 phrases never span two columns.

Ranking reads ``rank_vector``, the title and abstract runs of the same
vector (same positions, no body): ts_rank over the full vector detoasted
the body of every match, seconds for a common word.  A match found only
in the body ranks 0 and is ordered by date among the others like it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db import connections
from django.db.models import Case, Count, F, QuerySet, Value, When, Window
from django.db.models.expressions import RawSQL
from django.db.models.functions import RowNumber
from django.db.models.functions import Cast

from articles.search.backends import RANK_CANDIDATES, SearchBackend, phrase_alternatives, term_alternatives
from articles.search.models import SearchDocument
from articles.search.query import Clause, ParsedQuery

# Field runs in vector order, with their weight: A titles/keywords/authors, B abstracts, C body.
FIELD_WEIGHTS = (
    ("title_terms", "A"),
    ("title_shadow", "A"),
    ("abstract_terms", "B"),
    ("abstract_shadow", "B"),
    ("body_terms", "C"),
    ("body_shadow", "C"),
)
# What rank_vector holds: the runs before the body, so their positions equal those in the vector.
RANK_FIELD_WEIGHTS = FIELD_WEIGHTS[:4]
# ts_rank weights in PostgreSQL's order {D, C, B, A}.
RANK_WEIGHTS = [0.1, 0.2, 0.4, 1.0]
# PostgreSQL's own limits (MAXENTRYPOS, MAXNUMPOS): later positions are clamped and later
# occurrences dropped by to_tsvector too.  Only phrase matches deep in very long bodies suffer.
MAX_POSITION = 16383
MATCH_FUNCTION = "archive_search_match"  # created by migration 0005
MAX_POSITIONS_PER_LEXEME = 256


def lexeme(term: str) -> str:
    """A quoted tsvector/tsquery lexeme; terms are clean already, but no input is trusted."""
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


@cache
def _labels(weight: str) -> list[str]:
    """"1A", "2A", ... for every position: formatting them per term dominated indexing time."""
    return [f"{position}{weight}" for position in range(MAX_POSITION + 1)]


def vector_literal(document: SearchDocument, fields: Sequence[tuple[str, str]] = FIELD_WEIGHTS) -> str:
    """The document's terms (of these leading field runs) as tsvector input: 'term':1A,7C ..."""
    slots: dict[str, list[str]] = {}
    position = 0
    for field, weight in fields:
        labels = _labels(weight)
        for term in getattr(document, field).split():
            if position < MAX_POSITION:
                position += 1
            label = labels[position]
            taken = slots.get(term)
            if taken is None:
                slots[term] = [label]
            elif len(taken) < MAX_POSITIONS_PER_LEXEME and taken[-1] is not label:
                taken.append(label)
        if position < MAX_POSITION:
            position += 1  # the gap that keeps phrases inside one field
    return " ".join(f"{lexeme(term)}:{','.join(taken)}" for term, taken in slots.items())


def clause_tsquery(clause: Clause) -> str:
    """One clause as tsquery input (without its negation)."""
    if not clause.is_phrase:
        term = clause.terms[0]
        star = ":*" if term.prefix else ""
        return "(" + " | ".join(lexeme(a) + star for a in term_alternatives(term)) + ")"
    words = ("(" + " | ".join(map(lexeme, alternatives)) + ")" for alternatives in phrase_alternatives(clause))
    return "(" + " <-> ".join(words) + ")"


def tsquery_text(parsed: ParsedQuery, *, negations: bool = True) -> str:
    """The tsquery of a query with at least one positive clause."""
    parts = [clause_tsquery(c) for c in parsed.positive]
    if negations:
        parts += ["!" + clause_tsquery(c) for c in parsed.negative]
    return " & ".join(parts)


class TsQueryLiteral(SearchQuery):
    """A tsquery given in input syntax: cast, like the stored vector, never re-parsed."""

    def __init__(self, text: str) -> None:
        super().__init__(text, search_type="raw")

    def as_sql(self, compiler, connection, function=None, template=None):
        return super().as_sql(compiler, connection, template="(%(expressions)s)::tsquery")


class PostgresSearchBackend(SearchBackend):
    vendor = "postgresql"

    def prepare(self, documents: Sequence[SearchDocument]) -> None:
        # Computed once here and stored; the INSERT of the batch carries them (no per-query work).
        for document in documents:
            document.vector = Cast(Value(vector_literal(document)), output_field=SearchVectorField())
            document.rank_vector = Cast(
                Value(vector_literal(document, RANK_FIELD_WEIGHTS)), output_field=SearchVectorField()
            )

    def rank(self, parsed: ParsedQuery) -> SearchRank:
        # ts_rank scores a query with "!" as 0 for every match: rank on what was asked for.
        wanted = TsQueryLiteral(tsquery_text(parsed, negations=False))
        return SearchRank(F("search_document__rank_vector"), wanted, weights=RANK_WEIGHTS)

    def search(self, queryset: QuerySet, parsed: ParsedQuery) -> QuerySet:
        return self.match(queryset, parsed).annotate(search_rank=self.rank(parsed))

    def match(self, queryset: QuerySet, parsed: ParsedQuery) -> QuerySet:
        # The ids from the GIN index (migration 0005 says why a function): a semi-join, no vector read.
        matched = RawSQL(f"SELECT {MATCH_FUNCTION}(%s::tsquery)", (tsquery_text(parsed),))
        return queryset.filter(pk__in=matched)

    def matcher(self, parsed: ParsedQuery) -> Callable[[QuerySet], QuerySet]:
        # A phrase (or a weighted match) is checked against each candidate's whole vector, detoasted:
        # 460 ms for a common pair at 12,377 articles, every time.  Once per page, then by id.
        if not any(clause.is_phrase for clause in parsed.clauses):
            return super().matcher(parsed)
        with connections[self.using].cursor() as cursor:
            cursor.execute(f"SELECT {MATCH_FUNCTION}(%s::tsquery)", (tsquery_text(parsed),))
            ids = [row[0] for row in cursor.fetchall()]
        pinned = RawSQL("SELECT unnest(%s::bigint[])", (ids,))
        return lambda queryset: queryset.filter(pk__in=pinned)

    def ranked_sql(self, queryset: QuerySet, parsed: ParsedQuery, offset: int, limit: int) -> tuple[str, tuple]:
        # Only the RANK_CANDIDATES newest matches are ranked (CASE reads no rank_vector for the others);
        # the rest follow by date, after them.
        newest = Window(RowNumber(), order_by=[F("published").desc(nulls_last=True), F("pk").desc()])
        ranked = (
            queryset.annotate(
                total=Window(Count("*")),
                newest=newest,
                rank=Case(When(newest__lte=RANK_CANDIDATES, then=self.rank(parsed)), default=Value(-1.0)),
            )
            .order_by(*self.relevance_ordering("rank"))
            .values_list("pk", "total")
        )
        return ranked[offset : offset + limit].query.sql_with_params()
