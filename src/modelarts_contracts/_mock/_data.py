"""Seeded data made from the spec's schemas: tasks, their versions, datasets and their export tasks.

Values come from :class:`~._fill.Filler` (every enum value shows in turn; the same seed gives the same
data), so a field or an enum value the spec adds is served without new code. The relations between
records come from the spec's markers, none typed here:

- the fields filters read and lists sort by are on every item, so each filter and order can be judged;
- a field marked ``x-refers-to`` names an object the mock holds (a dataset, an earlier task), and its
  holder takes the fields it shares by name with the dataset version it names (a holder of a kind that
  names no dataset carries none of them); an export task takes them from a version of its dataset;
- ``x-present-when`` and ``x-same-as`` decide whether a field is there and what it repeats;
- ``x-counts`` gives the number of items another operation lists for a record, which repeat the
  record's path id and the fields ``items-repeat`` names; ``x-newest-per`` marks the newest item of each
  group (D22).
"""

from __future__ import annotations

import string
from collections.abc import Callable
from typing import Any

import attrs

from modelarts_contracts import _spec
from modelarts_contracts._filters import filters_of, text
from modelarts_contracts._references import Site, sites

from ._fill import Filler, Path

Record = dict[str, Any]
TASKS, VERSIONS, EXPORTS = "listProcessorTasks", "listProcessorTaskVersions", "listExportTasks"
_MOST_VERSIONS = 3  # tasks have 0 to 3 versions, each count in turn


@attrs.frozen
class Dataset:
    """A dataset: its id, what a data source naming each of its versions holds, and its export tasks."""

    dataset_id: str
    versions: tuple[Record, ...]
    export_tasks: tuple[Record, ...]


@attrs.frozen
class MockData:
    """Everything a mock serves, with lookups by id."""

    tasks: tuple[Record, ...]
    versions: dict[str, tuple[Record, ...]]
    datasets: dict[str, Dataset]

    @property
    def tasks_by_id(self) -> dict[str, Record]:
        return {task[_spec.path_ids().task]: task for task in self.tasks}


def build(tasks: int, datasets: int, seed: int) -> MockData:
    """Generate ``datasets`` datasets and ``tasks`` tasks (with their versions) from ``seed``."""
    return _Builder(seed).build(tasks, datasets)


def _shown(operation_id: str) -> Callable[[Path], bool]:
    """Which fields every item of a list carries: those its filters read and its sort field names."""
    paths = {
        path[:n]
        for f in filters_of(operation_id).values()
        for path in f.paths()
        for n in range(1, len(path) + 1)
    }
    sort_by = _spec.parameters(operation_id).get(_spec.sort_names().by)
    paths |= {(field,) for field in (sort_by or {}).get("schema", {}).get("enum", [])}
    return paths.__contains__


def _marked(schema: Record, marker: str) -> list[tuple[str, Any]]:
    """The properties of ``schema`` carrying ``marker``, with its value."""
    return [(name, prop[marker]) for name, prop in schema.get("properties", {}).items() if marker in prop]


def _at(record: Any, dotted: str) -> Any:
    for key in dotted.split("."):
        record = record.get(key) if isinstance(record, dict) else None
    return record


class _Builder:
    """Draws every record from one :class:`Filler` and ties them together as the spec's markers say."""

    def __init__(self, seed: int) -> None:
        self.filler = Filler(seed)
        self.ids = _spec.path_ids()
        self.schemas = {op: _spec.item_schema(op) for op in (TASKS, VERSIONS, EXPORTS)}
        self.shown = {op: _shown(op) for op in self.schemas}
        self.source_schema, self.source_field, self.source_marker, self.dataset_kind = self._dataset_sources()
        self.pools: dict[str, list[tuple[str, Record | None]]] = {}
        self.earlier = 0  # how many of the task pool a task being pointed may name
        self.repeating: dict[str, tuple[Record, tuple[str, ...]]] = {}

    def _dataset_sources(self) -> tuple[Record, str, _spec.Reference, Any]:
        """The first schema with a field naming a dataset: what a data source of a dataset version holds."""
        for schema in _spec.load_spec()["components"]["schemas"].values():
            for name, prop in schema.get("properties", {}).items():
                marker = _spec.reference(prop)
                kinds = [
                    kind
                    for kind, id_name in (marker.ids if marker else {}).items()
                    if id_name == self.ids.dataset
                ]
                if marker and kinds:
                    return schema, name, marker, kinds[0]
        raise _spec.SpecError(f"{_spec.spec_path()}: no x-refers-to field names a {self.ids.dataset}")

    def build(self, tasks: int, datasets: int) -> MockData:
        dataset_list = [self._dataset(index) for index in range(datasets)]
        self.pools[self.ids.dataset] = [(d.dataset_id, v) for d in dataset_list for v in d.versions]
        schema = self.schemas[TASKS]
        task_list = [self.filler.record(schema, index, self.shown[TASKS]) for index in range(tasks)]
        self.pools[self.ids.task] = [(task[self.ids.task], None) for task in task_list]
        for index, task in enumerate(task_list):
            self.earlier = index or len(task_list)  # a task names an earlier task (the first, any)
            self._point(task, schema)
            self._settle(task, schema)
        _mark_newest(task_list, schema)
        versions = {task[self.ids.task]: self._counted(task, index) for index, task in enumerate(task_list)}
        return MockData(tuple(task_list), versions, {d.dataset_id: d for d in dataset_list})

    def _dataset(self, index: int) -> Dataset:
        dataset_id = self.filler.ident()
        versions: list[Record] = []
        for number in range(1 + index % 3):
            drawn = self.filler.record(self.source_schema, number, lambda path: True)
            # Each version has its own ids and number; the rest (the dataset's name) is the first one's.
            own = {k: v for k, v in drawn.items() if k.endswith(_spec.ID_SUFFIX) or self._numbered(k)}
            version = {**(versions[0] if versions else drawn), **own}
            version[self.source_marker.by], version[self.source_field] = self.dataset_kind, dataset_id
            versions.append(version)
        # Dataset 1 has no export task at all: an empty list is a case clients must handle.
        count = 0 if index == 1 else 3 + (index * 7) % 23
        exports = tuple(self._export_task(number, versions) for number in range(count))
        return Dataset(dataset_id, tuple(versions), exports)

    def _numbered(self, name: str) -> bool:
        return bool(self.source_schema["properties"][name].get("x-numbered"))

    def _export_task(self, number: int, versions: list[Record]) -> Record:
        schema = self.schemas[EXPORTS]
        task: Record = self.filler.record(schema, number, self.shown[EXPORTS])
        self._adopt(task, schema, self.filler.rng.choice(versions))
        self._settle(task, schema)
        return task

    def _adopt(self, holder: Record, schema: Record, version: Record) -> None:
        """Give ``holder`` the fields it shares by name with a dataset ``version``, kind and id aside."""
        aside = (self.source_marker.by, self.source_field)
        for name in schema.get("properties", {}):
            if name in version and name not in aside:
                holder[name] = version[name]

    def _point(self, record: Record, schema: Record) -> None:
        """Point every marked field of ``record`` at an object the mock holds, as its kind says."""
        for site in list(sites(record, schema)):
            self._point_site(site)

    def _point_site(self, site: Site) -> None:
        by, holder = site.reference.by, site.holder
        if by not in holder:  # a reference says what kind of thing it names
            holder[by] = self.filler.record(site.schema["properties"][by])
        id_name = site.id_name
        if id_name in self.pools and not self.pools[id_name]:
            self._unheld(site)  # no dataset (or task) to name: the holder names something else
            id_name = site.id_name
        pool = self.pools.get(id_name or "")
        if id_name is not None and not pool:
            holder[site.field] = self.filler.ident()  # an id the mock holds nothing for (a project's)
        if pool:
            size = self.earlier if id_name == self.ids.task else len(pool)
            holder[site.field], version = pool[self.filler.rng.randrange(min(size, len(pool)))]
            if version is not None:
                self._adopt(holder, site.schema, version)
                return
        dataset_fields = set(self.source_schema.get("properties", {})) - {site.reference.by, site.field}
        for name in dataset_fields & set(holder):
            del holder[name]

    def _unheld(self, site: Site) -> None:
        """Give the holder the first kind of its enum that names no object (an OBS path, say)."""
        kinds = _spec.resolve(site.schema["properties"][site.reference.by]).get("enum", [])
        free = [kind for kind in kinds if kind not in site.reference.ids]
        if free:
            site.holder[site.reference.by] = free[0]
            site.holder[site.field] = self.filler.record(site.schema["properties"][site.field])

    def _settle(self, record: Any, schema: Any) -> None:
        """Apply ``x-present-when`` and ``x-same-as`` at every depth of ``record``."""
        schema = _spec.resolve(schema)
        if isinstance(record, list):
            for item in record:
                self._settle(item, schema.get("items", {}))
            return
        if not isinstance(record, dict):
            return
        for name, condition in _marked(schema, "x-present-when"):
            if not all(record.get(key) == value for key, value in condition.items()):
                record.pop(name, None)
            elif name not in record:
                record[name] = self.filler.record(schema["properties"][name])
        for name, dotted in _marked(schema, "x-same-as"):
            record[name] = _at(record, dotted)
            if record[name] is None:
                del record[name]
        for name, prop in schema.get("properties", {}).items():
            if name in record:
                self._settle(record[name], prop)

    def _counted(self, task: Record, index: int) -> tuple[Record, ...]:
        """The items an ``x-counts`` field counts (the task's versions), and the count set to match."""
        made: tuple[Record, ...] = ()
        for name, marker in _marked(self.schemas[TASKS], "x-counts"):
            operation_id = marker["operation"]
            if operation_id not in self.repeating:
                self.repeating[operation_id] = self._repeating(operation_id, marker.get("items-repeat", []))
            made = tuple(
                self._item_of(task, operation_id, number) for number in range(index % (_MOST_VERSIONS + 1))
            )
            task[name] = len(made)
        return made

    def _repeating(self, operation_id: str, repeated: list[str]) -> tuple[Record, tuple[str, ...]]:
        """The item schema less the fields its items repeat from the record: its path ids, ``repeated``."""
        schema = self.schemas.get(operation_id) or _spec.item_schema(operation_id)
        template = _spec.operations()[operation_id][1]
        names = (*(field for _, field, _, _ in string.Formatter().parse(template) if field), *repeated)
        copied = tuple(name for name in names if name in schema.get("properties", {}))
        properties = {k: v for k, v in schema.get("properties", {}).items() if k not in copied}
        return {**schema, "properties": properties}, copied

    def _item_of(self, task: Record, operation_id: str, number: int) -> Record:
        drawn, copied = self.repeating[operation_id]
        item: Record = self.filler.record(drawn, number, self.shown.get(operation_id))
        self._point(item, drawn)  # the repeated fields are the task's, pointed already
        self._settle(item, drawn)
        item.update((name, task[name]) for name in copied if name in task)
        return item


def _mark_newest(items: list[Record], schema: Record) -> None:
    """Set each ``x-newest-per`` field: true on the newest item of each group the filter's values make."""
    for name, marker in _marked(schema, "x-newest-per"):
        grouping, by = filters_of(TASKS)[marker["filter"]], marker["by"]
        newest: dict[tuple[str, ...], Record] = {}
        for item in items:
            key = tuple(sorted({text(value) for value in grouping.observed(item)}))
            if key not in newest or item[by] >= newest[key][by]:
                newest[key] = item
        chosen = {id(item) for item in newest.values()}
        for item in items:
            item[name] = id(item) in chosen
