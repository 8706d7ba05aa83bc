"""An article's texts per language as the change form edits them: titles, abstracts and keyword lists.

The article's own title lives on the article; a translated title of its own language would say the
same thing twice, so none is kept.  Keywords are one ordered list per language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from django.db import transaction

from articles.models import Abstract, Article, ArticleTitle, Keyword


def keyword_lines(text: str) -> list[str]:
    """The keywords of a one-per-line text: stripped, blank lines and repeats dropped, in order."""
    return list(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))


@transaction.atomic
def set_titles(article: Article, titles: Mapping[str, str]) -> None:
    """Translated titles by language; an empty one is removed, the article's own language never stored."""
    article.titles.filter(language=article.language).delete()
    for language, title in titles.items():
        title = title.strip()
        if language == article.language or not title:
            article.titles.filter(language=language).delete()
        else:
            ArticleTitle.objects.update_or_create(article=article, language=language, defaults={"title": title})


@transaction.atomic
def set_abstracts(article: Article, abstracts: Mapping[str, str]) -> None:
    """Abstracts by language; an empty one is removed."""
    for language, text in abstracts.items():
        text = text.strip()
        if text:
            Abstract.objects.update_or_create(article=article, language=language, defaults={"text": text})
        else:
            article.abstracts.filter(language=language).delete()


@transaction.atomic
def set_keywords(article: Article, keywords: Mapping[str, Sequence[str]]) -> None:
    """Each language's keywords, replaced by this ordered list."""
    for language, words in keywords.items():
        article.keywords.filter(language=language).delete()
        Keyword.objects.bulk_create(
            Keyword(article=article, language=language, position=position, text=text)
            for position, text in enumerate(words)
        )
