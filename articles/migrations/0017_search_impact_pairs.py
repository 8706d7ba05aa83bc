"""Proximity (issue 15): the impact tokens gain the word pairs of the titles and abstracts.

Each indexed document's impact tokens are rewritten from its stored terms (no article is re-analyzed) by
the one writer of each vendor, so they hold the "_term_term" pairs beside the words
(articles.search.ranking): SQLite's impact table row by row, PostgreSQL's impact vectors with the search
documents' three indexes dropped while they are written and built again after: an update is a new row
version, which each index (the match's GIN, the phrases' RUM) would otherwise take in word by word.
Reversed, the pairs stay: the code before this migration never probes for them (no query term starts
with the mark), so they only take room.
"""

from django.db import migrations

from articles.models.search import IMPACT_INDEX_DDL, IMPACT_TABLE, PHRASE_INDEX_DDL, VECTOR_INDEX_DDL

BATCH = 500


def rewrite_impacts(apps, schema_editor) -> None:
    """Every document's impact tokens, words and pairs, as the index writes them today."""
    # The writers of the index itself (live app code, not a frozen copy): the one definition of the tokens, so
    # an upgraded archive holds exactly what a rebuilt one would.  The price: should those writers change, this
    # migration writes their new tokens; a change to the tokens brings a migration of its own (as this one),
    # which rewrites them again, so the end state is the same.  Only the stored term columns are read.
    from articles.search.backends.postgres import impact_lexemes
    from articles.search.backends.sqlite import impact_text

    connection = schema_editor.connection
    if connection.vendor not in ("sqlite", "postgresql"):
        return
    documents = apps.get_model("articles", "SearchDocument").objects.using(connection.alias).order_by("pk")
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            for statement in (*IMPACT_INDEX_DDL[1], *VECTOR_INDEX_DDL[1], *PHRASE_INDEX_DDL[1]):
                cursor.execute(statement)
        batch: list[tuple[int, object]] = []

        def flush() -> None:
            if connection.vendor == "sqlite":
                cursor.executemany(f"DELETE FROM {IMPACT_TABLE} WHERE rowid = %s", [(pk,) for pk, _ in batch])
                cursor.executemany(f"INSERT INTO {IMPACT_TABLE}(rowid, impact) VALUES (%s, %s)", batch)
            else:
                cursor.executemany(
                    "UPDATE articles_searchdocument SET impact = array_to_tsvector(%s::text[]) WHERE article_id = %s",
                    [(tokens, pk) for pk, tokens in batch],
                )
            batch.clear()

        # The stored terms only: the vectors are large, and rewritten or unread here.
        for document in documents.defer("vector", "impact").iterator(chunk_size=BATCH):
            if connection.vendor == "sqlite":
                batch.append((document.pk, impact_text(document)))
            else:
                batch.append((document.pk, list(impact_lexemes(document))))
            if len(batch) == BATCH:
                flush()
        if batch:
            flush()
        if connection.vendor == "postgresql":
            for statement in (*IMPACT_INDEX_DDL[0], *VECTOR_INDEX_DDL[0], *PHRASE_INDEX_DDL[0]):
                cursor.execute(statement)
        else:
            cursor.execute(f"INSERT INTO {IMPACT_TABLE}({IMPACT_TABLE}) VALUES ('optimize')")


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0016_facet_covering_indexes"),
    ]

    operations = [
        migrations.RunPython(rewrite_impacts, migrations.RunPython.noop, elidable=True),
    ]
