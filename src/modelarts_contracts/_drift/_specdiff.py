"""Compare two versions of the spec and say which changes can break a client or a server.

Direction matters. A change *widens* what may be sent in one direction (more types, more enum
values, a looser range, a dropped required field) or *narrows* it. In a request (parameters)
widening breaks servers built on the old spec (they reject what new clients send) and narrowing
breaks old clients (the new server rejects what they send). In a response it is the other way
round: widening breaks old clients (they meet values they do not know), narrowing breaks old
servers (they no longer satisfy the contract). So a new required response field breaks servers
only; a new required parameter breaks clients.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import _spec
from ._specnodes import Node, at, child, escape, types

CLIENTS, SERVERS = "clients", "servers"
_KEYWORD_BOUNDS = (
    ("minimum", "low"),
    ("maximum", "high"),
    ("minLength", "low"),
    ("maxLength", "high"),
    ("minItems", "low"),
    ("maxItems", "high"),
)


@dataclass(frozen=True)
class Change:
    """One change between two specs and whom it can break (empty: compatible)."""

    operation: str
    where: str
    message: str
    breaks: tuple[str, ...]


def diff_specs(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Return every change between two specs that matters to a client or a server."""
    return _SpecDiffer(old, new).run()


def _breaks(direction: str, widened: bool, narrowed: bool) -> tuple[str, ...]:
    """Return whom a widening and/or narrowing in ``direction`` (request or response) breaks."""
    who = set()
    if widened:
        who.add(SERVERS if direction == "request" else CLIENTS)
    if narrowed:
        who.add(CLIENTS if direction == "request" else SERVERS)
    return tuple(sorted(who))


class _SpecDiffer:
    """Collects the changes between two specs."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self.operation = ""
        self.seen: set[tuple[str, str, str]] = set()

    def run(self) -> list[Change]:
        """Compare operations, then each kept operation's parameters and 200 response."""
        old_ops, new_ops = _spec.operations(self.old), _spec.operations(self.new)
        for name in sorted(old_ops.keys() - new_ops.keys()):
            self._add(name, "operation", "removed", (CLIENTS,))
        for name in sorted(new_ops.keys() - old_ops.keys()):
            self._add(name, "operation", "added", (SERVERS,))
        for name in sorted(old_ops.keys() & new_ops.keys()):
            # A shared component is compared again for each operation, so each one it touches is listed.
            self.operation, self.seen = name, set()
            self._operation(old_ops[name], new_ops[name])
        return self.changes

    def _add(self, operation: str, where: str, message: str, breaks: tuple[str, ...]) -> None:
        """Record a change."""
        self.changes.append(Change(operation, where, message, breaks))

    def _note(self, where: str, message: str, breaks: tuple[str, ...]) -> None:
        """Record a change of the operation being compared."""
        self._add(self.operation, where, message, breaks)

    def _operation(self, old: tuple[str, str, dict[str, Any]], new: tuple[str, str, dict[str, Any]]) -> None:
        """Compare one operation kept in both specs."""
        if old[:2] != new[:2]:
            self._note("operation", f"moved from {old[0]} {old[1]} to {new[0]} {new[1]}", (CLIENTS, SERVERS))
        old_node = at(self.old, old[2], f"#/paths/{escape(old[1])}/{old[0].lower()}")
        new_node = at(self.new, new[2], f"#/paths/{escape(new[1])}/{new[0].lower()}")
        self._params(old_node, new_node)
        was = set(old_node.value.get("responses", {}))
        now = set(new_node.value.get("responses", {}))
        for status in sorted(now - was):  # a status the server may now give: clients already handle errors
            self._note(f"response {status}", "added", ())
        for status in sorted(was - now):  # a server still giving it would break the new contract
            self._note(f"response {status}", "removed", (SERVERS,))
        for status in sorted(was & now):
            self._response(old_node, new_node, status)

    def _response(self, old: Node, new: Node, status: str) -> None:
        """Compare the JSON body of one response status both versions declare."""
        keys = ("content", "application/json", "schema")
        old_body, new_body = (
            _under(spec, child(spec, node, "responses", status), keys)
            for spec, node in ((self.old, old), (self.new, new))
        )
        where = "response body" if status == "200" else f"response {status} body"
        if old_body is not None and new_body is not None:
            self._schema(old_body, new_body, "response", where)
        elif old_body is not None or new_body is not None:
            self._note(where, "added" if new_body else "removed", (CLIENTS, SERVERS))

    def _params(self, old: Node, new: Node) -> None:
        """Compare parameters by location and name."""
        old_params, new_params = self._declared(self.old, old), self._declared(self.new, new)
        for key in sorted(old_params.keys() - new_params.keys()):
            self._note(f"{key[0]} parameter '{key[1]}'", "removed", (CLIENTS,))
        for key in sorted(new_params.keys() - old_params.keys()):
            required = bool(new_params[key].value.get("required"))
            self._note(
                f"{key[0]} parameter '{key[1]}'",
                "added, " + ("required" if required else "optional"),
                (CLIENTS, SERVERS) if required else (SERVERS,),
            )
        for key in sorted(old_params.keys() & new_params.keys()):
            self._param(f"{key[0]} parameter '{key[1]}'", old_params[key], new_params[key])

    @staticmethod
    def _declared(spec: dict[str, Any], operation: Node) -> dict[tuple[str, str], Node]:
        """Return an operation's parameters by (location, name)."""
        found = {}
        for index, raw in enumerate(operation.value.get("parameters", [])):
            node = at(spec, raw, f"{operation.pointer}/parameters/{index}")
            found[(str(node.value.get("in")), str(node.value.get("name")))] = node
        return found

    def _param(self, where: str, old: Node, new: Node) -> None:
        """Compare one parameter: its required flag, then its schema as a request value."""
        was, now = bool(old.value.get("required")), bool(new.value.get("required"))
        if was != now:
            self._note(
                where,
                f"required {str(was).lower()} -> {str(now).lower()}",
                _breaks("request", widened=was, narrowed=now),
            )
        old_schema, new_schema = child(self.old, old, "schema"), child(self.new, new, "schema")
        if old_schema is not None and new_schema is not None:
            self._schema(old_schema, new_schema, "request", where)

    def _schema(self, old: Node, new: Node, direction: str, where: str) -> None:
        """Compare two schemas in one direction, recursing into properties and items once per pair."""
        key = (old.pointer, new.pointer, direction)
        if key in self.seen:
            return
        self.seen.add(key)
        self._types(old.value, new.value, direction, where)
        self._enum(old.value, new.value, direction, where)
        self._bounds(old.value, new.value, direction, where)
        self._default(old.value, new.value, direction, where)
        self._properties(old, new, direction, where)
        old_items, new_items = child(self.old, old, "items"), child(self.new, new, "items")
        if old_items is not None and new_items is not None:
            self._schema(old_items, new_items, direction, f"{where}[]")

    def _types(self, old: dict[str, Any], new: dict[str, Any], direction: str, where: str) -> None:
        """Report a changed type set, or else a changed format."""
        was, now = types(old), types(new)
        if was != now:
            widened, narrowed = bool(now - was) or not now, bool(was - now) or not was
            text = f"type {_spelled(was, old)} -> {_spelled(now, new)}"
            self._note(where, text, _breaks(direction, widened=widened, narrowed=narrowed))
        elif old.get("format") != new.get("format"):
            self._note(where, f"format {old.get('format')} -> {new.get('format')}", (CLIENTS, SERVERS))

    def _enum(self, old: dict[str, Any], new: dict[str, Any], direction: str, where: str) -> None:
        """Report enum values added or removed (an enum added or dropped altogether too)."""
        if "enum" not in old and "enum" not in new:
            return
        was, now = old.get("enum"), new.get("enum")
        added = [value for value in now or [] if was is not None and value not in was]
        removed = [value for value in was or [] if now is not None and value not in now]
        if added or removed or (was is None) != (now is None):
            text = _enum_text(was, now, added, removed)
            self._note(
                where,
                text,
                _breaks(direction, widened=bool(added) or now is None, narrowed=bool(removed) or was is None),
            )

    def _bounds(self, old: dict[str, Any], new: dict[str, Any], direction: str, where: str) -> None:
        """Report changed bounds (minimum, maximum, lengths, item counts) and patterns."""
        for keyword, side in _KEYWORD_BOUNDS:
            was, now = old.get(keyword), new.get(keyword)
            if was == now:
                continue
            looser = now is None or (was is not None and (now < was if side == "low" else now > was))
            self._note(
                where, f"{keyword} {was} -> {now}", _breaks(direction, widened=looser, narrowed=not looser)
            )
        if old.get("pattern") != new.get("pattern"):
            self._note(
                where,
                f"pattern {old.get('pattern')!r} -> {new.get('pattern')!r}",
                _breaks(direction, widened="pattern" in old, narrowed="pattern" in new),
            )

    def _default(self, old: dict[str, Any], new: dict[str, Any], direction: str, where: str) -> None:
        """Report a changed default: what an omitted request value means changes for both sides."""
        if old.get("default") != new.get("default"):
            breaks = (CLIENTS, SERVERS) if direction == "request" else ()
            self._note(where, f"default {old.get('default')!r} -> {new.get('default')!r}", breaks)

    def _properties(self, old: Node, new: Node, direction: str, where: str) -> None:
        """Report properties added or removed; compare the kept ones."""
        was, now = old.value.get("properties", {}), new.value.get("properties", {})
        for name in sorted(was.keys() - now.keys()):
            self._note(f"{where}.{name}", "removed", _breaks(direction, widened=True, narrowed=False))
        for name in sorted(now.keys() - was.keys()):
            required = name in new.value.get("required", [])
            message = "added, " + ("required" if required else "optional")
            self._note(f"{where}.{name}", message, _breaks(direction, widened=False, narrowed=required))
        for name in sorted(was.keys() & now.keys()):
            self._kept(old, new, name, direction, f"{where}.{name}")

    def _kept(self, old: Node, new: Node, name: str, direction: str, where: str) -> None:
        """Compare a property both versions declare: its required flag, then its schema."""
        was, now = name in old.value.get("required", []), name in new.value.get("required", [])
        if was != now:
            message = f"required {str(was).lower()} -> {str(now).lower()}"
            self._note(where, message, _breaks(direction, widened=was, narrowed=now))
        old_prop, new_prop = (
            child(self.old, old, "properties", name),
            child(self.new, new, "properties", name),
        )
        if old_prop is not None and new_prop is not None:
            self._schema(old_prop, new_prop, direction, where)


def _under(spec: dict[str, Any], node: Node | None, keys: tuple[str, ...]) -> Node | None:
    """The node at ``keys`` under ``node`` (a response, its reference already followed), if both exist."""
    return None if node is None else child(spec, node, *keys)


def _enum_text(was: list[Any] | None, now: list[Any] | None, added: list[Any], removed: list[Any]) -> str:
    """Describe an enum change: added or dropped altogether, or the values added (+) and removed (-)."""
    if was is None:
        return "enum added"
    if now is None:
        return "enum dropped"
    return " ".join(["enum", *(f"+{value!r}" for value in added), *(f"-{value!r}" for value in removed)])


def _spelled(kinds: set[str], schema: dict[str, Any]) -> str:
    """Spell a schema's types and format: ``integer/int32``, ``number|string``, ``any``."""
    words = "|".join(sorted(kinds)) or "any"
    return f"{words}/{schema['format']}" if "format" in schema else words
