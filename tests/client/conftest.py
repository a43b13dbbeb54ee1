"""A mock served on a loopback port, and clients pointed at it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from modelarts_data_client.runtime import ModelArts, Retry, _enums

from modelarts_contracts._mock import DEFAULT_TOKEN, MockConfig, RunningMock, running_mock

PROJECT = "0123456789abcdef0123456789abcdef"


@pytest.fixture(scope="module")
def mock() -> Iterator[RunningMock]:
    """A mock with enough tasks for several pages, shared by a module's tests."""
    with running_mock(MockConfig(tasks=120, datasets=4)) as served:
        yield served


@pytest.fixture
def connect(mock: RunningMock) -> Iterator[Callable[..., ModelArts]]:
    """Build a client for the mock (token auth, fast retries unless told otherwise); closed afterwards."""
    made: list[ModelArts] = []
    mock.faults = type(mock.faults)()

    def build(**options: Any) -> ModelArts:
        settings: dict[str, Any] = {"endpoint": mock.url, "project_id": PROJECT, "token": DEFAULT_TOKEN}
        settings["retry"] = Retry(backoff=0.01, max_delay=0.05)
        settings.update(options)
        client = ModelArts(**settings)
        made.append(client)
        return client

    yield build
    for client in made:
        client.close()
    mock.faults = type(mock.faults)()


@pytest.fixture(autouse=True)
def fresh_unknown_value_log() -> None:
    """Each test starts with no unknown enum value logged, so "logged once" holds within one test."""
    _enums._REPORTED.clear()
