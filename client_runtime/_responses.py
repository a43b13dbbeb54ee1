"""Turning an HTTP response into a typed object, or into the right member of the error family."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

import httpx
from modelarts_data_client._facts import ERROR_CODE_FIELD, ERROR_MESSAGE_FIELD, REQUEST_ID_HEADER

from ._errors import ApiError, ResponseParseError, TransportError, TransportTimeoutError

R = TypeVar("R")


def api_error(response: httpx.Response) -> ApiError:
    """An ``ApiError`` from an error response, reading the ModelArts error body when there is one."""
    code = message = None
    try:
        body = json.loads(response.content)
    except ValueError:
        body = None
    if isinstance(body, dict):
        code, message = _text(body.get(ERROR_CODE_FIELD)), _text(body.get(ERROR_MESSAGE_FIELD))
    if message is None and body is None and response.content:
        message = response.content[:200].decode("utf-8", "replace")
    return ApiError(response.status_code, code, message, response.headers.get(REQUEST_ID_HEADER))


def _text(value: object) -> str | None:
    """``value`` when it is a string, else None: a field of the wrong type is not shown as one."""
    return value if isinstance(value, str) else None


def parse(response: httpx.Response, parser: Callable[[Any], R]) -> R:
    """The typed body of a 200 response; any other status raises ``ApiError``."""
    if response.status_code != 200:
        raise api_error(response)
    try:
        body = json.loads(response.content)
    except ValueError:
        snippet = response.content[:80].decode("utf-8", "replace")
        raise ResponseParseError((), snippet, "the body is not JSON") from None
    try:
        return parser(body)
    except ResponseParseError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseParseError(
            (),
            body if not isinstance(body, (dict, list)) else type(body).__name__,
            f"the body is not the object the spec describes ({exc})",
        ) from exc


def transport_error(exc: httpx.TransportError) -> TransportError:
    """Our error for a network failure; the message names the request, never its credentials."""
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:  # httpx raises this when the error is not tied to a request
        request = None
    where = f"{request.method} {request.url.copy_with(query=None)}" if request is not None else "the request"
    if isinstance(exc, httpx.TimeoutException):
        return TransportTimeoutError(f"{where}: no answer in time ({type(exc).__name__})")
    return TransportError(f"{where}: {type(exc).__name__}: {exc}")
