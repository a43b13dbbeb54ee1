"""The normalized page model every reader produces, whatever the page's format.

A reader first turns its format into a :class:`RawDoc` (text lines, tables as cell text, code
blocks); ``_build`` then interprets that structure the same way for every format, so the three
readers stay small and agree on what a parameter, a field or an enum option is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class PageError(Exception):
    """A page cannot be read: carries the page and the line the reader stopped at."""

    def __init__(self, page: str, line: int, message: str) -> None:
        super().__init__(f"{page}:{line}: {message}")
        self.page, self.line, self.message = page, line, message


@dataclass(frozen=True)
class RawTable:
    """A table as found on the page: caption, header cells, and rows of cell text with their line."""

    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    line: int


@dataclass(frozen=True)
class RawDoc:
    """What a format reader yields: plain text lines, tables and code blocks, each with its line."""

    lines: tuple[tuple[int, str], ...]
    tables: tuple[RawTable, ...]
    codes: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class Facts:
    """What a type cell and a description cell say about one value."""

    type: str
    ref: str | None = None
    is_array: bool = False
    items: str | None = None
    enum: tuple[str, ...] = ()
    default: str | None = None
    range: tuple[float, float] | None = None
    unread: str | None = None


@dataclass(frozen=True)
class Param:
    """One path or query parameter row of a page."""

    name: str
    location: str
    mandatory: bool
    facts: Facts
    line: int


@dataclass(frozen=True)
class Field:
    """One row of a response object table."""

    name: str
    facts: Facts
    line: int


@dataclass
class ObjectTable:
    """A response object table: the body itself (``name`` None) or a named nested object."""

    name: str | None
    caption: str
    line: int
    fields: dict[str, Field] = field(default_factory=dict)


@dataclass(frozen=True)
class Example:
    """A JSON example body and whether it sits under the page's example responses."""

    value: Any
    line: int
    is_response: bool


@dataclass
class Page:
    """Everything one page documents about one operation."""

    path: str
    format: str
    method: str
    uri: str
    uri_line: int
    params: list[Param] = field(default_factory=list)
    body: ObjectTable | None = None
    objects: dict[str, ObjectTable] = field(default_factory=dict)
    examples: list[Example] = field(default_factory=list)
    partial: list[tuple[int, str, str]] = field(default_factory=list)

    def field_count(self) -> int:
        """Return how many response field rows the page gave, body and nested objects together."""
        tables = [self.body] if self.body else []
        return sum(len(table.fields) for table in [*tables, *self.objects.values()])
