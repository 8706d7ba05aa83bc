"""The archive the interoperability tests read: the seed texts, plus the cases the seeds lack.

`build()` imports the seeds, then adds a complete research article (four authors, a journal, every
language, characters that markup and BibTeX must escape), a draft, and a deleted article (a tombstone),
and spreads the modification times over separate days so that from/until select something definite.
"""

from __future__ import annotations

import datetime
import io

from django.core.management import call_command

from articles.models import (
    Abstract,
    Article,
    ArticleTitle,
    ArticleTopic,
    Author,
    Authorship,
    DeletedArticle,
    Keyword,
    Reference,
    Source,
    Topic,
)

UTC = datetime.UTC
FIRST_DAY = datetime.datetime(2024, 3, 1, 8, 30, 15, 250000, tzinfo=UTC)
TOMBSTONE_TIME = datetime.datetime(2024, 4, 1, 12, 0, 0, tzinfo=UTC)
FULL_TITLE = 'Казахстан & ЕАЭС: 50% пути "интеграции" <2019> {итоги}_#1'
FULL_SLUG = "kazakhstan-eaes-50-puti"
FULL_AUTHORS = [
    ("А. Б. Иванов", "A. B. Ivanov"),
    ("Петров В. Г.", "Petrov V. G."),
    ("Jane Smith", "Jane Smith"),
    ("Ж.-К. Ли", "Zh.-K. Li"),
]
JOURNAL = "Вестник КазНУ. Серия международных отношений"


def build() -> dict[str, int]:
    """Create the archive; returns the ids of the added cases."""
    call_command("import_texts", verbosity=0, stdout=io.StringIO())
    full = _full_article()
    draft = Article.objects.create(
        title="Черновик", slug="chernovik", language="ru", status=Article.Status.DRAFT, body="Текст."
    )
    ArticleTopic.objects.create(article=draft, topic=Topic.objects.get(slug="central-asia"))
    doomed = Article.objects.create(title="Удалённая статья", slug="udalennaia", language="ru")
    doomed_id = doomed.pk
    doomed.delete()
    for day, article_id in enumerate(Article.objects.order_by("pk").values_list("pk", flat=True)):
        Article.objects.filter(pk=article_id).update(updated=FIRST_DAY + datetime.timedelta(days=day))
    DeletedArticle.objects.filter(article_id=doomed_id).update(deleted=TOMBSTONE_TIME)
    return {"full": full.pk, "draft": draft.pk, "deleted": doomed_id}


def _full_article() -> Article:
    journal = Source.objects.create(name=JOURNAL, slug="vestnik-kaznu", kind=Source.Kind.JOURNAL)
    article = Article.objects.create(
        title=FULL_TITLE,
        slug=FULL_SLUG,
        language="ru",
        kind=Article.Kind.RESEARCH_ARTICLE,
        published=datetime.date(2019, 3, 15),
        source=journal,
        body="Первый абзац.\n\nВторой абзац.",
    )
    ArticleTitle.objects.create(article=article, language="kk", title="Қазақстан және ЕАЭО: интеграция жолы")
    ArticleTitle.objects.create(
        article=article, language="en", title="Kazakhstan and the EAEU: the path of integration"
    )
    for language, text in {
        "ru": "Аннотация о <script>alert(1)</script> интеграции & сотрудничестве.",
        "kk": "Интеграция туралы аңдатпа.",
        "en": "An abstract about integration.",
    }.items():
        Abstract.objects.create(article=article, language=language, text=text)
    for language, words in {"ru": ["ЕАЭС", "интеграция"], "en": ["EAEU", "integration"]}.items():
        for position, word in enumerate(words, start=1):
            Keyword.objects.create(article=article, language=language, position=position, text=word)
    for position, (name, latin) in enumerate(FULL_AUTHORS, start=1):
        author = Author.objects.create(name=name, name_latin=latin, slug=f"full-author-{position}")
        Authorship.objects.create(article=article, author=author, position=position)
    Reference.objects.create(
        article=article,
        position=1,
        number=1,
        text="1. Назарбаев Н. А. Евразийский союз // Известия. 2011.",
    )
    Reference.objects.create(
        article=article,
        position=2,
        number=2,
        text="2. EAEU treaty. www.eaeunion.org/treaty",
        urls=["www.eaeunion.org/treaty"],
    )
    for slug in ("eurasian-economic-union", "foreign-policy"):
        ArticleTopic.objects.create(article=article, topic=Topic.objects.get(slug=slug))
    return article


def article_url(article: Article, language: str | None = None) -> str:
    """What the tests expect as the article's absolute URL (the test client's host is testserver)."""
    return f"http://testserver/{language or article.language or 'kk'}/articles/{article.slug}/"
