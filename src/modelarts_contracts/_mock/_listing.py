"""The four operations' semantics over the seeded data: filters, sort order, paging (D5-D8, D11, D22).

Lists are pre-sorted once per ``sort_by`` and each item's JSON is encoded once, so a request only
filters, slices and joins bytes: the mock stays fast enough to load-test clients against.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from modelarts_contracts import _spec

from . import _data
from ._config import MockConfig

Record = dict[str, Any]
Predicate = Callable[[Record], bool]


def encode(value: Any) -> bytes:
    """Compact JSON bytes, non-ASCII kept as is."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def _sources(task: Record) -> list[Record]:
    """A task's data-source records: its ``data_source`` and its ``inputs``."""
    found: list[Record] = [task["data_source"]] if "data_source" in task else []
    inputs: list[Record] = task["inputs"]
    return found + inputs


def _task_filters(query: dict[str, Any], config: MockConfig) -> list[Predicate]:
    """One predicate per filter the query carries."""
    found: list[Predicate] = []
    if query["status"] is not None:
        found.append(lambda t: t["status"] == query["status"])
    if query["task_type"] is not None:
        found.append(lambda t: t["template"]["id"] == query["task_type"])
    if query["task_name"] is not None:
        keyword = query["task_name"].casefold()
        found.append(lambda t: keyword in t["name"].casefold())
    if query["source_type"] is not None:
        found.append(lambda t: any(s["type"] == query["source_type"] for s in _sources(t)))
    if query["source"] is not None:
        found.append(lambda t: any(s["source"] == query["source"] for s in _sources(t)))
    if query["version_id"] is not None:
        wanted = set(query["version_id"])
        found.append(
            lambda t: t.get("version_id") in wanted or any(s.get("version_id") in wanted for s in _sources(t))
        )
    workspace = query["workspace_id"] if query["workspace_id"] is not None else _default_workspace(config)
    if workspace is not None:
        found.append(lambda t: t["workspace_id"] == workspace)
    if query["query_current"]:
        found.append(lambda t: t["is_current"])
    return found


def _default_workspace(config: MockConfig) -> str | None:
    """The workspace a list without ``workspace_id`` shows: all of them, or workspace 0 (D8)."""
    return "0" if config.workspace_default == "zero" else None


def _sort_keys(operation_id: str) -> list[str]:
    """The fields the spec lets an operation sort by."""
    return list(_spec.parameters(operation_id)["sort_by"]["schema"]["enum"])


class Listing:
    """Answers the four operations from one seeded :class:`~._data.MockData`."""

    def __init__(self, data: _data.MockData, config: MockConfig) -> None:
        self.data, self.config = data, config
        self.tasks_by_id = data.tasks_by_id
        self._json: dict[tuple[str, bool], bytes] = {}
        self._task_orders = {
            key: _sorted(data.tasks, key, "task_id") for key in _sort_keys("listProcessorTasks")
        }
        self._exports = {
            dataset_id: _sorted(dataset.export_tasks, "create_time", "task_id")[::-1]
            for dataset_id, dataset in data.datasets.items()
        }

    def _task_json(self, task: Record, with_result: bool) -> bytes:
        """A task's JSON, with or without ``result`` (D22), encoded once per task and variant."""
        key = (task["task_id"], with_result)
        if key not in self._json:
            self._json[key] = encode(
                task if with_result else {k: v for k, v in task.items() if k != "result"}
            )
        return self._json[key]

    def page(self, items: Sequence[Any], query: dict[str, Any]) -> Sequence[Any]:
        """The slice ``limit``/``offset`` select; ``offset`` counts records or pages (D6)."""
        limit, offset = query["limit"], query["offset"]
        start = offset * limit if self.config.offset_mode == "page" else offset
        return items[start : start + limit]

    def tasks(self, query: dict[str, Any]) -> bytes:
        """The task list: filtered, ordered, counted before paging, then one page."""
        ordered = self._task_orders[query["sort_by"]]
        if query["order"] == "desc":
            ordered = ordered[::-1]
        filters = _task_filters(query, self.config)
        matching = [t for t in ordered if all(f(t) for f in filters)] if filters else ordered
        with_result = query["return_result"]
        encoded = (self._task_json(t, with_result) for t in self.page(matching, query))
        return _envelope("count", len(matching), "tasks", encoded)

    def task(self, task_id: str) -> bytes | None:
        """One task's details, or None when the project has no such task."""
        task = self.tasks_by_id.get(task_id)
        return None if task is None else self._task_json(task, True)

    def versions(self, task_id: str, query: dict[str, Any]) -> bytes | None:
        """A task's versions, ordered and paged, or None for an unknown task."""
        if task_id not in self.tasks_by_id:
            return None
        ordered = _sorted(self.data.versions[task_id], query["sort_by"], "task_version_id")
        if query["order"] == "desc":
            ordered = ordered[::-1]
        return _envelope("count", len(ordered), "versions", map(encode, self.page(ordered, query)))

    def export_tasks(self, dataset_id: str, query: dict[str, Any]) -> bytes | None:
        """A dataset's export tasks, newest first, filtered by ``export_type`` and paged."""
        if dataset_id not in self._exports:
            return None
        items = self._exports[dataset_id]
        if query["export_type"] is not None:
            items = [t for t in items if t["export_type"] == query["export_type"]]
        return _envelope("total_count", len(items), "export_tasks", map(encode, self.page(items, query)))


def _sorted(items: Iterable[Record], key: str, tie: str) -> list[Record]:
    """Ascending by ``key``; equal keys in ``tie`` order, so pages never overlap."""
    return sorted(items, key=lambda item: (item[key], item[tie]))


def _envelope(count_key: str, count: int, items_key: str, encoded: Iterable[bytes]) -> bytes:
    return b'{"%s":%d,"%s":[%s]}' % (count_key.encode(), count, items_key.encode(), b",".join(encoded))
