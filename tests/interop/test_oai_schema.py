"""Every OAI-PMH response validates against the official OAI-PMH 2.0 and oai_dc schemas (vendored in schemas/).

Every verb, every error the endpoint gives, every page of a resumed list, drafts and deleted records.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from django.test import override_settings
from lxml import etree

from .harvesting import OAI, HarvestingTestCase

SCHEMAS = Path(__file__).resolve().parent / "schemas"


class LocalSchemas(etree.Resolver):
    """The W3C schema of the xml: namespace from the vendored copy, never from the network."""

    def resolve(self, url, pubid, context):
        if url.endswith("/xml.xsd"):
            return self.resolve_filename(str(SCHEMAS / "xml.xsd"), context)
        return None


@cache
def oai_schema() -> etree.XMLSchema:
    parser = etree.XMLParser()
    parser.resolvers.add(LocalSchemas())
    both = (
        b'<schema xmlns="http://www.w3.org/2001/XMLSchema">'
        b'<import namespace="http://www.openarchives.org/OAI/2.0/" schemaLocation="OAI-PMH.xsd"/>'
        b'<import namespace="http://www.openarchives.org/OAI/2.0/oai_dc/" schemaLocation="oai_dc.xsd"/>'
        b'<import namespace="http://www.openarchives.org/OAI/2.0/oai-identifier" schemaLocation="oai-identifier.xsd"/>'
        b"</schema>"
    )
    return etree.XMLSchema(etree.ElementTree(etree.fromstring(both, parser, base_url=f"{SCHEMAS}/")))


@override_settings(ARCHIVE_OAI_PAGE_SIZE=3)
class SchemaValidityTests(HarvestingTestCase):
    def assert_valid(self, query: str) -> etree._Element:
        response = self.client.get(f"/oai/?{query}")
        document = etree.fromstring(response.content)
        schema = oai_schema()
        self.assertTrue(schema.validate(document), f"{query}: {schema.error_log}")
        return document

    def test_every_verb_and_every_page_validates(self):
        for query in ("verb=Identify", "verb=ListMetadataFormats", "verb=ListSets"):
            with self.subTest(query=query):
                self.assert_valid(query)
        for verb in ("ListIdentifiers", "ListRecords"):
            query, pages = f"verb={verb}&metadataPrefix=oai_dc", 0
            while query:
                with self.subTest(query=query):
                    document = self.assert_valid(query)
                token = document.find(f".//{OAI}resumptionToken")
                query = f"verb={verb}&resumptionToken={token.text}" if token is not None and token.text else ""
                pages += 1
            self.assertGreater(pages, 2, "the lists were read over several pages")

    def test_identify_describes_a_domain_named_repositorys_identifiers(self):
        with override_settings(ARCHIVE_OAI_REPOSITORY_IDENTIFIER="archive.example.kz"):
            document = self.assert_valid("verb=Identify")
        scheme = "{http://www.openarchives.org/OAI/2.0/oai-identifier}"
        self.assertEqual(document.findtext(f".//{scheme}repositoryIdentifier"), "archive.example.kz")
        self.assertEqual(document.findtext(f".//{scheme}sampleIdentifier"), "oai:archive.example.kz:1")
        # A name that is not a domain cannot describe the scheme: no description rather than an invalid one.
        self.assertIsNone(self.assert_valid("verb=Identify").find(f".//{OAI}description"))

    def test_records_drafts_and_deleted_articles_validate(self):
        for article_id in (self.ids["full"], self.ids["draft"], self.ids["deleted"]):
            with self.subTest(article=article_id):
                self.assert_valid(f"verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:kz-ir-archive:{article_id}")

    def test_every_error_validates(self):
        for query in (
            "verb=Nonsense",
            "",
            "verb=Identify&extra=1",
            "verb=ListRecords",
            "verb=ListRecords&metadataPrefix=marc21",
            "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:kz-ir-archive:999999",
            "verb=ListRecords&metadataPrefix=oai_dc&from=2000-01-01&until=2000-01-02",
            "verb=ListRecords&metadataPrefix=oai_dc&from=yesterday",
            "verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&until=2024-01-01T00:00:00Z",
            "verb=ListRecords&metadataPrefix=oai_dc&until=9999-12-31",
            "verb=ListRecords&metadataPrefix=oai_dc&set=topic:nope",
            "verb=ListRecords&resumptionToken=forged",
            "verb=ListSets&resumptionToken=forged",
        ):
            with self.subTest(query=query):
                document = self.assert_valid(query)
                self.assertIsNotNone(document.find(f"{OAI}error"), query)
