"""A program using the client's whole public surface; `mypy --strict` must accept it as written.

tests/client/test_typed_program.py type-checks it; it is never run.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import assert_type

import httpx
from modelarts_data_client import (
    AkSkAuth,
    ApiError,
    AsyncModelArts,
    ConfigurationError,
    ModelArts,
    ModelArtsError,
    PaginationError,
    ParameterError,
    ResponseParseError,
    Retry,
    TokenAuth,
    TransportError,
    TransportTimeoutError,
    Unknown,
    sign_headers,
)
from modelarts_data_client.models import (
    ExportTask,
    ExportTaskList,
    ExportType,
    ListProcessorTasksOrder,
    ListProcessorTasksSortBy,
    ListProcessorTaskVersionsOrder,
    ListProcessorTaskVersionsSortBy,
    ProcessorTask,
    ProcessorTaskList,
    SourceType,
    TaskStatus,
    TaskType,
    TaskVersion,
    TaskVersionList,
)
from modelarts_data_client.runtime import AsyncRetryTransport, OffsetReading, RetryTransport


def synchronous(client: ModelArts) -> int:
    page: ProcessorTaskList = client.list_tasks(
        limit=10,
        offset=0,
        order=ListProcessorTasksOrder.ASC,
        sort_by=ListProcessorTasksSortBy.DURATION_SECONDS,
        status=TaskStatus.RUNNING,
        task_type=TaskType.SYS_DATA_AUGMENTATION,
        source_type=SourceType.OBS,
        source="/bucket/dir/",
        task_name="clean",
        version_id=["a", "b"],
        workspace_id="0",
        query_current=True,
        return_result=False,
    )
    task: ProcessorTask = client.get_task(page.tasks[0].task_id)
    versions: TaskVersionList = client.list_task_versions(
        task.task_id,
        order=ListProcessorTaskVersionsOrder.DESC,
        sort_by=ListProcessorTaskVersionsSortBy.VERSION_NAME,
    )
    exports: ExportTaskList = client.list_export_tasks("dataset", export_type=ExportType.ALL, limit=5)
    walked: Iterator[ProcessorTask] = client.iter_tasks(limit=100, status=TaskStatus.FAILED)
    version_walk: Iterator[TaskVersion] = client.iter_task_versions(task.task_id, limit=10)
    export_walk: Iterator[ExportTask] = client.iter_export_tasks("dataset", export_type=ExportType.LABELED)
    total: int = page.count + versions.count + exports.total_count
    for item in client.iter_tasks(limit=10):
        assert_type(item, ProcessorTask)  # typed items, not Any
    for version in client.iter_task_versions(task.task_id):
        assert_type(version, TaskVersion)
    for export in client.iter_export_tasks("dataset"):
        assert_type(export, ExportTask)
    return total + len(list(walked)) + len(list(version_walk)) + len(list(export_walk))


def status_name(task: ProcessorTask) -> str:
    """A status the spec does not list is Unknown: the type makes the caller say what it means."""
    status = task.status
    assert_type(status, TaskStatus | Unknown[TaskStatus])
    if isinstance(status, Unknown):
        raw: int | str = status.value
        return f"unknown ({raw})"
    return status.name


async def asynchronous(client: AsyncModelArts) -> int:
    page: ProcessorTaskList = await client.list_tasks(limit=5)
    task: ProcessorTask = await client.get_task(page.tasks[0].task_id)
    versions: TaskVersionList = await client.list_task_versions(task.task_id)
    exports: ExportTaskList = await client.list_export_tasks("dataset")
    walk: AsyncIterator[ProcessorTask] = client.iter_tasks(limit=50)
    async for item in client.iter_tasks(limit=5):
        assert_type(item, ProcessorTask)
    async for version in client.iter_task_versions(task.task_id):
        assert_type(version, TaskVersion)
    async for export in client.iter_export_tasks("dataset"):
        assert_type(export, ExportTask)
    names = [item.name async for item in walk]
    more = [v.task_version_id async for v in client.iter_task_versions(task.task_id)]
    exported = [e.task_id async for e in client.iter_export_tasks("dataset")]
    return versions.count + exports.total_count + len(names) + len(more) + len(exported)


def errors(client: ModelArts) -> str:
    try:
        client.get_task("x")
    except ApiError as error:
        code: str | None = error.error_code
        request_id: str | None = error.request_id
        return f"{error.status_code} {code} {error.error_msg} {request_id}"
    except TransportTimeoutError as error:
        return str(error)
    except TransportError as error:
        return str(error)
    except ResponseParseError as error:
        path: tuple[str, ...] = error.path
        return ".".join(path) + repr(error.value)
    except ParameterError as error:
        return str(error)
    except PaginationError as error:
        return str(error)
    except ConfigurationError as error:
        return str(error)
    except ModelArtsError as error:
        return str(error)
    return ""


def building() -> None:
    mode: OffsetReading = "page"
    retry = Retry(attempts=3, backoff=0.1, max_delay=2.0, total=10.0, jitter=0.1, statuses=frozenset({503}))
    transport = RetryTransport(httpx.HTTPTransport(), Retry.off())
    async_transport = AsyncRetryTransport(httpx.AsyncHTTPTransport(), retry)
    auth: httpx.Auth = AkSkAuth("ak", "sk", security_token="st", clock=lambda: datetime.now(UTC))
    token: httpx.Auth = TokenAuth("token")
    headers: dict[str, str] = sign_headers("GET", "https://m.test/v2/p/processor-tasks", {}, ak="a", sk="s")
    with ModelArts(
        region="cn-north-4", project_id="p", token="t", retry=retry, offset_reading=mode
    ) as client:
        synchronous(client)
        errors(client)
    with ModelArts(
        endpoint="https://m.test", project_id="p", ak="a", sk="s", timeout=5.0, transport=transport
    ):
        pass

    async def run() -> None:
        async with AsyncModelArts(
            endpoint="https://m.test", project_id="p", token="t", transport=async_transport
        ) as c:
            await asynchronous(c)

    asyncio.run(run())
    print(auth, token, headers)
