"""Reproduction lines: a ``curl`` command per failing request, credentials shown as placeholders."""

from __future__ import annotations

import shlex
from collections.abc import Mapping

from modelarts_contracts import _spec

_SIGNING = _spec.signing()
# The spec's credential headers, and the security token temporary AK/SK credentials add (akSk scheme).
_AUTH_HEADERS = {
    name.lower()
    for name in (
        _spec.token_header(),
        _SIGNING.header,
        _SIGNING.date_header,
        _SIGNING.security_token_header,
    )
}
_KEPT_HEADERS = {"accept", "content-type"}


def curl_line(method: str, url: str, sent: Mapping[str, str], placeholders: Mapping[str, str]) -> str:
    """A curl command for one request; auth headers it carried become ``placeholders``, others drop."""
    parts = ["curl", "-X", method, shlex.quote(url)]
    carried_auth = any(name.lower() in _AUTH_HEADERS for name in sent)
    for name, value in sent.items():
        if name.lower() in _KEPT_HEADERS:
            parts += ["-H", shlex.quote(f"{name}: {value}")]
    if carried_auth:
        for name, value in placeholders.items():
            # Double quotes so that a shell expands ${MODELARTS_TOKEN} when the line is pasted.
            parts += ["-H", f'"{name}: {value}"']
    return " ".join(parts)
