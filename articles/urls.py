from django.urls import path

from articles import views

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("articles/", views.article_list, name="list"),
    path("articles/<slug:slug>/", views.article_detail, name="detail"),
    path("authors/<slug:slug>/", views.author_detail, name="author"),
    path("topics/<slug:slug>/", views.topic_detail, name="topic"),
]
