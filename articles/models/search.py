"""What the search index stores: one analyzed document per published article.

``SearchDocument`` keeps the analyzer's output per weight (titles, keywords
and author names A; abstracts B; body C), native and Latin-shadow terms in
parallel fields.  On PostgreSQL ``vector`` holds the same terms as a stored,
weighted tsvector under a GIN index; on SQLite the FTS5 table
``articles_search_fts`` (created by migration 0002) holds them, and
``SqliteSearchRow`` maps it so the ORM can join it to articles.

The ranking (articles.search.ranking) reads one *impact* token per distinct
term of an article, its BM25F level: on PostgreSQL ``impact``, a tsvector
under its own GIN index; on SQLite the FTS5 table ``articles_search_impact``
(``SqliteImpactRow``) read through its fts5vocab table (migration 0013).
Beside the words it holds the titles' and abstracts' pairs of neighbouring terms, "_term_term", each with
its level (migration 0017): the mark "_" starts no term, so no word or prefix probe reaches them.
"""

from __future__ import annotations

from django.contrib.postgres.search import SearchVectorField
from django.db import connections, models
from django.db.models import Func, IntegerField, Lookup
from django.utils.translation import gettext_lazy as _

FTS_TABLE = "articles_search_fts"
SEARCH_DOCUMENT_TABLE = "articles_searchdocument"


def _search_index_ddl(name: str, method_and_column: str) -> tuple[list[str], list[str]]:
    """CREATE and DROP of one PostgreSQL index on the search documents, as migrations and bulk loads run them."""
    return (
        [f'CREATE INDEX IF NOT EXISTS "{name}" ON "{SEARCH_DOCUMENT_TABLE}" USING {method_and_column}'],
        [f'DROP INDEX IF EXISTS "{name}"'],
    )


# Created by migration 0002 on PostgreSQL only (GinIndex in Meta would emit "USING gin", which SQLite
# rejects, also whenever SQLite remakes the table); the corpus generator drops and rebuilds it.
VECTOR_INDEX_NAME = "search_document_vector_gin"
VECTOR_INDEX_DDL = _search_index_ddl(VECTOR_INDEX_NAME, 'gin ("vector")')
# Migration 0013, PostgreSQL: the impact tokens' GIN index, probed once per query word and level.
IMPACT_INDEX_NAME = "search_document_impact_gin"
IMPACT_INDEX_DDL = _search_index_ddl(IMPACT_INDEX_NAME, 'gin ("impact")')
# Migration 0015, PostgreSQL: a RUM index of the same vector (the rum extension), which keeps each term's
# positions in the index, so a phrase is matched from it without reading any vector.
PHRASE_INDEX_NAME = "search_document_vector_rum"
PHRASE_INDEX_DDL = _search_index_ddl(PHRASE_INDEX_NAME, 'rum ("vector" rum_tsvector_ops)')

# SQLite: rowid = article id.  Terms are already analyzed (lowercase a-z, 0-9, Cyrillic): the tokenizer
# only splits on spaces, and must not strip diacritics (й would become и).  article_id repeats the rowid,
# UNINDEXED, for joins (see SqliteSearchRow for why).  Deleting an article cascades to its SearchDocument
# through the ORM; the trigger makes the FTS row follow, so no deletion path leaves a stale row behind.
SQLITE_FTS_DDL = (
    [
        f"""CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(
    title, abstract, body, title_shadow, abstract_shadow, body_shadow, article_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 0'
)""",
        f"""CREATE TRIGGER articles_searchdocument_fts_delete AFTER DELETE ON {SEARCH_DOCUMENT_TABLE}
BEGIN
    DELETE FROM {FTS_TABLE} WHERE rowid = old.article_id;
END""",
    ],
    [
        "DROP TRIGGER IF EXISTS articles_searchdocument_fts_delete",
        f"DROP TABLE IF EXISTS {FTS_TABLE}",
    ],
)

# Migration 0013, SQLite: the impact tokens ("term_05": a term and its level, see articles.search.ranking),
# without positions (detail=none), and the fts5vocab table the ranking reads them through: a range of
# tokens ("term_" to "term`") gives each article holding the term with its level, from the index alone.
IMPACT_TABLE = "articles_search_impact"
IMPACT_TERMS_TABLE = "articles_search_impact_terms"
SQLITE_IMPACT_DDL = (
    [
        f"""CREATE VIRTUAL TABLE {IMPACT_TABLE} USING fts5(
    impact, detail = none, tokenize = "unicode61 remove_diacritics 0 tokenchars '_'"
)""",
        f"CREATE VIRTUAL TABLE {IMPACT_TERMS_TABLE} USING fts5vocab({IMPACT_TABLE}, instance)",
        f"""CREATE TRIGGER articles_searchdocument_impact_delete AFTER DELETE ON {SEARCH_DOCUMENT_TABLE}
BEGIN
    DELETE FROM {IMPACT_TABLE} WHERE rowid = old.article_id;
END""",
    ],
    [
        "DROP TRIGGER IF EXISTS articles_searchdocument_impact_delete",
        f"DROP TABLE IF EXISTS {IMPACT_TERMS_TABLE}",
        f"DROP TABLE IF EXISTS {IMPACT_TABLE}",
    ],
)


class SearchDocument(models.Model):
    article = models.OneToOneField(
        "articles.Article", on_delete=models.CASCADE, primary_key=True, related_name="search_document"
    )
    title_terms = models.TextField(_("title terms"), blank=True)
    abstract_terms = models.TextField(_("abstract terms"), blank=True)
    body_terms = models.TextField(_("body terms"), blank=True)
    title_shadow = models.TextField(_("title shadow keys"), blank=True)
    abstract_shadow = models.TextField(_("abstract shadow keys"), blank=True)
    body_shadow = models.TextField(_("body shadow keys"), blank=True)
    # PostgreSQL only (NULL on SQLite): the terms above as a weighted tsvector.
    vector = SearchVectorField(_("search vector"), null=True, blank=True)
    # PostgreSQL only: one lexeme per distinct term, "05term" (its BM25F level, then the term), no
    # positions; the ranking probes its GIN index and never reads the column itself.
    impact = SearchVectorField(_("impact terms"), null=True, blank=True)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")

    def __str__(self) -> str:
        return f"search document of article {self.article_id}"


class NotIndexed(Func):
    """SQLite's unary plus: the same value, but the planner will not look rows up by it."""

    template = "+%(expressions)s"
    output_field = IntegerField()


class Fts5TableColumn(models.TextField):
    """FTS5's hidden column named after the table: the left side of MATCH and bm25()."""


@Fts5TableColumn.register_lookup
class Fts5Match(Lookup):
    lookup_name = "match"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} MATCH {rhs}", (*lhs_params, *rhs_params)


class SqliteSearchRowManager(models.Manager):
    """Empty unless the database is SQLite.

    Elsewhere the FTS5 table does not exist, and tools that walk every
    model (dumpdata) must not query it.
    """

    def get_queryset(self) -> models.QuerySet:
        queryset = super().get_queryset()
        return queryset if connections[self.db].vendor == "sqlite" else queryset.none()


class SqliteSearchRow(models.Model):  # noqa: DJ008 — a row of an index table, never shown
    """A row of the SQLite FTS5 table; the table does not exist on PostgreSQL.

    ``rowid`` is the article id, so writes and deletes seek by rowid.  Joins
    go through ``article``, an UNINDEXED copy of the same id: FTS5 cannot
    use a constraint on it, so SQLite's planner always runs the MATCH once
    and looks articles up by primary key.  Joined on rowid instead, the
    planner (without table statistics) often loops over articles and re-runs
    the MATCH for each one, including bm25's per-term statistics: seconds at
    10,000 articles.

    Unmanaged: migration 0002 creates the virtual table.  DO_NOTHING and no
    constraint, so deleting an article never queries this table (absent on
    PostgreSQL); a trigger on SearchDocument deletes the row instead.
    """

    rowid = models.BigIntegerField(primary_key=True)
    article = models.OneToOneField(
        "articles.Article",
        on_delete=models.DO_NOTHING,
        db_column="article_id",
        db_constraint=False,
        related_name="sqlite_search_row",
    )
    # Reading it yields FTS5's cursor id; writing NULL is a normal insert.  Never serialized:
    # a reloaded non-NULL value would be read by FTS5 as a command.
    table = Fts5TableColumn(db_column=FTS_TABLE, null=True, editable=False, serialize=False)
    title = models.TextField()
    abstract = models.TextField()
    body = models.TextField()
    title_shadow = models.TextField()
    abstract_shadow = models.TextField()
    body_shadow = models.TextField()

    objects = SqliteSearchRowManager()

    class Meta:
        managed = False
        db_table = FTS_TABLE
        required_db_vendor = "sqlite"  # says so to Options.can_migrate(); the manager does the rest
        default_permissions = ()


class SqliteImpactRow(models.Model):  # noqa: DJ008 — a row of an index table, never shown
    """A row of the SQLite impact table (rowid = article id); written and deleted, read only through its vocabulary.

    Unmanaged: migration 0013 creates the virtual table, on SQLite only; a
    trigger on SearchDocument deletes the row with the document.
    """

    rowid = models.BigIntegerField(primary_key=True)
    impact = models.TextField()

    objects = SqliteSearchRowManager()

    class Meta:
        managed = False
        db_table = IMPACT_TABLE
        required_db_vendor = "sqlite"
        default_permissions = ()
