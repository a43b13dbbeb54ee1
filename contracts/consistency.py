"""Consistency promises: a task's detail agrees with the list, and versions belong to their task."""

from __future__ import annotations

from typing import Any

from ._check import Check, fail
from ._exchange import Exchange
from ._lists import PATH_IDS, SHAPES, first_page
from ._probe import Probe

_TASKS = SHAPES["listProcessorTasks"]
_VERSIONS = SHAPES["listProcessorTaskVersions"]


def detail_on_response(exchange: Exchange, probe: Probe) -> None:
    """A task's detail is the task that was asked for."""
    if exchange.operation_id != "showProcessorTask" or not exchange.ok or not isinstance(exchange.json, dict):
        return
    asked, got = exchange.path_params.get(PATH_IDS.task), exchange.json.get(PATH_IDS.task)
    if got is not None and got != asked:
        raise fail(f"the detail of task {asked} describes task {got}", exchange)


def _disagreements(listed: dict[str, Any], detail: dict[str, Any]) -> list[str]:
    """Fields both views carry with different values (a field only one view carries is fine)."""
    return sorted(key for key in listed.keys() & detail.keys() if listed[key] != detail[key])


def detail_probe(probe: Probe) -> None:
    """Each task on the list has a detail, and the fields both carry have the same values."""
    listing = first_page(probe, _TASKS, {}, {})
    for listed in (listing.items() or [])[: probe.max_ids]:
        task_id = listed.get(_TASKS.id_key)
        if not isinstance(task_id, str):
            continue
        detail = probe.get("showProcessorTask", task_id=task_id)
        if not detail.ok or not isinstance(detail.json, dict):
            raise fail(
                f"task {task_id} is on the list but its detail answers HTTP {detail.status_code}", detail
            )
        detail_on_response(detail, probe)
        differing = _disagreements(listed, detail.json)
        if differing:
            key = differing[0]
            raise fail(
                f"task {task_id}: the list says {key}={listed[key]!r}, the detail says "
                f"{detail.json[key]!r} (fields that differ: {', '.join(differing)})",
                detail,
            )


def ownership_on_response(exchange: Exchange, probe: Probe) -> None:
    """Every version listed for a task names that task."""
    if exchange.operation_id != _VERSIONS.operation_id:
        return
    asked = exchange.path_params.get(PATH_IDS.task)
    for version in exchange.items() or []:
        owner = version.get(PATH_IDS.task)
        if owner is not None and owner != asked:
            raise fail(
                f"the versions of task {asked} include {version.get(_VERSIONS.id_key)} of task {owner}",
                exchange,
            )


def ownership_probe(probe: Probe) -> None:
    """The versions of each known task all belong to it."""
    for task_id in probe.sample_tasks():
        ownership_on_response(first_page(probe, _VERSIONS, {}, {PATH_IDS.task: task_id}), probe)


detail_list_agreement = Check(
    "detail_list_agreement",
    "a task's detail and its list entry agree",
    ("listProcessorTasks", "showProcessorTask"),
    on_response=detail_on_response,
    probe=detail_probe,
)
version_ownership = Check(
    "version_ownership",
    "the versions of a task belong to that task",
    (_VERSIONS.operation_id,),
    on_response=ownership_on_response,
    probe=ownership_probe,
)
