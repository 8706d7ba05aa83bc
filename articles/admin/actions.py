"""Bulk actions of the article changelist; each is a thin call into articles.curation.services.

Actions that need a choice (which topic) show a second page first, the
standard Django admin pattern: the page posts the selection back to the
changelist with ``apply`` set.
"""

from __future__ import annotations

from collections.abc import Iterable

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db.models import Model
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from articles.admin.forms import TopicChoiceForm
from articles.curation import services as curation
from articles.models import Article

APPLY = "apply"


def action_form_page(
    modeladmin: admin.ModelAdmin,
    request: HttpRequest,
    queryset: Iterable[Model],
    form: forms.Form,
    *,
    title: str,
    intro: str,
    submit: str,
    template: str = "admin/articles/action_form.html",
    extra: dict | None = None,
) -> TemplateResponse:
    """The second step of an action: the selected objects, a form, and a button that applies the action."""
    opts = modeladmin.model._meta
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": title,
        "intro": intro,
        "submit": submit,
        "form": form,
        "objects": queryset,
        "opts": opts,
        "action": request.POST.get("action", ""),
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "apply": APPLY,
        "media": modeladmin.media + form.media,
        **(extra or {}),
    }
    return TemplateResponse(request, template, context)


def _done(modeladmin: admin.ModelAdmin, request: HttpRequest, message: str) -> None:
    modeladmin.message_user(request, message, messages.SUCCESS)


@admin.action(description=_("Publish the selected articles"), permissions=["change"])
def publish(modeladmin, request, queryset):
    count = curation.set_status(queryset, Article.Status.PUBLISHED, request.user)
    _done(
        modeladmin,
        request,
        ngettext("%(count)d article published.", "%(count)d articles published.", count) % {"count": count},
    )


@admin.action(description=_("Unpublish the selected articles (make them drafts)"), permissions=["change"])
def unpublish(modeladmin, request, queryset):
    count = curation.set_status(queryset, Article.Status.DRAFT, request.user)
    _done(
        modeladmin,
        request,
        ngettext("%(count)d article unpublished.", "%(count)d articles unpublished.", count) % {"count": count},
    )


@admin.action(description=_("Mark the selected articles reviewed"), permissions=["change"])
def mark_reviewed(modeladmin, request, queryset):
    count = curation.mark_reviewed(queryset, request.user)
    _done(
        modeladmin,
        request,
        ngettext("%(count)d article marked reviewed.", "%(count)d articles marked reviewed.", count) % {"count": count},
    )


def _topic_action(modeladmin, request, queryset, change, *, title, submit, done):
    """Show the topic form, or apply `change` with the chosen topic and report `done(count, topic)`."""
    form = TopicChoiceForm(request.POST if APPLY in request.POST else None)
    if form.is_bound and form.is_valid():
        topic = form.cleaned_data["topic"]
        _done(modeladmin, request, done(change(queryset, topic, request.user), topic))
        return None
    count = queryset.count()
    intro = ngettext("%(count)d article selected.", "%(count)d articles selected.", count) % {"count": count}
    return action_form_page(modeladmin, request, queryset, form, title=title, intro=intro, submit=submit)


@admin.action(description=_("Add a topic to the selected articles"), permissions=["change"])
def add_topic(modeladmin, request, queryset):
    return _topic_action(
        modeladmin,
        request,
        queryset,
        curation.add_topic,
        title=_("Add a topic"),
        submit=_("Add the topic"),
        done=lambda count, topic: (
            ngettext(
                "Topic “%(topic)s” added to %(count)d article.", "Topic “%(topic)s” added to %(count)d articles.", count
            )
            % {"count": count, "topic": topic}
        ),
    )


@admin.action(description=_("Remove a topic from the selected articles"), permissions=["change"])
def remove_topic(modeladmin, request, queryset):
    return _topic_action(
        modeladmin,
        request,
        queryset,
        curation.remove_topic,
        title=_("Remove a topic"),
        submit=_("Remove the topic"),
        done=lambda count, topic: (
            ngettext(
                "Topic “%(topic)s” removed from %(count)d article.",
                "Topic “%(topic)s” removed from %(count)d articles.",
                count,
            )
            % {"count": count, "topic": topic}
        ),
    )
