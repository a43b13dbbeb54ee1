"""The schema filler: a value for any schema, every enum value and branch in turn, the same per seed."""

from __future__ import annotations

from typing import Any

from modelarts_contracts._mock._fill import EPOCH_MS, Filler

SPEC: dict[str, Any] = {
    "components": {"schemas": {"Kind": {"type": "string", "enum": ["a", "b", "c", "d", "e"]}}},
}
RECORD = {
    "type": "object",
    "required": ["kind", "level"],
    "properties": {
        "kind": {"$ref": "#/components/schemas/Kind"},
        "level": {"type": "integer", "enum": [0, 1, 2, 3, 4]},
        "ratio": {"type": ["string", "number"], "examples": ["1.00", 1.0]},
        "either": {"oneOf": [{"type": "boolean"}, {"type": "integer", "minimum": 5, "maximum": 6}]},
        "size": {"type": "integer", "minimum": 3, "maximum": 4},
        "created": {"type": "integer", "format": "int64"},
        "tags": {"type": "array", "items": {"type": "string"}},
        "params": {"type": "object", "additionalProperties": True},
        "name": {"type": "string", "example": "V001", "x-numbered": True},
        "owner_id": {"type": "string"},
    },
}


def _records(seed: int, count: int) -> list[dict[str, Any]]:
    filler = Filler(seed, SPEC)
    return [filler.record(RECORD, index, lambda path: True) for index in range(count)]


def test_same_seed_same_values_other_seed_other_values() -> None:
    """A seed fixes every value; another seed changes them."""
    assert _records(3, 10) == _records(3, 10) != _records(4, 10)


def test_enums_references_and_branches_show_every_value() -> None:
    """Enums (also through $ref), examples, oneOf branches and type lists each show all they allow."""
    records = _records(0, 25)
    assert {r["kind"] for r in records} == {"a", "b", "c", "d", "e"}
    assert {r["ratio"] for r in records} == {"1.00", 1.0} and {type(r["ratio"]) for r in records} == {
        str,
        float,
    }
    assert {type(r["either"]) for r in records} == {bool, int}
    assert {r["either"] for r in records if not isinstance(r["either"], bool)} <= {5, 6}


def test_two_enums_drawn_in_step_show_every_pair() -> None:
    """Two five-value enums filled once per record show all 25 pairs within 25 records."""
    assert len({(r["kind"], r["level"]) for r in _records(0, 25)}) == 25


def test_integers_keep_their_bounds_and_times_move_forward() -> None:
    """Bounded integers stay in range; int64 times start at the epoch and never go back."""
    records = _records(1, 40)
    times = [r["created"] for r in records]
    assert {r["size"] for r in records} == {3, 4}
    assert times == sorted(times) and times[0] >= EPOCH_MS


def test_arrays_maps_ids_and_numbered_strings() -> None:
    """Arrays hold 1-3 items, open objects a small map, *_id strings an id, x-numbered the record's number."""
    records = _records(2, 12)
    assert all(1 <= len(r["tags"]) <= 3 and 1 <= len(r["params"]) <= 3 for r in records)
    assert all(len(r["owner_id"]) == 19 and r["owner_id"].isalnum() for r in records)
    assert [r["name"] for r in records[:3]] == ["V001", "V002", "V003"] and records[11]["name"] == "V012"


def test_optional_fields_are_left_out_now_and_then() -> None:
    """Without ``shown``, optional fields are sometimes absent; required ones never are."""
    filler = Filler(0, SPEC)
    records = [filler.record(RECORD, index) for index in range(60)]
    assert all({"kind", "level"} <= set(r) for r in records)
    assert any("size" not in r for r in records) and sum("size" in r for r in records) > 30
