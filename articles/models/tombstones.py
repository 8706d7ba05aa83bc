"""Tombstones: an article deleted from the archive is remembered, so OAI-PMH harvesters learn it is gone."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class DeletedArticle(models.Model):
    """A tombstone: harvesters (OAI-PMH) are told an article they once saw is gone."""

    article_id = models.PositiveIntegerField(_("article number"), unique=True)
    slug = models.SlugField(_("slug"), max_length=120)
    title = models.TextField(_("title"), blank=True)
    deleted = models.DateTimeField(_("deleted"), auto_now=True)
    # The OAI-PMH sets the article was in (" kind:news topic:central-asia "), so a harvest by set learns of it.
    set_specs = models.TextField(_("sets"), blank=True, default="", editable=False)

    class Meta:
        ordering = ["-deleted"]
        verbose_name = _("deleted article")
        verbose_name_plural = _("deleted articles")
        indexes = [models.Index(fields=["deleted"], name="deleted_article_deleted_idx")]

    def __str__(self) -> str:
        return self.title or self.slug
