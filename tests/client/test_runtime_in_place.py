"""client_runtime/ imports and type-checks where it lives, and generated/ ships it unchanged."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SHIPPED = Path("generated/modelarts-data-client/modelarts_data_client/runtime")


def _sources(root: Path) -> dict[str, bytes]:
    """The runtime's files below ``root`` by relative path, caches left out."""
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_shipped_runtime_is_client_runtime_byte_for_byte(repo_root: Path) -> None:
    """An edit to client_runtime/ without regeneration is caught here, without regenerating."""
    in_place, shipped = _sources(repo_root / "client_runtime"), _sources(repo_root / SHIPPED)
    differing = sorted(
        name for name in in_place.keys() | shipped.keys() if in_place.get(name) != shipped.get(name)
    )
    assert differing == [], f"generated/ ships a stale runtime ({differing}); run scripts/regen_client.py"


def test_runtime_imports_in_place(repo_root: Path) -> None:
    """``import client_runtime`` works from a checkout: it reads the generated package absolutely."""
    program = "import client_runtime; print(client_runtime.ModelArts.list_tasks.__doc__.splitlines()[0])"
    result = subprocess.run(
        [sys.executable, "-c", program], cwd=repo_root, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


def test_runtime_passes_mypy_strict_in_place(repo_root: Path) -> None:
    """``mypy client_runtime`` (strict, generated/ on mypy_path) finds nothing where the code lives."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "client_runtime"],
        cwd=repo_root,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stdout + result.stderr
