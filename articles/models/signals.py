"""Tombstones: an article deleted from the archive is remembered, so OAI-PMH harvesters learn it is gone."""

from typing import Any

from django.db.models.signals import post_delete
from django.dispatch import receiver

from articles.models.article import Article
from articles.models.tombstones import DeletedArticle


@receiver(post_delete, sender=Article, dispatch_uid="articles.write_tombstone")
def write_tombstone(sender: type[Article], instance: Article, **kwargs: Any) -> None:
    DeletedArticle.objects.update_or_create(
        article_id=instance.pk, defaults={"slug": instance.slug, "title": instance.title}
    )
