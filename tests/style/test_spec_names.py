"""The hand-written server code types no paging, sorting or path-id name of the spec: it reads them."""

from __future__ import annotations

import ast
from pathlib import Path

from modelarts_contracts import _spec

# Hand-written server code; ``_drift`` reads page text, where these names are words to look for.
FOLDERS = ("src/modelarts_contracts", "contracts")
EXCLUDED = ("_drift",)


def spec_names() -> set[str]:
    """The names read from the spec: paging, sorting and path-id parameters."""
    paging, sorting, ids = _spec.paging_names(), _spec.sort_names(), _spec.path_ids()
    return {paging.limit, paging.offset, sorting.by, sorting.order, ids.task, ids.dataset}


def typed_names(folder: Path, names: set[str]) -> list[str]:
    """``file:line: name`` for each string literal under ``folder`` that is one of ``names``."""
    return [
        f"{path.relative_to(folder)}:{node.lineno}: {node.value}"
        for path in sorted(folder.rglob("*.py"))
        if not any(part in EXCLUDED for part in path.relative_to(folder).parts)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in names
    ]


def test_spec_names_are_what_the_spec_says() -> None:
    """The accessors find the six names (named here, in a test, on purpose)."""
    assert spec_names() == {"limit", "offset", "sort_by", "order", "task_id", "dataset_id"}


def test_server_code_types_no_spec_name(repo_root: Path) -> None:
    """No string literal of the mock, the suite runner or the checks is a spec parameter name."""
    names = spec_names()
    assert [found for folder in FOLDERS for found in typed_names(repo_root / folder, names)] == []


def test_scan_catches_a_planted_literal(tmp_path: Path) -> None:
    """A planted ``query["sort_by"]`` is reported; the same word in ``_drift`` is not."""
    (tmp_path / "_planted.py").write_text('def f(query):\n    return query["sort_by"]\n', encoding="utf-8")
    (tmp_path / "_drift").mkdir()
    (tmp_path / "_drift" / "_page.py").write_text('WORD = "sort_by"\n', encoding="utf-8")
    assert typed_names(tmp_path, spec_names()) == ["_planted.py:2: sort_by"]
