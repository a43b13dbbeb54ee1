"""Drive schemathesis's engine over the spec: all its phases and checks, with the run's ids and auth.

The engine generates positive and negative data, runs the coverage phase (boundary values such
as ``limit=0``), fuzzing and the stateful phase, and applies every built-in check. Each request it
makes is also handed to ``observe`` so the contracts' per-response checks judge it too.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from typing import Any

import attrs
import requests
import requests.auth
import schemathesis
from schemathesis.engine import Status, events, from_schema
from schemathesis.transport.requests import RequestsTransport

from modelarts_contracts import _spec
from modelarts_contracts.contracts import Exchange

from ._credentials import Credentials
from ._curl import curl_line
from ._judging import tolerated, without_client_only
from ._patience import Patience, Refused
from ._phases import NEGATIVE_PHASES, TESTING_PHASES
from ._progress import Progress
from ._results import Failure, Results

_ID_PROBABILITY = 0.8  # mostly real ids so the operations answer with data; the rest are generated


@attrs.frozen
class EngineSettings:
    """What the engine run needs: where, as whom, with which ids, and how hard to try."""

    base_url: str
    project_id: str
    credentials: Credentials
    task_ids: list[str]
    dataset_ids: list[str]
    max_examples: int
    workers: int
    seed: int
    timeout: float
    phases: tuple[str, ...] = TESTING_PHASES
    rate_limit: str | None = None  # schemathesis's `rate-limit` value, e.g. "5/s"


def engine_config(
    settings: EngineSettings, mode: str = "all", phases: tuple[str, ...] | None = None
) -> dict[str, Any]:
    """The schemathesis configuration (the ``schemathesis.toml`` keys) of one pass of a run."""
    phases = settings.phases if phases is None else phases
    dictionaries: dict[str, Any] = {}
    ids = _spec.path_ids()
    parameters: dict[str, Any] = {ids.project: settings.project_id}
    for name, values in ((ids.task, settings.task_ids), (ids.dataset, settings.dataset_ids)):
        if values:
            dictionaries[name] = {"values": list(values)}
            parameters[f"path.{name}"] = {"dictionary": name, "probability": _ID_PROBABILITY}
    return {
        "base-url": settings.base_url,
        # A token is one fixed header; an AK/SK signature is made per request (see _SignEachRequest).
        "headers": settings.credentials.headers("GET", settings.base_url)
        if settings.credentials.token
        else {},
        "workers": settings.workers,
        "seed": settings.seed,
        "request-timeout": settings.timeout,
        "suppress-health-check": ["all"],
        **({"rate-limit": settings.rate_limit} if settings.rate_limit else {}),
        "dictionaries": dictionaries,
        "parameters": parameters,
        "generation": {"max-examples": settings.max_examples, "database": "none", "mode": mode},
        "phases": {phase: {"enabled": phase in phases} for phase in TESTING_PHASES},
        # The negative pass uses the judging spec, whose "valid" is wider than what the client sends
        # (D26): valid data is judged by the positive pass, against the spec as written.
        **({"checks": {"positive_data_acceptance": {"enabled": False}}} if mode == "negative" else {}),
    }


def _operation_index() -> dict[tuple[str, str], str]:
    return {(method, path): op_id for op_id, (method, path, _) in _spec.operations().items()}


class EngineRun:
    """Consumes the engine's events into :class:`Results`, reporting progress as phases go by."""

    def __init__(
        self,
        settings: EngineSettings,
        results: Results,
        observe: Callable[[Exchange], None],
        progress: Progress,
        patience: Patience,
    ) -> None:
        self.settings = settings
        self.patience = patience
        self.results = results
        self.observe = observe
        self.progress = progress
        self.index = _operation_index()

    def execute(self) -> None:
        """Two passes: positive data against the spec as written, negative data against the judging spec.

        The split keeps positive data to what the client sends while negative testing demands
        rejection only for what the pages state (see :mod:`._judging`).
        """
        for mode, spec, phases in (
            ("positive", _spec.load_spec(), self.settings.phases),
            ("negative", without_client_only(_spec.load_spec()), NEGATIVE_PHASES),
        ):
            enabled = tuple(phase for phase in self.settings.phases if phase in phases)
            if enabled and not self.patience.refused:
                self._pass(mode, spec, enabled)

    def _pass(self, mode: str, spec: dict[str, Any], phases: tuple[str, ...]) -> None:
        config = schemathesis.Config.from_dict(engine_config(self.settings, mode, phases))
        schema = _patient(schemathesis.openapi.from_dict(spec, config=config), self.patience)
        if not self.settings.credentials.token:
            schema.auth.set_from_requests(_SignEachRequest(self.settings.credentials))
        for event in from_schema(schema).execute():
            self._handle(event)
            if self.patience.refused:
                break

    def _handle(self, event: events.EngineEvent) -> None:
        if isinstance(event, events.PhaseStarted) and event.phase.name.value in TESTING_PHASES:
            self.progress.phase(event.phase.name.value)
        elif isinstance(event, events.ScenarioFinished):
            self._scenario(event.recorder)
            self.progress.tick(len(event.recorder.cases))
            self.results.engine_cases += len(event.recorder.cases)
        elif isinstance(event, events.NonFatalError):
            self._error(event)
        elif isinstance(event, events.FatalError):
            self.results.errors.append(f"schemathesis stopped: {event.exception}")

    def _error(self, event: events.NonFatalError) -> None:
        text = f"{event.info.title}: {event.info.message}".splitlines()[0]
        method, _, path = event.label.partition(" ")
        where = self.index.get((method, path), event.label)
        if any(word in text.lower() for word in ("timeout", "timed out", "unresponsive")):
            self.results.slow.setdefault(
                where, f"no answer within {self.settings.timeout:g} s (schemathesis)"
            )
        else:
            self.results.errors.append(f"{where}: {text}")

    def _scenario(self, recorder: Any) -> None:
        for case_id, node in recorder.cases.items():
            case = node.value
            operation_id = self.index.get((case.method.upper(), case.path))
            interaction = recorder.interactions.get(case_id)
            if operation_id is None or interaction is None:
                continue
            if interaction.response is None:
                self.results.count_case(operation_id, None, list(case.query or {}))
            else:
                self.observe(_exchange(interaction))
            self._checks(operation_id, recorder.checks.get(case_id, []), interaction, case)

    def _checks(self, operation_id: str, nodes: list[Any], interaction: Any, case: Any) -> None:
        for node in nodes:
            if tolerated(node.name, operation_id, interaction, case):
                self.results.judged(node.name, "schemathesis")
            elif node.status == Status.FAILURE and node.failure_info is not None:
                failure = node.failure_info.failure
                message = f"{failure.title}: {failure.message}".strip().splitlines()
                request = interaction.request
                curl = curl_line(
                    request.method,
                    request.uri,
                    _first_values(request.headers),
                    self.settings.credentials.placeholder_headers(),
                )
                self.results.failed(
                    Failure(node.name, operation_id, " ".join(message)[:500], curl), "schemathesis"
                )
            elif node.status == Status.SUCCESS:
                self.results.judged(node.name, "schemathesis")


class _SignEachRequest(requests.auth.AuthBase):
    """Signs each request schemathesis sends with AK/SK, over its final method and URL."""

    def __init__(self, credentials: Credentials) -> None:
        self.credentials = credentials

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers.update(self.credentials.headers(request.method or "GET", request.url or ""))
        return request


class _PatientTransport(RequestsTransport):
    """schemathesis's requests transport, sending a case again while the server pushes back.

    Every request of the engine goes through the schema's transport, the checks' own extra
    requests (``ignored_auth``, ``unsupported_method``) included, so a 429/503 that
    :class:`Patience` waits out never reaches a check: schemathesis judges the answer that counts.
    """

    def __init__(self, patience: Patience) -> None:
        super().__init__()
        self.patience = patience

    def send(self, case: Any, **kwargs: Any) -> Any:
        started = time.monotonic()
        where = _operation_index().get((case.method.upper(), case.path), case.path)
        for attempt in itertools.count():
            if not self.patience.refused:
                self.patience.pace(limit=False)  # schemathesis's own `rate-limit` paces each send
            response = super().send(case, **kwargs)
            try:
                again = self.patience.wait(response.status_code, response.headers, attempt, started, where)
            except Refused:
                return response  # the runner stops the engine and reports the refusal
            if not again:
                return response
        raise AssertionError("unreachable")  # pragma: no cover -- itertools.count never ends


def _patient(schema: Any, patience: Patience) -> Any:
    """``schema`` with every request sent through :class:`_PatientTransport`.

    schemathesis picks the transport through a read-only ``transport`` property of the schema,
    so the schema gets a subclass that answers with the patient one.
    """
    transport = _PatientTransport(patience)
    schema.__class__ = type("PatientSchema", (type(schema),), {"transport": property(lambda self: transport)})
    return schema


def _first_values(headers: dict[str, list[str]]) -> dict[str, str]:
    return {name: values[0] for name, values in headers.items() if values}


def _exchange(interaction: Any) -> Exchange:
    """The engine's recorded request and response, as the checks read them."""
    request, response = interaction.request, interaction.response
    return Exchange(
        request.method,
        request.uri,
        response.status_code,
        _first_values(response.headers),
        response.content,
        request_headers=_first_values(request.headers),
    )
