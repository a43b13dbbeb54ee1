"""Where a record names another object: the fields the spec marks ``x-refers-to``, found by walking a
record alongside its schema.

The mock points each such field at an object it holds, and the contract suite reads dataset ids out
of tasks and versions, both from this one walk, so a kind or a field the spec renames or adds is
followed without new code.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs

from modelarts_contracts import _spec


@attrs.frozen
class Site:
    """One marked field of a record: the object holding it, its schema, the field's name, and its marker."""

    holder: dict[str, Any]
    schema: dict[str, Any]
    field: str
    reference: _spec.Reference

    @property
    def id_name(self) -> str | None:
        """The path parameter whose id the field holds (by the holder's kind), or None."""
        return self.reference.id_name(self.holder)


def sites(record: Any, schema: Any, spec: dict[str, Any] | None = None) -> Iterator[Site]:
    """Every marked field ``record`` carries, at any depth; parts that do not fit the schema are skipped."""
    spec = spec or _spec.load_spec()
    schema = _spec.resolve(schema, spec)
    if not isinstance(schema, dict):
        return
    if isinstance(record, list):
        for item in record:
            yield from sites(item, schema.get("items", {}), spec)
        return
    if not isinstance(record, dict):
        return
    for name, prop in schema.get("properties", {}).items():
        if name not in record:
            continue
        marker = _spec.reference(_spec.resolve(prop, spec))
        if marker is not None:
            yield Site(record, schema, name, marker)
        yield from sites(record[name], prop, spec)


def ids_named(record: Any, schema: Any, id_name: str, spec: dict[str, Any] | None = None) -> list[str]:
    """The ids of kind ``id_name`` (a path parameter, ``dataset_id``) that ``record`` names anywhere."""
    return [
        site.holder[site.field]
        for site in sites(record, schema, spec)
        if site.id_name == id_name and isinstance(site.holder[site.field], str)
    ]
