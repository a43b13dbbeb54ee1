"""Walking a list page by page: lazily, stopping on the last page, never looping.

``offset`` may count records or pages (spec/DECISIONS.md D6); the walk advances it the way the
client was told. A page that repeats an item already seen, or an empty page while the count says
more items remain, raises ``PaginationError`` instead of walking on forever.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, Literal, TypeVar

from ._errors import PaginationError

Item = TypeVar("Item")
OffsetMode = Literal["record", "page"]


class Walk(Generic[Item]):
    """The state of one walk: where the next page starts and what has been seen."""

    def __init__(self, mode: OffsetMode, key: Callable[[Item], Any], offset: int, limit: int) -> None:
        self.mode, self.key, self.offset, self.limit = mode, key, offset, limit
        self.skipped = offset if mode == "record" else offset * limit
        self.seen: set[Any] = set()
        self.done = False

    def take(self, items: Sequence[Item], count: int) -> Sequence[Item]:
        """Check one page, move the offset past it, and return its items."""
        if not items:
            if len(self.seen) + self.skipped < count:
                raise PaginationError(
                    f"empty page at offset {self.offset} while the count says {count} items "
                    f"and only {len(self.seen)} came"
                )
            self.done = True
            return items
        for item in items:
            identity = self.key(item)
            if identity in self.seen:
                raise PaginationError(f"the page at offset {self.offset} repeats item {identity!r}")
            self.seen.add(identity)
        self.offset += len(items) if self.mode == "record" else 1
        # The count decides the end, not a short page: a server may cap its pages below the limit
        # asked for, and stopping on the first short page would silently lose the rest.
        self.done = len(self.seen) + self.skipped >= count
        return items
