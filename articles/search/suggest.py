""" "Did you mean": the indexed words nearest to a query word that found nothing.

The vocabulary is the words of titles, keywords and author names of
published articles — the fields that rank highest, so a suggestion leads to
articles that are about it.  Words are compared by their ASCII key, so a
typo in either script meets the word in the other (``Dolin`` → ``Доллин``).
The vocabulary is cached and rebuilt when the archive changes.
"""

from __future__ import annotations

import difflib
from collections import Counter
from typing import cast

from django.core.cache import cache

from articles.search.analyzer import is_stopword, words
from articles.search.query import ParsedQuery
from articles.text.translit import ascii_key

MIN_WORD_LENGTH = 3
# Bounds the work on a very large archive: the newest titles carry the current vocabulary.
MAX_TITLES = 20_000
MAX_KEYWORDS = 50_000
CACHE_SECONDS = 3600


def _collect_vocabulary() -> dict[str, str]:
    from articles.models import Article, ArticleTitle, Author, Keyword

    published = Article.objects.published()
    texts: list[str] = list(published.order_by("-pk").values_list("title", flat=True)[:MAX_TITLES])
    texts += ArticleTitle.objects.filter(article__in=published).values_list("title", flat=True)[:MAX_TITLES]
    texts += Keyword.objects.filter(article__in=published).values_list("text", flat=True).distinct()[:MAX_KEYWORDS]
    texts += Author.objects.with_published_articles().values_list("name", flat=True)
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(w for w in words(text) if len(w) >= MIN_WORD_LENGTH and not w.isdigit() and not is_stopword(w))
    vocabulary: dict[str, str] = {}
    for word, _ in counts.most_common():  # the commonest spelling wins a shared key
        vocabulary.setdefault(ascii_key(word), word)
    return vocabulary


def vocabulary() -> dict[str, str]:
    """ASCII key → the word it stands for; cached per state of the archive."""
    from articles.models import Article

    key = f"search-vocabulary:{Article.objects.published().change_stamp()}"
    return cast(dict[str, str], cache.get_or_set(key, _collect_vocabulary, CACHE_SECONDS))


def nearest_terms(parsed: ParsedQuery, limit: int = 5) -> list[str]:
    """Indexed words close to the query's words, best first; none for a query of known words."""
    known = vocabulary()
    suggestions: list[str] = []
    for clause in parsed.positive:
        for term in clause.terms:
            key = ascii_key(term.word)
            if not key or key in known:
                continue
            for match in difflib.get_close_matches(key, known.keys(), n=3, cutoff=0.75):
                word = known[match]
                if word not in suggestions:
                    suggestions.append(word)
    return suggestions[:limit]
