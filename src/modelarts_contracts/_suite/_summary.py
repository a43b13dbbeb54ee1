"""The readable end of a run: operations, checks, failures with curl lines, and the verdict."""

from __future__ import annotations

from collections.abc import Callable

import hypothesis
import schemathesis

from modelarts_contracts import _spec

from ._results import ABORTED, FAILED, NOT_COVERED, CheckTally, OperationTally
from ._runner import RunReport

_MARK = {"passed": "ok  ", FAILED: "FAIL", NOT_COVERED: "--  ", ABORTED: "SLOW"}


def _operation_line(tally: OperationTally, failed: set[str]) -> str:
    covered = "passed" if tally.covered else NOT_COVERED
    status = FAILED if tally.operation_id in failed else covered
    statuses = ", ".join(f"{code}x{n}" for code, n in sorted(tally.statuses.items()))
    line = (
        f"  {_MARK[status]} {tally.operation_id:<27} {tally.method} {tally.path}\n"
        f"       {tally.cases} cases; statuses {statuses or 'none'}; "
        f"parameters exercised: {', '.join(sorted(tally.parameters)) or 'none'}"
    )
    if tally.retried:
        waited = ", ".join(f"{code}x{n}" for code, n in sorted(tally.retried.items()))
        line += f"\n       retried after pushback: {waited} (waited out, not judged)"
    if status == NOT_COVERED:
        line += f"\n       not covered: {tally.not_covered_reason}"
    return line


def _check_line(tally: CheckTally) -> str:
    line = (
        f"  {_MARK[tally.status]} {tally.name:<34} {tally.status:<12} {tally.judged} judged ({tally.source})"
    )
    if tally.status == FAILED and tally.promise:
        line += f"\n       promised: {tally.promise}"
    if tally.status == NOT_COVERED:
        line += f"\n       not covered: {tally.not_covered_reason or 'nothing to judge'}"
    elif tally.status == ABORTED:
        line += f"\n       aborted: {tally.aborted}"
    elif tally.uncovered:
        line += f"\n       not covered on: {', '.join(tally.uncovered)}"
    return line


def _failure_lines(report: RunReport) -> list[str]:
    lines = []
    failures = [f for tally in report.results.checks.values() for f in tally.failures.values()]
    for number, failure in enumerate(failures, 1):
        again = f" ({failure.occurrences} times)" if failure.occurrences > 1 else ""
        lines += [
            f"  {number}. {failure.check} on {failure.operation}{again}: {failure.message}",
            f"     {failure.curl}",
        ]
    return lines


def _header(report: RunReport) -> str:
    spec_version = _spec.load_spec()["info"]["version"]
    return (
        f"modelarts-contracts run against {report.target}\n"
        f"spec {spec_version}; schemathesis {schemathesis.__version__}; hypothesis {hypothesis.__version__}; "
        f"seed {report.options.seed}; max-examples {report.options.max_examples}; "
        f"offset readings accepted: {', '.join(report.options.offset_readings)}"
        + (f"; rate limit {report.options.rate_limit:g} req/s" if report.options.rate_limit else "")
    )


def _verdict(report: RunReport) -> str:
    results = report.results
    broken = sum(len(tally.failures) for tally in results.checks.values())
    probes = results.total_cases - results.engine_cases
    numbers = (
        f"{results.total_cases} cases in {report.elapsed:.1f} s: {results.engine_cases} from schemathesis, "
        f"{probes} from the contract probes"
    )
    if not results.broken:
        return f"RESULT: all promises kept ({numbers}); exit 0"
    parts = [f"{broken} promise(s) broken"] if broken else []
    parts += [f"{len(results.slow)} slow operation(s)"] if results.slow else []
    parts += [f"{len(results.errors)} error(s)"] if results.errors else []
    return f"RESULT: {', '.join(parts)} ({numbers}); exit 1"


def render(report: RunReport, redact: Callable[[str], str]) -> str:
    """The whole summary text, secrets redacted."""
    results = report.results
    failed_ops = {f.operation for tally in results.checks.values() for f in tally.failures.values()}
    lines = [_header(report), "", "Operations"]
    lines += [_operation_line(tally, failed_ops) for tally in results.operations.values()]
    lines += ["", "Checks"]
    ordered = sorted(results.checks.values(), key=lambda tally: (tally.source != "contracts", tally.name))
    lines += [_check_line(tally) for tally in ordered]
    if results.slow:
        lines += ["", "Slow (no answer within the timeout)"] + [
            f"  {operation}: {entry}" for operation, entry in results.slow.items()
        ]
    if results.errors:
        lines += ["", "Errors"] + [f"  {entry}" for entry in results.errors[:10]]
    failures = _failure_lines(report)
    if failures:
        lines += ["", "Failures (reproduce with the curl line; export MODELARTS_TOKEN first)"] + failures
    lines += ["", _verdict(report)]
    return redact("\n".join(lines))
