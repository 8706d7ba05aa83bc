"""The one FilterSet behind browse, search, the topic page and the JSON API.

Values of one parameter combine with OR (``language=kk&language=ru``),
parameters combine with AND.  Facet counts need the queryset filtered by
everything *except* one facet: ``ArticleFilter.queryset_without(name)``.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from articles.browse.collation import kazakh_order
from articles.models import Abstract, Article, ArticleTopic, Author, Authorship, Language, Source, Topic
from articles.models.querysets import ArticleQuerySet
from articles.search.backends import get_backend
from articles.search.query import parse_query

FIRST_YEAR = 1900
LAST_YEAR = 2100
# The year facet's value for articles without a date (``year=undated``).
UNDATED = "undated"
# More values than any facet shows; a longer list is a crafted URL, not a person.
MAX_VALUES_PER_PARAMETER = 50


class Sort(models.TextChoices):
    RELEVANCE = "relevance", _("Relevance")
    NEWEST = "newest", _("Newest first")
    OLDEST = "oldest", _("Oldest first")
    TITLE = "title", _("Title")


class Completeness(models.TextChoices):
    COMPLETE = "complete", _("Complete")
    FRAGMENT = "fragment", _("Fragment")


# Undated articles (fragments) go last either way, on both databases (PostgreSQL sorts NULL first in DESC).
ORDERINGS: dict[str, tuple[Any, ...]] = {
    Sort.RELEVANCE: ("-search_rank", F("published").desc(nulls_last=True), "-pk"),
    Sort.NEWEST: (F("published").desc(nulls_last=True), "-pk"),
    Sort.OLDEST: (F("published").asc(nulls_last=True), "pk"),
    Sort.TITLE: ("title", "pk"),
}


class SearchTextField(forms.CharField):
    """What a person typed: never refused, control characters (NUL included) become spaces."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.validators = []  # CharField refuses NUL; the query parser treats it as a separator

    def to_python(self, value: Any) -> str:
        text = super().to_python(value) or ""
        return "".join(" " if ord(c) < 32 or ord(c) == 127 else c for c in text)


class SearchFilter(django_filters.CharFilter):
    field_class = SearchTextField


class YearListField(forms.Field):
    """Several years from a repeated parameter (``year=2019&year=2020``); ``undated`` for articles without a date."""

    widget = forms.MultipleHiddenInput
    default_error_messages = {
        "invalid": _("A year is a number between %(first)s and %(last)s, not “%(value)s”."),
        "too_many": _("Too many values."),
    }

    def to_python(self, value: Any) -> list[int | str]:
        values = [v for v in (value or []) if str(v).strip()]
        if len(values) > MAX_VALUES_PER_PARAMETER:
            raise ValidationError(self.error_messages["too_many"], code="too_many")
        years: set[int | str] = set()
        for raw in values:
            text = str(raw).strip()
            if text == UNDATED:
                years.add(UNDATED)
                continue
            if not (text.isascii() and text.isdigit() and FIRST_YEAR <= int(text) <= LAST_YEAR):
                raise ValidationError(
                    self.error_messages["invalid"],
                    code="invalid",
                    params={"first": FIRST_YEAR, "last": LAST_YEAR, "value": text[:20]},
                )
            years.add(int(text))
        return sorted(years, key=lambda year: (isinstance(year, str), str(year)))


class YearFilter(django_filters.Filter):
    field_class = YearListField

    def filter(self, qs: QuerySet, value: list[int | str]) -> QuerySet:
        return qs.filter(condition) if (condition := year_condition(value)) is not None else qs


def year_condition(value: list[int | str]) -> Q | None:
    """The articles of these years (``UNDATED``: without a date); None for no year chosen."""
    if not value:
        return None
    # Date ranges, not published__year: the (status, published) index serves them.
    ranges = Q()
    for year in value:
        if isinstance(year, int):
            ranges |= Q(published__gte=date(year, 1, 1), published__lt=date(year + 1, 1, 1))
        else:  # UNDATED
            ranges |= Q(published__isnull=True)
    return ranges


def fragment_condition(value: list[str]) -> Q | None:
    """Complete articles or fragments; None when both or neither are chosen (no condition)."""
    if not value or set(value) == set(Completeness.values):
        return None
    return Q(is_fragment=Completeness.FRAGMENT in value)


class BoundedMixin:
    """Refuses more values than any facet shows, before validating (or querying) any of them."""

    def clean(self, value):
        if value and len(value) > MAX_VALUES_PER_PARAMETER:
            raise ValidationError(_("Too many values."), code="too_many")
        return super().clean(value)


class BoundedMultipleChoiceField(BoundedMixin, forms.MultipleChoiceField):
    pass


class BoundedModelMultipleChoiceField(BoundedMixin, django_filters.fields.ModelMultipleChoiceField):
    pass


class ChoicesFilter(django_filters.MultipleChoiceFilter):
    field_class = BoundedMultipleChoiceField

    def __init__(self, *args, **kwargs):
        # One row per article already: DISTINCT would only slow the counts down.
        super().__init__(*args, distinct=False, **kwargs)


class BoundedModelFilter(django_filters.ModelMultipleChoiceFilter):
    """Model instances by slug, at most MAX_VALUES_PER_PARAMETER of them, as every facet takes."""

    field_class = BoundedModelMultipleChoiceField


class SlugsFilter(django_filters.ModelMultipleChoiceFilter):
    """Model instances named by slug; the match is a subquery, so no row is counted twice."""

    field_class = BoundedModelMultipleChoiceField

    def __init__(self, *args: Any, through: type[models.Model], through_field: str, **kwargs: Any) -> None:
        self.through = through
        self.through_field = through_field
        super().__init__(*args, to_field_name="slug", distinct=False, **kwargs)

    def filter(self, qs: ArticleQuerySet, value: Any) -> ArticleQuerySet:
        if not value:
            return qs
        # with_ids_in() drops the link models' default ordering, which joined every linked article's row (read past
        # its body on SQLite) and the topic's, only to sort a subquery.
        return qs.with_ids_in(
            self.through._default_manager.filter(**{f"{self.through_field}__in": value}).values("article_id")
        )


class SortFilter(django_filters.OrderingFilter):
    """The ``sort`` parameter: django-filter's ordering filter over the archive's named orders.

    The first value counts.  The FilterSet orders last, by ``sort_order``,
    which knows the default (relevance with a query, newest without) and
    that relevance needs a query.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(choices=Sort.choices, **kwargs)

    def filter(self, qs: QuerySet, value: Any) -> QuerySet:
        return qs  # applied last, by ArticleFilter.filter_queryset

    def get_ordering_value(self, param: str) -> tuple[Any, ...]:
        return ORDERINGS[param]

    def order(self, qs: QuerySet, sort: str) -> QuerySet:
        if sort == Sort.TITLE:  # in Kazakh alphabetical order (Қ after К), on either database
            return qs.order_by(kazakh_order("title", qs.db), "pk")
        return qs.order_by(*self.get_ordering_value(sort))


class ArticleFilter(django_filters.FilterSet):
    # No max_length: an over-long query is shortened by the parser, which says so.
    q = SearchFilter(method="filter_query", label=_("Search"))
    topic = SlugsFilter(queryset=Topic.objects.all(), through=ArticleTopic, through_field="topic", label=_("Topic"))
    language = ChoicesFilter(choices=Language.choices, label=_("Language"))
    kind = ChoicesFilter(choices=Article.Kind.choices, label=_("Kind"))
    author = SlugsFilter(queryset=Author.objects.all(), through=Authorship, through_field="author", label=_("Author"))
    source = BoundedModelFilter(
        queryset=Source.objects.all(), to_field_name="slug", method="filter_source", label=_("Source")
    )
    year = YearFilter(label=_("Year"))
    abstract_language = ChoicesFilter(
        choices=Language.choices, method="filter_abstract_language", label=_("Abstract available in")
    )
    fragment = ChoicesFilter(choices=Completeness.choices, method="filter_fragment", label=_("Completeness"))
    sort = SortFilter(label=_("Sort"))

    # The facets a page shows, in order; "q" and "sort" are not facets.
    FACETS = ("topic", "language", "kind", "author", "source", "year", "abstract_language", "fragment")
    # The facets on the article's own columns: their filters are conditions on its row (column_condition).
    COLUMN_FACETS = ("language", "kind", "source", "year", "fragment")

    class Meta:
        model = Article
        fields: list[str] = []

    # Filter methods ------------------------------------------------------
    def filter_query(self, queryset: ArticleQuerySet, name: str, value: str) -> ArticleQuerySet:
        return queryset.search(value) if value.strip() else queryset

    def filter_source(self, queryset: QuerySet, name: str, value: list[Source]) -> QuerySet:
        return queryset.filter(source__in=value) if value else queryset

    def filter_abstract_language(self, queryset: ArticleQuerySet, name: str, value: list[str]) -> ArticleQuerySet:
        if not value:
            return queryset
        return queryset.with_ids_in(Abstract.objects.filter(language__in=value).values("article_id"))

    def filter_fragment(self, queryset: QuerySet, name: str, value: list[str]) -> QuerySet:
        return queryset.filter(condition) if (condition := fragment_condition(value)) is not None else queryset

    # What the views use --------------------------------------------------
    @property
    def query_text(self) -> str:
        return (self.form.cleaned_data.get("q") or "").strip() if self.is_bound and self.is_valid_part("q") else ""

    def is_valid_part(self, name: str) -> bool:
        self.errors  # noqa: B018 — runs validation once
        return name not in self.form.errors

    @property
    def sort_order(self) -> str:
        chosen = (self.form.cleaned_data.get("sort") or [""])[0] if self.is_valid_part("sort") else ""
        if chosen == Sort.RELEVANCE and not self.query_text:
            chosen = ""
        return chosen or (Sort.RELEVANCE if self.query_text else Sort.NEWEST)

    def selected(self, name: str) -> list[str]:
        """The valid selected values of a facet, as the strings the URL carries."""
        if not self.is_bound or not self.is_valid_part(name):
            return []
        value = self.form.cleaned_data.get(name) or []
        return [getattr(v, "slug", v) if not isinstance(v, int) else str(v) for v in value]

    def cache_digest(self) -> str:
        """What this filterset searches for and selects, as a short key: equal digests, equal matches."""
        parts = [self.query_text, *(f"{name}={','.join(sorted(self.selected(name)))}" for name in self.FACETS)]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]

    def selected_labels(self, name: str) -> dict[str, str]:
        """What to call each selected value when no count row names it."""
        if not self.is_bound or not self.is_valid_part(name):
            return {}
        values = self.form.cleaned_data.get(name) or []
        if isinstance(self.filters[name], django_filters.ModelMultipleChoiceFilter):
            return {v.slug: str(v.name) for v in values}  # Topic.name is in the interface language
        choices = dict(getattr(self.filters[name], "extra", {}).get("choices", ()))
        return {str(v): str(choices.get(v, v)) for v in values}

    def queryset_without(self, *excluded: str | None, every: int = 1) -> QuerySet:
        """The queryset filtered by every valid parameter but these, unordered (for facet counts).

        With ``every`` above 1 only the matches whose id is a multiple of it are kept (a sample): the search's,
        or without search words the filtered articles'.
        """
        self.errors  # noqa: B018
        queryset = self.queryset.all()
        searched = False
        for name, value in self.form.cleaned_data.items():
            if name == "q" and "q" not in excluded:
                queryset = self.match_query(queryset, value, every)
                searched = bool(value.strip())
            elif name not in excluded and name not in ("q", "sort"):
                queryset = self.filters[name].filter(queryset, value)
        if every > 1 and not searched:
            # Without search words the articles themselves are sampled, as a search samples its matches.
            queryset = queryset.alias(sample_residue=F("pk") % every).filter(sample_residue=0)
        return queryset.order_by()

    def column_condition(self, name: str) -> Q | None:
        """The condition a column facet's valid selected values put on the article's row; None for none.

        The same condition its filter applies, so a facet can be counted with the others over one query
        (articles/browse/facets.py) instead of with a query of its own.
        """
        value = self.form.cleaned_data.get(name) if self.is_bound and self.is_valid_part(name) else None
        if not value:
            return None
        if name == "year":
            return year_condition(value)
        if name == "fragment":
            return fragment_condition(value)
        if name == "source":
            return Q(source__in=value)
        if name in ("language", "kind"):
            return Q(**{f"{name}__in": sorted(set(value))})
        raise ValueError(f"{name} is not a column facet")

    def match_query(self, queryset: QuerySet, value: str, every: int = 1) -> QuerySet:
        """The search as a bare match, unranked: what counts need (cheaper than search_rank's form)."""
        if not value.strip():
            return queryset
        parsed = parse_query(value)
        if parsed.is_empty:
            return queryset.none()
        # One matcher per page: a backend may run a costly match once for the count and every facet.
        key = (queryset.db, value)
        if getattr(self, "_matcher", (None,))[0] != key:
            self._matcher = (key, get_backend(queryset.db).matcher(parsed))
        return self._matcher[1](queryset, every)

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        """Filter by every valid parameter (invalid ones are reported, not applied), then order."""
        for name, value in self.form.cleaned_data.items():
            queryset = self.filters[name].filter(queryset, value)
        return self.filters["sort"].order(queryset, self.sort_order)
