"""Errors: API errors carry status, code, message and request id; bad bodies name the field."""

from __future__ import annotations

import copy
import socket
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from modelarts_data_client.models import TaskStatus
from modelarts_data_client.runtime import (
    ApiError,
    ModelArts,
    ModelArtsError,
    ResponseParseError,
    Retry,
    TransportError,
    TransportTimeoutError,
)

from modelarts_contracts import _spec

from .conftest import PROJECT

PAGE_002 = _spec.operations()["showProcessorTask"][2]["responses"]["200"]["content"]["application/json"]


def _serving(status: int, body: Any, headers: dict[str, str] | None = None) -> ModelArts:
    """A client whose every call gets ``body`` (JSON, or raw bytes) with ``status``."""

    def answer(request: httpx.Request) -> httpx.Response:
        if isinstance(body, bytes):
            return httpx.Response(status, content=body, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    return ModelArts(
        endpoint="http://modelarts.test", project_id=PROJECT, token="t", transport=httpx.MockTransport(answer)
    )


def _example_task() -> dict[str, Any]:
    return copy.deepcopy(PAGE_002["examples"]["page002"]["value"])


def test_api_error_carries_status_code_message_and_request_id(connect: Callable[..., ModelArts]) -> None:
    """A 404 from the mock becomes ApiError with its status, error_code, error_msg and X-Request-Id."""
    with pytest.raises(ApiError) as caught:
        connect().get_task("no-such-task")
    error = caught.value
    assert (error.status_code, error.error_code) == (404, "ModelArts.4612")
    assert error.error_msg == "Task not found." and error.request_id
    assert isinstance(error, ModelArtsError)


def test_api_error_on_wrong_token(connect: Callable[..., ModelArts]) -> None:
    """A token the server refuses gives ApiError 401; the token is not in the message."""
    with pytest.raises(ApiError) as caught:
        connect(token="not-the-token-value").list_tasks()
    assert caught.value.status_code == 401 and "not-the-token-value" not in str(caught.value)


def test_api_error_with_plain_text_body() -> None:
    """An error status with a non-JSON body still gives ApiError, the text as its message."""
    with pytest.raises(ApiError) as caught:
        _serving(502, b"<html>Bad gateway</html>").list_tasks()
    assert caught.value.status_code == 502 and caught.value.error_code is None
    assert "Bad gateway" in (caught.value.error_msg or "")


def test_string_result_raises_naming_the_field() -> None:
    """D2: page 002's example sends `result` as a string; the client names the field instead of guessing."""
    task = _example_task() | {"result": "xxx"}
    with pytest.raises(ResponseParseError) as caught:
        _serving(200, task).get_task("AcYfsdfhGyrWL5TtahH")
    assert caught.value.path == ("result",) and caught.value.value == "xxx"
    assert "result" in str(caught.value)


@pytest.mark.parametrize(
    ("edit", "path", "value"),
    [
        (lambda t: t.pop("task_id"), ("tasks[0]", "task_id"), None),
        (lambda t: t.update(create_time="1606372570023"), ("tasks[0]", "create_time"), "1606372570023"),
        (lambda t: t.update(is_current="yes"), ("tasks[0]", "is_current"), "yes"),
        (lambda t: t.update(duration_seconds=True), ("tasks[0]", "duration_seconds"), True),
        (lambda t: t.update(duration_seconds=12.5), ("tasks[0]", "duration_seconds"), 12.5),
        (lambda t: t["inputs"][0].update(type=7), ("tasks[0]", "inputs[0]", "type"), 7),
        (lambda t: t.update(template="sys_data_analyse"), ("tasks[0]", "template"), "sys_data_analyse"),
        (lambda t: t.update(inputs={"type": "OBS"}), ("tasks[0]", "inputs"), {"type": "OBS"}),
    ],
    ids=[
        "missing-id",
        "string-time",
        "string-bool",
        "bool-int",
        "fractional-int",
        "number-for-string-enum",
        "string-object",
        "object-for-list",
    ],
)
def test_malformed_task_raises_with_path_and_value(
    edit: Callable[[dict[str, Any]], Any], path: tuple[str, ...], value: Any
) -> None:
    """Each kind of malformed field raises ResponseParseError naming the path and the value sent."""
    task = _example_task()
    edit(task)
    with pytest.raises(ResponseParseError) as caught:
        _serving(200, {"count": 1, "tasks": [task]}).list_tasks()
    assert caught.value.path == path and caught.value.value == value


@pytest.mark.parametrize("value", [True, "2", None, 2.5], ids=["bool", "string", "null", "fraction"])
def test_status_of_another_json_type_raises(value: Any) -> None:
    """D20: a status that is not a JSON integer is refused, naming `status` (true is not 1)."""
    task = _example_task() | {"status": value}
    with pytest.raises(ResponseParseError, match=r"status: .*TaskStatus") as caught:
        _serving(200, task).get_task("x")
    assert caught.value.path == ("status",)
    assert len(TaskStatus) == 5


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]", b'"a string"'], ids=["not-json", "array", "string"])
def test_body_that_is_not_the_object_raises_parse_error(body: bytes) -> None:
    """A 200 whose body is not JSON, or not an object, raises ResponseParseError, not a bare error."""
    with pytest.raises(ResponseParseError):
        _serving(200, body).list_tasks()


def test_connection_refused_is_transport_error() -> None:
    """Nothing listening: TransportError after the retries, with the URL but not the credential."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = ModelArts(
        endpoint=f"http://127.0.0.1:{port}",
        project_id=PROJECT,
        token="secret-token-value",
        retry=Retry(attempts=2, backoff=0.001),
    )
    with client, pytest.raises(TransportError) as caught:
        client.list_tasks()
    assert not isinstance(caught.value, TransportTimeoutError)
    assert "ConnectError" in str(caught.value) and "secret-token-value" not in str(caught.value)


def test_slow_server_is_transport_timeout_error(connect: Callable[..., ModelArts], mock: Any) -> None:
    """A server slower than the timeout gives TransportTimeoutError, a TransportError and a TimeoutError."""
    from modelarts_contracts._mock import Faults

    mock.faults = Faults(latency=1.0, fraction=1.0)
    client = connect(timeout=0.2, retry=Retry.off())
    with pytest.raises(TransportTimeoutError) as caught:
        client.list_tasks()
    assert isinstance(caught.value, TransportError) and isinstance(caught.value, TimeoutError)


def test_former_timeout_error_name_is_the_same_class() -> None:
    """The deprecated ``TimeoutError`` import still works and names TransportTimeoutError itself."""
    import modelarts_data_client
    from modelarts_data_client import runtime

    assert runtime.TimeoutError is modelarts_data_client.TimeoutError is TransportTimeoutError
    assert runtime.TimeoutError is not TimeoutError  # the builtin is not shadowed: it is a base


def _export_page(**params: Any) -> dict[str, Any]:
    task = {"task_id": "e1", "status": "SUCCESSED", "create_time": 1606372570023, "export_params": params}
    return {"total_count": 1, "export_tasks": [task]}


@pytest.mark.parametrize(
    ("params", "path"),
    [
        ({"samples": "a.jpg"}, ("export_tasks[0]", "export_params", "samples")),
        ({"samples": ["a.jpg", 3]}, ("export_tasks[0]", "export_params", "samples[1]")),
        (
            {"search_conditions": [{"label_list": {"labels": [{"property": {"color": "red"}}]}}]},
            ("export_tasks[0]", "export_params", "search_conditions[0]", "label_list", "labels[0]")
            + ("property", "color"),
        ),
    ],
    ids=["string-for-list", "number-in-list", "string-for-list-in-map"],
)
def test_lists_of_strings_are_checked_item_by_item(params: dict[str, Any], path: tuple[str, ...]) -> None:
    """A list of strings that is not one (or holds a number) raises with its path, never passes as is."""
    with pytest.raises(ResponseParseError) as caught:
        _serving(200, _export_page(**params)).list_export_tasks("d")
    assert caught.value.path == path


@pytest.mark.parametrize("value", [True, [1.0], {"ratio": 1}], ids=["bool", "list", "object"])
def test_string_or_number_field_refuses_other_types(value: Any) -> None:
    """D4: train_sample_ratio may be a string or a number, nothing else (true is not 1)."""
    with pytest.raises(ResponseParseError) as caught:
        _serving(200, _export_page(train_sample_ratio=value)).list_export_tasks("d")
    assert caught.value.path == ("export_tasks[0]", "export_params", "train_sample_ratio")


@pytest.mark.parametrize("value", ["1.00", 1.0, 1], ids=["string", "float", "int"])
def test_string_or_number_field_accepts_both(value: Any) -> None:
    """D4: the page's String and the example's number are both read as sent."""
    page = _serving(200, _export_page(train_sample_ratio=value)).list_export_tasks("d")
    params = page.export_tasks[0].export_params
    assert params is not None and params.train_sample_ratio == value


@pytest.mark.parametrize(
    "value", ["", [["a", 1]], ["ab"]], ids=["empty-string", "pairs", "two-letter-strings"]
)
def test_object_field_refuses_what_dict_would_accept(value: Any) -> None:
    """`result` must be an object: an empty string or a list of pairs is refused, not turned into a dict."""
    task = _example_task() | {"result": value}
    with pytest.raises(ResponseParseError) as caught:
        _serving(200, task).get_task("x")
    assert caught.value.path == ("result",) and caught.value.value == value
