"""What a contract check is, how it reports a broken promise, and how it says it could not run.

A check has up to two halves: ``on_response`` judges one exchange on its own (it runs on every
response the suite sees, the ones schemathesis generates included), and ``probe`` makes the
requests a property needs (walk all pages, ask for an unknown id) through a :class:`Probe`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from ._exchange import Exchange
    from ._probe import Probe


class ContractBroken(AssertionError):
    """A server broke the promise a check asserts; ``exchange`` is the request that shows it."""

    def __init__(self, message: str, exchange: Exchange | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.exchange = exchange


class NotCovered(Exception):
    """A check could not reach what it needs (no dataset id found, say); it is neither passed nor failed."""


def fail(message: str, exchange: Exchange | None = None) -> ContractBroken:
    """Build the exception a check raises; returned so that call sites read ``raise fail(...)``."""
    return ContractBroken(message, exchange)


@attrs.frozen
class Check:
    """A named promise, the operations it is about, and the code that tests it."""

    name: str
    promise: str
    operations: tuple[str, ...]
    on_response: Callable[[Exchange, Probe], None] | None = None
    probe: Callable[[Probe], None] | None = None
