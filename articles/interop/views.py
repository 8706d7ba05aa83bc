"""Thin views for machines: citation downloads, the cached sitemaps and robots.txt (OAI-PMH lives in oai/)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Any

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.core.cache import cache
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


SITEMAP_CACHE_SECONDS = 3600


def cached_until_the_archive_changes(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """A sitemap page served from the cache while the published articles stay as they were."""

    def cached(request: HttpRequest, **kwargs: Any) -> HttpResponse:
        stamp = Article.objects.published().change_stamp()
        key = "sitemap:" + hashlib.sha256(f"{request.get_full_path()}|{stamp}".encode()).hexdigest()
        response = cache.get(key)
        if response is None:
            response = view(request, **kwargs)
            if hasattr(response, "render"):
                response.render()
            if response.status_code == 200:
                cache.set(key, response, SITEMAP_CACHE_SECONDS)
        return response

    return cached


sitemap_index = cached_until_the_archive_changes(sitemap_views.index)
sitemap_section = cached_until_the_archive_changes(sitemap_views.sitemap)


def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = ["User-agent: *"]
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            lines.append(f"Disallow: {reverse('admin:index')}")
    lines += [f"Disallow: {reverse('set_language')}", "", f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
