"""One run of the suite: reach the server, find ids, let schemathesis and the probes loose, tally.

The order matters: a preflight call tells an unreachable, slow or credential-refusing server
apart from one that breaks promises (the first three mean the run cannot be made, exit 2);
discovery then feeds real ids to the engine and to the probes.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

import attrs
from hypothesis.errors import FlakyFailure

from modelarts_contracts import _spec
from modelarts_contracts.contracts import CHECKS, ContractBroken, NotCovered, Probe

from ._credentials import Credentials, Redactor
from ._discovery import discover
from ._engine import EngineRun, EngineSettings
from ._http import HttpSender, SlowServer, Unreachable
from ._observer import Observer
from ._patience import Patience, Refused
from ._phases import TESTING_PHASES
from ._progress import Progress
from ._results import Failure, OperationTally, Results


class RunError(Exception):
    """The run cannot be made (unreachable or slow server, refused credentials); a one-line reason."""


@attrs.frozen
class RunOptions:
    """Everything a run is told: where, as whom, which ids, how hard, how reproducibly."""

    base_url: str
    project_id: str
    credentials: Credentials
    task_ids: list[str] = attrs.field(factory=list)
    dataset_ids: list[str] = attrs.field(factory=list)
    max_examples: int = 100
    probe_examples: int = 10
    workers: int = 2
    seed: int = 0
    timeout: float = 10.0
    offset_readings: tuple[str, ...] = attrs.field(factory=_spec.offset_readings)
    phases: tuple[str, ...] = TESTING_PHASES
    show_progress: bool = True
    rate_limit: float | None = None  # requests per second, for servers that must not be hammered


@attrs.frozen
class RunReport:
    """A finished run: its results, what it ran against, and how long it took."""

    results: Results
    options: RunOptions
    elapsed: float
    target: str

    @property
    def exit_code(self) -> int:
        return 1 if self.results.broken else 0


def _operations() -> dict[str, OperationTally]:
    return {
        op_id: OperationTally(op_id, method, path) for op_id, (method, path, _) in _spec.operations().items()
    }


def redactor_for(options: RunOptions) -> Redactor:
    return Redactor.of(options.credentials.secrets)


def run_suite(options: RunOptions, target: str) -> RunReport:
    """Run every phase against ``options.base_url``; raise :class:`RunError` when it cannot be done."""
    started = time.monotonic()
    results = Results(_operations())
    for check in CHECKS:
        results.check(check.name).promise = check.promise
    progress = Progress(redactor_for(options), enabled=options.show_progress)
    observer = Observer(results, options.credentials)
    patience = Patience(options.timeout, options.rate_limit, on_retry=results.count_retry)
    sender = HttpSender(options.base_url, options.credentials, options.timeout, observer, patience)
    probe = Probe(
        sender,
        options.project_id,
        offset_readings=options.offset_readings,
        max_examples=options.probe_examples,
        seed=options.seed,
    )
    observer.probe = probe
    with contextlib.closing(sender), _refusal_stops_run():
        _preflight(probe, options)
        found = discover(probe, options.task_ids, options.dataset_ids)
        probe.task_ids, probe.dataset_ids = found.task_ids, found.dataset_ids
        progress.note(f"found {len(found.task_ids)} task id(s), {len(found.dataset_ids)} dataset id(s)")
        settings = _engine_settings(options, probe, patience)
        EngineRun(settings, results, observer, progress, patience).execute()
        if patience.refused:
            raise Refused(patience.refused)
        _run_probes(probe, results, observer, progress)
    _mark_not_covered(results, probe)
    return RunReport(results, options, time.monotonic() - started, target)


@contextlib.contextmanager
def _refusal_stops_run() -> Iterator[None]:
    """A server that keeps refusing (429/503 past the retries) means the run cannot be made."""
    try:
        yield
    except Refused as exc:
        raise RunError(str(exc)) from None


def _engine_settings(options: RunOptions, probe: Probe, patience: Patience) -> EngineSettings:
    return EngineSettings(
        options.base_url,
        options.project_id,
        options.credentials,
        probe.task_ids,
        probe.dataset_ids,
        options.max_examples,
        options.workers,
        options.seed,
        options.timeout,
        options.phases,
        patience.rate_limit,
    )


def _preflight(probe: Probe, options: RunOptions) -> None:
    """One listing call: does the server answer, in time, and accept the credentials?"""
    try:
        first = probe.get("listProcessorTasks", {_spec.paging_names().limit: 1})
    except SlowServer as exc:
        raise RunError(
            f"the server is slow: {exc} for {exc.operation_id} (raise --timeout to wait longer)"
        ) from None
    except Unreachable as exc:
        raise RunError(str(exc)) from None
    if first.status_code in (401, 403):
        code = first.json.get(_spec.error_body().code) if isinstance(first.json, dict) else None
        raise RunError(
            f"the server refused the credentials (HTTP {first.status_code}{', ' + code if code else ''}): "
            f"check the token or AK/SK and --project-id"
        )


def _run_probes(probe: Probe, results: Results, observer: Observer, progress: Progress) -> None:
    for check in CHECKS:
        if check.probe is None:
            continue
        status = "passed"
        try:
            with _transport_trouble(results, check.name):
                check.probe(probe)
            results.judged(check.name)
        except ContractBroken as broken:
            exchange = broken.exchange
            operation = (exchange.operation_id if exchange else None) or check.operations[0]
            curl = observer.reproduce(exchange) if exchange else "(no single request shows it)"
            results.failed(Failure(check.name, operation, broken.message, curl))
            status = "FAILED"
        except BaseExceptionGroup as group:  # hypothesis reports several failures, or a flaky one, so
            _report_group(group, check.name, results, observer)
            status = "FAILED"
        except NotCovered as reason:
            results.check(check.name).not_covered_reason = str(reason)
            status = "not covered"
        except _Aborted:
            status = "aborted"
        progress.probe(check.name, status)


def _report_group(
    group: BaseExceptionGroup[BaseException], name: str, results: Results, observer: Observer
) -> None:
    """Several failures of one probe (or one that passed when asked again: a flaky server).

    A refusal among them still means the run cannot be made; otherwise the first broken promise is
    reported, marked when the same request later passed. Anything else is re-raised.
    """
    refused = next((exc for exc in _leaves(group) if isinstance(exc, Refused)), None)
    if refused is not None:
        raise refused
    broken = next((exc for exc in _leaves(group) if isinstance(exc, ContractBroken)), None)
    if broken is None and not isinstance(group, FlakyFailure):
        raise group
    message = broken.message if broken else str(group).splitlines()[0]
    if isinstance(group, FlakyFailure):
        message += " (the same request later passed)"
    exchange = broken.exchange if broken else None
    curl = observer.reproduce(exchange) if exchange else "(no single request shows it)"
    operation = (exchange.operation_id if exchange else None) or _check_operations(name)[0]
    results.failed(Failure(name, operation, message, curl))


def _leaves(group: BaseExceptionGroup[BaseException]) -> Iterator[BaseException]:
    for exc in group.exceptions:
        if isinstance(exc, BaseExceptionGroup):
            yield from _leaves(exc)
        else:
            yield exc


def _check_operations(name: str) -> tuple[str, ...]:
    return next(check.operations for check in CHECKS if check.name == name)


class _Aborted(Exception):
    """A probe stopped on transport trouble, already recorded."""


@contextlib.contextmanager
def _transport_trouble(results: Results, name: str) -> Iterator[None]:
    try:
        yield
    except SlowServer as exc:
        results.slow.setdefault(exc.operation_id, f"{exc} (seen by {name})")
        results.check(name).aborted = f"{exc.operation_id} is slow"
        raise _Aborted from None
    except Unreachable as exc:
        results.errors.append(f"{name}: {exc}")
        results.check(name).aborted = str(exc)
        raise _Aborted from None


def _mark_not_covered(results: Results, probe: Probe) -> None:
    """Name why each operation that never answered with data was not covered."""
    for tally in results.operations.values():
        if tally.covered:
            continue
        path_names, ids = set(_spec.parameters(tally.operation_id, "path")), _spec.path_ids()
        if ids.dataset in path_names and not probe.dataset_ids:
            tally.not_covered_reason = "no dataset id found in the tasks; pass --dataset-id"
        elif ids.task in path_names and not probe.task_ids:
            tally.not_covered_reason = "no task id found; pass --task-id"
        else:
            tally.not_covered_reason = "no request was answered with data"
    for check in CHECKS:
        uncovered = [op for op in check.operations if not results.operations[op].covered]
        check_tally = results.check(check.name)
        check_tally.uncovered = uncovered
        if uncovered and len(uncovered) == len(check.operations) and not check_tally.failures:
            check_tally.not_covered_reason = f"none of {', '.join(uncovered)} answered with data"
