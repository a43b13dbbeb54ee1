"""Type and description cells are read for type, nested object, enum, default and range."""

from __future__ import annotations

import pytest

from modelarts_contracts._drift._facts import described, type_facts
from modelarts_contracts._drift._model import Facts


@pytest.mark.parametrize(
    ("cell", "facts"),
    [
        ("Integer", Facts(type="Integer")),
        ("Array", Facts(type="Array", is_array=True)),
        ("Array of strings", Facts(type="Array", is_array=True, items="String")),
        ("Array of  WorkPath\nobjects", Facts(type="Array", ref="WorkPath", is_array=True)),
        ("TemplateParam object", Facts(type="Object", ref="TemplateParam")),
        ("Map<String,Array<String>>", Facts(type="Map")),
        ("Strng", Facts(type="Strng")),
    ],
    ids=[
        "scalar",
        "bare-array",
        "array-of-scalars",
        "array-of-objects-wrapped",
        "object",
        "map",
        "unknown-kept",
    ],
)
def test_type_facts_cells(cell: str, facts: Facts) -> None:
    """A type cell names a scalar, an array (of scalars or of named objects), a named object or a map."""
    assert type_facts(cell) == facts


@pytest.mark.parametrize(
    ("description", "enum", "default", "bounds"),
    [
        ("Options:\n\n- asc: up\n\n- desc: down (default value)", ("asc", "desc"), "desc", None),
        ("As follows: - 0: none - 1: some - 2: all", ("0", "1", "2"), None, None),
        ("The value ranges from 1 to\n100. The default value is **10**.", (), "10", (1.0, 100.0)),
        ("The default value is 1.00, meaning all.", (), "1.00", None),
        ("- If type is OBS, source is a path.", (), None, None),
    ],
    ids=[
        "bullets-with-marked-default",
        "inline-dashes",
        "wrapped-range-and-stated-default",
        "decimal-default",
        "prose-bullet-is-not-an-option",
    ],
)
def test_described_facts(
    description: str, enum: tuple[str, ...], default: str | None, bounds: tuple[float, float] | None
) -> None:
    """Options, defaults and ranges are read from the description's wording, wrapped or not."""
    facts = described(Facts(type="String"), description)
    assert (facts.enum, facts.default, facts.range) == (enum, default, bounds)
