"""``ModelArts`` and ``AsyncModelArts``: the four operations, their paginators, auth and retries.

Both clients share one table of methods (``_Methods``); each only drives it, synchronously or
awaited: ``_call`` sends one request, ``_walk`` walks a list with a :class:`~._paging.Cursor`.
"""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, ParamSpec, TypeVar

import httpx
from modelarts_data_client._facts import DEFAULT_OFFSET_READING, OFFSET_READINGS, OffsetReading
from modelarts_data_client.api.export_tasks import list_export_tasks as export_tasks
from modelarts_data_client.api.processor_tasks import (
    list_processor_task_versions,
    list_processor_tasks,
    show_processor_task,
)
from modelarts_data_client.client import Client
from modelarts_data_client.models import (
    ExportTask,
    ExportTaskList,
    ProcessorTask,
    ProcessorTaskList,
    TaskVersion,
    TaskVersionList,
)

from ._errors import ConfigurationError
from ._operations import Model, Operation, Pages
from ._paging import Cursor
from ._responses import parse, transport_error
from ._retry import AsyncRetryTransport, Retry, RetryTransport
from ._settings import Settings, resolve

P = ParamSpec("P")
R = TypeVar("R")
M = TypeVar("M", bound=Model)
Item = TypeVar("Item")


class _Methods:
    """The methods of both clients: each calls (or walks) one generated endpoint, with its docs."""

    list_tasks = Operation(
        list_processor_tasks._get_kwargs, ProcessorTaskList.from_dict, list_processor_tasks.sync
    )
    get_task = Operation(show_processor_task._get_kwargs, ProcessorTask.from_dict, show_processor_task.sync)
    list_task_versions = Operation(
        list_processor_task_versions._get_kwargs, TaskVersionList.from_dict, list_processor_task_versions.sync
    )
    list_export_tasks = Operation(export_tasks._get_kwargs, ExportTaskList.from_dict, export_tasks.sync)
    iter_tasks = Pages(
        list_processor_tasks._get_kwargs, ProcessorTaskList, ProcessorTask, list_processor_tasks.sync
    )
    iter_task_versions = Pages(
        list_processor_task_versions._get_kwargs,
        TaskVersionList,
        TaskVersion,
        list_processor_task_versions.sync,
    )
    iter_export_tasks = Pages(export_tasks._get_kwargs, ExportTaskList, ExportTask, export_tasks.sync)


class _Base(_Methods):
    """What both clients share: settings, offset reading, timeout and retry policy."""

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
        offset_reading: OffsetReading = DEFAULT_OFFSET_READING,
        offset_mode: OffsetReading | None = None,
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
        self.offset_reading: OffsetReading = _reading(offset_reading, offset_mode)
        self.retry = _retry(retry)
        self.timeout = _timeout(timeout)

    @property
    def project_id(self) -> str:
        return self.settings.project_id

    def _client(self, transport: object) -> Client:
        """The generated ``Client`` this client wraps, with its auth and retrying ``transport``."""
        return Client(
            base_url=self.settings.endpoint,
            timeout=self.timeout,
            httpx_args={"auth": self.settings.auth, "transport": transport},
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.settings!r})"


def _reading(offset_reading: object, offset_mode: object) -> OffsetReading:
    """What ``offset`` counts (spec D6); ``offset_mode=`` is the deprecated name of ``offset_reading=``."""
    if offset_mode is not None:
        warnings.warn("offset_mode= is deprecated: use offset_reading=", DeprecationWarning, stacklevel=4)
        offset_reading = offset_mode
    for reading in OFFSET_READINGS:
        if offset_reading == reading:
            return reading
    readings = " or ".join(repr(reading) for reading in OFFSET_READINGS)
    raise ConfigurationError(f"offset_reading must be {readings}, not {offset_reading!r}")


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
        self.client = self._client(RetryTransport(inner, self.retry, auth=self.settings.auth))
        self._http = self.client.get_httpx_client()

    def _call(self, operation: Operation[P, R]) -> Callable[P, R]:
        """``operation`` as a method of this client: send, return the answer read."""

        def call(*args: P.args, **kwargs: P.kwargs) -> R:
            return self._send(operation.request(self.project_id, *args, **kwargs), operation.parser)

        return call

    def _walk(self, pages: Pages[P, M, Item]) -> Callable[P, Iterator[Item]]:
        """``pages`` as a method of this client: a lazy iterator the cursor drives."""

        def walk(*args: P.args, **kwargs: P.kwargs) -> Iterator[Item]:
            cursor: Cursor[Item] = pages.cursor(self.offset_reading, self.project_id, *args, **kwargs)
            while not cursor.done:
                yield from cursor.take(self._send(cursor.request(), pages.parser))

        return walk

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
        self.client = self._client(AsyncRetryTransport(inner, self.retry, auth=self.settings.auth))
        self._http = self.client.get_async_httpx_client()

    def _call(self, operation: Operation[P, R]) -> Callable[P, Awaitable[R]]:
        """``operation`` as a coroutine method of this client."""

        async def call(*args: P.args, **kwargs: P.kwargs) -> R:
            return await self._send(operation.request(self.project_id, *args, **kwargs), operation.parser)

        return call

    def _walk(self, pages: Pages[P, M, Item]) -> Callable[P, AsyncIterator[Item]]:
        """``pages`` as a method of this client: an async iterator the cursor drives."""

        async def walk(*args: P.args, **kwargs: P.kwargs) -> AsyncIterator[Item]:
            cursor: Cursor[Item] = pages.cursor(self.offset_reading, self.project_id, *args, **kwargs)
            while not cursor.done:
                for item in cursor.take(await self._send(cursor.request(), pages.parser)):
                    yield item

        return walk

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
