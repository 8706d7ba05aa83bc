"""A parsed CSL style that answers citeproc-py's structural questions from memory.

citeproc-py (0.11) asks the style tree two questions over and over while it renders one entry, and their
answers never change once the style is parsed:

- `get_macro(name)`: every `<text macro="…"/>` runs the XPath `cs:macro[@name='…'][1]` from the root;
- `calls_variable()`: every `cs:group` asks each child whether it renders a variable, which for a macro call
  walks the whole macro again (and looks the macro up again).

Profiled on the seed articles these two were about half of a render (`get_macro`'s XPath alone ~30%); a
locale's `get_term` (an XPath per term) another ~10%. Here the style and locale files are parsed with
citeproc-py's own element classes, each given a small mixin that looks the macro up in a dict made at load
time and remembers `calls_variable` per element and a locale's terms per key. Nothing else changes: the same classes
render the same tree, so the output is byte for byte citeproc-py's (tests/interop/
test_citation_render_speed_round7.py compares it with a plain citeproc-py render).

Both answers depend on the tree's structure only (the element, its attributes and children, the macros): citeproc
mutates nothing that either reads while rendering (it updates `cs:date-part` attributes of locale dates from the
style's, and keeps per-entry state on the layout element; neither is a macro name nor a child list).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from citeproc import frontend
from citeproc.model import CitationStylesElement, Locale
from lxml import etree

CSL_NAMESPACE = "http://purl.org/net/xbiblio/csl"


class _Remembering:
    """Mixin put before a citeproc-py element class (`Text`, `Group`, …); see the module docstring."""

    def get_macro(self, name: str) -> Any:
        try:
            return self.get_root().macros[name]  # type: ignore[attr-defined]
        except KeyError:
            raise IndexError(name) from None  # what citeproc's `xpath_search(…)[0]` raises for an unknown macro

    def calls_variable(self) -> bool:
        # Keyed on the root, so that the dict keeps the element's Python proxy (and thus the key) alive.
        known: dict[Any, bool] = self.get_root().calls_variable_of  # type: ignore[attr-defined]
        answer = known.get(self)
        if answer is None:
            answer = known[self] = super().calls_variable()  # type: ignore[misc]
        return answer


class _RememberingLocale(_Remembering):
    """For `cs:locale` (a locale file's root or a style's own): its terms, looked up by XPath per call."""

    def get_term(self, name: str, form: str | None = None, zero_padded: bool = False) -> Any:
        terms: dict[tuple[str, str | None, bool], Any] = self.__dict__.setdefault("terms_by_key", {})
        key = (name, form, zero_padded)
        if key not in terms:
            try:
                terms[key] = super().get_term(name, form, zero_padded=zero_padded)  # type: ignore[misc]
            except IndexError:  # citeproc's "no such term", which the caller catches to try the next locale
                terms[key] = None
        if terms[key] is None:
            raise IndexError(name)
        return terms[key]


@cache
def _parser() -> etree.XMLParser:
    """citeproc-py's parser (frontend.CitationStylesXML) with the remembering classes in the lookup.

    Each class is a subclass of a citeproc-py class, never a direct subclass of CitationStylesElement, so
    citeproc-py's own lookup (built from `CitationStylesElement.__subclasses__()`) does not pick them up.
    """
    lookup = etree.ElementNamespaceClassLookup()
    namespace = lookup.get_namespace(CSL_NAMESPACE)
    namespace[None] = CitationStylesElement
    for cls in CitationStylesElement.__subclasses__():
        mixin = _RememberingLocale if issubclass(cls, Locale) else _Remembering
        remembering = type(cls.__name__, (mixin, cls), {"__module__": __name__})
        namespace[cls.__name__.replace("_", "-").lower()] = remembering
    parser = etree.XMLParser(remove_comments=True, encoding="UTF-8", no_network=True)
    parser.set_element_class_lookup(lookup)
    return parser


def _prepared(root: Any) -> Any:
    """The root with its macros by name (the first of a name, as `cs:macro[@name=…][1]` finds) and an empty
    memory for `calls_variable`."""
    macros: dict[str, Any] = {}
    for macro in root.iterfind(f"{{{CSL_NAMESPACE}}}macro"):
        macros.setdefault(macro.get("name"), macro)
    root.macros = macros
    root.calls_variable_of = {}
    return root


class RememberingStyle(frontend.CitationStylesStyle):
    """`CitationStylesStyle` of a style file, parsed with the remembering classes (no schema validation)."""

    def __init__(self, path: Path, locale: str) -> None:
        # What CitationStylesXML.__init__ and CitationStylesStyle.__init__ do for a file, with our parser.
        self.xml = etree.parse(str(path), _parser())
        self.root = _prepared(self.xml.getroot())
        self.root.set_locale_list(locale, validate=False)


def parse_locale(path: Path) -> Any:
    """The root of a locale file, parsed with the remembering classes."""
    return _prepared(etree.parse(str(path), _parser()).getroot())
