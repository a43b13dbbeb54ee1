"""Find the ids later calls need: tasks from the task list, datasets from the tasks' data sources.

Ids found in responses feed the next calls (list, then each task's detail and versions; dataset
ids taken from the fields the spec marks `x-refers-to` a dataset feed the export-task list). Ids the user
names come first; discovery is bounded to the largest page of each list.
"""

from __future__ import annotations

from typing import Any

import attrs

from modelarts_contracts import _spec
from modelarts_contracts._references import ids_named
from modelarts_contracts.contracts import LIST_SHAPES, Probe

from ._http import SlowServer

_VERSION_LOOKUPS = 3  # versions read per run for more dataset ids; enough to find the usual ones


@attrs.frozen
class Discovered:
    task_ids: list[str]
    dataset_ids: list[str]


def _datasets_in(record: dict[str, Any], operation_id: str) -> list[str]:
    """Dataset ids a task or version names: every field the spec marks ``x-refers-to`` whose kind, by
    the record's sibling field, is a dataset (data sources, inputs, work paths, at any depth)."""
    return ids_named(record, _spec.item_schema(operation_id), _spec.path_ids().dataset)


def _largest(operation_id: str) -> int:
    largest: int = LIST_SHAPES[operation_id].limit_max
    return largest


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(value for value in values if value))


def discover(probe: Probe, task_ids: list[str], dataset_ids: list[str]) -> Discovered:
    """Given ids first, then the ones the server shows."""
    limit, task_id_name = _spec.paging_names().limit, _spec.path_ids().task
    tasks = probe.get("listProcessorTasks", {limit: _largest("listProcessorTasks")}).items() or []
    found_tasks = [task[task_id_name] for task in tasks if isinstance(task.get(task_id_name), str)]
    datasets = [dataset for task in tasks for dataset in _datasets_in(task, "listProcessorTasks")]
    for task_id in found_tasks[:_VERSION_LOOKUPS]:
        try:
            versions = (
                probe.get(
                    "listProcessorTaskVersions",
                    {limit: _largest("listProcessorTaskVersions")},
                    task_id=task_id,
                ).items()
                or []
            )
        except SlowServer:
            break  # versions only add dataset ids; the probes report the slowness where it matters
        datasets += [
            dataset for version in versions for dataset in _datasets_in(version, "listProcessorTaskVersions")
        ]
    return Discovered(_unique(task_ids + found_tasks), _unique(dataset_ids + datasets))
