"""Credential promise: a request with a missing, wrong or forged credential is refused, never served."""

from __future__ import annotations

from ._check import Check, fail
from ._lists import PATH_IDS
from ._probe import FORGED, Credential, Probe

_REFUSALS = (401, 403)
_WORDS = {
    "missing": "no credential",
    "wrong": "a wrong credential",
    "unknown_key": "an AK/SK signature with an unknown access key",
    "bad_signature": "an AK/SK signature made with the wrong secret key",
    "stale_date": "an AK/SK signature whose X-Sdk-Date is outside the accepted window",
    "query_changed": "an AK/SK signature whose query was changed after signing",
}


def _targets(probe: Probe) -> list[tuple[str, dict[str, str]]]:
    """One request per operation, with the first known ids so that a served answer would hold data."""
    targets: list[tuple[str, dict[str, str]]] = [("listProcessorTasks", {})]
    for task_id in probe.sample_tasks()[:1]:
        targets += [
            ("showProcessorTask", {PATH_IDS.task: task_id}),
            ("listProcessorTaskVersions", {PATH_IDS.task: task_id}),
        ]
    for dataset_id in probe.sample_datasets()[:1]:
        targets.append(("listExportTasks", {PATH_IDS.dataset: dataset_id}))
    return targets


def credential_probe(probe: Probe) -> None:
    """Each operation answers a request without a credential, with a wrong one, or with a forged AK/SK
    signature (whatever credential the run uses), with 401 or 403."""
    credentials: tuple[Credential, ...] = ("missing", "wrong", *FORGED)
    for operation_id, path_params in _targets(probe):
        for credential in credentials:
            exchange = probe.get(operation_id, credential=credential, path_params=path_params)
            if exchange.status_code not in _REFUSALS:
                served = "served data" if exchange.ok else f"answered HTTP {exchange.status_code}"
                raise fail(f"{operation_id} with {_WORDS[credential]} {served} instead of 401/403", exchange)


credential_rejection = Check(
    "credential_rejection",
    "a request with a missing, wrong or forged credential is refused",
    ("listProcessorTasks", "showProcessorTask", "listProcessorTaskVersions", "listExportTasks"),
    probe=credential_probe,
)
