"""Response bodies built from the spec's schemas, and every field site in them, for tolerance tests.

Nothing here lists a field by hand: the sites come from walking the 200 response schemas of the
four operations, so a field added to the spec is covered by the tests that use them.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from modelarts_contracts import _spec

Path = tuple[str | int, ...]
SPEC = _spec.load_spec()


@dataclass(frozen=True)
class Site:
    """One field of a body: where it is, its schema, and whether its object requires it."""

    operation: str
    path: Path
    schema: dict[str, Any]
    required: bool

    @property
    def id(self) -> str:
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in self.path)
        return f"{self.operation}{where}"


def resolved(node: dict[str, Any]) -> dict[str, Any]:
    """``node`` with its ``$ref`` followed."""
    found: dict[str, Any] = _spec.resolve(node, SPEC)
    return found


def response_schema(operation: str) -> dict[str, Any]:
    """The resolved schema of ``operation``'s 200 body."""
    answer = _spec.operations(SPEC)[operation][2]["responses"]["200"]
    return resolved(answer["content"]["application/json"]["schema"])


def model_name(operation: str) -> str:
    """The generated model that reads ``operation``'s 200 body (the schema's component name)."""
    answer = _spec.operations(SPEC)[operation][2]["responses"]["200"]
    ref: str = answer["content"]["application/json"]["schema"]["$ref"]
    return ref.rsplit("/", 1)[1]


def kind(schema: dict[str, Any]) -> str:
    """The JSON type a schema asks for (the first, when it lists several)."""
    declared = schema.get("type", "object")
    return declared[0] if isinstance(declared, list) else str(declared)


def sample(schema: dict[str, Any]) -> Any:
    """A valid value for ``schema`` with every property present (one item per list, one key per map)."""
    schema = resolved(schema)
    if "enum" in schema:
        return schema["enum"][-1]
    found = kind(schema)
    if found == "object":
        value = {name: sample(sub) for name, sub in schema.get("properties", {}).items()}
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            value["key"] = sample(extra)
        elif extra is True and not value:
            value["key"] = "value"
        return value
    if found == "array":
        return [sample(schema.get("items", {}))]
    return {"integer": 3, "number": 1.5, "string": "text", "boolean": True}[found]


def body(operation: str) -> dict[str, Any]:
    """A full, valid 200 body of ``operation``."""
    value: dict[str, Any] = sample(response_schema(operation))
    return value


def sites(operation: str) -> Iterator[Site]:
    """Every field of ``operation``'s full body, at every depth, with its JSON path."""
    yield from _walk(operation, response_schema(operation), ())


def _walk(operation: str, schema: dict[str, Any], path: Path) -> Iterator[Site]:
    schema = resolved(schema)
    if kind(schema) == "array":
        yield Site(operation, (*path, 0), resolved(schema.get("items", {})), True)
        yield from _walk(operation, schema.get("items", {}), (*path, 0))
        return
    if kind(schema) != "object" or "enum" in schema:
        return
    required = set(schema.get("required", []))
    for name, sub in schema.get("properties", {}).items():
        yield Site(operation, (*path, name), resolved(sub), name in required)
        yield from _walk(operation, sub, (*path, name))
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict):
        yield Site(operation, (*path, "key"), resolved(extra), True)
        yield from _walk(operation, extra, (*path, "key"))


def folded(path: Path) -> tuple[str, ...]:
    """A JSON path as ``ResponseParseError.path`` writes it: each index on the name before it."""
    parts: list[str] = []
    for part in path:
        if isinstance(part, int) and parts:
            parts[-1] += f"[{part}]"
        else:
            parts.append(f"[{part}]" if isinstance(part, int) else part)
    return tuple(parts)


def edited(operation: str, path: Path, value: Any) -> dict[str, Any]:
    """The full body of ``operation`` with the field at ``path`` set to ``value``."""
    document = copy.deepcopy(body(operation))
    target: Any = document
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return document


def read(parsed: Any, path: Path) -> Any:
    """The parsed model's value at a JSON ``path`` (field names as the generator spells them)."""
    value = parsed
    for part in path:
        if isinstance(part, int) or isinstance(value, dict):
            value = value[part]
        elif hasattr(value, "additional_properties") and part in value.additional_properties:
            value = value.additional_properties[part]
        else:
            value = getattr(value, _python_name(part))
    return value


def _python_name(name: str) -> str:
    """The attribute the generator makes of a JSON name (it renames the builtins it shadows)."""
    return name + "_" if name in {"type", "property"} else name
