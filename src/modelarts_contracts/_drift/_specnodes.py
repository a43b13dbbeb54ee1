"""Walk spec nodes by JSON pointer: follow ``$ref`` while keeping every node passed through.

The drift reader needs both the resolved schema (to compare) and the nodes on the way to it
(a property that is only a ``$ref`` may carry no marker while its target carries ``x-decision``),
plus the pointer of each, to tell the maintainer where in the spec a difference sits.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from modelarts_contracts._spec import target

COMPONENT_PREFIX = "#/components/schemas/"


@dataclass(frozen=True)
class Node:
    """A spec node reached by following references: the resolved node, its pointer, the nodes passed."""

    value: dict[str, Any]
    pointer: str
    chain: tuple[dict[str, Any], ...]

    def component(self) -> str | None:
        """Return the component schema name when the node is one, else None."""
        rest = self.pointer.removeprefix(COMPONENT_PREFIX)
        return rest if rest != self.pointer and "/" not in rest else None


def escape(part: str) -> str:
    """Escape one JSON pointer segment."""
    return part.replace("~", "~0").replace("/", "~1")


def at(spec: dict[str, Any], value: Any, pointer: str, chain: tuple[dict[str, Any], ...] = ()) -> Node:
    """Return the node at ``pointer`` (whose content is ``value``), references followed."""
    seen = set()
    while isinstance(value, dict) and "$ref" in value and value["$ref"] not in seen:
        seen.add(value["$ref"])
        chain = (*chain, value)
        pointer = value["$ref"]
        value = target(spec, pointer)
    return Node(value=value if isinstance(value, dict) else {}, pointer=pointer, chain=(*chain, value))


def child(spec: dict[str, Any], node: Node, *parts: str) -> Node | None:
    """Return the node under ``node`` at ``parts`` (references followed), or None if it is absent."""
    value: Any = node.value
    for part in parts:
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    pointer = "/".join([node.pointer, *(escape(part) for part in parts)])
    return at(spec, value, pointer)


def types(schema: dict[str, Any]) -> set[str]:
    """Return the JSON types a schema allows (``type`` may be a string or a list)."""
    declared = schema.get("type")
    if declared is None:
        return set()
    return {declared} if isinstance(declared, str) else set(declared)


def label(spec: dict[str, Any], node: Node) -> str:
    """Describe a schema's type for a report line: ``integer/int64``, ``array of ProcessorTask``."""
    schema = node.value
    if "array" in types(schema) and (items := child(spec, node, "items")) is not None:
        return f"array of {items.component() or label(spec, items)}"
    words = "|".join(sorted(types(schema))) or "any"
    return f"{words}/{schema['format']}" if "format" in schema else words
