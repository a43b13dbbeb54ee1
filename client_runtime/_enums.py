"""Reading an enum value from JSON: fast, and strict about values the spec does not list (D20)."""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

E = TypeVar("E", bound=Enum)


def enum_member(cls: type[E], value: object) -> E:
    """The member of ``cls`` whose value is ``value``, of the same JSON type (``true`` is not ``1``).

    A value the spec does not list raises ``ValueError``; the model reading the field turns it into a
    ``ResponseParseError`` that names the field and the value. See spec/DECISIONS.md, D20.
    """
    member = cls._value2member_map_.get(value)
    if member is None or type(member._value_) is not type(value):
        known = ", ".join(repr(m.value) for m in cls)
        raise ValueError(f"{value!r} is not a valid {cls.__name__} (known: {known})")
    return member  # type: ignore[return-value]
