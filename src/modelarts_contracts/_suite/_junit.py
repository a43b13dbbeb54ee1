"""JUnit XML for CI: one test case per operation and one per check, failures with their curl lines.

An operation's case also says how many answers were pushback (429, or 503 with ``Retry-After``)
waited out and sent again: a ``retried.<status>`` property each, and the summary's line in
``system-out``, so a CI page shows a staging server that rate-limits the run.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from ._results import ABORTED, NOT_COVERED, Failure
from ._runner import RunReport


def _case(
    suite: ET.Element,
    classname: str,
    name: str,
    failures: list[Failure],
    skipped: str | None,
    redact: Callable[[str], str],
    retried: Counter[int] | None = None,
) -> None:
    case = ET.SubElement(suite, "testcase", classname=classname, name=name, time="0")
    if retried:
        _retries(case, retried)
    for failure in failures:
        # Redacted before escaping: an escaped secret would no longer match its plain value.
        node = ET.SubElement(case, "failure", message=redact(failure.message[:200]), type=failure.check)
        node.text = redact(f"{failure.operation}: {failure.message}\n{failure.curl}")
    if skipped is not None and not failures:
        ET.SubElement(case, "skipped", message=redact(skipped))


def _retries(case: ET.Element, retried: Counter[int]) -> None:
    """The pushback statuses waited out for one operation, as properties and a line of output."""
    properties = ET.SubElement(case, "properties")
    for status, count in sorted(retried.items()):
        ET.SubElement(properties, "property", name=f"retried.{status}", value=str(count))
    waited = ", ".join(f"{status}x{count}" for status, count in sorted(retried.items()))
    ET.SubElement(case, "system-out").text = f"retried after pushback: {waited} (waited out, not judged)"


def _suite(root: ET.Element, name: str) -> ET.Element:
    return ET.SubElement(root, "testsuite", name=name)


def _count(suite: ET.Element) -> None:
    cases = suite.findall("testcase")
    suite.set("tests", str(len(cases)))
    suite.set("failures", str(sum(1 for case in cases if case.find("failure") is not None)))
    suite.set("skipped", str(sum(1 for case in cases if case.find("skipped") is not None)))
    suite.set("errors", "0")


def build(report: RunReport, redact: Callable[[str], str]) -> ET.Element:
    """The JUnit tree of a run."""
    results = report.results
    root = ET.Element("testsuites", name="modelarts-contracts")
    operations = _suite(root, "operations")
    all_failures = [f for tally in results.checks.values() for f in tally.failures.values()]
    for tally in results.operations.values():
        mine = [f for f in all_failures if f.operation == tally.operation_id]
        skipped = None if tally.covered else f"not covered: {tally.not_covered_reason}"
        _case(operations, "operations", tally.operation_id, mine, skipped, redact, tally.retried)
    checks = _suite(root, "checks")
    for check in results.checks.values():
        skipped = f"not covered: {check.not_covered_reason}" if check.status == NOT_COVERED else None
        skipped = f"aborted: {check.aborted}" if check.status == ABORTED else skipped
        _case(checks, f"checks.{check.source}", check.name, list(check.failures.values()), skipped, redact)
    for operation, entry in results.slow.items():
        _case(
            checks, "checks.run", f"slow {operation}", [Failure("slow", operation, entry, "")], None, redact
        )
    for entry in results.errors:
        _case(checks, "checks.run", "error", [Failure("error", "run", entry, "")], None, redact)
    for suite in (operations, checks):
        _count(suite)
    return root


def write(report: RunReport, path: Path, redact: Callable[[str], str]) -> None:
    """Write the report to ``path``, secrets redacted."""
    tree = ET.ElementTree(build(report, redact))
    tree.write(path, encoding="utf-8", xml_declaration=True)
