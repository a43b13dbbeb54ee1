"""Reading an operation's query string by the rules of its parameters in spec/openapi.yaml.

Types, ranges, enums, defaults and array styles are all taken from the spec: a value outside
them is a :class:`QueryError`, which the app answers with 400 (spec D10).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import attrs

from modelarts_contracts import _spec

_INTEGER = re.compile(r"-?[0-9]+")
_FORMAT_RANGE = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


class QueryError(ValueError):
    """A query value the operation does not accept; the message names the parameter."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"Invalid parameter {name}: {reason}.")
        self.name = name


@attrs.frozen
class Parameter:
    """One query parameter: its name, schema and how to read it."""

    name: str
    schema: dict[str, Any]
    read: Callable[[str, dict[str, Any], list[str]], Any]

    def value(self, raw: list[str]) -> Any:
        """The parameter's value from its raw query values, or its default when it is absent."""
        if not raw:
            return self.schema.get("default")
        return self.read(self.name, self.schema, raw)


def _single(name: str, raw: list[str]) -> str:
    if len(set(raw)) > 1:
        raise QueryError(name, "given more than once with different values")
    return raw[0]


def _check_enum(name: str, schema: dict[str, Any], value: Any) -> Any:
    if "enum" in schema and value not in schema["enum"]:
        raise QueryError(name, f"{value!r} is not one of {', '.join(map(str, schema['enum']))}")
    return value


def _integer(name: str, schema: dict[str, Any], raw: list[str]) -> int:
    text = _single(name, raw)
    if not _INTEGER.fullmatch(text):
        raise QueryError(name, f"{text[:40]!r} is not an integer")
    value = int(text)
    low, high = _FORMAT_RANGE.get(schema.get("format", "int64"), _FORMAT_RANGE["int64"])
    low, high = max(low, schema.get("minimum", low)), min(high, schema.get("maximum", high))
    if not low <= value <= high:
        raise QueryError(name, f"{value} is outside {low}..{high}")
    return int(_check_enum(name, schema, value))


def _boolean(name: str, schema: dict[str, Any], raw: list[str]) -> bool:
    text = _single(name, raw)
    if text not in ("true", "false"):
        raise QueryError(name, f"{text[:40]!r} is not true or false")
    return text == "true"


def _string(name: str, schema: dict[str, Any], raw: list[str]) -> str:
    text = _single(name, raw)
    if len(text) < schema.get("minLength", 0):
        raise QueryError(name, "must not be empty")
    return str(_check_enum(name, schema, text))


def _array(name: str, schema: dict[str, Any], raw: list[str]) -> list[str]:
    """Comma-joined (``style: form, explode: false``) or repeated: both are read (D7)."""
    items = [item for value in raw for item in value.split(",")]
    item_schema = schema.get("items", {})
    if len(items) < schema.get("minItems", 0) or any(len(i) < item_schema.get("minLength", 0) for i in items):
        raise QueryError(name, "needs one or more non-empty comma-separated values")
    return items


_READERS = {"integer": _integer, "boolean": _boolean, "array": _array}


def query_parameters(operation_id: str) -> list[Parameter]:
    """The query parameters of an operation, each with the reader its schema type needs."""
    found = []
    for name, parameter in _spec.parameters(operation_id).items():
        schema = _spec.resolve(parameter["schema"])
        found.append(Parameter(name, schema, _READERS.get(schema.get("type"), _string)))
    return found
