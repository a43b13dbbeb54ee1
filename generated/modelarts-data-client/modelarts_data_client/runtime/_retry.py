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
from collections.abc import Callable
from datetime import UTC, datetime

import attrs
import httpx

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
    value = response.headers.get("retry-after")
    if value is None:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max((when - datetime.now(UTC)).total_seconds(), 0.0)


class _Attempts:
    """The bookkeeping one request's retries share between the sync and async transports."""

    def __init__(self, retry: Retry, request: httpx.Request, rng: random.Random) -> None:
        self.retry, self.rng, self.started, self.waited = retry, rng, time.monotonic(), 0.0
        self.limit = retry.attempts if request.method in _IDEMPOTENT else 1

    def wait_after(self, attempt: int, response: httpx.Response | None) -> float | None:
        """Seconds to wait before the next try, or None when this outcome is final."""
        if attempt >= self.limit or (
            response is not None and response.status_code not in self.retry.statuses
        ):
            return None
        delay = self.retry.delay(attempt, response, self.rng)
        spent = max(time.monotonic() - self.started, self.waited)
        if spent + delay > self.retry.total:
            return None
        self.waited += delay
        return delay


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
        sleep: Callable[[float], None] = time.sleep,
        auth: httpx.Auth | None = None,
    ) -> None:
        self.inner, self.retry, self.sleep, self.rng = inner, retry, sleep, random.Random()
        self.auth = auth

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(self.retry, request, self.rng)
        attempt = 1
        while True:
            if attempt > 1:
                request = _signed_again(self.auth, request)
            try:
                response = self.inner.handle_request(request)
                response.read()  # a connection cut mid-body is retried too, not left to the caller
            except httpx.TransportError:
                delay = attempts.wait_after(attempt, None)
                if delay is None:
                    raise
            else:
                delay = attempts.wait_after(attempt, response)
                if delay is None:
                    return response
                response.close()
            self.sleep(delay)
            attempt += 1

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The asynchronous twin of :class:`RetryTransport`."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        retry: Retry,
        sleep: Callable[[float], object] | None = None,
        auth: httpx.Auth | None = None,
    ):
        self.inner, self.retry, self.rng = inner, retry, random.Random()
        self.sleep = sleep or asyncio.sleep
        self.auth = auth

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(self.retry, request, self.rng)
        attempt = 1
        while True:
            if attempt > 1:
                request = await _async_signed_again(self.auth, request)
            try:
                response = await self.inner.handle_async_request(request)
                await response.aread()
            except httpx.TransportError:
                delay = attempts.wait_after(attempt, None)
                if delay is None:
                    raise
            else:
                delay = attempts.wait_after(attempt, response)
                if delay is None:
                    return response
                await response.aclose()
            await self.sleep(delay)  # type: ignore[misc]
            attempt += 1

    async def aclose(self) -> None:
        await self.inner.aclose()
