"""Merging duplicate authors: one person, one row, every spelling still found by search."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.admin.models import DELETION, LogEntry
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils.translation import gettext as _

from articles.curation.services import articles_changed, log_article_changes, log_change, reindex_on_commit
from articles.models import Author, Authorship


@dataclass
class MergeResult:
    kept: Author
    merged_names: list[str]
    moved: int  # authorships moved to the kept author
    dropped: int  # authorships dropped because the article already named the kept author


def merged_aliases(kept: Author, duplicates: list[Author]) -> list[str]:
    """The kept author's aliases, then each duplicate's name and aliases; no repeats, not the kept name."""
    spellings = list(kept.aliases or [])
    for duplicate in duplicates:
        spellings += [duplicate.name, *(duplicate.aliases or [])]
    return [s for s in dict.fromkeys(s.strip() for s in spellings if isinstance(s, str)) if s and s != kept.name]


def merge_authors(kept: Author, duplicates: list[Author], user: AbstractBaseUser) -> MergeResult:
    """Move every authorship of the duplicates to `kept`, keep their spellings as aliases, delete them.

    One transaction.  An article that already names the kept author (or two
    of the duplicates) keeps only the first place in its byline.
    The moved articles' authors become curated, so a re-import does not
    bring the old spelling back; the history records the merge on the kept
    author, the deletion of each duplicate and the change of each article.
    """
    duplicates = [d for d in duplicates if d.pk != kept.pk]
    with transaction.atomic():
        kept = Author.objects.select_for_update().get(pk=kept.pk)
        duplicate_ids = [d.pk for d in duplicates]
        rows = Authorship.objects.filter(author_id__in=duplicate_ids).order_by("article_id", "position")
        seen = set(Authorship.objects.filter(author=kept).values_list("article_id", flat=True))
        move: list[int] = []
        drop: list[int] = []
        for pk, article_id in rows.values_list("pk", "article_id"):
            (drop if article_id in seen else move).append(pk)
            seen.add(article_id)
        affected = sorted(set(rows.values_list("article_id", flat=True)))
        Authorship.objects.filter(pk__in=drop).delete()
        moved = Authorship.objects.filter(pk__in=move).update(author=kept)

        kept.aliases = merged_aliases(kept, duplicates)
        kept.save(update_fields=["aliases"])
        names = [d.name for d in duplicates]
        message = _("Merged %(names)s into this author.") % {"names": ", ".join(names)}
        log_change(user, [kept], message)
        LogEntry.objects.log_actions(
            user_id=user.pk,
            queryset=duplicates,
            action_flag=DELETION,
            change_message=_("Merged into %(name)s.") % {"name": kept.name},
        )
        Author.objects.filter(pk__in=duplicate_ids).delete()

        articles_changed(affected, ["authors"])
        log_article_changes(
            user, affected, _("Authors merged: %(names)s → %(name)s.") % {"names": ", ".join(names), "name": kept.name}
        )
        # The kept author's own articles too: their index entries gain the new aliases.
        reindex_on_commit(Authorship.objects.filter(author=kept).values_list("article_id", flat=True))
    return MergeResult(kept=kept, merged_names=names, moved=moved, dropped=len(drop))
