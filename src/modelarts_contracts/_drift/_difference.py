"""What the drift reader reports: one difference between a page and the spec, and where it sits."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Difference:
    """One way a page and the spec disagree, where, and what acknowledges it (None: drift)."""

    operation: str
    page: str
    line: int
    subject: str
    aspect: str
    message: str
    spec: str
    acknowledged: str | None = None
    page_value: Any = None
    spec_value: Any = None


@dataclass(frozen=True)
class Where:
    """Where a compared value sits: page line, subject for the report, spec pointer, marker nodes."""

    line: int
    subject: str
    pointer: str
    nodes: tuple[dict[str, Any], ...]


# Records a difference: (where, aspect, message, the page's value, the spec's value); both values are
# what an acknowledgement names.
Note = Callable[[Where, str, str, Any, Any], None]
