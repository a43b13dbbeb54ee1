"""Acknowledgements: the spec's record of the page differences it settles, one difference each.

An acknowledgement is an entry of ``x-acknowledged`` on the spec node a difference sits on (the
parameter, the property, or the schema a ``$ref`` leads to)::

    x-acknowledged:
      - {decision: D8, attribute: default, page: '0', spec: null}

``attribute`` names what differs (one of :data:`ATTRIBUTES`), ``page`` and ``spec`` the value each
side has; ``decision`` must be a row of spec/DECISIONS.md, or the entry settles nothing. For
``enum`` the values are the options only the page has and the values only the spec has; several
entries on one node may share an enum difference, each naming its own values, and the difference
is settled when they cover both sides exactly. Any other value, attribute or node is drift.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from modelarts_contracts._spec import target

from ._specnodes import escape

_ROW = re.compile(r"^\|\s*(?P<id>D\d+)\s*\|", re.MULTILINE)
MARKER = "x-acknowledged"
ATTRIBUTES = frozenset(
    {"type", "enum", "default", "range", "presence", "mandatory", "name", "object", "example", "envelope"}
)
_KEYS = {"decision", "attribute", "page", "spec"}


class AcknowledgementError(ValueError):
    """An ``x-acknowledged`` entry is malformed: says where and why."""


@dataclass(frozen=True)
class Acknowledgement:
    """One ``x-acknowledged`` entry: the decision, the attribute and both sides' values, where it sits."""

    decision: str
    attribute: str
    page: Any
    spec: Any
    pointer: str
    index: int

    def describe(self) -> str:
        """Spell the entry for a report line: ``D17 enum: page [], spec ['']``."""
        return f"{self.decision} {self.attribute}: page {_shown(self.page)}, spec {_shown(self.spec)}"


@functools.cache
def decision_ids(path: Path) -> frozenset[str]:
    """Return the decision IDs listed in DECISIONS.md (empty when the file is not there)."""
    try:
        return frozenset(match["id"] for match in _ROW.finditer(path.read_text(encoding="utf-8")))
    except OSError:
        return frozenset()


def normalized(value: Any) -> str:
    """Spell a page or spec value one way: booleans lower-case, numbers without trailing zeros."""
    if isinstance(value, bool):
        return str(value).lower()
    text = str(value).strip()
    try:
        number = float(text)
    except ValueError:
        return text
    return text if text.startswith(("0", "-0")) and len(text) > 1 and "." not in text else f"{number:g}"


def canonical(value: Any) -> Any:
    """Spell a compared value one way: None stays None, a list becomes a sorted tuple of words."""
    if value is None:
        return None
    if isinstance(value, (list, tuple, set, frozenset)):
        return tuple(sorted({normalized(item) for item in value}))
    return normalized(value)


def index(spec: dict[str, Any]) -> dict[int, list[Acknowledgement]]:
    """Return every acknowledgement of the spec, keyed by the identity of the node it sits on."""
    found: dict[int, list[Acknowledgement]] = {}
    for node, pointer in _walk(spec, "#"):
        entries = node.get(MARKER)
        if entries is not None:
            found[id(node)] = [
                _entry(item, pointer, number) for number, item in enumerate(_listed(entries, pointer))
            ]
    return found


def settle(
    candidates: list[Acknowledgement], attribute: str, page: Any, spec: Any, decisions: frozenset[str]
) -> tuple[bool, list[Acknowledgement]]:
    """Tell whether these entries settle one difference, and which of them match it (stale otherwise)."""
    page, spec = canonical(page), canonical(spec)
    known = [ack for ack in candidates if ack.attribute == attribute and ack.decision in decisions]
    if attribute != "enum":
        exact = [ack for ack in known if ack.page == page and ack.spec == spec]
        return bool(exact), exact[:1]
    page_set, spec_set = set(page or ()), set(spec or ())
    matched = [ack for ack in known if set(ack.page or ()) <= page_set and set(ack.spec or ()) <= spec_set]
    covered_page = set().union(*(set(ack.page or ()) for ack in matched))
    covered_spec = set().union(*(set(ack.spec or ()) for ack in matched))
    return bool(matched) and (covered_page, covered_spec) == (page_set, spec_set), matched


def _walk(value: Any, pointer: str) -> Iterator[tuple[dict[str, Any], str]]:
    """Yield every mapping of the spec with its JSON pointer."""
    if isinstance(value, dict):
        yield value, pointer
        for key, item in value.items():
            yield from _walk(item, f"{pointer}/{escape(str(key))}")
    elif isinstance(value, list):
        for number, item in enumerate(value):
            yield from _walk(item, f"{pointer}/{number}")


def _listed(entries: Any, pointer: str) -> list[Any]:
    """Return the entries of an ``x-acknowledged`` marker, which must be a list."""
    if not isinstance(entries, list):
        raise AcknowledgementError(f"{pointer}: {MARKER} must be a list of entries")
    return entries


def _entry(item: Any, pointer: str, number: int) -> Acknowledgement:
    """Read one entry, checking its keys and attribute."""
    if not isinstance(item, dict) or set(item) != _KEYS:
        raise AcknowledgementError(
            f"{pointer}/{MARKER}/{number}: an entry has exactly the keys {', '.join(sorted(_KEYS))}"
        )
    if item["attribute"] not in ATTRIBUTES:
        raise AcknowledgementError(
            f"{pointer}/{MARKER}/{number}: attribute {item['attribute']!r} is not one of "
            f"{', '.join(sorted(ATTRIBUTES))}"
        )
    return Acknowledgement(
        decision=str(item["decision"]),
        attribute=item["attribute"],
        page=canonical(item["page"]),
        spec=canonical(item["spec"]),
        pointer=pointer,
        index=number,
    )


def _shown(value: Any) -> str:
    """Show a canonical value: lists in brackets, none as 'none'."""
    if value is None:
        return "none"
    if isinstance(value, tuple):
        return "[" + ", ".join(repr(item) for item in value) + "]"
    return repr(value)


def in_scope(spec: dict[str, Any], operation: Any) -> set[int]:
    """Return the identities of every node an operation reaches, ``$ref`` followed: its acknowledgements."""
    seen: set[int] = set()
    stack = [operation]
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, dict) and id(value) not in seen:
            seen.add(id(value))
            stack.extend(value.values())
            if isinstance(value.get("$ref"), str) and value["$ref"].startswith("#/"):
                stack.append(_resolve(spec, value["$ref"]))
    return seen


def _resolve(spec: dict[str, Any], pointer: str) -> Any:
    """Return the node a local ``$ref`` points at (None when it points nowhere)."""
    try:
        return target(spec, pointer)
    except KeyError:
        return None
