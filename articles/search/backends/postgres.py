"""PostgreSQL: a stored, weighted tsvector of the analyzed terms, matched with @@ under a GIN index.

The vector and the query are written in tsvector/tsquery input syntax and
cast, not run through a text-search configuration: the terms are already
the analyzer's output, and re-parsing them (to_tsvector/to_tsquery) could
split or re-case what SQLite's FTS5 stores verbatim.  The vector gives every
field its own run of positions with a gap between runs, so phrases never
span two fields, exactly as FTS5 phrases never span two columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db.models import F, QuerySet, Value
from django.db.models.functions import Cast

from articles.search.backends import SearchBackend, phrase_alternatives, relevance_order, term_alternatives
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
# ts_rank weights in PostgreSQL's order {D, C, B, A}.
RANK_WEIGHTS = [0.1, 0.2, 0.4, 1.0]
# PostgreSQL's own limits (MAXENTRYPOS, MAXNUMPOS): later positions are clamped and later
# occurrences dropped by to_tsvector too.  Only phrase matches deep in very long bodies suffer.
MAX_POSITION = 16383
MAX_POSITIONS_PER_LEXEME = 256


def lexeme(term: str) -> str:
    """A quoted tsvector/tsquery lexeme; terms are clean already, but no input is trusted."""
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


@cache
def _labels(weight: str) -> list[str]:
    """"1A", "2A", ... for every position: formatting them per term dominated indexing time."""
    return [f"{position}{weight}" for position in range(MAX_POSITION + 1)]


def vector_literal(document: SearchDocument) -> str:
    """The document's terms as tsvector input: 'term':1A,7C ..."""
    slots: dict[str, list[str]] = {}
    position = 0
    for field, weight in FIELD_WEIGHTS:
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
        # Computed once here and stored; the INSERT of the batch carries it (no per-query work).
        for document in documents:
            document.vector = Cast(Value(vector_literal(document)), output_field=SearchVectorField())

    def search(self, queryset: QuerySet, parsed: ParsedQuery) -> QuerySet:
        match = TsQueryLiteral(tsquery_text(parsed))
        # ts_rank scores a query with "!" as 0 for every match: rank on what was asked for.
        wanted = TsQueryLiteral(tsquery_text(parsed, negations=False))
        return queryset.filter(search_document__vector=match).annotate(
            search_rank=SearchRank(F("search_document__vector"), wanted, weights=RANK_WEIGHTS)
        )

    def match(self, queryset: QuerySet, parsed: ParsedQuery) -> QuerySet:
        return queryset.filter(search_document__vector=TsQueryLiteral(tsquery_text(parsed)))

    def ranked_ids(self, queryset: QuerySet, parsed: ParsedQuery) -> list[int]:
        wanted = TsQueryLiteral(tsquery_text(parsed, negations=False))
        rank = SearchRank(F("search_document__vector"), wanted, weights=RANK_WEIGHTS)
        return relevance_order(queryset.order_by().annotate(rank=rank).values_list("pk", "rank", "published"))
