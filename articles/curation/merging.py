"""Merging duplicate authors: one person, one row, every spelling still found by search."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.contrib.admin.models import ADDITION, DELETION, LogEntry
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber
from django.utils.translation import gettext as _

from articles.curation.services import articles_changed, log_article_changes, log_change, reindex_on_commit
from articles.models import Article, Author, Authorship
from articles.records.catalog import latin_slug, unique_slug
from articles.search.analyzer import words
from articles.search.index import author_spellings
from articles.text.translit import ascii_key, romanize


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


# Before a merge: who the selected authors are, and whether they can be one person ---------------------------

STEM_LENGTH = 4  # the first letters of a surname that its case forms and transliterations share
SHORTEST_NAME_WORD = 3  # shorter words are initials ("Д.", "А. К."), which many people share


def name_stems(author: Author) -> set[str]:
    """The matching stems of the words of an author's name forms (printed, Latin, other spellings), any script."""
    forms = [author.name_latin, *author_spellings(author)]
    keys = (ascii_key(word) for text in forms if text for word in words(text))
    return {key[:STEM_LENGTH] for key in keys if len(key) >= SHORTEST_NAME_WORD}


def plausibly_one_person(authors: Sequence[Author]) -> bool:
    """Whether some name word (a surname, in any script) is common to every author whose name has words.

    "Д. Доллин" and "Dollin Dmitry" share ``doll``; three different surnames share nothing and are
    refused unless the editor confirms.
    """
    stems = [s for s in (name_stems(author) for author in authors) if s]
    return len(stems) < 2 or bool(set.intersection(*stems))


@dataclass
class AuthorPreview:
    author: Author
    article_count: int
    articles: list[Article]  # the first MAX_ARTICLES_SHOWN, in the archive's order


MAX_ARTICLES_SHOWN = 10


def merge_preview(authors: Iterable[Author]) -> list[AuthorPreview]:
    """Each author with their article count and first articles: what a merge will move."""
    authors = list(authors)
    counts = dict(  # one grouped query for every author's count
        Authorship.objects.filter(author__in=authors)
        .values_list("author_id")
        .annotate(n=Count("article", distinct=True))
        .order_by()
    )
    # Every author's first articles in one query: numbered per author in the articles' own order, the first kept.
    first = (
        Authorship.objects.filter(author__in=authors)
        .annotate(
            place=Window(
                RowNumber(),
                partition_by=[F("author_id")],
                order_by=[F("article__published").desc(), F("article__title").asc(), F("article__slug").asc()],
            )
        )
        .filter(place__lte=MAX_ARTICLES_SHOWN)
        .select_related("article")
        .only("author_id", "article__id", "article__title", "article__slug", "article__published")
        .order_by("author_id", "place")
    )
    shown: dict[int, list[Article]] = {}
    for authorship in first:
        shown.setdefault(authorship.author_id, []).append(authorship.article)
    return [AuthorPreview(author=a, article_count=counts.get(a.pk, 0), articles=shown.get(a.pk, [])) for a in authors]


# Undoing a merge: an alias split back out as its own author -------------------------------------------------


def split_alias(author: Author, alias: str, article_ids: Iterable[int], user: AbstractBaseUser) -> Author:
    """Make `alias` an author again, naming it on these of `author`'s articles instead of `author`.

    The alias leaves `author`'s other spellings; the articles' authors become curated and are reindexed;
    the history records the split on both authors and on each article.
    """
    with transaction.atomic():
        author = Author.objects.select_for_update().get(pk=author.pk)
        if alias not in (author.aliases or []):
            raise ValueError(f"{alias!r} is not another spelling of {author.name!r}")
        new = Author.objects.create(
            name=alias, name_latin=romanize(alias), slug=unique_slug(Author, latin_slug(alias) or "author")
        )
        author.aliases = [a for a in author.aliases if a != alias]
        author.save(update_fields=["aliases"])
        ids = sorted(
            set(
                Authorship.objects.filter(author=author, article_id__in=list(article_ids)).values_list(
                    "article_id", flat=True
                )
            )
        )
        Authorship.objects.filter(author=author, article_id__in=ids).update(author=new)
        log_change(user, [author], _("Split %(name)s out of this author.") % {"name": alias})
        LogEntry.objects.log_actions(
            user_id=user.pk,
            queryset=[new],
            action_flag=ADDITION,
            change_message=_("Split out of %(name)s.") % {"name": author.name},
        )
        articles_changed(ids, ["authors"])
        log_article_changes(user, ids, _("Author split: %(name)s → %(alias)s.") % {"name": author.name, "alias": alias})
        reindex_on_commit(Authorship.objects.filter(author=author).values_list("article_id", flat=True))
    return new
