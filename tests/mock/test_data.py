"""Seeded data: deterministic, covering every enum value of the spec, and quick to build at size."""

from __future__ import annotations

import time

from modelarts_contracts import _spec
from modelarts_contracts._mock import MockConfig, create_app
from modelarts_contracts._mock._data import build


def test_same_seed_same_data_other_seed_other_data() -> None:
    """A seed fixes the data; another seed changes it."""
    assert build(20, 3, seed=5) == build(20, 3, seed=5)
    assert build(20, 3, seed=5).tasks != build(20, 3, seed=6).tasks


def test_data_covers_every_enum_value() -> None:
    """A default-sized mock shows every task type, status, source type, export type and format."""
    data = build(60, 4, seed=0)
    tasks = data.tasks
    exports = [e for d in data.datasets.values() for e in d.export_tasks]
    sources = {s["type"] for t in tasks for s in t["inputs"]}
    assert {t["template"]["id"] for t in tasks} == set(_spec.schema("TaskType")["enum"])
    assert {t["status"] for t in tasks} == set(_spec.schema("TaskStatus")["enum"])
    assert sources == set(_spec.schema("SourceType")["enum"])
    assert {e["export_type"] for e in exports} == set(_spec.schema("ExportType")["enum"])
    # Optional fields are left out of some records, as a real service may: count the ones shown.
    assert {e.get("export_format") for e in exports} - {None} == set(_spec.schema("ExportFormat")["enum"])
    assert any(t["version_count"] == 0 for t in tasks) and any(t["version_count"] > 0 for t in tasks)
    assert {t["workspace_id"] for t in tasks} > {"0"}


def test_export_params_follow_the_spec_enums() -> None:
    """Export tasks carry the spec's sample_state values (the underscored ones, D35) and label types."""
    exports = [e for d in build(60, 4, seed=0).datasets.values() for e in d.export_tasks]
    params = [e["export_params"] for e in exports if "export_params" in e]
    states = {p["sample_state"] for p in params if "sample_state" in p}
    labels = {
        label["type"]
        for p in params
        for condition in p.get("search_conditions", [])
        for label in condition.get("label_list", {}).get("labels", [])
        if "type" in label
    }
    assert states <= set(_spec.schema("ExportParams")["properties"]["sample_state"]["enum"])
    assert "__ALL__" in states and "ALL" not in states
    assert labels and labels <= set(_spec.schema("SearchLabel")["properties"]["type"]["enum"])


def test_thousands_of_tasks_build_quickly() -> None:
    """5000 tasks with their versions are generated in a few seconds at most."""
    started = time.monotonic()
    app = create_app(MockConfig(tasks=5000, datasets=50))
    assert len(app.task_ids) == 5000 and time.monotonic() - started < 20


def test_config_repr_hides_credentials() -> None:
    """A MockConfig's repr shows its settings but not its token or keys."""
    shown = repr(MockConfig(token="tok-value-1", ak="ak-value-2", sk="sk-value-3"))
    assert "tok-value-1" not in shown and "ak-value-2" not in shown and "sk-value-3" not in shown
    assert "tasks=" in shown
