"""Hand-written runtime layer of the generated client: auth, paging, retries and errors.

This folder is copied, byte for byte, into the generated package as ``modelarts_data_client.runtime``
by ``scripts/regen_client.py``; edit it here, never in generated/. It imports the generated package
absolutely (``modelarts_data_client.models``, ``._facts``), so it also imports and type-checks in
place, as ``client_runtime`` (tests/client/test_runtime_in_place.py). See docs/architecture.md.
"""

from modelarts_data_client._facts import OffsetReading

from ._auth import AkSkAuth, TokenAuth
from ._client import AsyncModelArts, ModelArts
from ._enums import Unknown
from ._errors import (
    ApiError,
    ConfigurationError,
    ModelArtsError,
    PaginationError,
    ParameterError,
    ResponseParseError,
    TransportError,
    TransportTimeoutError,
)
from ._paging import OffsetMode
from ._retry import AsyncRetryTransport, Retry, RetryTransport
from ._signing import sign_headers

# Deprecated: the former name of TransportTimeoutError, kept for code that imports it. It is an
# alias, not a new class, so ``except TimeoutError`` catches the same errors under either name.
TimeoutError = TransportTimeoutError  # noqa: A001 -- the deprecated public name, kept on purpose

__all__ = [
    "AkSkAuth",
    "ApiError",
    "AsyncModelArts",
    "AsyncRetryTransport",
    "ConfigurationError",
    "ModelArts",
    "ModelArtsError",
    "OffsetMode",
    "OffsetReading",
    "PaginationError",
    "ParameterError",
    "ResponseParseError",
    "Retry",
    "RetryTransport",
    "TimeoutError",
    "TokenAuth",
    "TransportError",
    "TransportTimeoutError",
    "Unknown",
    "sign_headers",
]
