"""Read a Markdown page: pipe tables, fenced code blocks and plain lines.

A table is a row of ``|``-separated header cells followed by a ``| --- |`` delimiter row; its
rows run until a line without a ``|``. A cell's ``<br>`` breaks its lines, ``<li>`` opens a bullet
item (other inline HTML is dropped),
``\\|`` is a pipe inside a cell, and ``\\_`` an underscore. The caption is the text line just
above the table (``**Table 2** Response body parameters``).
"""

from __future__ import annotations

import html
import re

from ._model import PageError, RawDoc, RawTable

_DELIMITER = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_FENCE = re.compile(r"^\s*(?P<fence>`{3,}|~{3,})")
_HEADING = re.compile(r"^\s*#{1,6}\s+")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_PIPE = re.compile(r"(?<!\\)\|")
_ITEM = re.compile(r"<li\b[^>]*>", re.IGNORECASE)
# Inline HTML a cell may carry; other angle brackets ("Map<String,String>") are text.
_INLINE_TAG = re.compile(r"</?(?:ul|ol|li|p|strong|b|em|i|code|span|div)\b[^>]*>", re.IGNORECASE)


def looks_like(text: str) -> bool:
    """Tell whether a text has a Markdown pipe table (a header row and its ``---`` delimiter)."""
    return any(_DELIMITER.match(line) and "|" in line for line in text.splitlines())


def plain(text: str) -> str:
    """Strip Markdown markup (headings, strong emphasis, code spans, escapes, entities) to the words."""
    text = _HEADING.sub("", text).replace("**", "").replace("`", "")
    return html.unescape(re.sub(r"\\([\\`*_{}\[\]()#+\-.!|])", r"\1", text))


def read(text: str, page: str) -> RawDoc:
    """Turn a Markdown page into lines, tables and fenced code blocks."""
    lines = text.splitlines()
    tables, codes, index = [], [], 0
    while index < len(lines):
        if (fence := _FENCE.match(lines[index])) is not None:
            end = next(
                (at for at in range(index + 1, len(lines)) if lines[at].strip().startswith(fence["fence"])),
                None,
            )
            if end is None:
                raise PageError(page, index + 1, "code block is never closed")
            codes.append((index + 2, "\n".join(lines[index + 1 : end]).strip()))
            index = end + 1
        elif _table_starts(lines, index):
            table, index = _table(lines, index, page)
            tables.append(table)
        else:
            index += 1
    numbered = tuple((number, plain(line)) for number, line in enumerate(lines, 1))
    return RawDoc(lines=numbered, tables=tuple(tables), codes=tuple(codes))


def _table_starts(lines: list[str], index: int) -> bool:
    """Tell whether ``lines[index]`` is a header row with its delimiter row below it."""
    return (
        "|" in lines[index]
        and index + 1 < len(lines)
        and bool(_DELIMITER.match(lines[index + 1]))
        and "|" in lines[index + 1]
    )


def _table(lines: list[str], start: int, page: str) -> tuple[RawTable, int]:
    """Read the pipe table whose header row is ``lines[start]``; return it and the next index.

    A header with fewer cells than its delimiter row has columns is a table written one cell a line
    (as pages scraped from a docs site are): it has lost its caption and its option lists, so it is
    reported rather than guessed at.
    """
    header = _cells(lines[start])
    columns = len(_cells(lines[start + 1]))
    if len(header) != columns:
        raise PageError(
            page,
            start + 1,
            f"table header has {len(header)} cell(s) for {columns} columns: a table written one cell a line "
            "(a scraped page, without captions and option lists) cannot be read",
        )
    rows, index = [], start + 2
    while index < len(lines) and _PIPE.search(lines[index]):
        rows.append((index + 1, _cells(lines[index])))
        index += 1
    return RawTable(caption=_caption(lines, start), header=header, rows=tuple(rows), line=start + 1), index


def _cells(line: str) -> tuple[str, ...]:
    """Split a table row into its cells' text (outer pipes dropped, ``<br>`` a line break)."""
    parts = _PIPE.split(line.strip())
    if parts and not parts[0].strip():
        parts = parts[1:]
    if parts and not parts[-1].strip():
        parts = parts[:-1]
    parts = [_INLINE_TAG.sub("", _ITEM.sub("<br>- ", part)) for part in parts]
    return tuple("\n".join(plain(piece).strip() for piece in _BREAK.split(part)).strip() for part in parts)


def _caption(lines: list[str], start: int) -> str:
    """Return the text line just above a table (its caption), or ''."""
    for back in range(start - 1, max(start - 4, -1), -1):
        if lines[back].strip():
            return " ".join(plain(lines[back]).split()) if "|" not in lines[back] else ""
    return ""
