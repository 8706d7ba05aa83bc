from django.urls import path, re_path

from articles.browse import views
from articles.interop import views as interop_views
from articles.interop.feeds import LatestArticlesFeed, TopicArticlesFeed

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("about/", views.about, name="about"),
    path("articles/", views.article_list, name="list"),
    path("articles/<slug:slug>/", views.article_detail, name="detail"),
    path("authors/", views.author_index, name="authors"),
    path("authors/<slug:slug>/", views.author_detail, name="author"),
    path("topics/", views.topic_index, name="topics"),
    path("sources/", views.source_index, name="sources"),
    path("topics/<slug:slug>/", views.topic_detail, name="topic"),
    re_path(r"^articles/citation\.(?P<extension>bib|ris|json)$", interop_views.search_citations, name="citations"),
    re_path(
        r"^articles/(?P<slug>[-a-zA-Z0-9_]+)/citation\.(?P<extension>bib|ris|json)$",
        interop_views.article_citation,
        name="citation",
    ),
    path("feed/", LatestArticlesFeed(), name="feed"),
    path("topics/<slug:slug>/feed/", TopicArticlesFeed(), name="topic-feed"),
]
