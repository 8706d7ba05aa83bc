"""Tombstones: an article deleted from the archive is remembered, so OAI-PMH harvesters learn it is gone."""

from typing import Any

from django.db.models.signals import post_delete, pre_delete
from django.dispatch import receiver

from articles.models.article import Article
from articles.models.tombstones import DeletedArticle


@receiver(pre_delete, sender=Article, dispatch_uid="articles.remember_sets")
def remember_sets(sender: type[Article], instance: Article, **kwargs: Any) -> None:
    # Read before the deletion cascades to the article's topic links.
    topics = instance.topic_links.values_list("topic__slug", flat=True)
    instance._set_specs = " ".join([f"kind:{instance.kind}", *(f"topic:{slug}" for slug in topics)])  # type: ignore[attr-defined]


@receiver(post_delete, sender=Article, dispatch_uid="articles.write_tombstone")
def write_tombstone(sender: type[Article], instance: Article, **kwargs: Any) -> None:
    sets = getattr(instance, "_set_specs", f"kind:{instance.kind}")
    DeletedArticle.objects.update_or_create(
        article_id=instance.pk, defaults={"slug": instance.slug, "title": instance.title, "set_specs": f" {sets} "}
    )
