"""Paginators: lazy, complete, exactly once, filters passed through, and never an endless loop."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from modelarts_data_client.models import ExportType, TaskStatus
from modelarts_data_client.runtime import ModelArts, PaginationError, Retry

from modelarts_contracts._mock import Faults, MockConfig, RunningMock, running_mock

from .conftest import PROJECT


def test_iter_tasks_yields_every_task_once(connect: Callable[..., ModelArts], mock: RunningMock) -> None:
    """Walking with a small page size yields every task exactly once, across a last partial page."""
    ids = [task.task_id for task in connect().iter_tasks(limit=7)]
    assert len(ids) == len(set(ids)) == len(mock.task_ids)
    assert set(ids) == set(mock.task_ids)


def test_iter_tasks_passes_filters(connect: Callable[..., ModelArts]) -> None:
    """Filters given to a paginator apply to every page."""
    client = connect()
    walked = list(client.iter_tasks(limit=4, status=TaskStatus.RUNNING))
    assert len(walked) == client.list_tasks(status=TaskStatus.RUNNING).count
    assert all(task.status is TaskStatus.RUNNING for task in walked)


def test_iter_is_lazy(connect: Callable[..., ModelArts], mock: RunningMock) -> None:
    """Taking the first items of a walk fetches only the pages needed for them."""
    pages: list[httpx.Request] = []
    client = connect(transport=_Recording(httpx.HTTPTransport(), pages))
    assert len(list(itertools.islice(client.iter_tasks(limit=5), 7))) == 7
    assert len(pages) == 2


def test_iter_versions_and_export_tasks(connect: Callable[..., ModelArts], mock: RunningMock) -> None:
    """Versions and export tasks walk like tasks do, export_type passed through."""
    client = connect()
    task = next(t for t in client.list_tasks(limit=50).tasks if t.version_count == 3)
    assert [v.task_id for v in client.iter_task_versions(task.task_id, limit=1)] == [task.task_id] * 3
    dataset = mock.dataset_ids[3]
    exports = list(client.iter_export_tasks(dataset, limit=2, export_type=ExportType.LABELED))
    assert len(exports) == client.list_export_tasks(dataset, export_type=ExportType.LABELED).total_count
    assert all(e.export_type is ExportType.LABELED for e in exports)


def test_iter_with_page_offsets_walks_a_page_index_server(connect: Callable[..., ModelArts]) -> None:
    """offset_reading='page' walks a server that reads offset as a page index (spec D6)."""
    with running_mock(MockConfig(tasks=33, offset_reading="page")) as served:
        client = connect(endpoint=served.url, offset_reading="page")
        ids = [task.task_id for task in client.iter_tasks(limit=10)]
    assert sorted(ids) == sorted(served.task_ids)


def test_walk_under_injected_faults_yields_each_item_once(
    connect: Callable[..., ModelArts], mock: RunningMock
) -> None:
    """With 503s, 429s and cut connections on many requests, retries let the walk deliver each task once."""
    client = connect(retry=Retry(attempts=8, backoff=0.001, max_delay=0.01))
    mock.faults = Faults(status=503, retry_after=0, fraction=0.3, seed=3)
    first = [task.task_id for task in client.iter_tasks(limit=9)]
    mock.faults = Faults(drop=True, fraction=0.3, seed=4)
    second = [task.task_id for task in client.iter_tasks(limit=9)]
    for walked in (first, second):
        assert len(walked) == len(set(walked)) == len(mock.task_ids)


def _page(items: list[dict[str, Any]], count: int) -> httpx.Response:
    return httpx.Response(200, json={"count": count, "tasks": items})


def _task(number: int) -> dict[str, Any]:
    return {"task_id": f"t{number}", "status": 2, "create_time": 1606372570023}


def _offline(handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> ModelArts:
    return ModelArts(
        endpoint="http://modelarts.test",
        project_id=PROJECT,
        token="t",
        transport=httpx.MockTransport(handler),
        **options,
    )


def test_server_repeating_a_page_raises_instead_of_looping() -> None:
    """A server that ignores offset and sends the same page again makes the walk raise PaginationError."""
    client = _offline(lambda request: _page([_task(1), _task(2)], count=10))
    with pytest.raises(PaginationError, match=r"brings nothing new \(it repeats 't1'"):
        list(client.iter_tasks(limit=2))


def test_empty_page_before_count_is_reached_raises() -> None:
    """An empty page while the count says more remain is reported, not walked past or looped on."""

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", "0"))
        return _page([_task(offset), _task(offset + 1)] if offset < 4 else [], count=9)

    with pytest.raises(PaginationError, match="empty page at offset 4"):
        list(_offline(handler).iter_tasks(limit=2))


def test_walk_stops_on_count_without_extra_request() -> None:
    """When the items seen reach the count, the walk ends without asking for another page."""
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.params["offset"])
        offset = int(request.url.params["offset"])
        return _page([_task(offset), _task(offset + 1)], count=4)

    assert len(list(_offline(handler).iter_tasks(limit=2))) == 4
    assert asked == ["0", "2"]


class _Recording(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, seen: list[httpx.Request]) -> None:
        self.inner, self.seen = inner, seen

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def test_server_capping_its_pages_is_walked_to_the_count() -> None:
    """A server that sends fewer items than the limit asked for is walked on until the count is reached."""

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        return _page([_task(n) for n in range(offset, min(offset + 2, 7))], count=7)

    assert [task.task_id for task in _offline(handler).iter_tasks(limit=5)] == [f"t{n}" for n in range(7)]
