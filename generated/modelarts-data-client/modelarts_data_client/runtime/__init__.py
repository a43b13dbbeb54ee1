"""Hand-written runtime layer of the generated client: auth, paging, retries and errors.

This folder is copied into the generated package as ``modelarts_data_client.runtime`` by
``scripts/regen_client.py``; edit it here, never in generated/.
"""

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
    TimeoutError,
    TransportError,
)
from ._paging import OffsetMode
from ._retry import AsyncRetryTransport, Retry, RetryTransport
from ._signing import sign_headers

__all__ = [
    "AkSkAuth",
    "ApiError",
    "AsyncModelArts",
    "AsyncRetryTransport",
    "ConfigurationError",
    "ModelArts",
    "ModelArtsError",
    "OffsetMode",
    "PaginationError",
    "ParameterError",
    "ResponseParseError",
    "Retry",
    "RetryTransport",
    "TimeoutError",
    "TokenAuth",
    "TransportError",
    "Unknown",
    "sign_headers",
]
