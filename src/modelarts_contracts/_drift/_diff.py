"""Compare a page model with the spec: operation, parameters, response objects and example bodies.

Page objects are matched to spec schemas by where they are referenced from (the operation's
200 response, then each field's ``$ref`` or ``items.$ref``), never by a name table; a page
object's name must still be the component's name or one of its ``x-page-name`` values, so a
renamed object shows up. Each difference is checked against the spec's acknowledgements.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import _spec
from ._acknowledged import Acknowledgement, decision_ids, settle
from ._acknowledged import index as acknowledgements
from ._difference import Difference, Where
from ._examples import walk_example
from ._model import Field, ObjectTable, Page, Param
from ._specnodes import Node, at, child, escape
from ._values import compare_value


def operation_of(page: Page, spec: dict[str, Any]) -> str:
    """Return the operationId of the spec operation a page documents, or its method and URI."""
    for operation_id, (method, path, _) in _spec.operations(spec).items():
        if method == page.method and path == page.uri:
            return operation_id
    return f"{page.method} {page.uri}"


def diff_page(
    page: Page,
    spec: dict[str, Any],
    decisions_path: Path | None = None,
    used: set[Acknowledgement] | None = None,
) -> list[Difference]:
    """Return every difference between one page and the spec, acknowledged ones included.

    ``used`` collects the spec's acknowledgements that matched a difference of this page; one
    that matches none on any page read is stale. Raises ``AcknowledgementError`` on a malformed
    ``x-acknowledged`` entry.
    """
    path = decisions_path or _spec.spec_path().with_name("DECISIONS.md")
    differ = _Differ(page, spec, decision_ids(path))
    found = differ.run()
    if used is not None:
        used.update(differ.used)
    return found


class _Differ:
    """Collects the differences of one page."""

    def __init__(self, page: Page, spec: dict[str, Any], decisions: frozenset[str]) -> None:
        self.page, self.spec, self.decisions = page, spec, decisions
        self.acks = acknowledgements(spec)
        self.used: set[Acknowledgement] = set()
        self.found: list[Difference] = []
        self.operation = f"{page.method} {page.uri}"
        self.mapped: dict[str, str] = {}

    def run(self) -> list[Difference]:
        """Compare everything the page documents."""
        operation = self._operation()
        if operation is None:
            where = Where(self.page.uri_line, "operation", "#/paths", ())
            self._note(
                where, "operation", f"{self.operation} is not an operation of the spec", self.operation, None
            )
            return self.found
        self._params(operation)
        body = self._response_schema(operation)
        if self.page.body is not None and body is not None:
            self._objects(self.page.body, body)
        for example in self.page.examples:
            if example.is_response and body is not None:
                walk_example(self.spec, example, example.value, body, "body", self._note)
        return self.found

    def _note(self, where: Where, aspect: str, message: str, page_value: Any, spec_value: Any) -> None:
        """Record a difference, acknowledged when the acknowledgements on its nodes settle exactly it."""
        candidates = [ack for node in where.nodes for ack in self.acks.get(id(node), [])]
        settled, matched = settle(candidates, aspect, page_value, spec_value, self.decisions)
        self.used.update(matched)
        by = ", ".join(dict.fromkeys(ack.decision for ack in matched)) if settled else None
        self.found.append(
            Difference(
                self.operation,
                self.page.path,
                where.line,
                where.subject,
                aspect,
                message,
                where.pointer,
                by,
                page_value,
                spec_value,
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
                where = Where(param.line, _param_subject(param), f"{operation.pointer}/parameters", ())
                self._note(where, "presence", "on the page, not in the spec", "present", "absent")
            else:
                self._param(param, node)
        for (location, name), node in declared.items():
            assert node is not None  # only present parameters are filed
            where = Where(self.page.uri_line, f"{location} parameter '{name}'", node.pointer, node.chain)
            self._note(where, "presence", "in the spec, not on the page", "absent", "present")

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
        where = Where(param.line, _param_subject(param), node.pointer, (*node.chain, *schema.chain))
        required = bool(node.value.get("required"))
        if param.mandatory != required:
            message = f"mandatory: page {_yes(param.mandatory)}, spec {_yes(required)}"
            self._note(where, "mandatory", message, param.mandatory, required)
        compare_value(self.spec, param.facts, schema, where, self._note)

    def _response_schema(self, operation: Node) -> Node | None:
        """Return the schema of the operation's 200 JSON response, if it has one."""
        return child(self.spec, operation, "responses", "200", "content", "application/json", "schema")

    def _objects(self, body: ObjectTable, schema: Node) -> None:
        """Compare the body table and every object table reached from it by reference."""
        queue = [(body, schema)]
        while queue:
            table, node = queue.pop(0)
            queue.extend(self._object(table, node))
        for name, table in self.page.objects.items():
            if name not in self.mapped:
                where = Where(table.line, f"object {name}", "-", ())
                self._note(where, "object", "object table is not reached from the response body", name, None)

    def _object(self, table: ObjectTable, node: Node) -> list[tuple[ObjectTable, Node]]:
        """Compare one object table with one schema; return the nested pairs still to compare."""
        self._name(table, node)
        nested = []
        for row in table.fields.values():
            nested.extend(self._field(table, row, node))
        self._missing(table, node, node.value.get("properties", {}))
        return nested

    def _field(self, table: ObjectTable, row: Field, node: Node) -> list[tuple[ObjectTable, Node]]:
        """Compare one field row with the property of that name; return the nested pair it leads to."""
        subject = f"field '{table.name or 'response body'}.{row.name}'"
        owner = self._owner(node, row.name)
        if owner is None:
            # Strict: a marker on the object does not cover a row the spec has never seen.
            where = Where(row.line, subject, f"{node.pointer}/properties", ())
            self._note(where, "presence", "on the page, not in the spec", "present", "absent")
            return []
        prop = child(self.spec, owner, "properties", row.name)
        assert prop is not None  # _owner found the name among owner's properties
        where = Where(row.line, subject, f"{owner.pointer}/properties/{escape(row.name)}", prop.chain)
        target = compare_value(self.spec, row.facts, prop, where, self._note)
        return self._nested(row.facts.ref, target, where) if target is not None and row.facts.ref else []

    def _owner(self, node: Node, name: str) -> Node | None:
        """Return the schema declaring ``name``: this one, or the one its ``x-page-fields-of`` names."""
        if name in node.value.get("properties", {}):
            return node
        spread = self._fields_of(node)
        return spread if spread is not None and name in spread.value.get("properties", {}) else None

    def _nested(self, name: str, target: Node, where: Where) -> list[tuple[ObjectTable, Node]]:
        """Pair the page object ``name`` with the schema it is referenced as, once."""
        if name in self.mapped:
            if self.mapped[name] != target.pointer:
                self._note(
                    where,
                    "object",
                    f"object {name} maps to both {self.mapped[name]} and {target.pointer}",
                    name,
                    target.pointer,
                )
            return []
        self.mapped[name] = target.pointer
        if name not in self.page.objects:
            self._note(where, "object", f"the page names object {name} but has no table for it", name, None)
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
        where = Where(table.line, f"object {table.name}", node.pointer, ())
        self._note(
            where, "name", f"object name: page {table.name}, spec knows {', '.join(names)}", table.name, names
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
                where = Where(
                    table.line,
                    f"field '{table.name or 'response body'}.{name}'",
                    f"{node.pointer}/properties/{escape(name)}",
                    nodes,
                )
                self._note(where, "presence", "in the spec, not on the page", "absent", "present")


def _param_subject(param: Param) -> str:
    """Name a parameter row in a report line."""
    return f"{param.location} parameter '{param.name}'"


def _yes(flag: bool) -> str:
    """Spell a mandatory flag as the pages do."""
    return "Yes" if flag else "No"
