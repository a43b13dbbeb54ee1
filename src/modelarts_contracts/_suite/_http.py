"""The probes' HTTP sender: builds each URL from the spec, authenticates it, records the exchange.

Every exchange goes to ``observe`` (the runner's bookkeeping and the per-response checks), and
transport trouble becomes :class:`SlowServer` or :class:`Unreachable` with a one-line reason.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Mapping
from urllib.parse import quote, urlencode

import httpx

from modelarts_contracts import _spec
from modelarts_contracts.contracts import FORGED, Credential, Exchange

from ._credentials import Credentials
from ._patience import Patience


class SlowServer(Exception):
    """A request got no answer within the per-request timeout."""

    def __init__(self, message: str, operation_id: str) -> None:
        super().__init__(message)
        self.operation_id = operation_id


class Unreachable(Exception):
    """The server could not be connected to, or dropped the connection."""


def build_url(
    base_url: str, operation_id: str, path_params: Mapping[str, str], query: Mapping[str, str | list[str]]
) -> str:
    """The full URL of one call: base URL, the spec's path template filled in, the query (a list of
    values is sent with the key repeated)."""
    _, template, _ = _spec.operations()[operation_id]
    path = template.format(**{name: quote(value, safe="") for name, value in path_params.items()})
    return base_url.rstrip("/") + path + (f"?{urlencode(query, doseq=True)}" if query else "")


class HttpSender:
    """Sends the probes' GETs over one httpx client with the run's credentials and timeout."""

    def __init__(
        self,
        base_url: str,
        credentials: Credentials,
        timeout: float,
        observe: Callable[[Exchange], None],
        patience: Patience | None = None,
    ) -> None:
        self.base_url = base_url
        self.patience = patience or Patience(timeout)
        self.credentials = credentials
        self.timeout = timeout
        self.observe = observe
        self.client = httpx.Client(timeout=timeout, follow_redirects=False)
        # Operations that timed out once are not waited on again: a slow server must not stall the run.
        self.unresponsive: set[str] = set()

    def close(self) -> None:
        self.client.close()

    def _auth_headers(self, credential: Credential, url: str) -> dict[str, str]:
        if credential == "missing":
            return {}
        credentials = self.credentials if credential == "valid" else self.credentials.wrong()
        return credentials.headers("GET", url)

    def __call__(
        self,
        operation_id: str,
        path_params: Mapping[str, str],
        query: Mapping[str, str | list[str]],
        credential: Credential = "valid",
    ) -> Exchange:
        url = build_url(self.base_url, operation_id, path_params, query)
        if operation_id in self.unresponsive:
            raise SlowServer(f"no answer within {self.timeout:g} s", operation_id)
        if credential in FORGED:
            url, auth = self.credentials.forged(credential, "GET", url, _spec.signing().date_tolerance)
        else:
            auth = self._auth_headers(credential, url)
        headers = {"Accept": "application/json", **auth}
        response = self._send(operation_id, url, headers)
        exchange = Exchange(
            "GET",
            url,
            response.status_code,
            dict(response.headers),
            response.content,
            request_headers=headers,
        )
        self.observe(exchange)
        return exchange

    def _send(self, operation_id: str, url: str, headers: dict[str, str]) -> httpx.Response:
        """One GET, sent again while the server pushes back (429/503) within the run's patience."""
        started = time.monotonic()
        for attempt in itertools.count():
            self.patience.pace()
            try:
                response = self.client.get(url, headers=headers)
            except httpx.TimeoutException:
                self.unresponsive.add(operation_id)
                raise SlowServer(f"no answer within {self.timeout:g} s", operation_id) from None
            except httpx.TransportError as exc:
                raise Unreachable(f"cannot reach {self.base_url}: {exc or type(exc).__name__}") from None
            if not self.patience.wait(response.status_code, response.headers, attempt, started, operation_id):
                return response
        raise AssertionError("unreachable")  # pragma: no cover -- itertools.count never ends
