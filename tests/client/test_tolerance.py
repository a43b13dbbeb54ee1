"""The tolerant reader (D20, D30): new enum values kept, nulls in optional fields absent, 2.0 an integer.

The first tests are the rows of issue 11's table, served over loopback; the parametrized ones walk
every field of every 200 body in the spec (tests/client/_bodies.py), so the whole kind is pinned.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
from modelarts_data_client import models
from modelarts_data_client.models import ExportType, TaskStatus
from modelarts_data_client.runtime import ModelArts, ResponseParseError, Retry, Unknown
from modelarts_data_client.types import UNSET
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from . import _bodies
from ._served import Scripted, scripted
from .conftest import PROJECT

OPERATIONS = ["listProcessorTasks", "showProcessorTask", "listProcessorTaskVersions", "listExportTasks"]
SITES = [site for operation in OPERATIONS for site in _bodies.sites(operation)]
OPTIONAL = [pytest.param(s, id=s.id) for s in SITES if not s.required]
REQUIRED = [pytest.param(s, id=s.id) for s in SITES if s.required]
INTEGERS = [pytest.param(s, id=s.id) for s in SITES if _bodies.kind(s.schema) == "integer"]
ENUMS = [pytest.param(s, id=s.id) for s in SITES if "enum" in s.schema]
_REGISTRY = Registry().with_resource("urn:spec", Resource.from_contents(_bodies.SPEC, DRAFT202012))


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, Scripted]]:
    """A scripted loopback server shared by the module's table tests."""
    with scripted() as pair:
        yield pair


@pytest.fixture
def client(served: tuple[str, Scripted]) -> Iterator[ModelArts]:
    """A client of the scripted server, retries off."""
    with ModelArts(endpoint=served[0], project_id=PROJECT, token="t", retry=Retry.off()) as made:
        yield made


def _tasks(count: int) -> list[dict[str, Any]]:
    page = _bodies.body("listProcessorTasks")
    return [copy.deepcopy(page["tasks"][0]) | {"task_id": f"task-{n}"} for n in range(count)]


def _parse(operation: str, body: dict[str, Any]) -> Any:
    return getattr(models, _bodies.model_name(operation)).from_dict(body)


def _valid(operation: str, body: Any) -> bool:
    """What a JSON Schema 2020-12 judge (the contract suite's rule) says of ``body``."""
    schema = {"$ref": f"urn:spec#/components/schemas/{_bodies.model_name(operation)}"}
    validator = jsonschema.Draft202012Validator(schema, registry=_REGISTRY)
    return validator.is_valid(body)


class TestIssueTable:
    def test_unknown_status_keeps_the_page(self, client: ModelArts, served: tuple[str, Scripted]) -> None:
        """A page of 3 tasks, the second with status 7, parses; that status is Unknown and prints as 7."""
        tasks = _tasks(3)
        tasks[1]["status"] = 7
        served[1].always({"count": 3, "tasks": tasks})
        page = client.list_tasks()
        status = page.tasks[1].status
        assert isinstance(status, Unknown) and status == 7 and str(status) == "7"
        assert [t.task_id for t in page.tasks] == ["task-0", "task-1", "task-2"]
        assert page.tasks[0].status is page.tasks[2].status is TaskStatus(tasks[0]["status"])
        assert page.to_dict()["tasks"] == tasks

    def test_null_optional_fields_read_as_absent(
        self, client: ModelArts, served: tuple[str, Scripted]
    ) -> None:
        """`description: null` and `data_source: null` are read as absent fields."""
        tasks = _tasks(1)
        tasks[0].update(description=None, data_source=None)
        served[1].always({"count": 1, "tasks": tasks})
        task = client.list_tasks().tasks[0]
        assert task.description is UNSET and task.data_source is UNSET

    def test_null_required_field_is_refused(self, client: ModelArts, served: tuple[str, Scripted]) -> None:
        """`null` in a required field is still an error, naming the field with its index."""
        tasks = _tasks(2)
        tasks[1]["create_time"] = None
        served[1].always({"count": 2, "tasks": tasks})
        with pytest.raises(ResponseParseError, match=r"tasks\[1\]\.create_time: None"):
            client.list_tasks()

    def test_integral_floats_read_as_integers(self, client: ModelArts, served: tuple[str, Scripted]) -> None:
        """`count: 2.0` and `duration_seconds: 12.0` are read as the integers 2 and 12."""
        tasks = [task | {"duration_seconds": 12.0} for task in _tasks(2)]
        served[1].always({"count": 2.0, "tasks": tasks})
        page = client.list_tasks()
        assert (page.count, page.tasks[0].duration_seconds) == (2, 12)
        assert type(page.count) is int and type(page.tasks[0].duration_seconds) is int

    def test_fractional_number_for_an_integer_is_refused(
        self, client: ModelArts, served: tuple[str, Scripted]
    ) -> None:
        """`count: 2.5` is not an integer: the call fails naming `count`."""
        served[1].always({"count": 2.5, "tasks": _tasks(2)})
        with pytest.raises(ResponseParseError, match=r"count: 2\.5 \(expected int\)"):
            client.list_tasks()

    def test_error_names_the_list_index(self, client: ModelArts, served: tuple[str, Scripted]) -> None:
        """The third task's bad `create_time` is reported as `tasks[2].create_time`."""
        tasks = _tasks(3)
        tasks[2]["create_time"] = "yesterday"
        served[1].always({"count": 3, "tasks": tasks})
        with pytest.raises(
            ResponseParseError, match=r"^unexpected value for tasks\[2\]\.create_time: "
        ) as caught:
            client.list_tasks()
        assert caught.value.path == ("tasks[2]", "create_time") and caught.value.value == "yesterday"
        assert ".".join(caught.value.path) == "tasks[2].create_time"

    def test_error_names_nested_indices(self, client: ModelArts, served: tuple[str, Scripted]) -> None:
        """A bad field deep in a list inside a list names every index on the way."""
        tasks = _tasks(3)
        tasks[2]["template"]["operator_params"].append({"name": 5})
        served[1].always({"count": 3, "tasks": tasks})
        with pytest.raises(ResponseParseError, match=r"tasks\[2\]\.template\.operator_params\[1\]\.name: 5"):
            client.list_tasks()


class TestUnknown:
    def test_compares_hashes_and_prints_as_the_raw_value(self) -> None:
        """An Unknown equals its raw value, hashes like it and prints as it."""
        seven = Unknown(TaskStatus, 7)
        assert seven == 7 and seven != 8 and hash(seven) == hash(7) and f"{seven}" == "7"
        assert {seven: "x"}[7] == "x" and repr(seven) == "Unknown(TaskStatus, 7)"

    def test_never_equals_a_member_or_another_enums_value(self) -> None:
        """Unknown(TaskStatus, 1) is not TaskStatus.RUNNING, nor an unknown ExportType 1."""
        assert Unknown(TaskStatus, 1) != TaskStatus.RUNNING
        assert Unknown(TaskStatus, 9) != Unknown(ExportType, 9)
        assert Unknown(TaskStatus, 9) == Unknown(TaskStatus, 9)

    def test_logged_once_per_field_and_value(self, caplog: pytest.LogCaptureFixture) -> None:
        """Each (field, value) pair is logged once, however often it is read."""
        task = _bodies.body("showProcessorTask") | {"status": 31}
        version = _bodies.body("listProcessorTaskVersions")["versions"][0] | {"status": 31}
        with caplog.at_level(logging.WARNING, logger="modelarts_data_client"):
            for _ in range(3):
                models.ProcessorTask.from_dict(task)
            models.ProcessorTask.from_dict(task | {"status": 32})
            models.TaskVersion.from_dict(version)
        messages = [record.getMessage() for record in caplog.records]
        assert len(messages) == 3, messages
        assert messages[0].startswith("ProcessorTask.status: 31 is not a TaskStatus")
        assert messages[2].startswith("TaskVersion.status: 31")


def _edited_parse(site: _bodies.Site, value: Any) -> tuple[dict[str, Any], Any]:
    body = _bodies.edited(site.operation, site.path, value)
    return body, _parse(site.operation, body)


class TestEveryField:
    @pytest.mark.parametrize("site", OPTIONAL)
    def test_null_in_optional_field_reads_as_absent(self, site: _bodies.Site) -> None:
        """An optional field sent as null is read as absent, the rest of the body as sent."""
        body, parsed = _edited_parse(site, None)
        assert _bodies.read(parsed, site.path) is UNSET
        assert not _valid(site.operation, body)  # the strict judge still reports it
        del _bodies.read(body, site.path[:-1])[site.path[-1]]
        assert parsed.to_dict() == body

    @pytest.mark.parametrize("site", REQUIRED)
    def test_null_in_required_field_is_refused(self, site: _bodies.Site) -> None:
        """A required field (or a list item) sent as null is an error naming its full path."""
        with pytest.raises(ResponseParseError) as caught:
            _edited_parse(site, None)
        assert caught.value.path == _bodies.folded(site.path) and caught.value.value is None

    @pytest.mark.parametrize("site", INTEGERS)
    def test_integral_float_reads_as_the_integer(self, site: _bodies.Site) -> None:
        """An integer field sent as 3.0 reads as 3, as the JSON Schema judge says it is valid."""
        number = _bodies.sample(site.schema)
        body, parsed = _edited_parse(site, float(number))
        value = _bodies.read(parsed, site.path)
        assert value == number and not isinstance(value, float)
        assert _valid(site.operation, body)

    @pytest.mark.parametrize("site", INTEGERS)
    def test_fraction_in_integer_field_is_refused(self, site: _bodies.Site) -> None:
        """An integer field sent as 3.5 is an error naming its path; the judge refuses it too."""
        number = _bodies.sample(site.schema) + 0.5
        with pytest.raises(ResponseParseError) as caught:
            _edited_parse(site, number)
        assert caught.value.path == _bodies.folded(site.path) and caught.value.value == number
        assert not _valid(site.operation, _bodies.edited(site.operation, site.path, number))

    @pytest.mark.parametrize("site", ENUMS)
    def test_unknown_enum_value_is_kept(self, site: _bodies.Site) -> None:
        """A value the spec does not list, of the enum's JSON type, is kept as Unknown and written back."""
        new = 90210 if _bodies.kind(site.schema) == "integer" else "A_NEW_VALUE"
        body, parsed = _edited_parse(site, new)
        value = _bodies.read(parsed, site.path)
        assert isinstance(value, Unknown) and value == new and value.value == new
        assert parsed.to_dict() == body
        assert not _valid(site.operation, body)  # the strict judge still reports it

    @pytest.mark.parametrize("site", ENUMS)
    def test_enum_value_of_another_json_type_is_refused(self, site: _bodies.Site) -> None:
        """A number for a string enum, or a string (or true) for an integer one, is an error at its path."""
        listed = site.schema["enum"][0]
        for wrong in [str(listed), True] if isinstance(listed, int) else [1, True]:
            with pytest.raises(ResponseParseError) as caught:
                _edited_parse(site, wrong)
            assert caught.value.path == _bodies.folded(site.path)

    def test_every_kind_has_sites(self) -> None:
        """The walk finds the fields the tests need: it cannot silently shrink to nothing."""
        assert len(OPTIONAL) > 50 and len(REQUIRED) > 10 and len(INTEGERS) > 10 and len(ENUMS) > 15
