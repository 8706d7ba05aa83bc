"""Reading text files safely: UTF-8, or cp1251 when it decodes to plausible text; nothing else."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

MAX_FILE_BYTES = 20 * 1024 * 1024  # 20 MiB: far above any journal issue; a larger file is refused up front.
TEXT_SUFFIXES = {".txt", ".text"}


class UnreadableFile(ValueError):
    """The file is not text the archive can import; the message says why."""


# The control characters (Unicode category Cc: U+0000-U+001F and U+007F-U+009F) other than line breaks, tabs
# and form feeds, found by one search rather than a category lookup per character.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _control_ratio(text: str) -> float:
    return _CONTROL_RE.subn("", text)[1] / max(len(text), 1)


def _looks_like_prose(text: str) -> bool:
    """Most visible characters are letters, and words have plausible lengths."""
    # Counted per distinct character (a decoded Windows-1251 text has at most 256), not per character.
    visible = {c: text.count(c) for c in set(text) if not c.isspace()}
    total = sum(visible.values())
    if not total:
        return False
    letters = sum(n for c, n in visible.items() if c.isalpha())
    symbols = sum(n for c, n in visible.items() if unicodedata.category(c)[0] in "SC")
    average = total / max(len(text.split()), 1)  # the words are the runs of visible characters
    return letters / total >= 0.6 and symbols / total <= 0.05 and 2 <= average <= 20


def decode_text(data: bytes, name: str) -> str:
    """Decode file bytes, or raise UnreadableFile with a message naming the file."""
    if not data.strip():
        raise UnreadableFile(f"{name}: the file is empty.")
    if b"\x00" in data:
        raise UnreadableFile(f"{name}: the file contains NUL bytes; it is binary, not text.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older Russian-language dumps come in Windows-1251; accept them only when the result reads as prose.
        try:
            text = data.decode("cp1251")
        except UnicodeDecodeError:
            raise UnreadableFile(f"{name}: not UTF-8 text, and not Windows-1251 either.") from None
        if _control_ratio(text) > 0.001 or not _looks_like_prose(text):
            raise UnreadableFile(f"{name}: not UTF-8 text; it does not read as Windows-1251 text either.") from None
    # Valid UTF-8 with few control characters is text, whatever symbols it holds (markup, formulas, a table);
    # only the Windows-1251 fallback, which decodes any bytes, must also read as prose.
    if _control_ratio(text) > 0.001:
        raise UnreadableFile(f"{name}: the file does not read as text (too many control characters).")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text_file(path: Path) -> str:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UnreadableFile(f"{path.name}: {size} bytes is over the import limit of {MAX_FILE_BYTES} bytes.")
    return decode_text(path.read_bytes(), path.name)


class OutsideFolder(ValueError):
    """A link in an imported folder leads out of it; the message names the link."""


def collect_files(paths: list[Path]) -> list[Path]:
    """Expand folders into their text files, sorted, so every run sees the same order.

    A symbolic link inside a folder that leads out of it is refused: importing a folder imports that folder.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            root = path.resolve()
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
            for candidate in found:
                if not candidate.resolve().is_relative_to(root):
                    raise OutsideFolder(f"{candidate}: a link out of the folder {path}; nothing was imported.")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise FileNotFoundError(f"{path}: no such file or folder.")
    return files
