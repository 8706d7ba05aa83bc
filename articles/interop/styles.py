"""The references an article page shows, GOST R 7.0.5–2008 and APA 7: the official CSL styles (csl/, vendored
unchanged) rendered by citeproc-py from the article's own CSL-JSON download (citations.csl_item).

One record, one renderer: what a reader copies from the page is what a reference manager makes of the
download with the same style. Two narrow steps follow the renderer, each documented where it is defined, and
each guarded by a test that fails when it stops being needed (tests/interop/test_citeproc_round_trip.py).
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import citeproc
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from django.core.cache import cache

from articles.interop import cite_memo
from articles.interop.citations import csl_item
from articles.interop.cite_memo import RememberingStyle, parse_locale
from articles.models import Article

CSL_DIR = Path(__file__).resolve().parent / "csl"
CACHE_SECONDS = 24 * 3600
# What citeproc-py's CSL-JSON reader accepts besides `id` and `type`; it warns about anything else.
_READABLE = {"uri", "container_uri", "contributor", "date", *citeproc.VARIABLES}


def without_citation_number(entry: str, item: dict[str, Any]) -> str:
    """The reference without its place in a numbered list.

    The numeric GOST style opens each entry with its citation number ("1.") and sets it apart as a first field
    (`second-field-align="flush"`: CSL 1.0.2, the number flush with the margin, the reference aligned after
    it; citeproc-js writes it into a margin block of its own). citeproc-py does not lay fields out and joins
    the two ("1.Иванов А. Б. …"); one reference on a page belongs to no list, so the number is left out.
    """
    return entry.removeprefix("1.").lstrip()


def without_repeated_title(entry: str, item: dict[str, Any]) -> str:
    """An authorless work's title once, where APA puts it: in the author's place.

    APA's style substitutes the title for a missing author through its `author-title-substitute` macro, and
    CSL 1.0.2 (cs:substitute) suppresses a substituted variable "in the rest of the output to prevent
    duplication". citeproc-py (0.11) suppresses only a variable named directly in cs:substitute, not one
    rendered by a macro, so the title comes again after the date: "Title. (2025, November 13). Title. Outlet.
    URL". That repetition, and nothing else, is dropped.
    """
    title = item.get("title")
    if "author" in item or not title:
        return entry
    lead = title if title.endswith(".") else f"{title}."  # citeproc-py writes one full stop, not two
    repeated = f"). {lead} "
    at = entry.find(repeated, len(lead)) if entry.startswith(f"{lead} ") else -1
    return entry if at == -1 else entry[: at + 3] + entry[at + len(repeated) :]


@dataclass(frozen=True)
class Style:
    file: str
    locale: str
    finish: Callable[[str, dict[str, Any]], str]


# GOST with Russian terms, the standard's service words whatever the record's language (csl/README.md says why
# the numeric variant); APA in American English, the language of its manual.
GOST = Style("gost-r-7-0-5-2008-numeric.csl", "ru-RU", without_citation_number)
APA = Style("apa.csl", "en-US", without_repeated_title)


@functools.cache
def load(style: Style) -> CitationStylesStyle:
    """The style parsed once per process, its terms looked up in the vendored locale files.

    citeproc-py reads locale files from its own package data; the vendored ones take their place, after the
    style's own cs:locale elements (CSL 1.0.2, "Locale Fallback"), so that the output depends on csl/ alone.
    The tree is citeproc-py's own element classes with macro and term look-ups remembered (cite_memo.py): a
    render costs less than half as much, and its text is the same.
    """
    parsed = RememberingStyle(CSL_DIR / style.file, style.locale)
    root = parsed.root
    files = [parse_locale(CSL_DIR / f"locales-{code}.xml") for code in dict.fromkeys((style.locale, "en-US"))]
    root.locales = [locale for locale in root.locales if locale.getparent() is not None] + files
    for locale in files:
        locale.style = root
    return parsed


# citeproc-py keeps the entry being rendered on the parsed style (its formatter, the suppressed variables).
_rendering = threading.Lock()


def render(style: Style, item: dict[str, Any]) -> str:
    """The bibliography entry citeproc-py makes of one CSL-JSON item, as plain text, before `style.finish`.

    Variables citeproc-py cannot read (`translated-title`) are left out: neither style uses them, and the
    reader would warn on every render.
    """
    readable = {key: value for key, value in item.items() if key in ("id", "type") or _readable(key)}
    with _rendering:
        bibliography = CitationStylesBibliography(load(style), CiteProcJSON([readable]), formatter.plain)
        bibliography.register(Citation([CitationItem(item["id"])]))
        return str(bibliography.bibliography()[0])


def _readable(key: str) -> bool:
    return key.replace("-", "_") in _READABLE


@functools.cache
def _renderer_digest() -> str:
    """Changes with a vendored style or locale, citeproc-py's version, this module (the steps after it) or
    cite_memo (how the style is parsed for citeproc-py): no
    cached reference outlives what made it, even in a cache shared by servers on different releases."""
    digest = hashlib.sha256(citeproc.__version__.encode())
    for path in [Path(__file__), Path(cite_memo.__file__), *sorted(CSL_DIR.glob("*.*"))]:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def reference(style: Style, item: dict[str, Any]) -> str:
    """The reference the page shows for a CSL-JSON item, cached under the item itself.

    A render costs a few milliseconds per style (cite_memo.py says why not more); the cache key is the
    item's JSON, so any change to the record (a renamed author, a new access date) is a new key.
    """
    text = json.dumps(item, ensure_ascii=False, sort_keys=True)
    key = "citation:" + hashlib.sha256(f"{_renderer_digest()}|{style.file}|{style.locale}|{text}".encode()).hexdigest()
    return cast(str, cache.get_or_set(key, lambda: style.finish(render(style, item), item), CACHE_SECONDS))


def gost(article: Article, url: str, accessed: datetime.date | None = None) -> str:
    """GOST R 7.0.5–2008 of the article's CSL-JSON record (a web page is cited with the day it was read)."""
    return reference(GOST, csl_item(article, url, accessed))


def apa(article: Article, url: str, accessed: datetime.date | None = None) -> str:
    """APA 7 of the article's CSL-JSON record, names as the record writes them."""
    return reference(APA, csl_item(article, url, accessed))
