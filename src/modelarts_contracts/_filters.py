"""What each filter of the spec keeps, read from its parameter's ``x-filter`` (D7, D8, D11, D22).

The mock applies these filters and the contract suite judges them, both from this one reading of
the spec, so a filter the spec adds is served and judged without new code: ``equals`` and
``contains`` compare the value with the item field, ``true-only`` (``query_current``) keeps items
whose field is true, ``absent-when-false`` (``return_result``) shapes items instead of choosing them.
"""

from __future__ import annotations

from typing import Any

import attrs

from modelarts_contracts import _spec

Verdict = bool | None  # None: the item does not carry what the filter reads, so it cannot be judged
_ITEM = "."
_MATCHES = ("equals", "contains", "true-only", "absent-when-false")


@attrs.frozen
class Filter:
    """One filtering query parameter: the item field it reads, where, and how it matches."""

    name: str
    field: tuple[str, ...]
    places: tuple[str, ...]
    match: str
    is_array: bool
    default: Any = None
    absent_readings: dict[str, Any] = attrs.field(factory=dict)

    @property
    def chooses_items(self) -> bool:
        """Whether the filter decides which items a list holds (``absent-when-false`` only shapes them)."""
        return self.match != "absent-when-false"

    def paths(self) -> list[tuple[str, ...]]:
        """The paths of property names from an item to the field, one per place the spec names."""
        return [self.field if place == _ITEM else (place, *self.field) for place in self.places]

    def omits(self, value: str) -> str | None:
        """The field that the filter, sent as ``value``, leaves out of every item (D22), or None."""
        return self.field[0] if self.match == "absent-when-false" and value == "false" else None

    def observed(self, item: dict[str, Any]) -> list[Any]:
        """The values of the filter's field this item shows, from every place the spec names."""
        records: list[Any] = []
        for place in self.places:
            held = item if place == _ITEM else item.get(place)
            records.extend(held if isinstance(held, list) else [held])
        return [value for record in records if (value := _at(record, self.field)) is not None]

    def verdict(self, item: dict[str, Any], value: str) -> Verdict:
        """Whether ``item`` matches the filter sent as ``value`` (its query text; arrays comma-joined)."""
        if self.match == "true-only" and value != "true":
            return True
        if self.match == "absent-when-false":
            omitted = self.omits(value)
            return omitted is None or omitted not in item
        found = self.observed(item)
        if not found:
            return None
        if self.match == "true-only":
            return any(entry is True for entry in found)
        if self.match == "contains":
            return any(isinstance(entry, str) and value.casefold() in entry.casefold() for entry in found)
        wanted = set(value.split(",")) if self.is_array else {value}
        return any(text(entry) in wanted for entry in found)


def text(value: Any) -> str:
    """A value as a query string carries it: booleans as ``true``/``false``, lists comma-joined."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ",".join(map(text, value))
    return str(value)


def _at(record: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(record, dict):
            return None
        record = record.get(key)
    return record


def filters_of(operation_id: str) -> dict[str, Filter]:
    """The filters of one operation, by parameter name, as its ``x-filter`` extensions describe them.

    Raises ``SpecError`` when a query parameter of the operation is neither a filter nor a paging or
    sorting parameter: the mock could not apply it and no check judge it, so it must not pass unseen.
    """
    _refuse_unread(operation_id)
    found = {}
    for name, parameter in _spec.filter_parameters(operation_id).items():
        spec = parameter["x-filter"]
        if spec.get("match", "equals") not in _MATCHES:
            raise _spec.SpecError(
                f"{operation_id} {name}: x-filter match must be one of {', '.join(_MATCHES)}"
            )
        found[name] = Filter(
            name,
            tuple(spec["field"].split(".")),
            tuple(spec.get("in", [_ITEM])),
            spec.get("match", "equals"),
            parameter["schema"].get("type") == "array",
            parameter["schema"].get("default"),
            dict(parameter.get("x-absent-readings", {})),
        )
    return found


def _refuse_unread(operation_id: str) -> None:
    """Raise ``SpecError`` naming the query parameters of ``operation_id`` that nothing reads."""
    paging, sorting = _spec.paging_names(), _spec.sort_names()
    read = {paging.limit, paging.offset, sorting.by, sorting.order}
    unread = [
        name
        for name, parameter in _spec.parameters(operation_id).items()
        if "x-filter" not in parameter and name not in read
    ]
    if unread:
        raise _spec.SpecError(
            f"{_spec.spec_path()}: {operation_id} query parameter(s) {', '.join(unread)} have no x-filter "
            "and page or sort nothing, so the mock would ignore them and no check judge them; "
            "say what each narrows the list to with x-filter (see the spec's description)"
        )
