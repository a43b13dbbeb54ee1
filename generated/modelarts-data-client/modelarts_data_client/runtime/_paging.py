"""Walking a list page by page: lazily, stopping on the last page, never looping, never repeating.

``offset`` may count records or pages (spec/DECISIONS.md D6); the walk advances it the way the
client was told. The service's lists move while they are walked (D31): a task created during a
newest-first walk pushes the items after it one place down, so the next page starts with an item
already yielded. Items already yielded are skipped by their id, so each is yielded once. A deletion
pulls the items after it one place up, and the item that moves across a page boundary is skipped:
offset paging cannot promise more. ``PaginationError`` is raised only when the server truly loops
(a page that brings nothing new while the count says more items remain).

A :class:`Cursor` makes every decision of a walk; the sync and async clients only send the request
it gives and hand it the page that comes back.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any, Generic, TypeVar

from modelarts_data_client._facts import (
    DEFAULT_LIMIT,
    DEFAULT_OFFSET,
    LIMIT_PARAMETER,
    OFFSET_PARAMETER,
    OFFSET_READING_RECORD,
    Envelope,
    OffsetReading,
)

from ._errors import PaginationError
from ._parameters import check_parameter

Item = TypeVar("Item")
OffsetMode = OffsetReading  # deprecated: the former name of OffsetReading


class Cursor(Generic[Item]):
    """The state of one walk: the next page's request, and which ids were yielded."""

    def __init__(
        self,
        envelope: Envelope,
        reading: OffsetReading,
        build: Callable[..., dict[str, Any]],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> None:
        self.offset, self.limit = _start(kwargs, _default_limit(build))
        self._request: Callable[[int], dict[str, Any]] = lambda offset: build(
            *args, **{**kwargs, OFFSET_PARAMETER: offset}
        )
        self._items, self._count = attrgetter(envelope.items), attrgetter(envelope.count)
        self.key: Callable[[Item], Any] = attrgetter(envelope.key)
        self.reading = reading
        self.position = self.offset if reading == OFFSET_READING_RECORD else self.offset * self.limit
        self.seen: set[Any] = set()
        self.done = False

    def request(self) -> dict[str, Any]:
        """The arguments of ``httpx.Client.request`` for the next page."""
        return self._request(self.offset)

    def take(self, page: Any) -> list[Item]:
        """Check one page, move the offset past it, and return the items not yielded before."""
        items, count = self._items(page), self._count(page)
        fresh = [item for item in items if self._first_time(item)]
        if not fresh and self.position < count:
            raise PaginationError(self._looping(items, count))
        self.position += len(items)
        self.offset += len(items) if self.reading == OFFSET_READING_RECORD else 1
        # The count decides the end, not a short page: a server may cap its pages below the limit
        # asked for, and stopping on the first short page would silently lose the rest.
        self.done = not items or self.position >= count
        return fresh

    def _first_time(self, item: Item) -> bool:
        identity = self.key(item)
        if identity in self.seen:
            return False
        self.seen.add(identity)
        return True

    def _looping(self, items: list[Item], count: int) -> str:
        if not items:
            return (
                f"empty page at offset {self.offset} while the count says {count} items "
                f"and only {self.position} came"
            )
        repeated = ", ".join(repr(self.key(item)) for item in items[:3])
        return (
            f"the page at offset {self.offset} brings nothing new (it repeats {repeated}) while the "
            f"count says {count} items and only {self.position} came: the server ignores the offset"
        )


def _start(kwargs: dict[str, Any], default_limit: int) -> tuple[int, int]:
    """The walk's first offset and its page size, from what the caller passed (checked first)."""
    offset = kwargs.pop(OFFSET_PARAMETER, DEFAULT_OFFSET)
    limit = kwargs.get(LIMIT_PARAMETER, default_limit)
    check_parameter(OFFSET_PARAMETER, offset, int)
    check_parameter(LIMIT_PARAMETER, limit, int)
    return offset or DEFAULT_OFFSET, limit or default_limit


def _default_limit(build: Callable[..., Any]) -> int:
    """The operation's own default limit, read from the generated builder's signature."""
    defaults = build.__kwdefaults__ or {}
    return int(defaults.get(LIMIT_PARAMETER, DEFAULT_LIMIT))
