"""List filters of the article changelist beyond the plain field filters."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from articles.curation import queue
from articles.curation import services as curation


class NeedsReviewFilter(admin.SimpleListFilter):
    """The review queue: unreviewed articles with a problem (see articles.curation.services.problems)."""

    title = _("needs review")
    parameter_name = "needs_review"
    QUEUE = "yes"

    def lookups(self, request, model_admin):
        return [(self.QUEUE, _("Needs review")), ("no", _("Reviewed or nothing to fix"))]

    def queryset(self, request, queryset):
        if self.value() == self.QUEUE:
            return curation.needs_review(queryset)
        if self.value() == "no":
            return queryset.exclude(pk__in=curation.needs_review(queryset.model.objects.all()).values("pk"))
        return queryset

    @classmethod
    def is_active(cls, request: HttpRequest) -> bool:
        return request.GET.get(cls.parameter_name) == cls.QUEUE


class ReviewReasonFilter(admin.SimpleListFilter):
    """Articles with one reason to review them (the admin home links each reason of the queue here)."""

    title = _("needs review because")
    parameter_name = "reason"

    def lookups(self, request, model_admin):
        return [(reason.key, capfirst(reason.label)) for reason in queue.reasons()]

    def queryset(self, request, queryset):
        chosen = {reason.key: reason for reason in queue.reasons()}.get(self.value() or "")
        if chosen is None:
            return queryset
        return curation.with_review_flags(queryset).filter(chosen.condition)
