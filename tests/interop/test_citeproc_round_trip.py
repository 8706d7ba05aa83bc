"""The page and every download are one record (issue #16): the citation box's GOST and APA text is what
citeproc-py makes of the article's CSL-JSON download with the official styles, and BibTeX and RIS, read by
bibtexparser and rispy, carry the same fields as the CSL-JSON.

Records come in through the project's importers: the seed texts and two journal pages of the development set
(import_texts), a Russian journal article from a backup line (import_articles), and archive_data's
four-author article.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import json
import re
import tempfile
import warnings
from pathlib import Path
from unittest import mock

import rispy
from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
from citeproc.source.json import CiteProcJSON
from django.core.cache import cache
from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone
from lxml import html

from articles.interop import styles
from articles.models import Article
from tests.fixtures import BORDER, DOLLIN, EU_FRAGMENT, INTERVIEW, NEWS, ROOT

from . import archive_data
from .test_citations import parse_bibtex

TODAY = datetime.date(2026, 2, 1)
DEVSET = ROOT / "fixtures" / "devset" / "texts"
RU_JOURNAL = {
    "slug": "integratsiia-v-eaes",
    "kind": "research_article",
    "language": "ru",
    "title": "Интеграция в ЕАЭС: итоги пяти лет",
    "titles": {"en": "Integration in the EAEU: five years on"},
    "authors": [{"name": "Серикова А. К.", "name_latin": "Serikova A. K."}, {"name": "Jane Smith"}],
    "abstracts": {"ru": "Аннотация."},
    "keywords": {},
    "references": [],
    "topics": [],
    "source": "Вестник КазНУ. Серия международных отношений",
    "source_details": {"kind": "journal", "issn": "1563-0285"},
    "published": "2019-09-30",
    "published_precision": "day",
    "volume": "87",
    "issue": "3",
    "pages": "45-52",
    "doi": "10.26577/IRILJ.2019.v87.i3.05",
    "original_url": "https://bulletin-irr.kaznu.kz/index.php/1-mo/article/view/1",
    "is_fragment": False,
    "fragment_note": "",
    "body": "Текст статьи.",
    "provenance": {},
    "status": "published",
    "curated_fields": [],
    "reviewed_at": None,
    "import_key": None,
    "topic_reasons": {},
}
# Every kind of record the archive cites, by what sets it apart.
CASES = {
    "journal article, English, three authors, month date": "en-journal-02.txt",
    "journal article, no author": "en-journal-03.txt",
    "journal article, Russian, volume, issue, pages, DOI": RU_JOURNAL["slug"],
    "journal article, four authors, no numbering, translated titles": archive_data.FULL_SLUG,
    "news item, no author, no date": NEWS,
    "interview in a news agency, dated to the day": INTERVIEW,
    "no author, no date, no title": EU_FRAGMENT,
    "no author, no date, titles in three languages": BORDER,
    "one author, no date, no title translation": DOLLIN,
}
LANGUAGES = ("kk", "ru", "en")
# The one variable of our CSL-JSON that citeproc-py 0.11 cannot read; neither style uses it.
UNREADABLE = "The following arguments for Reference are unsupported: translated_title"
# BibTeX has one entry type for journal and newspaper articles (biblatex: "an article in a journal, magazine,
# newspaper, or other periodical") and @online for a web page.
BIBTEX_TYPES = {"article": {"article-journal", "article-newspaper"}, "online": {"webpage"}}
LATEX_ESCAPES = {
    r"\textbackslash{}": "\\",
    r"\textasciitilde{}": "~",
    r"\textasciicircum{}": "^",
    r"\&": "&",
    r"\%": "%",
    r"\$": "$",
    r"\#": "#",
    r"\_": "_",
    r"\{": "{",
    r"\}": "}",
}


def one_line(text: str) -> str:
    return " ".join(text.split())


def citeproc_render(style: styles.Style, item: dict) -> str:
    """What citeproc-py makes of a downloaded item with the official style: the download as it is."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        source = CiteProcJSON([item])
    assert {str(w.message) for w in caught} <= {UNREADABLE}, [str(w.message) for w in caught]
    bibliography = CitationStylesBibliography(styles.load(style), source, formatter.plain)
    bibliography.register(Citation([CitationItem(item["id"])]))
    return str(bibliography.bibliography()[0])


class RoundTripTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        archive_data.build()
        with tempfile.TemporaryDirectory() as folder:
            for name in ("en-journal-02.txt", "en-journal-03.txt"):
                (Path(folder) / name).write_bytes((DEVSET / name).read_bytes())
            call_command("import_texts", folder, verbosity=0)
            backup = Path(folder) / "backup.jsonl"
            backup.write_text(json.dumps(RU_JOURNAL, ensure_ascii=False) + "\n", encoding="utf-8")
            call_command("import_articles", str(backup), stdout=io.StringIO())

    def setUp(self):
        # The page and the download are read on one day: a web page's access date is "today" in both.
        patcher = mock.patch.object(timezone, "localdate", return_value=TODAY)
        patcher.start()
        self.addCleanup(patcher.stop)

    def article(self, case: str) -> Article:
        key = CASES[case]
        if key.endswith(".txt"):
            return Article.objects.get(provenance_file=key)
        return Article.objects.get(slug=key)

    def get(self, path: str) -> str:
        response = self.client.get(path)
        self.assertEqual(response.status_code, 200, path)
        return response.content.decode()

    def page_citations(self, article: Article, language: str) -> dict[str, str]:
        document = html.fromstring(self.get(f"/{language}/articles/{article.slug}/"))
        return {
            name: one_line(found[0].text_content())
            for name in ("gost", "apa")
            if (found := document.xpath(f'//p[@id="citation-{name}"]'))
        }

    def download(self, article: Article, extension: str, language: str = "en") -> str:
        return self.get(f"/{language}/articles/{article.slug}/citation.{extension}")


class PageAgreesWithTheDownload(RoundTripTestCase):
    def test_every_case_in_every_interface_language(self):
        for case in CASES:
            article = self.article(case)
            for language in LANGUAGES:
                with self.subTest(case=case, language=language):
                    (item,) = json.loads(self.download(article, "json", language))
                    if "author" not in item and "title" not in item:
                        # Nothing a reader could cite by: the page shows no citation box, the download stays.
                        self.assertEqual(self.page_citations(article, language), {})
                        continue
                    page = self.page_citations(article, language)
                    gost = citeproc_render(styles.GOST, item)
                    # The numeric style's first field is the list number (styles.without_citation_number).
                    number = re.fullmatch(r"1\.(\S.*)", gost)
                    self.assertIsNotNone(number, gost)
                    self.assertEqual(page["gost"], one_line(number.group(1)))
                    apa = citeproc_render(styles.APA, item)
                    if "author" not in item and "title" in item:
                        # citeproc-py repeats the substituted title after the date (styles.without_repeated_title).
                        lead = item["title"] if item["title"].endswith(".") else item["title"] + "."
                        self.assertIn(f"). {lead} ", apa)
                        apa = apa.replace(f"). {lead} ", "). ", 1)
                    self.assertEqual(page["apa"], one_line(apa))
                    for text in page.values():
                        self.assertNotIn("None", text)

    def test_the_references_a_reader_sees(self):
        """The rendered strings themselves, so a change of style or library shows here as text."""
        expected = {
            "journal article, Russian, volume, issue, pages, DOI": (
                "Серикова А. К., Smith J. Интеграция в ЕАЭС: итоги пяти лет // Вестник КазНУ. Серия международных "
                "отношений. 2019. Т. 87, № 3. С. 45–52.",
                "Серикова, А. К., & Smith, J. (2019). Интеграция в ЕАЭС: итоги пяти лет. Вестник КазНУ. Серия "
                "международных отношений, 87(3), 45–52. https://doi.org/10.26577/IRILJ.2019.v87.i3.05",
            ),
            "journal article, English, three authors, month date": (
                "Vanderhill R., Joireman S. F., Tulepbayeva R. Between the bear and the dragon: multivectorism in "
                "Kazakhstan as a model strategy for secondary powers // International Affairs. 2020. Т. 96, № 4. "
                "С. 975–993.",
                "Vanderhill, R., Joireman, S. F., & Tulepbayeva, R. (2020). Between the bear and the dragon: "
                "multivectorism in Kazakhstan as a model strategy for secondary powers. International Affairs, "
                "96(4), 975–993. https://doi.org/10.1093/ia/iiaa061",
            ),
            "interview in a news agency, dated to the day": (
                "{title} // Kazinform. 2025.",
                "{title}. (2025, November 13). Kazinform. {url}",
            ),
        }  # "no author, no date, no title" has no citation box (test_every_case_in_every_interface_language)
        for case, (gost, apa) in expected.items():
            with self.subTest(case=case):
                article = self.article(case)
                values = {"title": article.title, "url": archive_data.article_url(article)}
                page = self.page_citations(article, "en")
                self.assertEqual(page, {"gost": gost.format(**values), "apa": apa.format(**values)})


class DownloadsAgree(RoundTripTestCase):
    """BibTeX (bibtexparser v1) and RIS (rispy) hold what the CSL-JSON holds, field by field."""

    @staticmethod
    def from_csl(item: dict) -> dict:
        issued = item.get("issued", {}).get("date-parts", [[]])[0]
        accessed = item.get("accessed", {}).get("date-parts", [[]])[0]
        page = item.get("page", "")
        return {
            "type": item["type"],
            "title": item.get("title"),
            "authors": [
                f"{a['family']}, {a['given']}" if "given" in a else a["literal"] for a in item.get("author", ())
            ],
            "date": issued,
            "container": item.get("container-title"),
            "volume": item.get("volume"),
            "issue": item.get("issue"),
            "pages": page.split("–") if page else [],
            "DOI": item.get("DOI"),
            "URL": item["URL"],
            "accessed": accessed,
        }

    @staticmethod
    def from_bibtex(entry: dict) -> dict:
        def plain(value: str | None) -> str | None:
            if value is None:
                return None
            for escaped, character in LATEX_ESCAPES.items():
                value = value.replace(escaped, character)
            return value

        date = [int(part) for part in entry["date"].split("-")] if "date" in entry else []
        if date:
            assert entry["year"] == str(date[0])
        pages = entry.get("pages", "")
        return {
            "title": plain(entry.get("title")),
            "authors": entry["author"].split(" and ") if "author" in entry else [],
            "date": date,
            "container": plain(entry.get("journal")),
            "volume": entry.get("volume"),
            "issue": entry.get("number"),
            "pages": pages.split("--") if pages else [],
            "DOI": entry.get("doi"),
            "URL": entry["url"],
            "accessed": [int(part) for part in entry["urldate"].split("-")] if "urldate" in entry else [],
        }

    @staticmethod
    def from_ris(record: dict) -> dict:
        def slots(value: str | None) -> list[int]:
            return [int(part) for part in (value or "").split("/") if part]

        types = {"JOUR": "article-journal", "NEWS": "article-newspaper", "ELEC": "webpage"}
        date = slots(record.get("date"))
        if date:
            assert record["year"] == str(date[0])
        return {
            "type": types[record["type_of_reference"]],
            "title": record.get("title"),
            "authors": record.get("authors", []),
            "date": date,
            "container": record.get("secondary_title"),
            "volume": record.get("volume"),
            "issue": record.get("number"),
            "pages": [p for p in (record.get("start_page"), record.get("end_page")) if p],
            "DOI": record.get("doi"),
            "URL": record["urls"][0],
            "accessed": slots(record.get("access_date")),
        }

    def test_bibtex_ris_and_csl_json_carry_one_record(self):
        for case in CASES:
            article = self.article(case)
            with self.subTest(case=case):
                (item,) = json.loads(self.download(article, "json"))
                (entry,) = parse_bibtex(self.download(article, "bib"))
                (record,) = rispy.loads(self.download(article, "ris"))
                csl = self.from_csl(item)
                self.assertIn(csl.pop("type"), BIBTEX_TYPES[entry["ENTRYTYPE"]])
                self.assertEqual(self.from_bibtex(entry), csl)
                self.assertEqual(self.from_ris(record), {"type": item["type"], **csl})

    def test_a_news_item_has_its_outlet_as_the_publication_in_every_format(self):
        interview = self.article("interview in a news agency, dated to the day")
        (item,) = json.loads(self.download(interview, "json"))
        (entry,) = parse_bibtex(self.download(interview, "bib"))
        (record,) = rispy.loads(self.download(interview, "ris"))
        self.assertEqual((item["type"], item["container-title"]), ("article-newspaper", "Kazinform"))
        self.assertEqual((entry["ENTRYTYPE"], entry["journal"]), ("article", "Kazinform"))
        self.assertEqual((record["type_of_reference"], record["secondary_title"]), ("NEWS", "Kazinform"))
        self.assertNotIn("publisher", record)


class CiteprocWorkarounds(TestCase):
    """Each step after the renderer, shown needed: these fail when citeproc-py or the styles change."""

    NEWS_ITEM = {
        "id": "news1",
        "type": "article-newspaper",
        "title": "Тоқаев сұхбат берді",
        "container-title": "Kazinform",
        "issued": {"date-parts": [[2025, 11, 13]]},
        "URL": "https://kazinform.kz/a/1",
        "language": "kk",
    }

    def test_citeproc_repeats_the_title_that_stands_for_a_missing_author(self):
        # CSL 1.0.2, cs:substitute: a substituted variable is suppressed in the rest of the output.
        # When this fails, citeproc-py suppresses it: drop styles.without_repeated_title.
        self.assertEqual(
            styles.render(styles.APA, self.NEWS_ITEM),
            "Тоқаев сұхбат берді. (2025, November 13). Тоқаев сұхбат берді. Kazinform. https://kazinform.kz/a/1",
        )
        self.assertEqual(
            styles.reference(styles.APA, self.NEWS_ITEM),
            "Тоқаев сұхбат берді. (2025, November 13). Kazinform. https://kazinform.kz/a/1",
        )

    def test_the_repeated_title_is_dropped_whatever_ends_it_and_nothing_else(self):
        for title, lead in (("Конец.", "Конец."), ("Что дальше?", "Что дальше?."), ("Kazinform", "Kazinform.")):
            with self.subTest(title=title):
                item = {**self.NEWS_ITEM, "title": title}
                self.assertEqual(
                    styles.reference(styles.APA, item),
                    f"{lead} (2025, November 13). Kazinform. https://kazinform.kz/a/1",
                )
        authored = {**self.NEWS_ITEM, "author": [{"family": "Тоқаев", "given": "Қ.-Ж."}]}
        self.assertEqual(styles.reference(styles.APA, authored), styles.render(styles.APA, authored))

    def test_the_numeric_gost_style_opens_with_the_list_number(self):
        # The style's first field (second-field-align="flush"); citeproc-py joins it to the reference.
        self.assertEqual(styles.render(styles.GOST, self.NEWS_ITEM), "1.Тоқаев сұхбат берді // Kazinform. 2025.")
        self.assertEqual(styles.reference(styles.GOST, self.NEWS_ITEM), "Тоқаев сұхбат берді // Kazinform. 2025.")

    def test_variables_left_out_of_the_render_are_ones_neither_style_reads(self):
        item = {**self.NEWS_ITEM, "translated-title": "Tokayev gave an interview"}
        for style in (styles.GOST, styles.APA):
            self.assertNotIn("translated-title", (styles.CSL_DIR / style.file).read_text(encoding="utf-8"))
            with warnings.catch_warnings():
                warnings.simplefilter("error")  # nothing citeproc-py cannot read reaches it
                self.assertEqual(styles.render(style, item), styles.render(style, self.NEWS_ITEM))


class ReferenceCache(TestCase):
    def test_an_item_is_rendered_once_and_again_when_it_changes(self):
        cache.clear()
        item = CiteprocWorkarounds.NEWS_ITEM
        with mock.patch.object(styles, "render", wraps=styles.render) as render:
            first = styles.reference(styles.APA, item)
            self.assertEqual(styles.reference(styles.APA, dict(item)), first)
            self.assertEqual(render.call_count, 1)
            changed = styles.reference(styles.APA, {**item, "container-title": "Egemen Qazaqstan"})
            self.assertEqual(changed, first.replace("Kazinform", "Egemen Qazaqstan"))
            self.assertEqual(render.call_count, 2)


class VendoredStyles(TestCase):
    def test_vendored_files_are_unchanged(self):
        """The SHA-256 sums in csl/README.md are those of the files as published; no edit slips in."""
        readme = (styles.CSL_DIR / "README.md").read_text(encoding="utf-8")
        listed = dict(re.findall(r"^\| `([^`]+)` \|.*\| `([0-9a-f]{64})` \|$", readme, re.MULTILINE))
        present = {path.name for path in styles.CSL_DIR.iterdir() if path.name != "README.md"}
        self.assertEqual(set(listed), present)
        for name, digest in listed.items():
            self.assertEqual(hashlib.sha256((styles.CSL_DIR / name).read_bytes()).hexdigest(), digest, name)

    def test_styles_read_their_terms_from_the_vendored_locales(self):
        for style, codes in ((styles.GOST, ["ru-RU", "en-US"]), (styles.APA, ["en-US"])):
            locales = styles.load(style).root.locales
            files = [Path(locale.getroottree().docinfo.URL) for locale in locales if locale.getparent() is None]
            self.assertEqual(files, [styles.CSL_DIR / f"locales-{code}.xml" for code in codes])
