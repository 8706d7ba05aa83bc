"""PostgreSQL: phrases matched from a RUM index, which keeps each term's positions in the index.

The GIN index of migration 0002 tells which articles hold a term, not where: a phrase ("a b") was
checked against each candidate's whole vector, detoasted (4.8 s for the 13,405 matches of two common
words at 100,000 articles).  RUM (the ``rum`` extension, https://github.com/postgrespro/rum; Debian's
``postgresql-15-rum``) answers the phrase operator from its postings: 160-200 ms there.
``archive_search_phrase(query, every)`` reads it (bitmap scans off: RUM is read by index scan, GIN only
by bitmap, so the plan cannot fall back to the recheck).  Word matches keep the GIN index, which counts
a word in 90 % of that archive in 21 ms against RUM's 54 ms.

Without the extension on the server, migrate stops here and says what to install.
"""

from django.contrib.postgres.operations import CreateExtension
from django.db import migrations

from articles.migrations._vendor_sql import VendorRunSQL
from articles.models.search import PHRASE_INDEX_DDL

CREATE_PHRASE_FUNCTION = """
CREATE OR REPLACE FUNCTION archive_search_phrase(query tsquery, every integer DEFAULT 1) RETURNS SETOF bigint
LANGUAGE sql STABLE STRICT PARALLEL SAFE ROWS 1000
SET enable_seqscan = off SET enable_bitmapscan = off
AS $$ SELECT article_id FROM articles_searchdocument WHERE vector @@ query AND article_id % every = 0 $$
"""
DROP_PHRASE_FUNCTION = "DROP FUNCTION IF EXISTS archive_search_phrase(tsquery, integer)"


class CreateRumExtension(CreateExtension):
    """CREATE EXTENSION rum, after checking that the server has it, with a message that says how to get it."""

    def __init__(self) -> None:
        super().__init__("rum")

    def database_forwards(self, app_label, schema_editor, from_state, to_state) -> None:
        if schema_editor.connection.vendor == "postgresql":
            with schema_editor.connection.cursor() as cursor:
                cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = %s", [self.name])
                if cursor.fetchone() is None:
                    raise RuntimeError(
                        "The PostgreSQL extension 'rum' is not installed on the database server; phrase search "
                        "needs it. Install it (Debian/Ubuntu: apt-get install postgresql-15-rum, for the "
                        "server's major version) and run migrate again."
                    )
        super().database_forwards(app_label, schema_editor, from_state, to_state)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0014_authorship_affiliation"),
    ]

    operations = [
        CreateRumExtension(),
        VendorRunSQL(
            "postgresql",
            [*PHRASE_INDEX_DDL[0], CREATE_PHRASE_FUNCTION],
            [DROP_PHRASE_FUNCTION, *PHRASE_INDEX_DDL[1]],
        ),
    ]
