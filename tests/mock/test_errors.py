"""Invalid values get 400, unknown ids 404, bad credentials 401, other projects 403, as ModelArts errors."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from modelarts_contracts import _spec
from modelarts_contracts._mock import MockConfig, RunningMock, running_mock

from .conftest import PROJECT, Get, getter


def _invalid_values() -> list[tuple[str, str, str]]:
    """(operation, parameter, value) for a value outside each query parameter's schema in the spec."""
    cases = []
    for operation in ("listProcessorTasks", "listProcessorTaskVersions", "listExportTasks"):
        for name, parameter in _spec.parameters(operation).items():
            schema = parameter["schema"]
            if schema.get("type") == "integer":
                cases.append((operation, name, "abc"))
                if "maximum" in schema:
                    cases.append((operation, name, str(schema["maximum"] + 1)))
                if "minimum" in schema:
                    cases.append((operation, name, str(schema["minimum"] - 1)))
            elif schema.get("type") == "boolean":
                cases.append((operation, name, "yes"))
            elif "enum" in schema:
                cases.append((operation, name, "not-an-option"))
            elif schema.get("type") == "array":
                cases.append((operation, name, "a,,b"))
    return cases


def _path(operation: str, mock: RunningMock) -> str:
    task, dataset = mock.task_ids[0], mock.dataset_ids[0]
    return {
        "listProcessorTasks": "/processor-tasks",
        "listProcessorTaskVersions": f"/processor-tasks/{task}/versions",
        "listExportTasks": f"/datasets/{dataset}/export-tasks",
    }[operation]


def _assert_error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json" and response.headers["x-request-id"]
    body: dict[str, Any] = response.json()
    assert set(body) == {"error_code", "error_msg"} and all(isinstance(v, str) and v for v in body.values())
    return body


@pytest.mark.parametrize(("operation", "name", "value"), _invalid_values(), ids=lambda v: str(v))
def test_invalid_query_value_is_400_naming_the_parameter(
    get: Get, mock: RunningMock, operation: str, name: str, value: str
) -> None:
    """Every value outside a parameter's type, range or enum gets 400 with an error naming it (D10)."""
    body = _assert_error(get(_path(operation, mock), {name: value}), 400)
    assert name in body["error_msg"]


@pytest.mark.parametrize(
    "path", ["/processor-tasks/nope", "/processor-tasks/nope/versions", "/datasets/nope/export-tasks"]
)
def test_unknown_id_is_404(get: Get, path: str) -> None:
    """An unknown task or dataset id gets 404 with the error body (D23)."""
    _assert_error(get(path), 404)


@pytest.mark.parametrize(
    "headers", [{}, {"X-Auth-Token": "wrong"}], ids=["no-credential-401", "wrong-token-401"]
)
def test_missing_or_wrong_token_is_401(mock: RunningMock, headers: dict[str, str]) -> None:
    """Without a credential, or with a wrong token, every operation answers 401."""
    response = httpx.get(f"{mock.url}/v2/{PROJECT}/processor-tasks", headers=headers)
    _assert_error(response, 401)


def test_pinned_project_refuses_others_with_403() -> None:
    """With a project id pinned, another project in the path gets 403; the pinned one is served."""
    with running_mock(MockConfig(tasks=3, project_id=PROJECT)) as served:
        get = getter(served)
        assert get("/processor-tasks").status_code == 200
        other = httpx.get(
            f"{served.url}/v2/other-project/processor-tasks", headers={"X-Auth-Token": "mock-token"}
        )
    _assert_error(other, 403)


def test_any_project_is_served_by_default(mock: RunningMock) -> None:
    """Unless pinned, any project id in the path is accepted."""
    response = httpx.get(
        f"{mock.url}/v2/some-other-project/processor-tasks", headers={"X-Auth-Token": "mock-token"}
    )
    assert response.status_code == 200


def test_unknown_path_and_method_get_json_errors(get: Get, mock: RunningMock) -> None:
    """Paths and methods the spec does not have get 404 and 405 with the error body."""
    _assert_error(get("/no-such-collection"), 404)
    _assert_error(
        httpx.post(f"{mock.url}/v2/{PROJECT}/processor-tasks", headers={"X-Auth-Token": "mock-token"}), 405
    )


def test_every_success_has_a_request_id(get: Get) -> None:
    """Successful answers carry X-Request-Id too, a new one each time."""
    first, second = get("/processor-tasks"), get("/processor-tasks")
    assert first.headers["x-request-id"] != second.headers["x-request-id"]
