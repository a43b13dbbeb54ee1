"""The task list's filters, sort orders and paging, the detail, versions and export tasks."""

from __future__ import annotations

from typing import Any

import pytest

from modelarts_contracts import _spec
from modelarts_contracts._mock import MockConfig, RunningMock, running_mock

from .conftest import Get, all_tasks, getter


def _sources(task: dict[str, Any]) -> list[dict[str, Any]]:
    return ([task["data_source"]] if "data_source" in task else []) + task["inputs"]


def _enum(name: str) -> list[Any]:
    return list(_spec.schema(name)["enum"])


@pytest.mark.parametrize("status", _enum("TaskStatus"), ids=lambda s: f"status-{s}")
def test_status_filter_keeps_only_that_status(get: Get, status: int) -> None:
    """status=N returns only tasks in status N, and all of them."""
    every = all_tasks(get)
    page = get("/processor-tasks", {"status": status, "limit": 100}).json()
    expected = [t["task_id"] for t in every if t["status"] == status]
    assert page["count"] == len(expected) > 0
    assert sorted(t["task_id"] for t in page["tasks"]) == sorted(expected)


@pytest.mark.parametrize("task_type", _enum("TaskType"), ids=lambda t: f"type-{t}")
def test_task_type_filter_matches_template_id(get: Get, task_type: str) -> None:
    """task_type matches the template id of each task."""
    tasks = all_tasks(get, task_type=task_type)
    assert tasks and all(t["template"]["id"] == task_type for t in tasks)


@pytest.mark.parametrize("source_type", _enum("SourceType"), ids=lambda t: f"source-type-{t}")
def test_source_type_filter_matches_any_source(get: Get, source_type: str) -> None:
    """source_type keeps tasks with at least one data source of that type."""
    tasks = all_tasks(get, source_type=source_type)
    assert tasks and all(any(s["type"] == source_type for s in _sources(t)) for t in tasks)


def test_source_filter_matches_a_source(get: Get) -> None:
    """source keeps tasks reading that source (here a dataset id)."""
    dataset = next(s["source"] for t in all_tasks(get) for s in _sources(t) if s["type"] == "DATASET")
    tasks = all_tasks(get, source=dataset)
    assert tasks and all(any(s["source"] == dataset for s in _sources(t)) for t in tasks)


def test_task_name_is_a_case_insensitive_substring(get: Get) -> None:
    """task_name matches a fragment of the name in any case (D11)."""
    fragment = all_tasks(get)[0]["name"][2:7]
    tasks = all_tasks(get, task_name=fragment.upper())
    assert tasks and all(fragment.lower() in t["name"].lower() for t in tasks)
    assert all_tasks(get, task_name="no-such-name") == []


def _versions_of(task: dict[str, Any]) -> set[str]:
    return {task.get("version_id"), *(s.get("version_id") for s in _sources(task))} - {None}


@pytest.mark.parametrize("style", ["comma-joined", "repeated"])
def test_version_id_accepts_both_array_styles(get: Get, style: str) -> None:
    """version_id matches any of several ids, sent comma-joined (the spec's form) or repeated (D7)."""
    wanted = sorted({v for t in all_tasks(get) for v in _versions_of(t)})[:2]
    params: Any = (
        {"version_id": ",".join(wanted)} if style == "comma-joined" else [("version_id", v) for v in wanted]
    )
    tasks = get("/processor-tasks", params).json()["tasks"]
    assert tasks and all(_versions_of(t) & set(wanted) for t in tasks)


def test_workspace_filter_and_both_default_readings() -> None:
    """workspace_id filters; without it the mock shows every workspace, or only 0 when so configured (D8)."""
    for default, expect_all in (("all", True), ("zero", False)):
        with running_mock(MockConfig(tasks=30, workspace_reading=default)) as served:
            get = getter(served)
            unfiltered = {t["workspace_id"] for t in all_tasks(get)}
            other = max(unfiltered)
            research = all_tasks(get, workspace_id=other)
        assert research and {t["workspace_id"] for t in research} == {other}
        assert (len(unfiltered) > 1) is expect_all and "0" in unfiltered


def test_query_current_and_return_result(get: Get) -> None:
    """query_current=true keeps current tasks only; return_result=false leaves result out (D22)."""
    current = all_tasks(get, query_current="true")
    assert current and all(t["is_current"] for t in current) and len(current) < len(all_tasks(get))
    assert all("result" not in t for t in all_tasks(get, return_result="false"))
    # result is given for completed tasks only (x-present-when, status 2), and for each of them.
    assert {t["status"] == 2 for t in all_tasks(get)} == {True, False}
    assert all(("result" in t) == (t["status"] == 2) for t in all_tasks(get))


@pytest.mark.parametrize("sort_by", _spec.parameters("listProcessorTasks")["sort_by"]["schema"]["enum"])
@pytest.mark.parametrize("order", ["asc", "desc"])
def test_tasks_sorted_as_asked(get: Get, sort_by: str, order: str) -> None:
    """Every sort_by and order the spec lists orders the whole list."""
    keys = [t[sort_by] for t in all_tasks(get, sort_by=sort_by, order=order)]
    assert keys == sorted(keys, reverse=order == "desc")


def test_default_order_is_newest_first(get: Get) -> None:
    """Without sort options, tasks come by create_time, newest first (the spec's defaults)."""
    keys = [t["create_time"] for t in get("/processor-tasks", {"limit": 100}).json()["tasks"]]
    assert keys == sorted(keys, reverse=True)


def test_paging_edges(get: Get, mock: RunningMock) -> None:
    """Default limit, last partial page, offset past the end, limit 1 and 100; count before paging (D5)."""
    total = len(mock.task_ids)
    assert len(get("/processor-tasks").json()["tasks"]) == 10
    last = get("/processor-tasks", {"limit": 30, "offset": 60}).json()
    assert (last["count"], len(last["tasks"])) == (total, total - 60)
    beyond = get("/processor-tasks", {"offset": total + 5}).json()
    assert beyond == {"count": total, "tasks": []}
    assert len(get("/processor-tasks", {"limit": 1}).json()["tasks"]) == 1
    assert len(get("/processor-tasks", {"limit": 100}).json()["tasks"]) == total


def test_page_offsets_reading() -> None:
    """With offset_reading="page", offset N starts at item N*limit (D6)."""
    with running_mock(MockConfig(tasks=25, offset_reading="page")) as served:
        get = getter(served)
        everything = [t["task_id"] for t in get("/processor-tasks", {"limit": 100}).json()["tasks"]]
        second = [t["task_id"] for t in get("/processor-tasks", {"limit": 10, "offset": 1}).json()["tasks"]]
    assert second == everything[10:20]


def test_record_offset_pages_do_not_overlap(get: Get, mock: RunningMock) -> None:
    """Walking with record offsets yields every task once."""
    ids = [t["task_id"] for t in all_tasks(get)]
    assert len(ids) == len(set(ids)) == len(mock.task_ids)


def test_detail_equals_listed_task(get: Get) -> None:
    """A task's detail is the task as listed."""
    for task in get("/processor-tasks", {"limit": 5}).json()["tasks"]:
        assert get(f"/processor-tasks/{task['task_id']}").json() == task


def test_versions_belong_to_their_task_and_page(get: Get) -> None:
    """A task's versions name the task, number version_count, and sort and page as asked."""
    task = next(t for t in all_tasks(get) if t["version_count"] == 3)
    versions = get(
        f"/processor-tasks/{task['task_id']}/versions", {"order": "asc", "sort_by": "version_name"}
    ).json()
    assert versions["count"] == 3 and {v["task_id"] for v in versions["versions"]} == {task["task_id"]}
    assert [v["version_name"] for v in versions["versions"]] == ["V001", "V002", "V003"]
    second = get(
        f"/processor-tasks/{task['task_id']}/versions", {"limit": 1, "offset": 1, "order": "asc"}
    ).json()
    assert second["count"] == 3 and len(second["versions"]) == 1


def test_task_without_versions_lists_none(get: Get) -> None:
    """A task with no version answers an empty list, not 404."""
    task = next(t for t in all_tasks(get) if t["version_count"] == 0)
    assert get(f"/processor-tasks/{task['task_id']}/versions").json() == {"count": 0, "versions": []}


def test_export_tasks_filter_and_page(get: Get, mock: RunningMock) -> None:
    """export_type filters a dataset's export tasks; total_count counts matches before paging."""
    dataset = mock.dataset_ids[2]
    every = get(f"/datasets/{dataset}/export-tasks", {"limit": 100}).json()
    assert every["total_count"] == len(every["export_tasks"]) > 10
    for export_type in _enum("ExportType"):
        page = get(f"/datasets/{dataset}/export-tasks", {"export_type": export_type, "limit": 2}).json()
        expected = [t for t in every["export_tasks"] if t["export_type"] == export_type]
        assert page["total_count"] == len(expected) and len(page["export_tasks"]) == min(2, len(expected))


def test_dataset_without_export_tasks(get: Get, mock: RunningMock) -> None:
    """A dataset with no export task answers an empty list."""
    assert get(f"/datasets/{mock.dataset_ids[1]}/export-tasks").json() == {
        "total_count": 0,
        "export_tasks": [],
    }
