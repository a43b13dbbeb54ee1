"""Reproduction lines: a ``curl`` command per failing request, credentials shown as placeholders."""

from __future__ import annotations

import shlex
from collections.abc import Mapping

from ._credentials import TOKEN_HEADER

_AUTH_HEADERS = {TOKEN_HEADER.lower(), "authorization", "x-sdk-date", "x-security-token"}
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
