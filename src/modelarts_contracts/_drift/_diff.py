"""Compare a page model with the spec: operation, parameters, response objects and example bodies.

Page objects are matched to spec schemas by where they are referenced from (the operation's
200 response, then each field's ``$ref`` or ``items.$ref``), never by a name table; a page
object's name must still be the component's name or one of its ``x-page-name`` values, so a
renamed object shows up. Each difference is checked against the spec's acknowledgements.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import _spec
from ._acknowledged import acknowledgement, decision_ids, normalized
from ._model import Example, Facts, ObjectTable, Page, Param
from ._specnodes import Node, at, child, escape, label
from ._types import EXPECTED, page_type_fits, value_fits


@dataclass(frozen=True)
class Difference:
    """One way a page and the spec disagree, where, and what acknowledges it (None: drift)."""

    operation: str
    page: str
    line: int
    subject: str
    aspect: str
    message: str
    spec: str
    acknowledged: str | None = None


@dataclass(frozen=True)
class _Where:
    """Where a compared value sits: page line, subject for the report, spec pointer, marker nodes."""

    line: int
    subject: str
    pointer: str
    nodes: tuple[dict[str, Any], ...]


def operation_of(page: Page, spec: dict[str, Any]) -> str:
    """Return the operationId of the spec operation a page documents, or its method and URI."""
    for operation_id, (method, path, _) in _spec.operations(spec).items():
        if method == page.method and path == page.uri:
            return operation_id
    return f"{page.method} {page.uri}"


def diff_page(page: Page, spec: dict[str, Any], decisions_path: Path | None = None) -> list[Difference]:
    """Return every difference between one page and the spec, acknowledged ones included."""
    path = decisions_path or _spec.spec_path().with_name("DECISIONS.md")
    return _Differ(page, spec, decision_ids(path)).run()


class _Differ:
    """Collects the differences of one page."""

    def __init__(self, page: Page, spec: dict[str, Any], decisions: frozenset[str]) -> None:
        self.page, self.spec, self.decisions = page, spec, decisions
        self.found: list[Difference] = []
        self.operation = f"{page.method} {page.uri}"
        self.mapped: dict[str, str] = {}

    def run(self) -> list[Difference]:
        """Compare everything the page documents."""
        operation = self._operation()
        if operation is None:
            where = _Where(self.page.uri_line, "operation", "#/paths", ())
            self._note(where, "operation", f"{self.operation} is not an operation of the spec", None)
            return self.found
        self._params(operation)
        body = self._response_schema(operation)
        if self.page.body is not None and body is not None:
            self._objects(self.page.body, body)
        for example in self.page.examples:
            if example.is_response and body is not None:
                self._example(example, example.value, body, "body")
        return self.found

    def _note(self, where: _Where, aspect: str, message: str, page_value: Any) -> None:
        """Record a difference, acknowledged or not."""
        ack = acknowledgement(where.nodes, aspect, page_value, self.decisions)
        self.found.append(
            Difference(
                self.operation, self.page.path, where.line, where.subject, aspect, message, where.pointer, ack
            )
        )

    def _operation(self) -> Node | None:
        """Return the spec operation with the page's method and URI, named by its operationId."""
        self.operation = operation_of(self.page, self.spec)
        found = _spec.operations(self.spec).get(self.operation)
        if found is None:
            return None
        method, path, raw = found
        return at(self.spec, raw, f"#/paths/{escape(path)}/{method.lower()}")

    def _params(self, operation: Node) -> None:
        """Compare the page's parameter rows with the operation's parameters, both ways."""
        declared = self._declared(operation)
        for param in self.page.params:
            node = declared.pop((param.location, param.name), None)
            if param.location == "header" and param.name.lower() in self._credential_headers():
                continue  # Credentials are the spec's security schemes, not parameters.
            if node is None:
                where = _Where(
                    param.line, _param_subject(param), f"{operation.pointer}/parameters", operation.chain
                )
                self._note(where, "extra", "on the page, not in the spec", param.name)
            else:
                self._param(param, node)
        for (location, name), node in declared.items():
            assert node is not None  # noqa: S101 - only present parameters are filed
            where = _Where(self.page.uri_line, f"{location} parameter '{name}'", node.pointer, node.chain)
            self._note(where, "missing", "in the spec, not on the page", name)

    def _credential_headers(self) -> set[str]:
        """Return the (lower-cased) header names the spec's apiKey security schemes use."""
        schemes = self.spec.get("components", {}).get("securitySchemes", {}).values()
        return {str(scheme.get("name", "")).lower() for scheme in schemes if scheme.get("in") == "header"}

    def _declared(self, operation: Node) -> dict[tuple[str, str], Node | None]:
        """Return the operation's parameters by (location, name), references followed."""
        declared: dict[tuple[str, str], Node | None] = {}
        for index, raw in enumerate(operation.value.get("parameters", [])):
            node = at(self.spec, raw, f"{operation.pointer}/parameters/{index}")
            declared[(str(node.value.get("in")), str(node.value.get("name")))] = node
        return declared

    def _param(self, param: Param, node: Node) -> None:
        """Compare one parameter row with the spec parameter of the same location and name."""
        schema = child(self.spec, node, "schema") or node
        where = _Where(param.line, _param_subject(param), node.pointer, (*node.chain, *schema.chain))
        required = bool(node.value.get("required"))
        if param.mandatory != required:
            message = f"mandatory: page {_yes(param.mandatory)}, spec {_yes(required)}"
            self._note(where, "mandatory", message, param.mandatory)
        self._value(param.facts, schema, where)

    def _response_schema(self, operation: Node) -> Node | None:
        """Return the schema of the operation's 200 JSON response, if it has one."""
        return child(self.spec, operation, "responses", "200", "content", "application/json", "schema")

    def _value(self, facts: Facts, node: Node, where: _Where) -> Node | None:
        """Compare a row's facts with a schema; return the schema of the nested object it names."""
        self._type(facts, node, where)
        target = child(self.spec, node, "items") if facts.is_array else node
        target = target or node
        self._enum(facts, target, where)
        self._default(facts, node, where)
        self._range(facts, node, where)
        return target if facts.ref else None

    def _type(self, facts: Facts, node: Node, where: _Where) -> None:
        """Report a type that does not map onto the spec's type (or the array's item type)."""
        if not page_type_fits(facts.type, node.value):
            known = "" if facts.type in EXPECTED else " (a type word the reader does not know)"
            self._note(
                where, "type", f"type: page {facts.type}{known}, spec {label(self.spec, node)}", facts.type
            )
            return
        items = child(self.spec, node, "items")
        if facts.items and items is not None and not page_type_fits(facts.items, items.value):
            self._note(
                where,
                "type",
                f"item type: page {facts.items}, spec {label(self.spec, items)}",
                f"Array of {facts.items}",
            )

    def _enum(self, facts: Facts, node: Node, where: _Where) -> None:
        """Report enum options added or dropped (booleans' true/false are not an enum)."""
        page = {normalized(word) for word in facts.enum} if facts.type != "Boolean" else set()
        spec = (
            {normalized(value) for value in node.value.get("enum", [])} if facts.type != "Boolean" else set()
        )
        if page != spec:
            parts = [
                f"page adds {_words(page - spec)}" if page - spec else "",
                f"spec adds {_words(spec - page)}" if spec - page else "",
            ]
            self._note(where, "enum", "enum: " + "; ".join(part for part in parts if part), list(facts.enum))

    def _default(self, facts: Facts, node: Node, where: _Where) -> None:
        """Report a default the page and the spec do not share."""
        spec = normalized(node.value["default"]) if "default" in node.value else None
        page = normalized(facts.default) if facts.default is not None else None
        if page != spec:
            self._note(where, "default", f"default: page {_shown(page)}, spec {_shown(spec)}", facts.default)

    def _range(self, facts: Facts, node: Node, where: _Where) -> None:
        """Report a range the page states and the spec does not share (or a spec range the page drops)."""
        low, high = node.value.get("minimum"), node.value.get("maximum")
        spec = (float(low), float(high)) if low is not None and high is not None else None
        if facts.range is None and spec is None:
            return
        if facts.range is None or spec is None or facts.range != spec or None in (low, high):
            self._note(
                where,
                "range",
                f"range: page {_span(facts.range)}, spec {_span((low, high))}",
                list(facts.range) if facts.range else None,
            )

    def _objects(self, body: ObjectTable, schema: Node) -> None:
        """Compare the body table and every object table reached from it by reference."""
        queue = [(body, schema)]
        while queue:
            table, node = queue.pop(0)
            queue.extend(self._object(table, node))
        for name, table in self.page.objects.items():
            if name not in self.mapped:
                where = _Where(table.line, f"object {name}", "-", ())
                self._note(where, "object", "object table is not reached from the response body", name)

    def _object(self, table: ObjectTable, node: Node) -> list[tuple[ObjectTable, Node]]:
        """Compare one object table with one schema; return the nested pairs still to compare."""
        self._name(table, node)
        spread = self._fields_of(node)
        properties = node.value.get("properties", {})
        nested = []
        for name, row in table.fields.items():
            owner = (
                node
                if name in properties
                else spread
                if spread and name in spread.value.get("properties", {})
                else None
            )
            subject = f"field '{table.name or 'response body'}.{name}'"
            if owner is None:
                self._note(
                    _Where(row.line, subject, f"{node.pointer}/properties", node.chain),
                    "extra",
                    "on the page, not in the spec",
                    name,
                )
                continue
            prop = child(self.spec, owner, "properties", name)
            assert prop is not None  # noqa: S101 - the name is one of owner's properties
            where = _Where(row.line, subject, f"{owner.pointer}/properties/{escape(name)}", prop.chain)
            target = self._value(row.facts, prop, where)
            if target is not None and row.facts.ref:
                nested.extend(self._nested(row.facts.ref, target, where))
        self._missing(table, node, properties)
        return nested

    def _nested(self, name: str, target: Node, where: _Where) -> list[tuple[ObjectTable, Node]]:
        """Pair the page object ``name`` with the schema it is referenced as, once."""
        if name in self.mapped:
            if self.mapped[name] != target.pointer:
                self._note(
                    where,
                    "object",
                    f"object {name} maps to both {self.mapped[name]} and {target.pointer}",
                    name,
                )
            return []
        self.mapped[name] = target.pointer
        if name not in self.page.objects:
            self._note(where, "object", f"the page names object {name} but has no table for it", name)
            return []
        return [(self.page.objects[name], target)]

    def _name(self, table: ObjectTable, node: Node) -> None:
        """Report a page object whose name is neither the component's nor one of its ``x-page-name``.

        The recorded names are the whole acknowledgement, so an ``x-decision`` on the schema does
        not hide a rename.
        """
        component = node.component()
        recorded = node.value.get("x-page-name", [])
        names = [component, *(recorded if isinstance(recorded, list) else [recorded])]
        if table.name is None or component is None or table.name in names:
            return
        where = _Where(table.line, f"object {table.name}", node.pointer, ())
        self._note(
            where, "name", f"object name: page {table.name}, spec knows {', '.join(names)}", table.name
        )

    def _fields_of(self, node: Node) -> Node | None:
        """Return the schema named by ``x-page-fields-of`` (rows of the table that belong to it)."""
        name = node.value.get("x-page-fields-of")
        if not name:
            return None
        return at(self.spec, {"$ref": f"#/components/schemas/{name}"}, "")

    def _missing(self, table: ObjectTable, node: Node, properties: dict[str, Any]) -> None:
        """Report the schema's properties that the page's table does not list."""
        for name in properties:
            if name not in table.fields:
                prop = child(self.spec, node, "properties", name)
                nodes = prop.chain if prop else node.chain
                where = _Where(
                    table.line,
                    f"field '{table.name or 'response body'}.{name}'",
                    f"{node.pointer}/properties/{escape(name)}",
                    nodes,
                )
                self._note(where, "missing", "in the spec, not on the page", name)

    def _example(self, example: Example, value: Any, node: Node, path: str) -> None:
        """Walk an example value along the schema: types, enum values, keys the spec does not name."""
        where = _Where(example.line, f"example {path}", node.pointer, node.chain)
        if not value_fits(value, node.value):
            self._note(where, "example", f"example value {value!r} is not {label(self.spec, node)}", value)
            return
        if "enum" in node.value and normalized(value) not in {
            normalized(item) for item in node.value["enum"]
        }:
            self._note(where, "example", f"example value {value!r} is not an enum value of the spec", value)
        if isinstance(value, dict):
            self._example_object(example, value, node, path)
        elif isinstance(value, list) and (items := child(self.spec, node, "items")) is not None:
            for item in value:
                self._example(example, item, items, f"{path}[]")

    def _example_object(self, example: Example, value: dict[str, Any], node: Node, path: str) -> None:
        """Walk the keys of an example object; list the keys the schema does not declare."""
        properties = node.value.get("properties", {})
        unknown = [key for key in value if key not in properties]
        if properties and unknown:
            where = _Where(example.line, f"example {path}", node.pointer, node.chain)
            self._note(where, "extra", f"example keys not in the spec: {', '.join(unknown)}", unknown)
        for key, item in value.items():
            prop = child(self.spec, node, "properties", key) if key in properties else None
            if prop is not None:
                self._example(example, item, prop, f"{path}.{key}")


def _param_subject(param: Param) -> str:
    """Name a parameter row in a report line."""
    return f"{param.location} parameter '{param.name}'"


def _words(words: set[str]) -> str:
    """List enum words, sorted, an empty word shown as ''."""
    return ", ".join(word or "''" for word in sorted(words))


def _yes(flag: bool) -> str:
    """Spell a mandatory flag as the pages do."""
    return "Yes" if flag else "No"


def _shown(value: str | None) -> str:
    """Show a value, or 'none'."""
    return "none" if value is None else repr(value)


def _span(bounds: tuple[Any, Any] | None) -> str:
    """Show a range, or 'none'."""
    if bounds is None or bounds == (None, None):
        return "none"
    low, high = ("" if bound is None else normalized(bound) for bound in bounds)
    return f"{low}..{high}"
