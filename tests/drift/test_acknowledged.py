"""An acknowledgement settles exactly one difference: its node, its attribute, both sides' values."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from modelarts_contracts._drift._acknowledged import Acknowledgement, canonical, settle

if TYPE_CHECKING:
    from conftest import Drift, Edits, SpecCopy

DECISIONS = frozenset({"D4", "D8", "D17", "D35"})
PLAIN_STATES = (
    "ALL, NONE, UNCHECK, ACCEPTED, REJECTED, UNREVIEWED, REVIEWED, WORKFORCE_SAMPLED, "
    "WORKFORCE_SAMPLED_UNCHECK, "
    "WORKFORCE_SAMPLED_CHECKED, WORKFORCE_SAMPLED_ACCEPTED, WORKFORCE_SAMPLED_REJECTED, AUTO_ANNOTATION"
)


def _ack(decision: str, attribute: str, page: Any, spec: Any) -> Acknowledgement:
    """An acknowledgement as the spec reader builds it."""
    return Acknowledgement(decision, attribute, canonical(page), canonical(spec), "#/x", 0)


@pytest.mark.parametrize(
    ("acks", "attribute", "page", "spec", "settled"),
    [
        ([_ack("D8", "default", "0", None)], "default", "0", None, True),
        ([_ack("D8", "default", "0", None)], "default", "1", None, False),
        ([_ack("D8", "default", "0", None)], "default", "0", "5", False),
        ([_ack("D8", "default", "0", None)], "range", "0", None, False),
        ([_ack("D99", "default", "0", None)], "default", "0", None, False),
        ([_ack("D4", "type", "String", "number|string")], "type", "String", "number|string", True),
        ([_ack("D4", "type", "String", "number|string")], "type", "Float", "number|string", False),
        ([_ack("D17", "enum", [], [""])], "enum", [], [""], True),
        ([_ack("D17", "enum", [], [""])], "enum", ["5"], [""], False),
        (
            [_ack("D17", "enum", [], [""]), _ack("D35", "enum", ["ALL"], ["__ALL__"])],
            "enum",
            ["ALL"],
            ["", "__ALL__"],
            True,
        ),
        ([_ack("D17", "enum", [], [""]), _ack("D35", "enum", ["ALL"], ["__ALL__"])], "enum", [], [""], True),
        ([_ack("D35", "enum", ["ALL", "NONE"], ["__ALL__"])], "enum", ["ALL"], ["__ALL__"], False),
    ],
    ids=[
        "same-attribute-and-values-settled",
        "other-page-value-is-drift",
        "other-spec-value-is-drift",
        "other-attribute-is-drift",
        "unknown-decision-settles-nothing",
        "type-settled",
        "type-changed-again-is-drift",
        "enum-settled",
        "enum-with-a-new-page-option-is-drift",
        "enum-shared-by-two-decisions-settled",
        "enum-one-decision-enough-when-the-other-side-is-gone",
        "enum-acknowledgement-naming-an-option-the-page-lost-does-not-match",
    ],
)
def test_settle_exact(
    acks: list[Acknowledgement], attribute: str, page: Any, spec: Any, settled: bool
) -> None:
    """Only the attribute and values an acknowledgement names are settled, and only with a known decision."""
    assert settle(acks, attribute, page, spec, DECISIONS)[0] is settled


def _plain_states_spec(spec_copy: SpecCopy) -> Path:
    """The spec as it was before the newest export page: plain sample_state values, only D17 recorded."""
    text = (spec_copy.repo_root / "spec" / "openapi.yaml").read_text(encoding="utf-8")
    start = text.index("            - decision: D35\n")
    end = text.index("          x-enum-varnames: [UNFILTERED")
    return spec_copy((text[start:end], f"          enum: ['', {PLAIN_STATES}]\n"))


def test_renamed_options_on_a_decided_node_are_drift(
    spec_copy: SpecCopy, reference: Path, run_drift: Drift
) -> None:
    """The newest export page's __ALL__... against plain values is drift, although the node carries D17."""
    result = run_drift(
        "--spec", _plain_states_spec(spec_copy), reference / "querying_the_dataset_export_task_list.rst"
    )
    assert result.exit_code == 1, result.output
    line = next(line for line in result.output.splitlines() if "'ExportParams.sample_state': enum" in line)
    assert "page adds __ACCEPTED__, __ALL__" in line and "acknowledged" not in line


def test_renamed_options_alone_still_drift(
    spec_copy: SpecCopy, reference: Path, tmp_path: Path, run_drift: Drift
) -> None:
    """With the page's other change (SearchLabel.type 3) taken out, the renamed options alone still fail."""
    page = reference / "querying_the_dataset_export_task_list.rst"
    lines = page.read_text(encoding="utf-8").split("\n")
    at = next(index for index, line in enumerate(lines) if "-  **3**: image segmentation" in line)
    edited = tmp_path / page.name
    edited.write_text("\n".join(lines[: at - 1] + lines[at + 1 :]), encoding="utf-8")
    spec = _plain_states_spec(spec_copy)
    code, document = run_drift.json("--spec", spec, edited)
    drift = [d["subject"] for d in document["differences"] if d["acknowledged"] is None]
    assert code == 1 and drift == ["field 'ExportParams.sample_state'"], drift


def test_acknowledgement_needs_decisions_entry(spec_copy: SpecCopy, seeds: Path, run_drift: Drift) -> None:
    """An entry citing a decision DECISIONS.md does not list settles nothing: the seeds then show drift."""
    marker = "          x-page: 000 Table 2\n          x-decision: D8\n          x-acknowledged:\n"
    spec = spec_copy((marker + "            - {decision: D8,", marker + "            - {decision: D99,"))
    result = run_drift("--spec", spec, seeds / "000_5cc51df6be71bff1.txt")
    assert result.exit_code == 1
    assert "query parameter 'workspace_id': default: page '0', spec none  [spec" in result.output


def test_malformed_acknowledgement_is_a_spec_error(
    spec_copy: SpecCopy, seeds: Path, run_drift: Drift
) -> None:
    """An entry without its attribute stops the run with exit 2, naming where it sits."""
    spec = spec_copy(
        ("{decision: D36, attribute: enum, page: [], spec: [3]}", "{decision: D36, page: [], spec: [3]}")
    )
    result = run_drift("--spec", spec, seeds)
    assert result.exit_code == 2
    assert (
        "#/components/schemas/SearchLabel/properties/type/x-acknowledged/0: an entry has exactly the keys"
        in (result.output)
    )


class TestStale:
    """An acknowledgement matching no difference on the pages given is listed; --strict fails on it."""

    def test_stale_listed_exit_0(self, reference: Path, run_drift: Drift) -> None:
        """On the newest pages alone the seeds' acknowledgements (D1, D35, D36) are listed as stale."""
        code, document = run_drift.json(reference)
        assert code == 0 and document["drift"] == 0
        assert sorted((ack["decision"], ack["pointer"]) for ack in document["stale"]) == [
            ("D1", "#/components/schemas/ProcessorTaskList"),
            ("D35", "#/components/schemas/ExportParams/properties/sample_state"),
            ("D36", "#/components/schemas/SearchLabel/properties/type"),
        ]

    def test_stale_strict_exit_1(self, reference: Path, run_drift: Drift) -> None:
        """--strict turns a stale acknowledgement into exit 1, and the text report lists it."""
        result = run_drift("--strict", reference)
        assert result.exit_code == 1
        assert "Stale acknowledgements (3)" in result.output
        assert (
            "#/components/schemas/SearchLabel/properties/type  D36 enum: page [], spec ['3']" in result.output
        )

    def test_stale_scope_is_the_operations_read(self, seeds: Path, run_drift: Drift) -> None:
        """Reading the version list page alone lists no acknowledgement of the other operations as stale."""
        code, document = run_drift.json("--strict", seeds / "001_fd10482d733bc82f.txt")
        assert code == 0 and document["stale"] == []

    def test_stale_after_the_page_moves(self, edits: Edits, run_drift: Drift) -> None:
        """A page that now agrees with the spec (sample_time without options) leaves D18 stale."""
        text = edits.text("004")
        start = text.index("You can search for the sample based on the time.") + len(
            "You can search for the sample based on the time."
        )
        end = text.index("</pre>", start) + len("</pre>")
        page = edits.write("004", text[:start] + text[end:])
        code, document = run_drift.json("--strict", page)
        assert code == 1 and [ack["decision"] for ack in document["stale"]] == ["D18"]


def test_drift_json_names_both_values(
    edits: Edits, run_drift: Drift, drift_of: Callable[[dict[str, Any]], list[dict[str, Any]]]
) -> None:
    """Each difference carries the page's and the spec's value, what an acknowledgement would name."""
    page = edits.replace(
        "001", "  • desc: descending order (default value)\n", "  • desc: descending order\n"
    )
    _, document = run_drift.json(page)
    (found,) = [d for d in drift_of(document) if d["aspect"] == "default"]
    assert (found["page_value"], found["spec_value"]) == (None, "desc")
    assert re.search(r"default: page none, spec 'desc'", found["message"])
