"""What indexers read in an article page's head: Highwire `citation_*` tags, Dublin Core, schema.org JSON-LD.

Also the facts every interoperable form shares (OAI-PMH records, citations, feeds): an article's canonical
URL and its titles, abstracts and keywords per language. Every function expects the prefetched relations of
`Article.objects.for_detail()` and returns plain data; templates escape it, and the one piece of markup built
here (the JSON-LD script) escapes `<`, `>` and `&` itself.
"""

from __future__ import annotations

import json
import re
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext

from articles.interop.bibliography import Record, record_of
from articles.models import Article, Author, Reference, Topic
from articles.text.rendering import safe_href

DEFAULT_LANGUAGE = settings.LANGUAGE_CODE
INTERFACE_LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
# A reference's own list number ("8. ", "[8] ") repeats Reference.number; tags carry the text only.
_REFERENCE_NUMBER = re.compile(r"^\s*\[?\d{1,4}[.)\]]\s*")
# The same escapes as Django's json_script: the JSON can never close the <script> element.
_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}

HEADLINE_CHARS = 110


# --- Facts shared by every interoperable form -------------------------------------------------------------


def article_path(article: Article, language: str | None = None) -> str:
    """The article page under one interface language's prefix; by default the article's own (kk if none)."""
    with translation.override(language or article.language or DEFAULT_LANGUAGE):
        return article.get_absolute_url()


def article_url(request: HttpRequest, article: Article, language: str | None = None) -> str:
    """The absolute URL of `article_path`: OAI dc:identifier, citation URL, JSON-LD @id."""
    return request.build_absolute_uri(article_path(article, language))


def _rank(article: Article, language: str) -> tuple[bool, int, str]:
    """Languages in order: the article's own, then the interface languages' order (kk, ru, en)."""
    known = language in INTERFACE_LANGUAGES
    return (
        language != article.language,
        INTERFACE_LANGUAGES.index(language) if known else len(INTERFACE_LANGUAGES),
        language,
    )


def titles_by_language(article: Article) -> dict[str, str]:
    """Every title keyed by language, in `_rank` order (a fragment may have none)."""
    titles: dict[str, str] = {}
    if article.title:
        titles[article.language or ""] = article.title
    for title in sorted(article.titles.all(), key=lambda t: _rank(article, t.language)):
        titles.setdefault(title.language, title.title)
    return titles


def abstracts_by_language(article: Article) -> dict[str, str]:
    """Abstracts keyed by language, the article's own language first."""
    abstracts = sorted(article.abstracts.all(), key=lambda a: _rank(article, a.language))
    return {abstract.language: abstract.text for abstract in abstracts}


def keywords_by_language(article: Article) -> dict[str, list[str]]:
    """Keywords in their printed order, per language, the article's own language first."""
    keywords: dict[str, list[str]] = {}
    ordered = sorted(article.keywords.all(), key=lambda k: (*_rank(article, k.language), k.position))
    for keyword in ordered:
        keywords.setdefault(keyword.language, []).append(keyword.text)
    return keywords


def reference_text(reference: Reference) -> str:
    """A reference without the list number it was printed with."""
    if reference.number is None:
        return reference.text.strip()
    return _REFERENCE_NUMBER.sub("", reference.text, count=1).strip()


def topic_names(topic: Topic) -> dict[str, str]:
    return {language: getattr(topic, f"name_{language}") for language in INTERFACE_LANGUAGES}


def is_news(article: Article) -> bool:
    return article.kind in (Article.Kind.NEWS, Article.Kind.INTERVIEW)


# --- Highwire Press tags (Google Scholar) ------------------------------------------------------------------


def highwire_tags(article: Article, url: str) -> list[tuple[str, str, str]]:
    """(name, content, lang) rows for `<meta name=… content=…>`; lang is "" where the value has none.

    Only for scholarly articles: Google Scholar indexes those and asks that news and interviews carry none.
    """
    tags: list[tuple[str, str, str]] = []
    if is_news(article):
        return tags
    record = record_of(article)
    if article.title:
        tags.append(("citation_title", article.title, article.language or ""))
    for authorship in article.authorships.all():  # in byline order; Scholar reads an institution after its author
        tags.append(("citation_author", authorship.author.name, ""))
        if authorship.affiliation:
            tags.append(("citation_author_institution", authorship.affiliation, ""))
    if article.published:
        date = "/".join(f"{p:02d}" if i else str(p) for i, p in enumerate(record.date_parts()))
        tags.append(("citation_publication_date", date, ""))
    if article.language:
        tags.append(("citation_language", article.language, ""))
    if article.source:
        journal = article.source.kind == article.source.Kind.JOURNAL
        tags.append(("citation_journal_title" if journal else "citation_publisher", article.source.name, ""))
    tags += [
        (name, value, "")
        for name, value in (
            ("citation_volume", record.volume),
            ("citation_issue", record.issue),
            ("citation_firstpage", record.first_page),
            ("citation_lastpage", record.last_page),
            ("citation_doi", record.doi),
            ("citation_issn", record.issn),
        )
        if value
    ]
    tags += [("citation_abstract", text, language) for language, text in abstracts_by_language(article).items()]
    tags += [
        ("citation_keywords", "; ".join(words), language) for language, words in keywords_by_language(article).items()
    ]
    tags += [("citation_reference", reference_text(reference), "") for reference in article.references.all()]
    tags.append(("citation_fulltext_html_url", url, ""))
    tags.append(("citation_abstract_html_url", url, ""))
    return tags


# --- Dublin Core -------------------------------------------------------------------------------------------


def dublin_core_tags(article: Article, url: str) -> list[tuple[str, str, str]]:
    """(name, content, xml:lang) rows for `<meta name="DC.…">`, every title and abstract with its language."""
    tags = [("DC.title", title, language) for language, title in titles_by_language(article).items()]
    tags += [("DC.creator", author.name, "") for author in article.authors_in_order]
    tags += [("DC.description", text, language) for language, text in abstracts_by_language(article).items()]
    tags += [
        ("DC.subject", word, language) for language, words in keywords_by_language(article).items() for word in words
    ]
    if article.published:
        tags.append(("DC.date", article.published.isoformat(), ""))
    if article.language:
        tags.append(("DC.language", article.language, ""))
    tags.append(("DC.type", "Text", ""))
    if article.source:
        tags.append(("DC.source", article.source.name, ""))
    tags.append(("DC.identifier", url, ""))
    return tags


# --- schema.org JSON-LD ------------------------------------------------------------------------------------


def _tagged(values: dict[str, str]) -> list[dict[str, str]]:
    """JSON-LD language-tagged strings."""
    return [{"@value": value, "@language": language} for language, value in values.items() if language]


def json_ld(article: Article, url: str, request: HttpRequest) -> dict[str, Any]:
    """A ScholarlyArticle (research) or NewsArticle (news, interviews) with every language tagged."""
    titles = titles_by_language(article)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle" if is_news(article) else "ScholarlyArticle",
        "@id": url,
        "url": url,
        "mainEntityOfPage": url,
        "isAccessibleForFree": True,
    }
    if article.language:
        data["inLanguage"] = article.language
    if article.title:  # search engines show at most 110 characters of a headline; the name is whole
        data["name"] = article.title
        data["headline"] = Truncator(article.title).chars(HEADLINE_CHARS)
    translated = {language: title for language, title in titles.items() if language != article.language}
    if translated:
        data["alternativeHeadline"] = _tagged(translated)
    abstracts = abstracts_by_language(article)
    if abstracts:
        data["abstract"] = _tagged(abstracts)
    authors = article.authors_in_order
    if authors:
        data["author"] = [_person(author, request) for author in authors]
    keywords = keywords_by_language(article)
    if keywords:
        data["keywords"] = [
            {"@value": word, "@language": language} for language, words in keywords.items() for word in words
        ]
    topics = list(article.topics.all())
    if topics:
        data["about"] = [
            {
                "@type": "Thing",
                "name": _tagged(topic_names(topic)),
                "url": request.build_absolute_uri(topic_path(topic)),
            }
            for topic in topics
        ]
    references = list(article.references.all())
    if references:
        data["citation"] = [_cited_work(reference) for reference in references]
    record = record_of(article)
    if article.published:  # as precise as the source gives it: 2019, 2019-03 or 2019-03-05
        data["datePublished"] = "-".join(f"{part:02d}" for part in record.date_parts())
    data["dateModified"] = article.updated.isoformat()
    if record.doi:
        data["sameAs"] = record.doi_url
        data["identifier"] = {"@type": "PropertyValue", "propertyID": "DOI", "value": record.doi}
    if record.first_page:
        data["pagination"] = record.pages
    if article.source:
        data.update(_container(article, record))
    data.setdefault("publisher", _archive(request))
    return data


def _container(article: Article, record: Record) -> dict[str, Any]:
    """A journal article is part of its issue, of its volume, of its periodical; a news item has a publisher."""
    source = article.source
    assert source is not None
    if not record.in_journal:
        outlet: dict[str, Any] = {"@type": "Organization", "name": source.name}
        if source.url:
            outlet["url"] = source.url
        return {"publisher": outlet}
    container: dict[str, Any] = {"@type": "Periodical", "name": source.name}
    if source.issn:
        container["issn"] = source.issn
    if source.url:
        container["url"] = source.url
    if record.volume:
        container = {"@type": "PublicationVolume", "volumeNumber": record.volume, "isPartOf": container}
    if record.issue:
        container = {"@type": "PublicationIssue", "issueNumber": record.issue, "isPartOf": container}
    return {"isPartOf": container}


def _archive(request: HttpRequest) -> dict[str, Any]:
    """The archive that publishes the page (the publisher of a record whose own is not known)."""
    name = gettext("Kazakhstan International Relations Archive")
    return {"@type": "Organization", "name": name, "url": request.build_absolute_uri("/")}


def topic_path(topic: Topic, language: str | None = None) -> str:
    with translation.override(language or translation.get_language() or DEFAULT_LANGUAGE):
        return topic.get_absolute_url()


def _person(author: Author, request: HttpRequest) -> dict[str, Any]:
    url = request.build_absolute_uri(author.get_absolute_url())
    person: dict[str, Any] = {"@type": "Person", "name": author.name, "url": url}
    if author.name_latin and author.name_latin != author.name:
        person["alternateName"] = author.name_latin
    return person


def _cited_work(reference: Reference) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "name": reference_text(reference)}
    links = [href for href in map(safe_href, reference.urls) if href]
    if links:
        work["url"] = links[0]
    return work


def json_ld_script(data: dict[str, Any]) -> SafeString:
    """`<script type="application/ld+json">` whose content cannot end the element or open markup."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=False).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # escaped just above


# --- Everything the head include shows ----------------------------------------------------------------------


def language_alternates(article: Article, request: HttpRequest) -> list[tuple[str, str]]:
    """(hreflang, absolute URL) per interface language, then x-default: the address without a language
    prefix, which sends each reader to their language (as the sitemap's x-default does)."""
    links = [(language, article_url(request, article, language)) for language in INTERFACE_LANGUAGES]
    unprefixed = article_path(article, DEFAULT_LANGUAGE).replace(f"/{DEFAULT_LANGUAGE}/", "/", 1)
    links.append(("x-default", request.build_absolute_uri(unprefixed)))
    return links


OPEN_GRAPH_LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_US"}


def open_graph(article: Article, url: str) -> list[tuple[str, str]]:
    """(property, content) of the OpenGraph tags a link preview reads."""
    language = translation.get_language() or DEFAULT_LANGUAGE
    abstracts = abstracts_by_language(article)
    summary = abstracts.get(language) or next(iter(abstracts.values()), "") or " ".join(article.body.split())
    tags = [
        ("og:type", "article"),
        ("og:url", url),
        ("og:site_name", gettext("Kazakhstan International Relations Archive")),
        ("og:locale", OPEN_GRAPH_LOCALES.get(language, "en_US")),
    ]
    if article.title:
        tags.append(("og:title", article.title))
    if summary:
        tags.append(("og:description", Truncator(summary).chars(300)))
    if article.published:
        tags.append(("article:published_time", article.published.isoformat()))
    tags += [("article:author", author.name) for author in article.authors_in_order]
    return tags


def head_metadata(article: Article, request: HttpRequest) -> dict[str, Any]:
    url = article_url(request, article)
    return {
        "url": url,
        "open_graph": open_graph(article, url),
        "highwire": highwire_tags(article, url),
        "dublin_core": dublin_core_tags(article, url),
        "alternates": language_alternates(article, request),
        "json_ld": json_ld_script(json_ld(article, url, request)),
    }
