"""The generated package's version follows the spec-to-spec diff, and regeneration is idempotent."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from modelarts_contracts._drift._release import bumped, classify


def _edited(spec: dict[str, Any], edit: str) -> dict[str, Any]:
    """Return a copy of the spec with one kind of edit applied."""
    new = copy.deepcopy(spec)
    schemas, paths = new["components"]["schemas"], new["paths"]
    if edit == "nothing":
        pass
    elif edit == "wording":
        schemas["ProcessorTask"]["properties"]["name"]["description"] = (
            "The task's name, as shown in the console."
        )
        new["info"]["description"] += "\nReworded."
    elif edit == "rate-limit-responses":
        error = {
            "description": "Too many requests.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
        }
        for item in paths.values():
            item["get"]["responses"]["429"] = error
            item["get"]["responses"]["503"] = {**error, "description": "Service busy."}
    elif edit == "new-optional-field":
        schemas["ProcessorTask"]["properties"]["priority"] = {"type": "integer"}
    elif edit == "new-status":
        schemas["TaskStatus"]["enum"].append(5)
        schemas["TaskStatus"]["x-enum-varnames"].append("ARCHIVED")
    elif edit == "field-named-description-added":
        schemas["ExportTask"]["properties"]["description"] = {"type": "string"}
    elif edit == "new-required-parameter":
        paths["/v2/{project_id}/processor-tasks"]["get"]["parameters"].append(
            {"name": "tenant", "in": "query", "required": True, "schema": {"type": "string"}}
        )
    return new


@pytest.mark.parametrize(
    ("edit", "bump"),
    [
        ("nothing", None),
        ("wording", "patch"),
        ("rate-limit-responses", "minor"),
        ("new-optional-field", "minor"),
        ("new-status", "major"),
        ("field-named-description-added", "minor"),
        ("new-required-parameter", "major"),
    ],
    ids=[
        "unchanged-no-bump",
        "wording-patch",
        "added-429-503-minor",
        "optional-field-minor",
        "new-returned-enum-value-major",
        "property-called-description-is-not-wording",
        "required-parameter-major",
    ],
)
def test_version_bump_from_spec_diff(spec: dict[str, Any], edit: str, bump: str | None) -> None:
    """Breaking for clients bumps major, other changes minor, wording patch, nothing nothing."""
    assert classify(spec, _edited(spec, edit))[0] == bump


@pytest.mark.parametrize(
    ("version", "bump", "expected"),
    [
        ("0.1.0", "major", "1.0.0"),
        ("1.2.3", "minor", "1.3.0"),
        ("1.2.3", "patch", "1.2.4"),
        ("1.2.3", None, "1.2.3"),
    ],
    ids=["major", "minor", "patch", "none"],
)
def test_version_bumped(version: str, bump: Any, expected: str) -> None:
    """X.Y.Z is bumped in the part named, the lower parts reset."""
    assert bumped(version, bump) == expected


def test_version_of_the_committed_client(repo_root: Path, regen_script: ModuleType) -> None:
    """The committed client carries the version the spec diff from the last release gives."""
    version, _ = regen_script.version_for(repo_root / "spec" / "openapi.yaml")
    setup = (repo_root / "generated" / "modelarts-data-client" / "setup.py").read_text(encoding="utf-8")
    assert f'version="{version}"' in setup


def _baseline(repo_root: Path, folder: Path) -> tuple[Path, Path]:
    """Copies of the released baseline (spec and config) in ``folder``."""
    released, config = folder / "released-spec.yaml", folder / "config.yaml"
    released.write_bytes((repo_root / "generated" / "released-spec.yaml").read_bytes())
    config.write_bytes((repo_root / "generated" / "config.yaml").read_bytes())
    return released, config


def test_version_idempotent_and_released(repo_root: Path, regen_script: ModuleType, tmp_path: Path) -> None:
    """Asking twice gives the same version; after --release the same spec is 'no change' at that version."""
    released, config = _baseline(repo_root, tmp_path)
    spec = repo_root / "spec" / "openapi.yaml"
    first = regen_script.version_for(spec, released, config)
    assert regen_script.version_for(spec, released, config) == first
    regen_script.release(spec, first[0], released, config)
    version, why = regen_script.version_for(spec, released, config)
    assert version == first[0] and why.startswith("no change")


def test_version_merge_of_later_additions(
    repo_root: Path, regen_script: ModuleType, spec: dict[str, Any], tmp_path: Path
) -> None:
    """Another branch's 429/503 on top of a release are a minor bump; merged with ours, still major."""
    released, config = _baseline(repo_root, tmp_path)
    regen_script.release(repo_root / "spec" / "openapi.yaml", "1.0.0", released, config)
    merged = tmp_path / "openapi.yaml"
    merged.write_text(yaml.safe_dump(_edited(spec, "rate-limit-responses")), encoding="utf-8")
    version, why = regen_script.version_for(merged, released, config)
    assert (version, why) == ("1.1.0", "minor change from released-spec.yaml")
    unreleased, config = _baseline(repo_root, tmp_path / "..")
    major = regen_script.version_for(repo_root / "spec" / "openapi.yaml", unreleased, config)[0]
    assert regen_script.version_for(merged, unreleased, config)[0] == major


def test_version_regen_elsewhere_changes_nothing_here(repo_root: Path, tmp_path: Path) -> None:
    """Regenerating a changed spec into another folder bumps that package only; generated/ is untouched."""
    records = [repo_root / "generated" / "config.yaml", repo_root / "generated" / "released-spec.yaml"]
    before = [path.read_bytes() for path in records]
    text = (repo_root / "spec" / "openapi.yaml").read_text(encoding="utf-8")
    edited = tmp_path / "openapi.yaml"
    edited.write_text(
        text.replace(
            "        ai_project:\n", "        priority:\n          type: integer\n        ai_project:\n", 1
        ),
        encoding="utf-8",
    )
    output = tmp_path / "client"
    result = subprocess.run(
        [
            sys.executable,
            str(repo_root / "scripts" / "regen_client.py"),
            "--output",
            str(output),
            "--spec",
            str(edited),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    assert "regen: version 1.0.0 (major change" in result.stdout
    assert 'version="1.0.0"' in (output / "setup.py").read_text(encoding="utf-8")
    assert [path.read_bytes() for path in records] == before
