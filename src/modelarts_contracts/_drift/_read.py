"""Read a page file: detect its format (reStructuredText, plain-text export, HTML) and build its model."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from pathlib import Path

from . import _html, _markdown, _rst, _text
from ._build import build
from ._model import Page, PageError, RawDoc

FORMATS: dict[str, Callable[[str, str], RawDoc]] = {
    "rst": _rst.read,
    "text": _text.read,
    "html": _html.read,
    "markdown": _markdown.read,
}
# Folders give these; a Markdown page is read when named (a folder's README.md or INDEX.md is not a page).
PAGE_SUFFIXES = {".txt", ".rst", ".html", ".htm"}
_HTML = re.compile(r"<(?:table|h[1-6]|div|html|body)\b", re.IGNORECASE)
_RST = re.compile(r"^\s*(?:\.\.\s+(?:table|list-table|code-block)::|\+(?:-+\+)+\s*$)", re.MULTILINE)


def detect(text: str) -> str:
    """Name the format of a page's text: HTML markup, rST tables, Markdown pipe tables, else plain text."""
    if _HTML.search(text):
        return "html"
    if _RST.search(text):
        return "rst"
    if _markdown.looks_like(text):
        return "markdown"
    return "text"


def read_page(path: Path, page_format: str = "auto") -> Page:
    """Read one page file into its model; raise :class:`PageError` (page and line) if it cannot be read."""
    try:
        text = decode(path.read_bytes(), str(path))
    except OSError as exc:
        raise PageError(str(path), 0, f"cannot read the file: {exc.strerror or exc}") from None
    if not text.strip():
        raise PageError(str(path), 1, "the file is empty")
    chosen = detect(text) if page_format == "auto" else page_format
    return build(FORMATS[chosen](text, str(path)), str(path), chosen)


def decode(data: bytes, page: str) -> str:
    """Return a page file's text: UTF-8 (a BOM dropped) or BOM-marked UTF-16; binary data is an error."""
    codec = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8-sig"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise PageError(page, line, f"not UTF-8 text (byte {data[exc.start]:#04x})") from None
    if "\x00" in text:
        raise PageError(page, text[: text.index("\x00")].count("\n") + 1, "a binary file, not a page")
    return text


def page_files(path: Path) -> list[Path]:
    """Expand a folder into the page files it holds (by suffix, sorted); a file is kept as given.

    A folder without a single page is an error: a run that reads nothing must not pass as clean.
    """
    if not path.is_dir():
        return [path]
    found = sorted(child for child in path.iterdir() if child.suffix.lower() in PAGE_SUFFIXES)
    if not found:
        raise PageError(str(path), 0, f"no page files ({', '.join(sorted(PAGE_SUFFIXES))}) in this folder")
    return found
