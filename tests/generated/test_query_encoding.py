"""The client sends query values the way the pages show them, version_id comma-joined above all."""

from __future__ import annotations

from typing import Any

import pytest
from modelarts_data_client import Client, ParameterError
from modelarts_data_client.api.processor_tasks import list_processor_tasks
from modelarts_data_client.models import SourceType, TaskStatus

from modelarts_contracts import _spec


def _query_of_last_request(example_server: Any) -> str:
    return example_server.requests[-1].url.query


def test_spec_array_query_parameters_are_all_comma_joined(spec: dict[str, Any]) -> None:
    """The template's rule holds: every array query parameter is style form with explode false."""
    arrays = [
        (operation_id, name, parameter.get("style"), parameter.get("explode"))
        for operation_id in _spec.operations(spec)
        for name, parameter in _spec.parameters(operation_id, spec=spec).items()
        if parameter["schema"].get("type") == "array"
    ]
    assert arrays and all(style == "form" and explode is False for _, _, style, explode in arrays)


def test_version_id_is_sent_comma_joined_once(example_server: Any) -> None:
    """Two version ids go out as one `version_id=A%2CB`, as in page 000's example request."""
    with Client(base_url=example_server.base_url) as client:
        list_processor_tasks.sync(
            client=client, project_id="p", version_id=["XwTuRqI9En7xuZskW70", "J4Eh2FDEWH1qnDlD3hQ"]
        )
    query = _query_of_last_request(example_server)
    assert "version_id=XwTuRqI9En7xuZskW70%2CJ4Eh2FDEWH1qnDlD3hQ" in query
    assert query.count("version_id=") == 1


def test_filters_and_booleans_use_the_pages_spelling(example_server: Any) -> None:
    """Enums go out as their values and booleans as lowercase words."""
    with Client(base_url=example_server.base_url) as client:
        list_processor_tasks.sync(
            client=client,
            project_id="p",
            status=TaskStatus.FAILED,
            source_type=SourceType.DATASET,
            return_result=False,
        )
    query = _query_of_last_request(example_server)
    assert "status=3" in query and "source_type=DATASET" in query and "return_result=false" in query


@pytest.mark.parametrize(
    "version_ids, message",
    [
        pytest.param([], "at least one item", id="empty-list-rejected"),
        pytest.param(["a,b"], "cannot contain a comma", id="comma-in-item-rejected"),
    ],
)
def test_version_id_that_cannot_be_comma_joined_is_refused(
    example_server: Any, version_ids: list[str], message: str
) -> None:
    """An empty list or an id holding a comma raises before anything is sent."""
    sent = len(example_server.requests)
    with Client(base_url=example_server.base_url) as client, pytest.raises(ParameterError, match=message):
        list_processor_tasks.sync(client=client, project_id="p", version_id=version_ids)
    assert len(example_server.requests) == sent
