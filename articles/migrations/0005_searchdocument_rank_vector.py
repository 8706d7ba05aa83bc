"""SearchDocument.rank_vector (the title and abstract terms, no body, for ranking) and, on PostgreSQL, the match function.

``archive_search_match(tsquery)`` returns the ids of the documents whose
vector matches, always through the GIN index: for a word in most
documents the planner prefers a sequential scan, which detoasts every
stored vector (600 ms at 12,000 articles against 10 ms for the bitmap
scan, whose plain-lexeme matches need no recheck).  The planner cannot see
that cost, so the function plans its one query with sequential scans off.
"""

import django.contrib.postgres.search
from django.db import migrations

from articles.migrations._vendor_sql import VendorRunSQL

CREATE_MATCH_FUNCTION = """
CREATE OR REPLACE FUNCTION archive_search_match(query tsquery) RETURNS SETOF bigint
LANGUAGE sql STABLE STRICT PARALLEL SAFE ROWS 1000
SET enable_seqscan = off
AS $$ SELECT article_id FROM articles_searchdocument WHERE vector @@ query $$
"""


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0004_editors_group"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="rank_vector",
            field=django.contrib.postgres.search.SearchVectorField(blank=True, null=True, verbose_name="rank vector"),
        ),
        VendorRunSQL("postgresql", [CREATE_MATCH_FUNCTION], ["DROP FUNCTION IF EXISTS archive_search_match(tsquery)"]),
    ]
