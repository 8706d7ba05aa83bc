from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from articles.browse import api
from articles.interop.oai.views import endpoint as oai_endpoint
from articles.interop.sitemaps import SITEMAPS
from articles.interop.views import robots_txt

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    # Outside the language prefix: a harvester's URL should not depend on the interface language.
    path("api/articles/", api.article_list, name="api-articles"),
    path("oai/", oai_endpoint, name="oai"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots"),
]

urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("", include("articles.urls")),
    prefix_default_language=True,
)
