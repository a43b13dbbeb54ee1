"""Authentication as the service does it: tokens, and AK/SK signatures checked for real.

Requests signed by the official huaweicloudsdkcore are accepted for all four operations; a tampered
query, a wrong secret key or a stale X-Sdk-Date are refused with 401. otcextensions' export-task
listing, with token auth, works against the mock.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkcore.sdk_request import SdkRequest
from huaweicloudsdkcore.sdk_response import SdkResponse
from huaweicloudsdkcore.signer.signer import Signer
from huaweicloudsdkmodelarts.v1 import ModelArtsClient

from modelarts_contracts._mock import DEFAULT_AK, DEFAULT_SK, DEFAULT_TOKEN, RunningMock

from .conftest import PROJECT


class RawResponse(SdkResponse):
    """A response type with no fields, so call_api keeps the status and the raw body."""

    openapi_types: dict[str, str] = {}
    attribute_map: dict[str, str] = {}


def _official_client(url: str, sk: str = DEFAULT_SK) -> Any:
    config = HttpConfig.get_default_config()
    config.retry_times = 0
    credentials = BasicCredentials(DEFAULT_AK, sk, PROJECT)
    return (
        ModelArtsClient.new_builder()
        .with_http_config(config)
        .with_credentials(credentials)
        .with_endpoint(url)
        .build()
    )


def _call(
    client: Any, path: str, query: list[tuple[str, Any]], path_params: dict[str, str] | None = None
) -> Any:
    return client.call_api(
        path,
        "GET",
        path_params=path_params or {},
        query_params=query,
        header_params={},
        body=None,
        post_params=None,
        cname=None,
        response_type=RawResponse,
        response_headers=[],
        auth_settings=[],
        collection_formats={},
        request_type=None,
    )


def test_official_sdk_signed_calls_are_accepted_for_all_operations(mock: RunningMock) -> None:
    """The official SDK's call_api (AK/SK) reaches all four operations, awkward query characters included."""
    client = _official_client(mock.url)
    task, dataset = mock.task_ids[0], mock.dataset_ids[2]
    calls = [
        (
            "/v2/{project_id}/processor-tasks",
            [("limit", 5), ("task_name", "data analyse"), ("version_id", "a,b")],
            {},
        ),
        ("/v2/{project_id}/processor-tasks", [("source", "/test-obs/input/x y/"), ("task_name", "数据")], {}),
        ("/v2/{project_id}/processor-tasks/{task_id}", [], {"task_id": task}),
        ("/v2/{project_id}/processor-tasks/{task_id}/versions", [("order", "asc")], {"task_id": task}),
        (
            "/v2/{project_id}/datasets/{dataset_id}/export-tasks",
            [("export_type", 2), ("limit", 3)],
            {"dataset_id": dataset},
        ),
    ]
    for path, query, path_params in calls:
        response = _call(client, path, query, path_params)
        assert response.status_code == 200, (path, response.raw_content)


def test_official_sdk_with_wrong_secret_gets_401(mock: RunningMock) -> None:
    """A signature made with another secret key is refused; the SDK sees 401 and the error body."""
    with pytest.raises(ClientRequestException) as caught:
        _call(_official_client(mock.url, sk="not-the-secret"), "/v2/{project_id}/processor-tasks", [])
    assert caught.value.status_code == 401 and caught.value.error_code == "ModelArts.4201"


def _signed(url: str, query: list[tuple[str, str]], when: datetime) -> tuple[str, dict[str, str]]:
    """A request signed by the official signer: the URL it sends and its headers."""
    host = url.removeprefix("http://")
    request = SdkRequest(
        method="GET",
        schema="http",
        host=host,
        resource_path=f"/v2/{PROJECT}/processor-tasks",
        query_params=query,
        header_params={"X-Sdk-Date": when.strftime("%Y%m%dT%H%M%SZ")},
    )
    signed = Signer(BasicCredentials(DEFAULT_AK, DEFAULT_SK)).sign(request)
    return f"{url}{signed.uri}", dict(signed.header_params)


@pytest.fixture
def fresh(mock: RunningMock) -> Iterator[tuple[str, dict[str, str]]]:
    """A correctly signed request for the task list with a status filter."""
    yield _signed(mock.url, [("status", "2"), ("limit", "5")], datetime.now(UTC))


def test_untouched_signed_request_is_accepted(fresh: tuple[str, dict[str, str]]) -> None:
    """The signed request as the official signer made it is served (the baseline of the next tests)."""
    url, headers = fresh
    assert httpx.get(url, headers=headers).status_code == 200


def test_tampered_query_gets_401(fresh: tuple[str, dict[str, str]]) -> None:
    """Changing a query value after signing breaks the signature."""
    url, headers = fresh
    response = httpx.get(url.replace("status=2", "status=3"), headers=headers)
    assert response.status_code == 401 and "signature" in response.json()["error_msg"]


def test_stale_date_gets_401(mock: RunningMock) -> None:
    """A signature dated more than 15 minutes ago is refused, even though it is otherwise right."""
    url, headers = _signed(mock.url, [("limit", "5")], datetime.now(UTC) - timedelta(minutes=16))
    response = httpx.get(url, headers=headers)
    assert response.status_code == 401 and "X-Sdk-Date" in response.json()["error_msg"]


def test_unknown_access_key_gets_401(fresh: tuple[str, dict[str, str]]) -> None:
    """Another access key in the Authorization header is refused."""
    url, headers = fresh
    headers = {
        **headers,
        "Authorization": headers["Authorization"].replace(DEFAULT_AK, "OTHERACCESSKEY000000"),
    }
    assert httpx.get(url, headers=headers).status_code == 401


# openstacksdk warns about its own deprecations on every connection; they are not ours to fix.
@pytest.mark.filterwarnings("ignore::PendingDeprecationWarning")
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_otcextensions_lists_export_tasks_with_a_token(mock: RunningMock) -> None:
    """otcextensions' dataset_export_tasks (token auth; one page, as its pager loops) reads the list."""
    from openstack import connection
    from otcextensions import sdk

    conn = connection.Connection(
        auth_type="admin_token",
        auth={"token": DEFAULT_TOKEN, "endpoint": mock.url},
        modelartsv2_endpoint_override=f"{mock.url}/v2/{PROJECT}",
        region_name="eu-de",
    )
    sdk.register_otc_extensions(conn)
    dataset = mock.dataset_ids[2]
    listed = list(conn.modelartsv2.dataset_export_tasks(dataset, limit=100, paginated=False))
    expected = httpx.get(
        f"{mock.url}/v2/{PROJECT}/datasets/{dataset}/export-tasks",
        params={"limit": 100},
        headers={"X-Auth-Token": DEFAULT_TOKEN},
    ).json()["export_tasks"]
    assert [task.task_id for task in listed] == [task["task_id"] for task in expected]
    labeled = list(conn.modelartsv2.dataset_export_tasks(dataset, export_type=0, paginated=False))
    assert labeled and {task.export_type for task in labeled} == {0}
