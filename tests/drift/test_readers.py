"""Each format's reader reads its seed page fully: operation, parameter rows, object tables, examples."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from modelarts_contracts._drift import Facts, Page, detect, read_page
from modelarts_contracts._drift._facts import described

if TYPE_CHECKING:
    from conftest import Drift, Edits

# (seed, format, method + URI, parameters, fields, objects, examples) as counted by hand on the pages.
EXPECTED = [
    ("000", "rst", "GET /v2/{project_id}/processor-tasks", 14, 37, 5, 1),
    ("003", "rst", "GET /v2/{project_id}/processor-tasks", 14, 37, 5, 1),
    ("001", "text", "GET /v2/{project_id}/processor-tasks/{task_id}/versions", 6, 36, 5, 1),
    ("002", "text", "GET /v2/{project_id}/processor-tasks/{task_id}", 2, 35, 4, 1),
    ("004", "html", "GET /v2/{project_id}/datasets/{dataset_id}/export-tasks", 5, 67, 6, 1),
]


def _read(seeds: Path, seed: str) -> Page:
    """Read one seed page by its number."""
    return read_page(next(seeds.glob(f"{seed}_*.txt")))


@pytest.mark.parametrize(
    ("seed", "fmt", "operation", "params", "fields", "objects", "examples"),
    EXPECTED,
    ids=[f"{row[0]}-{row[1]}-reads-all-rows" for row in EXPECTED],
)
def test_reader_seed_counts(
    seeds: Path, seed: str, fmt: str, operation: str, params: int, fields: int, objects: int, examples: int
) -> None:
    """Every parameter row, field row, object table and example body of a seed page is read."""
    page = _read(seeds, seed)
    assert (page.format, f"{page.method} {page.uri}") == (fmt, operation)
    assert (len(page.params), page.field_count(), len(page.objects), len(page.examples)) == (
        params,
        fields,
        objects,
        examples,
    )


@pytest.mark.parametrize("seed", ["000", "001", "004"], ids=["rst", "text", "html"])
def test_reader_limit_facts(seeds: Path, seed: str) -> None:
    """The limit row yields type, optional flag, range and default in every format."""
    limit = next(param for param in _read(seeds, seed).params if param.name == "limit")
    assert (limit.location, limit.mandatory, limit.facts.type, limit.facts.range) == (
        "query",
        False,
        "Integer",
        (1.0, 100.0),
    )
    assert limit.facts.default == ("100" if seed == "001" else "10")


@pytest.mark.parametrize(
    ("seed", "table", "field", "enum"),
    [
        ("000", None, "order", ("asc", "desc")),
        ("001", "DescTaskVersionResp", "status", ("0", "1", "2", "3", "4")),
        ("004", "ExportTaskStatusResp", "export_format", ("1", "2")),
        ("004", "SearchLabel", "type", ("0", "1", "100", "101", "102", "103", "200", "201", "202", "600")),
    ],
    ids=["rst-bullets-in-bold", "text-bullet-lines", "html-inline-dashes", "html-ten-options"],
)
def test_reader_enum_from_description(
    seeds: Path, seed: str, table: str | None, field: str, enum: tuple[str, ...]
) -> None:
    """Enum options come from the bullet items of a description, whatever the format's bullet style."""
    page = _read(seeds, seed)
    facts = (
        next(p.facts for p in page.params if p.name == field)
        if table is None
        else page.objects[table].fields[field].facts
    )
    assert facts.enum == enum


@pytest.mark.parametrize(
    ("seed", "field", "ref", "is_array"),
    [
        ("000", "tasks", "DescribeProcessorTaskResp", True),
        ("001", "versions", "DescTaskVersionResp", True),
        ("004", "export_params", "ExportParams", False),
    ],
    ids=["rst-array-of-objects", "text-array-of-objects", "html-object"],
)
def test_reader_nested_object_names(seeds: Path, seed: str, field: str, ref: str, is_array: bool) -> None:
    """A body field typed "Array of X objects" or "X object" names the nested object X."""
    facts = _read(seeds, seed).body.fields[field].facts  # type: ignore[union-attr]  # these seeds have a body
    assert (facts.ref, facts.is_array) == (ref, is_array)


def test_reader_marked_default_option(seeds: Path) -> None:
    """An option marked "(Default value)" is the default, in the HTML page's inline option list."""
    assert _read(seeds, "004").objects["ExportParams"].fields["export_dest"].facts.default == "DIR"


def test_reader_example_body_parsed(seeds: Path) -> None:
    """The JSON example response is parsed and known to be a response example."""
    example = _read(seeds, "004").examples[0]
    assert example.is_response and example.value["total_count"] == 2


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("000", "rst"), ("001", "text"), ("004", "html")],
    ids=["rst-detected", "text-detected", "html-detected"],
)
def test_detect_seed_format(seeds: Path, name: str, fmt: str) -> None:
    """The format of each seed page is detected from its content, not its file name."""
    assert detect(next(seeds.glob(f"{name}_*.txt")).read_text(encoding="utf-8")) == fmt


@pytest.mark.parametrize(
    "name", ["newer.rst", "newer.txt", "newer.html"], ids=["rst-reflowed", "text-reflowed", "html-reflowed"]
)
def test_reader_newer_revision(stored_pages: Path, name: str) -> None:
    """A newer revision with an added row and reflowed text reads fully: the reader follows structure."""
    page = read_page(stored_pages / name)
    params = {param.name: param for param in page.params}
    assert list(params) == ["project_id", "task_id", "limit", "offset", "order", "sort_by", "label"]
    assert params["limit"].facts.range == (1.0, 100.0) and params["limit"].facts.default == "100"
    assert params["order"].facts.enum == ("asc", "desc") and params["order"].facts.default == "desc"
    assert page.body is not None and list(page.body.fields) == ["count", "versions"]
    assert page.objects["DescTaskVersionResp"].fields["status"].facts.enum == ("0", "1", "2", "3", "4", "5")


def test_reader_text_bullets_at_margin(edits: Edits) -> None:
    """Plain-text bullet items that lose their indent still belong to the description above them."""
    page = read_page(edits.write("001", edits.text("001").replace("  • ", "• ")))
    assert (len(page.params), page.field_count()) == (6, 36)
    assert next(param for param in page.params if param.name == "order").facts.enum == ("asc", "desc")


GLUED_SAMPLE_TIME = (
    "You can search for the sample based on the time. The options are as follows:- **month**: Search for "
    "samples added from 30 days ago to the current day.- **day**: Search for samples added from yesterday "
    "(one day ago) to the current day.- **yyyyMMdd-yyyyMMdd**: Search for samples added in a specified "
    "period (at most 30 days)."
)


@pytest.mark.parametrize(
    ("description", "enum"),
    [
        (
            "Sample status. The options are as follows:\n\n-  \\__ALL__: labeled\n\n-  \\__NONE__: unlabeled",
            ("__ALL__", "__NONE__"),
        ),
        ("Sort order. Options:\n- **asc**: ascending\n- **desc**: descending", ("asc", "desc")),
        ("Export type. The options are as follows: - 0: labeled - 1: unlabeled", ("0", "1")),
        ("Label type. Options:\n• 0: image classification\n• 3: image segmentation", ("0", "3")),
        (
            "Sort field. The options are as follows:- **create_time**: by time.- **name**: by name.",
            ("create_time", "name"),
        ),
        (GLUED_SAMPLE_TIME, ("month", "day", "yyyyMMdd-yyyyMMdd")),
        (
            "Sample status. Options:- **\\__ALL__**: labeled- **\\__NONE__**: not marked",
            ("__ALL__", "__NONE__"),
        ),
        ('Format. Options:- **a**: the "A"- **b**: B [x]- **c**: 100%- **d**: D', ("a", "b", "c", "d")),
    ],
    ids=[
        "escaped-underscores",
        "bold-bullets",
        "inline-dashes",
        "bullet-signs",
        "glued-bold",
        "glued-long",
        "glued-after-a-word",
        "glued-after-quote-bracket-percent",
    ],
)
def test_options_every_layout(description: str, enum: tuple[str, ...]) -> None:
    """Options read the same in every layout the published revisions use, markup and escapes stripped."""
    facts = described(Facts(type="String"), description)
    assert (facts.enum, facts.unread) == (enum, None)


@pytest.mark.parametrize(
    ("description", "unread"),
    [
        ("Label type. Options: 0 (image classification), 1 (object detection).", True),
        ("Label type. The options are as follows:\n- 3 (image segmentation): pixels", True),
        (
            "Data source path. Options:\n- If type is OBS, source is an OBS path.\n- If TASK, a task.",
            False,
        ),
        ("Name of the label.", False),
    ],
    ids=[
        "announced-inline-list",
        "announced-unparsable-bullet",
        "conditional-bullets-are-prose",
        "no-options",
    ],
)
def test_options_announced_but_unreadable(description: str, unread: bool) -> None:
    """A description announcing options the reader cannot read is marked, never silently optionless."""
    facts = described(Facts(type="Integer"), description)
    assert facts.enum == () and (facts.unread is not None) is unread


def test_options_glued_on_a_page(edits: Edits, run_drift: Drift) -> None:
    """004 with its sample_time options glued to the sentence reads all three (settled by D18, exit 0)."""
    text = edits.text("004")
    start = text.index("You can search for the sample based on the time.")
    end = text.index("</pre>", start) + len("</pre>")
    page = edits.write("004", text[:start] + GLUED_SAMPLE_TIME + "</p>" + text[end:])
    field = read_page(page).objects["SearchCondition"].fields["sample_time"]
    assert field.facts.enum == ("month", "day", "yyyyMMdd-yyyyMMdd")
    assert run_drift(page).exit_code == 0


def test_options_unreadable_on_a_page(edits: Edits, run_drift: Drift) -> None:
    """A row whose announced options cannot be read makes the run exit 2, naming page, line and row."""
    page = edits.replace(
        "004",
        "queried by default. The options are as follows: - <strong>0</strong>: labeled - <strong>1</strong>: "
        "unlabeled - <strong>2</strong>: all - <strong>3</strong>: conditional search</p>",
        "queried by default. The options are as follows: 0 (labeled), 1 (unlabeled), 2 (all), 3 (query).</p>",
    )
    code, document = run_drift.json(page)
    assert code == 2
    assert [(row["subject"], row["reason"]) for row in document["partly_unreadable"]] == [
        ("query parameter 'export_type'", "announces options that cannot be read")
    ]
    assert "partly unreadable (1):" in run_drift(page).output


@pytest.mark.parametrize(
    ("name", "counts", "acknowledged"),
    [
        ("DescribeProcessorTask.html", (2, 35, 4, 1), {"D3", "D8"}),
        ("ListProcessorTaskVersions.html", (6, 36, 5, 1), set()),
        ("querying_details_about_a_processing_task.2023.rst", (2, 35, 4, 1), {"D3", "D8"}),
        ("querying_the_version_list_of_a_data_processing_task.2024.rst", (6, 36, 5, 1), set()),
        (
            "querying_the_dataset_export_task_list.2024.rst",
            (5, 67, 6, 1),
            {"D3", "D4", "D17, D35", "D18", "D36"},
        ),
    ],
    ids=[
        "details-html-2021",
        "versions-html-2021",
        "details-rst-2023-links",
        "versions-rst-2024-refs",
        "export-rst-2024-glued",
    ],
)
def test_published_revision_reads_clean(
    stored_pages: Path, run_drift: Drift, name: str, counts: tuple[int, ...], acknowledged: set[str]
) -> None:
    """Published revisions (HTML of 001, 002; rST of 001, 002, 004): full counts, no drift, all read."""
    page = stored_pages / "published" / name
    read = read_page(page)
    assert (len(read.params), read.field_count(), len(read.objects), len(read.examples)) == counts
    code, document = run_drift.json(page)
    assert code == 0 and document["partly_unreadable"] == []
    assert {d["acknowledged"] for d in document["differences"]} == acknowledged


def test_published_list_items_read_as_options(stored_pages: Path) -> None:
    """`<li><p><strong>0</strong>: ...` items are options; "(default value)" in an item marks the default."""
    page = read_page(stored_pages / "published" / "ListProcessorTaskVersions.html")
    params = {param.name: param.facts for param in page.params}
    assert (params["order"].enum, params["order"].default) == (("asc", "desc"), "desc")
    assert params["sort_by"].default == "create_time"
    assert page.objects["DescTaskVersionResp"].fields["status"].facts.enum == ("0", "1", "2", "3", "4")


def test_published_glued_options_read(stored_pages: Path) -> None:
    """The 2024 export page's sample_time options, glued to their sentence, are all three read."""
    page = read_page(stored_pages / "published" / "querying_the_dataset_export_task_list.2024.rst")
    facts = page.objects["SearchCondition"].fields["sample_time"].facts
    assert (facts.enum, facts.unread) == (("month", "day", "yyyyMMdd-yyyyMMdd"), None)
