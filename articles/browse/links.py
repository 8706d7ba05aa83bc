"""The links of a browse page's facets and chips: the query string with one value switched, or every facet dropped."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import QueryDict


def toggle_href(params: QueryDict, name: str, selected: list[str], value: str) -> str:
    """The query string with one value of a facet switched on or off (back to page 1)."""
    values = [v for v in selected if v != value] if value in selected else [*selected, value]
    # As QueryDict.copy(), setlist() and urlencode() would write it (the facet in its place, else last), without
    # the deep copy of every parameter for each of a page's hundred values.
    pairs = [(key, values if key == name else kept) for key, kept in params.lists() if key != "page"]
    if name not in params:
        pairs.append((name, values))
    return "?" + urlencode([(key, item) for key, items in pairs for item in items])


def clear_filters_href(params: QueryDict) -> str:
    """The query string that keeps the search words and the sort but drops every facet."""
    query = QueryDict(mutable=True)
    for name in ("q", "sort"):
        if value := params.get(name):
            query[name] = value
    return "?" + query.urlencode()
