"""The published pages, read whole, show no drift the spec has not acknowledged: seeds and newest pages."""

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
    assert cited == {"D1", "D2", "D3", "D4", "D8", "D17, D35", "D18", "D36"}


def test_drift_seeds_text_report(seeds: Path, run_drift: Drift) -> None:
    """The text report groups pages by operation, prints per-page counts and a zero-drift summary."""
    result = run_drift(seeds)
    assert result.exit_code == 0
    assert "listExportTasks  GET /v2/{project_id}/datasets/{dataset_id}/export-tasks" in result.output
    assert "004_805cb00904f67b72.txt (html): 5 parameters, 67 fields, 6 objects, 1 examples" in result.output
    assert "Read 5 page(s): 41 parameters, 212 fields, 25 objects, 5 examples. 0 drift" in result.output
    assert "0 partly unreadable, 0 unreadable." in result.output


def test_drift_newer_revision_reported(stored_pages: Path, run_drift: Drift) -> None:
    """A newer page revision's added parameter and status option are reported as drift (exit 1)."""
    result = run_drift(stored_pages / "newer.rst")
    assert result.exit_code == 1
    assert "query parameter 'label': on the page, not in the spec" in result.output
    assert "field 'DescTaskVersionResp.status': enum: page adds 5" in result.output


def test_drift_reference_pages_clean(
    reference: Path, run_drift: Drift, drift_of: Callable[[dict[str, Any]], list[Any]]
) -> None:
    """The newest published pages (../shared/reference/pages) read at full counts with zero drift."""
    code, document = run_drift.json(reference)
    assert code == 0 and document["drift"] == 0, drift_of(document)
    assert document["errors"] == [] and document["partly_unreadable"] == []
    counted = {Path(page["page"]).name: (page["parameters"], page["fields"]) for page in document["pages"]}
    assert counted == {
        "querying_the_list_of_a_processing_task.rst": (14, 37),
        "querying_the_version_list_of_a_data_processing_task.rst": (6, 36),
        "querying_details_about_a_processing_task.rst": (2, 35),
        "querying_the_dataset_export_task_list.rst": (5, 67),
    }
    print(f"reference pages: {document['drift']} drift, {document['acknowledged']} acknowledged")


def test_drift_seeds_and_reference_no_stale(seeds: Path, reference: Path, run_drift: Drift) -> None:
    """Read together, the seeds and the newest pages leave no acknowledgement stale (--strict exit 0)."""
    result = run_drift("--strict", seeds, reference)
    assert result.exit_code == 0, result.output
    summary = result.output.splitlines()[-1]
    assert summary.startswith("Read 9 page(s): 68 parameters, 387 fields") and "0 drift" in summary, summary
    assert "0 stale, 0 partly unreadable, 0 unreadable." in summary
    print(summary)


def test_drift_seed_envelope_message(seeds: Path, run_drift: Drift) -> None:
    """003's bare example task is reported as a missing {count, tasks} envelope, not as unknown keys."""
    result = run_drift(seeds / "003_78fc7e7bb744af21.txt")
    assert (
        "example body: example is one ProcessorTask without its envelope {count, tasks} (acknowledged by D1)"
        in (result.output)
    )
    assert "example keys not in the spec" not in result.output
