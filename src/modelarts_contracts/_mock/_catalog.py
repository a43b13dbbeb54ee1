"""The four operations' semantics over the seeded data: filters, sort order, paging (D5-D8, D11, D22).

Lists are pre-sorted once per ``sort_by`` and each item's JSON is encoded once, so a request only
filters, slices and joins bytes: the mock stays fast enough to load-test clients against.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from modelarts_contracts import _spec
from modelarts_contracts._filters import Filter, filters_of, text

from . import _data
from ._config import MockConfig

Record = dict[str, Any]


def encode(value: Any, omitted: tuple[str, ...] = ()) -> bytes:
    """Compact JSON bytes, non-ASCII kept as is (``omitted`` fields of a record left out)."""
    if omitted:
        value = {key: item for key, item in value.items() if key not in omitted}
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def _active(
    filters: dict[str, Filter], query: dict[str, Any], config: MockConfig
) -> list[tuple[Filter, str]]:
    """The filters the query asks for, with their values as query text; a left-out filter may still
    mean a value under the reading the mock serves (``workspace_id``, D8)."""
    found = []
    for name, found_filter in filters.items():
        value = query[name]
        if value is None:
            value = found_filter.absent_readings.get(config.workspace_reading)
        if value is not None and value != found_filter.default:
            found.append((found_filter, text(value)))
    return found


def _sort_keys(operation_id: str) -> list[str]:
    """The fields the spec lets an operation sort by."""
    return list(_spec.parameters(operation_id)[_spec.sort_names().by]["schema"]["enum"])


class Catalog:
    """Answers the four operations from one seeded :class:`~._data.MockData` (the mock's catalogue)."""

    def __init__(self, data: _data.MockData, config: MockConfig) -> None:
        self.data, self.config = data, config
        self._paging, self._sorting = _spec.paging_names(), _spec.sort_names()
        self._task_id = _spec.path_ids().task
        self.tasks_by_id = data.tasks_by_id
        self._envelopes = _spec.list_envelopes()
        self._filters = {operation_id: filters_of(operation_id) for operation_id in self._envelopes}
        self._json: dict[tuple[str, tuple[str, ...]], bytes] = {}
        self._task_orders = {
            key: _sorted(data.tasks, key, self._task_id) for key in _sort_keys("listProcessorTasks")
        }
        self._version_id = _spec.item_id("listProcessorTaskVersions")
        newest = _spec.parameters("listProcessorTasks")[self._sorting.by]["schema"]["default"]
        self._exports = {
            dataset_id: _sorted(dataset.export_tasks, newest, self._task_id)[::-1]
            for dataset_id, dataset in data.datasets.items()
        }

    def _task_json(self, task: Record, omitted: tuple[str, ...] = ()) -> bytes:
        """A task's JSON, less the fields a filter leaves out (D22), encoded once per task and variant."""
        key = (task[self._task_id], omitted)
        if key not in self._json:
            self._json[key] = encode({k: v for k, v in task.items() if k not in omitted} if omitted else task)
        return self._json[key]

    def page(self, items: Sequence[Any], query: dict[str, Any]) -> Sequence[Any]:
        """The slice ``limit``/``offset`` select; ``offset`` counts records or pages (D6)."""
        limit, offset = query[self._paging.limit], query[self._paging.offset]
        start = offset * _spec.offset_step(self.config.offset_reading, limit)
        return items[start : start + limit]

    def _list(
        self, operation_id: str, items: Sequence[Record], query: dict[str, Any], encoder: Any = encode
    ) -> bytes:
        """One page of ``items`` in the operation's envelope: filtered, counted before paging, paged."""
        active = _active(self._filters[operation_id], query, self.config)
        chosen = [(f, value) for f, value in active if f.chooses_items]
        if chosen:
            items = [item for item in items if all(f.verdict(item, value) for f, value in chosen)]
        omitted = tuple(field for f, value in active if (field := f.omits(value)) is not None)
        encoded = (encoder(item, omitted) for item in self.page(items, query))
        envelope = self._envelopes[operation_id]
        return _envelope(envelope.count_key, len(items), envelope.items_key, encoded)

    def tasks(self, query: dict[str, Any]) -> bytes:
        """The task list: filtered, ordered, counted before paging, then one page."""
        ordered = self._task_orders[query[self._sorting.by]]
        if query[self._sorting.order] == self._sorting.descending:
            ordered = ordered[::-1]
        return self._list("listProcessorTasks", ordered, query, self._task_json)

    def task(self, task_id: str) -> bytes | None:
        """One task's details, or None when the project has no such task."""
        task = self.tasks_by_id.get(task_id)
        return None if task is None else self._task_json(task)

    def versions(self, task_id: str, query: dict[str, Any]) -> bytes | None:
        """A task's versions, ordered and paged, or None for an unknown task."""
        if task_id not in self.tasks_by_id:
            return None
        ordered = _sorted(self.data.versions[task_id], query[self._sorting.by], self._version_id)
        if query[self._sorting.order] == self._sorting.descending:
            ordered = ordered[::-1]
        return self._list("listProcessorTaskVersions", ordered, query)

    def export_tasks(self, dataset_id: str, query: dict[str, Any]) -> bytes | None:
        """A dataset's export tasks, newest first, filtered and paged, or None for an unknown dataset."""
        if dataset_id not in self._exports:
            return None
        return self._list("listExportTasks", self._exports[dataset_id], query)


def _sorted(items: Iterable[Record], key: str, tie: str) -> list[Record]:
    """Ascending by ``key``; equal keys in ``tie`` order, so pages never overlap."""
    return sorted(items, key=lambda item: (item[key], item[tie]))


def _envelope(count_key: str, count: int, items_key: str, encoded: Iterable[bytes]) -> bytes:
    return b'{"%s":%d,"%s":[%s]}' % (count_key.encode(), count, items_key.encode(), b",".join(encoded))
