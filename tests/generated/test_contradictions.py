"""What the client does where the pages contradict themselves (spec/DECISIONS.md), pinned one by one."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from modelarts_data_client import Client
from modelarts_data_client.api.export_tasks import list_export_tasks
from modelarts_data_client.models import ExportParams, ExportParamsSampleState, ProcessorTask


def _client_answering(body: Any) -> Client:
    """A client whose every request gets ``body`` as JSON (edge cases without a server)."""
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    return Client(base_url="http://modelarts.test", httpx_args={"transport": transport})


@pytest.mark.parametrize(
    "ratio", [pytest.param("1.00", id="string-per-table"), pytest.param(1.0, id="number-per-example")]
)
def test_train_sample_ratio_accepts_both_page_readings(ratio: Any) -> None:
    """D4: Table 4's string and the example's number both parse, unchanged."""
    assert ExportParams.from_dict({"train_sample_ratio": ratio}).train_sample_ratio == ratio


def test_empty_sample_state_of_the_example_parses() -> None:
    """D17: the example's empty sample_state is the named UNFILTERED value."""
    assert ExportParams.from_dict({"sample_state": ""}).sample_state is ExportParamsSampleState.UNFILTERED


def test_fields_only_examples_carry_are_typed() -> None:
    """D3: ai_project (003's example) is kept as a typed attribute."""
    task = ProcessorTask.from_dict({"task_id": "t", "status": 2, "create_time": 1, "ai_project": ""})
    assert task.ai_project == ""


def test_unknown_fields_are_kept_not_dropped() -> None:
    """A server that adds a field keeps its contract: the client keeps the value for the caller."""
    task = ProcessorTask.from_dict({"task_id": "t", "status": 2, "create_time": 1, "new_field": [1]})
    assert task.additional_properties == {"new_field": [1]}


def test_export_list_of_page_004_parses_over_a_transport() -> None:
    """The export list with the example's mixed-in quirks parses through the generated call."""
    body = {
        "total_count": 1,
        "export_tasks": [
            {
                "task_id": "rF9NNoB56k5rtYKg2Y7",
                "status": "SUCCESSED",
                "create_time": 1606103820120,
                "progress": 100.0,
            }
        ],
    }
    page = list_export_tasks.sync(client=_client_answering(body), project_id="p", dataset_id="d")
    assert page is not None and page.export_tasks[0].status == "SUCCESSED"
