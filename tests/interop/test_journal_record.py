"""A journal article's record (journal, volume, issue, pages, DOI, month) agrees in every format and on its page.

The article is a real page (International Affairs, OUP) imported from the development set: its citation line
gives the journal, volume, issue, pages and month, its DOI line the DOI.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import rispy
from django.core.management import call_command
from django.test import TestCase
from lxml import html

from articles.interop import styles
from articles.models import Article
from tests.fixtures import ROOT

from .test_citations import parse_bibtex

OUP_PAGE = ROOT / "fixtures" / "devset" / "texts" / "en-journal-02.txt"


class JournalRecordTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        folder = Path(tempfile.mkdtemp())
        shutil.copy(OUP_PAGE, folder / OUP_PAGE.name)
        call_command("import_texts", str(folder), verbosity=0)
        shutil.rmtree(folder)
        cls.article = Article.objects.get(provenance_file=OUP_PAGE.name)
        cls.path = f"/en/articles/{cls.article.slug}/"

    def get(self, suffix: str = "") -> str:
        response = self.client.get(self.path + suffix)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_bibtex_is_an_article_with_its_numbering(self):
        (entry,) = parse_bibtex(self.get("citation.bib"))
        self.assertEqual(entry["ENTRYTYPE"], "article")
        self.assertEqual(
            (entry["journal"], entry["volume"], entry["number"], entry["pages"], entry["doi"], entry["date"]),
            ("International Affairs", "96", "4", "975--993", "10.1093/ia/iiaa061", "2020-07"),
        )

    def test_ris_carries_volume_issue_pages_doi_and_a_month_date(self):
        (record,) = rispy.loads(self.get("citation.ris"))
        self.assertEqual(
            (record["type_of_reference"], record["secondary_title"], record["volume"], record["number"]),
            ("JOUR", "International Affairs", "96", "4"),
        )
        self.assertEqual(
            (record["start_page"], record["end_page"], record["doi"]), ("975", "993", "10.1093/ia/iiaa061")
        )
        self.assertEqual(record["date"], "2020/07//")

    def test_csl_json_has_the_container_numbering_and_a_month(self):
        (item,) = json.loads(self.get("citation.json"))
        self.assertEqual(item["type"], "article-journal")
        self.assertEqual(
            (item["container-title"], item["volume"], item["issue"], item["page"], item["DOI"]),
            ("International Affairs", "96", "4", "975–993", "10.1093/ia/iiaa061"),
        )
        self.assertEqual(item["issued"], {"date-parts": [[2020, 7]]})

    def test_gost_and_apa_cite_the_journal(self):
        url = f"http://testserver{self.path}"
        gost = styles.gost(self.article, url)
        # The official numeric GOST style: no DOI in the entry (the page's header links it).
        self.assertTrue(gost.endswith("// International Affairs. 2020. Т. 96, № 4. С. 975–993."), gost)
        self.assertNotIn("Электронный ресурс", gost)
        apa = styles.apa(self.article, url)
        self.assertTrue(apa.startswith("Vanderhill, R., Joireman, S. F., & Tulepbayeva, R. (2020)."), apa)
        self.assertTrue(apa.endswith("International Affairs, 96(4), 975–993. https://doi.org/10.1093/ia/iiaa061"), apa)

    def test_the_page_carries_scholars_tags_for_the_record(self):
        document = html.fromstring(self.get())
        meta = {m.get("name"): m.get("content") for m in document.xpath("//meta[starts-with(@name, 'citation_')]")}
        self.assertEqual(
            {k: meta.get(k) for k in ("citation_journal_title", "citation_volume", "citation_issue")},
            {"citation_journal_title": "International Affairs", "citation_volume": "96", "citation_issue": "4"},
        )
        self.assertEqual((meta["citation_firstpage"], meta["citation_lastpage"]), ("975", "993"))
        self.assertEqual((meta["citation_doi"], meta["citation_publication_date"]), ("10.1093/ia/iiaa061", "2020/07"))

    def test_the_article_header_shows_where_it_appeared_in_the_interface_language(self):
        english = self.get()
        self.assertIn("<dd>International Affairs · 2020 · Vol. 96 · No. 4 · pp. 975–993</dd>", english)
        self.assertIn('<a href="https://doi.org/10.1093/ia/iiaa061" rel="noopener">10.1093/ia/iiaa061</a>', english)
        russian = self.client.get(f"/ru/articles/{self.article.slug}/").content.decode()
        self.assertIn("<dd>International Affairs · 2020 · Т. 96 · № 4 · С. 975–993</dd>", russian)
        kazakh = self.client.get(f"/kk/articles/{self.article.slug}/").content.decode()
        self.assertIn("<dd>International Affairs · 2020 · Т. 96 · № 4 · Б. 975–993</dd>", kazakh)

    def test_the_oai_record_cites_the_journal_and_links_the_doi(self):
        response = self.client.get(
            f"/oai/?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:kz-ir-archive:{self.article.pk}"
        )
        document = html.etree.fromstring(response.content)
        dc = "{http://purl.org/dc/elements/1.1/}"
        values = {name: [n.text for n in document.iter(f"{dc}{name}")] for name in ("source", "identifier", "date")}
        self.assertEqual(values["source"], ["International Affairs, 2020, Vol. 96, No. 4, pp. 975–993"])
        self.assertIn("https://doi.org/10.1093/ia/iiaa061", values["identifier"])
        self.assertEqual(values["date"], ["2020-07"])

    def test_the_page_has_a_canonical_address_open_graph_and_a_nested_json_ld_container(self):
        document = html.fromstring(self.get())
        url = f"http://testserver{self.path}"
        self.assertEqual(document.xpath("//link[@rel='canonical']/@href"), [url])
        og = {m.get("property"): m.get("content") for m in document.xpath("//meta[@property]")}
        self.assertEqual((og["og:type"], og["og:url"], og["og:locale"]), ("article", url, "en_US"))
        self.assertTrue(og["og:title"].startswith("Between the bear and the dragon"))
        self.assertTrue(og["og:description"].startswith("Kazakhstan has followed a foreign policy"))
        data = json.loads(document.xpath("//script[@type='application/ld+json']")[0].text)
        self.assertEqual(data["@type"], "ScholarlyArticle")
        self.assertLessEqual(len(data["headline"]), 110)
        self.assertEqual(data["name"], self.article.title)
        self.assertEqual(
            (data["datePublished"], data["pagination"], data["sameAs"]),
            ("2020-07", "975–993", "https://doi.org/10.1093/ia/iiaa061"),
        )
        issue = data["isPartOf"]
        self.assertEqual((issue["@type"], issue["issueNumber"]), ("PublicationIssue", "4"))
        volume = issue["isPartOf"]
        self.assertEqual((volume["@type"], volume["volumeNumber"]), ("PublicationVolume", "96"))
        self.assertEqual(volume["isPartOf"], {"@type": "Periodical", "name": "International Affairs"})
        self.assertEqual(data["publisher"]["@type"], "Organization")

    def test_a_search_result_row_shows_where_it_appeared(self):
        page = self.client.get("/en/articles/", {"q": "multivectorism"}).content.decode()
        self.assertIn("<span>International Affairs · 2020 · Vol. 96 · No. 4 · pp. 975–993</span>", page)
