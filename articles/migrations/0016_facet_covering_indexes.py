"""Facet counts and filtered lists read from indexes alone on PostgreSQL (issue 15).

Every listing leaves out the untitled fragments by id (``catalog.default_listing``), so each count over the
articles needs the id beside the facet columns: ``article_facet_columns_idx`` lacks it, and PostgreSQL read
every matching row (4,400 pages) in each of the page's eight statements; with the id included it reads the
index alone (language=kk&kind=research_article, 39,698 articles: count 24-49 ms to 6-8 ms).  The topic
filter's article ids come from (topic, article) without reading the links' rows.

PostgreSQL only: SQLite keeps the row id in every index already, so its facet index covers the id.
"""

from django.db import migrations

from articles.migrations._vendor_sql import VendorRunSQL

CREATE = [
    "CREATE INDEX IF NOT EXISTS article_facet_covering_idx ON articles_article "
    "(status, language, kind, source_id, published, is_fragment) INCLUDE (id)",
    "CREATE INDEX IF NOT EXISTS articletopic_topic_article_idx ON articles_articletopic (topic_id, article_id)",
]
DROP = [
    "DROP INDEX IF EXISTS articletopic_topic_article_idx",
    "DROP INDEX IF EXISTS article_facet_covering_idx",
]


class Migration(migrations.Migration):
    # After the other migration numbered 0015 (written at the same time): one leaf in the graph.
    dependencies = [
        ("articles", "0015_search_phrase_rum"),
    ]

    operations = [VendorRunSQL("postgresql", CREATE, DROP)]
