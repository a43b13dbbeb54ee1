"""The credential a run sends, the wrong one its probes try, and the redaction of both from output.

A token travels as ``X-Auth-Token``. AK/SK requests are signed by the generated client's runtime
(``modelarts_data_client.runtime``) when it offers a signer; until then a run needs a token.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs
import httpx

TOKEN_HEADER = "X-Auth-Token"
REDACTED = "***"
_SHORTEST_SECRET = 6
# Placeholders a reader can paste into a shell: the curl lines point at the variables, never the value.
TOKEN_PLACEHOLDER = "${MODELARTS_TOKEN}"
SIGNED_PLACEHOLDER = "<AK/SK signature: sign with HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK>"

Signer = Callable[[str, str, dict[str, str]], dict[str, str]]
# Keys for forged signatures when the run itself has none (a token run): no server can know them.
_UNKNOWN_AK = "UNKNOWNACCESSKEY0000"
_FORGED_SK = "forged-secret-key"
_DATE_FORMAT = "%Y%m%dT%H%M%SZ"


class CredentialError(Exception):
    """The credentials given cannot be used for a run (none given, or AK/SK without a signer)."""


def _runtime_signer(ak: str, sk: str) -> Signer | None:
    """A signer from the client runtime: its ``sign_headers`` function, or its AK/SK ``httpx.Auth``."""
    try:
        runtime: Any = importlib.import_module("modelarts_data_client.runtime")
    except ImportError:
        return None
    sign = getattr(runtime, "sign_headers", None)
    if callable(sign):
        return lambda method, url, headers: dict(sign(method, url, headers, ak=ak, sk=sk))
    auth_class = _aksk_auth_class(runtime)
    if auth_class is None:
        return None
    auth = auth_class(ak=ak, sk=sk)
    return lambda method, url, headers: _signed_by(auth, method, url, headers)


def _aksk_auth_class(runtime: Any) -> Any:
    """The runtime's ``httpx.Auth`` subclass for AK/SK signing (named for AK/SK or signing), if any."""
    for name in dir(runtime):
        value = getattr(runtime, name)
        lowered = name.lower()
        if (
            isinstance(value, type)
            and issubclass(value, httpx.Auth)
            and ("aksk" in lowered or "sign" in lowered)
        ):
            return value
    return None


def _signed_by(auth: httpx.Auth, method: str, url: str, headers: dict[str, str]) -> dict[str, str]:
    """The headers an ``httpx.Auth`` adds to one request, taken from the first step of its flow."""
    request = httpx.Request(method, url, headers=headers)
    signed = next(auth.sync_auth_flow(request))
    return {name: value for name, value in signed.headers.items() if name.lower() not in ("host",)}


@attrs.frozen(repr=False)
class Credentials:
    """A token, or an AK/SK pair; ``repr`` never shows them."""

    token: str | None = None
    ak: str | None = None
    sk: str | None = None

    def __attrs_post_init__(self) -> None:
        if not self.token and not (self.ak and self.sk):
            raise CredentialError(
                "no credential: pass --token (or MODELARTS_TOKEN), or --ak and --sk "
                "(or HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK)"
            )
        if not self.token and self._signer() is None:
            raise CredentialError(
                "AK/SK signing needs modelarts_data_client.runtime.sign_headers, which this "
                "install lacks; pass --token instead"
            )

    def __repr__(self) -> str:
        return "Credentials(***)"

    def _signer(self) -> Signer | None:
        return _runtime_signer(self.ak or "", self.sk or "") if self.ak and self.sk else None

    @property
    def secrets(self) -> tuple[str, ...]:
        return tuple(value for value in (self.token, self.ak, self.sk) if value)

    def headers(self, method: str, url: str) -> dict[str, str]:
        """The headers that authenticate one request (a signature covers method and URL)."""
        if self.token:
            return {TOKEN_HEADER: self.token}
        signer = self._signer()
        return signer(method, url, {}) if signer else {}

    def wrong(self) -> Credentials:
        """A credential of the same kind that no server can accept."""
        if self.token:
            return Credentials(token="invalid-" + self.token[::-1])
        return Credentials(ak=self.ak, sk="invalid-" + (self.sk or "")[::-1])

    def forged(self, kind: str, method: str, url: str, date_tolerance: int) -> tuple[str, dict[str, str]]:
        """The URL to send and the headers of a forged AK/SK signature of ``kind`` (see ``FORGED``).

        The run's own keys are used where the forgery needs a real one (a stale date, a changed
        query), made-up ones otherwise; no forged request carries the run's token.
        """
        ak, sk = self.ak or _UNKNOWN_AK, self.sk or _FORGED_SK
        headers: dict[str, str] = {}
        if kind == "unknown_key":
            ak = _UNKNOWN_AK
        elif kind == "bad_signature":
            sk = "invalid-" + sk[::-1]
        elif kind == "stale_date":
            stale = datetime.now(UTC) - timedelta(seconds=date_tolerance + 300)
            headers["X-Sdk-Date"] = stale.strftime(_DATE_FORMAT)
        signer = _runtime_signer(ak, sk)
        signed = signer(method, url, headers) if signer else {}
        if kind == "query_changed":
            url += ("&" if "?" in url else "?") + "limit=1"
        return url, signed

    def placeholder_headers(self) -> dict[str, str]:
        """What a reproduction line shows in place of the credential headers."""
        if self.token:
            return {TOKEN_HEADER: TOKEN_PLACEHOLDER}
        return {"Authorization": SIGNED_PLACEHOLDER, "X-Sdk-Date": "<now>"}


@attrs.frozen
class Redactor:
    """Replaces every secret value (and what is derived from it) with ``***`` in text bound for output."""

    secrets: tuple[str, ...] = ()

    @classmethod
    def of(cls, values: Iterable[str | None]) -> Redactor:
        # Values under six characters are not real credentials (and would blot out ordinary words).
        found = {value for value in values if value and len(value) >= _SHORTEST_SECRET}
        derived = {"invalid-" + value[::-1] for value in found}
        # Longest first, so that a secret containing another is replaced whole.
        return cls(tuple(sorted(found | derived, key=len, reverse=True)))

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return text
