"""The mock's data is made from the spec: every record fits its schema, the relations the spec marks
hold, and a property, an enum value or a renamed kind planted in a copy of the spec is served as is."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from jsonschema import Draft202012Validator

from modelarts_contracts import _filters, _spec
from modelarts_contracts._mock import DEFAULT_TOKEN, MockConfig, RunningMock, running_mock
from modelarts_contracts._mock._data import EXPORTS, TASKS, VERSIONS, MockData, build
from modelarts_contracts._references import Site, sites
from modelarts_contracts._suite import _discovery

from .conftest import PROJECT, Get, all_tasks

SEEDS = (0, 1, 7)
Record = dict[str, Any]


def _records(data: MockData) -> dict[str, list[Record]]:
    """The tasks, every version and every export task of ``data``, by the operation that lists them."""
    return {
        TASKS: list(data.tasks),
        VERSIONS: [version for versions in data.versions.values() for version in versions],
        EXPORTS: [task for dataset in data.datasets.values() for task in dataset.export_tasks],
    }


def _problems(schema: Record, values: list[Any], spec: Record) -> list[str]:
    validator = Draft202012Validator({**schema, "components": spec["components"]})
    return [f"{list(e.absolute_path)}: {e.message}" for value in values for e in validator.iter_errors(value)]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda seed: f"seed-{seed}")
def test_every_record_validates_against_its_schema(seed: int, spec: Record) -> None:
    """Tasks, versions and export tasks of several seeds each validate against the spec's item schema."""
    for operation_id, records in _records(build(80, 4, seed)).items():
        assert records, operation_id
        assert _problems(_spec.item_schema(operation_id), records, spec) == []


def test_every_served_body_validates(get: Get, mock: RunningMock, spec: Record) -> None:
    """Every 200 body the mock serves (task pages, details, versions, export lists) fits the spec."""
    bodies: dict[str, list[Any]] = {operation_id: [] for operation_id in _spec.operations()}
    for offset in range(0, len(mock.task_ids), 30):
        bodies[TASKS].append(get("/processor-tasks", {"limit": 30, "offset": offset}).json())
    for task_id in mock.task_ids[:12]:
        bodies["showProcessorTask"].append(get(f"/processor-tasks/{task_id}").json())
        bodies[VERSIONS].append(get(f"/processor-tasks/{task_id}/versions").json())
    for dataset_id in mock.dataset_ids:
        bodies[EXPORTS].append(get(f"/datasets/{dataset_id}/export-tasks", {"limit": 100}).json())
    for operation_id, served in bodies.items():
        assert served and _problems(_spec.success_schema(operation_id), served, spec) == [], operation_id


def test_validation_rejects_a_record_off_its_schema(spec: Record) -> None:
    """The validation above fails on a task whose status is a string (so it can fail)."""
    task = {**build(3, 2, 0).tasks[0], "status": "2"}
    assert _problems(_spec.item_schema(TASKS), [task], spec) != []


def _repeats_a_version(site: Site, versions: tuple[Record, ...]) -> bool:
    """Whether the holder's fields shared with one of the dataset's versions equal that version's."""
    held = site.holder
    for version in versions:
        shared = [key for key in version if key in held and key != site.reference.by]
        if all(held[key] == version[key] for key in shared):
            return True
    return False


@pytest.mark.parametrize("seed", SEEDS, ids=lambda seed: f"seed-{seed}")
def test_references_point_at_objects_the_mock_holds(seed: int) -> None:
    """A field marked x-refers-to names a held dataset or task; its holder repeats that dataset's version."""
    data, ids = build(80, 4, seed), _spec.path_ids()
    named: dict[str | None, int] = {}
    for operation_id in (TASKS, VERSIONS):
        for record in _records(data)[operation_id]:
            for site in sites(record, _spec.item_schema(operation_id)):
                value, named[site.id_name] = site.holder[site.field], named.get(site.id_name, 0) + 1
                if site.id_name == ids.task:
                    assert value in data.tasks_by_id
                if site.id_name == ids.dataset:
                    assert value in data.datasets
                    assert _repeats_a_version(site, data.datasets[value].versions)
    assert named.get(ids.task) and named.get(ids.dataset) and named.get(None)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda seed: f"seed-{seed}")
def test_counted_items_match_their_count(seed: int) -> None:
    """An x-counts field equals the number of items served, which repeat the task's id and marked fields."""
    data, schema = build(60, 3, seed), _spec.item_schema(TASKS)
    [(count, marker)] = [(n, p["x-counts"]) for n, p in schema["properties"].items() if "x-counts" in p]
    repeated = [*marker["items-repeat"], _spec.path_ids().task]
    for task in data.tasks:
        items = data.versions[task[_spec.path_ids().task]]
        assert task[count] == len(items)
        assert all(item[name] == task[name] for item in items for name in repeated if name in task)
    assert {task[count] for task in data.tasks} >= {0, 3}


@pytest.mark.parametrize("seed", SEEDS, ids=lambda seed: f"seed-{seed}")
def test_newest_item_of_each_group_is_marked(seed: int) -> None:
    """x-newest-per marks exactly the newest task of each group of the filter's values (D22)."""
    data, schema = build(80, 4, seed), _spec.item_schema(TASKS)
    [(flag, marker)] = [
        (n, p["x-newest-per"]) for n, p in schema["properties"].items() if "x-newest-per" in p
    ]
    grouping = _filters.filters_of(TASKS)[marker["filter"]]
    groups: dict[tuple[str, ...], list[Record]] = {}
    for task in data.tasks:
        groups.setdefault(tuple(sorted(set(map(_filters.text, grouping.observed(task))))), []).append(task)
    for members in groups.values():
        newest = max(task[marker["by"]] for task in members)
        assert sum(task[flag] for task in members) == 1
        assert all(task[marker["by"]] == newest for task in members if task[flag])
    assert 1 < len(groups) < len(data.tasks)


def _marked(schema: Record, marker: str) -> list[tuple[str, Any]]:
    return [(name, prop[marker]) for name, prop in schema.get("properties", {}).items() if marker in prop]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda seed: f"seed-{seed}")
def test_fields_present_and_repeated_as_marked(seed: int) -> None:
    """x-present-when fields show exactly when their condition holds; x-same-as fields repeat their source."""
    checked = 0
    for operation_id, records in _records(build(80, 4, seed)).items():
        schema = _spec.item_schema(operation_id)
        for record in records:
            for name, condition in _marked(schema, "x-present-when"):
                holds = all(record.get(key) == value for key, value in condition.items())
                assert (name in record) == holds, (operation_id, name, record)
                checked += holds
            for name, dotted in _marked(schema, "x-same-as"):
                source: Any = record
                for key in dotted.split("."):
                    source = source.get(key) if isinstance(source, dict) else None
                assert record.get(name) == source
    assert checked > 10


def _filter_values(found: _filters.Filter, parameter: Record) -> list[str]:
    """The values a filter can be sent with that items must match: enum values, absent readings, true."""
    if found.match == "true-only":
        return ["true"]
    values = [*parameter["schema"].get("enum", []), *found.absent_readings.values()]
    return [_filters.text(value) for value in values if value is not None]


@pytest.mark.parametrize("operation_id", [TASKS, EXPORTS])
def test_every_filter_value_keeps_some_items(operation_id: str) -> None:
    """Each value a spec filter lists (enum values, x-absent-readings, true-only) matches some record."""
    records = _records(build(60, 4, 0))[operation_id]
    parameters = _spec.filter_parameters(operation_id)
    for name, found in _filters.filters_of(operation_id).items():
        for value in _filter_values(found, parameters[name]) if found.chooses_items else []:
            kept = [record for record in records if found.verdict(record, value)]
            assert 0 < len(kept) < len(records), (name, value)


def test_times_move_forward_with_ties() -> None:
    """Tasks are created in order, some at the same millisecond (the ordering checks need ties)."""
    times = [task["create_time"] for task in build(80, 4, 0).tasks]
    assert times == sorted(times) and len(set(times)) < len(times)


def test_ids_are_unique() -> None:
    """No two tasks, versions or export tasks share an id."""
    for operation_id, records in _records(build(200, 6, 3)).items():
        ids = [record[_spec.item_id(operation_id)] for record in records]
        assert len(ids) == len(set(ids)), operation_id


@contextmanager
def planted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit: Callable[[Record], None]
) -> Iterator[None]:
    """Serve and read a copy of the spec changed by ``edit`` (``$MODELARTS_CONTRACTS_SPEC``)."""
    document = copy.deepcopy(_spec.load_spec(Path(__file__).parents[2] / "spec" / "openapi.yaml"))
    edit(document)
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    monkeypatch.setenv(_spec.SPEC_ENV, str(path))
    _spec.load_spec.cache_clear()
    try:
        yield
    finally:
        monkeypatch.delenv(_spec.SPEC_ENV)
        _spec.load_spec.cache_clear()


def _served_tasks(mock: RunningMock) -> list[Record]:
    def get(path: str, params: Any = None) -> httpx.Response:
        headers = {_spec.token_header(): DEFAULT_TOKEN}
        return httpx.get(f"{mock.url}/v2/{PROJECT}{path}", params=params, headers=headers, timeout=10)

    return all_tasks(get)


def test_property_and_enum_value_added_to_the_spec_are_served(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new ProcessorTask property (with its enum) and a new TaskStatus value are served, no code changed."""

    def edit(document: Record) -> None:
        schemas = document["components"]["schemas"]
        schemas["TaskStatus"]["enum"].append(5)
        schemas["TaskStatus"]["x-enum-varnames"].append("QUEUED")
        schemas["ProcessorTask"]["properties"]["priority"] = {"type": "string", "enum": ["low", "high"]}

    with planted(tmp_path, monkeypatch, edit), running_mock(MockConfig(tasks=40)) as mock:
        tasks = _served_tasks(mock)
    assert 5 in {task["status"] for task in tasks}
    assert {task.get("priority") for task in tasks} - {None} == {"low", "high"}


def test_discovery_follows_a_renamed_kind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the dataset kind renamed in the spec, the mock names datasets by it and discovery finds them."""

    def edit(document: Record) -> None:
        schemas = document["components"]["schemas"]
        for enum in (schemas["SourceType"]["enum"], schemas["WorkPathType"]["enum"]):
            enum[enum.index("DATASET")] = "DATA_SET"
        for holder, field in (("ProcessorDataSource", "source"), ("WorkPath", "path")):
            ids = schemas[holder]["properties"][field]["x-refers-to"]["ids"]
            ids["DATA_SET"] = ids.pop("DATASET")

    with planted(tmp_path, monkeypatch, edit), running_mock(MockConfig(tasks=40, datasets=3)) as mock:
        tasks = _served_tasks(mock)
        found = {dataset for task in tasks for dataset in _discovery._datasets_in(task, TASKS)}
        held = set(mock.dataset_ids)
    assert "DATA_SET" in {source["type"] for task in tasks for source in task["inputs"]}
    assert found and found <= held
    assert not {dataset for task in tasks for dataset in _discovery._datasets_in(task, TASKS)}


def test_served_versions_are_numbered_per_task(get: Get) -> None:
    """The x-numbered version name counts each task's versions from its example (V001, V002, ...)."""
    task = next(t for t in all_tasks(get) if t["version_count"] == 3)
    body = get(f"/processor-tasks/{task['task_id']}/versions", {"order": "asc", "sort_by": "version_name"})
    example = _spec.item_schema(VERSIONS)["properties"]["version_name"]["example"]
    assert [v["version_name"] for v in body.json()["versions"]] == [example[:-1] + str(n) for n in (1, 2, 3)]


def test_without_datasets_no_record_names_one() -> None:
    """With no dataset held, sources and work paths take a kind that names none (the mock's --datasets 0)."""
    data, ids = build(40, 0, 2), _spec.path_ids()
    named = {site.id_name for task in data.tasks for site in sites(task, _spec.item_schema(TASKS))}
    assert ids.dataset not in named and ids.task in named


def _choices(schema: Any, path: tuple[str, ...], found: dict[tuple[str, ...], list[Any]]) -> None:
    """Map each path of property names below ``schema`` to the values its enum or ``examples`` list."""
    schema = _spec.resolve(schema)
    chosen_by_kind = "x-refers-to" in schema  # what it holds follows its kind, not the examples
    if isinstance(schema.get("enum") or schema.get("examples"), list) and not chosen_by_kind:
        found[path] = list(schema.get("enum") or schema["examples"])
    for name, prop in schema.get("properties", {}).items():
        if name not in path:  # the spec has no recursive schema; this only bounds the walk
            _choices(prop, (*path, name), found)
    if "items" in schema:
        _choices(schema["items"], path, found)


def _shown_at(record: Any, path: tuple[str, ...]) -> list[Any]:
    if isinstance(record, list):
        return [value for item in record for value in _shown_at(item, path)]
    if not path:
        return [record]
    return _shown_at(record[path[0]], path[1:]) if isinstance(record, dict) and path[0] in record else []


@pytest.mark.parametrize("operation_id", [TASKS, VERSIONS, EXPORTS])
def test_every_enum_value_and_example_shows(operation_id: str) -> None:
    """Every value of an enum (or examples) shows wherever the data holds that field twice as often."""
    records = _records(build(60, 4, 0))[operation_id]
    found: dict[tuple[str, ...], list[Any]] = {}
    _choices(_spec.item_schema(operation_id), (), found)
    judged = 0
    for path, values in found.items():
        shown = _shown_at(records, path)
        if len(shown) >= 2 * len(values):
            judged += 1
            assert set(map(repr, values)) <= set(map(repr, shown)), path
    assert judged >= 3
