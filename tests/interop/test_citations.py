"""Citation downloads read back with real parsers (bibtexparser, rispy, json), and the GOST and APA styles."""

from __future__ import annotations

import datetime
import json

import bibtexparser
import rispy
from bibtexparser.bparser import BibTexParser
from django.test import TestCase, override_settings
from django.utils import translation

from articles.interop import citations, styles
from articles.models import Article

from . import archive_data
from .archive_data import FULL_SLUG, FULL_TITLE, JOURNAL

ACCESSED = datetime.date(2026, 2, 1)
CONTENT_TYPES = {
    "bib": "application/x-bibtex; charset=utf-8",
    "ris": "application/x-research-info-systems; charset=utf-8",
    "json": "application/vnd.citationstyles.csl+json; charset=utf-8",
}
ESCAPED_FULL_TITLE = r'Казахстан \& ЕАЭС: 50\% пути "интеграции" <2019> \{итоги\}\_\#1'
FULL_AUTHORS_INVERTED = ["Иванов, А. Б.", "Петров, В. Г.", "Smith, Jane", "Ли, Ж.-К."]


def parse_bibtex(text: str) -> list[dict]:
    # @online is biblatex's type for a web page; bibtexparser drops types classic BibTeX lacks unless told not to.
    return bibtexparser.loads(text, parser=BibTexParser(common_strings=True, ignore_nonstandard_types=False)).entries


class CitationTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.ids = archive_data.build()

    def published(self):
        return list(Article.objects.published().for_detail().order_by("pk"))

    def download(self, path: str, extension: str) -> str:
        response = self.client.get(path)
        self.assertEqual(response.status_code, 200, path)
        self.assertEqual(response["Content-Type"], CONTENT_TYPES[extension])
        self.assertTrue(response["Content-Disposition"].startswith("attachment; filename="))
        return response.content.decode("utf-8")

    def article_download(self, article: Article, extension: str, language: str = "en") -> str:
        text = self.download(f"/{language}/articles/{article.slug}/citation.{extension}", extension)
        self.assertIn(
            f'filename="{article.slug}.{extension}"',
            self.client.get(f"/{language}/articles/{article.slug}/citation.{extension}")["Content-Disposition"],
        )
        return text


class BibTeXChecks:
    def test_every_article_parses_back_to_its_fields(self):
        for article in self.published():
            with self.subTest(article=article.slug):
                entries = parse_bibtex(self.article_download(article, "bib"))
                self.assertEqual(len(entries), 1)
                entry = entries[0]
                # Typed as the CSL-JSON types it: a journal or newspaper article (@article) needs its container.
                self.assertEqual(entry["ENTRYTYPE"], "article" if article.source else "online")
                self.assertEqual(entry["url"], archive_data.article_url(article))
                if article.title and article.slug != FULL_SLUG:
                    self.assertEqual(entry["title"], article.title)  # Cyrillic intact, nothing to escape
                elif not article.title:  # no placeholder in the interface language is exported as a title
                    self.assertNotIn("title", entry)
                names = [a.author.name for a in article.authorships.all()]
                if names and article.slug != FULL_SLUG:
                    # Seed names are printed "И. Фамилия"; BibTeX has them "Фамилия, И.".
                    inverted = [" ".join([n.split()[-1] + ","] + n.split()[:-1]) for n in names]
                    self.assertEqual(entry["author"].split(" and "), inverted)
                self.assertEqual("year" in entry, article.published is not None)
                if article.published:
                    self.assertEqual(entry["year"], str(article.published.year))
                    self.assertEqual(entry["date"], article.published.isoformat())
                languages = {"kk": "kazakh", "ru": "russian", "en": "english"}
                self.assertEqual(entry.get("langid"), languages.get(article.language))
                abstracts = {a.language: a.text for a in article.abstracts.all()}
                if abstracts:
                    abstract = entry["abstract"].replace("\\&", "&")  # the one escape abstracts here need
                    self.assertIn(abstract, abstracts.values())
                    if article.language in abstracts:
                        self.assertEqual(abstract, " ".join(abstracts[article.language].split()))
                keywords = [k.text for k in article.keywords.all()]
                self.assertEqual(sorted(entry["keywords"].split(", ")) if keywords else [], sorted(keywords))
                self.assertNotIn("None", json.dumps(entry, ensure_ascii=False))

    def test_the_full_article_escapes_what_bibtex_would_read_as_markup(self):
        entry = parse_bibtex(self.article_download(Article.objects.get(slug=FULL_SLUG), "bib"))[0]
        self.assertEqual(entry["ENTRYTYPE"], "article")
        self.assertEqual(entry["title"], ESCAPED_FULL_TITLE)
        self.assertEqual(entry["author"].split(" and "), FULL_AUTHORS_INVERTED)
        self.assertEqual(entry["journal"], JOURNAL)
        self.assertEqual(entry["ID"], f"ivanov2019_{self.ids['full']}")
        self.assertEqual(entry["abstract"], r"Аннотация о <script>alert(1)</script> интеграции \& сотрудничестве.")
        self.assertEqual(
            entry["note"],
            "[kk] Қазақстан және ЕАЭО: интеграция жолы; [en] Kazakhstan and the EAEU: the path of integration",
        )
        self.assertEqual(entry["keywords"], "ЕАЭС, интеграция, EAEU, integration")


class RISChecks:
    def test_every_article_parses_back_to_its_fields(self):
        types = {"research_article": "JOUR", "news": "NEWS", "interview": "NEWS"}
        for article in self.published():
            with self.subTest(article=article.slug):
                records = rispy.loads(self.article_download(article, "ris", language="kk"))
                self.assertEqual(len(records), 1)
                record = records[0]
                # An electronic resource (ELEC) where there is no journal or outlet, as CSL-JSON's webpage.
                self.assertEqual(record["type_of_reference"], types[article.kind] if article.source else "ELEC")
                if article.title:
                    self.assertEqual(record["title"], " ".join(article.title.split()))
                self.assertEqual(record["urls"], [archive_data.article_url(article)])
                self.assertEqual(len(record.get("authors", [])), article.authorships.count())
                self.assertEqual(record.get("language"), article.language)
                self.assertEqual(record.get("year"), str(article.published.year) if article.published else None)
                self.assertEqual(sorted(record.get("keywords", [])), sorted(k.text for k in article.keywords.all()))
                translated = {t.language: t.title for t in article.titles.all()}
                if translated:
                    self.assertEqual(
                        record["translated_title"], translated.get("en") or next(iter(translated.values()))
                    )
                    self.assertEqual(len(record["notes"]), len(translated))

    def test_the_full_article(self):
        record = rispy.loads(self.article_download(Article.objects.get(slug=FULL_SLUG), "ris"))[0]
        self.assertEqual(record["title"], FULL_TITLE)
        self.assertEqual(record["authors"], FULL_AUTHORS_INVERTED)
        self.assertEqual(record["secondary_title"], JOURNAL)
        self.assertEqual((record["year"], record["date"]), ("2019", "2019/03/15/"))
        self.assertEqual(record["translated_title"], "Kazakhstan and the EAEU: the path of integration")
        self.assertEqual(record["abstract"], "Аннотация о <script>alert(1)</script> интеграции & сотрудничестве.")
        self.assertEqual(
            record["notes"],
            ["[kk] Қазақстан және ЕАЭО: интеграция жолы", "[en] Kazakhstan and the EAEU: the path of integration"],
        )

    def test_news_names_its_agency_as_the_publication(self):
        # The outlet is the newspaper article's publication title (T2), not its publisher (PB).
        interview = Article.objects.get(kind="interview")
        record = rispy.loads(self.article_download(interview, "ris"))[0]
        self.assertEqual((record["type_of_reference"], record["secondary_title"]), ("NEWS", "Kazinform"))
        self.assertNotIn("publisher", record)
        self.assertEqual(record["date"], "2025/11/13/")  # RIS: YYYY/MM/DD/


class CSLJSONChecks:
    def test_every_article_reads_back_as_csl_items(self):
        for article in self.published():
            with self.subTest(article=article.slug):
                items = json.loads(self.article_download(article, "json"))
                self.assertEqual(len(items), 1)
                item = items[0]
                # Typed by what is known: a journal or newspaper article needs its container, else a web page.
                if article.source is None:
                    expected_type = "webpage"
                else:
                    expected_type = "article-journal" if article.kind == "research_article" else "article-newspaper"
                self.assertEqual(item["type"], expected_type)
                self.assertEqual("accessed" in item, expected_type == "webpage")
                self.assertEqual(item["URL"], archive_data.article_url(article))
                self.assertEqual(item.get("title"), article.title or None)
                self.assertEqual(len(item.get("author", [])), article.authorships.count())
                if article.published:
                    p = article.published
                    self.assertEqual(item["issued"], {"date-parts": [[p.year, p.month, p.day]]})
                else:
                    self.assertNotIn("issued", item)
                self.assertEqual(item.get("language"), article.language)

    def test_the_full_article(self):
        item = json.loads(self.article_download(Article.objects.get(slug=FULL_SLUG), "json"))[0]
        self.assertEqual(item["title"], FULL_TITLE)
        self.assertEqual(
            item["author"],
            [
                {"family": "Иванов", "given": "А. Б."},
                {"family": "Петров", "given": "В. Г."},
                {"family": "Smith", "given": "Jane"},
                {"family": "Ли", "given": "Ж.-К."},
            ],
        )
        self.assertEqual(item["container-title"], JOURNAL)
        self.assertEqual(item["keyword"], "ЕАЭС, интеграция, EAEU, integration")

    def test_drafts_have_no_citations(self):
        draft = Article.objects.get(pk=self.ids["draft"])
        for extension in CONTENT_TYPES:
            self.assertEqual(self.client.get(f"/en/articles/{draft.slug}/citation.{extension}").status_code, 404)
        self.assertEqual(self.client.get(f"/en/articles/{FULL_SLUG}/citation.txt").status_code, 404)


class SearchResultChecks:
    def api_slugs(self, query: str) -> list[str]:
        return [row["slug"] for row in self.client.get(f"/api/articles/?{query}").json()["results"]]

    def test_the_three_formats_hold_the_search_result_in_its_order(self):
        for query in ("topic=central-asia", "q=интеграция", "kind=research_article&sort=title", ""):
            slugs = self.api_slugs(query)
            self.assertTrue(slugs, query)
            urls = [archive_data.article_url(Article.objects.get(slug=slug)) for slug in slugs]
            bib = parse_bibtex(self.download(f"/ru/articles/citation.bib?{query}", "bib"))
            self.assertEqual([entry["url"] for entry in bib], urls, query)
            ris = rispy.loads(self.download(f"/ru/articles/citation.ris?{query}", "ris"))
            self.assertEqual([record["urls"][0] for record in ris], urls, query)
            csl = json.loads(self.download(f"/ru/articles/citation.json?{query}", "json"))
            self.assertEqual([item["URL"] for item in csl], urls, query)
            self.assertEqual(len({item["id"] for item in csl}), len(csl), "citation keys are unique")

    @override_settings(ARCHIVE_CITATION_EXPORT_LIMIT=2)
    def test_a_download_holds_at_most_the_export_limit(self):
        self.assertEqual(len(json.loads(self.download("/en/articles/citation.json", "json"))), 2)
        self.assertEqual(len(parse_bibtex(self.download("/en/articles/citation.bib", "bib"))), 2)

    def test_drafts_never_appear_and_bad_parameters_are_refused(self):
        urls = [item["URL"] for item in json.loads(self.download("/en/articles/citation.json", "json"))]
        self.assertEqual(len(urls), Article.objects.published().count())
        self.assertNotIn("chernovik", " ".join(urls))
        response = self.client.get("/en/articles/citation.bib?year=abc")
        self.assertEqual(response.status_code, 400)
        self.assertEqual(response["Content-Type"], "text/plain; charset=utf-8")


class DownloadTests(BibTeXChecks, RISChecks, CSLJSONChecks, SearchResultChecks, CitationTestCase):
    """The four groups of checks above over one archive (built once)."""


class StyleTests(CitationTestCase):
    def cite(self, slug: str) -> tuple[str, str]:
        article = Article.objects.for_detail().get(slug=slug)
        url = archive_data.article_url(article)
        with translation.override("en"):
            return styles.gost(article, url, accessed=ACCESSED), styles.apa(article, url, accessed=ACCESSED)

    def test_four_authors_journal_and_date(self):
        gost, apa = self.cite(FULL_SLUG)
        url = f"http://testserver/ru/articles/{FULL_SLUG}/"
        # The official styles (tests/interop/test_citeproc_round_trip.py): GOST's "и др." after the first of
        # four authors; APA with names as the record writes them, and no translated title (the style has none).
        self.assertEqual(gost, f"Иванов А. Б. и др. {FULL_TITLE} // {JOURNAL}. 2019.")
        self.assertEqual(
            apa, f"Иванов, А. Б., Петров, В. Г., Smith, J., & Ли, Ж.-К. (2019). {FULL_TITLE}. {JOURNAL}. {url}"
        )

    def test_one_author_without_a_date(self):
        slug = "qazaqstan-respublikasynyn-eqyu-dagy-toragalygy-kezindegi-adami-olsem-boiynsa"
        title = "Қазақстан Республикасының ЕҚЫҰ-дағы төрағалығы кезіндегі адами өлшем бойынша атқарған іс-шаралары"
        gost, apa = self.cite(slug)
        url = f"http://testserver/kk/articles/{slug}/"
        self.assertEqual(gost, f"Доллин Д. {title} [Электронный ресурс]. URL: {url} (дата обращения: 01.02.2026).")
        self.assertEqual(apa, f"Доллин, Д. (n.d.). {title}. Retrieved February 1, 2026, from {url}")

    def test_news_without_authors_dated_to_the_day(self):
        interview = Article.objects.get(kind="interview")
        gost, apa = self.cite(interview.slug)
        url = archive_data.article_url(interview)
        self.assertEqual(gost, f"{interview.title} // Kazinform. 2025.")
        self.assertEqual(apa, f"{interview.title}. (2025, November 13). Kazinform. {url}")

    def test_an_untitled_fragment_degrades_gracefully(self):
        fragment = Article.objects.filter(title="", authorships__isnull=True).order_by("pk").first()
        gost, apa = self.cite(fragment.slug)
        url = archive_data.article_url(fragment)
        # No placeholder title: the record has none, and the styles cite what is there.
        self.assertEqual(gost, f"[Электронный ресурс]. URL: {url} (дата обращения: 01.02.2026).")
        self.assertEqual(apa, f"(n.d.). Retrieved February 1, 2026, from {url}")
        for text in (gost, apa):
            self.assertNotIn("None", text)

    def test_names_in_every_printed_order(self):
        cases = {
            "Д. Доллин": ("Доллин", "Д."),
            "Хасенова А. К.": ("Хасенова", "А. К."),
            "Jane Smith": ("Smith", "Jane"),
            "Ж.-К. Ли": ("Ли", "Ж.-К."),
            "Kazinform": ("Kazinform", ""),
            "Айгуль Канатовна Серикова": ("Серикова", "Айгуль Канатовна"),
        }
        for printed, (family, given) in cases.items():
            name = citations.split_name(printed)
            self.assertEqual((name.family, name.given), (family, given), printed)
        self.assertEqual(citations.split_name("Айгуль Канатовна Серикова").family_first(), "Серикова А. К.")
        self.assertEqual(citations.split_name("Жан-Клод Ли").initials, "Ж.-К.")
