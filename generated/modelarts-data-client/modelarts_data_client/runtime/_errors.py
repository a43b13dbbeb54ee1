"""One family of exceptions for everything a call can run into.

``ModelArtsError`` is the base: catch it to catch all. ``ApiError`` is an answer the service gave
(status, ``error_code``, ``error_msg``, request id); ``TransportError`` and ``TransportTimeoutError``
are the network failing; ``ResponseParseError`` is a body that does not match the spec, naming the field;
``ParameterError`` is an argument the request cannot carry, refused before anything is sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class ModelArtsError(Exception):
    """Base of every error this client raises."""


class ConfigurationError(ModelArtsError):
    """The client cannot be built as asked (no credential, no project id, no endpoint)."""


class TransportError(ModelArtsError):
    """The request did not get an answer: connection refused, reset or cut mid-response."""


class TransportTimeoutError(TransportError, TimeoutError):
    """No answer within the configured timeout.

    It is also the builtin ``TimeoutError``, so ``except TimeoutError`` catches it; the runtime's
    former ``TimeoutError`` name stays as a deprecated alias of this class.
    """


class PaginationError(ModelArtsError):
    """The server's paging loops: a page brings nothing new while the count says more items remain."""


class ParameterError(ModelArtsError, ValueError):
    """An argument the request cannot carry (a wrong type, an empty list, a comma inside a list item).

    It is raised before anything is sent; it is also a ``ValueError``, which it used to be.
    """


class ApiError(ModelArtsError):
    """The service answered with an error status."""

    def __init__(
        self, status_code: int, error_code: str | None, error_msg: str | None, request_id: str | None
    ):
        self.status_code, self.error_code, self.error_msg, self.request_id = (
            status_code,
            error_code,
            error_msg,
            request_id,
        )
        code = f" {error_code}" if error_code else ""
        where = f" (request id {request_id})" if request_id else ""
        super().__init__(f"HTTP {status_code}{code}: {error_msg or 'no error message'}{where}")


class ResponseParseError(ModelArtsError):
    """A response body that does not match the spec: ``path`` names the field, ``value`` what came.

    ``path`` is the field names and dict keys from the body down, a list index written onto the
    list's name: ``("tasks[2]", "template", "operator_params[0]", "name")``, so ``".".join(path)``
    is the ``tasks[2].template.operator_params[0].name`` the message shows.
    """

    def __init__(self, path: tuple[str, ...], value: Any, reason: str) -> None:
        self.path, self.value, self.reason = path, value, reason
        super().__init__(f"unexpected value for {'.'.join(path) or '(body)'}: {_short(value)} ({reason})")

    @classmethod
    def at(cls, name: str | int, source: Any, exc: Exception) -> ResponseParseError:
        """Wrap ``exc``, raised reading field (or index) ``name`` of ``source``, with ``name`` in the path."""
        step = f"[{name}]" if isinstance(name, int) else name
        if isinstance(exc, ResponseParseError):
            return cls(_joined(step, exc.path), exc.value, exc.reason)
        if isinstance(exc, KeyError) and isinstance(source, Mapping) and name not in source:
            return cls((step,), None, "required field missing")
        return cls((step,), _member(source, name), _reason(exc))


def _joined(step: str, path: tuple[str, ...]) -> tuple[str, ...]:
    """``step`` put before ``path``; an index step (``[2]``) is written onto the name before it."""
    if path and path[0].startswith("["):
        return (step + path[0], *path[1:])
    return (step, *path)


def _member(source: Any, name: str | int) -> Any:
    """``source[name]`` when it is there, else ``source`` itself."""
    if isinstance(name, int) and isinstance(source, list) and -len(source) <= name < len(source):
        return source[name]
    if isinstance(source, Mapping):
        return source.get(name)
    return source


# What reading a field of a malformed body can raise inside the generated models; a nested
# model's ResponseParseError is caught too, so the outer field is added to its path.
FIELD_ERRORS = (KeyError, TypeError, ValueError, AttributeError, ResponseParseError)


def _reason(exc: Exception) -> str:
    if isinstance(exc, (ValueError, TypeError)) and str(exc).startswith("expected "):
        return str(exc)
    if isinstance(exc, ValueError) and "is not a valid" in str(exc):
        return f"not a value the spec knows: {exc}"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."
