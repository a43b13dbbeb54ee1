"""Every operation of the generated client, over real HTTP, parses the pages' examples faithfully."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from modelarts_data_client import Client
from modelarts_data_client.api.export_tasks import list_export_tasks
from modelarts_data_client.api.processor_tasks import (
    list_processor_task_versions,
    list_processor_tasks,
    show_processor_task,
)
from modelarts_data_client.models import Error, ExportTaskList, ProcessorTask, ProcessorTaskList, TaskStatus

from modelarts_contracts import _spec

PROJECT = "proj-1"
CALLS = {
    "listProcessorTasks": (list_processor_tasks, {"project_id": PROJECT}),
    "showProcessorTask": (show_processor_task, {"project_id": PROJECT, "task_id": "AcYfsdfhGyrWL5TtahH"}),
    "listProcessorTaskVersions": (list_processor_task_versions, {"project_id": PROJECT, "task_id": "t1"}),
    "listExportTasks": (list_export_tasks, {"project_id": PROJECT, "dataset_id": "d1"}),
}


def _example(spec: dict[str, Any], operation_id: str) -> Any:
    examples = _spec.operations(spec)[operation_id][2]["responses"]["200"]["content"]["application/json"]
    return next(iter(examples["examples"].values()))["value"]


@pytest.mark.parametrize("operation_id", sorted(CALLS))
def test_operation_sync_round_trips_the_page_example(
    example_server: Any, spec: dict[str, Any], operation_id: str
) -> None:
    """The sync call parses the example into models whose to_dict() gives the example back."""
    module, arguments = CALLS[operation_id]
    with Client(base_url=example_server.base_url) as client:
        parsed = module.sync(client=client, **arguments)
    assert parsed is not None and not isinstance(parsed, Error)
    assert parsed.to_dict() == _example(spec, operation_id)


@pytest.mark.parametrize("operation_id", sorted(CALLS))
def test_operation_asyncio_round_trips_the_page_example(
    example_server: Any, spec: dict[str, Any], operation_id: str
) -> None:
    """The asyncio call parses the same example the same way."""
    module, arguments = CALLS[operation_id]

    async def call() -> Any:
        async with Client(base_url=example_server.base_url) as client:
            return await module.asyncio(client=client, **arguments)

    parsed = asyncio.run(call())
    assert parsed.to_dict() == _example(spec, operation_id)


def test_list_processor_tasks_gives_typed_fields(example_server: Any) -> None:
    """Enums, nested objects and int64 times come out typed, not as raw JSON."""
    with Client(base_url=example_server.base_url) as client:
        page = list_processor_tasks.sync(client=client, project_id=PROJECT)
    assert isinstance(page, ProcessorTaskList)
    task = page.tasks[0]
    assert task.status is TaskStatus.COMPLETED
    assert task.create_time == 1606372570023
    assert task.template.operator_params[0].params.additional_properties["is_normed"] is False


def test_list_export_tasks_keeps_numeric_train_sample_ratio(example_server: Any) -> None:
    """Page 004's numeric train_sample_ratio is kept as a number (D4), and clear_difficult (D3) as a bool."""
    with Client(base_url=example_server.base_url) as client:
        page = list_export_tasks.sync(client=client, project_id=PROJECT, dataset_id="d1")
    assert isinstance(page, ExportTaskList)
    params = page.export_tasks[0].export_params
    assert params.train_sample_ratio == 1.0 and params.clear_difficult is False


def test_show_processor_task_parses_404_error_body(example_server: Any) -> None:
    """A 404 comes back as the typed ModelArts error body."""
    with Client(base_url=example_server.base_url) as client:
        response = show_processor_task.sync_detailed(client=client, project_id=PROJECT, task_id="missing")
    assert response.status_code == 404
    assert isinstance(response.parsed, Error) and response.parsed.error_code == "ModelArts.4352"


def test_show_processor_task_parses_page_002_result(example_server: Any) -> None:
    """The detail's `result` object arrives as a free-form model."""
    with Client(base_url=example_server.base_url) as client:
        task = show_processor_task.sync(client=client, project_id=PROJECT, task_id="AcYfsdfhGyrWL5TtahH")
    assert isinstance(task, ProcessorTask)
    assert task.result.to_dict() == {}
