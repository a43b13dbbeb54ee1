"""The layers' import walls, as a table of rules checked over the source with ``ast``.

Each :class:`Wall` names the files it governs and the imports they may not make; a rule is one row
of ``WALLS``. docs/architecture.md explains the layers; ``pytest tests/style/test_walls.py`` proves
every wall. Add a row for a new wall (the server side's: contracts/ and the suite import no mock).
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs
import pytest

GENERATED = "generated/modelarts-data-client/modelarts_data_client"
RUNTIME_DEPENDENCIES = frozenset({"httpx", "attrs", "dateutil"})


@attrs.frozen
class Wall:
    """Files below ``root`` (the package ``package``), minus ``skip``, may not import what ``crosses`` names.

    ``crosses`` gets an import as a dotted name (``from a.b import c`` is ``a.b.c``) and returns why
    it crosses the wall, or None. ``planted`` proves the rule: a file (path below ``root``, source)
    whose last line is an import that crosses the wall, and that import's dotted name.
    """

    id: str
    root: str
    package: str
    crosses: Callable[[str], str | None]
    planted: tuple[str, str, str]
    skip: tuple[str, ...] = ()


def _private_runtime_name(name: str) -> str | None:
    """Generated code reaches the runtime only through its public names (``runtime.hooks``, ``runtime``)."""
    parts = name.split(".")
    if "runtime" in parts and any(part.startswith("_") for part in parts[parts.index("runtime") + 1 :]):
        return "a private runtime name: import it from modelarts_data_client.runtime.hooks"
    return None


def _outside_runtime_dependencies(name: str) -> str | None:
    """The runtime imports the standard library, httpx, attrs, dateutil and the generated package only."""
    top = name.split(".")[0]
    if name.startswith("modelarts_data_client.runtime"):
        return "the shipped copy of the runtime: import the runtime's own modules relatively"
    if top in sys.stdlib_module_names or top in RUNTIME_DEPENDENCIES or top in {"client_runtime"}:
        return None
    if top == "modelarts_data_client":
        return None
    return f"{top} is not the standard library, httpx, attrs, dateutil or the generated package"


WALLS = [
    Wall(
        "generated-imports-only-public-runtime-names",
        GENERATED,
        "modelarts_data_client",
        _private_runtime_name,
        planted=(
            "models/planted.py",
            "from ..runtime.hooks import FIELD_ERRORS\nfrom ..runtime._errors import FIELD_ERRORS\n",
            "modelarts_data_client.runtime._errors.FIELD_ERRORS",
        ),
        skip=("runtime",),
    ),
    Wall(
        "runtime-imports-stdlib-httpx-attrs-dateutil-and-generated",
        "client_runtime",
        "client_runtime",
        _outside_runtime_dependencies,
        planted=(
            "_planted.py",
            "import json\nfrom modelarts_contracts._mock import Faults\n",
            "modelarts_contracts._mock.Faults",
        ),
    ),
]


def imports(path: Path, module: str) -> Iterator[tuple[int, str]]:
    """Each import in the source at ``path`` (module ``module``) as (line, dotted name), resolved."""
    package = module.split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            source = ".".join([*base, *([node.module] if node.module else [])])
            yield from ((node.lineno, f"{source}.{alias.name}") for alias in node.names)


def crossings(wall: Wall, repo_root: Path) -> list[str]:
    """Every import below the wall's root that crosses it, as ``path:line: name (why)``."""
    root, found = repo_root / wall.root, []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        if relative.parts[0] in wall.skip:
            continue
        module = ".".join([wall.package, *relative.with_suffix("").parts])
        for line, name in imports(path, module):
            why = wall.crosses(name)
            if why is not None:
                found.append(f"{wall.root}/{relative}:{line}: {name} ({why})")
    return found


@pytest.mark.parametrize("wall", WALLS, ids=[wall.id for wall in WALLS])
def test_no_import_crosses_the_wall(wall: Wall, repo_root: Path) -> None:
    """No source file below the wall's root imports what the wall forbids."""
    assert crossings(wall, repo_root) == []


@pytest.mark.parametrize("wall", WALLS, ids=[f"{wall.id}-planted-crossing-caught" for wall in WALLS])
def test_a_planted_crossing_fails_the_wall(wall: Wall, tmp_path: Path) -> None:
    """An import that crosses the wall, planted in a copy of its root, is reported with its line."""
    relative, source, name = wall.planted
    planted = tmp_path / wall.root / relative
    planted.parent.mkdir(parents=True)
    planted.write_text(source, encoding="utf-8")
    found = crossings(wall, tmp_path)
    assert len(found) == 1 and f":{source.count(chr(10))}: {name} (" in found[0]


def test_a_runtime_import_of_schemathesis_crosses_the_wall() -> None:
    """The runtime may not import schemathesis (nor anything the allow-list leaves out)."""
    assert _outside_runtime_dependencies("schemathesis.openapi") is not None
    assert _outside_runtime_dependencies("httpx.Client") is None
