"""``ModelArts`` and ``AsyncModelArts``: the four operations, their paginators, auth and retries."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from ..api.export_tasks import list_export_tasks as export_tasks_api
from ..api.processor_tasks import list_processor_task_versions, list_processor_tasks, show_processor_task
from ..client import Client
from ..models import (
    ExportTask,
    ExportTaskList,
    ProcessorTask,
    ProcessorTaskList,
    TaskVersion,
    TaskVersionList,
)
from ._errors import ConfigurationError
from ._operations import AsyncOperation, AsyncPages, Listing, Operation, Pages, endpoint_doc
from ._paging import OffsetMode
from ._responses import parse, transport_error
from ._retry import AsyncRetryTransport, Retry, RetryTransport
from ._settings import Settings, resolve

R = TypeVar("R")

_TASKS = Listing[ProcessorTaskList, ProcessorTask](lambda p: p.tasks, lambda p: p.count, lambda t: t.task_id)
_VERSIONS = Listing[TaskVersionList, TaskVersion](
    lambda p: p.versions, lambda p: p.count, lambda v: v.task_version_id
)
_EXPORTS = Listing[ExportTaskList, ExportTask](
    lambda p: p.export_tasks, lambda p: p.total_count, lambda e: e.task_id
)


class _Base:
    """What both clients share: settings, offset reading, the generated ``Client`` they wrap."""

    def __init__(
        self,
        *,
        project_id: str | None = None,
        region: str | None = None,
        endpoint: str | None = None,
        token: str | None = None,
        ak: str | None = None,
        sk: str | None = None,
        security_token: str | None = None,
        timeout: float | httpx.Timeout = 30.0,
        retry: Retry | None = None,
        offset_mode: OffsetMode = "record",
    ) -> None:
        self.settings: Settings = resolve(
            region=region,
            endpoint=endpoint,
            project_id=project_id,
            token=token,
            ak=ak,
            sk=sk,
            security_token=security_token,
        )
        if offset_mode not in ("record", "page"):
            raise ConfigurationError(f"offset_mode must be 'record' or 'page', not {offset_mode!r}")
        self.offset_mode: OffsetMode = offset_mode
        self.retry = _retry(retry)
        self.timeout = _timeout(timeout)

    @property
    def project_id(self) -> str:
        return self.settings.project_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.settings!r})"


def _retry(retry: object) -> Retry:
    """The client's retry policy: ``Retry()`` by default; anything but a ``Retry`` is refused."""
    if retry is None:
        return Retry()
    if not isinstance(retry, Retry):
        raise ConfigurationError(f"retry must be a Retry (or Retry.off()), not {retry!r}")
    return retry


def _timeout(timeout: object) -> httpx.Timeout:
    """An ``httpx.Timeout`` from seconds (a number > 0) or as given; anything else is refused."""
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, (int, float)) and not isinstance(timeout, bool) and timeout > 0:
        return httpx.Timeout(timeout)
    raise ConfigurationError(f"timeout must be a number of seconds > 0 or an httpx.Timeout, not {timeout!r}")


class ModelArts(_Base):
    """A synchronous client. Use it as a context manager, or call ``close()``.

    ``transport`` replaces the network (an ``httpx.MockTransport`` in tests); retries wrap it.
    """

    def __init__(self, *, transport: httpx.BaseTransport | None = None, **options: Any) -> None:
        super().__init__(**options)
        inner = transport or httpx.HTTPTransport()
        self.client = Client(
            base_url=self.settings.endpoint,
            timeout=self.timeout,
            httpx_args={
                "auth": self.settings.auth,
                "transport": RetryTransport(inner, self.retry, auth=self.settings.auth),
            },
        )
        self._http = self.client.get_httpx_client()

    list_tasks = Operation(
        list_processor_tasks._get_kwargs, ProcessorTaskList.from_dict, endpoint_doc(list_processor_tasks.sync)
    )
    get_task = Operation(
        show_processor_task._get_kwargs, ProcessorTask.from_dict, endpoint_doc(show_processor_task.sync)
    )
    list_task_versions = Operation(
        list_processor_task_versions._get_kwargs,
        TaskVersionList.from_dict,
        endpoint_doc(list_processor_task_versions.sync),
    )
    list_export_tasks = Operation(
        export_tasks_api._get_kwargs, ExportTaskList.from_dict, endpoint_doc(export_tasks_api.sync)
    )
    iter_tasks = Pages(
        list_processor_tasks._get_kwargs,
        ProcessorTaskList.from_dict,
        _TASKS,
        endpoint_doc(list_processor_tasks.sync, walk=True),
    )
    iter_task_versions = Pages(
        list_processor_task_versions._get_kwargs,
        TaskVersionList.from_dict,
        _VERSIONS,
        endpoint_doc(list_processor_task_versions.sync, walk=True),
    )
    iter_export_tasks = Pages(
        export_tasks_api._get_kwargs,
        ExportTaskList.from_dict,
        _EXPORTS,
        endpoint_doc(export_tasks_api.sync, walk=True),
    )

    def _send(self, request: dict[str, Any], parser: Callable[[Any], R]) -> R:
        try:
            response = self._http.request(**request)
        except httpx.TransportError as exc:
            raise transport_error(exc) from exc
        return parse(response, parser)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> ModelArts:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncModelArts(_Base):
    """The asynchronous client: the same methods, awaited; ``iter_*`` are async iterators."""

    def __init__(self, *, transport: httpx.AsyncBaseTransport | None = None, **options: Any) -> None:
        super().__init__(**options)
        inner = transport or httpx.AsyncHTTPTransport()
        self.client = Client(
            base_url=self.settings.endpoint,
            timeout=self.timeout,
            httpx_args={
                "auth": self.settings.auth,
                "transport": AsyncRetryTransport(inner, self.retry, auth=self.settings.auth),
            },
        )
        self._http = self.client.get_async_httpx_client()

    list_tasks = AsyncOperation(
        list_processor_tasks._get_kwargs, ProcessorTaskList.from_dict, endpoint_doc(list_processor_tasks.sync)
    )
    get_task = AsyncOperation(
        show_processor_task._get_kwargs, ProcessorTask.from_dict, endpoint_doc(show_processor_task.sync)
    )
    list_task_versions = AsyncOperation(
        list_processor_task_versions._get_kwargs,
        TaskVersionList.from_dict,
        endpoint_doc(list_processor_task_versions.sync),
    )
    list_export_tasks = AsyncOperation(
        export_tasks_api._get_kwargs, ExportTaskList.from_dict, endpoint_doc(export_tasks_api.sync)
    )
    iter_tasks = AsyncPages(
        list_processor_tasks._get_kwargs,
        ProcessorTaskList.from_dict,
        _TASKS,
        endpoint_doc(list_processor_tasks.sync, walk=True),
    )
    iter_task_versions = AsyncPages(
        list_processor_task_versions._get_kwargs,
        TaskVersionList.from_dict,
        _VERSIONS,
        endpoint_doc(list_processor_task_versions.sync, walk=True),
    )
    iter_export_tasks = AsyncPages(
        export_tasks_api._get_kwargs,
        ExportTaskList.from_dict,
        _EXPORTS,
        endpoint_doc(export_tasks_api.sync, walk=True),
    )

    async def _send(self, request: dict[str, Any], parser: Callable[[Any], R]) -> R:
        try:
            response = await self._http.request(**request)
        except httpx.TransportError as exc:
            raise transport_error(exc) from exc
        return parse(response, parser)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> AsyncModelArts:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
