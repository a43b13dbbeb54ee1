"""The spec the suite judges with: client-only constraints dropped, documented answers set aside."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from modelarts_contracts import _spec
from modelarts_contracts._suite._judging import (
    client_only_constraints,
    is_empty_value_negation,
    without_client_only,
)


def test_client_only_constraints_are_the_ones_decided() -> None:
    """The spec marks exactly version_id's minItems, minLength and pattern and offset's minimum (D26)."""
    found = [line.rsplit(": ", 1)[1] for line in client_only_constraints(_spec.load_spec())]
    assert sorted(found) == ["minItems", "minLength", "minimum", "pattern"]


def test_judging_spec_drops_client_only_keywords() -> None:
    """Each keyword listed in x-client-only is gone from the judging spec; the spec itself keeps it."""
    relaxed = without_client_only(_spec.load_spec())
    assert client_only_constraints(relaxed) == []
    offset = relaxed["components"]["parameters"]["Offset"]["schema"]
    assert "minimum" not in offset and offset["type"] == "integer"
    assert "minimum" in _spec.load_spec()["components"]["parameters"]["Offset"]["schema"]


def _case(query: dict[str, Any], parameter: str | None, location: str = "query") -> Any:
    data = SimpleNamespace(parameter=parameter, parameter_location=SimpleNamespace(value=location))
    return SimpleNamespace(query=query, meta=SimpleNamespace(phase=SimpleNamespace(data=data)))


@pytest.mark.parametrize(
    ("case", "tolerated"),
    [
        pytest.param(_case({"source_type": ""}, "source_type"), True, id="empty-enum-value-tolerated"),
        pytest.param(_case({"version_id": [""]}, "version_id"), True, id="empty-array-value-tolerated"),
        pytest.param(_case({"source_type": "NOPE"}, "source_type"), False, id="wrong-value-judged"),
        pytest.param(_case({"limit": "0", "status": ""}, "limit"), False, id="other-invalid-part-judged"),
        pytest.param(_case({"source_type": ""}, None), False, id="unknown-negation-judged"),
    ],
)
def test_empty_value_negation(case: Any, tolerated: bool) -> None:
    """Only a negative case whose invalid part is an empty query value is set aside."""
    assert is_empty_value_negation(case) is tolerated
