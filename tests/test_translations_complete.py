"""Every interface string has a Kazakh and a Russian translation, and the compiled catalogs are current."""

from __future__ import annotations

import ast
import gettext
from pathlib import Path

import pytest
from django.conf import settings

LOCALE = Path(settings.BASE_DIR) / "locale"
# Corrections to Django's own catalogs, kept apart so makemessages does not mark them obsolete (settings.LOCALE_PATHS).
OVERRIDES = Path(settings.BASE_DIR) / "locale_overrides"


def po_entries(path: Path) -> list[tuple[str, list[str], bool]]:
    """(msgid, msgstrs, fuzzy) of each entry of a .po file, header excluded."""
    entries, current, key, fuzzy = [], None, None, False
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("#,"):
            fuzzy = "fuzzy" in line
        elif line.startswith(("msgid ", "msgid_plural ", "msgstr")):
            key, _, literal = line.partition(" ")
            if key == "msgid":
                current = {"msgid": "", "strs": {}, "fuzzy": fuzzy}
            value = ast.literal_eval(literal)
            if key.startswith("msgstr"):
                current["strs"][key] = value
            elif key == "msgid":
                current["msgid"] = value
        elif line.startswith('"') and current is not None:
            value = ast.literal_eval(line)
            if key.startswith("msgstr"):
                current["strs"][key] += value
            elif key == "msgid":
                current["msgid"] += value
        elif not line.strip() and current is not None:
            if current["msgid"]:
                entries.append((current["msgid"], list(current["strs"].values()), current["fuzzy"]))
            current, fuzzy = None, False
    return entries


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_string_is_translated(language):
    entries = po_entries(LOCALE / language / "LC_MESSAGES" / "django.po")
    assert len(entries) > 200  # the parser read the whole file
    untranslated = [msgid for msgid, strs, fuzzy in entries if fuzzy or not all(strs)]
    assert untranslated == []


@pytest.mark.parametrize(
    ("root", "language", "domain"),
    [
        (LOCALE, "kk", "django"),
        (LOCALE, "ru", "django"),
        (OVERRIDES, "kk", "django"),
        (OVERRIDES, "ru", "django"),
    ],
)
def test_compiled_catalog_matches_the_po_file(root, language, domain):
    folder = root / language / "LC_MESSAGES"
    with (folder / f"{domain}.mo").open("rb") as handle:
        catalog = gettext.GNUTranslations(handle)
    entries = po_entries(folder / f"{domain}.po")
    assert entries
    for msgid, strs, fuzzy in entries:
        assert not fuzzy and all(strs), msgid
        assert catalog.gettext(msgid) == strs[0], msgid
