"""Every interface string has a Kazakh and a Russian translation, and the compiled catalogs are current."""

from __future__ import annotations

import ast
import gettext
from pathlib import Path

import pytest
from django.conf import settings

LOCALE = Path(settings.BASE_DIR) / "locale"


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


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_compiled_catalog_matches_the_po_file(language):
    folder = LOCALE / language / "LC_MESSAGES"
    with (folder / "django.mo").open("rb") as handle:
        catalog = gettext.GNUTranslations(handle)
    for msgid, strs, _ in po_entries(folder / "django.po"):
        assert catalog.gettext(msgid) == strs[0], msgid
