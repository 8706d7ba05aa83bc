"""Thin views for machines: citation downloads and robots.txt (OAI-PMH lives in articles/oai)."""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import translation

from articles.browse.filters import ArticleFilter
from articles.interop.citations import DOWNLOADS, Cited
from articles.interop.metadata import article_url
from articles.models import Article


def citation_download(items: Iterable[Cited], extension: str, filename: str) -> HttpResponse:
    """BibTeX, RIS or CSL-JSON of (article, URL) pairs, as an attachment named `filename.extension`."""
    formatter, content_type = DOWNLOADS[extension]
    response = HttpResponse(formatter(items), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{extension}"'
    return response


def article_citation(request: HttpRequest, slug: str, extension: str) -> HttpResponse:
    article = get_object_or_404(Article.objects.published().for_detail(), slug=slug)
    return citation_download([(article, article_url(request, article))], extension, article.slug)


def search_citations(request: HttpRequest, extension: str) -> HttpResponse:
    """The citations of a search result: the list page's query, filters and order, at most
    ARCHIVE_CITATION_EXPORT_LIMIT articles. A parameter the list page would ignore is refused here (400),
    so a download never silently holds other articles than the ones asked for."""
    filterset = ArticleFilter(request.GET, queryset=Article.objects.published())
    if filterset.errors:
        problems = [f"{name}: {error}" for name, errors in filterset.errors.items() for error in errors]
        return HttpResponseBadRequest("\n".join(problems) + "\n", content_type="text/plain; charset=utf-8")
    articles = filterset.qs.for_detail()[: settings.ARCHIVE_CITATION_EXPORT_LIMIT]
    return citation_download(((a, article_url(request, a)) for a in articles), extension, "citations")


def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = ["User-agent: *"]
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            lines.append(f"Disallow: {reverse('admin:index')}")
    lines += [f"Disallow: {reverse('set_language')}", "", f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
