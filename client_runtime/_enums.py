"""Reading an enum value from JSON: fast for the values the spec lists, tolerant of new ones (D20).

A value of the enum's JSON type that the spec does not list is kept as an :class:`Unknown`, which
compares, hashes and prints as the raw value, and is logged once per field and value. A field typed
``TaskStatus | Unknown[TaskStatus]`` makes a ``mypy --strict`` caller say what an unknown status
means before using ``.name``; the contract suite, not the client, reports the value as a broken
promise. A value of another JSON type (``true`` for an integer status) is still refused.
"""

from __future__ import annotations

import logging
from enum import Enum
from typing import Any, Generic, TypeVar, cast

E = TypeVar("E", bound=Enum)
logger = logging.getLogger("modelarts_data_client")
_REPORTED: set[tuple[str, type, object]] = set()
_KINDS: dict[type, type] = {}  # each enum's JSON value type (int or str), found once
_REPORT_LIMIT = 1024  # distinct (field, value) pairs logged; bounded so a hostile server cannot grow it


class Unknown(Generic[E]):
    """A value of enum ``enum`` that the spec does not list, kept as the server sent it.

    It equals (and hashes as) its raw ``value``, so ``status == 7`` holds and ``print(status)``
    shows ``7``; it never equals a member of the enum. See spec/DECISIONS.md, D20.
    """

    __slots__ = ("enum", "value")

    def __init__(self, enum: type[E], value: int | str) -> None:
        self.enum, self.value = enum, value

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Unknown):
            return self.enum is other.enum and self.value == other.value
        if isinstance(other, Enum):
            return False
        return bool(self.value == other)

    def __hash__(self) -> int:
        return hash(self.value)

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return f"Unknown({self.enum.__name__}, {self.value!r})"


def members(cls: type[E]) -> dict[object, E]:
    """``cls``'s members by value, for the generated models' fast path (it checks the JSON type first)."""
    return {member.value: member for member in cls}


def enum_member(cls: type[E], value: object, field: str = "") -> E | Unknown[E]:
    """The member of ``cls`` whose value is ``value``, else ``Unknown(cls, value)``.

    ``value`` must have the enum's JSON type (``true`` is not ``1``; ``2.0`` is ``2``), else
    ``ValueError``, which the model reading ``field`` turns into a ``ResponseParseError``.
    """
    member = cls._value2member_map_.get(value)
    if member is not None and type(member._value_) is type(value):
        return member  # type: ignore[return-value]  # the map is typed by Enum, its members are E
    return _not_listed(cls, value, field)


def _not_listed(cls: type[E], value: object, field: str) -> E | Unknown[E]:
    """The slow path: an integral float for an integer enum, a new value, or a wrong type."""
    kind = _KINDS.get(cls) or _KINDS.setdefault(cls, type(next(iter(cls)).value))
    if kind is int and type(value) is float and value.is_integer():
        return enum_member(cls, int(value), field)
    if type(value) is not kind:
        known = ", ".join(repr(m.value) for m in cls)
        raise ValueError(
            f"{value!r} is not a valid {cls.__name__} (expected {kind.__name__}; known: {known})"
        )
    _report(cls, value, field)
    return Unknown(cls, cast("int | str", value))  # its type was checked against the enum's above


def _report(cls: type[Any], value: object, field: str) -> None:
    """Log a value the spec does not list, once per field and value."""
    key = (field, cls, value)
    if key in _REPORTED or len(_REPORTED) >= _REPORT_LIMIT:
        return
    _REPORTED.add(key)
    logger.warning(
        "%s: %r is not a %s value the spec lists; kept as Unknown (spec/DECISIONS.md D20)",
        field or cls.__name__,
        value,
        cls.__name__,
    )
