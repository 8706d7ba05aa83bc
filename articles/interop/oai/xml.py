"""Writing OAI-PMH responses with ElementTree: every text and attribute value escaped by the serializer.

Element names carry their prefixes literally and each namespace is declared where it starts, so nothing
here touches ElementTree's process-wide namespace registry.
"""

from __future__ import annotations

import datetime
import re
import xml.etree.ElementTree as ET

OAI_NS = "http://www.openarchives.org/OAI/2.0/"
OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
DC_NS = "http://purl.org/dc/elements/1.1/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
# Characters XML 1.0 cannot carry at all (control characters a PDF extraction may leave behind).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def datestamp(moment: datetime.datetime) -> str:
    """UTC at second granularity: YYYY-MM-DDThh:mm:ssZ."""
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def child(
    parent: ET.Element, tag: str, text: str | None = None, attributes: dict[str, str] | None = None
) -> ET.Element:
    element = ET.SubElement(parent, tag, {name: clean(value) for name, value in (attributes or {}).items()})
    if text is not None:
        element.text = clean(text)
    return element


def envelope(response_date: datetime.datetime, base_url: str, request_arguments: dict[str, str]) -> ET.Element:
    """`<OAI-PMH>` with responseDate and request; the request echoes its arguments only when they were valid."""
    root = ET.Element(
        "OAI-PMH",
        {
            "xmlns": OAI_NS,
            "xmlns:xsi": XSI_NS,
            "xsi:schemaLocation": f"{OAI_NS} {OAI_SCHEMA}",
        },
    )
    child(root, "responseDate", datestamp(response_date))
    child(root, "request", base_url, request_arguments)
    return root


OAI_IDENTIFIER_NS = "http://www.openarchives.org/OAI/2.0/oai-identifier"
OAI_IDENTIFIER_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai-identifier.xsd"
# The oai-identifier scheme names a repository by its domain name (two or more labels).
REPOSITORY_DOMAIN_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9-]*(\.[a-zA-Z][a-zA-Z0-9-]*)+$")


def oai_identifier_description(parent: ET.Element, repository: str, sample: str) -> None:
    """Identify's description of the identifier scheme (guidelines-oai-identifier), for a domain-named repository."""
    if not REPOSITORY_DOMAIN_RE.match(repository):
        return
    description = child(parent, "description")
    scheme = child(
        description,
        "oai-identifier",
        attributes={
            "xmlns": OAI_IDENTIFIER_NS,
            "xmlns:xsi": XSI_NS,
            "xsi:schemaLocation": f"{OAI_IDENTIFIER_NS} {OAI_IDENTIFIER_SCHEMA}",
        },
    )
    child(scheme, "scheme", "oai")
    child(scheme, "repositoryIdentifier", repository)
    child(scheme, "delimiter", ":")
    child(scheme, "sampleIdentifier", sample)


def oai_dc(parent: ET.Element) -> ET.Element:
    return child(
        parent,
        "oai_dc:dc",
        attributes={
            "xmlns:oai_dc": OAI_DC_NS,
            "xmlns:dc": DC_NS,
            "xmlns:xsi": XSI_NS,
            "xsi:schemaLocation": f"{OAI_DC_NS} {OAI_DC_SCHEMA}",
        },
    )


def dc(parent: ET.Element, name: str, text: str, language: str = "") -> None:
    """One Dublin Core element, with xml:lang when the value has a language."""
    child(parent, f"dc:{name}", text, {"xml:lang": language} if language else None)


def serialize(root: ET.Element) -> bytes:
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8", xml_declaration=False)
