"""A page that cannot be read gives exit 2 with the page and the line, and never a traceback."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from modelarts_contracts._drift import PageError, diff_page, read_page
from modelarts_contracts._drift._read import FORMATS

from .conftest import SEED_NAMES

if TYPE_CHECKING:
    from conftest import Drift, Edits


def _line_of(page: Path, marker: str) -> int:
    """Return the 1-based line of the first occurrence of ``marker`` in a page."""
    text = page.read_text(encoding="utf-8")
    return text[: text.index(marker)].count("\n") + 1


def _unreadable(run_drift: Drift, page: Path, line: int, message: str) -> None:
    """Assert the drift command stops on ``page`` at ``line`` with ``message``, exit 2, no traceback."""
    result = run_drift(page)
    assert result.exit_code == 2, result.output
    assert f"cannot read {page}:{line}: {message}" in result.output
    assert "Traceback" not in result.output


def test_malformed_rst_grid_row(edits: Edits, run_drift: Drift) -> None:
    """A grid table row whose border is broken stops the reader at that row's line."""
    page = edits.replace("000", "| limit           | No", "| limit             No")
    _unreadable(
        run_drift,
        page,
        _line_of(page, "| limit             No"),
        "grid table row does not line up with the table's column edges",
    )


def test_malformed_html_table_never_closed(edits: Edits, run_drift: Drift) -> None:
    """An HTML table cut off before its end is reported at the line the table opens."""
    text = edits.text("004")
    page = edits.write("004", text[: text.index("<caption><b>Table 9 </b>")])
    text = page.read_text(encoding="utf-8")
    _unreadable(run_drift, page, text[: text.rindex("<table")].count("\n") + 1, "table is never closed")


def test_malformed_html_row_missing_cell(edits: Edits, run_drift: Drift) -> None:
    """An HTML row with fewer cells than its header is reported at the row's line."""
    text = edits.text("004")
    cell = (
        '<td class="cellrowborder" valign="top" width="20%" headers="mcps1.3.2.4.2.5.1.2 "><p>No</p>\n</td>\n'
    )
    assert cell in text
    page = edits.write("004", text.replace(cell, "", 1))
    _unreadable(
        run_drift, page, _line_of(page, "<p>export_type</p>"), "row has 3 cells, the table header has 4"
    )


def test_malformed_text_example_json(edits: Edits, run_drift: Drift) -> None:
    """A broken JSON example body is reported at the line where the JSON breaks."""
    page = edits.replace("001", '"duration_seconds" : 812,', '"duration_seconds" : 812,,')
    _unreadable(
        run_drift, page, _line_of(page, "812,,"), "example body is not valid JSON: Expecting property name"
    )


def test_malformed_text_table_without_rows(edits: Edits, run_drift: Drift) -> None:
    """A text table whose rows cannot be made out (Mandatory cells garbled) is reported at its caption."""
    page = edits.write("002", edits.text("002").replace("\n\nYes\n\n", "\n\nPerhaps\n\n"))
    _unreadable(
        run_drift,
        page,
        _line_of(page, "Table 1 Path Parameters"),
        "table 'Table 1 Path Parameters' has a header but no rows",
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("Just some notes.\n", "no 'METHOD /path' line: this does not look like an API reference page"),
        (
            "GET /v2/{project_id}/things\n\nNothing documented here.\n",
            "no parameter or response table could be read",
        ),
    ],
    ids=["not-an-api-page", "page-with-no-tables"],
)
def test_malformed_page_without_content(tmp_path: Path, run_drift: Drift, content: str, message: str) -> None:
    """A page the reader reads nothing from is unreadable, not silently clean."""
    page = tmp_path / "page.txt"
    page.write_text(content, encoding="utf-8")
    _unreadable(run_drift, page, 1, message)


def test_malformed_missing_file(tmp_path: Path, run_drift: Drift) -> None:
    """A page path that does not exist gives exit 2 naming it."""
    result = run_drift(tmp_path / "absent.txt")
    assert (
        result.exit_code == 2
        and f"cannot read {tmp_path / 'absent.txt'}:0: cannot read the file" in result.output
    )


def test_malformed_page_among_good_ones(edits: Edits, seeds: Path, run_drift: Drift) -> None:
    """One unreadable page makes the run exit 2 while the readable pages are still read and counted."""
    broken = edits.replace("001", '"duration_seconds" : 812,', '"duration_seconds" : 812,,')
    code, document = run_drift.json(seeds, broken)
    assert code == 2 and len(document["pages"]) == 5
    assert [(error["page"], error["line"]) for error in document["errors"]] == [
        (str(broken), _line_of(broken, "812,,"))
    ]


def test_malformed_spec(tmp_path: Path, seeds: Path, run_drift: Drift) -> None:
    """A spec that is not an OpenAPI document gives exit 2 with a one-line reason."""
    spec = tmp_path / "openapi.yaml"
    spec.write_text("just: text\n", encoding="utf-8")
    result = run_drift("--spec", spec, seeds)
    assert result.exit_code == 2 and "is not an OpenAPI document" in result.output


def test_malformed_empty_folder(tmp_path: Path, run_drift: Drift) -> None:
    """A folder with no page files gives exit 2: a run that reads nothing is not clean."""
    (tmp_path / "notes.md").write_text("# nothing\n", encoding="utf-8")
    result = run_drift(tmp_path)
    assert result.exit_code == 2 and f"cannot read {tmp_path}:0: no page files" in result.output


@pytest.mark.parametrize(
    ("data", "line", "message"),
    [
        (b"", 1, "the file is empty"),
        (b"  \n\n", 1, "the file is empty"),
        (b"GET /v2/x\n\xcf\x80\xff\xfe rest", 2, "not UTF-8 text (byte 0xff)"),
        (b"GET /v2/x\n\x00\x01\x02\x03", 2, "a binary file, not a page"),
        (b"<html><body><p>GET /v2/{project_id}/x</p></body></html>", 1, "no parameter or response table"),
    ],
    ids=["empty", "blank", "not-utf8", "binary", "html-without-tables"],
)
def test_malformed_file_contents(
    tmp_path: Path, run_drift: Drift, data: bytes, line: int, message: str
) -> None:
    """Empty, blank, non-UTF-8 and binary files and table-less HTML: one line each, exit 2."""
    page = tmp_path / "page.html"
    page.write_bytes(data)
    _unreadable(run_drift, page, line, message)


def test_malformed_utf16_page_read(edits: Edits, run_drift: Drift) -> None:
    """A page saved as UTF-16 with a BOM (a Windows editor's choice) reads like the UTF-8 original."""
    page = edits.folder / "001-utf16.txt"
    page.write_bytes(edits.text("001").encode("utf-16"))
    code, document = run_drift.json(page)
    assert code == 0 and (document["pages"][0]["parameters"], document["pages"][0]["fields"]) == (6, 36)


def test_malformed_html_cut_off_after_its_tables(edits: Edits, run_drift: Drift) -> None:
    """An HTML page cut off after its tables (every table closed) is reported where a <div> opens."""
    text = edits.text("004")
    page = edits.write("004", text[: text.index("Example Responses") + 200])
    result = run_drift(page)
    assert result.exit_code == 2 and "<div> is never closed: the page is cut off" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("seed", ["000", "001"], ids=["rst", "text"])
def test_malformed_cut_off_before_its_example(edits: Edits, run_drift: Drift, seed: str) -> None:
    """A page cut off between its tables and its example is partly unreadable (exit 2), not clean."""
    text = edits.text(seed)
    page = edits.write(seed, text[: text.index("Example Responses")])
    code, document = run_drift.json(page)
    assert code == 2
    assert [(row["subject"], row["reason"]) for row in document["partly_unreadable"]] == [
        ("example body", "no JSON example on the page (is it cut off?)")
    ]


@pytest.mark.parametrize("seed", ["000", "001"], ids=["rst", "text"])
def test_page_without_an_example_section_is_not_partly_unreadable(
    edits: Edits, run_drift: Drift, seed: str
) -> None:
    """A revision that drops its example section but keeps its closing status codes reads as whole."""
    text = edits.text(seed)
    start, end = text.index("Example Responses"), text.index("Status Codes")
    page = edits.write(seed, text[:start] + text[end:])
    code, document = run_drift.json(page)
    assert document["partly_unreadable"] == []
    assert code == 0


def test_malformed_markdown_fence_never_closed(tmp_path: Path, run_drift: Drift) -> None:
    """A Markdown page cut off inside its example's code fence is reported at the fence."""
    page = tmp_path / "page.md"
    page.write_text(
        "`GET /v2/{project_id}/processor-tasks/{task_id}`\n\n**Table 1** Path Parameters\n\n"
        "| Parameter | Mandatory | Type | Description |\n| --- | --- | --- | --- |\n"
        "| task_id | Yes | String | Task ID. |\n\n## Example Responses\n\n```json\n{\n",
        encoding="utf-8",
    )
    _unreadable(run_drift, page, 11, "code block is never closed")


@settings(max_examples=100, deadline=None, derandomize=True)
@given(cut=st.floats(min_value=0.0, max_value=1.0), pick=st.sampled_from(sorted(SEED_NAMES)))
def test_malformed_any_cut_never_reads_clean_and_small(cut: float, pick: str) -> None:
    """A seed cut off anywhere raises PageError, is partly unreadable, or reads at full counts."""
    path = Path(__file__).resolve().parents[3] / "shared" / "seeds" / SEED_NAMES[pick]
    text = path.read_text(encoding="utf-8")
    full = read_page(path)
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / path.name
        page.write_text(text[: int(len(text) * cut)], encoding="utf-8")
        try:
            read = read_page(page)
        except PageError:
            return
    counts = (len(read.params), read.field_count(), len(read.objects), len(read.examples))
    assert read.partial or counts == (len(full.params), full.field_count(), len(full.objects), 1)


def test_malformed_reader_fault_is_one_line(
    seeds: Path, run_drift: Drift, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fault inside a reader (an unforeseen page) is one 'cannot read' line and exit 2, no traceback."""

    def broken(text: str, page: str) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setitem(FORMATS, "text", broken)
    page = seeds / SEED_NAMES["001"]
    result = run_drift(page)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"cannot read {page}:0: the reader failed (IndexError: list index out of range)" in result.output


MARKUP = ["|", "+", "<", ">", "{", '"', "- ", "\n", "**", "`", "::", "<table>", "</td>", "</table>", "\t"]


@settings(max_examples=100, deadline=None, derandomize=True)
@given(
    pick=st.sampled_from(sorted(SEED_NAMES)),
    at=st.floats(min_value=0.0, max_value=1.0),
    cut=st.integers(min_value=0, max_value=300),
    insert=st.sampled_from(MARKUP),
)
def test_malformed_mangled_page_is_one_line(
    pick: str, at: float, cut: int, insert: str, seeds: Path, shown_spec: dict[str, Any]
) -> None:
    """A seed with a span cut out and stray markup put in reads, or fails as PageError: never a crash."""
    text = (seeds / SEED_NAMES[pick]).read_text(encoding="utf-8")
    start = int(len(text) * at)
    mangled = text[:start] + insert + text[start + cut :]
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / SEED_NAMES[pick]
        page.write_text(mangled, encoding="utf-8")
        with contextlib.suppress(PageError):
            diff_page(read_page(page), shown_spec)


def test_malformed_scraped_table_one_cell_a_line(tmp_path: Path, run_drift: Drift) -> None:
    """A docs-site scrape (one cell a line, captions and option lists lost) is named, not guessed at."""
    page = tmp_path / "scraped.md"
    page.write_text(
        "URI\nGET /v2/{project_id}/processor-tasks/{task_id}\nParameter |\nMandatory |\nType |\n"
        "Description |\n---|---|---|---|\ntask_id |\nYes |\nString |\nTask ID. |\n",
        encoding="utf-8",
    )
    _unreadable(
        run_drift,
        page,
        6,
        "table header has 1 cell(s) for 4 columns: a table written one cell a line (a scraped page, "
        "without captions and option lists) cannot be read",
    )
