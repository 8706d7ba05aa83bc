from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from articles.browse import api
from articles.interop.oai.views import endpoint as oai_endpoint
from articles.interop.sitemaps import SITEMAPS
from articles.interop.views import robots_txt, sitemap_index, sitemap_section

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    # Outside the language prefix: a harvester's URL should not depend on the interface language.
    path("api/articles/", api.article_list, name="api-articles"),
    path("oai/", oai_endpoint, name="oai"),
    # An index of sitemap pages (each within the protocol's limits), cached until the archive changes.
    path("sitemap.xml", sitemap_index, {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"}, name="sitemap"),
    path(
        "sitemap-<section>.xml",
        sitemap_section,
        {"sitemaps": SITEMAPS, "template_name": "sitemaps/urlset.xml"},
        name="sitemap-section",
    ),
    path("robots.txt", robots_txt, name="robots"),
]

urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("", include("articles.urls")),
    prefix_default_language=True,
)

# Error pages in the site's layout and the request's language (articles/browse/errors.py).
handler400 = "articles.browse.errors.bad_request"
handler403 = "articles.browse.errors.permission_denied"
handler404 = "articles.browse.errors.page_not_found"
handler500 = "articles.browse.errors.server_error"
