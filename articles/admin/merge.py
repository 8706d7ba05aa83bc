"""Merging duplicate authors after a preview, and undoing a merge by splitting a spelling back out.

The preview shows each selected author's name forms, Latin form and articles (what the merge moves);
names with no surname in common in any script are merged only when the editor confirms.
"""

from __future__ import annotations

from typing import cast

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.forms.boundfield import BoundWidget
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from articles.admin.actions import APPLY, action_form_page
from articles.admin.forms import MergeAuthorsForm, SplitAliasForm
from articles.admin.provenance import mentions, source_lines
from articles.curation.merging import (
    AuthorPreview,
    merge_authors,
    merge_preview,
    plausibly_one_person,
    split_alias,
)
from articles.models import Article, Author


def preview_rows(form: MergeAuthorsForm, previews: list[AuthorPreview]) -> list[tuple[AuthorPreview, BoundWidget]]:
    """Each author's preview with the radio button that keeps them, for one row of the preview table."""
    radios = {str(radio.data["value"]): radio for radio in form["keep"]}
    return [(preview, radios[str(preview.author.pk)]) for preview in previews]


@admin.action(description=gettext_lazy("Merge the selected authors"), permissions=["change", "delete"])
def merge_selected_authors(modeladmin, request, queryset):
    authors = Author.objects.filter(pk__in=queryset.values("pk"))
    selected = list(authors)  # read once: the check, the preview and the hidden ids of the form
    if len(selected) < 2:
        modeladmin.message_user(request, _("Select at least two authors to merge."), messages.WARNING)
        return None
    plausible = plausibly_one_person(selected)
    form = MergeAuthorsForm(request.POST if APPLY in request.POST else None, authors=authors, plausible=plausible)
    if form.is_bound and form.is_valid():
        kept = form.cleaned_data["keep"]
        result = merge_authors(kept, list(authors.exclude(pk=kept.pk)), request.user)
        count = len(result.merged_names)
        modeladmin.message_user(
            request,
            ngettext(
                "%(count)d author merged into “%(name)s”; their spellings are kept as aliases.",
                "%(count)d authors merged into “%(name)s”; their spellings are kept as aliases.",
                count,
            )
            % {"count": count, "name": kept.name},
            messages.SUCCESS,
        )
        return None
    return action_form_page(
        modeladmin,
        request,
        selected,
        form,
        title=_("Merge authors"),
        intro=_(
            "Every article of the other authors will name the one you keep; "
            "their spellings stay searchable as its other spellings."
        ),
        submit=_("Merge"),
        template="admin/articles/author/merge_form.html",
        extra={"rows": preview_rows(form, merge_preview(selected)), "plausible": plausible},
    )


MAX_ARTICLES_READ = 50  # source files read to preselect the articles of a split


def articles_printing(author: Author, spelling: str) -> list[int]:
    """The author's articles whose source text prints this spelling: where a split most likely belongs."""
    articles = Article.objects.filter(authorships__author=author).distinct().order_by("pk")
    return [a.pk for a in articles[:MAX_ARTICLES_READ] if mentions(source_lines(a), spelling)]


def split_alias_view(modeladmin: admin.ModelAdmin, request: HttpRequest, object_id: str) -> HttpResponse:
    """Undo a merge: one other spelling of the author becomes an author again, on the articles chosen."""
    author = modeladmin.get_object(request, unquote(object_id))
    if author is None:
        raise Http404(_("No such author."))
    if not (modeladmin.has_change_permission(request, author) and modeladmin.has_add_permission(request)):
        raise PermissionDenied
    # Each spelling's articles as printed in the sources, ticked for the spelling chosen (admin-split.js).
    printed = {alias: articles_printing(author, alias) for alias in author.aliases or []}
    only = next(iter(printed)) if len(printed) == 1 else None  # one spelling: chosen, its articles ticked
    initial = {"alias": only, "articles": printed[only]} if only else {}
    form = SplitAliasForm(request.POST or None, author=author, initial=initial)
    if request.method == "POST" and form.is_valid():
        alias = form.cleaned_data["alias"]
        editor = cast(User, request.user)  # admin_view lets only logged-in staff through
        new = split_alias(author, alias, [a.pk for a in form.cleaned_data["articles"]], editor)
        modeladmin.message_user(
            request,
            _("The spelling “%(alias)s” is an author again; articles moved to it: %(count)d.")
            % {"alias": new.name, "count": new.authorships.count()},
            messages.SUCCESS,
        )
        return HttpResponseRedirect(reverse("admin:articles_author_change", args=[author.pk]))
    if not author.aliases:
        modeladmin.message_user(request, _("This author has no other spelling to split out."), messages.WARNING)
        return HttpResponseRedirect(reverse("admin:articles_author_change", args=[author.pk]))
    return action_form_page(
        modeladmin,
        request,
        Author.objects.filter(pk=author.pk),
        form,
        title=_("Split a spelling out of “%(name)s”") % {"name": author.name},
        intro=_(
            "Undoes a merge: the spelling becomes an author of its own, named on the articles you tick "
            "instead of this author."
        ),
        submit=_("Split out"),
        template="admin/articles/author/split_form.html",
        extra={"original": author, "printed": printed},
    )
