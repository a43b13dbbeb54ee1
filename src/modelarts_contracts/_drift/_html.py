"""Read a doc-exports HTML page: tables with captions, ``<pre>`` blocks and block-level text.

Anything before the markup (the git-web header of an exported file) is plain text and does no
harm. A table, ``<div>``, ``<body>`` or ``<html>`` left open at the end means the page was cut
off. A table without ``<caption>`` takes the ``Table N ...`` line just above it as its caption
(docs sites render captions as a paragraph before the table). A table inside a table is malformed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ._model import PageError, RawDoc, RawTable

_BLOCKS = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "div",
    "pre",
    "caption",
    "tr",
    "td",
    "th",
    "table",
    "br",
    "ul",
    "ol",
}

# Containers every page closes: one still open at the end means the page was cut off.
_CONTAINERS = {"html", "body", "div"}
_TABLE_TITLE = re.compile(r"^Table\s+\d+\b", re.IGNORECASE)
_CELL_BREAKS = {"br": "\n", "p": "\n", "div": "\n", "li": "\n- "}


@dataclass
class _OpenTable:
    """A table being read."""

    line: int
    above: str = ""
    caption: list[str] = field(default_factory=list)
    in_caption: bool = False
    header: tuple[str, ...] = ()
    rows: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)
    row_line: int = 0

    def raw(self) -> RawTable:
        """Return the finished table."""
        caption = " ".join("".join(self.caption).split()) or self.above
        return RawTable(caption=caption, header=self.header, rows=tuple(self.rows), line=self.line)


class _Collector(HTMLParser):
    """Collect text lines, tables and ``<pre>`` blocks, each with the line it starts on."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.lines: list[tuple[int, str]] = []
        self.tables: list[RawTable] = []
        self.codes: list[tuple[int, str]] = []
        self.table: _OpenTable | None = None
        self._text: list[str] = []
        self._text_line = 1
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._pre: tuple[int, list[str]] | None = None
        self.open: list[tuple[str, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open tables, captions, rows, cells and ``<pre>`` blocks; break text at block elements."""
        if tag in _BLOCKS:
            self.flush()
        line = self.getpos()[0]
        if tag in _CONTAINERS:
            self.open.append((tag, line))
        if tag == "table":
            if self.table is not None:
                raise PageError(self.page, line, "a table inside a table is not supported")
            above = self.lines[-1][1] if self.lines else ""
            self.table = _OpenTable(line=line, above=above if _TABLE_TITLE.match(above) else "")
        elif self.table is not None and tag in {"caption", "tr"}:
            self.table.in_caption = tag == "caption"
            self.table.row_line = line
            self._row = [] if tag == "tr" else None
        elif tag in {"td", "th"} and self._row is not None:
            self._cell = []
        elif tag == "pre" and self._cell is None:
            self._pre = (line, [])
        elif self._cell is not None and tag in _CELL_BREAKS:
            # Keep a cell's paragraphs and list items apart; a list item reads as a "- " bullet.
            self._cell.append(_CELL_BREAKS[tag])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Treat ``<br/>`` like ``<br>``."""
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        """Close what :meth:`handle_starttag` opened."""
        if tag in _BLOCKS:
            self.flush()
        if tag in _CONTAINERS and any(name == tag for name, _ in self.open):
            while self.open.pop()[0] != tag:
                pass
        if tag in {"td", "th"} and self._cell is not None and self._row is not None:
            self._row.append("".join(self._cell).replace("**", "").strip())
            self._cell = None
        elif tag == "caption" and self.table is not None:
            self.table.in_caption = False
        elif tag == "tr" and self._row is not None and self.table is not None:
            self._file_row(self.table, tuple(self._row))
        elif tag == "table" and self.table is not None:
            self.tables.append(self.table.raw())
            self.table = None
        elif tag == "pre" and self._pre is not None:
            self.codes.append((self._pre[0], "".join(self._pre[1]).strip()))
            self._pre = None

    def handle_data(self, data: str) -> None:
        """Send text to the open cell, caption, ``<pre>`` block or text line."""
        if self._cell is not None:
            self._cell.append(data)
        elif self.table is not None and self.table.in_caption:
            self.table.caption.append(data)
        elif self._pre is not None:
            self._pre[1].append(data)
        else:
            if not self._text:
                self._text_line = self.getpos()[0]
            self._text.append(data)

    def flush(self) -> None:
        """End the current text line."""
        for offset, line in enumerate("".join(self._text).split("\n")):
            if line.strip():
                self.lines.append((self._text_line + offset, " ".join(line.split())))
        self._text = []

    def _file_row(self, table: _OpenTable, row: tuple[str, ...]) -> None:
        """File a finished row as the header (the first row) or as a body row."""
        if table.header:
            table.rows.append((table.row_line, row))
        else:
            table.header = row
        self._row = None


def read(text: str, page: str) -> RawDoc:
    """Turn an HTML page into lines, tables and ``<pre>`` blocks."""
    collector = _Collector(page)
    collector.feed(text)
    collector.close()
    collector.flush()
    if collector.table is not None:
        raise PageError(page, collector.table.line, "table is never closed")
    if collector.open:
        tag, line = collector.open[-1]
        raise PageError(page, line, f"<{tag}> is never closed: the page is cut off")
    return RawDoc(lines=tuple(collector.lines), tables=tuple(collector.tables), codes=tuple(collector.codes))
