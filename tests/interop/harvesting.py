"""Sickle, the OAI-PMH client library, harvesting the endpoint through Django's test client.

Sickle sends its requests with `requests`; a transport adapter hands each prepared request to the test
client (inside the test's transaction, on either database) and returns the real response to Sickle,
which parses it as it would a remote repository's.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import requests
from django.test import TestCase
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict
from sickle import Sickle, oaiexceptions
from sickle.iterator import OAIResponseIterator
from sickle.response import OAIResponse

from . import archive_data

ENDPOINT = "http://testserver/oai/"
OAI = "{http://www.openarchives.org/OAI/2.0/}"
DC = "{http://purl.org/dc/elements/1.1/}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ERROR_CODES = {
    oaiexceptions.BadArgument: "badArgument",
    oaiexceptions.BadVerb: "badVerb",
    oaiexceptions.BadResumptionToken: "badResumptionToken",
    oaiexceptions.CannotDisseminateFormat: "cannotDisseminateFormat",
    oaiexceptions.IdDoesNotExist: "idDoesNotExist",
    oaiexceptions.NoSetHierarchy: "noSetHierarchy",
    oaiexceptions.NoRecordsMatch: "noRecordsMatch",
}


class DjangoClientAdapter(BaseAdapter):
    def __init__(self, client):
        super().__init__()
        self.client = client

    def send(self, request, **kwargs):
        url = urlsplit(request.url)
        path = url.path + (f"?{url.query}" if url.query else "")
        if request.method == "GET":
            django_response = self.client.get(path)
        else:
            body = request.body.encode() if isinstance(request.body, str) else (request.body or b"")
            django_response = self.client.generic(
                request.method, path, body, content_type=request.headers.get("Content-Type", "")
            )
        response = requests.Response()
        response.status_code = django_response.status_code
        response._content = django_response.content
        response.headers = CaseInsensitiveDict(django_response.headers.items())
        response.encoding = requests.utils.get_encoding_from_headers(response.headers)
        response.url = request.url
        response.request = request
        return response

    def close(self):
        pass


class ClientSickle(Sickle):
    """A Sickle whose HTTP goes to the Django test client."""

    def __init__(self, client, **kwargs):
        super().__init__(ENDPOINT, **kwargs)
        self.session = requests.Session()
        self.session.mount("http://testserver/", DjangoClientAdapter(client))

    def _request(self, kwargs):
        if self.http_method == "GET":
            return self.session.get(self.endpoint, params=kwargs)
        return self.session.post(self.endpoint, data=kwargs)

    def error_code(self, params: dict[str, str]) -> str | None:
        """The error code Sickle raises for a request with these arguments (verb included or not)."""
        try:
            OAIResponseIterator(self, dict(params))
        except tuple(ERROR_CODES) as error:
            return ERROR_CODES[type(error)]
        return None

    def raw(self, params: list[tuple[str, str]]) -> OAIResponse:
        """A request Sickle's keyword API cannot express (a repeated argument), parsed by Sickle."""
        return OAIResponse(self.session.get(self.endpoint, params=params), params=dict(params))


def error_of(response: OAIResponse) -> str | None:
    error = response.xml.find(f".//{OAI}error")
    return None if error is None else error.get("code")


def tagged(element, name: str) -> set[tuple[str, str]]:
    """(xml:lang, text) of every dc:<name> under an element."""
    return {(node.get(XML_LANG, ""), node.text) for node in element.iter(f"{DC}{name}")}


class HarvestingTestCase(TestCase):
    """The archive of `archive_data.build()` (ids of its added cases in `self.ids`) and a Sickle for it."""

    @classmethod
    def setUpTestData(cls):
        cls.ids = archive_data.build()

    def setUp(self):
        self.sickle = ClientSickle(self.client)
