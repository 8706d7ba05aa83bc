"""Every OAI-PMH error condition, as Sickle receives it."""

from __future__ import annotations

import time
from unittest import mock

from django.core import signing
from django.test import override_settings
from sickle import oaiexceptions

from articles.models import Article

from .harvesting import OAI, HarvestingTestCase, error_of


class ErrorTests(HarvestingTestCase):
    def setUp(self):
        super().setUp()
        self.known = f"oai:kz-ir-archive:{self.ids['full']}"

    def assert_errors(self, code: str, cases: list[dict[str, str]]) -> None:
        for params in cases:
            with self.subTest(params=params):
                self.assertEqual(self.sickle.error_code(params), code)

    def test_bad_verb(self):
        self.assert_errors("badVerb", [{}, {"verb": "Bogus"}, {"verb": "identify"}, {"verb": ""}])
        repeated = self.sickle.raw([("verb", "Identify"), ("verb", "Identify")])
        self.assertEqual(error_of(repeated), "badVerb")

    def test_bad_argument(self):
        self.assert_errors(
            "badArgument",
            [
                {"verb": "ListRecords"},
                {"verb": "ListIdentifiers", "set": "kind"},
                {"verb": "ListRecords", "metadataPrefix": "oai_dc", "colour": "red"},
                {"verb": "Identify", "identifier": self.known},
                {"verb": "ListSets", "metadataPrefix": "oai_dc"},
                {"verb": "ListMetadataFormats", "metadataPrefix": "oai_dc"},
                {"verb": "GetRecord", "metadataPrefix": "oai_dc"},
                {"verb": "GetRecord", "identifier": self.known},
                {"verb": "GetRecord", "identifier": self.known, "metadataPrefix": "oai_dc", "set": "kind"},
                {"verb": "ListRecords", "metadataPrefix": ""},
                {"verb": "ListRecords", "metadataPrefix": "oai_dc", "resumptionToken": "x"},
            ],
        )
        for name in ("metadataPrefix", "set"):
            repeated = self.sickle.raw(
                [("verb", "ListRecords"), ("metadataPrefix", "oai_dc"), (name, "oai_dc")]
                + ([(name, "kind")] if name == "set" else [])
            )
            self.assertEqual(error_of(repeated), "badArgument", name)

    def test_bad_dates_are_bad_arguments(self):
        cases = [
            {"from": "2024-13-01"},
            {"from": "2024-02-30"},
            {"until": "yesterday"},
            {"from": "2024-03-01T10:00:00"},
            {"from": "2024-03-01T10:00:00.5Z"},
            {"until": "2024-03-01T25:00:00Z"},
            {"from": "24-03-01"},
            {"from": "2024-03-01", "until": "2024-03-02T00:00:00Z"},  # granularities differ
            {"from": "2024-03-05", "until": "2024-03-01"},  # from after until
        ]
        self.assert_errors("badArgument", [{"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", **c} for c in cases])

    def test_bad_verb_and_bad_argument_echo_no_arguments(self):
        for params in ({"verb": "Bogus", "x": "y"}, {"verb": "ListRecords", "x": "y"}):
            request = self.sickle.harvest(**params).xml.find(f"{OAI}request")
            self.assertEqual(dict(request.attrib), {}, params)
            self.assertEqual(request.text, "http://testserver/oai/")

    def test_cannot_disseminate_format(self):
        self.assert_errors(
            "cannotDisseminateFormat",
            [
                {"verb": "ListRecords", "metadataPrefix": "marc21"},
                {"verb": "ListIdentifiers", "metadataPrefix": "oai_DC"},
                {"verb": "GetRecord", "identifier": self.known, "metadataPrefix": "mods"},
            ],
        )

    def test_id_does_not_exist(self):
        unknown = [
            "oai:kz-ir-archive:999999",
            "oai:other-archive:1",
            "kz-ir-archive:1",
            "oai:kz-ir-archive:01",
            "oai:kz-ir-archive:abc",
            f"{self.known} ",
        ]
        self.assert_errors(
            "idDoesNotExist",
            [{"verb": "GetRecord", "identifier": i, "metadataPrefix": "oai_dc"} for i in unknown]
            + [{"verb": "ListMetadataFormats", "identifier": i} for i in unknown],
        )

    def test_no_records_match(self):
        self.assert_errors(
            "noRecordsMatch",
            [
                {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2100-01-01"},
                {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "until": "2000-01-01T00:00:00Z"},
                {"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "topic:no-such-topic"},
                {"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "colour:red"},
                {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "set": "kind:interview", "until": "2024-03-01"},
            ],
        )

    @override_settings(ARCHIVE_OAI_PAGE_SIZE=3)
    def test_bad_resumption_token(self):
        token = self.sickle.ListIdentifiers(metadataPrefix="oai_dc").resumption_token.token
        self.assertEqual(self.sickle.error_code({"verb": "ListIdentifiers", "resumptionToken": token}), None)
        value, signature = token.rsplit(":", 1)
        forged = [
            "abc",
            "",
            value,
            f"{value}:{signature[::-1]}",
            signing.dumps(
                {
                    "verb": "ListIdentifiers",
                    "args": {"metadataPrefix": "oai_dc"},
                    "offset": 0,
                    "after": ["2024-01-01T00:00:00+00:00", 1],
                },
                salt="another-salt",
            ),
        ]
        self.assert_errors(
            "badResumptionToken",
            [{"verb": "ListIdentifiers", "resumptionToken": t} for t in forged if t]
            + [
                {"verb": "ListRecords", "resumptionToken": token},  # issued for another verb
                {"verb": "ListSets", "resumptionToken": "anything"},  # the set list is never paged
            ],
        )

    @override_settings(ARCHIVE_OAI_PAGE_SIZE=3)
    def test_a_stale_resumption_token_is_refused(self):
        yesterday = time.time() - 25 * 3600
        with mock.patch("django.core.signing.time.time", return_value=yesterday):
            token = self.sickle.ListRecords(metadataPrefix="oai_dc").resumption_token.token
        self.assertEqual(
            self.sickle.error_code({"verb": "ListRecords", "resumptionToken": token}), "badResumptionToken"
        )
        with self.assertRaises(oaiexceptions.BadResumptionToken):
            self.sickle.ListRecords(resumptionToken=token)

    def test_no_set_hierarchy_never_applies_because_sets_are_supported(self):
        self.assertTrue(list(self.sickle.ListSets()))
        self.assertIsNone(
            self.sickle.error_code({"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "set": "kind"})
        )

    def test_unpublished_articles_never_show_their_metadata(self):
        draft = Article.objects.get(pk=self.ids["draft"])
        body = self.client.get("/oai/", {"verb": "ListRecords", "metadataPrefix": "oai_dc"}).content.decode()
        self.assertNotIn(draft.title, body)
        self.assertIn(f"oai:kz-ir-archive:{draft.pk}", body)
