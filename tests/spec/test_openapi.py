"""The hand-written spec is valid OpenAPI, loads cleanly in schemathesis, and its examples fit it."""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from modelarts_contracts._spec import load_spec, resolve

PAGE_QUERY_PARAMETERS = {"listProcessorTasks": 13, "listProcessorTaskVersions": 4, "listExportTasks": 3}


def _operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {op["operationId"]: op for item in spec["paths"].values() for op in item.values()}


def _examples(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any], Any]]:
    """Every (label, schema, example value) pair the spec's responses carry."""
    found = []
    for operation_id, operation in _operations(spec).items():
        for status, response in operation["responses"].items():
            media = resolve(response, spec)["content"]["application/json"]
            if "example" in media:
                found.append((f"{operation_id}-{status}", media["schema"], media["example"]))
            for name, example in media.get("examples", {}).items():
                found.append((f"{operation_id}-{status}-{name}", media["schema"], example["value"]))
    return found


def test_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    """openapi-spec-validator accepts the spec as OpenAPI 3.1."""
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_spec_loads_in_schemathesis_without_warnings(repo_root: Path) -> None:
    """schemathesis loads all four operations and warns about nothing."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        schema = schemathesis.openapi.from_path(repo_root / "spec" / "openapi.yaml")
        labels = [result.ok().label for result in schema.get_all_operations()]
    assert len(labels) == 4


def test_spec_has_every_query_parameter_of_the_pages(spec: dict[str, Any]) -> None:
    """The pages list 13, 4 and 3 query parameters; the spec declares exactly as many."""
    operations = _operations(spec)
    counts = {
        operation_id: sum(resolve(p, spec)["in"] == "query" for p in operations[operation_id]["parameters"])
        for operation_id in PAGE_QUERY_PARAMETERS
    }
    assert counts == PAGE_QUERY_PARAMETERS


def test_spec_examples_cover_every_operation(spec: dict[str, Any]) -> None:
    """Each operation's 200 response carries at least one example taken from its page."""
    covered = {label.split("-")[0] for label, _, _ in _examples(spec) if "-200" in label}
    assert covered == set(_operations(spec))


@pytest.mark.parametrize("label, schema, value", [pytest.param(*e, id=e[0]) for e in _examples(load_spec())])
def test_spec_example_matches_its_schema(
    spec: dict[str, Any], label: str, schema: dict[str, Any], value: Any
) -> None:
    """Every example in the spec validates against the schema of the response it illustrates."""
    validator = Draft202012Validator({**schema, "components": spec["components"]})
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(value)]
    assert errors == []


def test_spec_example_validation_rejects_a_wrong_type(spec: dict[str, Any]) -> None:
    """The example check can fail: page 002's string `result` (D2) does not fit the schema."""
    schema = {"$ref": "#/components/schemas/ProcessorTask", "components": spec["components"]}
    page_002 = {"task_id": "AcYfsdfhGyrWL5TtahH", "status": 2, "create_time": 1606373999627, "result": "xxx"}
    assert not Draft202012Validator(schema).is_valid(page_002)


def test_spec_decisions_are_all_explained(spec: dict[str, Any], repo_root: Path) -> None:
    """Every `x-decision: Dn` in the spec has an entry in spec/DECISIONS.md."""
    text = (repo_root / "spec" / "openapi.yaml").read_text(encoding="utf-8")
    used = set(re.findall(r"x-decision: (D\d+)", text))
    decisions = (repo_root / "spec" / "DECISIONS.md").read_text(encoding="utf-8")
    explained = set(re.findall(r"^\| (D\d+) \|", decisions, flags=re.MULTILINE))
    assert used and used <= explained


def _acknowledgements_in_spec(spec: Any, pointer: str = "#") -> set[tuple[str, str, str]]:
    """Every x-acknowledged entry of the spec as (node pointer, decision, attribute)."""
    found: set[tuple[str, str, str]] = set()
    if isinstance(spec, dict):
        for entry in spec.get("x-acknowledged", []):
            found.add((pointer, entry["decision"], entry["attribute"]))
        for key, value in spec.items():
            found |= _acknowledgements_in_spec(
                value, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}"
            )
    elif isinstance(spec, list):
        for number, value in enumerate(spec):
            found |= _acknowledgements_in_spec(value, f"{pointer}/{number}")
    return found


def test_spec_acknowledgements_listed_in_decisions(spec: dict[str, Any], repo_root: Path) -> None:
    """Each x-acknowledged entry is a row of DECISIONS.md's list (node, decision, attribute), and back."""
    decisions = (repo_root / "spec" / "DECISIONS.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `(#/[^`]+)` \| (D\d+) \| (\w+) \|", decisions, flags=re.MULTILINE))
    assert listed and listed == _acknowledgements_in_spec(spec)
