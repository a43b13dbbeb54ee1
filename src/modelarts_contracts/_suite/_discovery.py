"""Find the ids later calls need: tasks from the task list, datasets from the tasks' data sources.

Ids found in responses feed the next calls (list, then each task's detail and versions; dataset
ids taken from inputs and work paths of type DATASET feed the export-task list). Ids the user
names come first; discovery is bounded to the largest page of each list.
"""

from __future__ import annotations

from typing import Any

import attrs

from modelarts_contracts import _spec
from modelarts_contracts.contracts import LIST_SHAPES, Probe

from ._http import SlowServer

_DATASET = "DATASET"
_VERSION_LOOKUPS = 3  # versions read per run for more dataset ids; enough to find the usual ones


@attrs.frozen
class Discovered:
    task_ids: list[str]
    dataset_ids: list[str]


def _datasets_in(record: dict[str, Any]) -> list[str]:
    """Dataset ids a task or version names: DATASET inputs and data source, and a DATASET work path."""
    found = []
    sources = [record.get("data_source")] + list(record.get("inputs") or [])
    for source in sources:
        if (
            isinstance(source, dict)
            and source.get("type") == _DATASET
            and isinstance(source.get("source"), str)
        ):
            found.append(source["source"])
    work_path = record.get("work_path")
    if (
        isinstance(work_path, dict)
        and work_path.get("type") == _DATASET
        and isinstance(work_path.get("path"), str)
    ):
        found.append(work_path["path"])
    return found


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
    datasets = [dataset for task in tasks for dataset in _datasets_in(task)]
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
        datasets += [dataset for version in versions for dataset in _datasets_in(version)]
    return Discovered(_unique(task_ids + found_tasks), _unique(dataset_ids + datasets))
