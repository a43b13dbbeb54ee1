"""The published pages, read whole, show no drift the spec has not acknowledged."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from conftest import Drift


def test_drift_seeds_clean(
    seeds: Path, run_drift: Drift, drift_of: Callable[[dict[str, Any]], list[Any]]
) -> None:
    """All five seed pages read with their full counts, and every difference is acknowledged (exit 0)."""
    code, document = run_drift.json(seeds)
    assert code == 0, drift_of(document)
    assert document["errors"] == [] and document["drift"] == 0
    counted = {
        Path(page["page"]).name[:3]: (page["parameters"], page["fields"]) for page in document["pages"]
    }
    assert counted == {"000": (14, 37), "001": (6, 36), "002": (2, 35), "003": (14, 37), "004": (5, 67)}


def test_drift_seeds_acknowledgements_cite_markers(seeds: Path, run_drift: Drift) -> None:
    """Each acknowledged difference on the seeds names the decision or x-page marker behind it."""
    _, document = run_drift.json(seeds)
    cited = {difference["acknowledged"] for difference in document["differences"]}
    assert cited == {
        "D1",
        "D2",
        "D8",
        "D17",
        "D18",
        "x-page-default",
        "x-page-type (D4)",
        "x-page: example only (D3)",
    }


def test_drift_seeds_text_report(seeds: Path, run_drift: Drift) -> None:
    """The text report groups pages by operation, prints per-page counts and a zero-drift summary."""
    result = run_drift(seeds)
    assert result.exit_code == 0
    assert "listExportTasks  GET /v2/{project_id}/datasets/{dataset_id}/export-tasks" in result.output
    assert "004_805cb00904f67b72.txt (html): 5 parameters, 67 fields, 6 objects, 1 examples" in result.output
    assert "Read 5 page(s): 41 parameters, 212 fields, 25 objects, 5 examples. 0 drift" in result.output


def test_drift_newer_revision_reported(stored_pages: Path, run_drift: Drift) -> None:
    """A newer page revision's added parameter and status option are reported as drift (exit 1)."""
    result = run_drift(stored_pages / "newer.rst")
    assert result.exit_code == 1
    assert "query parameter 'label': on the page, not in the spec" in result.output
    assert "field 'DescTaskVersionResp.status': enum: page adds 5" in result.output
