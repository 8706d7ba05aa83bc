"""The archive's version: what anything cached about search results or counts is keyed by.

Every change to an article saves it (``updated`` is ``auto_now``; the curation services that move
authorships or topics in bulk touch ``updated`` themselves), and every deletion leaves a tombstone with
its time.  So the latest of each names the data a cached count or term statistic was made from: two
index lookups, whatever the archive's size (counting the archive took 8-10 ms at 100,000 articles).
"""

from __future__ import annotations

from django.apps import apps
from django.db.models import Max


def archive_version(using: str) -> str:
    """The latest change and the latest deletion of any article, as one string."""
    # The models come from the app registry: the search backends ask for this, and the article's queryset
    # imports them, so an import here would close a loop.
    Article, DeletedArticle = apps.get_model("articles", "Article"), apps.get_model("articles", "DeletedArticle")
    latest = Article.objects.using(using).aggregate(latest=Max("updated"))["latest"]
    gone = DeletedArticle.objects.using(using).aggregate(gone=Max("deleted"))["gone"]
    return f"{latest.isoformat() if latest else '-'}/{gone.isoformat() if gone else '-'}"
