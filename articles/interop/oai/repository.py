"""What the repository holds for harvesters: items (articles and tombstones), their sets, pages of them.

Every article is an item: a published one with its metadata, a draft as a deleted record. A tombstone
(DeletedArticle) is a deleted record of an article that no longer exists. Items are ordered by datestamp
(Article.updated, DeletedArticle.deleted) and id; article ids and tombstone ids never collide because a
tombstone keeps the id of the deleted article and ids are never reused.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Exists, Min, OuterRef, Q, QuerySet
from django.utils import translation

from articles.interop.oai.arguments import Interval
from articles.interop.oai.errors import OAIError
from articles.interop.oai.tokens import Position
from articles.models import Article, ArticleTopic, DeletedArticle, Topic

TOPIC, KIND = "topic", "kind"


def oai_identifier(record_id: int) -> str:
    """`oai:<repository identifier>:<article number>`."""
    return f"oai:{settings.ARCHIVE_OAI_REPOSITORY_IDENTIFIER}:{record_id}"


@dataclass
class Item:
    id: int
    stamp: datetime.datetime
    deleted: bool
    article: Article | None = None
    sets: list[str] = field(default_factory=list)

    @property
    def identifier(self) -> str:
        return oai_identifier(self.id)


@dataclass
class Page:
    items: list[Item]
    total: int
    more: bool


@dataclass
class SetInfo:
    spec: str
    name: str
    titles: dict[str, str] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)


def _article_item(article: Article) -> Item:
    sets = [f"{KIND}:{article.kind}"] + [f"{TOPIC}:{topic.slug}" for topic in article.topics.all()]
    return Item(article.pk, article.updated, article.status != Article.Status.PUBLISHED, article, sets)


def _tombstone_item(tombstone: DeletedArticle) -> Item:
    return Item(tombstone.article_id, tombstone.deleted, True, sets=tombstone.set_specs.split())


def _articles(with_metadata: bool) -> QuerySet:
    articles = Article.objects.all()
    return articles.for_detail() if with_metadata else articles.prefetch_related("topics")


def _tombstones() -> QuerySet:
    # A tombstone whose article exists again (restored from a backup) gives way to the article.
    return DeletedArticle.objects.exclude(article_id__in=Article.objects.values("pk"))


def parse_identifier(identifier: str) -> int | None:
    prefix = f"oai:{settings.ARCHIVE_OAI_REPOSITORY_IDENTIFIER}:"
    rest = identifier[len(prefix) :] if identifier.startswith(prefix) else ""
    return int(rest) if re.fullmatch(r"[1-9][0-9]{0,17}", rest) else None


def get_item(identifier: str, with_metadata: bool) -> Item:
    record_id = parse_identifier(identifier)
    if record_id is not None:
        article = _articles(with_metadata).filter(pk=record_id).first()
        if article is not None:
            return _article_item(article)
        tombstone = _tombstones().filter(article_id=record_id).first()
        if tombstone is not None:
            return _tombstone_item(tombstone)
    raise OAIError("idDoesNotExist", f"The identifier {identifier!r} is unknown in this repository.")


def _in_set(articles: QuerySet, spec: str) -> QuerySet:
    """Articles in a set; an unknown set holds none."""
    family, _colon, value = spec.partition(":")
    if spec == KIND:
        return articles
    if family == KIND and value in Article.Kind.values:
        return articles.filter(kind=value)
    if spec == TOPIC:
        return articles.filter(Exists(ArticleTopic.objects.filter(article=OuterRef("pk"))))
    if family == TOPIC and value:
        return articles.filter(Exists(ArticleTopic.objects.filter(article=OuterRef("pk"), topic__slug=value)))
    return articles.none()


def _within(queryset: QuerySet, stamp_field: str, interval: Interval) -> QuerySet:
    if interval.start:
        queryset = queryset.filter(**{f"{stamp_field}__gte": interval.start})
    if interval.end:
        queryset = queryset.filter(**{f"{stamp_field}__lt": interval.end})
    return queryset


def _after(queryset: QuerySet, stamp_field: str, id_field: str, position: Position | None) -> QuerySet:
    if position is None:
        return queryset
    return queryset.filter(
        Q(**{f"{stamp_field}__gt": position.stamp}) | Q(**{stamp_field: position.stamp, f"{id_field}__gt": position.id})
    )


def list_page(interval: Interval, set_spec: str | None, position: Position | None, with_metadata: bool) -> Page:
    """One page of the items in the interval (and set), after `position`; tombstones keep the sets they had."""
    size = settings.ARCHIVE_OAI_PAGE_SIZE
    articles = _within(_articles(with_metadata), "updated", interval)
    tombstones = _within(_tombstones(), "deleted", interval)
    if set_spec:
        # A family ("topic") holds its members ("topic:central-asia"): match the spec as a whole word or prefix.
        family = Q(set_specs__contains=f" {set_spec} ") | Q(set_specs__contains=f" {set_spec}:")
        articles, tombstones = _in_set(articles, set_spec), tombstones.filter(family)
    total = articles.count() + tombstones.count()
    article_rows = _after(articles, "updated", "pk", position).order_by("updated", "pk")[: size + 1]
    tombstone_rows = _after(tombstones, "deleted", "article_id", position).order_by("deleted", "article_id")[: size + 1]
    items = [_article_item(article) for article in article_rows] + [_tombstone_item(t) for t in tombstone_rows]
    items.sort(key=lambda item: (item.stamp, item.id))
    return Page(items[:size], total, len(items) > size)


def earliest_datestamp() -> datetime.datetime | None:
    stamps = [
        Article.objects.aggregate(first=Min("updated"))["first"],
        _tombstones().aggregate(first=Min("deleted"))["first"],
    ]
    return min((stamp for stamp in stamps if stamp), default=None)


def all_sets() -> list[SetInfo]:
    """The two families (kinds, topics) and their members, names in English, titles in every language."""
    languages = [code for code, _name in settings.LANGUAGES]
    with translation.override("en"):
        sets = [SetInfo(KIND, "Kinds of text")]
        sets += [SetInfo(f"{KIND}:{value}", str(label)) for value, label in Article.Kind.choices]
    sets.append(SetInfo(TOPIC, "Topics"))
    for topic in Topic.objects.all():
        titles = {code: getattr(topic, f"name_{code}") for code in languages}
        descriptions = {code: getattr(topic, f"description_{code}") for code in languages}
        sets.append(
            SetInfo(
                f"{TOPIC}:{topic.slug}",
                topic.name_en,
                {code: text for code, text in titles.items() if text},
                {code: text for code, text in descriptions.items() if text},
            )
        )
    return sets
