"""What editors do to articles, as plain functions the admin's forms and actions call.

* ``mark_curated`` records which fields an editor took over, so that
  ``import_texts`` never writes them again (see articles.ingest.loader);
* the review queue: ``with_review_flags``, ``needs_review`` and
  ``review_reasons`` (fragments, no title, an abstract missing in a language,
  no author, no topic), and ``mark_reviewed``;
* bulk changes: ``set_status``, ``add_topic``, ``remove_topic``, and
  ``set_topics`` for the change form.

Every bulk change records itself in the admin history (LogEntry, with the
user and the time), marks the fields it changed as curated, and schedules
the search index to follow once the transaction commits.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.text import get_text_list
from django.utils.translation import gettext as _

from articles.models import (
    LANGUAGE_CODES,
    Abstract,
    Article,
    ArticleTitle,
    ArticleTopic,
    Authorship,
    Keyword,
    Language,
    Reference,
    Topic,
)
from articles.models.article import CURATABLE_FIELDS
from articles.search.index import index_articles

# The import's name for what each article part makes up (see CURATABLE_FIELDS).
PART_FIELDS = {
    Authorship: "authors",
    ArticleTitle: "titles",
    Abstract: "abstracts",
    Keyword: "keywords",
    Reference: "references",
    ArticleTopic: "topics",
}
# What an editor's change of one form field also takes over.  The import compares
# the translated titles together with the article's own title, so a new title
# would make every later import rewrite the translated titles.
IMPLIED_FIELDS = {"title": ("titles",), "language": ("titles",), "published_precision": ("published",)}
# Stored with a topic an editor chose, next to the import's "matched …" reasons (data, not interface text).
EDITOR_TOPIC_REASON = "chosen by an editor"
# Kinds expected to have authors and an abstract in every language; news and interviews often have neither.
SCHOLARLY_KINDS = (Article.Kind.RESEARCH_ARTICLE,)


# Curated fields ---------------------------------------------------------------------------------------------


def curated_names(names: Iterable[str]) -> list[str]:
    """The import field names among these, with the ones they imply, in a stable order."""
    expanded: list[str] = []
    for name in names:
        expanded += [name, *IMPLIED_FIELDS.get(name, ())]
    return [name for name in dict.fromkeys(expanded) if name in CURATABLE_FIELDS]


def mark_curated(article_ids: Iterable[int], names: Iterable[str]) -> int:
    """Add the names to each article's curated_fields (a union); returns how many articles changed."""
    names = curated_names(names)
    ids = list(dict.fromkeys(article_ids))
    if not names or not ids:
        return 0
    changed = []
    with transaction.atomic():  # locked rows: two editors saving at once both get their names in
        for article in Article.objects.select_for_update().filter(pk__in=ids).only("pk", "curated_fields"):
            current = list(article.curated_fields or [])
            merged = list(dict.fromkeys(current + names))
            if merged != current:
                article.curated_fields = merged
                changed.append(article)
        Article.objects.bulk_update(changed, ["curated_fields"])
    return len(changed)


def reindex_on_commit(article_ids: Iterable[int]) -> None:
    """Rewrite these articles' search documents (or drop them, for drafts) once the transaction commits."""
    ids = list(dict.fromkeys(article_ids))
    if ids:
        transaction.on_commit(lambda: index_articles(ids, touch=True))


@transaction.atomic
def articles_changed(article_ids: Iterable[int | None], names: Iterable[str]) -> list[int]:
    """After a change made around the article form: bump `updated`, curate the names, reindex on commit."""
    ids = list(dict.fromkeys(pk for pk in article_ids if pk is not None))
    if ids:
        Article.objects.filter(pk__in=ids).update(updated=timezone.now())
        mark_curated(ids, names)
        reindex_on_commit(ids)
    return ids


def log_change(user: AbstractBaseUser, objects: list, message: list | str) -> None:
    """One history entry per object, by this user, now."""
    if objects:
        LogEntry.objects.log_actions(user_id=user.pk, queryset=objects, action_flag=CHANGE, change_message=message)


def changed_fields_message(*fields: str) -> list[dict]:
    """A history message in Django's own structured form ("Changed status."), translated when shown."""
    return [{"changed": {"fields": list(fields)}}]


def _rows(queryset: QuerySet, *fields: str) -> QuerySet:
    """Just what a history entry names (and `fields`), whatever joins the caller's queryset had."""
    return queryset.select_related(None).only("pk", "title", "slug", *fields)


# The review queue -------------------------------------------------------------------------------------------


def _has(model: type[Authorship | ArticleTopic | Abstract], **filters: Any) -> Exists:
    return Exists(model.objects.filter(article=OuterRef("pk"), **filters))


def with_review_flags(queryset: QuerySet) -> QuerySet:
    """Annotate has_author, has_topic and has_abstract_<language> (one EXISTS each, no joins); once."""
    if "has_topic" in queryset.query.annotations:
        return queryset
    return queryset.annotate(
        has_author=_has(Authorship),
        has_topic=_has(ArticleTopic),
        **{f"has_abstract_{code}": _has(Abstract, language=code) for code in LANGUAGE_CODES},
    )


def problems() -> Q:
    """Articles with something to look at; needs the annotations of with_review_flags."""
    scholarly = Q(kind__in=SCHOLARLY_KINDS)
    missing_parts = Q(has_author=False)
    for code in LANGUAGE_CODES:
        missing_parts |= Q(**{f"has_abstract_{code}": False})
    return Q(is_fragment=True) | Q(title="") | Q(has_topic=False) | (scholarly & missing_parts)


def needs_review(queryset: QuerySet) -> QuerySet:
    """The review queue: unreviewed articles with a problem, annotated for review_reasons."""
    return with_review_flags(queryset).filter(problems(), reviewed_at__isnull=True)


def review_reasons(article: Article) -> list[str]:
    """Why an article (annotated by with_review_flags) needs attention, in the interface language."""
    reasons = []
    if article.is_fragment:
        reasons.append(_("fragment"))
    if not article.title:
        reasons.append(_("no title"))
    if article.kind in SCHOLARLY_KINDS:
        missing = [str(Language(code).label) for code in LANGUAGE_CODES if not getattr(article, f"has_abstract_{code}")]
        if missing:
            reasons.append(_("no abstract in %(languages)s") % {"languages": get_text_list(missing, _("and"))})
        if not article.has_author:
            reasons.append(_("no author"))
    if not article.has_topic:
        reasons.append(_("no topic"))
    return reasons


@transaction.atomic
def mark_reviewed(queryset: QuerySet, user: AbstractBaseUser) -> int:
    """Confirm these articles now; they leave the review queue.  Returns how many."""
    articles = list(_rows(queryset))
    now = timezone.now()
    for article in articles:
        article.reviewed_at = now
    Article.objects.bulk_update(articles, ["reviewed_at"])
    log_change(user, articles, changed_fields_message("reviewed"))
    return len(articles)


# Bulk changes -----------------------------------------------------------------------------------------------


@transaction.atomic
def set_status(queryset: QuerySet, status: str, user: AbstractBaseUser) -> int:
    """Publish or unpublish; returns how many articles changed (the others already had that status)."""
    articles = list(_rows(queryset.exclude(status=status), "status"))
    now = timezone.now()
    for article in articles:
        article.status = status
        article.updated = now  # bulk_update skips auto_now; harvesters go by `updated`
    Article.objects.bulk_update(articles, ["status", "updated"])
    ids = [article.pk for article in articles]
    mark_curated(ids, ["status"])
    log_change(user, articles, changed_fields_message("status"))
    reindex_on_commit(ids)
    return len(articles)


def log_article_changes(user: AbstractBaseUser, article_ids: list[int], message: list | str) -> None:
    log_change(user, list(_rows(Article.objects.filter(pk__in=article_ids))), message)


def _touch_topics(article_ids: list[int], user: AbstractBaseUser) -> None:
    """What every bulk change of articles' topics also does: bump `updated`, curate, log."""
    articles_changed(article_ids, ["topics"])
    log_article_changes(user, article_ids, changed_fields_message("topics"))


@transaction.atomic
def add_topic(queryset: QuerySet, topic: Topic, user: AbstractBaseUser) -> int:
    """Give these articles the topic; returns how many did not have it yet."""
    ids = list(queryset.exclude(topics=topic).values_list("pk", flat=True))
    ArticleTopic.objects.bulk_create(ArticleTopic(article_id=pk, topic=topic, reason=EDITOR_TOPIC_REASON) for pk in ids)
    _touch_topics(ids, user)
    return len(ids)


@transaction.atomic
def remove_topic(queryset: QuerySet, topic: Topic, user: AbstractBaseUser) -> int:
    """Take the topic off these articles; returns how many had it."""
    links = ArticleTopic.objects.filter(article__in=queryset.values("pk"), topic=topic)
    ids = list(links.values_list("article_id", flat=True))
    links.delete()
    _touch_topics(ids, user)
    return len(ids)


@transaction.atomic
def set_topics(article: Article, topics: Iterable[Topic]) -> None:
    """Make the article's topics exactly these; kept links keep their reason, new ones say an editor chose them."""
    wanted = {topic.pk for topic in topics}
    article.topic_links.exclude(topic_id__in=wanted).delete()
    present = set(article.topic_links.values_list("topic_id", flat=True))
    ArticleTopic.objects.bulk_create(
        ArticleTopic(article=article, topic_id=pk, reason=EDITOR_TOPIC_REASON) for pk in sorted(wanted - present)
    )
