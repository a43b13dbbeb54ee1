"""Checking the arguments of a call before anything is sent, for the generated request builders.

Each path and query parameter is checked against the type the spec gives it; a wrong one raises
:class:`ParameterError` (a ``ModelArtsError`` and a ``ValueError``) naming the parameter, rather
than being sent in a form the server would read as something else: a bare string for a list
parameter went out as ``V,E,R,...`` and silently matched nothing (D33).
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from modelarts_data_client.types import Unset

from ._errors import ParameterError


def check_parameter(name: str, value: Any, kind: type) -> None:
    """Refuse ``value`` for parameter ``name`` unless it is a ``kind`` (UNSET passes: not sent)."""
    if type(value) is kind or isinstance(value, Unset):
        return
    if issubclass(kind, Enum) and isinstance(value, kind):
        return
    if kind is float and type(value) is int:
        return
    raise ParameterError(f"{name} must be {_describe(kind)}, not {_shown(value)}")


def check_path_parameter(name: str, value: Any) -> None:
    """A path parameter is a non-empty string: an empty one would address another resource."""
    check_parameter(name, value, str)
    if not value:
        raise ParameterError(f"{name} must not be empty")


def check_list_parameter(name: str, value: Any, item: type) -> None:
    """A list parameter: a non-empty list (or tuple) of ``item``, none holding a comma (it is sent joined)."""
    if isinstance(value, Unset):
        return
    if not isinstance(value, (list, tuple)):
        raise ParameterError(f"{name} must be a list of {_describe(item)}, not {_shown(value)}")
    if not value:
        raise ParameterError(f"{name} needs at least one item; leave it unset to match all")
    for entry in value:
        check_parameter(f"each item of {name}", entry, item)
        if "," in str(entry):
            raise ParameterError(f"{name} items cannot contain a comma: the list is sent comma-joined")


def _describe(kind: type) -> str:
    if issubclass(kind, Enum):
        return f"a {kind.__name__} member (for example {kind.__name__}.{next(iter(kind)).name})"
    return {str: "a string", int: "an integer", bool: "True or False", float: "a number"}.get(
        kind, kind.__name__
    )


def _shown(value: Any) -> str:
    text = repr(value)
    return f"{text if len(text) <= 60 else text[:57] + '...'} ({type(value).__name__})"
