"""AK/SK request signing, byte for byte as the official huaweicloudsdkcore signs.

The signature covers the method, the path, the query (pairs sorted by key then value, each
percent-encoded except ``~``), every header sent except those with ``_`` in the name, and the
SHA-256 of the body; the date header (``X-Sdk-Date``) dates it. The URL sent must carry the query
encoded the same way, which :func:`canonical_query` gives. The algorithm's name, the headers' names
and the date's format are the spec's (the AK/SK security scheme and its extensions).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from modelarts_data_client._facts import (
    SIGNATURE_HEADER,
    SIGNING_ALGORITHM,
    SIGNING_DATE_FORMAT,
    SIGNING_DATE_HEADER,
)


def _encode(text: str) -> str:
    return quote(text, safe="~")


def canonical_path(path: str) -> str:
    """Each decoded segment of ``path`` percent-encoded again, with a trailing slash."""
    encoded = "/".join(_encode(segment) for segment in unquote(path).split("/"))
    return encoded if encoded.endswith("/") else encoded + "/"


def canonical_query(pairs: Iterable[tuple[str, str]]) -> str:
    """The query pairs sorted by key then value and percent-encoded: what is signed and sent."""
    return "&".join(f"{_encode(key)}={_encode(value)}" for key, value in sorted(pairs))


def _canonical_request(
    method: str, path: str, query: str, headers: Mapping[str, str], body: bytes
) -> tuple[str, str]:
    """The canonical request text and the ``;``-joined names of the signed headers."""
    signed = sorted(name.lower() for name in headers if "_" not in name)
    values = {name.lower(): value.strip() for name, value in headers.items()}
    lines = "".join(f"{name}:{values[name]}\n" for name in signed)
    body_hash = hashlib.sha256(body).hexdigest()
    names = ";".join(signed)
    return "\n".join([method.upper(), canonical_path(path), query, lines, names, body_hash]), names


def signature(secret_key: str, date: str, canonical_request: str) -> str:
    """The hex HMAC-SHA256, keyed with the secret key, of the string to sign."""
    digest = hashlib.sha256(canonical_request.encode()).hexdigest()
    string_to_sign = f"{SIGNING_ALGORITHM}\n{date}\n{digest}"
    return hmac.new(secret_key.encode(), string_to_sign.encode(), hashlib.sha256).hexdigest()


def sign_headers(
    method: str,
    url: str,
    headers: Mapping[str, str],
    *,
    ak: str,
    sk: str,
    body: bytes = b"",
    when: datetime | None = None,
) -> dict[str, str]:
    """The headers to send: ``headers`` plus ``Host``, the date header and the signature header.

    ``url``'s query must already be in canonical order and encoding (see :func:`canonical_query`)
    if the server is to see what was signed; :class:`AkSkAuth` takes care of that.
    """
    parts = urlsplit(url)
    signed = {name: value for name, value in headers.items() if name.lower() != SIGNATURE_HEADER.lower()}
    if not any(name.lower() == "host" for name in signed):
        signed["Host"] = parts.netloc
    date = next((v for k, v in signed.items() if k.lower() == SIGNING_DATE_HEADER.lower()), None)
    if date is None:
        date = signed[SIGNING_DATE_HEADER] = (when or datetime.now(UTC)).strftime(SIGNING_DATE_FORMAT)
    pairs = _query_pairs(parts.query)
    canonical, names = _canonical_request(method, parts.path or "/", canonical_query(pairs), signed, body)
    value = (
        f"{SIGNING_ALGORITHM} Access={ak}, SignedHeaders={names}, Signature={signature(sk, date, canonical)}"
    )
    return {**signed, SIGNATURE_HEADER: value}


def _query_pairs(query: str) -> list[tuple[str, str]]:
    """Decoded (key, value) pairs of a raw query string, read as servers read it (``+`` is a space)."""
    return parse_qsl(query, keep_blank_values=True)
