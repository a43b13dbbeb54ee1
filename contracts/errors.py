"""Error promises: unknown ids get 404, and every error body is the ModelArts JSON error."""

from __future__ import annotations

from hypothesis import strategies as st

from modelarts_contracts import _spec

from ._check import Check, fail
from ._exchange import Exchange
from ._probe import Probe

_ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _unknown_ids(known: list[str]) -> st.SearchStrategy[str]:
    """Ids shaped like the service's (19 letters and digits, as in the pages' examples) but not known."""
    return st.text(_ID_ALPHABET, min_size=19, max_size=19).filter(lambda value: value not in known)


def _expect_not_found(exchange: Exchange, what: str) -> None:
    if exchange.status != 404:
        raise fail(f"{what} was answered with HTTP {exchange.status} instead of 404", exchange)


def unknown_task_probe(probe: Probe) -> None:
    """A task id the project does not have gets 404 from the detail and the version list."""

    def check(task_id: str) -> None:
        for operation_id in ("showProcessorTask", "listProcessorTaskVersions"):
            _expect_not_found(probe.get(operation_id, task_id=task_id), f"unknown task id {task_id}")

    probe.explore(check, task_id=_unknown_ids(probe.task_ids))


def unknown_dataset_probe(probe: Probe) -> None:
    """A dataset id the project does not have gets 404 from the export-task list."""

    def check(dataset_id: str) -> None:
        exchange = probe.get("listExportTasks", dataset_id=dataset_id)
        _expect_not_found(exchange, f"unknown dataset id {dataset_id}")

    probe.explore(check, dataset_id=_unknown_ids(probe.dataset_ids))


def _error_fields() -> list[str]:
    required: list[str] = _spec.schema("Error")["required"]
    return required


def error_body_on_response(exchange: Exchange, probe: Probe) -> None:
    """An error status comes with a JSON object carrying string ``error_code`` and ``error_msg``."""
    if exchange.status < 400 or exchange.operation_id is None:
        return
    body = exchange.json
    if not isinstance(body, dict):
        shown = exchange.body[:60].decode("utf-8", "replace")
        raise fail(f"HTTP {exchange.status} came with a body that is not a JSON object: {shown!r}", exchange)
    missing = [name for name in _error_fields() if not isinstance(body.get(name), str)]
    if missing:
        raise fail(f"HTTP {exchange.status} error body lacks string {', '.join(missing)}", exchange)


def error_body_probe(probe: Probe) -> None:
    """The errors the suite can provoke (bad value, unknown id, no credential) carry the error body."""
    provoked = [
        probe.get("listProcessorTasks", {"limit": 0}),
        probe.get("showProcessorTask", task_id="0" * 19),
        probe.get("listProcessorTasks", credential="missing"),
    ]
    for exchange in provoked:
        error_body_on_response(exchange, probe)


unknown_task_rejection = Check(
    "unknown_task_rejection",
    "an unknown task id gets 404",
    ("showProcessorTask", "listProcessorTaskVersions"),
    probe=unknown_task_probe,
)
unknown_dataset_rejection = Check(
    "unknown_dataset_rejection",
    "an unknown dataset id gets 404",
    ("listExportTasks",),
    probe=unknown_dataset_probe,
)
error_body_conformance = Check(
    "error_body_conformance",
    "error bodies are JSON with error_code and error_msg",
    tuple(_spec.operations()),
    on_response=error_body_on_response,
    probe=error_body_probe,
)
