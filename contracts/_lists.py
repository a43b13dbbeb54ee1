"""Facts about the list operations, read from the spec, and the page walk the paging checks share.

Limits, defaults, item id fields and the allowed ``offset`` readings all come from
spec/openapi.yaml through :mod:`modelarts_contracts._spec`; nothing here types them again.
"""

from __future__ import annotations

from typing import Any

import attrs

from modelarts_contracts import _spec

from ._check import fail
from ._exchange import ENVELOPES, Exchange
from ._probe import Probe


@attrs.frozen
class ListShape:
    """One list operation: where its items and count are, how items are named, how it pages."""

    operation_id: str
    items_key: str
    count_key: str
    id_key: str
    limit_default: int
    limit_min: int
    limit_max: int
    offset_readings: tuple[str, ...]


# The names of the paging and sorting query parameters and of the path ids, read from the spec.
PAGING = _spec.paging_names()
SORTING = _spec.sort_names()
PATH_IDS = _spec.path_ids()


def _shape(operation_id: str) -> ListShape:
    limit = _spec.parameters(operation_id)[PAGING.limit]
    envelope = ENVELOPES[operation_id]
    return ListShape(
        operation_id,
        envelope.items_key,
        envelope.count_key,
        _spec.item_id(operation_id),
        limit["schema"]["default"],
        limit["schema"]["minimum"],
        limit["schema"]["maximum"],
        _spec.offset_readings(),
    )


SHAPES = {operation_id: _shape(operation_id) for operation_id in ENVELOPES}


def ids_of(shape: ListShape, items: list[dict[str, Any]]) -> list[Any]:
    """The identities of ``items``, in order."""
    return [item.get(shape.id_key) for item in items]


def first_page(
    probe: Probe, shape: ListShape, query: dict[str, Any], path_params: dict[str, str]
) -> Exchange:
    """Fetch the largest first page a query allows; a refusal of this valid query breaks the contract."""
    exchange = probe.get(
        shape.operation_id, {**query, PAGING.limit: shape.limit_max}, path_params=path_params
    )
    if exchange.items() is None:
        raise fail(f"a valid query was not answered with a list (HTTP {exchange.status_code})", exchange)
    return exchange


@attrs.frozen
class PageWalk:
    """The items a walk through the pages collected, and the pages it fetched."""

    ids: list[Any]
    pages: list[Exchange]
    complete: bool


def walk(
    probe: Probe,
    shape: ListShape,
    reading: str,
    limit: int,
    query: dict[str, Any],
    path_params: dict[str, str],
    total: int,
) -> PageWalk:
    """Page through a list under one ``offset`` reading until ``total`` items or a short page."""
    ids: list[Any] = []
    pages: list[Exchange] = []
    for number in range(probe.max_pages):
        offset = number * limit // _spec.offset_step(reading, limit)
        page = probe.get(
            shape.operation_id, {**query, PAGING.limit: limit, PAGING.offset: offset}, path_params=path_params
        )
        pages.append(page)
        items = page.items()
        if items is None:
            raise fail(
                f"page at offset={offset} was not answered with a list (HTTP {page.status_code})", page
            )
        ids.extend(ids_of(shape, items))
        if len(items) < limit or len(ids) >= total:
            return PageWalk(ids, pages, True)
    return PageWalk(ids, pages, False)


def list_targets(probe: Probe, operation_id: str) -> list[dict[str, str]]:
    """The path parameters a probe visits a list operation with: no ids, each task, or each dataset."""
    names = set(_spec.parameters(operation_id, "path")) - {PATH_IDS.project}
    if PATH_IDS.task in names:
        return [{PATH_IDS.task: task_id} for task_id in probe.sample_tasks()]
    if PATH_IDS.dataset in names:
        return [{PATH_IDS.dataset: dataset_id} for dataset_id in probe.sample_datasets()]
    return [{}]
