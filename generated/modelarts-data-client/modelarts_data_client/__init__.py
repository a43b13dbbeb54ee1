"""A client library for accessing ModelArts Data Management (old version) task APIs"""

from .client import AuthenticatedClient, Client
from .runtime import (
    AkSkAuth,
    ApiError,
    AsyncModelArts,
    ConfigurationError,
    ModelArts,
    ModelArtsError,
    PaginationError,
    ParameterError,
    ResponseParseError,
    Retry,
    TimeoutError,
    TokenAuth,
    TransportError,
    TransportTimeoutError,
    Unknown,
    sign_headers,
)

__all__ = (
    "AkSkAuth",
    "ApiError",
    "AsyncModelArts",
    "AuthenticatedClient",
    "Client",
    "ConfigurationError",
    "ModelArts",
    "ModelArtsError",
    "PaginationError",
    "ParameterError",
    "ResponseParseError",
    "Retry",
    "TimeoutError",
    "TokenAuth",
    "TransportError",
    "TransportTimeoutError",
    "Unknown",
    "sign_headers",
)
