"""What a run found: per operation (cases, parameters, statuses) and per check (passes, failures)."""

from __future__ import annotations

import threading
from collections import Counter

import attrs

NOT_COVERED = "not covered"
ABORTED = "aborted"
PASSED = "passed"
FAILED = "failed"


@attrs.define
class Failure:
    """One broken promise: the check, the operation, what went wrong and how to reproduce it."""

    check: str
    operation: str
    message: str
    curl: str
    occurrences: int = 1


@attrs.define
class OperationTally:
    """Traffic one operation saw: cases sent, statuses answered, query parameters exercised."""

    operation_id: str
    method: str
    path: str
    cases: int = 0
    statuses: Counter[int] = attrs.field(factory=Counter)
    parameters: set[str] = attrs.field(factory=set)
    retried: Counter[int] = attrs.field(factory=Counter)  # pushback statuses waited out and sent again
    not_covered_reason: str | None = None

    @property
    def covered(self) -> bool:
        """An operation counts as covered only once it answered a request with data (a 2xx)."""
        return any(200 <= status < 300 for status in self.statuses)


@attrs.define
class CheckTally:
    """How a check fared: how many times it judged, and its failures by operation."""

    name: str
    source: str  # "contracts" or "schemathesis"
    judged: int = 0
    failures: dict[str, Failure] = attrs.field(factory=dict)
    not_covered_reason: str | None = None
    uncovered: list[str] = attrs.field(factory=list)  # operations of the check the run never reached
    aborted: str | None = None  # why its probe stopped (a slow or unreachable server)
    promise: str = ""  # what the check promises, in words (the contract checks' ``Check.promise``)

    @property
    def status(self) -> str:
        if self.failures:
            return FAILED
        if self.aborted:
            return ABORTED
        return NOT_COVERED if self.not_covered_reason or not self.judged else PASSED


@attrs.define
class Results:
    """Everything the summary, the JUnit report and the exit code are made from (thread-safe)."""

    operations: dict[str, OperationTally]
    checks: dict[str, CheckTally] = attrs.field(factory=dict)
    slow: dict[str, str] = attrs.field(factory=dict)  # operation (or phase) -> what was slow
    errors: list[str] = attrs.field(factory=list)
    engine_cases: int = 0  # of the total, the cases schemathesis generated (the rest are probe requests)
    _lock: threading.Lock = attrs.field(factory=threading.Lock)

    def check(self, name: str, source: str = "contracts") -> CheckTally:
        with self._lock:
            return self.checks.setdefault(name, CheckTally(name, source))

    def count_case(self, operation_id: str, status: int | None, parameters: list[str]) -> None:
        with self._lock:
            tally = self.operations[operation_id]
            tally.cases += 1
            if status is not None:
                tally.statuses[status] += 1
            tally.parameters.update(parameters)

    def count_retry(self, operation_id: str | None, status: int) -> None:
        """One response of ``operation_id`` was pushback (429/503) and its request was sent again."""
        with self._lock:
            tally = self.operations.get(operation_id or "")
            if tally is not None:
                tally.retried[status] += 1

    def judged(self, name: str, source: str = "contracts") -> None:
        tally = self.check(name, source)
        with self._lock:
            tally.judged += 1

    def failed(self, failure: Failure, source: str = "contracts") -> None:
        tally = self.check(failure.check, source)
        with self._lock:
            tally.judged += 1
            known = tally.failures.get(failure.operation)
            if known is None:
                tally.failures[failure.operation] = failure
            else:
                known.occurrences += 1

    @property
    def total_cases(self) -> int:
        return sum(tally.cases for tally in self.operations.values())

    @property
    def broken(self) -> bool:
        return bool(self.slow or self.errors) or any(tally.failures for tally in self.checks.values())
