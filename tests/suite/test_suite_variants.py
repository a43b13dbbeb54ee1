"""Each semantic check is proven twice: a planted bug makes it fail, and the correct mock passes it.

Tolerance variants (extra fields, omitted optional fields, reordered keys, gzip, little data, the
page reading of offset, the workspace-0 reading) keep the contract, so the suite must pass them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

# Checks of schemathesis's own that a planted bug also breaks, as a side effect of the bug itself.
PLANTED = [
    pytest.param("ignore_limit", "pagination_limit_conformance", set(), id="ignored-limit-fails-limit-check"),
    pytest.param("off_by_one_offset", "offset_walk_conformance", set(), id="off-by-one-offset-fails-walk"),
    pytest.param("wrong_count", "count_conformance", set(), id="wrong-count-fails-count-check"),
    pytest.param("ignore_status_filter", "filter_conformance", set(), id="ignored-filter-fails-filter-check"),
    pytest.param("reverse_order", "sort_order_conformance", set(), id="reversed-order-fails-sort-check"),
    pytest.param("detail_disagrees", "detail_list_agreement", set(), id="detail-disagreeing-fails-agreement"),
    pytest.param("foreign_versions", "version_ownership", set(), id="foreign-versions-fail-ownership"),
    pytest.param(
        "unknown_task_served",
        "unknown_task_rejection",
        set(),
        id="served-unknown-task-fails-rejection",
    ),
    pytest.param(
        "unknown_dataset_served",
        "unknown_dataset_rejection",
        set(),
        id="served-unknown-dataset-fails-rejection",
    ),
    pytest.param(
        "serve_without_credentials",
        "credential_rejection",
        {"ignored_auth"},
        id="data-without-credentials-fails-rejection",
    ),
    pytest.param(
        "plain_text_errors",
        "error_body_conformance",
        {"content_type_conformance", "response_schema_conformance"},
        id="text-errors-fail-error-body",
    ),
]

TOLERATED = [
    pytest.param("correct", id="correct-mock-passes"),
    pytest.param("extra_fields", id="extra-fields-pass"),
    pytest.param("omitted_optional", id="omitted-optional-fields-pass"),
    pytest.param("reordered_keys", id="reordered-keys-pass"),
    pytest.param("gzip_responses", id="gzip-responses-pass"),
    pytest.param("one_task", id="one-task-passes"),
    pytest.param("no_tasks", id="no-tasks-passes"),
    pytest.param("page_offset", id="page-reading-of-offset-passes"),
    pytest.param("workspace_zero", id="workspace-zero-reading-passes"),
]


@pytest.mark.parametrize(("variant", "check", "side_effects"), PLANTED)
def test_planted_bug_fails_its_check(
    serve: Callable[..., Any],
    invoke: Callable[..., Any],
    against: Callable[..., list[str]],
    variant: str,
    check: str,
    side_effects: set[str],
) -> None:
    """A server that breaks one promise exits 1, and the check for that promise is the one that fails."""
    with serve(variant) as url:
        outcome = invoke(*against(url))
    assert outcome.exit_code == 1, outcome.stdout + outcome.stderr
    assert check in outcome.failed
    assert outcome.failed <= {check} | side_effects, outcome.stdout


@pytest.mark.parametrize("variant", TOLERATED)
def test_tolerated_variant_keeps_contract(
    serve: Callable[..., Any], invoke: Callable[..., Any], against: Callable[..., list[str]], variant: str
) -> None:
    """A server that keeps the contract in an unexpected but allowed way exits 0 with no failed check."""
    with serve(variant) as url:
        outcome = invoke(*against(url))
    assert (outcome.exit_code, outcome.failed) == (0, set()), outcome.stdout + outcome.stderr
    assert "RESULT: all promises kept" in outcome.stdout


def test_pinned_offset_reading_fails_other_reading(
    serve: Callable[..., Any], invoke: Callable[..., Any], against: Callable[..., list[str]]
) -> None:
    """With --offset-reading record, a server that pages by page index fails the offset walk."""
    with serve("page_offset") as url:
        outcome = invoke(*against(url, "--offset-reading", "record"))
    assert outcome.exit_code == 1
    assert "offset_walk_conformance" in outcome.failed


def test_unreached_operations_reported_not_covered(
    serve: Callable[..., Any], invoke: Callable[..., Any], against: Callable[..., list[str]]
) -> None:
    """With no task and no dataset, the id-bound operations are 'not covered', never 'passed'."""
    with serve("no_tasks") as url:
        outcome = invoke(*against(url))
    assert outcome.exit_code == 0
    assert "not covered: no dataset id found in the tasks; pass --dataset-id" in outcome.stdout
    assert '<testcase classname="operations" name="listExportTasks"' in outcome.junit_text
    assert "<skipped" in outcome.junit_text.split('name="listExportTasks"')[1].split("</testcase>")[0]


def test_slow_server_reported_slow(
    serve: Callable[..., Any], invoke: Callable[..., Any], against: Callable[..., list[str]]
) -> None:
    """A server slower than --timeout is reported as slow with exit 2, without waiting on it."""
    with serve("slow") as url:
        outcome = invoke(*against(url, "--timeout", "0.2"))
    assert outcome.exit_code == 2
    assert "the server is slow" in outcome.stderr
    assert len(outcome.stderr.strip().splitlines()) == 1


def test_slow_operation_reported_slow(
    serve: Callable[..., Any], invoke: Callable[..., Any], against: Callable[..., list[str]]
) -> None:
    """One operation slower than --timeout is named as slow in the summary and fails the run."""
    with serve("slow_versions") as url:
        outcome = invoke(*against(url, "--timeout", "0.2"))
    assert outcome.exit_code == 1
    assert "listProcessorTaskVersions: no answer within 0.2 s" in outcome.stdout
