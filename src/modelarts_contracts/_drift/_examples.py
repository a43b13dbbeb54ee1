"""Walk an example body along the spec schema: value types, enum values, keys, a missing envelope."""

from __future__ import annotations

from typing import Any

from ._acknowledged import normalized
from ._difference import Note, Where
from ._model import Example
from ._specnodes import Node, child, label, types
from ._types import value_fits


def walk_example(
    spec: dict[str, Any], example: Example, value: Any, node: Node, path: str, note: Note
) -> None:
    """Walk an example value along the schema: types, enum values, keys the spec does not name."""
    where = Where(example.line, f"example {path}", node.pointer, node.chain)
    if not value_fits(value, node.value):
        spelled = label(spec, node)
        note(where, "example", f"example value {value!r} is not {spelled}", value, spelled)
        return
    if "enum" in node.value and normalized(value) not in {normalized(item) for item in node.value["enum"]}:
        allowed = list(node.value["enum"])
        note(where, "example", f"example value {value!r} is not an enum value of the spec", value, allowed)
    if isinstance(value, dict):
        _example_object(spec, example, value, node, path, note)
    elif isinstance(value, list) and (items := child(spec, node, "items")) is not None:
        for item in value:
            walk_example(spec, example, item, items, f"{path}[]", note)


def _example_object(
    spec: dict[str, Any], example: Example, value: dict[str, Any], node: Node, path: str, note: Note
) -> None:
    """Walk the keys of an example object; list the keys the schema does not declare."""
    properties = node.value.get("properties", {})
    if (bare := _bare_item(spec, value, node)) is not None:
        name, items = bare
        envelope = "{" + ", ".join(properties) + "}"
        item = items.component() or label(spec, items)
        where = Where(example.line, f"example {path}", node.pointer, node.chain)
        message = f"example is one {item} without its envelope {envelope}"
        note(where, "envelope", message, item, list(properties))
        walk_example(spec, example, value, items, f"{path}.{name}[]", note)
        return
    unknown = [key for key in value if key not in properties]
    if properties and unknown:
        where = Where(example.line, f"example {path}", node.pointer, node.chain)
        note(where, "presence", f"example keys not in the spec: {', '.join(unknown)}", unknown, None)
    for key, item in value.items():
        prop = child(spec, node, "properties", key) if key in properties else None
        if prop is not None:
            walk_example(spec, example, item, prop, f"{path}.{key}", note)


def _bare_item(spec: dict[str, Any], value: dict[str, Any], node: Node) -> tuple[str, Node] | None:
    """Return the list property and item schema when ``value`` is one item sent without the envelope.

    That is an object with none of the envelope's keys, most of whose keys are properties of the
    items of one of the envelope's arrays (003's example response: one task, no ``{count, tasks}``).
    """
    properties = node.value.get("properties", {})
    if not properties or not value or any(key in properties for key in value):
        return None
    for name in properties:
        array = child(spec, node, "properties", name)
        items = child(spec, array, "items") if array is not None and "array" in types(array.value) else None
        known = set(items.value.get("properties", {})) if items is not None else set()
        if items is not None and 2 * len(known & set(value)) > len(value):
            return name, items
    return None
