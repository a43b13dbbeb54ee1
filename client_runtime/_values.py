"""Reading JSON numbers and lists the way JSON Schema does, for the generated models.

JSON Schema 2020-12 counts ``2.0`` as an integer, so an integer field accepts an integral float (as
an ``int``) and refuses ``2.5``; ``true`` is never a number. The contract suite judges bodies by the
same rule, so the client and the suite agree on every body (spec/DECISIONS.md D30).
"""

from __future__ import annotations

from typing import Any

from ._errors import ResponseParseError


def integer(value: Any) -> int:
    """``value`` as an ``int`` when it is an integer in JSON Schema's sense, else ``TypeError``."""
    if type(value) is float and value.is_integer():
        return int(value)
    if type(value) is int:
        return value
    raise TypeError("expected int")


def list_of(value: Any, kind: type) -> list[Any]:
    """``value`` when it is a JSON array of ``kind`` (``str``, ``int`` or ``bool``), else an error.

    An item of the wrong type raises ``ResponseParseError`` naming its index.
    """
    if type(value) is not list:
        raise TypeError(f"expected a list of {kind.__name__}")
    for index, item in enumerate(value):
        if type(item) is not kind:
            return _converted(value, kind, index)
    return value


def _converted(value: list[Any], kind: type, start: int) -> list[Any]:
    """The list with integral floats read as integers, or the error naming the first bad item."""
    result = value[:start]
    for index in range(start, len(value)):
        item = value[index]
        try:
            result.append(integer(item) if kind is int else _exact(item, kind))
        except TypeError as exc:
            raise ResponseParseError((f"[{index}]",), item, str(exc)) from exc
    return result


def _exact(item: Any, kind: type) -> Any:
    if type(item) is not kind:
        raise TypeError(f"expected {kind.__name__}")
    return item
