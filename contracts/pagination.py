"""Paging promises: ``limit`` is honoured and checked, ``offset`` walks the list, counts add up."""

from __future__ import annotations

import re
from functools import partial
from typing import Any

from hypothesis import strategies as st

from ._check import Check, fail
from ._exchange import Exchange
from ._lists import PAGING, SHAPES, ListShape, first_page, ids_of, list_targets, walk
from ._probe import Probe

# Lenient on purpose: sign and surrounding blanks are read as most servers read them; only a value no
# integer parser accepts counts as invalid, so a server that reads "+5" as 5 is not called wrong.
_INTEGER = re.compile(r"\s*[+-]?[0-9]+\s*")


def _int_param(exchange: Exchange, name: str, default: int) -> int | None:
    """The integer value of a query parameter, its default when absent, None when not one integer."""
    values = exchange.query.get(name)
    if not values:
        return default
    if len(set(values)) > 1 or not _INTEGER.fullmatch(values[0]):
        return None
    return int(values[0])


def _limit(exchange: Exchange, shape: ListShape) -> int | None:
    return _int_param(exchange, PAGING.limit, shape.limit_default)


def limit_on_response(exchange: Exchange, probe: Probe) -> None:
    """A page holds at most ``limit`` items, and a ``limit`` outside the spec's range is not served."""
    shape = SHAPES.get(exchange.operation_id or "")
    if shape is None or not exchange.ok:
        return
    limit = _limit(exchange, shape)
    if limit is None or not shape.limit_min <= limit <= shape.limit_max:
        raw = exchange.param(PAGING.limit)
        raise fail(
            f"limit={raw!r} is outside {shape.limit_min}..{shape.limit_max} but was answered with "
            f"HTTP {exchange.status_code} instead of 400",
            exchange,
        )
    items = exchange.items() or []
    if len(items) > limit:
        raise fail(f"limit={limit} but the page holds {len(items)} items", exchange)


def limit_probe(probe: Probe) -> None:
    """Every valid ``limit`` fills the first page as far as the list goes; invalid ones get 400."""
    for shape in SHAPES.values():
        for path_params in list_targets(probe, shape.operation_id):
            size = len(first_page(probe, shape, {}, path_params).items() or [])
            whole = size < shape.limit_max  # the largest page held the whole list: its size is known
            probe.explore(
                partial(_check_first_page, probe, shape, path_params, size=size, whole=whole),
                limit=st.integers(shape.limit_min, shape.limit_max),
            )
            invalid = st.integers(max_value=shape.limit_min - 1) | st.integers(min_value=shape.limit_max + 1)
            probe.explore(partial(_check_rejected, probe, shape, path_params), limit=invalid)


def _check_first_page(
    probe: Probe, shape: ListShape, path_params: dict[str, str], *, limit: int, size: int, whole: bool
) -> None:
    page = probe.get(shape.operation_id, {PAGING.limit: limit}, path_params=path_params)
    items = page.items()
    if items is None:
        raise fail(f"limit={limit} is valid but was answered with HTTP {page.status_code}", page)
    limit_on_response(page, probe)
    if whole and len(items) < min(limit, size):
        raise fail(
            f"limit={limit} on a list of {size} items but the first page holds only {len(items)}", page
        )


def _check_rejected(probe: Probe, shape: ListShape, path_params: dict[str, str], *, limit: int) -> None:
    page = probe.get(shape.operation_id, {PAGING.limit: limit}, path_params=path_params)
    if page.status_code != 400:
        raise fail(
            f"limit={limit} is outside {shape.limit_min}..{shape.limit_max} but was answered with "
            f"HTTP {page.status_code} instead of 400",
            page,
        )


def offset_probe(probe: Probe) -> None:
    """Paging with ``offset`` under an allowed reading visits every item once, in the list's order."""
    for shape in SHAPES.values():
        for path_params in list_targets(probe, shape.operation_id):
            reference = first_page(probe, shape, {}, path_params)
            ref_ids = ids_of(shape, reference.items() or [])
            counted = reference.count()
            total = counted if counted is not None else len(ref_ids)
            if total < 2:
                continue  # one item or none: every reading walks it the same way
            low = max(1, -(-min(total, shape.limit_max) // probe.max_pages))
            limits = st.integers(low, max(low, min(total, shape.limit_max) // 2))
            probe.explore(
                partial(_check_walks, probe, shape, path_params, ref_ids=ref_ids, total=total), limit=limits
            )


def _check_walks(
    probe: Probe, shape: ListShape, path_params: dict[str, str], *, limit: int, ref_ids: list[Any], total: int
) -> None:
    problems = []
    for reading in probe.offset_readings:
        result = walk(probe, shape, reading, limit, {}, path_params, total)
        problem = _walk_problem(result.ids, ref_ids, total, result.complete)
        if problem is None:
            return
        problems.append((reading, problem, result.pages[-1]))
    summary = "; ".join(f"{reading} reading: {problem}" for reading, problem, _ in problems)
    raise fail(f"paging with limit={limit} does not walk the list ({summary})", problems[-1][2])


def _walk_problem(ids: list[Any], ref_ids: list[Any], total: int, complete: bool) -> str | None:
    """Say what is wrong with a walk (repeats, gaps, wrong order), or None when it is right."""
    repeats = sorted({str(item) for item in ids if ids.count(item) > 1})
    if repeats:
        return f"{len(repeats)} item(s) repeated, e.g. {repeats[0]}"
    missing = [item for item in ref_ids if item not in ids]
    if complete and (missing or len(ids) < min(total, len(ref_ids))):
        return f"{len(missing)} item(s) never reached, e.g. {missing[0] if missing else '?'}"
    if ids[: len(ref_ids)] != ref_ids[: len(ids)]:
        return "items come in another order than on one large page"
    return None


def count_on_response(exchange: Exchange, probe: Probe) -> None:
    """On a first page, a short page means the count is its length; a full one, at least that."""
    shape = SHAPES.get(exchange.operation_id or "")
    if shape is None:
        return
    items, count, limit = exchange.items(), exchange.count(), _limit(exchange, shape)
    if items is None or count is None or limit is None or _int_param(exchange, PAGING.offset, 0) != 0:
        return
    if len(items) < limit and count != len(items):
        raise fail(f"the first page holds all {len(items)} items but {shape.count_key}={count}", exchange)
    if len(items) == limit and count < limit:
        raise fail(f"the first page holds {len(items)} items but {shape.count_key}={count}", exchange)


def count_probe(probe: Probe) -> None:
    """The count equals the number of items that paging yields (checked on the largest page)."""
    for shape in SHAPES.values():
        for path_params in list_targets(probe, shape.operation_id):
            page = first_page(probe, shape, {}, path_params)
            count_on_response(page, probe)


pagination_limit_conformance = Check(
    "pagination_limit_conformance",
    "limit is honoured and limits outside the spec's range are refused",
    tuple(SHAPES),
    on_response=limit_on_response,
    probe=limit_probe,
)
offset_walk_conformance = Check(
    "offset_walk_conformance",
    "paging with offset walks the whole list without gaps or repeats",
    tuple(SHAPES),
    probe=offset_probe,
)
count_conformance = Check(
    "count_conformance",
    "count / total_count agree with the items paging yields",
    tuple(SHAPES),
    on_response=count_on_response,
    probe=count_probe,
)
