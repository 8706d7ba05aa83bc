"""PostgreSQL: search document rows keep only pointers to their texts and vectors, not the values.

A search for a common word fetches the article id of every match from the
table's heap (the GIN index gives only row locations).  Rows of about
2 KB held their term texts inline: 6 rows a page, 3,250 pages read for
18,000 matches.  With toast_tuple_target at its minimum every large value
moves to the TOAST table and a row takes about 150 bytes.  Rows written
before this migration keep their shape until rewritten (rebuild_index()).
"""

from django.db import migrations

from articles.migrations._vendor_sql import VendorRunSQL


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0005_searchdocument_rank_vector"),
    ]

    operations = [
        VendorRunSQL(
            "postgresql",
            ["ALTER TABLE articles_searchdocument SET (toast_tuple_target = 128)"],
            ["ALTER TABLE articles_searchdocument RESET (toast_tuple_target)"],
        ),
    ]
