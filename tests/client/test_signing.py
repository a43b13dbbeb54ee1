"""Our AK/SK signature is the official huaweicloudsdkcore signature, byte for byte."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlencode

import httpx
import pytest
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.sdk_request import SdkRequest
from huaweicloudsdkcore.signer.signer import Signer
from modelarts_data_client.runtime import AkSkAuth, sign_headers

AK, SK = "HPUAEXAMPLEACCESSKEY", "example/secret+key=="
WHEN = datetime(2026, 11, 24, 9, 30, 5, tzinfo=UTC)
DATE = "20261124T093005Z"
PATH = "/v2/0123abc/processor-tasks"

QUERIES = {
    "none": [],
    "plain": [("limit", "10"), ("offset", "20")],
    "comma": [("version_id", "A,B,C")],
    "space": [("task_name", "data analyse")],
    "slash": [("source", "/test-obs/input/dir/")],
    "non-ascii": [("task_name", "数据-处理 é")],
    "repeated-key": [("version_id", "b"), ("version_id", "a"), ("limit", "5")],
    "reserved": [("task_name", "a+b=c&d~e*f")],
}


def _official(query: list[tuple[str, str]], headers: dict[str, str], path: str = PATH) -> str:
    """The Authorization value huaweicloudsdkcore's Signer gives the same request."""
    grouped: dict[str, list[str] | str] = {}
    for key, value in query:
        previous = grouped.get(key)
        grouped[key] = (
            value if previous is None else [*([previous] if isinstance(previous, str) else previous), value]
        )
    request = SdkRequest(
        method="GET",
        schema="https",
        host="modelarts.cn-north-4.myhuaweicloud.com",
        resource_path=path,
        query_params=list(grouped.items()),
        header_params={**headers, "X-Sdk-Date": DATE},
    )
    return str(Signer(BasicCredentials(AK, SK)).sign(request).header_params["Authorization"])


@pytest.mark.parametrize("query", list(QUERIES.values()), ids=[f"{name}-matches" for name in QUERIES])
def test_sign_headers_matches_official_signer(query: list[tuple[str, str]]) -> None:
    """sign_headers gives the Authorization value the official signer gives, for awkward queries too."""
    url = f"https://modelarts.cn-north-4.myhuaweicloud.com{PATH}" + (f"?{urlencode(query)}" if query else "")
    headers = {"Host": "modelarts.cn-north-4.myhuaweicloud.com", "X-Project-Id": "0123abc"}
    ours = sign_headers("GET", url, headers, ak=AK, sk=SK, when=WHEN)
    assert ours["Authorization"] == _official(query, headers)
    assert ours["X-Sdk-Date"] == DATE


def test_sign_headers_matches_official_signer_on_encoded_path() -> None:
    """A path segment with characters to escape is canonicalised the official way."""
    path = "/v2/p/datasets/d%C3%A9j%C3%A0 vu/export-tasks"
    url = f"https://modelarts.cn-north-4.myhuaweicloud.com{path}"
    headers = {"Host": "modelarts.cn-north-4.myhuaweicloud.com"}
    ours = sign_headers("GET", url, headers, ak=AK, sk=SK, when=WHEN)
    assert ours["Authorization"] == _official([], headers, path="/v2/p/datasets/déjà vu/export-tasks")


def test_aksk_auth_sends_the_official_signature_and_the_query_it_signed() -> None:
    """AkSkAuth signs what httpx sends; the URL carries the query in the order and encoding signed."""
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: seen.append(request) or httpx.Response(200, json={}))
    auth = AkSkAuth(AK, SK, clock=lambda: WHEN)
    with httpx.Client(transport=transport, auth=auth) as client:
        client.get(
            f"https://modelarts.cn-north-4.myhuaweicloud.com{PATH}",
            params=[("version_id", "b,a"), ("task_name", "x y"), ("limit", "3")],
        )
    sent = seen[0]
    assert sent.url.query == b"limit=3&task_name=x%20y&version_id=b%2Ca"
    signed_query = [("limit", "3"), ("task_name", "x y"), ("version_id", "b,a")]
    assert sent.headers["Authorization"] == _official(
        signed_query, {"Host": "modelarts.cn-north-4.myhuaweicloud.com"}
    )


def test_auth_reprs_hide_secrets() -> None:
    """Neither auth's repr shows a key or a token."""
    from modelarts_data_client.runtime import TokenAuth

    shown = repr(AkSkAuth(AK, SK, security_token="temporary-token")) + repr(TokenAuth("iam-token-value"))
    assert (
        AK not in shown
        and SK not in shown
        and "temporary-token" not in shown
        and "iam-token-value" not in shown
    )


def test_security_token_is_sent_and_signed_like_the_official_signer() -> None:
    """With temporary credentials, X-Security-Token is sent and covered by the same signature as the SDK's."""
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: seen.append(request) or httpx.Response(200, json={}))
    with httpx.Client(
        transport=transport, auth=AkSkAuth(AK, SK, "temporary-token", clock=lambda: WHEN)
    ) as client:
        client.get(f"https://modelarts.cn-north-4.myhuaweicloud.com{PATH}", params={"limit": "1"})
    sent = seen[0]
    assert sent.headers["X-Security-Token"] == "temporary-token"
    assert "x-security-token" in sent.headers["Authorization"]
    headers = {"Host": "modelarts.cn-north-4.myhuaweicloud.com", "X-Security-Token": "temporary-token"}
    assert sent.headers["Authorization"] == _official([("limit", "1")], headers)
