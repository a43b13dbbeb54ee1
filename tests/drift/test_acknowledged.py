"""Acknowledgements are machine-readable spec markers, and only real ones count."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from modelarts_contracts._drift._acknowledged import acknowledgement

if TYPE_CHECKING:
    from conftest import Drift

DECISIONS = frozenset({"D4", "D8"})


@pytest.mark.parametrize(
    ("nodes", "aspect", "page_value", "expected"),
    [
        (({"x-decision": "D8"},), "default", "0", "D8"),
        (({"x-decision": "D99"},), "default", "0", None),
        (({"x-page-type": "String", "x-decision": "D4"},), "type", "String", "x-page-type (D4)"),
        (({"x-page-type": "String", "x-decision": "D4"},), "type", "Integer", None),
        (({"x-page": "003 example response"},), "missing", "ai_project", "x-page: example only"),
        (({"x-page": "000 Table 4"},), "missing", "name", None),
        (({},), "enum", ["a"], None),
    ],
    ids=[
        "known-decision-acknowledges",
        "unknown-decision-does-not",
        "recorded-page-value-matches",
        "recorded-page-value-differs-is-drift",
        "example-only-field-missing-from-table",
        "table-field-missing-is-drift",
        "no-marker-is-drift",
    ],
)
def test_acknowledgement_markers(
    nodes: tuple[dict[str, str], ...], aspect: str, page_value: object, expected: str | None
) -> None:
    """x-decision acknowledges with a known ID only; x-page-<aspect> acknowledges only the recorded value."""
    assert acknowledgement(nodes, aspect, page_value, DECISIONS) == expected


def test_acknowledgement_needs_decisions_entry(
    repo_root: Path, seeds: Path, tmp_path: Path, run_drift: Drift
) -> None:
    """An x-decision whose ID is not in DECISIONS.md acknowledges nothing: the seeds then show drift."""
    text = (repo_root / "spec" / "openapi.yaml").read_text(encoding="utf-8")
    marker = "          x-page: 000 Table 2\n          x-decision: D8\n"
    assert text.count(marker) == 1
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        text.replace(marker, "          x-page: 000 Table 2\n          x-decision: D99\n"), encoding="utf-8"
    )
    shutil.copy(repo_root / "spec" / "DECISIONS.md", tmp_path / "DECISIONS.md")
    result = run_drift("--spec", spec, seeds / "000_5cc51df6be71bff1.txt")
    assert result.exit_code == 1
    assert "query parameter 'workspace_id': default: page '0', spec none  [spec" in result.output
