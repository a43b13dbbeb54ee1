"""How ``from_dict`` builds the models: every field set on the fast path, a subclass through its ``__init__``.

The models build themselves without calling ``__init__`` (it is the costliest step of reading a
page); these tests pin that nothing is lost by it, for every model the spec's full bodies reach.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from modelarts_data_client import models

from . import _bodies

OPERATIONS = ["listProcessorTasks", "showProcessorTask", "listProcessorTaskVersions", "listExportTasks"]


def _models(value: Any) -> Iterator[Any]:
    """Every generated model in ``value``, at every depth."""
    if attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):
            yield from _models(getattr(value, field.name))
    elif isinstance(value, list):
        for item in value:
            yield from _models(item)


@pytest.mark.parametrize("operation", OPERATIONS)
def test_from_dict_builds_what_the_constructor_builds(operation: str) -> None:
    body = _bodies.body(operation)
    built = list(_models(getattr(models, _bodies.model_name(operation)).from_dict(body)))
    assert len(built) > 1
    for model in built:
        kind = type(model)
        values = attrs.asdict(model, recurse=False)  # AttributeError if a field was left unset
        clone = kind(**{field.name: values[field.name] for field in attrs.fields(kind) if field.init})
        clone.additional_properties = model.additional_properties
        assert clone == model


@pytest.mark.parametrize("operation", OPERATIONS)
def test_a_subclass_is_built_through_its_own_init(operation: str) -> None:
    base = getattr(models, _bodies.model_name(operation))

    @attrs.define
    class Extended(base):  # type: ignore[misc, valid-type]
        seen: str = "by __init__"

    body = _bodies.body(operation)
    parsed = Extended.from_dict(body)
    assert type(parsed) is Extended
    assert parsed.seen == "by __init__"
    assert parsed.to_dict() == base.from_dict(body).to_dict() == body
