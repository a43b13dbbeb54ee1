"""Read the help-center plain-text export, where every table cell sits on its own line.

A table starts at a ``Table N caption`` line followed by its header cells. A row starts at a
line holding one identifier whose next cell fits the table (a Mandatory flag under a Mandatory
column, a type-like cell otherwise); each cell takes its line and every indented line or bullet item
(``•``, ``- ``, ``* ``) after it (a description's options, also when more columns follow it). Any
other line ends the table.
"""

from __future__ import annotations

import json
import re

from ._build import FLAGS, ROLES
from ._model import PageError, RawDoc, RawTable

_CAPTION = re.compile(r"^Table\s+\d+\s+\S")
_IDENTIFIER = re.compile(r"^[A-Za-z_][\w.\-\[\]]*$")
_TYPE_LIKE = re.compile(r"^[A-Z][\w<>,.\[\] ]*$")
# A "- " or "* " bullet at the margin continues the description above, like "•".
_MARGIN_BULLET = re.compile(r"^[-*]\s+")


def read(text: str, page: str) -> RawDoc:
    """Turn the plain-text export into lines, tables and JSON example blocks."""
    cells = [(number, line) for number, line in enumerate(text.splitlines(), 1) if line.strip()]
    tables, index = [], 0
    while index < len(cells):
        if _CAPTION.match(cells[index][1].strip()):
            table, index = _table(cells, index, page)
            tables.append(table)
        else:
            index += 1
    lines = tuple((number, line.strip()) for number, line in cells)
    return RawDoc(lines=lines, tables=tuple(tables), codes=tuple(_json_blocks(text, page)))


def _table(cells: list[tuple[int, str]], start: int, page: str) -> tuple[RawTable, int]:
    """Read the table whose caption is ``cells[start]``; return it and the index after it."""
    index, header, roles = start + 1, [], set[str]()
    while index < len(cells) and ROLES.get(cells[index][1].strip().lower()) not in {None, *roles}:
        roles.add(ROLES[cells[index][1].strip().lower()])
        header.append(cells[index][1].strip())
        index += 1
    rows = []
    while index < len(cells) and _row_starts(cells, index, header):
        row, index = _row(cells, index, len(header))
        rows.append(row)
    caption = cells[start][1].strip()
    return RawTable(caption=caption, header=tuple(header), rows=tuple(rows), line=cells[start][0]), index


def _row_starts(cells: list[tuple[int, str]], index: int, header: list[str]) -> bool:
    """Tell whether ``cells[index]`` opens a row of a table with this header."""
    if len(header) < 2 or index + len(header) > len(cells) or _indented(cells[index][1]):
        return False
    name, second = cells[index][1].strip(), cells[index + 1][1].strip()
    if not _IDENTIFIER.match(name) or _CAPTION.match(name):
        return False
    if ROLES.get(header[1].lower()) == "mandatory":
        return second.lower() in FLAGS
    return bool(_TYPE_LIKE.match(second))


def _row(cells: list[tuple[int, str]], index: int, width: int) -> tuple[tuple[int, tuple[str, ...]], int]:
    """Read one row: one line per cell, each followed by its indented or bulleted continuation lines."""
    values: list[str] = []
    after = index
    while len(values) < width and after < len(cells):
        values.append(cells[after][1].strip())
        after += 1
        while after < len(cells) and _indented(cells[after][1]):
            values[-1] += "\n- " + _MARGIN_BULLET.sub("", cells[after][1].strip().lstrip("•·")).strip()
            after += 1
    return (cells[index][0], tuple(values)), after


def _indented(line: str) -> bool:
    """Tell whether a line continues the cell above: indented, or a bullet item even at the margin."""
    return line[:1].isspace() or line.startswith(("•", "·")) or _MARGIN_BULLET.match(line) is not None


def _json_blocks(text: str, page: str) -> list[tuple[int, str]]:
    """Return each JSON example (a line opening with ``{`` or ``[`` at the margin) with its first line."""
    blocks, lines = [], text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    number = 0
    while number < len(lines):
        if lines[number][:1] in "{[" and lines[number].strip():
            end = _json_end(text, offsets[number], page, number + 1)
            blocks.append((number + 1, text[offsets[number] : end]))
            number = next(i for i, offset in enumerate(offsets) if offset >= end)
        else:
            number += 1
    return blocks


def _json_end(text: str, start: int, page: str, line: int) -> int:
    """Return where the JSON value starting at ``start`` ends; a broken one makes the page unreadable."""
    try:
        _, end = json.JSONDecoder().raw_decode(text, start)
    except json.JSONDecodeError as exc:
        raise PageError(page, exc.lineno, f"example body is not valid JSON: {exc.msg}") from None
    return end
