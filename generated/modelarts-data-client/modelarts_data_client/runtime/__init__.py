"""Hand-written runtime layer of the generated client: auth, paging, retries and errors.

This folder is copied into the generated package as ``modelarts_data_client.runtime`` by
``scripts/regen_client.py``; edit it here, never in generated/.
"""

from ._auth import AkSkAuth, TokenAuth
from ._errors import (
    ApiError,
    ConfigurationError,
    ModelArtsError,
    PaginationError,
    ResponseParseError,
    TimeoutError,
    TransportError,
)
from ._signing import sign_headers

__all__ = [
    "AkSkAuth",
    "ApiError",
    "ConfigurationError",
    "ModelArtsError",
    "PaginationError",
    "ResponseParseError",
    "TimeoutError",
    "TokenAuth",
    "TransportError",
    "sign_headers",
]
