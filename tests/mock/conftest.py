"""A default mock on a loopback port, and a helper to call it as a token-holding client would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from modelarts_contracts._mock import DEFAULT_TOKEN, MockConfig, RunningMock, running_mock

PROJECT = "0123456789abcdef0123456789abcdef"
Get = Callable[..., httpx.Response]


@pytest.fixture(scope="module")
def mock() -> Iterator[RunningMock]:
    """A mock with a few pages of tasks, shared by a module's tests."""
    with running_mock(MockConfig(tasks=80, datasets=4)) as served:
        yield served


def getter(served: RunningMock) -> Get:
    """A GET helper for ``served``: a path below /v2/{project}, query params, the default token."""

    def get(path: str, params: Any = None, headers: dict[str, str] | None = None) -> httpx.Response:
        sent = {"X-Auth-Token": DEFAULT_TOKEN, **(headers or {})}
        return httpx.get(f"{served.url}/v2/{PROJECT}{path}", params=params, headers=sent, timeout=10)

    return get


@pytest.fixture
def get(mock: RunningMock) -> Get:
    """GET against the shared mock."""
    return getter(mock)


def all_tasks(get: Get, **params: Any) -> list[dict[str, Any]]:
    """Every task matching ``params``, read page by page (record offsets)."""
    found: list[dict[str, Any]] = []
    while True:
        page = get("/processor-tasks", {**params, "limit": 100, "offset": len(found)}).json()
        found += page["tasks"]
        if not page["tasks"] or len(found) >= page["count"]:
            return found
