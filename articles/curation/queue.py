"""The review queue as the admin home and the change form see it: how many wait and why, and which is next."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.utils.translation import gettext as _

from articles.curation.services import SCHOLARLY_KINDS, needs_review
from articles.models import LANGUAGE_CODES, Article, Language


@dataclass(frozen=True)
class Reason:
    key: str  # stable, for URLs: "fragment", "no_title", "no_abstract_kk", "no_author", "no_topic"…
    label: str  # in the interface language, as review_reasons words it
    condition: Q  # on a queryset annotated by services.with_review_flags


@dataclass(frozen=True)
class ReasonCount:
    key: str
    label: str
    count: int


@dataclass(frozen=True)
class QueueSummary:
    total: int
    reasons: list[ReasonCount]  # the reasons some article waits for, most frequent first


def reasons() -> list[Reason]:
    """Each reason of curation.services.review_reasons with the condition that gives it."""
    scholarly = Q(kind__in=SCHOLARLY_KINDS)
    found = [Reason("fragment", _("fragment"), Q(is_fragment=True)), Reason("no_title", _("no title"), Q(title=""))]
    for code in LANGUAGE_CODES:
        label = _("no abstract in %(languages)s") % {"languages": Language(code).label}
        found.append(Reason(f"no_abstract_{code}", label, scholarly & Q(**{f"has_abstract_{code}": False})))
    found += [
        Reason("no_author", _("no author"), scholarly & Q(has_author=False)),
        Reason("no_topic", _("no topic"), Q(has_topic=False)),
    ]
    return found


def queue_summary(queryset: QuerySet | None = None) -> QueueSummary:
    """How many articles wait for review, and how many for each reason (one query)."""
    queue = needs_review(Article.objects.all() if queryset is None else queryset)
    known = reasons()
    counts = queue.aggregate(total=Count("pk"), **{r.key: Count("pk", filter=r.condition) for r in known})
    found = [ReasonCount(r.key, r.label, counts[r.key]) for r in known if counts[r.key]]
    found.sort(key=lambda reason: -reason.count)  # stable: equal counts keep the order of review_reasons
    return QueueSummary(total=counts["total"], reasons=found)


def next_in_queue(article_id: int) -> int | None:
    """The queue's next article after this one in the list's order, from the top after the last; None when
    no other article waits.  The article itself may have just left the queue."""
    queue = needs_review(Article.objects.all()).values("pk")
    ordered = list(Article.objects.filter(Q(pk__in=queue) | Q(pk=article_id)).values_list("pk", flat=True))
    index = ordered.index(article_id) if article_id in ordered else -1
    following = [pk for pk in ordered[index + 1 :] + ordered[: max(index, 0)] if pk != article_id]
    return following[0] if following else None
