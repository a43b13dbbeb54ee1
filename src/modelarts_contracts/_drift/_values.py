"""Compare what a page row says about one value (type, enum, default, range) with its spec schema."""

from __future__ import annotations

from typing import Any

from ._acknowledged import normalized
from ._difference import Note, Where
from ._model import Facts
from ._specnodes import Node, child, label
from ._types import EXPECTED, page_type_fits


def compare_value(spec: dict[str, Any], facts: Facts, node: Node, where: Where, note: Note) -> Node | None:
    """Compare a row's facts with a schema; return the schema of the nested object it names."""
    _type(spec, facts, node, where, note)
    target = child(spec, node, "items") if facts.is_array else node
    target = target or node
    _enum(facts, target, where, note)
    _default(facts, node, where, note)
    _range(facts, node, where, note)
    return target if facts.ref else None


def _type(spec: dict[str, Any], facts: Facts, node: Node, where: Where, note: Note) -> None:
    """Report a type that does not map onto the spec's type (or the array's item type)."""
    if not page_type_fits(facts.type, node.value):
        known = "" if facts.type in EXPECTED else " (a type word the reader does not know)"
        spelled = label(spec, node)
        note(where, "type", f"type: page {facts.type}{known}, spec {spelled}", facts.type, spelled)
        return
    items = child(spec, node, "items")
    if facts.items and items is not None and not page_type_fits(facts.items, items.value):
        spelled = label(spec, items)
        note(
            where,
            "type",
            f"item type: page {facts.items}, spec {spelled}",
            f"Array of {facts.items}",
            spelled,
        )


def _enum(facts: Facts, node: Node, where: Where, note: Note) -> None:
    """Report enum options added or dropped (booleans' true/false are not an enum)."""
    page = {normalized(word) for word in facts.enum} if facts.type != "Boolean" else set()
    declared = (
        {normalized(value) for value in node.value.get("enum", [])} if facts.type != "Boolean" else set()
    )
    if page != declared:
        parts = [
            f"page adds {_words(page - declared)}" if page - declared else "",
            f"spec adds {_words(declared - page)}" if declared - page else "",
        ]
        message = "enum: " + "; ".join(part for part in parts if part)
        note(where, "enum", message, sorted(page - declared), sorted(declared - page))


def _default(facts: Facts, node: Node, where: Where, note: Note) -> None:
    """Report a default the page and the spec do not share."""
    declared = normalized(node.value["default"]) if "default" in node.value else None
    page = normalized(facts.default) if facts.default is not None else None
    if page != declared:
        note(where, "default", f"default: page {_shown(page)}, spec {_shown(declared)}", page, declared)


def _range(facts: Facts, node: Node, where: Where, note: Note) -> None:
    """Report a range the page states and the spec does not share (or a spec range the page drops)."""
    low, high = node.value.get("minimum"), node.value.get("maximum")
    declared = (float(low), float(high)) if low is not None and high is not None else None
    if facts.range is None and declared is None:
        return
    if facts.range is None or declared is None or facts.range != declared or None in (low, high):
        page, spec = _span(facts.range), _span((low, high))
        note(where, "range", f"range: page {page}, spec {spec}", _value(page), _value(spec))


def _value(span: str) -> str | None:
    """Return a shown range as the value an acknowledgement names (None for no range)."""
    return None if span == "none" else span


def _words(words: set[str]) -> str:
    """List enum words, sorted, an empty word shown as ''."""
    return ", ".join(word or "''" for word in sorted(words))


def _shown(value: str | None) -> str:
    """Show a value, or 'none'."""
    return "none" if value is None else repr(value)


def _span(bounds: tuple[Any, Any] | None) -> str:
    """Show a range, or 'none'."""
    if bounds is None or bounds == (None, None):
        return "none"
    low, high = ("" if bound is None else normalized(bound) for bound in bounds)
    return f"{low}..{high}"
