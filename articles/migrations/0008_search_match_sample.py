"""PostgreSQL: archive_search_match(query, every) can return every n-th match by id, for estimated facet counts.

A search matching 90,000 of 100,000 articles made each facet query read
every match (230-400 ms apiece on 2 cores).  Above
ARCHIVE_FACET_EXACT_UP_TO matches the facets are counted over the matches
whose id is a multiple of ``every`` and scaled; the page says so.  The
sample is taken inside the function, so only the sampled ids leave it.
"""

from django.db import migrations

from articles.migrations._vendor_sql import VendorRunSQL

DROP_PLAIN_FUNCTION = "DROP FUNCTION IF EXISTS archive_search_match(tsquery)"
CREATE_SAMPLING_FUNCTION = """
CREATE OR REPLACE FUNCTION archive_search_match(query tsquery, every integer DEFAULT 1) RETURNS SETOF bigint
LANGUAGE sql STABLE STRICT PARALLEL SAFE ROWS 1000
SET enable_seqscan = off
AS $$ SELECT article_id FROM articles_searchdocument WHERE vector @@ query AND article_id % every = 0 $$
"""

DROP_SAMPLING_FUNCTION = "DROP FUNCTION IF EXISTS archive_search_match(tsquery, integer)"
RESTORE_MATCH_FUNCTION = """
CREATE OR REPLACE FUNCTION archive_search_match(query tsquery) RETURNS SETOF bigint
LANGUAGE sql STABLE STRICT PARALLEL SAFE ROWS 1000
SET enable_seqscan = off
AS $$ SELECT article_id FROM articles_searchdocument WHERE vector @@ query $$
"""


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0007_article_facet_columns_idx"),
    ]

    operations = [
        # A list of statements: each runs without parameters, so % is the modulo operator.
        VendorRunSQL(
            "postgresql",
            [DROP_PLAIN_FUNCTION, CREATE_SAMPLING_FUNCTION],
            [DROP_SAMPLING_FUNCTION, RESTORE_MATCH_FUNCTION],
        ),
    ]
