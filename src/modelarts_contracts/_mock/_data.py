"""Seeded data covering the whole spec: tasks, their versions, datasets and their export tasks.

Every enum value the spec lists (task types, statuses, source types, export types and formats,
sample states) comes from spec/openapi.yaml and is cycled through, so a mock of a few dozen tasks
already shows every kind. The same seed always gives the same data.
"""

from __future__ import annotations

import random
import string
from typing import Any

import attrs

from modelarts_contracts import _spec

Record = dict[str, Any]

_ID_ALPHABET = string.ascii_letters + string.digits


def _task_id() -> str:
    """The name of a task's id: the spec's task path parameter, which the task's id field shares."""
    return _spec.path_ids().task


_EPOCH_MS = 1_606_372_570_023  # the page 000 example's create_time: the data starts there
_WORKSPACES = ("0", "0", "0", "ws-research", "ws-Production")
_WORDS = ("Images", "audio", "Text", "videos", "Medical", "retail", "Faces", "traffic")
# Export states the service reports; the spec leaves ExportTask.status an open string (D16: its spelling).
_EXPORT_STATES = ("INIT", "RUNNING", "SUCCESSED", "FAILED")


@attrs.frozen
class Dataset:
    """A dataset: its id, name, versions (id, name) and export tasks."""

    dataset_id: str
    name: str
    versions: tuple[tuple[str, str], ...]
    export_tasks: tuple[Record, ...]


@attrs.frozen
class MockData:
    """Everything a mock serves, with lookups by id."""

    tasks: tuple[Record, ...]
    versions: dict[str, tuple[Record, ...]]
    datasets: dict[str, Dataset]

    @property
    def tasks_by_id(self) -> dict[str, Record]:
        return {task[_task_id()]: task for task in self.tasks}


class _Maker:
    """Draws ids, times and names from one seeded generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.clock = _EPOCH_MS

    def ident(self) -> str:
        return "".join(self.rng.choices(_ID_ALPHABET, k=19))

    def tick(self) -> int:
        """A later time; equal times happen now and then, as on a busy service."""
        self.clock += self.rng.choice((0, 1_000, 60_000, 3_600_000))
        return self.clock


def build(tasks: int, datasets: int, seed: int) -> MockData:
    """Generate ``datasets`` datasets and ``tasks`` tasks from ``seed``."""
    maker = _Maker(seed)
    dataset_list = [_dataset(maker, index) for index in range(datasets)]
    task_list: list[Record] = []
    for index in range(tasks):
        task_list.append(_task(maker, index, dataset_list, task_list))
    _mark_current(task_list)
    versions = {task[_task_id()]: _versions(maker, task) for task in task_list}
    return MockData(tuple(task_list), versions, {d.dataset_id: d for d in dataset_list})


def _dataset(maker: _Maker, index: int) -> Dataset:
    dataset_id = maker.ident()
    versions = tuple((maker.ident(), f"V{n:03d}") for n in range(1, 2 + index % 3))
    # Dataset 1 has no export task at all: an empty list is a case clients must handle.
    count = 0 if index == 1 else 3 + (index * 7) % 23
    exports = tuple(_export_task(maker, n, versions) for n in range(count))
    return Dataset(dataset_id, f"dataset-{dataset_id[:4].lower()}", versions, exports)


def _source(maker: _Maker, kind: str, datasets: list[Dataset], earlier: list[Record]) -> Record:
    """One data source of the given type, pointing at something that exists."""
    if kind == "DATASET" and datasets:
        dataset = maker.rng.choice(datasets)
        version_id, version_name = maker.rng.choice(dataset.versions)
        return {
            "type": kind,
            "source": dataset.dataset_id,
            "version_id": version_id,
            "name": dataset.name,
            "version_name": version_name,
        }
    if kind == "TASK" and earlier:
        return {"type": kind, "source": maker.rng.choice(earlier)[_task_id()]}
    if kind == "CUSTOM":
        return {"type": kind, "source": "resource-tenant-project"}
    return {"type": "OBS", "source": f"/test-obs/input/{maker.ident()[:6]}/"}


def _task(maker: _Maker, index: int, datasets: list[Dataset], earlier: list[Record]) -> Record:
    task_types, statuses, kinds = (
        _spec.enum_values("TaskType"),
        _spec.enum_values("TaskStatus"),
        _spec.enum_values("SourceType"),
    )
    task_type = task_types[index % len(task_types)]
    status = statuses[(index // len(task_types)) % len(statuses)]
    inputs = [
        _source(maker, kinds[(index + n) % len(kinds)], datasets, earlier) for n in range(1 + index % 2)
    ]
    word = _WORDS[index % len(_WORDS)]
    task: Record = {
        _task_id(): maker.ident(),
        "name": f"{task_type.removeprefix('sys_data_')}-{word}-{index:04d}",
        "description": f"{task_type} over {word.lower()}",
        "inputs": inputs,
        "template": _template(maker, task_type),
        "status": status,
        "duration_seconds": maker.rng.randint(1, 5000),
        "create_time": maker.tick(),
        "workspace_id": _WORKSPACES[index % len(_WORKSPACES)],
        "version_count": index % 4,
        "result": _result(maker) if status == _spec.enum_member("TaskStatus", "COMPLETED") else {},
    }
    _add_optional(maker, index, task, inputs[0])
    return task


def _add_optional(maker: _Maker, index: int, task: Record, first: Record) -> None:
    """Fields only some tasks carry, as on the real service."""
    if first["type"] == "DATASET":
        task["data_source"] = {"type": "DATASET", "source": first["source"]}
        task["version_id"], task["version_name"] = first["version_id"], first["version_name"]
    if index % 3 == 0:
        task["work_path"] = _work_path(maker, first)
    if task["status"] == _spec.enum_member("TaskStatus", "FAILED"):
        task["error_msg"] = "The input manifest could not be read."
    if index % 5 == 0:
        task["ai_project"] = ""


def _result(maker: _Maker) -> Record:
    return {"processed_sample_count": maker.rng.randint(0, 10_000)}


def _cycle(name: str, index: int) -> Any:
    """The ``index``-th value of the spec enum ``name``, counting round: every value shows in turn."""
    values = _spec.enum_values(name)
    return values[index % len(values)]


def _template(maker: _Maker, task_type: str) -> Record:
    params = {
        "task_type": "image_classification",
        "is_normed": maker.rng.random() < 0.5,
        "image_max_width": "-1",
        "op_list": [],
        "thresholds": {"low": "0.1"},
    }
    operator = {"id": task_type, "name": task_type.title(), "advanced_params_switch": False, "params": params}
    return {"id": task_type, "name": f"{task_type} template", "operator_params": [operator]}


def _work_path(maker: _Maker, source: Record) -> Record:
    kinds = _spec.enum_values("WorkPathType")  # OBS, or the dataset a DATASET source is
    if source["type"] == "DATASET" and source["type"] in kinds:
        return {
            "type": source["type"],
            "path": source["source"],
            "name": source.get("name", ""),
            "version_name": "V002",
            "output_path": f"/test-obs/out/{maker.ident()[:8]}/",
        }
    return {"type": kinds[0], "path": f"/test-obs/out/{maker.ident()[:8]}/"}


def _mark_current(tasks: list[Record]) -> None:
    """The newest task of each dataset version (or each source) is the current one (D22)."""
    newest: dict[str, Record] = {}
    for task in tasks:
        key = task.get("version_id") or task["inputs"][0]["source"]
        if key not in newest or task["create_time"] >= newest[key]["create_time"]:
            newest[key] = task
    current = {id(task) for task in newest.values()}
    for task in tasks:
        task["is_current"] = id(task) in current


def _versions(maker: _Maker, task: Record) -> tuple[Record, ...]:
    return tuple(_version(maker, task, n) for n in range(task["version_count"]))


def _version(maker: _Maker, task: Record, number: int) -> Record:
    created = task["create_time"] + 60_000 * (number + 1)
    origin = maker.rng.randint(10, 2000)
    added, deleted, modified = maker.rng.randint(0, 50), maker.rng.randint(0, 50), maker.rng.randint(0, 50)
    return {
        "task_version_id": maker.ident(),
        _task_id(): task[_task_id()],
        "version_name": f"V{number + 1:03d}",
        "status": _cycle("TaskStatus", number + 2),
        "create_time": created,
        "update_time": created + maker.rng.randint(0, 600_000),
        "duration_seconds": maker.rng.randint(1, 900),
        "description": f"version {number + 1} of {task['name']}",
        "inputs": task["inputs"],
        "template": task["template"],
        "origin_sample_count": origin,
        "add_sample_count": added,
        "deleted_sample_count": deleted,
        "modified_sample_count": modified,
        "unmodified_sample_count": max(origin - deleted - modified, 0),
    }


def _export_task(maker: _Maker, number: int, versions: tuple[tuple[str, str], ...]) -> Record:
    export_types, formats = _spec.enum_values("ExportType"), _spec.enum_values("ExportFormat")
    state = _EXPORT_STATES[number % len(_EXPORT_STATES)]
    total = maker.rng.randint(1, 500)
    finished = {"SUCCESSED": total, "INIT": 0}.get(state, total // 2)
    created = maker.tick()
    task: Record = {
        _task_id(): maker.ident(),
        "create_time": created,
        "update_time": created + 30_000,
        "status": state,
        "export_type": export_types[number % len(export_types)],
        "export_format": formats[number % len(formats)],
        "path": f"/test-obs/export/{maker.ident()[:8]}/",
        "progress": round(100.0 * finished / total, 1),
        "total_sample_count": total,
        "finished_sample_count": finished,
        "version_format": _cycle("VersionFormat", number),
        "version_id": versions[number % len(versions)][0],
        "export_params": _export_params(maker, number),
    }
    if state == "FAILED":
        task["error_code"], task["error_msg"] = "ModelArts.4371", "The OBS path cannot be written."
    return task


def _export_params(maker: _Maker, number: int) -> Record:
    states = _spec.schema("ExportParams")["properties"]["sample_state"]["enum"]
    params: Record = {
        "sample_state": states[number % len(states)],
        "export_dest": "DIR",
        "clear_hard_property": True,
        "ratio_sample_usage": False,
        "train_sample_ratio": "1.00" if number % 2 else 1.0,  # D4: a string or a number
    }
    if number % 4 == 3:
        label_types = _spec.schema("SearchLabel")["properties"]["type"]["enum"]
        labels = {
            "op": _cycle("LogicalOperator", 0),
            "labels": [
                {
                    "name": "cat",
                    "type": label_types[number % len(label_types)],
                    "op": _cycle("LogicalOperator", 1),
                    "property": {"color": ["red"]},
                }
            ],
        }
        params["search_conditions"] = [
            {"label_list": labels, "sample_time": "20190901-20190915", "hard": "1"}
        ]
    if number % 5 == 4:
        params.update(
            export_dest="NEW_DATASET",
            export_new_dataset_name=f"export-{maker.ident()[:5]}",
            export_new_dataset_work_path="/test-obs/new/",
        )
    return params
