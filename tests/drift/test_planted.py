"""Edited copies of the seed pages: each planted change is drift, reported with page, line and spec."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from conftest import Drift, Edits


@dataclass(frozen=True)
class Planted:
    """One edit of one seed page and the drift line it must produce."""

    seed: str
    old: str
    new: str
    subject: str
    message: str
    on_line_of: str | None = None
    grid: bool = False


TEXT_OFFSET_ROW = "offset\n\nNo\n\nInteger\n\nStart page of the paging list. The default value is 0.\n"
HTML_EXPORT_TYPES = (
    "queried by default. The options are as follows: - <strong>0</strong>: labeled - <strong>1"
    "</strong>: unlabeled - <strong>2</strong>: all - <strong>3</strong>: conditional search</p>"
)
HTML_OFFSET_ROW = (
    "<p>Start page of the paging list. The default value is <strong>0</strong>.</p>\n</td>\n</tr>\n"
)
TEXT_VERSION_COUNT = "version_count\n\nInteger\n\nVersion number of a data processing task.\n\n"
TEXT_SORT_BY = (
    "  • create_time: Sort by creation time. (Default value)\n\n  • version_name: Sort by task version name."
)
HTML_ROW = (
    "<tr><td><p>label</p></td><td><p>No</p></td><td><p>String</p></td><td><p>Label to match.</p></td></tr>\n"
)

PLANTED = {
    "new-parameter-text": Planted(
        "001",
        TEXT_OFFSET_ROW,
        TEXT_OFFSET_ROW + "\nlabel\n\nNo\n\nString\n\nLabel.\n",
        "query parameter 'label'",
        "on the page, not in the spec",
        "label\n",
    ),
    "new-parameter-html": Planted(
        "004",
        HTML_OFFSET_ROW,
        HTML_OFFSET_ROW + HTML_ROW,
        "query parameter 'label'",
        "on the page, not in the spec",
        "<tr><td><p>label",
    ),
    "changed-type-rst": Planted(
        "000",
        "| version_count         | Integer",
        "| version_count         | Long",
        "field 'DescribeProcessorTaskResp.version_count'",
        "type: page Long, spec integer/int32",
        "| version_count",
        grid=True,
    ),
    "new-enum-value-html": Planted(
        "004",
        HTML_EXPORT_TYPES,
        HTML_EXPORT_TYPES.replace("search</p>", "search - <strong>4</strong>: automatic</p>"),
        "query parameter 'export_type'",
        "enum: page adds 4",
    ),
    "new-enum-value-text": Planted(
        "001",
        "  • desc: descending order (default value)\n",
        "  • desc: descending order (default value)\n\n  • random: any order\n",
        "query parameter 'order'",
        "enum: page adds random",
        "order\n",
    ),
    "changed-default-html": Planted(
        "004",
        "to OBS. (Default value) - <strong>NEW_DATASET</strong>: Export data to a new dataset.",
        "to OBS. - <strong>NEW_DATASET</strong>: Export data to a new dataset. (Default value)",
        "field 'ExportParams.export_dest'",
        "default: page 'NEW_DATASET', spec 'DIR'",
    ),
    "changed-default-text": Planted(
        "001",
        TEXT_SORT_BY,
        TEXT_SORT_BY.replace(" (Default value)", "") + " (Default value)",
        "query parameter 'sort_by'",
        "default: page 'version_name', spec 'create_time'",
    ),
    "removed-field-text": Planted(
        "002", TEXT_VERSION_COUNT, "", "field 'response body.version_count'", "in the spec, not on the page"
    ),
    "new-field-text": Planted(
        "002",
        TEXT_VERSION_COUNT,
        TEXT_VERSION_COUNT + "priority\n\nInteger\n\nRank.\n\n",
        "field 'response body.priority'",
        "on the page, not in the spec",
        "priority\n",
    ),
    "renamed-object-html": Planted(
        "004",
        "SearchLabels",
        "LabelSearch",
        "object LabelSearch",
        "object name: page LabelSearch, spec knows SearchLabels",
    ),
    "renamed-object-rst": Planted(
        "000", "WorkPath", "WorkArea", "object WorkArea", "object name: page WorkArea, spec knows WorkPath"
    ),
    "flipped-mandatory-text": Planted(
        "001",
        "task_id\n\nYes",
        "task_id\n\nNo",
        "path parameter 'task_id'",
        "mandatory: page No, spec Yes",
        "task_id\n\nNo",
    ),
    "flipped-mandatory-rst": Planted(
        "000",
        "| project_id | Yes",
        "| project_id | No",
        "path parameter 'project_id'",
        "mandatory: page No, spec Yes",
        "| project_id | No",
        grid=True,
    ),
    # Changes on nodes that already carry a decision: the decision settles its own difference, not these.
    "new-status-on-decided-enum-text": Planted(
        "001",
        "  • 4: stopped\n",
        "  • 4: stopped\n\n  • 5: archived\n",
        "field 'DescTaskVersionResp.status'",
        "enum: page adds 5",
    ),
    "new-option-on-decided-enum-html": Planted(
        "004",
        "<strong><strong>AUTO_ANNOTATION</strong></strong>: to be confirmed",
        "<strong><strong>AUTO_ANNOTATION</strong></strong>: to be confirmed"
        " - <strong>ARCHIVED</strong>: archived",
        "field 'ExportParams.sample_state'",
        "page adds ACCEPTED, ALL, ARCHIVED",
    ),
    "changed-default-on-decided-limit-html": Planted(
        "004",
        "The value ranges from 1 to 100. The default value is <strong>10</strong>.",
        "The value ranges from 1 to 100. The default value is <strong>20</strong>.",
        "query parameter 'limit'",
        "default: page '20', spec '10'",
    ),
    "changed-range-on-decided-limit-rst": Planted(
        "000",
        "ranges from 1 to 100",
        "ranges from 1 to 500",
        "query parameter 'limit'",
        "range: page 1..500, spec 1..100",
        grid=True,
    ),
    "changed-type-on-decided-count-rst": Planted(
        "000",
        "| count     | Integer",
        "| count     | Long   ",
        "field 'response body.count'",
        "type: page Long, spec integer/int32",
        grid=True,
    ),
    "changed-type-on-acknowledged-type-html": Planted(
        "004",
        '<p>train_sample_ratio</p>\n</td>\n<td class="cellrowborder" valign="top" width="20%" '
        'headers="mcps1.3.4.4.2.4.1.2 "><p>String</p>',
        '<p>train_sample_ratio</p>\n</td>\n<td class="cellrowborder" valign="top" width="20%" '
        'headers="mcps1.3.4.4.2.4.1.2 "><p>Float</p>',
        "field 'ExportParams.train_sample_ratio'",
        "type: page Float, spec number|string",
    ),
    "example-type-text": Planted(
        "001",
        '"duration_seconds" : 151',
        '"duration_seconds" : "151"',
        "example body.versions[].duration_seconds",
        "example value '151' is not integer/int32",
    ),
}


def _write(edits: Edits, planted: Planted) -> Path:
    """Write the edited copy a planted change describes."""
    text = edits.text(planted.seed)
    assert planted.old in text, f"{planted.old!r} is not in seed {planted.seed}"
    edited = (
        edits.widen(text, planted.old, planted.new)
        if planted.grid
        else text.replace(planted.old, planted.new)
    )
    return edits.write(planted.seed, edited)


@pytest.mark.parametrize("name", list(PLANTED), ids=[f"{name}-reported" for name in PLANTED])
def test_planted_edit_reported(
    name: str, edits: Edits, run_drift: Drift, drift_of: Callable[[dict[str, Any]], list[dict[str, Any]]]
) -> None:
    """A planted change in a page copy is drift (exit 1), reported with the page, its line and the spec."""
    planted = PLANTED[name]
    page = _write(edits, planted)
    code, document = run_drift.json(page)
    found = [
        d for d in drift_of(document) if d["subject"] == planted.subject and planted.message in d["message"]
    ]
    assert code == 1 and found, drift_of(document)
    assert found[0]["page"] == str(page) and found[0]["spec"].startswith("#/")
    if planted.on_line_of:
        text = page.read_text(encoding="utf-8")
        assert found[0]["line"] == text[: text.index(planted.on_line_of)].count("\n") + 1


@pytest.mark.parametrize("name", list(PLANTED), ids=[f"{name}-only-drift" for name in PLANTED])
def test_planted_edit_alone(
    name: str, edits: Edits, run_drift: Drift, drift_of: Callable[[dict[str, Any]], list[dict[str, Any]]]
) -> None:
    """A planted change produces drift only about itself: nothing else on the page is misread."""
    planted = PLANTED[name]
    _, document = run_drift.json(_write(edits, planted))
    subjects = {d["subject"] for d in drift_of(document)}
    assert subjects <= {planted.subject, "example body.export_tasks[].export_params"}, subjects


def test_planted_text_report_line(edits: Edits, run_drift: Drift) -> None:
    """The text report prints a drift line with page:line, the difference and the spec pointer."""
    page = _write(edits, PLANTED["flipped-mandatory-text"])
    result = run_drift(page)
    assert result.exit_code == 1
    assert (
        f"{page}:33  path parameter 'task_id': mandatory: page No, spec Yes"
        "  [spec #/components/parameters/TaskId]" in result.output
    )


def test_planted_recorded_page_value_changed(edits: Edits, run_drift: Drift) -> None:
    """An acknowledged default settles only the recorded page value: a new page default is drift again."""
    page = edits.replace(
        "002",
        "If no workspace is created, the default value is 0.",
        "If no workspace is created, the default value is 1.",
    )
    result = run_drift(page)
    assert result.exit_code == 1
    assert "field 'response body.workspace_id': default: page '1', spec none  [spec" in result.output


HEADER_TABLE = (
    "Table 9 Request Header Parameters\n\nParameter\n\nMandatory\n\nType\n\nDescription\n\n"
    "{name}\n\nYes\n\nString\n\nA header.\n\n"
)


@pytest.mark.parametrize(
    ("header", "code"),
    [("X-Auth-Token", 0), ("X-Trace-Id", 1)],
    ids=["credential-header-known", "other-header-drift"],
)
def test_planted_header_parameter(edits: Edits, run_drift: Drift, header: str, code: int) -> None:
    """A header row naming a security scheme's header is known; any other header row is drift."""
    page = edits.replace(
        "001", "Request Parameters\n", HEADER_TABLE.format(name=header) + "Request Parameters\n"
    )
    result = run_drift(page)
    assert result.exit_code == code, result.output
    assert (f"header parameter '{header}': on the page, not in the spec" in result.output) == bool(code)


def test_planted_row_under_marked_object(edits: Edits, run_drift: Drift) -> None:
    """A new row in a body table whose schema carries x-decision (004's envelope, D19) is still drift."""
    row = "<tr><td><p>owner</p></td><td><p>String</p></td><td><p>Owner.</p></td></tr>\n"
    page = edits.replace(
        "004",
        '<tbody><tr><td class="cellrowborder" valign="top" width="20%" headers="mcps1.3.4.3.2.4.1.1 ">',
        "<tbody>"
        + row
        + '<tr><td class="cellrowborder" valign="top" width="20%" headers="mcps1.3.4.3.2.4.1.1 ">',
    )
    result = run_drift(page)
    assert (
        result.exit_code == 1 and "field 'response body.owner': on the page, not in the spec" in result.output
    )
