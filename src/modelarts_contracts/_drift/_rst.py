"""Read a reStructuredText page (the docs' source form): grid tables, list-tables, code blocks, lines.

A grid table's column edges are the ``+`` positions of its first border; every row line must
have a ``|`` at each edge, or the table is malformed (reported with its line, not guessed at).
A ``.. list-table::`` directive gives the same table as nested lists (``* -`` opens a row, ``-``
a cell); its caption is the directive's argument and its first row (``:header-rows:``) the header.
"""

from __future__ import annotations

import re

from ._model import PageError, RawDoc, RawTable

_TABLE_DIRECTIVE = re.compile(r"^\s*\.\.\s+table::\s*(?P<caption>.*)$")
_LIST_TABLE = re.compile(r"^(?P<indent>\s*)\.\.\s+list-table::\s*(?P<caption>.*)$")
_OPTION_LINE = re.compile(r"^\s*:(?P<name>[\w-]+):\s*(?P<value>.*)$")
_CODE_DIRECTIVE = re.compile(r"^(?P<indent>\s*)(?:\.\.\s+(?:code(?:-block)?|sourcecode)::|(?!\.\.).*::\s*$)")
_BORDER = re.compile(r"^\s*\+(?:[-=]+\+)+\s*$")
_REF = re.compile(r":ref:`(?P<text>[^`<]*?)\s*(?:<[^>]*>)?`")
_LINK = re.compile(r"`(?P<text>[^`<]*?)\s*<[^>]*>`__?")
_LITERAL = re.compile(r"``(?P<text>[^`]*)``")


def plain(text: str) -> str:
    """Strip inline markup (references, links, literals, emphasis) down to the words shown."""
    for pattern in (_REF, _LINK, _LITERAL):
        text = pattern.sub(lambda match: match["text"], text)
    return text.replace("**", "").replace("\\", "")


def read(text: str, page: str) -> RawDoc:
    """Turn reStructuredText into lines, grid tables and code blocks."""
    lines = text.splitlines()
    tables, codes = [], []
    index = 0
    while index < len(lines):
        if _BORDER.match(lines[index]):
            table, index = _grid(lines, index, _caption_before(lines, index), page)
            tables.append(table)
        elif match := _LIST_TABLE.match(lines[index]):
            table, index = _list_table(lines, index, match, page)
            tables.append(table)
        elif match := _CODE_DIRECTIVE.match(lines[index]):
            block, index = _code(lines, index + 1, len(match["indent"]))
            codes.append(block)
        else:
            index += 1
    numbered = tuple((number, plain(line)) for number, line in enumerate(lines, 1))
    return RawDoc(lines=numbered, tables=tuple(tables), codes=tuple(codes))


def _caption_before(lines: list[str], index: int) -> str:
    """Return the caption of the ``.. table::`` directive just above a grid table, or ''."""
    for back in range(index - 1, max(index - 4, -1), -1):
        if match := _TABLE_DIRECTIVE.match(lines[back]):
            return plain(match["caption"]).strip()
    return ""


def _grid(lines: list[str], start: int, caption: str, page: str) -> tuple[RawTable, int]:
    """Parse the grid table whose top border is ``lines[start]``; return it and the next index."""
    edges = [pos for pos, char in enumerate(lines[start]) if char == "+"]
    header: tuple[str, ...] = ()
    rows: list[tuple[int, tuple[str, ...]]] = []
    block: list[tuple[int, str]] = []
    index = start + 1
    while index < len(lines) and lines[index].strip().startswith(("+", "|")):
        line = lines[index]
        if _BORDER.match(line):
            cells = _cells(block, edges, page)
            if "=" in line and not header:
                header = cells
            elif block:
                rows.append((block[0][0], cells))
            block = []
        else:
            block.append((index + 1, line))
        index += 1
    if block:
        raise PageError(page, block[0][0], "grid table row has no closing border")
    if not header and rows:
        # No "+===+" rule under the header: the first row is the header, as in HTML.
        header, rows = rows[0][1], rows[1:]
    return RawTable(caption=caption, header=header, rows=tuple(rows), line=start + 1), index


def _cells(block: list[tuple[int, str]], edges: list[int], page: str) -> tuple[str, ...]:
    """Join the lines of one grid row into its cells; every edge must carry a ``|``."""
    columns: list[list[str]] = [[] for _ in edges[1:]]
    for number, line in block:
        if any(len(line) <= edge or line[edge] != "|" for edge in edges):
            raise PageError(page, number, "grid table row does not line up with the table's column edges")
        for column, (left, right) in enumerate(zip(edges, edges[1:], strict=False)):
            columns[column].append(line[left + 1 : right].strip())
    return tuple(plain("\n".join(part for part in column).strip()) for column in columns)


def _list_table(lines: list[str], start: int, match: re.Match[str], page: str) -> tuple[RawTable, int]:
    """Parse a ``.. list-table::`` directive at ``lines[start]``; return it and the next index.

    A row opens with ``*`` (its first cell may follow: ``* - name``); a cell opens with ``-`` two
    columns right of the row's ``*``; deeper lines (a cell's own bullets too) continue the cell.
    """
    indent, index, header_rows = len(match["indent"]), start + 1, 1
    while index < len(lines) and (option := _OPTION_LINE.match(lines[index])):
        if option["name"] == "header-rows" and option["value"].strip().isdigit():
            header_rows = max(int(option["value"]), 1)
        index += 1
    rows: list[tuple[int, list[list[str]]]] = []
    row_indent = -1
    while index < len(lines) and (not lines[index].strip() or _indent(lines[index]) > indent):
        line, stripped = lines[index], lines[index].strip()
        if stripped[:2] in {"* ", "*"} and (row_indent < 0 or _indent(line) == row_indent):
            row_indent = _indent(line)
            rows.append((index + 1, []))
            if stripped[1:].strip()[:1] == "-":
                rows[-1][1].append([stripped[1:].strip()[1:].strip()])
        elif rows and stripped[:1] == "-" and _indent(line) == row_indent + 2:
            rows[-1][1].append([stripped[1:].strip()])
        elif rows and rows[-1][1]:
            rows[-1][1][-1].append(line[row_indent + 4 :] if line.strip() else "")
        elif stripped:
            raise PageError(page, index + 1, "list-table line is neither a row ('* -') nor a cell ('-')")
        index += 1
    cells = [(number, tuple(plain("\n".join(cell).strip()) for cell in row)) for number, row in rows]
    if len(cells) < header_rows:
        raise PageError(page, start + 1, "list-table has no header row")
    header = cells[header_rows - 1][1]
    return RawTable(plain(match["caption"]).strip(), header, tuple(cells[header_rows:]), start + 1), index


def _code(lines: list[str], start: int, indent: int) -> tuple[tuple[int, str], int]:
    """Collect the indented body of a code directive or literal block; return (first line, text), next index.

    A directive's options (``:linenos:``, ``:caption: ...``) right below it are not code.
    """
    index = start
    while index < len(lines) and _OPTION_LINE.match(lines[index]) and _indent(lines[index]) > indent:
        index += 1
    start, body = index, []
    while index < len(lines) and (not lines[index].strip() or _indent(lines[index]) > indent):
        body.append(lines[index])
        index += 1
    first = next((start + offset + 1 for offset, line in enumerate(body) if line.strip()), start + 1)
    return (first, "\n".join(body).strip()), index


def _indent(line: str) -> int:
    """Return how many leading spaces a line has."""
    return len(line) - len(line.lstrip(" "))
