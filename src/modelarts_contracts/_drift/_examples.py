"""Walk an example body along the spec schema: value types, enum values, keys the spec does not name."""

from __future__ import annotations

from typing import Any

from ._acknowledged import normalized
from ._difference import Note, Where
from ._model import Example
from ._specnodes import Node, child, label
from ._types import value_fits


def walk_example(
    spec: dict[str, Any], example: Example, value: Any, node: Node, path: str, note: Note
) -> None:
    """Walk an example value along the schema: types, enum values, keys the spec does not name."""
    where = Where(example.line, f"example {path}", node.pointer, node.chain)
    if not value_fits(value, node.value):
        note(where, "example", f"example value {value!r} is not {label(spec, node)}", value)
        return
    if "enum" in node.value and normalized(value) not in {normalized(item) for item in node.value["enum"]}:
        note(where, "example", f"example value {value!r} is not an enum value of the spec", value)
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
    unknown = [key for key in value if key not in properties]
    if properties and unknown:
        where = Where(example.line, f"example {path}", node.pointer, node.chain)
        note(where, "extra", f"example keys not in the spec: {', '.join(unknown)}", unknown)
    for key, item in value.items():
        prop = child(spec, node, "properties", key) if key in properties else None
        if prop is not None:
            walk_example(spec, example, item, prop, f"{path}.{key}", note)
