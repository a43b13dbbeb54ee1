"""Credentials as ``httpx.Auth``: an IAM token, or an AK/SK pair that signs every request."""

from __future__ import annotations

from collections.abc import Callable, Generator
from datetime import UTC, datetime
from urllib.parse import parse_qsl

import httpx
from modelarts_data_client._facts import (
    SECURITY_TOKEN_HEADER,
    SIGNATURE_HEADER,
    SIGNING_DATE_HEADER,
    TOKEN_HEADER,
)

from ._signing import canonical_query, sign_headers

# Headers a signature covers: those a proxy leaves alone. Others (Accept, User-Agent) go unsigned.
# X-Project-Id is the official SDK's header for the project, signed when a caller sends it.
_SIGNED = ("content-type", "x-project-id", SECURITY_TOKEN_HEADER.lower())


class TokenAuth(httpx.Auth):
    """Sends an IAM token in the token scheme's header (``X-Auth-Token``). Its repr never shows it."""

    def __init__(self, token: str) -> None:
        self._token = token

    def __repr__(self) -> str:
        return "TokenAuth(token=***)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[TOKEN_HEADER] = self._token
        yield request


class AkSkAuth(httpx.Auth):
    """Signs each request with an access key / secret key pair (the spec's AK/SK scheme).

    The query is rewritten into canonical order first, so the server sees exactly what was
    signed. ``security_token`` is for temporary credentials. The repr never shows a key.
    """

    requires_request_body = True

    def __init__(
        self,
        ak: str,
        sk: str,
        security_token: str | None = None,
        *,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._ak, self._sk, self._security_token = ak, sk, security_token
        self._clock = clock or (lambda: datetime.now(UTC))

    def __repr__(self) -> str:
        return "AkSkAuth(ak=***, sk=***)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._security_token:
            request.headers[SECURITY_TOKEN_HEADER] = self._security_token
        query = canonical_query(parse_qsl(request.url.query.decode(), keep_blank_values=True))
        request.url = request.url.copy_with(query=query.encode() or None)
        for name in (SIGNING_DATE_HEADER, SIGNATURE_HEADER):
            request.headers.pop(name, None)
        chosen = {name: value for name, value in request.headers.items() if name in _SIGNED}
        chosen["Host"] = request.headers.get("host", request.url.netloc.decode())
        signed = sign_headers(
            request.method,
            str(request.url),
            chosen,
            ak=self._ak,
            sk=self._sk,
            body=request.content,
            when=self._clock(),
        )
        request.headers.update(signed)
        yield request
