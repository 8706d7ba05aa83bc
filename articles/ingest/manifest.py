"""A batch manifest: what the texts of a folder do not say about themselves (journal, year, issue, address).

``manifest.json`` beside the texts, or given with ``import_texts --manifest``::

    {
      "defaults": {"journal": "Вестник КазНУ. Серия международные отношения", "issn": "1563-0285"},
      "files": {
        "2019-2.txt": {"year": 2019, "volume": "86", "issue": "2", "url": "https://bulletin-ir.kaznu.kz/…"}
      }
    }

What a text holds wins; the manifest fills only what the parser did not find.
A manifest with an unknown field, a value of the wrong shape or a file that is
not being imported is refused before anything is written.
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from articles.ingest.reading import TEXT_SUFFIXES
from articles.ingest.records import ArticleRecord

MANIFEST_NAME = "manifest.json"
TEXT_FIELDS = ("journal", "outlet", "issn", "volume", "issue", "pages", "url")
FIELDS = (*TEXT_FIELDS, "year", "published")
ISSN_RE = re.compile(r"^\d{4}-\d{3}[\dX]$")
PUBLISHED_RE = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$")


class ManifestError(ValueError):
    """The manifest cannot be used; the message names the manifest and what is wrong."""


@dataclass
class Manifest:
    defaults: dict[str, Any] = field(default_factory=dict)
    files: dict[str, dict[str, Any]] = field(default_factory=dict)

    def values_for(self, file: str) -> dict[str, Any]:
        return {**self.defaults, **self.files.get(file, {})}


def _checked_values(values: Any, where: str) -> dict[str, Any]:
    if not isinstance(values, dict):
        raise ManifestError(f"{where}: expected an object of fields.")
    unknown = sorted(set(values) - set(FIELDS))
    if unknown:
        raise ManifestError(f"{where}: unknown field {', '.join(unknown)} (known: {', '.join(FIELDS)}).")
    for name in TEXT_FIELDS:
        if name in values and not (isinstance(values[name], str) and values[name].strip()):
            raise ManifestError(f"{where}: {name} must be a non-empty string.")
    if "year" in values and not (isinstance(values["year"], int) and 1800 <= values["year"] <= 2100):
        raise ManifestError(f"{where}: year must be a number between 1800 and 2100.")
    if "published" in values:
        _published(values["published"], where)
    if "issn" in values and not ISSN_RE.match(values["issn"]):
        raise ManifestError(f"{where}: issn must look like 1234-567X.")
    if "url" in values and not re.match(r"^https?://\S+$", values["url"]):
        raise ManifestError(f"{where}: url must be an http:// or https:// address.")
    return values


def _published(value: Any, where: str) -> tuple[datetime.date, str]:
    match = PUBLISHED_RE.match(value) if isinstance(value, str) else None
    try:
        if match:
            year, month, day = (int(match.group(k) or 1) for k in ("year", "month", "day"))
            precision = "day" if match.group("day") else "month" if match.group("month") else "year"
            return datetime.date(year, month, day), precision
    except ValueError:
        pass
    raise ManifestError(f"{where}: published must be a date as YYYY, YYYY-MM or YYYY-MM-DD.")


def load_manifest(path: Path, known: set[str]) -> Manifest:
    """Read and check a manifest; ``known`` are the names of the text files it may describe."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ManifestError(f"{path}: cannot be read ({error}).") from None
    except json.JSONDecodeError as error:
        raise ManifestError(f"{path}: not JSON ({error.msg}, line {error.lineno}).") from None
    if not isinstance(data, dict) or set(data) - {"defaults", "files"}:
        raise ManifestError(f'{path}: expected an object with "defaults" and "files".')
    manifest = Manifest(defaults=_checked_values(data.get("defaults", {}), f"{path}, defaults"))
    files = data.get("files", {})
    if not isinstance(files, dict):
        raise ManifestError(f'{path}: "files" must map file names to their fields.')
    for name, values in files.items():
        if name not in known:
            raise ManifestError(f"{path}: names {name}, but there is no such text file to import.")
        manifest.files[name] = _checked_values(values, f"{path}, {name}")
    return manifest


def manifests_for(paths: list[Path], explicit: Path | None, imported: set[str]) -> list[Manifest]:
    """The manifests beside the imported folders and files, then the one given on the command line."""
    found: list[Manifest] = []
    folders = dict.fromkeys(path if path.is_dir() else path.parent for path in paths)
    for folder in folders:
        candidate = folder / MANIFEST_NAME
        if candidate.is_file():
            beside = {p.name for p in folder.iterdir() if p.suffix.lower() in TEXT_SUFFIXES}
            found.append(load_manifest(candidate, beside))
    if explicit is not None:
        found.append(load_manifest(explicit, imported))
    return found


def apply_manifest(records: list[ArticleRecord], manifests: list[Manifest]) -> None:
    """Fill what each record's text did not give from the manifests (later manifests win)."""
    for record in records:
        values: dict[str, Any] = {}
        for manifest in manifests:
            values.update(manifest.values_for(record.file))
        if not values:
            continue
        record.journal = record.journal or values.get("journal")
        record.source = record.source or values.get("outlet")
        record.issn = record.issn or values.get("issn")
        for name in ("volume", "issue", "pages", "url"):
            setattr(record, name, getattr(record, name) or values.get(name))
        if record.published is None and "published" in values:
            record.published, record.published_precision = _published(values["published"], record.file)
        elif record.published is None and "year" in values:
            record.published, record.published_precision = datetime.date(values["year"], 1, 1), "year"
