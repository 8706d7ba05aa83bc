"""Keeping the search index in step with the articles.

``index_articles(ids)`` (re)builds the documents of those articles and drops
the documents of articles that are drafts or gone; ``rebuild_index()`` does
it for the whole archive.  Both write in batches through bulk paths (no
model signals): the import and the corpus generator call them after
writing articles, admin saves after saving one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from django.db import DEFAULT_DB_ALIAS, transaction
from django.db.models import Prefetch
from django.utils import timezone

from articles.models import Article, Author, Authorship
from articles.models.querysets import ArticleQuerySet
from articles.models.search import SearchDocument
from articles.search.analyzer import analyze
from articles.search.backends import get_backend
from articles.search.query import MAX_WORD_LENGTH

BATCH_SIZE = 200


def terms_of(parts: Iterable[tuple[str | None, str | None]]) -> tuple[str, str]:
    """Native and shadow terms of (text, language) parts, space-separated, in order.

    Words longer than the query parser ever searches are junk (pasted
    tokens, run-together URLs); dropping them keeps every lexeme within
    PostgreSQL's limits.  Native and shadow lists drop the same words, so
    they stay aligned.
    """
    native: list[str] = []
    shadow: list[str] = []
    for text, language in parts:
        if not text:
            continue
        for n, s in zip(*analyze(text, language)):
            if len(n) <= MAX_WORD_LENGTH and len(s) <= MAX_WORD_LENGTH:
                native.append(n)
                shadow.append(s)
    return " ".join(native), " ".join(shadow)


def author_spellings(author: Author) -> list[str]:
    """An author's printed name and other spellings (Author.aliases, a JSON list of strings)."""
    aliases = author.aliases if isinstance(author.aliases, list) else []
    return [author.name, *(alias for alias in aliases if isinstance(alias, str))]


def build_document(article: Article) -> SearchDocument:
    """The unsaved search document of an article whose titles, abstracts, keywords and authors are prefetched.

    The authors' select_related row carries their aliases, so other spellings cost no query.
    """
    title_terms, title_shadow = terms_of(
        [(article.title, article.language)]
        + [(t.title, t.language) for t in article.titles.all()]
        + [(k.text, k.language) for k in article.keywords.all()]
        # Names take no language: Kazakh letters make them Kazakh, else they read as Russian.
        # Other spellings (kept when duplicate authors are merged) are found like the name.
        + [(name, None) for a in article.authorships.all() for name in author_spellings(a.author)]
    )
    abstract_terms, abstract_shadow = terms_of((a.text, a.language) for a in article.abstracts.all())
    body_terms, body_shadow = terms_of([(article.body, article.language)])
    return SearchDocument(
        article=article,
        title_terms=title_terms,
        abstract_terms=abstract_terms,
        body_terms=body_terms,
        title_shadow=title_shadow,
        abstract_shadow=abstract_shadow,
        body_shadow=body_shadow,
    )


def _published_with_parts(ids: list[int], using: str) -> ArticleQuerySet:
    return (
        Article.objects.using(using)
        .published()
        .filter(pk__in=ids)
        .only("pk", "title", "language", "body")
        .prefetch_related(
            "titles",
            "abstracts",
            "keywords",
            Prefetch("authorships", queryset=Authorship.objects.select_related("author").order_by("position")),
        )
        .order_by("pk")
    )


def _batches(ids: Iterable[int], size: int) -> Iterator[list[int]]:
    batch: list[int] = []
    for article_id in ids:
        batch.append(int(article_id))
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def index_articles(
    article_ids: Iterable[int],
    *,
    batch_size: int = BATCH_SIZE,
    using: str = DEFAULT_DB_ALIAS,
    progress: Callable[[int], None] | None = None,
    touch: bool = False,
) -> int:
    """Index these articles: published ones are (re)written, drafts and missing ones removed.

    Returns how many documents were written.  Each batch is atomic, so a
    search never sees an article half indexed.  ``touch`` moves the articles' ``updated`` with their
    documents, for a reindex that commits after the change itself (curation.services.reindex_on_commit): what
    searches cached in between, from the old documents, is keyed by the archive's version
    (articles.models.versions), which moves again here, so it is never read after the new documents are in.
    """
    backend = get_backend(using)
    written = 0
    for batch in _batches(dict.fromkeys(article_ids), batch_size):
        documents = [build_document(article) for article in _published_with_parts(batch, using)]
        with transaction.atomic(using=using):
            # Delete then insert: one statement each, whatever mix of new, changed and unpublished.
            SearchDocument.objects.using(using).filter(article_id__in=batch).delete()
            backend.remove(batch)
            backend.write(documents)
            if touch:
                Article.objects.using(using).filter(pk__in=batch).update(updated=timezone.now())
        written += len(documents)
        if progress:
            progress(len(batch))
    return written


def remove_articles(article_ids: Iterable[int], *, using: str = DEFAULT_DB_ALIAS) -> None:
    """Drop these articles from the index (for callers that know they are gone or unpublished)."""
    backend = get_backend(using)
    for batch in _batches(dict.fromkeys(article_ids), BATCH_SIZE):
        with transaction.atomic(using=using):
            SearchDocument.objects.using(using).filter(article_id__in=batch).delete()
            backend.remove(batch)


def rebuild_index(
    *, batch_size: int = BATCH_SIZE, using: str = DEFAULT_DB_ALIAS, progress: Callable[[int, int], None] | None = None
) -> int:
    """Index the whole archive from scratch; returns how many documents were written.

    One transaction: searches see the old index until the new one is complete.
    """
    backend = get_backend(using)
    with transaction.atomic(using=using):
        SearchDocument.objects.using(using).all().delete()
        backend.clear()
        ids = list(Article.objects.using(using).published().order_by("pk").values_list("pk", flat=True))
        done = 0

        def advance(count: int) -> None:
            nonlocal done
            done += count
            if progress:
                progress(done, len(ids))

        written = index_articles(ids, batch_size=batch_size, using=using, progress=advance)
    backend.finish_rebuild()
    return written
