"""How a run behaves when the server pushes back: rate limit, waits on 429/503, and when to give up.

A ``429`` (with or without ``Retry-After``) and a ``503`` with ``Retry-After`` are the server saying
"not now" (spec D25): the request is sent again after the wait the server asks for (or a short
backoff), every sender of the run holds off meanwhile, and the waits of one request never add up to
more than the run's ``--timeout``. A server that still refuses after that is :class:`Refused`: the
run cannot be made (exit 2), and no promise is judged broken on its account. A ``503`` without
``Retry-After`` is not retried: it stays a server error for the checks to report.

``--rate-limit`` paces the probes with the same limiter schemathesis uses for its own requests
(:func:`schemathesis.core.rate_limit.build_limiter`, a ``pyrate_limiter`` limiter).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

from schemathesis.core.rate_limit import build_limiter, parse_retry_after

from modelarts_contracts import _spec

MAX_RETRIES = 4  # per request; with the budget this bounds the waits of one request
_BACKOFF = 0.5  # first wait on a 429 that names none; doubled on each retry
_RETRY_AFTER = _spec.response_header("RetryAfter")  # the pushback responses' wait header (D25)
_LIMITER_LABEL = "modelarts-contracts"


class Refused(Exception):
    """The server kept refusing (429/503) past the retries and the time budget: the run cannot be made."""


def rate_limit_text(per_second: float | None) -> str | None:
    """The schemathesis ``rate-limit`` value (``N/s`` or ``N/m``) for ``per_second`` requests a second."""
    if not per_second:
        return None
    if per_second >= 1:
        return f"{int(per_second)}/s"
    return f"{max(1, round(per_second * 60))}/m"


class Patience:
    """Shared by every sender of a run: paces requests, waits out pushback, remembers a refusal.

    ``on_retry(operation_id, status)`` is called for each response that is retried, so the summary
    can count them per operation.
    """

    def __init__(
        self,
        budget: float,
        rate_limit: float | None = None,
        on_retry: Callable[[str | None, int], None] | None = None,
    ) -> None:
        self.budget = budget
        self.rate_limit = rate_limit_text(rate_limit)
        self._limiter = build_limiter(self.rate_limit) if self.rate_limit else None
        self._on_retry = on_retry or (lambda operation_id, status: None)
        self._lock = threading.Lock()
        self._resume_at = 0.0
        self.refused: str | None = None

    def pace(self, *, limit: bool = True) -> None:
        """Wait until the server's last pushback is over and (``limit``) the rate limit lets one more go."""
        if self.refused:
            raise Refused(self.refused)
        with self._lock:
            pause = self._resume_at - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        if limit and self._limiter is not None:
            self._limiter.try_acquire(_LIMITER_LABEL)

    def wait(self, status: int, headers: Mapping[str, Any], attempt: int, started: float, where: str) -> bool:
        """After a response: True when it is pushback worth waiting out (having waited), else False.

        Raises :class:`Refused` when the server keeps pushing back beyond the retries or the budget.
        """
        delay = self.delay(status, headers, attempt)
        if delay is None:
            return False
        spent = time.monotonic() - started
        if attempt >= MAX_RETRIES or spent + delay > self.budget:
            hint = "lower --rate-limit" if self.rate_limit else "set --rate-limit"
            self.refused = (
                f"the server kept refusing: HTTP {status} on {where}, asking for {delay:g} s more after "
                f"{attempt} retries (--timeout allows {self.budget:g} s per request); "
                f"{hint} or raise --timeout"
            )
            raise Refused(self.refused)
        with self._lock:
            self._resume_at = max(self._resume_at, time.monotonic() + delay)
        self._on_retry(where, status)
        self.pace()
        return True

    @staticmethod
    def delay(status: int, headers: Mapping[str, Any], attempt: int) -> float | None:
        """Seconds to wait before sending again, or None when the response is not pushback."""
        wanted = _RETRY_AFTER.lower()
        raw = next((value for name, value in headers.items() if name.lower() == wanted), None)
        if isinstance(raw, list):
            raw = raw[0] if raw else None
        asked = parse_retry_after(str(raw)) if raw is not None else None
        if status == 503:
            return asked
        if status == 429:
            return asked if asked is not None else _BACKOFF * 2**attempt
        return None
