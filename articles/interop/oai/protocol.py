"""The six verbs: each request checked, answered as an OAI-PMH 2.0 response or as the error it is."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone

from articles.interop.metadata import article_url
from articles.interop.oai import oai_dc, repository, tokens, xml
from articles.interop.oai.arguments import parse_arguments, parse_interval, parse_verb
from articles.interop.oai.errors import OAIError, bad_resumption_token, no_records_match

GRANULARITY = "YYYY-MM-DDThh:mm:ssZ"


def respond(request: HttpRequest) -> bytes:
    """The response document for a GET or POST request to the endpoint."""
    params = request.POST if request.method == "POST" else request.GET
    base_url = request.build_absolute_uri(request.path)
    now = timezone.now()
    try:
        verb = parse_verb(params)
        arguments = parse_arguments(verb, params)
        if "resumptionToken" not in arguments:
            parse_interval(arguments.get("from"), arguments.get("until"))  # a bad date is a badArgument too
    except OAIError as error:
        # After badVerb or badArgument the request element carries no attributes (section 3.2).
        root = xml.envelope(now, base_url, {})
        _error(root, error)
        return xml.serialize(root)
    root = xml.envelope(now, base_url, {"verb": verb, **arguments})
    try:
        root.append(HANDLERS[verb](request, arguments))
    except OAIError as error:
        _error(root, error)
    return xml.serialize(root)


def _error(root: ET.Element, error: OAIError) -> None:
    xml.child(root, "error", error.message, {"code": error.code})


def identify(request: HttpRequest, arguments: dict[str, str]) -> ET.Element:
    element = ET.Element("Identify")
    earliest = repository.earliest_datestamp() or timezone.now()
    xml.child(element, "repositoryName", settings.ARCHIVE_OAI_REPOSITORY_NAME)
    xml.child(element, "baseURL", request.build_absolute_uri(request.path))
    xml.child(element, "protocolVersion", "2.0")
    xml.child(element, "adminEmail", settings.ARCHIVE_OAI_ADMIN_EMAIL)
    xml.child(element, "earliestDatestamp", xml.datestamp(earliest))
    # Tombstones are kept for good, and drafts are reported as deleted for as long as they are drafts.
    xml.child(element, "deletedRecord", "persistent")
    xml.child(element, "granularity", GRANULARITY)
    repository_id = settings.ARCHIVE_OAI_REPOSITORY_IDENTIFIER
    xml.oai_identifier_description(element, repository_id, repository.oai_identifier(1))
    return element


def list_metadata_formats(request: HttpRequest, arguments: dict[str, str]) -> ET.Element:
    if "identifier" in arguments:
        repository.get_item(arguments["identifier"], with_metadata=False)  # idDoesNotExist if unknown
    element = ET.Element("ListMetadataFormats")
    for prefix, (schema, namespace) in oai_dc.FORMATS.items():
        metadata_format = xml.child(element, "metadataFormat")
        xml.child(metadata_format, "metadataPrefix", prefix)
        xml.child(metadata_format, "schema", schema)
        xml.child(metadata_format, "metadataNamespace", namespace)
    return element


def list_sets(request: HttpRequest, arguments: dict[str, str]) -> ET.Element:
    if "resumptionToken" in arguments:
        raise bad_resumption_token("The set list is complete in one response; it has no resumption tokens.")
    element = ET.Element("ListSets")
    for info in repository.all_sets():
        set_element = xml.child(element, "set")
        xml.child(set_element, "setSpec", info.spec)
        xml.child(set_element, "setName", info.name)
        if info.titles or info.descriptions:
            dc = xml.oai_dc(xml.child(set_element, "setDescription"))
            for language, title in info.titles.items():
                xml.dc(dc, "title", title, language)
            for language, text in info.descriptions.items():
                xml.dc(dc, "description", text, language)
    return element


def get_record(request: HttpRequest, arguments: dict[str, str]) -> ET.Element:
    item = repository.get_item(arguments["identifier"], with_metadata=True)
    oai_dc.check_prefix(arguments["metadataPrefix"])
    element = ET.Element("GetRecord")
    _record(element, item, request)
    return element


def _list(verb: str, request: HttpRequest, arguments: dict[str, str]) -> ET.Element:
    """ListIdentifiers and ListRecords: a page of items, and a resumption token while more follow."""
    if "resumptionToken" in arguments:
        list_arguments, position = tokens.read(verb, arguments["resumptionToken"])
    else:
        list_arguments, position = arguments, None
    interval = parse_interval(list_arguments.get("from"), list_arguments.get("until"))
    oai_dc.check_prefix(list_arguments.get("metadataPrefix", ""))
    records = verb == "ListRecords"
    page = repository.list_page(interval, list_arguments.get("set"), position, with_metadata=records)
    if not page.items:
        raise no_records_match()
    element = ET.Element(verb)
    for item in page.items:
        if records:
            _record(element, item, request)
        else:
            _header(element, item)
    cursor = position.offset if position else 0
    size = {"completeListSize": str(page.total), "cursor": str(cursor)}
    if page.more:
        last = page.items[-1]
        token = tokens.issue(verb, list_arguments, tokens.Position(cursor + len(page.items), last.stamp, last.id))
        xml.child(element, "resumptionToken", token, {**size, "expirationDate": xml.datestamp(tokens.expiration())})
    elif position is not None:
        xml.child(element, "resumptionToken", "", size)  # the last page of a paged list: an empty token
    return element


def list_identifiers(request: HttpRequest, arguments: dict[str, str]) -> ET.Element:
    return _list("ListIdentifiers", request, arguments)


def list_records(request: HttpRequest, arguments: dict[str, str]) -> ET.Element:
    return _list("ListRecords", request, arguments)


def _header(parent: ET.Element, item: repository.Item) -> None:
    header = xml.child(parent, "header", attributes={"status": "deleted"} if item.deleted else None)
    xml.child(header, "identifier", item.identifier)
    xml.child(header, "datestamp", xml.datestamp(item.stamp))
    for spec in item.sets:
        xml.child(header, "setSpec", spec)


def _record(parent: ET.Element, item: repository.Item, request: HttpRequest) -> None:
    """A record: the header, and the metadata unless the record is deleted."""
    record = xml.child(parent, "record")
    _header(record, item)
    if not item.deleted:
        assert item.article is not None  # a live item carries its article
        oai_dc.write(xml.child(record, "metadata"), item.article, article_url(request, item.article))


HANDLERS = {
    "Identify": identify,
    "ListMetadataFormats": list_metadata_formats,
    "ListSets": list_sets,
    "ListIdentifiers": list_identifiers,
    "ListRecords": list_records,
    "GetRecord": get_record,
}
