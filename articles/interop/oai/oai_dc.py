"""The one metadata format, oai_dc: every title, abstract and keyword with its xml:lang."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from django.utils import translation

from articles.interop.bibliography import record_of, reference_line
from articles.interop.metadata import abstracts_by_language, keywords_by_language, titles_by_language, topic_names
from articles.interop.oai import xml
from articles.interop.oai.errors import OAIError
from articles.models import Article

PREFIX = "oai_dc"
# metadataPrefix -> (schema, namespace)
FORMATS = {PREFIX: (xml.OAI_DC_SCHEMA, xml.OAI_DC_NS)}


def check_prefix(prefix: str) -> None:
    if prefix not in FORMATS:
        raise OAIError("cannotDisseminateFormat", f"The metadata format {prefix!r} is not supported (use oai_dc).")


def write(parent: ET.Element, article: Article, url: str) -> None:
    """`<oai_dc:dc>` of a published article; expects the relations of `Article.objects.for_detail()`."""
    dc = xml.oai_dc(parent)
    for language, title in titles_by_language(article).items():
        xml.dc(dc, "title", title, language)
    for author in article.authors_in_order:
        xml.dc(dc, "creator", author.name)
    for language, words in keywords_by_language(article).items():
        for word in words:
            xml.dc(dc, "subject", word, language)
    for topic in article.topics.all():
        for language, name in topic_names(topic).items():
            xml.dc(dc, "subject", name, language)
    for language, text in abstracts_by_language(article).items():
        xml.dc(dc, "description", text, language)
    record = record_of(article)
    if article.published:  # as precise as the source gives it: 2019, 2019-03 or 2019-03-05
        xml.dc(dc, "date", "-".join(f"{part:02d}" for part in record.date_parts()))
    xml.dc(dc, "type", "Text")
    with translation.override("en"):
        xml.dc(dc, "type", str(article.get_kind_display()), "en")
    xml.dc(dc, "format", "text/html")
    xml.dc(dc, "identifier", url)
    if record.doi:
        xml.dc(dc, "identifier", record.doi_url)
    if record.original_url:
        xml.dc(dc, "relation", record.original_url)
    if article.language:
        xml.dc(dc, "language", article.language)
    if article.source:  # the bibliographic citation of where it appeared (DCMI's recommended use of source)
        xml.dc(dc, "source", ", ".join(reference_line(record, "Vol.", "No.", "pp.")))
