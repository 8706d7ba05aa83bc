"""Relevance over every match (issue 15): each indexed article's BM25F impact tokens, one per distinct term.

SQLite: the FTS5 table ``articles_search_impact`` (no positions) and its
fts5vocab table, which the ranking reads by token range; a trigger drops an
article's row with its search document.  PostgreSQL: ``impact``, a tsvector
of "05term" lexemes, its GIN index and ``archive_search_levels(tsquery[])``,
which probes that index once per query word and level (seq scans off: a
scan would detoast every vector; nested loops on: the ranking statement
runs with them off, and each probe is an inner index scan).  ``rank_vector``
(migration 0005) goes: nothing reads it any more.

Documents indexed before this migration get their tokens here, from their
stored terms (no article is re-analyzed).
"""

import django.contrib.postgres.search
from django.db import migrations, models

from articles.migrations._vendor_sql import VendorRunSQL
from articles.models.search import IMPACT_INDEX_DDL, SQLITE_IMPACT_DDL

CREATE_LEVELS_FUNCTION = """
CREATE OR REPLACE FUNCTION archive_search_levels(queries tsquery[]) RETURNS TABLE(article_id bigint, n bigint)
LANGUAGE sql STABLE STRICT PARALLEL SAFE ROWS 10000
SET enable_seqscan = off SET enable_nestloop = on
AS $$ SELECT d.article_id, q.n FROM unnest(queries) WITH ORDINALITY AS q(query, n)
      JOIN articles_searchdocument d ON d.impact @@ q.query $$
"""
DROP_LEVELS_FUNCTION = "DROP FUNCTION IF EXISTS archive_search_levels(tsquery[])"
BATCH = 200


def fill_impacts(apps, schema_editor) -> None:
    """The impact tokens of the documents already indexed, from their stored terms."""
    from articles.search.ranking import document_levels  # the one definition of a level

    connection = schema_editor.connection
    documents = apps.get_model("articles", "SearchDocument").objects.using(connection.alias)
    with connection.cursor() as cursor:
        for document in documents.order_by("pk").iterator(chunk_size=BATCH):
            levels = document_levels(document)
            if connection.vendor == "sqlite":
                impact = " ".join(f"{term}_{level:02d}" for term, level in levels.items())
                cursor.execute(
                    "INSERT INTO articles_search_impact(rowid, impact) VALUES (%s, %s)", [document.pk, impact]
                )
            elif connection.vendor == "postgresql":
                cursor.execute(
                    "UPDATE articles_searchdocument SET impact = array_to_tsvector(%s::text[]) WHERE article_id = %s",
                    [[f"{level:02d}{term}" for term, level in levels.items()], document.pk],
                )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0012_sitemap_and_change_stamp_indexes"),
    ]

    operations = [
        # The ranking reads the impact tokens now, not the title and abstract vector of migration 0005.
        migrations.RemoveField(model_name="searchdocument", name="rank_vector"),
        migrations.AddField(
            model_name="searchdocument",
            name="impact",
            field=django.contrib.postgres.search.SearchVectorField(blank=True, null=True, verbose_name="impact terms"),
        ),
        migrations.CreateModel(
            name="SqliteImpactRow",
            fields=[
                ("rowid", models.BigIntegerField(primary_key=True, serialize=False)),
                ("impact", models.TextField()),
            ],
            options={
                "db_table": "articles_search_impact",
                "managed": False,
                "default_permissions": (),
            },
        ),
        VendorRunSQL("sqlite", *SQLITE_IMPACT_DDL),
        VendorRunSQL(
            "postgresql", [*IMPACT_INDEX_DDL[0], CREATE_LEVELS_FUNCTION], [DROP_LEVELS_FUNCTION, *IMPACT_INDEX_DDL[1]]
        ),
        migrations.RunPython(fill_impacts, migrations.RunPython.noop, elidable=True),
    ]
