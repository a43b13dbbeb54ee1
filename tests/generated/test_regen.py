"""generated/ is exactly what scripts/regen_client.py makes from the spec, and it type-checks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

PACKAGE = Path("modelarts-data-client")
_BUILD_OUTPUT = {"__pycache__", ".mypy_cache", ".ruff_cache", "build", "dist"}


def _regenerate(repo_root: Path, output: Path, spec: Path | None = None) -> None:
    command = [sys.executable, str(repo_root / "scripts" / "regen_client.py"), "--output", str(output)]
    if spec is not None:
        command += ["--spec", str(spec)]
    subprocess.run(command, check=True, capture_output=True, text=True)


def _tree(root: Path) -> dict[str, bytes]:
    """Every file below ``root`` by relative path, caches and build output left out."""
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not _is_build_output(path.relative_to(root))
    }


def _is_build_output(relative: Path) -> bool:
    """Caches and what `pip install ./generated/...` leaves in the tree are not part of the client."""
    return any(part in _BUILD_OUTPUT or part.endswith(".egg-info") for part in relative.parts)


def _differences(left: dict[str, bytes], right: dict[str, bytes]) -> list[str]:
    return sorted(name for name in left.keys() | right.keys() if left.get(name) != right.get(name))


@pytest.fixture(scope="module")
def fresh_client(repo_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The client regenerated from the current spec into a temporary folder."""
    output = tmp_path_factory.mktemp("regen") / PACKAGE
    _regenerate(repo_root, output)
    return output


def test_generated_client_is_up_to_date(repo_root: Path, fresh_client: Path) -> None:
    """The committed client equals a fresh regeneration: nobody edited it and the spec did not move."""
    committed = _tree(repo_root / "generated" / PACKAGE)
    stale = _differences(committed, _tree(fresh_client))
    assert stale == [], f"generated/ is stale in {stale}; run: .venv/bin/python scripts/regen_client.py"


def test_generated_client_goes_stale_when_the_spec_changes(
    repo_root: Path, fresh_client: Path, tmp_path: Path
) -> None:
    """A spec edit without regeneration is caught: a new field changes the generated tree."""
    spec = (repo_root / "spec" / "openapi.yaml").read_text(encoding="utf-8")
    edited = tmp_path / "openapi.yaml"
    edited.write_text(
        spec.replace(
            "        ai_project:\n", "        new_field:\n          type: string\n        ai_project:\n", 1
        ),
        encoding="utf-8",
    )
    _regenerate(repo_root, tmp_path / "client", edited)
    assert "modelarts_data_client/models/processor_task.py" in _differences(
        _tree(fresh_client), _tree(tmp_path / "client")
    )


def test_generated_client_passes_mypy_strict(repo_root: Path) -> None:
    """mypy --strict finds nothing in the generated package, runtime layer included."""
    package = repo_root / "generated" / PACKAGE / "modelarts_data_client"
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(package)],
        capture_output=True,
        text=True,
        cwd=repo_root,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_regen_refuses_to_run_without_ruff(regen_script: ModuleType) -> None:
    """Without ruff the script stops with a clear message instead of writing unformatted code."""
    with pytest.raises(SystemExit, match="'ruff' is not installed"):
        regen_script._require("ruff", "/nonexistent")
