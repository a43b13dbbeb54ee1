"""The server-side walls: the checks and the suite runner never import the mock; the CLI wires them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

# (folder, relative to the repository root; module prefixes no file in it may import)
WALLS = {
    "contracts": ("modelarts_contracts._mock", "modelarts_contracts._target", "modelarts_contracts._run"),
    "src/modelarts_contracts/_suite": (
        "modelarts_contracts._mock",
        "modelarts_contracts._target",
        "modelarts_contracts._run",
    ),
    "src/modelarts_contracts/_mock": ("modelarts_contracts._suite", "modelarts_contracts.contracts"),
}


def imported(source: str, package: str) -> set[str]:
    """Every module ``source`` imports, relative imports resolved against ``package``."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}".rstrip(".")
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def crossings(folder: Path, package: str, forbidden: tuple[str, ...]) -> list[str]:
    """``file: module`` for each import under ``folder`` of a module behind the wall."""
    return [
        f"{path.name}: {module}"
        for path in sorted(folder.rglob("*.py"))
        for module in sorted(imported(path.read_text(encoding="utf-8"), package))
        if module.startswith(forbidden)
    ]


def _package(folder: str) -> str:
    return "modelarts_contracts.contracts" if folder == "contracts" else folder[4:].replace("/", ".")


@pytest.mark.parametrize("folder", list(WALLS), ids=[f"{name}-keeps-its-wall" for name in WALLS])
def test_layer_imports_nothing_behind_its_wall(folder: str, repo_root: Path) -> None:
    """No module of the layer imports a module its wall forbids, directly or by a relative import."""
    assert crossings(repo_root / folder, _package(folder), WALLS[folder]) == []


def test_wall_test_catches_a_crossing_import(tmp_path: Path) -> None:
    """A planted ``from .._mock import create_app`` in the suite is reported as a crossing."""
    (tmp_path / "_planted.py").write_text("from .._mock import create_app\nimport os\n", encoding="utf-8")
    found = crossings(tmp_path, "modelarts_contracts._suite", WALLS["src/modelarts_contracts/_suite"])
    assert found == [
        "_planted.py: modelarts_contracts._mock",
        "_planted.py: modelarts_contracts._mock.create_app",
    ]
