"""The shape of the code (issue #13): capability packages, no import cycles, no benchmark in the serving path.

Read from the source with ``ast``: every ``import`` counts, those inside functions too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("archive", "articles", "bench")
MAX_LINES = 400
# What may sit at articles/ root: Django's app module, the URLconf and the package marker.
ROOT_MODULES = {"__init__.py", "apps.py", "urls.py"}
# What serves the archive: none of it may import the benchmarking app.
SERVING = ("articles", "archive")


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


MODULES = _modules()


def _runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node but those under ``if TYPE_CHECKING:`` (imports for annotations only, never run)."""
    nodes: list[ast.AST] = []
    pending = [tree]
    while pending:
        node = pending.pop()
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            pending.extend(node.orelse)
            continue
        nodes.append(node)
        pending.extend(ast.iter_child_nodes(node))
    return nodes


def _module_of(dotted: str) -> str:
    """The longest project module a dotted name refers to: "articles.models.Article" is articles.models."""
    while dotted and dotted not in MODULES:
        dotted = dotted.rpartition(".")[0]
    return dotted


def _imports(name: str, path: Path) -> set[str]:
    """The project modules this module imports at run time (inside functions too).

    ``from package import submodule`` is an edge to the submodule only: a
    package's ``__init__`` runs first whatever is imported from it, as
    Python does it, and is not a dependency of the importer.
    """
    imported: set[str] = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = {_module_of(alias.name) for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            targets = {_module_of(f"{base}.{alias.name}") for alias in node.names}
        else:
            continue
        imported |= {target for target in targets if target and target != name}
    return imported


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def test_articles_root_holds_only_the_app_module_the_urls_and_packages():
    loose = {p.name for p in (ROOT / "articles").glob("*.py")} - ROOT_MODULES
    assert loose == set()


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_file_is_longer_than_400_lines(name):
    lines = MODULES[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{MODULES[name].relative_to(ROOT)} has {lines} lines"


def test_no_module_imports_one_that_imports_it_back():
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(name: str, trail: list[str]) -> None:
        state[name] = 1
        for other in sorted(GRAPH[name]):
            if state.get(other) == 1:
                cycles.append([*trail[trail.index(other) :], other] if other in trail else [name, other])
            elif other not in state:
                visit(other, [*trail, other])
        state[name] = 2

    for name in sorted(GRAPH):
        if name not in state:
            visit(name, [name])
    assert cycles == []


def test_nothing_that_serves_the_archive_imports_the_benchmarks():
    offenders = {
        name: sorted(m for m in GRAPH[name] if m == "bench" or m.startswith("bench."))
        for name in GRAPH
        if name.split(".")[0] in SERVING
    }
    assert {name: found for name, found in offenders.items() if found} == {}


def test_the_import_graph_sees_the_imports():
    # A check that cannot fail is no check: the graph holds edges we know exist.
    assert "articles.models.querysets" in GRAPH["articles.models.article"]
    assert "articles.records.parts" in GRAPH["articles.ingest.loader"]
    assert "articles.search.backends" in GRAPH["articles.models.querysets"]  # the import inside search()
