"""How a page's type words map onto spec types, shared by the page diff and the example walk."""

from __future__ import annotations

from typing import Any

from ._specnodes import types

# Page type word -> (spec type, formats accepted; None: any format).
EXPECTED: dict[str, tuple[str, tuple[str | None, ...] | None]] = {
    "Integer": ("integer", ("int32", None)),
    "Long": ("integer", ("int64",)),
    "Float": ("number", ("float", "double", None)),
    "Double": ("number", ("double", None)),
    "Number": ("number", None),
    "Boolean": ("boolean", None),
    "String": ("string", None),
    "Array": ("array", None),
    "Object": ("object", None),
    "Map": ("object", None),
}


def page_type_fits(page_type: str, schema: dict[str, Any]) -> bool:
    """Tell whether a page type word names exactly the schema's type (and format)."""
    if page_type not in EXPECTED:
        return False
    wanted, formats = EXPECTED[page_type]
    return types(schema) == {wanted} and (formats is None or schema.get("format") in formats)


def json_type(value: Any) -> str:
    """Name the JSON type of a parsed example value."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    names = {float: "number", str: "string", list: "array", dict: "object", type(None): "null"}
    return names.get(type(value), "unknown")


def value_fits(value: Any, schema: dict[str, Any]) -> bool:
    """Tell whether an example value has a type the schema allows (an integer is also a number)."""
    allowed = types(schema)
    kind = json_type(value)
    return not allowed or kind in allowed or (kind == "integer" and "number" in allowed)
