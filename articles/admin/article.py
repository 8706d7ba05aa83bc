"""The article admin: the list editors work from, the review queue, and the change form with its parts.

Whatever an editor changes here is recorded in ``Article.curated_fields``
(so ``import_texts`` leaves it alone) and reaches the search index when the
save commits.
"""

from __future__ import annotations

from collections.abc import Iterable

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.forms.models import BaseInlineFormSet
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from articles.admin import actions
from articles.admin.filters import NeedsReviewFilter, ReviewReasonFilter
from articles.admin.forms import ArticleAdminForm, LineEndsField
from articles.admin.history import curated_history_html
from articles.admin.inlines import AuthorshipInline, ReferenceInline
from articles.admin.provenance import source_lines_html
from articles.admin.search import search_articles
from articles.admin.site import LocalizedTitlesMixin
from articles.curation import languages
from articles.curation import services as curation
from articles.curation.queue import next_in_queue, queue_summary
from articles.models import LANGUAGE_CODES, Abstract, Article, Reference


def _count(model: type[Abstract | Reference]) -> Coalesce:
    """How many rows of an article part each article has, as a subquery (no join fan-out)."""
    rows = model.objects.filter(article=OuterRef("pk")).order_by().values("article").annotate(n=Count("pk"))
    return Coalesce(Subquery(rows.values("n"), output_field=IntegerField()), 0)


FORM_FIELD_NAMES = {
    "chosen_topics": "topics",
    **{f"title_{code}": "titles" for code in LANGUAGE_CODES},
    **{f"abstract_{code}": "abstracts" for code in LANGUAGE_CODES},
    **{f"keywords_{code}": "keywords" for code in LANGUAGE_CODES},
}
SAVE_AND_NEXT = "_savenext"
SIDE_BY_SIDE = ["side-by-side"]  # a fieldset whose row of per-language fields shares the width (css/admin.css)
QUEUE_FILTER = f"{NeedsReviewFilter.parameter_name}={NeedsReviewFilter.QUEUE}"


def changed_parts(form: forms.ModelForm, formsets: Iterable[BaseInlineFormSet]) -> list[str]:
    """The import's names of what an editor changed: form fields, then each changed inline."""
    names = [FORM_FIELD_NAMES.get(name, name) for name in form.changed_data]
    # The stubs allow a formset without a model; inline formsets always have one.
    names += [curation.PART_FIELDS[formset.model] for formset in formsets if formset.has_changed()]  # type: ignore[index]
    return curation.curated_names(names)


def title_row(article: Article | None) -> tuple[str, ...]:
    """The title fields side by side in language order, the article's own language being its title field."""
    language = article.language if article else None
    if not language:
        return ("title", *(f"title_{code}" for code in LANGUAGE_CODES))
    return tuple("title" if code == language else f"title_{code}" for code in LANGUAGE_CODES)


@admin.register(Article)
class ArticleAdmin(LocalizedTitlesMixin, admin.ModelAdmin):
    select_title = _("Select an article to change")
    add_title = _("Add an article")
    change_title = _("Change the article")
    view_title = _("View the article")
    formfield_overrides = {
        models.URLField: {"assume_scheme": "https"},
        models.TextField: {"form_class": LineEndsField},  # a browser's CRLF is no change
    }
    form = ArticleAdminForm
    list_display = [
        "display_title",
        "status",
        "language",
        "kind",
        "source",
        "published",
        "abstract_count",
        "reference_count",
    ]
    list_filter = [
        NeedsReviewFilter,
        ReviewReasonFilter,
        "status",
        "language",
        "kind",
        "is_fragment",
        "topics",
        "source",
    ]
    list_select_related = ["source"]
    search_fields = ["title"]  # shows the search box; get_search_results does the searching
    search_help_text = _("Titles, authors and keywords in all three languages, as on the site.")
    date_hierarchy = "published"
    prepopulated_fields = {"slug": ["title"]}  # on the add form only; a saved article keeps its address
    actions = [actions.publish, actions.unpublish, actions.add_topic, actions.remove_topic, actions.mark_reviewed]
    inlines = [AuthorshipInline, ReferenceInline]
    readonly_fields = [
        "review_reasons",
        "reviewed_at",
        "curated_fields",
        "curated_history",
        "provenance_file",
        "provenance_first_line",
        "provenance_last_line",
        "source_lines",
        "topic_reasons",
        "import_key",
        "created",
        "updated",
    ]

    def get_fieldsets(self, request, obj=None):
        return [
            (_("Titles"), {"fields": [title_row(obj)], "classes": SIDE_BY_SIDE}),
            (None, {"fields": [("language", "kind", "status"), "slug"]}),
            (
                _("Abstracts"),
                {"fields": [tuple(f"abstract_{code}" for code in LANGUAGE_CODES)], "classes": SIDE_BY_SIDE},
            ),
            (
                _("Keywords"),
                {"fields": [tuple(f"keywords_{code}" for code in LANGUAGE_CODES)], "classes": SIDE_BY_SIDE},
            ),
            (
                _("Bibliographic details"),
                {
                    "fields": [
                        ("source", "published", "published_precision"),
                        ("volume", "issue", "pages"),
                        ("doi", "original_url"),
                        ("udc", "irsti"),
                        ("is_fragment", "fragment_note"),
                    ],
                    "classes": ["bibliographic"],
                },
            ),
            (_("Topics"), {"fields": ["chosen_topics"]}),
            (_("Text"), {"fields": ["body"], "classes": ["collapse"]}),
            (_("Review"), {"fields": ["review_reasons", "reviewed_at", "curated_fields", "curated_history"]}),
            (
                _("Provenance"),
                {
                    "fields": [
                        "source_lines",
                        ("provenance_file", "provenance_first_line", "provenance_last_line"),
                        "topic_reasons",
                        "import_key",
                        ("created", "updated"),
                    ],
                    "classes": ["collapse"],
                },
            ),
        ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in ("title", "fragment_note"):  # short texts: the title beside the translated ones
            kwargs["widget"] = forms.Textarea(attrs={"rows": 3})
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_queryset(self, request):
        queryset = (
            super().get_queryset(request).annotate(abstract_count=_count(Abstract), reference_count=_count(Reference))
        )
        return curation.with_review_flags(queryset)

    def view_on_site(self, article: Article) -> str:
        """The public page; for a draft, its preview (shown to editors only, marked as a draft, not indexed)."""
        return article.get_absolute_url()

    def get_list_display(self, request):
        if NeedsReviewFilter.is_active(request):  # the queue: why, next to the title, in a narrow table
            return ["display_title", "review_reasons", "status", "language", "kind"]
        return super().get_list_display(request)

    def get_model_perms(self, request):
        # The admin home lists what this returns for each model; the article entry also carries the review
        # queue's count and reasons (templates/admin/index.html), computed only if the page shows them.
        perms = super().get_model_perms(request)
        if perms.get("view") or perms.get("change"):
            perms["review_queue"] = SimpleLazyObject(queue_summary)
        return perms

    def changelist_view(self, request, extra_context=None):
        if NeedsReviewFilter.is_active(request):
            extra_context = {"title": gettext("Review queue"), **(extra_context or {})}
        return super().changelist_view(request, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        return super().change_view(
            request, object_id, form_url, {"save_and_next": SAVE_AND_NEXT, **(extra_context or {})}
        )

    def response_change(self, request, obj):
        if SAVE_AND_NEXT not in request.POST:
            return super().response_change(request, obj)
        self.message_user(request, gettext("The article “%(title)s” was saved.") % {"title": obj}, messages.SUCCESS)
        following = next_in_queue(obj.pk)
        if following is None:
            self.message_user(request, gettext("The review queue is empty."), messages.INFO)
            return HttpResponseRedirect(f"{reverse('admin:articles_article_changelist')}?{QUEUE_FILTER}")
        url = reverse("admin:articles_article_change", args=[following])
        return HttpResponseRedirect(f"{url}?{urlencode({'_changelist_filters': QUEUE_FILTER})}")

    def get_search_results(self, request, queryset, search_term):
        return search_articles(queryset, search_term), False

    # Columns and read-only fields --------------------------------------------------------------------------

    @admin.display(description=_("title"), ordering="title")
    def display_title(self, article: Article) -> str:
        title = article.title or gettext("(no title) %(slug)s") % {"slug": article.slug}
        fragment = format_html(' <span class="badge">{}</span>', gettext("fragment")) if article.is_fragment else ""
        # Clamped to three lines by the stylesheet; the whole title in the tooltip.
        return format_html('<span class="clamped-title" title="{}">{}</span>{}', title, title, fragment)

    @admin.display(description=_("abstracts"), ordering="abstract_count")
    def abstract_count(self, article: Article) -> int:
        return article.abstract_count

    @admin.display(description=_("references"), ordering="reference_count")
    def reference_count(self, article: Article) -> int:
        return article.reference_count

    @admin.display(description=_("needs review because"))
    def review_reasons(self, article: Article) -> str:
        if not article.pk:
            return ""
        if not hasattr(article, "has_topic"):  # a freshly saved object, not from get_queryset
            article = curation.with_review_flags(Article.objects.filter(pk=article.pk)).get()
        return "; ".join(curation.review_reasons(article)) or "—"

    @admin.display(description=_("changes by editors"))
    def curated_history(self, article: Article) -> str:
        return curated_history_html(article)

    @admin.display(description=_("original source lines"))
    def source_lines(self, article: Article) -> str:
        return source_lines_html(article) if article.pk else ""

    @admin.display(description=_("why these topics"))
    def topic_reasons(self, article: Article) -> str:
        links = article.topic_links.select_related("topic") if article.pk else []
        return format_html_join("", "<div>{}: {}</div>", ((link.topic, link.reason or "—") for link in links))

    # Saving ------------------------------------------------------------------------------------------------

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        article = form.instance
        if "chosen_topics" in form.changed_data:
            curation.set_topics(article, form.cleaned_data["chosen_topics"])
        if {"language", *(f"title_{code}" for code in LANGUAGE_CODES)} & set(form.changed_data):
            languages.set_titles(article, form.language_parts("title"))
        languages.set_abstracts(article, form.language_parts("abstract"))
        keywords = form.language_parts("keywords")
        languages.set_keywords(article, {code: languages.keyword_lines(text) for code, text in keywords.items()})
        curation.mark_curated([article.pk], changed_parts(form, formsets))
        curation.reindex_on_commit([article.pk])
