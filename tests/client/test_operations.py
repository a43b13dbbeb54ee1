"""The four operations through ModelArts and AsyncModelArts, over HTTP, against the mock."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from modelarts_data_client.models import (
    ExportType,
    ListProcessorTasksOrder,
    ListProcessorTasksSortBy,
    ProcessorTask,
    TaskStatus,
    TaskType,
)
from modelarts_data_client.runtime import AsyncModelArts, ModelArts

from modelarts_contracts._mock import DEFAULT_AK, DEFAULT_SK, DEFAULT_TOKEN, RunningMock

from .conftest import PROJECT


def test_list_tasks_applies_filters_and_sort(connect: Callable[..., ModelArts]) -> None:
    """Filters and sort options reach the server; the typed page holds only matching tasks, in order."""
    client = connect()
    page = client.list_tasks(
        status=TaskStatus.COMPLETED,
        task_type=TaskType.SYS_DATA_CLEANING,
        sort_by=ListProcessorTasksSortBy.NAME,
        order=ListProcessorTasksOrder.ASC,
        limit=100,
    )
    assert page.count == len(page.tasks) > 0
    assert all(
        t.status is TaskStatus.COMPLETED and t.template.id is TaskType.SYS_DATA_CLEANING for t in page.tasks
    )
    names = [task.name for task in page.tasks]
    assert names == sorted(names)


def test_list_tasks_version_id_list_matches_any(connect: Callable[..., ModelArts]) -> None:
    """A list of version ids is sent comma-joined and matches tasks of any of them."""
    client = connect()
    versions = sorted(
        {t.version_id for t in client.list_tasks(limit=100).tasks if isinstance(t.version_id, str)}
    )
    page = client.list_tasks(version_id=versions[:2], limit=100)
    assert page.tasks
    for task in page.tasks:
        carried = {task.version_id, *(source.version_id for source in task.inputs or [])}
        assert carried & set(versions[:2]), task.task_id


def test_detail_and_versions_of_a_listed_task(connect: Callable[..., ModelArts]) -> None:
    """get_task returns the listed task; list_task_versions returns that task's versions."""
    client = connect()
    listed = next(t for t in client.list_tasks(limit=20).tasks if t.version_count)
    detail = client.get_task(listed.task_id)
    assert isinstance(detail, ProcessorTask) and detail.to_dict() == listed.to_dict()
    versions = client.list_task_versions(listed.task_id)
    assert versions.count == listed.version_count == len(versions.versions)
    assert {version.task_id for version in versions.versions} == {listed.task_id}


def test_export_tasks_filter_by_type(connect: Callable[..., ModelArts], mock: RunningMock) -> None:
    """list_export_tasks filters by export type and reports the total of matching tasks."""
    client = connect()
    dataset = mock.dataset_ids[2]
    page = client.list_export_tasks(dataset, export_type=ExportType.ALL, limit=100)
    assert page.total_count == len(page.export_tasks) > 0
    assert all(task.export_type is ExportType.ALL for task in page.export_tasks)


def test_aksk_client_is_accepted(connect: Callable[..., ModelArts]) -> None:
    """A client built with AK/SK signs its calls and the mock, which verifies signatures, accepts them."""
    client = connect(token=None, ak=DEFAULT_AK, sk=DEFAULT_SK)
    name = client.list_tasks(limit=1).tasks[0].name
    assert isinstance(name, str) and client.list_tasks(task_name=name[2:7].upper(), limit=5).count > 0


def test_async_client_lists_walks_and_shows(mock: RunningMock) -> None:
    """AsyncModelArts offers the same calls, awaited, and async paginators."""

    async def scenario() -> tuple[int, int, str]:
        async with AsyncModelArts(endpoint=mock.url, project_id=PROJECT, token=DEFAULT_TOKEN) as client:
            page = await client.list_tasks(limit=5)
            walked = [task.task_id async for task in client.iter_tasks(limit=50)]
            detail = await client.get_task(page.tasks[0].task_id)
            return page.count, len(set(walked)), detail.task_id

    count, walked, task_id = asyncio.run(scenario())
    assert count == walked == len(mock.task_ids)
    assert task_id in mock.task_ids


@pytest.mark.parametrize(
    "name", [n for n in dir(ModelArts) if n.startswith(("list_", "get_", "iter_"))], ids=str
)
def test_async_client_carries_the_same_endpoint_docs(name: str) -> None:
    """Every AsyncModelArts method has the docstring of its ModelArts twin: the spec's description."""
    sync_doc = getattr(ModelArts, name).__doc__
    assert sync_doc and "Args:" in sync_doc
    assert getattr(AsyncModelArts, name).__doc__ == sync_doc
