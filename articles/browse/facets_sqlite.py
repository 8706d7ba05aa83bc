"""SQLite's facet statements: the counts facets.py asks for, in fewer statements and cheaper groupings.

SQLite groups by every column it is asked for, in a sorted b-tree, and runs each statement's filters
(the search's ids, the listing's conditions) anew.  So here:

* the facets on other tables (topics, authors, abstract languages) are counted in one statement, each
  filtered set of articles materialized once however many facets share it, and the links grouped by the
  topic's or author's id alone, the dozen groups named after (at 10,000 articles, for the 9,000 matches of a
  common word: topics 31 -> 12 ms, authors 29 -> 14 ms, abstract languages 26 -> 17 ms);
* the column facets' grouped rows (some 1,400 for those matches) are summed per facet in the statement that
  groups them, rather than read through the ORM and summed in Python (10 ms).

PostgreSQL groups by the id alone already (the names depend on it) and keeps facets.py's ORM queries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import QuerySet

from articles.models import Abstract, ArticleTopic, Author, Authorship, Topic

Row = tuple
# The facets counted here, on other tables than the article's, each from the articles of its own queryset.
LINKED = ("topic", "author", "abstract_language")
# A topic's row, after its id, as facets.py's fetch of topics reads it; then its count.
TOPIC_COLUMNS = ("slug", "name_kk", "name_ru", "name_en", "position")
WIDTH = len(TOPIC_COLUMNS) + 1  # the widest branch's columns (a topic's), after the facet's number


def _padded(columns: list[str]) -> str:
    return ", ".join(columns + ["NULL"] * (WIDTH - len(columns)))


def _counts(table: str, key: str, ids: str) -> str:
    """The rows of a link table of these articles, grouped by one column: (key, n)."""
    return f"SELECT {key}, COUNT(*) AS n FROM {table} WHERE article_id IN ({ids}) GROUP BY 1"


def _branch(name: str, ids: str, selected: list[str], author_limit: int) -> tuple[str, tuple]:
    """The SELECT of one linked facet over the articles whose ids ``ids`` (a subquery) gives."""
    if name == "topic":
        counts = _counts(ArticleTopic._meta.db_table, "topic_id", ids)
        columns = _padded([*(f"t.{column}" for column in TOPIC_COLUMNS), "g.n"])
        return f"SELECT {columns} FROM ({counts}) g JOIN {Topic._meta.db_table} t ON t.id = g.topic_id", ()
    if name == "author":
        counts = _counts(Authorship._meta.db_table, "author_id", ids)
        chosen = f"a.slug IN ({', '.join(['%s'] * len(selected)) or 'NULL'})"
        # The chosen authors first, then the busiest, by name: the first ``author_limit`` (a subquery keeps its LIMIT).
        sql = (
            f"SELECT * FROM (SELECT {_padded(['a.slug', 'a.name', 'g.n', f'{chosen} AS chosen'])} FROM ({counts}) g "
            f"JOIN {Author._meta.db_table} a ON a.id = g.author_id ORDER BY chosen DESC, g.n DESC, a.name LIMIT %s)"
        )
        return sql, (*selected, author_limit)
    # One abstract per article and language: each count is of articles.  The articles without an abstract (a NULL
    # language, which no label names) are not counted.
    counts = _counts(Abstract._meta.db_table, "language", ids)
    return f"SELECT {_padded(['language', 'n'])} FROM ({counts})", ()


def linked_rows(
    querysets: dict[str, QuerySet], selected: Callable[[str], list[str]], author_limit: int
) -> dict[str, list[Row]]:
    """The rows facets.py's fetches of topics, authors and abstract languages give, from one statement.

    ``querysets`` holds each facet's articles (filtered by everything but the facet); ``selected`` gives a facet's
    chosen values; ``author_limit`` is how many authors the statement returns, in their order.
    """
    rows: dict[str, list[Row]] = {name: [] for name in querysets}
    bases: dict[tuple, str] = {}  # each distinct set of articles, materialized once
    ctes: list[str] = []
    branches: list[str] = []
    params: list = []
    branch_params: list = []
    for index, (name, queryset) in enumerate(querysets.items()):
        try:
            sql, sql_params = queryset.order_by().values("pk").query.sql_with_params()
        except EmptyResultSet:  # a search with nothing to search for: no articles, no rows
            continue
        key = (sql, tuple(sql_params))
        if key not in bases:
            bases[key] = f"base{len(bases)}"
            ctes.append(f"{bases[key]} AS MATERIALIZED ({sql})")
            params += sql_params
        branch, extra = _branch(name, f"SELECT pk FROM {bases[key]}", selected(name), author_limit)
        branches.append(f"SELECT {index}, * FROM ({branch})")
        branch_params += extra
    if not branches:
        return rows
    names = list(querysets)
    with connections[next(iter(querysets.values())).db].cursor() as cursor:
        cursor.execute(f"WITH {', '.join(ctes)} " + " UNION ALL ".join(branches), (*params, *branch_params))
        for index, *values in cursor.fetchall():
            rows[names[index]].append(tuple(values))
    if "topic" in rows:
        # By position, then slug, as facets.py's topics.
        position = TOPIC_COLUMNS.index("position")
        rows["topic"] = [row[:WIDTH] for row in sorted(rows["topic"], key=lambda r: (r[position], r[0]))]
    if "author" in rows:
        ordered = sorted(rows["author"], key=lambda r: (-(r[3] or 0), -r[2], r[1]))
        rows["author"] = [r[:3] for r in ordered if r[0]]
    if "abstract_language" in rows:
        rows["abstract_language"] = [row[:2] for row in rows["abstract_language"]]
    return rows


def summed_columns(
    grouped: QuerySet, facets: dict[str, tuple[str, ...]], passes: list[str]
) -> dict[str, defaultdict[tuple, int]]:
    """facets.py's sums of its column facets (``facets``: each one's columns), from its grouped query.

    Each facet sums the groups that pass every other chosen facet's condition (its ``passes_`` flag).
    """
    sums: dict[str, defaultdict[tuple, int]] = {name: defaultdict(int) for name in facets}
    try:
        sql, params = grouped.query.sql_with_params()
    except EmptyResultSet:
        return sums
    width = max(map(len, facets.values()))
    branches = []
    for index, (name, names) in enumerate(facets.items()):
        columns = [f'"{column}"' for column in names]
        kept = " AND ".join(f'"passes_{other}"' for other in passes if other != name) or "1"
        branches.append(
            f"SELECT {index}, {', '.join(columns + ['NULL'] * (width - len(columns)))}, SUM(n) FROM grouped "
            f"WHERE {kept} GROUP BY {', '.join(columns)}"
        )
    keys = list(facets)
    with connections[grouped.db].cursor() as cursor:
        cursor.execute(f"WITH grouped AS MATERIALIZED ({sql}) " + " UNION ALL ".join(branches), params)
        for index, *key, count in cursor.fetchall():
            name = keys[index]
            kept_key = tuple(key[: len(facets[name])])
            # SQLite has no booleans: the completeness column reads 0 or 1, which the ORM made False or True.
            sums[name][tuple(map(bool, kept_key)) if name == "fragment" else kept_key] += count
    return sums
