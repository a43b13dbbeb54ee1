"""The spec-to-spec diff says, direction-aware, whether a change breaks clients, servers, or neither."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import yaml

from modelarts_contracts._drift import diff_specs

if TYPE_CHECKING:
    from conftest import Drift

Edit = Callable[[dict[str, Any]], None]


def _list_op(spec: dict[str, Any]) -> dict[str, Any]:
    """Return the listProcessorTasks operation of a spec."""
    operation: dict[str, Any] = spec["paths"]["/v2/{project_id}/processor-tasks"]["get"]
    return operation


def _new_required_param(spec: dict[str, Any]) -> None:
    _list_op(spec)["parameters"].append(
        {"name": "tenant", "in": "query", "required": True, "schema": {"type": "string"}}
    )


def _new_optional_param(spec: dict[str, Any]) -> None:
    _list_op(spec)["parameters"].append({"name": "tenant", "in": "query", "schema": {"type": "string"}})


def _new_required_field(spec: dict[str, Any]) -> None:
    task = spec["components"]["schemas"]["ProcessorTask"]
    task["properties"]["priority"] = {"type": "integer"}
    task["required"].append("priority")


def _new_optional_field(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["ProcessorTask"]["properties"]["priority"] = {"type": "integer"}


def _removed_field(spec: dict[str, Any]) -> None:
    del spec["components"]["schemas"]["ProcessorTask"]["properties"]["version_count"]


def _response_enum_value(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["TaskStatus"]["enum"].append(5)


def _param_enum_value(spec: dict[str, Any]) -> None:
    spec["components"]["parameters"]["Order"]["schema"]["enum"].append("random")


def _lower_maximum(spec: dict[str, Any]) -> None:
    spec["components"]["parameters"]["Limit"]["schema"]["maximum"] = 50


def _removed_operation(spec: dict[str, Any]) -> None:
    del spec["paths"]["/v2/{project_id}/processor-tasks/{task_id}"]


def _changed_type(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["ProcessorTask"]["properties"]["duration_seconds"] = {"type": "string"}


def _description_only(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["ProcessorTask"]["description"] = "Reworded."


def _new_response_status(spec: dict[str, Any]) -> None:
    _list_op(spec)["responses"]["409"] = {"description": "Conflict."}


def _removed_response_status(spec: dict[str, Any]) -> None:
    del _list_op(spec)["responses"]["429"]


def _new_required_error_field(spec: dict[str, Any]) -> None:
    error = spec["components"]["schemas"]["Error"]
    error["properties"]["trace"] = {"type": "string"}
    error["required"].append("trace")


CASES: list[tuple[str, Edit, str, tuple[str, ...]]] = [
    (
        "new-required-param-breaks-clients",
        _new_required_param,
        "query parameter 'tenant'",
        ("clients", "servers"),
    ),
    ("new-optional-param-breaks-servers", _new_optional_param, "query parameter 'tenant'", ("servers",)),
    (
        "new-required-response-field-breaks-servers-only",
        _new_required_field,
        "response body.tasks[].priority",
        ("servers",),
    ),
    ("new-optional-response-field-compatible", _new_optional_field, "response body.tasks[].priority", ()),
    (
        "removed-response-field-breaks-clients",
        _removed_field,
        "response body.tasks[].version_count",
        ("clients",),
    ),
    ("parameter-enum-value-breaks-servers", _param_enum_value, "query parameter 'order'", ("servers",)),
    ("lower-parameter-maximum-breaks-clients", _lower_maximum, "query parameter 'limit'", ("clients",)),
    (
        "changed-response-type-breaks-both",
        _changed_type,
        "response body.tasks[].duration_seconds",
        ("clients", "servers"),
    ),
    ("new-response-status-compatible", _new_response_status, "response 409", ()),
    ("removed-response-status-breaks-servers", _removed_response_status, "response 429", ("servers",)),
    (
        "error-body-behind-a-reference-compared",
        _new_required_error_field,
        "response 400 body.trace",
        ("servers",),
    ),
]


@pytest.mark.parametrize(
    ("edit", "where", "breaks"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_specdiff_classifies(spec: dict[str, Any], edit: Edit, where: str, breaks: tuple[str, ...]) -> None:
    """A spec change is classified by whom it can break, reading requests and responses in their direction."""
    new = copy.deepcopy(spec)
    edit(new)
    changes = [change for change in diff_specs(spec, new) if change.operation == "listProcessorTasks"]
    assert [(change.where, change.breaks) for change in changes] == [(where, breaks)]


def test_specdiff_shared_enum_both_directions(spec: dict[str, Any]) -> None:
    """A value added to a shared enum breaks servers where it is a parameter, clients where it is returned."""
    new = copy.deepcopy(spec)
    _response_enum_value(new)
    changes = {(c.operation, c.where, c.breaks) for c in diff_specs(spec, new)}
    assert changes == {
        ("listProcessorTasks", "query parameter 'status'", ("servers",)),
        ("listProcessorTasks", "response body.tasks[].status", ("clients",)),
        ("listProcessorTaskVersions", "response body.versions[].status", ("clients",)),
        ("showProcessorTask", "response body.status", ("clients",)),
    }


def test_specdiff_removed_operation(spec: dict[str, Any]) -> None:
    """Removing an operation breaks clients; adding it back breaks servers built without it."""
    new = copy.deepcopy(spec)
    _removed_operation(new)
    assert [(c.operation, c.message, c.breaks) for c in diff_specs(spec, new)] == [
        ("showProcessorTask", "removed", ("clients",))
    ]
    assert [(c.message, c.breaks) for c in diff_specs(new, spec)] == [("added", ("servers",))]


def test_specdiff_same_spec_no_changes(spec: dict[str, Any]) -> None:
    """A spec compared with itself, or with only prose reworded, has no changes."""
    new = copy.deepcopy(spec)
    _description_only(new)
    assert diff_specs(spec, spec) == [] and diff_specs(spec, new) == []


def _write(folder: Path, name: str, document: dict[str, Any]) -> Path:
    """Write a spec document as YAML."""
    path = folder / name
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def test_specdiff_cli_breaking(spec: dict[str, Any], tmp_path: Path, run_drift: Drift) -> None:
    """``drift --spec-diff OLD NEW`` lists a breaking change under its class and exits 1."""
    new = copy.deepcopy(spec)
    _new_required_param(new)
    result = run_drift("--spec-diff", _write(tmp_path, "old.yaml", spec), _write(tmp_path, "new.yaml", new))
    assert result.exit_code == 1
    clients = result.output.split("Breaking for clients (1):")[1].split("Breaking for servers")[0]
    assert "listProcessorTasks  query parameter 'tenant': added, required" in clients
    assert "Operations touched by breaking changes: listProcessorTasks" in result.output


def test_specdiff_cli_compatible_json(spec: dict[str, Any], tmp_path: Path, run_drift: Drift) -> None:
    """A compatible change exits 0 and is classed "compatible" in the JSON output."""
    new = copy.deepcopy(spec)
    _new_optional_field(new)
    code, document = run_drift.json(
        "--spec-diff", _write(tmp_path, "old.yaml", spec), _write(tmp_path, "new.yaml", new)
    )
    assert code == 0 and document["breaking"] == 0
    assert {change["class"] for change in document["changes"]} == {"compatible"}


def test_specdiff_cli_unreadable_spec(tmp_path: Path, run_drift: Drift, spec: dict[str, Any]) -> None:
    """An unreadable spec in a spec diff gives exit 2 with a one-line reason."""
    result = run_drift("--spec-diff", _write(tmp_path, "old.yaml", spec), tmp_path / "missing.yaml")
    assert (
        result.exit_code == 2 and "cannot read the spec" in result.output and "Traceback" not in result.output
    )
