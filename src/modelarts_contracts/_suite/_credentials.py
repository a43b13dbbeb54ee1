"""The credential a run sends, the wrong one its probes try, and the redaction of both from output.

A token travels in the header the spec's token scheme names. AK/SK requests are signed by the
generated client's runtime (``modelarts_data_client.runtime.sign_headers``), as the client signs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta

import attrs
from modelarts_data_client.runtime import sign_headers

from modelarts_contracts import _spec

REDACTED = "***"
_SHORTEST_SECRET = 6
# Placeholders a reader can paste into a shell: the curl lines point at the variables, never the value.
TOKEN_PLACEHOLDER = "${MODELARTS_TOKEN}"
SIGNED_PLACEHOLDER = "<AK/SK signature: sign with HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK>"

Signer = Callable[[str, str, dict[str, str]], dict[str, str]]
# Keys for forged signatures when the run itself has none (a token run): no server can know them.
_UNKNOWN_AK = "UNKNOWNACCESSKEY0000"
_FORGED_SK = "forged-secret-key"


class CredentialError(Exception):
    """The credentials given cannot be used for a run (none given, or AK/SK without a signer)."""


def _signer(ak: str, sk: str) -> Signer:
    """Sign with the client runtime's ``sign_headers``: the suite signs exactly as the client does."""
    return lambda method, url, headers: dict(sign_headers(method, url, headers, ak=ak, sk=sk))


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

    def __repr__(self) -> str:
        return "Credentials(***)"

    @property
    def secrets(self) -> tuple[str, ...]:
        return tuple(value for value in (self.token, self.ak, self.sk) if value)

    def headers(self, method: str, url: str) -> dict[str, str]:
        """The headers that authenticate one request (a signature covers method and URL)."""
        if self.token:
            return {_spec.token_header(): self.token}
        return _signer(self.ak or "", self.sk or "")(method, url, {})

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
            headers[_spec.signing().date_header] = stale.strftime(_spec.signing().date_format)
        signed = _signer(ak, sk)(method, url, headers)
        if kind == "query_changed":
            url += ("&" if "?" in url else "?") + "limit=1"
        return url, signed

    def placeholder_headers(self) -> dict[str, str]:
        """What a reproduction line shows in place of the credential headers."""
        if self.token:
            return {_spec.token_header(): TOKEN_PLACEHOLDER}
        signing = _spec.signing()
        return {signing.header: SIGNED_PLACEHOLDER, signing.date_header: "<now>"}


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
