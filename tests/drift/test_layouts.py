"""Wording-only revisions read the same in every layout; a real change is seen in every layout.

Every page (the seeds, the newest reference pages, the published fixtures) is re-rendered by
``layouts.py`` as rST grid tables of any width, rST list-tables, HTML, Markdown and the plain-text
export, with options as bullets, bold, glued or escaped, prose reworded, CRLF line ends and a BOM.
Each rendering must read to the original's counts and exactly the original's differences (the
seeds: zero drift). Planted edits (a new option, another default, range or type) must be reported
in every layout.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from modelarts_contracts._drift import detect, diff_page, read_page
from modelarts_contracts._drift._build import ROLES
from modelarts_contracts._drift._facts import described, type_facts

from .layouts import (
    ANNOUNCEMENTS,
    CODE_STYLES,
    DEFAULTS,
    FORMAT_NAMES,
    OPTION_STYLES,
    RESPONSE_HEADINGS,
    Edit,
    Layout,
    Source,
    Touch,
    render,
)

SUFFIXES = {"rst-grid": ".rst", "rst-list-table": ".rst", "html": ".html", "markdown": ".md", "text": ".txt"}
Signature = tuple[tuple[int, ...], frozenset[tuple[Any, ...]], frozenset[tuple[str, str]]]


@pytest.fixture(scope="session")
def pages(seeds: Path, reference: Path, stored_pages: Path) -> list[Path]:
    """Every real page the tests hold: five seeds, four newest pages, the published fixtures."""
    published = sorted(path for path in (stored_pages / "published").iterdir() if path.suffix != ".md")
    return sorted(seeds.glob("0*.txt")) + sorted(reference.glob("*.rst")) + published


class Originals(dict[Path, tuple[Signature, Source]]):
    """Each page's signature and raw structure (shown by count: hypothesis prints its arguments)."""

    def __repr__(self) -> str:
        """Name the pages by count, not by content."""
        return f"<{len(self)} pages>"


@pytest.fixture(scope="session")
def originals(pages: list[Path], shown_spec: dict[str, Any]) -> Originals:
    """Each page's signature (counts, differences, unread rows) and raw structure, read once."""
    return Originals({page: (signature(page, shown_spec), Source.read(page)) for page in pages})


def signature(path: Path, spec: dict[str, Any]) -> Signature:
    """What a page says, independent of its layout: counts, differences and unread rows (no lines)."""
    page = read_page(path)
    counts = (len(page.params), page.field_count(), len(page.objects), len(page.examples))
    differences = frozenset(
        (d.subject, d.aspect, repr(d.page_value), repr(d.spec_value), d.acknowledged)
        for d in diff_page(page, spec)
    )
    return counts, differences, frozenset((subject, reason) for _, subject, reason in page.partial)


def _write(folder: Path, source: Source, layout: Layout, name: str) -> Path:
    """Render ``source`` in ``layout`` into ``folder``; return the page file."""
    path = folder / f"{name}{SUFFIXES[layout.format]}"
    path.write_bytes(render(source, layout).encode("utf-8"))
    return path


def _assert_every_page_reads_the_same(
    originals: dict[Path, tuple[Signature, Source]], spec: dict[str, Any], folder: Path, layout: Layout
) -> None:
    """Render every page in ``layout``; each must read to its original counts and differences."""
    for page, (original, source) in originals.items():
        written = _write(folder, source, layout, page.stem)
        assert signature(written, spec) == original, f"{page.name}: {layout}"


FIXED = {
    **{f"{name}-format": Layout(format=name) for name in FORMAT_NAMES},
    # Name/Field, Required, true/false or Mandatory/Optional, one "URI parameters" table.
    "text-name-required-true": Layout(format="text", words=1, uri_table=True),
    "html-field-mandatory-optional": Layout(format="html", words=2, uri_table=True),
    "markdown-required-optional": Layout(format="markdown", words=3, uri_table=True),
    "grid-field-mandatory-optional": Layout(format="rst-grid", words=2, uri_table=True),
    "list-table-name-required-true": Layout(format="rst-list-table", words=1, uri_table=True),
    # Ranges and defaults in their own Value Range and Default Value columns.
    "grid-range-default-columns": Layout(columns=True),
    "html-range-default-columns": Layout(format="html", columns=True, words=1),
    "text-range-default-columns": Layout(format="text", columns=True),
    # Array types spelled "Array of X", "List<X>", "X[]".
    "markdown-array-of-x": Layout(format="markdown", arrays=1),
    "html-list-of-x": Layout(format="html", arrays=2),
    "text-x-brackets": Layout(format="text", arrays=3),
    # Rows and options in another order.
    "grid-rows-and-options-shuffled": Layout(shuffle=7),
    "html-rows-and-options-shuffled": Layout(format="html", shuffle=11, options="glued"),
    # Code blocks with options or as "::" literals, other response headings, no "=" header rule.
    "code-block-options": Layout(code="code-block-json", responses="Response Example"),
    "literal-blocks-no-header-rule": Layout(code="literal", responses="Example Response", header_rule=False),
    "plain-grid-no-header-rule": Layout(responses="Response Examples", header_rule=False),
}


@pytest.mark.parametrize("layout", FIXED.values(), ids=FIXED.keys())
def test_every_page_reads_the_same_in_fixed_layouts(
    layout: Layout,
    originals: dict[Path, tuple[Signature, Source]],
    shown_spec: dict[str, Any],
    tmp_path: Path,
) -> None:
    """Each real page in each format and in the other words and forms a revision may use: same reading."""
    _assert_every_page_reads_the_same(originals, shown_spec, tmp_path, layout)


@pytest.mark.parametrize("phrasing", range(4))
def test_defaults_and_ranges_in_other_words(
    phrasing: int, originals: dict[Path, tuple[Signature, Source]], shown_spec: dict[str, Any], tmp_path: Path
) -> None:
    """Defaults and ranges said otherwise ("Default value: 10", "Value range: 1-100") read the same."""
    layout = Layout(reword=True, phrasing=phrasing)
    _assert_every_page_reads_the_same(originals, shown_spec, tmp_path, layout)
    said = DEFAULTS[phrasing].split("{")[0]
    assert sum(path.read_text(encoding="utf-8").count(said) for path in tmp_path.iterdir()) >= 5


# Drawn examples: repeatable in CI (derandomized), no deadline on a busy machine, session fixtures shared.
DRAWN = settings(
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

layouts = st.builds(
    Layout,
    format=st.sampled_from(FORMAT_NAMES),
    width=st.integers(min_value=24, max_value=220),
    options=st.sampled_from(OPTION_STYLES),
    announce=st.sampled_from(ANNOUNCEMENTS),
    reword=st.booleans(),
    phrasing=st.integers(min_value=0, max_value=11),
    thead=st.booleans(),
    paragraphs=st.booleans(),
    entities=st.booleans(),
    caption_above=st.booleans(),
    underline=st.sampled_from("-=~^\"'"),
    header_rule=st.booleans(),
    words=st.integers(min_value=0, max_value=3),
    uri_table=st.booleans(),
    columns=st.booleans(),
    arrays=st.integers(min_value=0, max_value=3),
    shuffle=st.integers(min_value=0, max_value=1000),
    code=st.sampled_from(CODE_STYLES),
    responses=st.sampled_from(RESPONSE_HEADINGS),
    crlf=st.booleans(),
    bom=st.booleans(),
)


@settings(DRAWN, max_examples=200)
@given(layout=layouts, pick=st.integers(min_value=0))
def test_wording_only_revisions_read_the_same(
    layout: Layout,
    pick: int,
    originals: dict[Path, tuple[Signature, Source]],
    shown_spec: dict[str, Any],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Any layout, width, option style, wording, line end or BOM: same counts, same differences."""
    page = sorted(originals)[pick % len(originals)]
    original, source = originals[page]
    written = _write(tmp_path_factory.mktemp("layout"), source, layout, page.stem)
    assert signature(written, shown_spec) == original, f"{page.name} as {layout}"


@settings(DRAWN, max_examples=100)
@given(touch=st.builds(Touch, underline=st.sampled_from(["", *"=-~^\"'"])), pick=st.integers(min_value=0))
def test_touched_pages_read_the_same(
    touch: Touch,
    pick: int,
    originals: dict[Path, tuple[Signature, Source]],
    shown_spec: dict[str, Any],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """A page's own text with CRLF, a BOM, other underlines, entities, upper-case tags: same reading."""
    page = sorted(originals)[pick % len(originals)]
    text = page.read_text(encoding="utf-8")
    written = tmp_path_factory.mktemp("touched") / page.name
    written.write_bytes(touch.apply(text, detect(text)).encode("utf-8"))
    assert signature(written, shown_spec) == originals[page][0], f"{page.name} with {touch}"


# Real edits --------------------------------------------------------------------------------------

_RANGE = re.compile(r"(ranges?\s+from\s+-?\d+(?:\.\d+)?\s+to\s+)(?P<high>\d+)")
_STATED_DEFAULT = re.compile(r"(default\s+value\s+is\s+\**)(?P<value>[\w.\-]+)")
_OTHER_TYPE = {
    "Integer": "String",
    "String": "Integer",
    "Long": "String",
    "Boolean": "String",
    "Float": "String",
}


def _planted(source: Source, kind: str) -> tuple[Edit, str] | None:
    """Find the first row a ``kind`` edit applies to; return the edit and the name it is reported under."""
    for number, table in enumerate(source.tables):
        roles = {ROLES.get(cell.strip().lower()): index for index, cell in enumerate(table.header)}
        if not {"name", "type", "description"} <= roles.keys():
            continue
        for row, (_, cells) in enumerate(table.rows):
            found = _edit(kind, {role: cells[index] for role, index in roles.items() if role})
            if found is not None:
                role, cell = found
                name = cell if role == "name" else cells[roles["name"]]
                return Edit(number, row, roles[role], cell), name
    return None


def _edit(kind: str, row: dict[str, str]) -> tuple[str, str] | None:
    """Return (column, edited cell) for a ``kind`` edit of this row, or None if the row has no such fact."""
    facts = described(type_facts(row["type"]), row["description"])
    description = row["description"]
    if kind == "option" and facts.enum and facts.type != "Boolean":
        return "description", description + "\n- 77: a planted option"
    if kind == "default" and (match := _STATED_DEFAULT.search(description)):
        value = "7" if match["value"].isdigit() else "planted"
        return "description", description[: match.start("value")] + value + description[match.end("value") :]
    if kind == "range" and (match := _RANGE.search(description)):
        high = str(int(match["high"]) + 1)
        return "description", description[: match.start("high")] + high + description[match.end("high") :]
    if kind == "type" and facts.ref is None and not facts.enum and row["type"].strip() in _OTHER_TYPE:
        return "type", _OTHER_TYPE[row["type"].strip()]
    if kind == "mandatory" and "mandatory" in row:
        return "mandatory", "No" if row["mandatory"].strip().lower() == "yes" else "Yes"
    if kind == "presence" and facts.ref is None:
        return "name", "planted_name"
    return None


@pytest.mark.parametrize("kind", ["option", "default", "range", "type", "mandatory", "presence"])
@pytest.mark.parametrize("layout_format", FORMAT_NAMES)
def test_real_edit_reported_in_each_format(
    kind: str,
    layout_format: str,
    originals: dict[Path, tuple[Signature, Source]],
    shown_spec: dict[str, Any],
    tmp_path: Path,
) -> None:
    """A new option, another default, range, type or Mandatory flag, a renamed row: drift, every page."""
    planted = 0
    for page, (original, source) in originals.items():
        found = _planted(source, kind)
        if found is None:
            continue
        edit, name = found
        layout = Layout(format=layout_format, options=OPTION_STYLES[planted % len(OPTION_STYLES)])
        written = _write(tmp_path, edit.apply(source), layout, f"{page.stem}-{kind}")
        new = signature(written, shown_spec)[1] - original[1]
        assert any(
            acknowledged is None and aspect == kind.replace("option", "enum") and f"{name}'" in subject
            for subject, aspect, _, _, acknowledged in new
        ), f"{kind} edit of {name} on {page.name} as {layout_format}: {sorted(new)}"
        planted += 1
    assert planted >= 3, f"only {planted} pages had a row for a {kind} edit"


def test_real_edit_on_an_acknowledged_node(
    originals: dict[Path, tuple[Signature, Source]], shown_spec: dict[str, Any], tmp_path: Path
) -> None:
    """A new sample_state option (a node D17 and D35 acknowledge) is drift in every layout."""
    page = next(path for path in originals if path.name.startswith("004"))
    original, source = originals[page]
    table = next(i for i, t in enumerate(source.tables) if t.caption.endswith("ExportParams"))
    row = next(i for i, (_, cells) in enumerate(source.tables[table].rows) if cells[0] == "sample_state")
    cell = source.tables[table].rows[row][1][2] + "\n- __PLANTED__: a planted state"
    edited = Edit(table, row, 2, cell).apply(source)
    for layout_format in FORMAT_NAMES:
        layout = replace(Layout(format=layout_format), options="escaped")
        new = signature(_write(tmp_path, edited, layout, f"004-{layout_format}"), shown_spec)[1] - original[1]
        assert any(
            acknowledged is None and aspect == "enum" and "sample_state" in subject
            for subject, aspect, _, _, acknowledged in new
        ), f"{layout_format}: {sorted(new)}"
