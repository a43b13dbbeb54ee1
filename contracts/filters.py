"""Filtering promises: each filter keeps only matching items, and never grows the count.

Which field a filter reads, and how it matches, is its parameter's ``x-filter`` in the spec (read
by :mod:`modelarts_contracts._filters`, as the mock reads it; D7, D8, D11, D22); the values a probe
tries come from the spec's enums and from the data the server itself shows. An item that does not
carry the field a filter reads cannot be judged and is left alone, so a server that omits optional
fields keeps its contract.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from hypothesis import strategies as st

from modelarts_contracts import _spec
from modelarts_contracts._filters import Filter, filters_of

from ._check import Check, fail
from ._exchange import Exchange
from ._lists import PATH_IDS, SHAPES, ListShape, first_page, list_targets
from ._probe import Probe, QueryValue, Repeated, query_text

FILTERS: dict[str, dict[str, Filter]] = {operation_id: filters_of(operation_id) for operation_id in SHAPES}


def _absence_may_filter(operation_id: str) -> set[str]:
    """Filters whose absence may itself filter (``workspace_id``, D8): the unfiltered list is then not a
    superset of the filtered one, so counts are not compared for them."""
    return {name for name, judge in FILTERS[operation_id].items() if any(judge.absent_readings.values())}


def _valid(operation_id: str, name: str, value: str) -> bool:
    """Whether ``value`` is one the spec accepts for the parameter (others are negative cases)."""
    schema = _spec.parameters(operation_id)[name]["schema"]
    if "enum" in schema:
        return value in {query_text(option) for option in schema["enum"]}
    if schema.get("type") == "boolean":
        return value in ("true", "false")
    return bool(value) and (schema.get("type") != "array" or all(value.split(",")))


def _is_array(operation_id: str, name: str) -> bool:
    return FILTERS[operation_id][name].is_array


def sent_value(exchange: Exchange, name: str) -> str | None:
    """The value of filter ``name`` as the request carries it: an array's values from every form
    (comma-joined, the key repeated, or both) joined into one, a scalar's single value; None when the
    filter is absent or a scalar is given twice with different values (servers may read that either way).
    """
    values = exchange.query.get(name)
    if not values:
        return None
    if _is_array(exchange.operation_id or "", name):
        return ",".join(values)
    return values[0] if len(set(values)) == 1 else None


def _mismatch(exchange: Exchange) -> str | None:
    """Name the first filter an item of the response does not match, or None."""
    judged = FILTERS.get(exchange.operation_id or "", {})
    items = exchange.items() or []
    for name, judge in judged.items():
        value = sent_value(exchange, name)
        if value is None or not _valid(exchange.operation_id or "", name, value):
            continue
        for item in items:
            if judge.verdict(item, value) is False:
                return f"{name}={value!r} but item {item.get(PATH_IDS.task) or item} does not match it"
    return None


def filter_on_response(exchange: Exchange, probe: Probe) -> None:
    """Every item on a filtered page matches every filter the request carries."""
    problem = _mismatch(exchange)
    if problem:
        raise fail(problem, exchange)


def _filter_strategy(
    operation_id: str, name: str, items: list[dict[str, Any]]
) -> st.SearchStrategy[QueryValue]:
    """What to send for one filter: one value, or for an array several, comma-joined or key-repeated (D7)."""
    one = _value_strategy(operation_id, name, items)
    if not _is_array(operation_id, name):
        return one
    several = st.lists(one, min_size=1, max_size=3, unique=True)
    return several.flatmap(lambda values: st.sampled_from([",".join(values), Repeated(values)]))


def _value_strategy(operation_id: str, name: str, items: list[dict[str, Any]]) -> st.SearchStrategy[str]:
    """Values to try for one filter: the spec's enum, or values seen in the data plus a stranger."""
    schema = _spec.parameters(operation_id)[name]["schema"]
    seen = _seen_values(operation_id, name, items)
    if "enum" in schema or schema.get("type") == "boolean":
        return st.sampled_from(seen)
    stranger = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=4)
    return st.sampled_from(seen) | stranger if seen else stranger


def _observed(judge: Filter, item: dict[str, Any]) -> list[Any]:
    """Values of the field a filter reads, as this item shows them (and a name fragment for ``contains``)."""
    found = judge.observed(item)
    if judge.match == "contains":
        found += [value[1:4].upper() for value in found if isinstance(value, str)]
    return found


def _seen_values(operation_id: str, name: str, items: list[dict[str, Any]]) -> list[str]:
    """Values to try for a filter: the enum's, or the ones the data shows (no commas)."""
    schema = _spec.parameters(operation_id)[name]["schema"]
    if "enum" in schema:
        return [query_text(option) for option in schema["enum"]]
    if schema.get("type") == "boolean":
        return ["true", "false"]
    judge = FILTERS[operation_id][name]
    return sorted({str(v) for item in items for v in _observed(judge, item) if str(v) and "," not in str(v)})


def _check_union(
    probe: Probe, shape: ListShape, path_params: dict[str, str], name: str, values: list[str]
) -> None:
    """Several values of an array filter, comma-joined and key-repeated, give the union of what each
    value gives alone, counted right (D7); judged only on pages that hold their whole list."""
    alone = [first_page(probe, shape, {name: value}, path_params) for value in values]
    if any(page.count() != len(page.items() or []) for page in alone):
        return
    union = {str(item.get(shape.id_key)) for page in alone for item in page.items() or []}
    for form in (",".join(values), Repeated(values)):
        page = first_page(probe, shape, {name: form}, path_params)
        got = {str(item.get(shape.id_key)) for item in page.items() or []}
        if page.count() == len(page.items() or []) and got == union:
            continue
        raise fail(
            f"{name}={form!r} gives {shape.count_key}={page.count()} and {len(got)} item(s), but its "
            f"values alone give {len(union)} item(s) together (the union, D7)",
            page,
        )


def filter_probe(probe: Probe) -> None:
    """Each filter in every form, then random combinations of filters, return exactly the matching
    items (a union for several values of an array) and count them right."""
    for operation_id, judged in FILTERS.items():
        shape = SHAPES[operation_id]
        for path_params in list_targets(probe, operation_id):
            reference = first_page(probe, shape, {}, path_params)
            items = reference.items() or []
            for name in judged:
                seen = _seen_values(operation_id, name, items)
                for value in seen[:1]:
                    _check_filtered(probe, shape, path_params, filters={name: value}, reference=reference)
                if _is_array(operation_id, name) and len(seen) >= 2:
                    _check_union(probe, shape, path_params, name, [seen[0], seen[-1]])
            options = {name: _filter_strategy(operation_id, name, items) for name in judged}
            probe.explore(
                partial(_check_filtered, probe, shape, path_params, reference=reference),
                filters=st.fixed_dictionaries({}, optional=options),
            )


def _check_filtered(
    probe: Probe,
    shape: ListShape,
    path_params: dict[str, str],
    *,
    filters: dict[str, QueryValue],
    reference: Exchange,
) -> None:
    page = first_page(probe, shape, filters, path_params)
    filter_on_response(page, probe)
    count, total = page.count(), reference.count()
    if count is None or total is None or _absence_may_filter(shape.operation_id) & filters.keys():
        return
    if count > total:
        raise fail(
            f"filters {filters} give {shape.count_key}={count}, more than the unfiltered {total}", page
        )
    expected = _expected_ids(shape, {name: query_text(value) for name, value in filters.items()}, reference)
    got = [item.get(shape.id_key) for item in page.items() or []]
    if (
        expected is not None
        and page.count() == len(got)
        and sorted(map(str, got)) != sorted(map(str, expected))
    ):
        left_out = [item for item in expected if item not in got]
        extra = [item for item in got if item not in expected]
        raise fail(
            f"filters {filters} leave out {len(left_out)} matching item(s) {left_out[:1]} and return "
            f"{len(extra)} that do not match {extra[:1]}",
            page,
        )
    if expected is not None and count != len(expected):
        raise fail(
            f"filters {filters} give {shape.count_key}={count}, but {len(expected)} item(s) of the "
            f"unfiltered list match them",
            page,
        )


def _expected_ids(shape: ListShape, filters: dict[str, str], reference: Exchange) -> list[Any] | None:
    """Ids of the items of a complete reference list that match, or None when some cannot be judged."""
    items = reference.items() or []
    if reference.count() != len(items):
        return None
    judges = FILTERS[shape.operation_id]
    membership = {name: value for name, value in filters.items() if judges[name].chooses_items}
    verdicts = [
        (item, [judges[name].verdict(item, value) for name, value in membership.items()]) for item in items
    ]
    if any(verdict is None for _, row in verdicts for verdict in row):
        return None
    return [item.get(shape.id_key) for item, row in verdicts if all(row)]


filter_conformance = Check(
    "filter_conformance",
    "each filter returns only matching items and a filtered count is not larger",
    tuple(operation_id for operation_id, judged in FILTERS.items() if judged),
    on_response=filter_on_response,
    probe=filter_probe,
)
