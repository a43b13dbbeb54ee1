"""Checking an AK/SK (``SDK-HMAC-SHA256``) signature the way the service does, from the request as received.

The canonical request is rebuilt from the raw path, the raw query and the headers the client
says it signed; the signature over it must match, and the date header (``X-Sdk-Date``) must be
recent. The algorithm's name, the headers' names and the date's form are the spec's (the ``akSk``
scheme, read by ``_spec.signing``). The logic is written independently of the client's signer so
that the two check each other, and both are checked against the official ``huaweicloudsdkcore``
signer in the tests.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from urllib.parse import parse_qsl, quote, unquote

from modelarts_contracts import _spec

_EMPTY_BODY_HASH = hashlib.sha256(b"").hexdigest()
_FIELDS = re.compile(r"(Access|SignedHeaders|Signature)=([^,\s]+)")


class SignatureError(Exception):
    """Why a signed request is refused; the message never contains a key or a signature."""


def _encode(text: str) -> str:
    return quote(text, safe="~")


def canonical_path(raw_path: str) -> str:
    """Each decoded path segment percent-encoded again, with a trailing slash."""
    path = "/".join(_encode(segment) for segment in unquote(raw_path).split("/"))
    return path if path.endswith("/") else path + "/"


def canonical_query(raw_query: str) -> str:
    """The query's pairs, decoded, sorted by key then value, and encoded again."""
    pairs = sorted(parse_qsl(raw_query, keep_blank_values=True))
    return "&".join(f"{_encode(key)}={_encode(value)}" for key, value in pairs)


def canonical_request(
    method: str, raw_path: str, raw_query: str, headers: Mapping[str, str], signed: list[str]
) -> str:
    """The text whose hash is signed: method, path, query, signed headers and the body hash."""
    lines = "".join(f"{name}:{headers[name].strip()}\n" for name in signed)
    parts = [method.upper(), canonical_path(raw_path), canonical_query(raw_query), lines, ";".join(signed)]
    return "\n".join([*parts, _EMPTY_BODY_HASH])


def signature(secret: str, date: str, canonical: str) -> str:
    """The hex HMAC-SHA256 of the string to sign, keyed with the secret key."""
    digest = hashlib.sha256(canonical.encode()).hexdigest()
    string_to_sign = f"{_spec.signing().algorithm}\n{date}\n{digest}"
    return hmac.new(secret.encode(), string_to_sign.encode(), hashlib.sha256).hexdigest()


def parse_authorization(value: str) -> tuple[str, list[str], str]:
    """Access key, signed header names and signature from the signature header's value."""
    signing = _spec.signing()
    if not value.startswith(signing.algorithm + " "):
        raise SignatureError(f"the {signing.header} header is not an {signing.algorithm} signature")
    fields = dict(_FIELDS.findall(value))
    if fields.keys() != {"Access", "SignedHeaders", "Signature"}:
        raise SignatureError(f"the {signing.header} header lacks Access, SignedHeaders or Signature")
    return fields["Access"], fields["SignedHeaders"].split(";"), fields["Signature"]


def check_date(headers: Mapping[str, str], now: datetime, date_tolerance: int) -> str:
    """The date header's value, once it is known to be well formed and within ``date_tolerance`` seconds.

    ``headers`` have their names lower-cased."""
    signing = _spec.signing()
    text = headers.get(signing.date_header.lower())
    if text is None:
        raise SignatureError(f"the signed request has no {signing.date_header} header")
    try:
        sent = datetime.strptime(text, signing.date_format).replace(tzinfo=UTC)
    except ValueError:
        form = datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC).strftime(signing.date_format)
        raise SignatureError(f"{signing.date_header} is not in the form of {form}") from None
    if abs((now - sent).total_seconds()) > date_tolerance:
        raise SignatureError(
            f"{signing.date_header} is more than {date_tolerance // 60} minutes away from the server's clock"
        )
    return text


def verify(
    request: tuple[str, str, str, Mapping[str, str]],
    keys: tuple[str, str],
    now: datetime,
    date_tolerance: int,
) -> None:
    """Raise :class:`SignatureError` unless ``request`` is signed by ``keys`` (access key, secret key).

    ``request`` is the method, raw path, raw query and headers (names lower-cased) as received.
    """
    method, raw_path, raw_query, headers = request
    signing = _spec.signing()
    access, signed, sent = parse_authorization(headers.get(signing.header.lower(), ""))
    if not hmac.compare_digest(access.encode(), keys[0].encode()):
        raise SignatureError("the access key is not known")
    date = check_date(headers, now, date_tolerance)
    if signing.date_header.lower() not in signed or "host" not in signed:
        raise SignatureError(f"the signature must cover Host and {signing.date_header}")
    missing = [name for name in signed if name not in headers]
    if missing:
        raise SignatureError(f"signed header(s) {', '.join(missing)} missing from the request")
    expected = signature(keys[1], date, canonical_request(method, raw_path, raw_query, headers, signed))
    if not hmac.compare_digest(expected.encode(), sent.encode()):
        raise SignatureError("the signature does not match the request")
