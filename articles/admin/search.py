"""The admin's search boxes, with the archive's analyzer: ``Казакстан`` and ``Dollin`` work here too."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from articles.models import Article, Author
from articles.search.analyzer import words
from articles.search.index import author_spellings
from articles.text.translit import ascii_key


def search_articles(queryset: QuerySet, term: str) -> QuerySet:
    """Articles of the queryset that the archive's search finds, or whose texts contain the term.

    The search index holds published articles only; the plain substring
    match over titles, author names, keywords and slugs also finds drafts.
    """
    term = term.strip()
    if not term:
        return queryset
    found = Article.objects.search(term).values("pk")
    contains = Article.objects.filter(
        Q(title__icontains=term)
        | Q(slug__icontains=term)
        | Q(titles__title__icontains=term)
        | Q(keywords__text__icontains=term)
        | Q(authorships__author__name__icontains=term)
        | Q(authorships__author__name_latin__icontains=term)
    ).values("pk")
    return queryset.filter(Q(pk__in=found) | Q(pk__in=contains))


def _keys(text: str) -> list[str]:
    return [key for key in (ascii_key(word) for word in words(text)) if key]


def matching_author_ids(term: str) -> list[int]:
    """Authors whose name, Latin name or other spellings hold a word starting like each word of the term.

    Compared as ASCII keys (articles.text.translit.ascii_key), so ``Dollin`` finds
    ``Д. Доллин`` and ``Khasenova`` finds ``Хасенова``.  Reads every author's
    names: fine for the thousands of authors an archive has.
    """
    wanted = _keys(term)
    if not wanted:
        return []
    ids = []
    for author in Author.objects.only("pk", "name", "name_latin", "aliases").iterator(chunk_size=2000):
        keys = [key for text in [author.name_latin, *author_spellings(author)] for key in _keys(text)]
        if all(any(key.startswith(w) for key in keys) for w in wanted):
            ids.append(author.pk)
    return ids
