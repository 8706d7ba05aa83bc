"""Tables in a body are kept as rows and cells, and the article page shows them as a table (not as headings)."""

from __future__ import annotations

from articles.ingest.layout import Line, find_tables, reflow
from articles.ingest.pipeline import build_vocabulary
from articles.models import Article
from articles.text.rendering import body_blocks
from tests.fixtures import BORDER, SeedArchiveTestCase

GAPPED = """Кесте 1 – Сауда айналымы, млн доллар

Ел\t2019\t2020
Қытай\t14 435\t11 499
Ресей\t19 135\t18 420

Кестеден көріп отырғанымыздай, сауда айналымы азайды."""


def lines_of(text: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]


def test_rows_with_tab_separated_cells_become_one_table_paragraph():
    lines = lines_of(GAPPED)
    assert find_tables(lines) == {2: 5}
    paragraphs = reflow(lines, build_vocabulary([GAPPED]))
    assert [p.table for p in paragraphs] == [False, True, False]
    assert paragraphs[1].text == "| Ел | 2019 | 2020 |\n| Қытай | 14 435 | 11 499 |\n| Ресей | 19 135 | 18 420 |"
    blocks = body_blocks("\n\n".join(p.text for p in paragraphs))
    assert [b.kind for b in blocks] == ["heading", "table", "paragraph"]
    assert blocks[1].rows[2] == ["Ресей", "19 135", "18 420"]


def test_prose_lines_are_not_a_table():
    prose = "Бірінші жол.\nЕкінші жол мәтіні, ол жалғасады\nүшінші жол\nтөртінші жол."
    assert find_tables(lines_of(prose)) == {}


class SeedTablePageTests(SeedArchiveTestCase):
    def test_the_gravity_index_table_of_the_border_article_is_a_table(self):
        body = Article.objects.get(slug=BORDER).body
        table = next(b for b in body_blocks(body) if b.kind == "table")
        assert ["Атырау облысы (Атырау қ.) Астрахан облысы (Астрахань қ.)", "377074"] in table.rows
        page = self.client.get(f"/kk/articles/{BORDER}/").content.decode()
        row = "<td>Атырау облысы (Атырау қ.) Астрахан облысы (Астрахань қ.)</td><td>377074</td>"
        self.assertTrue(row in page, "the row is a table row")
        self.assertFalse("Астрахан облысы (Астрахань қ.) 377074</h2>" in page, "no row of it is a heading")
