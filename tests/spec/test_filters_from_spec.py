"""The filters the mock applies and the filter check judges are exactly the spec's ``x-filter`` parameters."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from modelarts_contracts.contracts.filters import FILTERS, filter_conformance

from modelarts_contracts import _filters, _spec
from modelarts_contracts._mock import DEFAULT_TOKEN, MockConfig, running_mock
from modelarts_contracts._mock._catalog import Catalog
from modelarts_contracts._mock._data import build

# What a list query may carry besides filters: paging (D6, D9) and sorting. Named here, in a test, on purpose.
_PAGING_AND_SORTING = {"limit", "offset", "order", "sort_by"}


def _read_paging_and_sorting() -> set[str]:
    """The paging and sorting names as the spec gives them (``Limit``/``Offset``, ``x-sort``)."""
    paging, sorting = _spec.paging_names(), _spec.sort_names()
    return {paging.limit, paging.offset, sorting.by, sorting.order}


PROJECT = "p1"


def _list_operations() -> list[str]:
    return list(_spec.list_envelopes())


@pytest.mark.parametrize("operation_id", _list_operations())
def test_every_list_query_parameter_is_a_filter_or_paging(operation_id: str) -> None:
    """A query parameter of a list is marked ``x-filter`` unless it pages or sorts, so none goes unserved."""
    query = set(_spec.parameters(operation_id))
    assert query - set(_spec.filter_parameters(operation_id)) <= _PAGING_AND_SORTING


def test_spec_marks_the_paging_and_sorting_parameters() -> None:
    """The accessors read exactly the paging and sorting names, so the mock and checks need not type them."""
    assert _read_paging_and_sorting() == _PAGING_AND_SORTING


@pytest.mark.parametrize("operation_id", _list_operations())
def test_every_list_query_parameter_is_read_from_the_spec(operation_id: str) -> None:
    """Each query parameter of a list is a filter (``x-filter``), a paging or a sorting parameter."""
    query = set(_spec.parameters(operation_id))
    assert query == set(_spec.filter_parameters(operation_id)) | (query & _read_paging_and_sorting())
    sorting = _spec.sort_names()
    assert (sorting.by in query) == (sorting.order in query)


@pytest.mark.parametrize("operation_id", _list_operations())
def test_mock_and_check_read_exactly_the_spec_filters(operation_id: str) -> None:
    """The mock's catalog and the filter check hold one filter per spec ``x-filter`` parameter, no more."""
    expected = set(_spec.filter_parameters(operation_id))
    catalog = Catalog(build(4, 2, 0), MockConfig())
    assert set(catalog._filters[operation_id]) == expected
    assert set(FILTERS[operation_id]) == expected
    assert (operation_id in filter_conformance.operations) == bool(expected)


def _get(url: str, path: str, **query: Any) -> dict[str, Any]:
    response = httpx.get(
        f"{url}/v2/{PROJECT}{path}", params=query, headers={_spec.token_header(): DEFAULT_TOKEN}, timeout=10
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    with running_mock(MockConfig(tasks=60, datasets=3)) as mock:
        yield mock.url


@pytest.mark.parametrize(
    "name", [n for n, f in _filters.filters_of("listProcessorTasks").items() if f.chooses_items]
)
def test_mock_narrows_the_task_list_by_each_spec_filter(served: str, name: str) -> None:
    """Each spec filter, sent with a value the data shows, keeps exactly the tasks its x-filter matches."""
    envelope = _spec.list_envelopes()["listProcessorTasks"]
    judge = _filters.filters_of("listProcessorTasks")[name]
    every = _get(served, "/processor-tasks", limit=100)[envelope.items_key]
    value = "true" if judge.match == "true-only" else _filters.text(judge.observed(every[-1])[0])
    page = _get(served, "/processor-tasks", limit=100, **{name: value})
    expected = [task["task_id"] for task in every if judge.verdict(task, value)]
    assert 0 < len(expected) < len(every) or judge.match == "true-only"
    assert sorted(task["task_id"] for task in page[envelope.items_key]) == sorted(expected)
    assert page[envelope.count_key] == len(expected)


def test_filter_added_to_the_spec_is_applied_and_judged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new ``x-filter`` parameter in the spec is served by the mock and judged, with no code change."""
    document = yaml.safe_load((Path(__file__).parents[2] / "spec" / "openapi.yaml").read_text())
    added = {
        "name": "description",
        "in": "query",
        "required": False,
        "description": "Keyword matched against task descriptions (planted for this test).",
        "schema": {"type": "string"},
        "x-filter": {"field": "description", "match": "contains"},
    }
    document["paths"]["/v2/{project_id}/processor-tasks"]["get"]["parameters"].append(added)
    planted = tmp_path / "openapi.yaml"
    planted.write_text(yaml.safe_dump(document), encoding="utf-8")
    monkeypatch.setenv(_spec.SPEC_ENV, str(planted))
    _spec.load_spec.cache_clear()
    try:
        assert "description" in _filters.filters_of("listProcessorTasks")
        with running_mock(MockConfig(tasks=30)) as mock:
            every = _get(mock.url, "/processor-tasks", limit=100)["tasks"]
            fragment = every[0]["description"][-4:]
            page = _get(mock.url, "/processor-tasks", limit=100, description=fragment.upper())
        assert 0 < page["count"] < len(every)
        assert all(fragment in task["description"] for task in page["tasks"])
    finally:
        monkeypatch.delenv(_spec.SPEC_ENV)
        _spec.load_spec.cache_clear()


@pytest.mark.parametrize("command", [["run", "--quiet"], ["mock", "--port", "0"]], ids=["run", "mock"])
def test_query_parameter_nothing_reads_stops_the_commands(command: list[str], tmp_path: Path) -> None:
    """A query parameter added to the spec without ``x-filter`` (and not paging or sorting) would be
    accepted and ignored by the mock and judged by no check: ``run`` and ``mock`` refuse the spec with
    one line naming it, and exit 2."""
    document = yaml.safe_load((Path(__file__).parents[2] / "spec" / "openapi.yaml").read_text())
    unmarked = {"name": "owner", "in": "query", "required": False, "schema": {"type": "string"}}
    document["paths"]["/v2/{project_id}/processor-tasks"]["get"]["parameters"].append(unmarked)
    planted = tmp_path / "openapi.yaml"
    planted.write_text(yaml.safe_dump(document), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", "from modelarts_contracts._cli import main; main()", *command],
        env={**os.environ, _spec.SPEC_ENV: str(planted)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert (
        len(lines) == 1
        and "listProcessorTasks" in lines[0]
        and "owner" in lines[0]
        and "x-filter" in lines[0]
    )
