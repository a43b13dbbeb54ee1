"""Walking a list page by page: lazily, stopping on the last page, never looping, never repeating.

``offset`` may count records or pages (spec/DECISIONS.md D6); the walk advances it the way the
client was told. The service's lists move while they are walked (D31): a task created during a
newest-first walk pushes the items after it one place down, so the next page starts with an item
already yielded. Items already yielded are skipped by their id, so each is yielded once. A deletion
pulls the items after it one place up, and the item that moves across a page boundary is skipped:
offset paging cannot promise more. ``PaginationError`` is raised only when the server truly loops
(a page that brings nothing new while the count says more items remain).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, Literal, TypeVar

from ._errors import PaginationError

Item = TypeVar("Item")
OffsetMode = Literal["record", "page"]


class Walk(Generic[Item]):
    """The state of one walk: where the next page starts and which ids were yielded."""

    def __init__(self, mode: OffsetMode, key: Callable[[Item], Any], offset: int, limit: int) -> None:
        self.mode, self.key, self.offset, self.limit = mode, key, offset, limit
        self.position = offset if mode == "record" else offset * limit  # records the server has passed
        self.seen: set[Any] = set()
        self.done = False

    def take(self, items: Sequence[Item], count: int) -> list[Item]:
        """Check one page, move the offset past it, and return the items not yielded before."""
        fresh = [item for item in items if self._first_time(item)]
        if not fresh and self.position < count:
            raise PaginationError(self._looping(items, count))
        self.position += len(items)
        self.offset += len(items) if self.mode == "record" else 1
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

    def _looping(self, items: Sequence[Item], count: int) -> str:
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
