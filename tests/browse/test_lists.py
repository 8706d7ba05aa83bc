"""Lists a reader can trust (issue 19): fragments, translated titles, one search box, sorting, pages, facets."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from django.test import override_settings

from articles.browse.filters import UNDATED
from articles.models import Article, ArticleTitle
from tests.browse.helpers import BORDER, EU_FRAGMENT, INTERVIEW, RU_FRAGMENT, XHTML, SeedArchiveTestCase, parse_strict

UNTITLED = {EU_FRAGMENT, RU_FRAGMENT}


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split())


def _row_slugs(document) -> list[str]:
    rows = document.findall(f".//{XHTML}li[@class='article-row']")
    return [row.find(f".//{XHTML}h3/{XHTML}a").get("href").rstrip("/").rsplit("/", 1)[-1] for row in rows]


class FragmentListingTests(SeedArchiveTestCase):
    def test_untitled_fragments_stay_out_of_default_lists(self):
        for path in ("/en/articles/", "/en/topics/central-asia/", "/en/"):
            with self.subTest(path=path):
                slugs = set(_row_slugs(parse_strict(self, self.client.get(path).content)))
                self.assertTrue(slugs)
                self.assertEqual(slugs & UNTITLED, set())

    def test_asking_for_fragments_lists_them_labelled_by_their_opening_words(self):
        response = self.client.get("/ru/articles/")
        document = parse_strict(self, response.content)
        show = document.find(f".//{XHTML}p[@class='fragments-note']/{XHTML}a")
        self.assertEqual(_text(show), "Показать фрагменты")
        self.assertEqual(parse_qs(urlsplit(show.get("href")).query), {"fragment": ["fragment"]})
        document = parse_strict(self, self.client.get("/ru/articles/" + show.get("href")).content)
        self.assertLessEqual(UNTITLED, set(_row_slugs(document)))
        fragment = Article.objects.get(slug=RU_FRAGMENT)
        opening = " ".join(fragment.body.split()[:10])
        headings = [_text(h) for h in document.iter(f"{XHTML}h3")]
        self.assertIn(f"Фрагмент без заглавия: «{opening}…»", headings)

    def test_a_search_keeps_them_out_too_unless_asked(self):
        fragment = Article.objects.get(slug=RU_FRAGMENT)
        word = max(fragment.body.split()[:30], key=len).strip(".,;:«»()")
        self.assertNotIn(
            RU_FRAGMENT, _row_slugs(parse_strict(self, self.client.get("/en/articles/", {"q": word}).content))
        )
        asked = self.client.get("/en/articles/", {"q": word, "fragment": "fragment"}).content
        self.assertIn(RU_FRAGMENT, _row_slugs(parse_strict(self, asked)))


class RowTests(SeedArchiveTestCase):
    def test_rows_show_the_title_translated_into_the_reader_language(self):
        for language in ("ru", "en"):
            with self.subTest(language=language):
                translated = ArticleTitle.objects.get(article__slug=BORDER, language=language).title
                document = parse_strict(self, self.client.get(f"/{language}/articles/").content)
                row = next(
                    r
                    for r in document.iter(f"{XHTML}li")
                    if r.get("class") == "article-row" and BORDER in _text_href(r)
                )
                shown = row.find(f"{XHTML}p[@class='row-translated-title']")
                self.assertEqual((_text(shown), shown.get("lang")), (translated, language))
        # In Kazakh, the article's own language, no translation is added.
        self.assertNotContains(self.client.get("/kk/articles/"), "row-translated-title")

    def test_one_search_box_per_page(self):
        for path in (
            "/kk/",
            "/kk/articles/",
            "/ru/articles/?q=Қазақстан",
            "/en/topics/central-asia/",
            f"/en/articles/{BORDER}/",
            "/en/authors/d-dollin/",
            "/en/about/",
        ):
            with self.subTest(path=path):
                document = parse_strict(self, self.client.get(path).content)
                boxes = [i for i in document.iter(f"{XHTML}input") if i.get("type") == "search"]
                self.assertEqual(len(boxes), 1)


def _text_href(row) -> str:
    return " ".join(a.get("href") or "" for a in row.iter(f"{XHTML}a"))


class SortAndPageTests(SeedArchiveTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        # Code point order would put Қ (U+049A) and Ә (U+04D8) after Т; the Kazakh alphabet puts them after К and А.
        for index, title in enumerate(["Тау", "Қала", "Күз", "Әлем", "Ана"]):
            Article.objects.create(title=title, slug=f"alphabet-{index}", language="kk", body="Мәтін.")

    def test_title_sort_follows_the_kazakh_alphabet(self):
        titles = [row["title"] for row in self.api(sort="title", q="")["results"]]
        ours = [title for title in titles if title in {"Тау", "Қала", "Күз", "Әлем", "Ана"}]
        self.assertEqual(ours, ["Ана", "Әлем", "Күз", "Қала", "Тау"])
        page = parse_strict(self, self.client.get("/kk/articles/", {"sort": "title"}).content)
        shown = [slug for slug in _row_slugs(page) if slug.startswith("alphabet-")]
        self.assertEqual(shown, ["alphabet-4", "alphabet-3", "alphabet-2", "alphabet-1", "alphabet-0"])

    def test_sorting_applies_on_change_with_a_script_and_without_one(self):
        document = parse_strict(self, self.client.get("/en/articles/", {"language": "kk"}).content)
        select = document.find(f".//{XHTML}select[@id='sort']")
        self.assertIsNotNone(select.get("data-submit-on-change"))
        form = document.find(f".//{XHTML}form[@class='sort']")
        self.assertEqual([b.get("class") for b in form.iter(f"{XHTML}button")], ["sort-apply"])  # without script
        scripts = [s.get("src") for s in document.iter(f"{XHTML}script")]
        self.assertIn("/static/js/browse.js", scripts)
        hidden = {i.get("name"): i.get("value") for i in form.iter(f"{XHTML}input") if i.get("type") == "hidden"}
        self.assertEqual(hidden, {"language": "kk"})

    @override_settings(ARCHIVE_PAGE_SIZE=1)
    def test_numbered_pagination_with_first_last_and_a_window(self):
        total = self.client.get("/en/articles/").context["result"].page.paginator.num_pages
        self.assertEqual(total, 11)  # six listed seeds and the five alphabet articles
        expected = {
            1: ["1", "2", "3", "…", "11", "Next"],
            6: ["Previous", "1", "…", "4", "5", "6", "7", "8", "…", "11", "Next"],
            11: ["Previous", "1", "…", "9", "10", "11"],
        }
        for number, items in expected.items():
            with self.subTest(page=number):
                document = parse_strict(self, self.client.get("/en/articles/", {"page": number}).content)
                nav = document.find(f".//{XHTML}nav[@class='pagination']")
                self.assertEqual([_text(li) for li in nav.iter(f"{XHTML}li")], items)
                current = [e for e in nav.iter() if e.get("aria-current") == "page"]
                self.assertEqual([_text(e) for e in current], [str(number)])


class FacetTests(SeedArchiveTestCase):
    def test_a_facet_with_one_value_is_not_shown(self):
        # Both articles of the topic are in Kazakh: a language facet would offer one choice that changes nothing.
        result = self.client.get("/en/topics/kazakhstan-russia/").context["result"]
        languages = next(f for f in result.facets if f.name == "language")
        self.assertEqual([v.value for v in languages.values], ["kk"])
        self.assertNotContains(self.client.get("/en/topics/kazakhstan-russia/"), 'class="facet facet-language"')
        self.assertContains(self.client.get("/en/articles/"), 'class="facet facet-language"')

    def test_undated_articles_are_counted_and_can_be_chosen(self):
        document = parse_strict(self, self.client.get("/ru/articles/").content)
        year = document.find(f".//{XHTML}section[@class='facet facet-year']")
        links = {_text(a): a.get("href") for a in year.iter(f"{XHTML}a")}
        listed = Article.objects.published().exclude(is_fragment=True, title="")
        undated = listed.filter(published=None).count()
        self.assertEqual(links, {"2025 — 1": "?year=2025", f"☐ Без даты {undated}": f"?year={UNDATED}"})
        chosen = self.client.get("/ru/articles/", {"year": UNDATED}).context["result"]
        self.assertEqual(chosen.count, undated)
        self.assertNotIn(INTERVIEW, [row.article.slug for row in chosen.rows])

    def test_a_refused_parameter_is_reported_in_agreeing_russian(self):
        response = self.client.get("/ru/articles/", {"sort": "sideways"})
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "Параметр «Сортировка» не учтён", status_code=400)

    def test_an_unknown_value_is_reported_in_good_kazakh(self):
        # Django's own Kazakh catalog says "тандау" (for "таңдау") here; the archive's catalog words it itself.
        response = self.client.get("/kk/articles/", {"language": "xx"})
        self.assertContains(
            response, "«Тіл» параметрі ескерілмеді: xx мәні рұқсат етілген мәндердің қатарында жоқ.", status_code=400
        )
        self.assertNotContains(response, "тандау", status_code=400)

    def test_kazakh_labels_keep_topic_and_title_apart(self):
        document = parse_strict(self, self.client.get("/kk/articles/").content)
        options = [_text(o) for o in document.find(f".//{XHTML}select[@id='sort']").iter(f"{XHTML}option")]
        self.assertEqual(options, ["Алдымен жаңалары", "Алдымен ескілері", "Атауы бойынша"])
        searched = parse_strict(self, self.client.get("/kk/articles/", {"q": "Қазақстан"}).content)
        options = [_text(o) for o in searched.find(f".//{XHTML}select[@id='sort']").iter(f"{XHTML}option")]
        self.assertEqual(options[0], "Сәйкестігі бойынша")
        self.assertEqual(_text(document.find(f".//{XHTML}h2[@id='facet-topic']")), "Тақырып")
