"""Each format's reader reads its seed page fully: operation, parameter rows, object tables, examples."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from modelarts_contracts._drift import Page, detect, read_page

if TYPE_CHECKING:
    from conftest import Edits

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
    facts = _read(seeds, seed).body.fields[field].facts  # type: ignore[union-attr]
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
