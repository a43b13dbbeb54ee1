"""Bad arguments raise ParameterError (a ModelArtsError) naming them, and nothing is sent (D33).

The wrong values are derived from each parameter's schema in the spec, for every parameter of
every operation, so a parameter added to the spec is covered too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from modelarts_data_client.runtime import ConfigurationError, ModelArts, ModelArtsError, ParameterError, Retry

from modelarts_contracts import _spec

from .conftest import PROJECT

METHODS = {
    "listProcessorTasks": "list_tasks",
    "showProcessorTask": "get_task",
    "listProcessorTaskVersions": "list_task_versions",
    "listExportTasks": "list_export_tasks",
}
PAGINATORS = {"list_tasks": "iter_tasks", "list_task_versions": "iter_task_versions"}
PAGINATORS["list_export_tasks"] = "iter_export_tasks"


def _wrong_values(schema: dict[str, Any]) -> list[Any]:
    """Values a parameter of ``schema`` must refuse: other JSON types, and raw values for enums."""
    kind = schema.get("type")
    if "enum" in schema:
        return [schema["enum"][0], None]
    if kind == "array":
        return ["VER0001", [], ["a,b"], [1], ("ok", None)]
    return {
        "integer": ["5", True, 5.0, None],
        "boolean": ["true", 1, None],
        "string": [5, b"bytes", None],
        "number": ["1", None],
    }[str(kind)]


def _cases() -> Iterator[Any]:
    for operation, method in METHODS.items():
        for name, parameter in _spec.parameters(operation, "query").items():
            for value in _wrong_values(parameter["schema"]):
                yield pytest.param(method, name, value, id=f"{method}-{name}-{value!r}")


def _path_arguments(operation: str) -> list[str]:
    return [name for name in _spec.parameters(operation, "path") if name != "project_id"]


@pytest.fixture
def offline() -> Iterator[tuple[ModelArts, list[httpx.Request]]]:
    """A client whose transport records what it would send (it must send nothing here)."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    client = ModelArts(
        endpoint="http://modelarts.test", project_id=PROJECT, token="t", transport=httpx.MockTransport(answer)
    )
    with client:
        yield client, sent


def _call(client: ModelArts, method: str, **arguments: Any) -> Callable[[], Any]:
    listing = next((plain for plain, walk in PAGINATORS.items() if walk == method), method)
    operation = next(op for op, name in METHODS.items() if name == listing)
    positional = ["id-1" for _ in _path_arguments(operation)]
    return lambda: getattr(client, method)(*positional, **arguments)


def test_bare_string_for_version_id_is_refused(offline: tuple[ModelArts, list[httpx.Request]]) -> None:
    """list_tasks(version_id="VER0001") is refused: it would be sent as V,E,R,... and match nothing."""
    client, sent = offline
    with pytest.raises(
        ParameterError, match=r"version_id must be a list of a string, not 'VER0001'"
    ) as caught:
        client.list_tasks(version_id="VER0001")  # type: ignore[arg-type]
    assert isinstance(caught.value, ModelArtsError) and isinstance(caught.value, ValueError)
    assert sent == []


@pytest.mark.parametrize(("method", "name", "value"), list(_cases()))
def test_wrong_query_argument_is_refused_before_sending(
    offline: tuple[ModelArts, list[httpx.Request]], method: str, name: str, value: Any
) -> None:
    """Every query parameter refuses a value of another type, naming the parameter; nothing is sent."""
    client, sent = offline
    with pytest.raises(ParameterError, match=name):
        _call(client, method, **{name: value})()
    assert sent == []


@pytest.mark.parametrize("value", ["", 7, None], ids=["empty", "number", "none"])
@pytest.mark.parametrize("method", ["get_task", "list_task_versions", "list_export_tasks"])
def test_wrong_path_argument_is_refused(
    offline: tuple[ModelArts, list[httpx.Request]], method: str, value: Any
) -> None:
    """An empty or non-string id is refused: an empty one would address another resource."""
    client, sent = offline
    with pytest.raises(ParameterError):
        getattr(client, method)(value)
    assert sent == []


@pytest.mark.parametrize("method", sorted(PAGINATORS))
@pytest.mark.parametrize(("name", "value"), [("offset", "2"), ("limit", "ten"), ("limit", 2.0)])
def test_paginator_refuses_wrong_paging_arguments(
    offline: tuple[ModelArts, list[httpx.Request]], method: str, name: str, value: Any
) -> None:
    """A walk's offset and limit are checked like the call's, before the first page is asked for."""
    client, sent = offline
    walk = _call(client, PAGINATORS[method], **{name: value})
    with pytest.raises(ParameterError, match=name):
        list(walk())
    assert sent == []


def test_every_operation_has_checked_parameters() -> None:
    """The cases cover every operation with query parameters (the walk over the spec is not empty)."""
    methods = {case.values[0] for case in _cases()}
    assert methods == {"list_tasks", "list_task_versions", "list_export_tasks"}


@pytest.mark.parametrize(
    "settings",
    [
        {"timeout": "30"},
        {"timeout": 0},
        {"timeout": True},
        {"retry": 3},
        {"offset_reading": "pages"},
    ],
    ids=["string-timeout", "zero-timeout", "bool-timeout", "number-for-retry", "unknown-offset-reading"],
)
def test_wrong_client_setting_is_a_configuration_error(settings: dict[str, Any]) -> None:
    """A setting the client cannot use raises ConfigurationError naming it, not a bare error later."""
    options: dict[str, Any] = {"endpoint": "http://modelarts.test", "project_id": PROJECT, "token": "t"}
    with pytest.raises(ConfigurationError, match=next(iter(settings))):
        ModelArts(**options, **settings)


@pytest.mark.parametrize(
    "settings",
    [{"attempts": 0}, {"attempts": 2.5}, {"backoff": -1}, {"total": "60"}, {"statuses": [503]}],
    ids=["zero-attempts", "fractional-attempts", "negative-backoff", "string-total", "list-of-statuses"],
)
def test_wrong_retry_setting_is_a_configuration_error(settings: dict[str, Any]) -> None:
    """Retry refuses settings no retry loop can follow, within the ModelArtsError family."""
    with pytest.raises(ConfigurationError, match=next(iter(settings))) as caught:
        Retry(**settings)
    assert isinstance(caught.value, ModelArtsError)
