"""Error promises: unknown ids get 404 (or the appendix's 400), every error body is the ModelArts error."""

from __future__ import annotations

from hypothesis import strategies as st

from modelarts_contracts import _spec

from ._check import Check, fail
from ._exchange import Exchange
from ._lists import PAGING, PATH_IDS
from ._probe import Probe

_ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _unknown_ids(known: list[str]) -> st.SearchStrategy[str]:
    """Ids shaped like the service's (19 letters and digits, as in the pages' examples) but not known."""
    return st.text(_ID_ALPHABET, min_size=19, max_size=19).filter(lambda value: value not in known)


def _expect_not_found(exchange: Exchange, what: str, parameter: str) -> None:
    """404 (any error body), or another status the spec allows with the appendix's code for the id (D24)."""
    allowed = _spec.unknown_id_answers().get(parameter, {"statuses": [404]})
    if exchange.status_code == 404:
        return
    body = exchange.json if isinstance(exchange.json, dict) else {}
    code = allowed.get(_spec.error_body().code)
    if exchange.status_code in allowed["statuses"] and body.get(_spec.error_body().code) == code:
        return
    also = [status for status in allowed["statuses"] if status != 404]
    accepted = "404" + "".join(f" or {status} with error_code {code}" for status in also)
    raise fail(f"{what} was answered with HTTP {exchange.status_code} instead of {accepted}", exchange)


def unknown_task_probe(probe: Probe) -> None:
    """A task id the project does not have gets 404 from the detail and the version list."""

    def check(task_id: str) -> None:
        for operation_id in ("showProcessorTask", "listProcessorTaskVersions"):
            exchange = probe.get(operation_id, task_id=task_id)
            _expect_not_found(exchange, f"unknown task id {task_id}", PATH_IDS.task)

    probe.explore(check, task_id=_unknown_ids(probe.task_ids))


def unknown_dataset_probe(probe: Probe) -> None:
    """A dataset id the project does not have gets 404 from the export-task list."""

    def check(dataset_id: str) -> None:
        exchange = probe.get("listExportTasks", dataset_id=dataset_id)
        _expect_not_found(exchange, f"unknown dataset id {dataset_id}", PATH_IDS.dataset)

    probe.explore(check, dataset_id=_unknown_ids(probe.dataset_ids))


def error_body_on_response(exchange: Exchange, probe: Probe) -> None:
    """An error status comes with a JSON object carrying string ``error_code`` and ``error_msg``."""
    if exchange.status_code < 400 or exchange.operation_id is None:
        return
    body = exchange.json
    if not isinstance(body, dict):
        shown = exchange.body[:60].decode("utf-8", "replace")
        raise fail(
            f"HTTP {exchange.status_code} came with a body that is not a JSON object: {shown!r}", exchange
        )
    missing = [name for name in _spec.error_body().required if not isinstance(body.get(name), str)]
    if missing:
        raise fail(f"HTTP {exchange.status_code} error body lacks string {', '.join(missing)}", exchange)


def error_body_probe(probe: Probe) -> None:
    """The errors the suite can provoke (bad value, unknown id, no credential) carry the error body."""
    provoked = [
        probe.get("listProcessorTasks", {PAGING.limit: 0}),
        probe.get("showProcessorTask", task_id="0" * 19),
        probe.get("listProcessorTasks", credential="missing"),
    ]
    for exchange in provoked:
        error_body_on_response(exchange, probe)


unknown_task_rejection = Check(
    "unknown_task_rejection",
    "an unknown task id gets 404, or 400 with the appendix's task-not-found code (D24)",
    ("showProcessorTask", "listProcessorTaskVersions"),
    probe=unknown_task_probe,
)
unknown_dataset_rejection = Check(
    "unknown_dataset_rejection",
    "an unknown dataset id gets 404, or 400 with the appendix's dataset-not-found code (D24)",
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
