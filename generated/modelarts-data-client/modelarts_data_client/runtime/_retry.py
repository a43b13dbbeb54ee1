"""Retries for idempotent requests: 429, 502, 503, 504 and connection errors, with backoff and jitter.

They live in an httpx transport, so every call (and every page of a walk) is retried the same
way, and a paginated walk never sees the failed attempts. ``Retry-After`` is honoured; attempts and
the total time spent are both bounded. ``Retry.off()`` turns retries off.

Given the client's ``auth``, the transport signs each retry afresh (a new ``X-Sdk-Date`` and
signature, as the official SDK does), so a stale date never reaches the server (D32).
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
from collections.abc import Awaitable, Callable, Generator
from datetime import UTC, datetime

import attrs
import httpx
from modelarts_data_client._facts import RETRY_AFTER_HEADER

from ._errors import ConfigurationError

_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS"})


@attrs.frozen
class Retry:
    """How to retry: up to ``attempts`` tries, ``backoff * 2**n`` apart (plus jitter, capped by
    ``max_delay``), never longer than ``total`` seconds in all."""

    attempts: int = 4
    backoff: float = 0.5
    max_delay: float = 30.0
    total: float = 60.0
    jitter: float = 0.25
    statuses: frozenset[int] = frozenset({429, 502, 503, 504})

    def __attrs_post_init__(self) -> None:
        """Refuse settings no retry loop can follow, with a ``ConfigurationError`` naming them."""
        if type(self.attempts) is not int or self.attempts < 1:
            raise ConfigurationError(f"Retry(attempts=...) must be an integer >= 1, not {self.attempts!r}")
        for name in ("backoff", "max_delay", "total", "jitter"):
            value = getattr(self, name)
            if type(value) not in (int, float) or value < 0:
                raise ConfigurationError(f"Retry({name}=...) must be a number >= 0, not {value!r}")
        if not isinstance(self.statuses, (set, frozenset)) or any(type(s) is not int for s in self.statuses):
            raise ConfigurationError(
                f"Retry(statuses=...) must be a set of HTTP status codes, not {self.statuses!r}"
            )

    @classmethod
    def off(cls) -> Retry:
        """One attempt, no retry."""
        return cls(attempts=1)

    def delay(self, attempt: int, response: httpx.Response | None, rng: random.Random) -> float:
        """Seconds to wait before try ``attempt + 1``: the server's ``Retry-After``, else backoff."""
        asked = _retry_after(response) if response is not None else None
        if asked is not None:
            return float(min(asked, self.max_delay))
        base = self.backoff * 2.0 ** (attempt - 1)
        return min(base * (1 + self.jitter * rng.random()), self.max_delay)


def _retry_after(response: httpx.Response) -> float | None:
    """``Retry-After`` in seconds, given as seconds or as an HTTP date; None when absent or unreadable."""
    value = response.headers.get(RETRY_AFTER_HEADER)
    if value is None:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max((when - datetime.now(UTC)).total_seconds(), 0.0)


Outcome = httpx.Response | httpx.TransportError


def _schedule(retry: Retry, request: httpx.Request, rng: random.Random) -> Generator[float, Outcome, None]:
    """Every retry decision for one request: sent each try's outcome, yields the seconds to wait
    before the next try, and returns when the outcome is final (a success, an answer not worth
    retrying, or the attempts or the time spent). The transports only drive it."""
    limit = retry.attempts if request.method in _IDEMPOTENT else 1
    started, waited, attempt = time.monotonic(), 0.0, 1
    outcome = yield 0.0  # the first try goes out at once
    while attempt < limit:
        response = outcome if isinstance(outcome, httpx.Response) else None
        if response is not None and response.status_code not in retry.statuses:
            return
        delay = retry.delay(attempt, response, rng)
        if max(time.monotonic() - started, waited) + delay > retry.total:
            return
        waited += delay
        outcome = yield delay
        attempt += 1


def _decide(schedule: Generator[float, Outcome, None], outcome: Outcome) -> float | None:
    """The seconds to wait before the next try, or None when ``outcome`` is final."""
    try:
        return schedule.send(outcome)
    except StopIteration:
        return None


def _final(outcome: Outcome) -> httpx.Response:
    """The response to give the caller, or the network error to raise."""
    if isinstance(outcome, httpx.Response):
        return outcome
    raise outcome


def _signed_again(auth: httpx.Auth | None, request: httpx.Request) -> httpx.Request:
    """``request`` signed anew by ``auth`` (first step of its flow), or as it is without one."""
    if auth is None:
        return request
    flow = auth.sync_auth_flow(request)
    try:
        return next(flow)
    finally:
        flow.close()


async def _async_signed_again(auth: httpx.Auth | None, request: httpx.Request) -> httpx.Request:
    """The asynchronous twin of :func:`_signed_again`."""
    if auth is None:
        return request
    flow = auth.async_auth_flow(request)
    try:
        return await flow.__anext__()
    finally:
        await flow.aclose()


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport and retries what :class:`Retry` says is worth retrying, re-signed by ``auth``."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        retry: Retry,
        sleep: Callable[[float], object] = time.sleep,
        auth: httpx.Auth | None = None,
    ) -> None:
        self.inner, self.retry, self.sleep, self.rng = inner, retry, sleep, random.Random()
        self.auth = auth

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        schedule = _schedule(self.retry, request, self.rng)
        next(schedule)
        while True:
            outcome = self._try(request)
            delay = _decide(schedule, outcome)
            if delay is None:
                return _final(outcome)
            self.sleep(delay)
            request = _signed_again(self.auth, request)

    def _try(self, request: httpx.Request) -> Outcome:
        """One try; the body is read, so a connection cut mid-body is retried too."""
        try:
            response = self.inner.handle_request(request)
            response.read()  # reading to the end also closes it
        except httpx.TransportError as exc:
            return exc
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The asynchronous driver of the same retry decisions as :class:`RetryTransport`."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        retry: Retry,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        auth: httpx.Auth | None = None,
    ):
        self.inner, self.retry, self.sleep, self.rng = inner, retry, sleep, random.Random()
        self.auth = auth

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        schedule = _schedule(self.retry, request, self.rng)
        next(schedule)
        while True:
            outcome = await self._try(request)
            delay = _decide(schedule, outcome)
            if delay is None:
                return _final(outcome)
            await self.sleep(delay)
            request = await _async_signed_again(self.auth, request)

    async def _try(self, request: httpx.Request) -> Outcome:
        """One try; the body is read, so a connection cut mid-body is retried too."""
        try:
            response = await self.inner.handle_async_request(request)
            await response.aread()  # reading to the end also closes it
        except httpx.TransportError as exc:
            return exc
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()
