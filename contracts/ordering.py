"""Ordering promise: ``sort_by`` and ``order`` order the items as asked (defaults from the spec)."""

from __future__ import annotations

import itertools
from typing import Any

from modelarts_contracts import _spec

from ._check import Check, fail
from ._exchange import Exchange
from ._lists import SHAPES, SORTING, first_page, list_targets
from ._probe import Probe

SORTABLE = tuple(op for op in SHAPES if SORTING.by in _spec.parameters(op))


def _setting(exchange: Exchange, name: str) -> str | None:
    """The request's value of ``sort_by``/``order``, the spec's default when absent, None when invalid."""
    schema = _spec.parameters(exchange.operation_id or "")[name]["schema"]
    values = exchange.query.get(name) or [schema["default"]]
    value = values[-1]
    return value if len(set(values)) == 1 and value in schema["enum"] else None


def _in_order(keys: list[Any], descending: bool) -> bool:
    pairs = list(zip(keys, keys[1:], strict=False))
    return all((a >= b) if descending else (a <= b) for a, b in pairs)


def _sorted_either_way(keys: list[Any], descending: bool) -> bool:
    """Strings may be ordered by code point or ignoring case; both are an order as asked."""
    if _in_order(keys, descending):
        return True
    return all(isinstance(key, str) for key in keys) and _in_order([k.casefold() for k in keys], descending)


def sort_on_response(exchange: Exchange, probe: Probe) -> None:
    """The items of a page come in the order ``sort_by``/``order`` ask for."""
    if exchange.operation_id not in SORTABLE or exchange.items() is None:
        return
    sort_by, order = _setting(exchange, SORTING.by), _setting(exchange, SORTING.order)
    if sort_by is None or order is None:
        return
    keys = [item[sort_by] for item in exchange.items() or [] if item.get(sort_by) is not None]
    if len({type(key) for key in keys}) > 1:
        raise fail(f"sort_by={sort_by} but the items' {sort_by} values are of mixed types", exchange)
    if not _sorted_either_way(keys, order == SORTING.descending):
        raise fail(f"sort_by={sort_by}&order={order} but the items come as {keys[:8]}", exchange)


def sort_probe(probe: Probe) -> None:
    """Every ``sort_by`` and ``order`` the spec lists orders the largest page as asked."""
    for operation_id in SORTABLE:
        query = _spec.parameters(operation_id)
        pairs = list(
            itertools.product(query[SORTING.by]["schema"]["enum"], query[SORTING.order]["schema"]["enum"])
        )
        for path_params in list_targets(probe, operation_id):
            for sort_by, order in pairs:
                page = first_page(
                    probe, SHAPES[operation_id], {SORTING.by: sort_by, SORTING.order: order}, path_params
                )
                sort_on_response(page, probe)


sort_order_conformance = Check(
    "sort_order_conformance",
    "sort_by / order order the items as asked",
    SORTABLE,
    on_response=sort_on_response,
    probe=sort_probe,
)
