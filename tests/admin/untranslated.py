"""Finding interface text left in English on an admin page served in another language.

The English interface strings are the msgids of Django's catalogs (core, admin, auth) and of the archive's
(locale/, locale_overrides/); a page's text nodes and its visible attributes (title, placeholder, aria-label,
button values) are matched against them, placeholders matching any text.  A msgid a catalog of the page's
language translates as itself (DOI, ISSN) is not English on that page.
"""

from __future__ import annotations

import functools
import re
from html.parser import HTMLParser
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parents[2]
DJANGO_DIR = Path(django.__file__).parent
PROJECT_CATALOG_DIRS = [ROOT / "locale", ROOT / "locale_overrides"]
DJANGO_CATALOG_DIRS = [
    DJANGO_DIR / "conf" / "locale",
    DJANGO_DIR / "contrib" / "admin" / "locale",
    DJANGO_DIR / "contrib" / "auth" / "locale",
]
_STRING = re.compile(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?) "(.*)"$')
_PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-z_]*\}")
VISIBLE_ATTRIBUTES = ("title", "placeholder", "aria-label", "alt")


def _unquote(text: str) -> str:
    return text.replace('\\"', '"').replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")


def read_po(path: Path) -> list[dict[str, str]]:
    """The entries of a .po file as {"msgid": …, "msgstr": … (or "msgstr[0]"), …}, header dropped."""
    entries: list[dict[str, str]] = []
    current: dict[str, str] = {}
    key = ""
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        match = _STRING.match(line)
        if match:
            if match.group(1) in ("msgctxt", "msgid") and ("msgstr" in current or "msgstr[0]" in current):
                entries.append(current)
                current = {}
            key = match.group(1)
            current[key] = _unquote(match.group(2))
        elif line.startswith('"') and key:
            current[key] += _unquote(line[1:-1])
        elif not line.strip() and current:
            entries.append(current)
            current, key = {}, ""
    return [entry for entry in entries if entry.get("msgid")]


def _catalogs(language: str, domain: str = "django") -> list[Path]:
    dirs = PROJECT_CATALOG_DIRS + DJANGO_CATALOG_DIRS
    return [d / language / "LC_MESSAGES" / f"{domain}.po" for d in dirs if (d / language / "LC_MESSAGES").is_dir()]


@functools.cache
def english_strings() -> tuple[frozenset[str], tuple[re.Pattern, ...]]:
    """The English interface strings: exact ones, and patterns for those with placeholders."""
    exact: set[str] = set()
    patterns: list[re.Pattern] = []
    for path in _catalogs("en"):
        for entry in read_po(path):
            for text in filter(None, (entry.get("msgid"), entry.get("msgid_plural"))):
                text = " ".join(text.split())
                literal = _PLACEHOLDER.sub("", text)
                if len(re.findall(r"[A-Za-z]", literal)) < 3:
                    continue  # "%s", "—", "OK": nothing to tell a language by
                if _PLACEHOLDER.search(text):
                    parts = [re.escape(part) for part in _PLACEHOLDER.split(text)]
                    patterns.append(re.compile("(?s)" + ".+?".join(parts)))
                else:
                    exact.add(text)
    return frozenset(exact), tuple(patterns)


@functools.cache
def same_in(language: str) -> frozenset[str]:
    """Msgids a catalog of this language translates as themselves (names such as DOI or ISSN)."""
    same = set()
    for path in _catalogs(language):
        for entry in read_po(path):
            if entry.get("msgstr", entry.get("msgstr[0]")) == entry["msgid"]:
                same.add(" ".join(entry["msgid"].split()))
    return frozenset(same)


class _TextCollector(HTMLParser):
    """Text nodes and visible attribute values of a page, outside scripts, styles and text boxes."""

    SKIPPED = {"script", "style", "textarea", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self._skipping: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        for name in VISIBLE_ATTRIBUTES:
            if values.get(name):
                self.texts.append(values[name])
        if tag == "input" and values.get("type") in ("submit", "button", "reset") and values.get("value"):
            self.texts.append(values["value"])
        if tag in self.SKIPPED:
            self._skipping.append(tag)

    def handle_endtag(self, tag):
        if self._skipping and self._skipping[-1] == tag:
            self._skipping.pop()

    def handle_data(self, data):
        if not self._skipping and data.strip():
            self.texts.append(data)


def page_texts(html: str) -> list[str]:
    collector = _TextCollector()
    collector.feed(html)
    return [" ".join(text.split()) for text in collector.texts]


def english_on_page(html: str, language: str) -> list[str]:
    """The page's texts that are English interface strings (for a page in `language`)."""
    exact, patterns = english_strings()
    allowed = same_in(language)
    found = []
    for text in page_texts(html):
        if text in allowed:
            continue
        if text in exact or any(p.fullmatch(text) for p in patterns):
            found.append(text)
    return list(dict.fromkeys(found))
