"""Error pages in the site's layout and the request's language (handler400, handler403, handler404, handler500).

The request's language is already active: LocaleMiddleware reads it from the URL's prefix, the language
cookie or the browser's Accept-Language header before any view (or error handler) runs.  These pages read
nothing from the database, so they render while the database is down.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import requires_csrf_token


def _error_page(status: int, title: Promise, text: Promise) -> Callable[..., HttpResponse]:
    """A handler rendering errors/error.html with this status, title and text (translated per request)."""

    @requires_csrf_token
    def handler(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
        context = {"status_code": status, "error_title": title, "error_text": text}
        return render(request, "errors/error.html", context, status=status)

    return handler


bad_request = _error_page(
    400,
    _("The request could not be understood"),
    _(
        "The address or the form sent to the archive was malformed. "
        "Check the address, or start again from the home page."
    ),
)
permission_denied = _error_page(
    403,
    _("Access denied"),
    _("This page is not open to the public. Editors sign in through the editors' area."),
)
page_not_found = _error_page(
    404,
    _("Page not found"),
    _(
        "There is no page at this address. It may have been mistyped, or the record may have been withdrawn. "
        "Search the archive or browse its topics."
    ),
)
server_error = _error_page(
    500,
    _("Something went wrong on our side"),
    _(
        "The archive could not show this page because of an error on the server. "
        "The error has been logged; please try again in a few minutes."
    ),
)
