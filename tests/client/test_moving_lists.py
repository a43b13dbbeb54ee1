"""Paging over a list that moves while it is walked (D31): the three paginators, sync and async.

A purpose-built server on a loopback port keeps a newest-first list and changes it between two
pages, as a busy project does; the walk must yield each item once and never give up for it.
"""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from modelarts_data_client.runtime import AsyncModelArts, ModelArts, PaginationError, Retry
from starlette.requests import Request

from . import _bodies
from ._served import Scripted, scripted
from .conftest import PROJECT

# operation -> (paginator, positional arguments, the item's id field)
PAGINATORS = {
    "listProcessorTasks": ("iter_tasks", (), "task_id"),
    "listProcessorTaskVersions": ("iter_task_versions", ("task-1",), "task_version_id"),
    "listExportTasks": ("iter_export_tasks", ("dataset-1",), "task_id"),
}
CASES = [pytest.param(op, mode, id=f"{op}-{mode}") for op in PAGINATORS for mode in ("sync", "async")]
Change = Callable[[list[dict[str, Any]]], None]


class MovingList:
    """A newest-first list served page by page; ``changes[n]`` runs just before request ``n`` (from 1)."""

    def __init__(self, operation: str, size: int, page_offsets: bool = False) -> None:
        self.page_offsets = page_offsets
        schema = _bodies.response_schema(operation)
        properties = schema["properties"]
        self.list_key = next(k for k, v in properties.items() if _bodies.kind(_bodies.resolved(v)) == "array")
        self.count_key = next(k for k in schema["required"] if k != self.list_key)
        self.id_key = PAGINATORS[operation][2]
        template = _bodies.body(operation)[self.list_key][0]
        self.items = [copy.deepcopy(template) | {self.id_key: f"item-{n:02d}"} for n in range(size)]
        self.changes: dict[int, Change] = {}
        self.requests = 0

    def ids(self) -> list[str]:
        return [item[self.id_key] for item in self.items]

    def __call__(self, request: Request) -> tuple[int, dict[str, str], Any]:
        self.requests += 1
        self.changes.get(self.requests, lambda items: None)(self.items)
        offset, limit = int(request.query_params["offset"]), int(request.query_params["limit"])
        start = offset * limit if self.page_offsets else offset
        page = self.items[start : start + limit]
        return 200, {}, {self.count_key: len(self.items), self.list_key: page}


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, Scripted]]:
    """One scripted loopback server for the module."""
    with scripted() as pair:
        yield pair


def _walk(url: str, operation: str, mode: str, limit: int = 10, **settings: Any) -> list[str]:
    """Every id a paginator yields, through the sync or the async client."""
    name, args, id_key = PAGINATORS[operation]
    options: dict[str, Any] = {"endpoint": url, "project_id": PROJECT, "token": "t", "retry": Retry.off()}
    options.update(settings)
    if mode == "sync":
        with ModelArts(**options) as client:
            return [getattr(item, id_key) for item in getattr(client, name)(*args, limit=limit)]

    async def walk() -> list[str]:
        async with AsyncModelArts(**options) as client:
            return [getattr(item, id_key) async for item in getattr(client, name)(*args, limit=limit)]

    return asyncio.run(walk())


def _insert_newest(items: list[dict[str, Any]]) -> None:
    items.insert(0, copy.deepcopy(items[0]) | {next(iter(_id_keys(items[0]))): "item-new"})


def _id_keys(item: dict[str, Any]) -> list[str]:
    return [key for key in ("task_version_id", "task_id") if key in item]


@pytest.mark.parametrize(("operation", "mode"), CASES)
def test_items_created_during_the_walk_do_not_stop_it(
    served: tuple[str, Scripted], operation: str, mode: str
) -> None:
    """Items created between pages shift the list; every original item is still yielded exactly once."""
    moving = MovingList(operation, 25)
    original = moving.ids()
    moving.changes = {2: _insert_newest, 3: _insert_newest}
    served[1].answer = moving
    walked = _walk(served[0], operation, mode)
    assert sorted(walked) == sorted(original) and len(walked) == len(set(walked))
    assert moving.requests == 3


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_page_index_offsets_survive_inserts(served: tuple[str, Scripted], mode: str) -> None:
    """With offset_reading='page' (spec D6) a task created mid-walk is skipped the same way."""
    moving = MovingList("listProcessorTasks", 25, page_offsets=True)
    original = moving.ids()
    moving.changes = {2: _insert_newest}
    served[1].answer = moving
    walked = _walk(served[0], "listProcessorTasks", mode, offset_reading="page")
    assert sorted(walked) == sorted(original) and len(walked) == len(set(walked))


@pytest.mark.parametrize(("operation", "mode"), CASES)
def test_item_deleted_during_the_walk_skips_only_the_item_that_crossed_the_page_edge(
    served: tuple[str, Scripted], operation: str, mode: str
) -> None:
    """Deleting a yielded item pulls the next page up by one: that one item is skipped, no error (D31)."""
    moving = MovingList(operation, 25)
    original = moving.ids()
    moving.changes = {2: lambda items: items.pop(3)}
    served[1].answer = moving
    walked = _walk(served[0], operation, mode)
    assert walked == [i for i in original if i != original[10]]


@pytest.mark.parametrize(("operation", "mode"), CASES)
def test_unwalked_item_deleted_is_simply_absent(
    served: tuple[str, Scripted], operation: str, mode: str
) -> None:
    """An item deleted before its page is reached is not yielded; every other item is, once."""
    moving = MovingList(operation, 25)
    original = moving.ids()
    moving.changes = {2: lambda items: items.pop(15)}
    served[1].answer = moving
    assert _walk(served[0], operation, mode) == [i for i in original if i != original[15]]


@pytest.mark.parametrize(("operation", "mode"), CASES)
def test_server_ignoring_offset_raises(served: tuple[str, Scripted], operation: str, mode: str) -> None:
    """A server that sends the first page again whatever the offset is reported, not looped on."""
    moving = MovingList(operation, 25)
    served[1].answer = lambda request: moving(_first_page(request))
    with pytest.raises(PaginationError, match="brings nothing new"):
        _walk(served[0], operation, mode)


def _first_page(request: Request) -> Request:
    scope = dict(request.scope) | {"query_string": b"offset=0&limit=10"}
    return Request(scope)
