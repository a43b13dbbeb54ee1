"""Fault injection: latency, 429/5xx answers with ``Retry-After``, and dropped connections."""

from __future__ import annotations

import asyncio
import logging
import random
import threading
import time
from typing import Any

from ._config import Faults

ASGIApp = Any


class DroppedConnection(Exception):
    """Raised after a response has started, so that the server closes the connection mid-body."""


class _QuietDrops(logging.Filter):
    """Keeps the server's log free of the tracebacks that dropping a connection on purpose causes."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], DroppedConnection))


logging.getLogger("uvicorn.error").addFilter(_QuietDrops())


class FaultInjector:
    """ASGI middleware: decides, request by request, whether the wrapped app gets to answer."""

    def __init__(self, app: ASGIApp, faults: Faults, error: Any) -> None:
        self.app, self._error = app, error
        self._lock = threading.Lock()
        self.faults = faults

    @property
    def faults(self) -> Faults:
        return self._faults

    @faults.setter
    def faults(self, faults: Faults) -> None:
        """New faults; request numbers count again from 1."""
        with self._lock:
            self._faults, self._count, self._rng = faults, 0, random.Random(faults.seed)

    def _is_faulty(self) -> Faults | None:
        with self._lock:
            faults = self._faults
            if not faults.active:
                return None
            self._count += 1
            hit = self._count in faults.requests or self._rng.random() < faults.fraction
            return faults if hit else None

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        faults = self._is_faulty() if scope["type"] == "http" and scope["path"].startswith("/v2/") else None
        if faults is None:
            await self.app(scope, receive, send)
            return
        if faults.latency:
            await asyncio.sleep(faults.latency)
        if faults.drop:
            await _drop(send)
        if faults.status is not None:
            await self._error(faults.status, "injected fault", retry_after=faults.retry_after)(
                scope, receive, send
            )
            return
        await self.app(scope, receive, send)


async def _drop(send: Any) -> None:
    """Start a response promising more body than is sent, then stop: the client sees a cut connection."""
    headers = [(b"content-type", b"application/json"), (b"content-length", b"4096")]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": b'{"count":', "more_body": True})
    raise DroppedConnection("connection dropped on purpose")


class RateLimit:
    """ASGI middleware: at most ``per_second`` requests to the operations a second, as the service's
    gateway limits callers; the rest get ``429 ModelArts.4395`` with ``Retry-After`` (spec D25)."""

    def __init__(self, app: ASGIApp, per_second: float | None, error: Any) -> None:
        self.app, self.per_second, self._error = app, per_second, error
        self._lock = threading.Lock()
        self._window, self._used = 0, 0

    def _admitted(self) -> bool:
        now = int(time.monotonic())
        with self._lock:
            if now != self._window:
                self._window, self._used = now, 0
            self._used += 1
            return self._used <= (self.per_second or 0)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        limited = self.per_second and scope["type"] == "http" and scope["path"].startswith("/v2/")
        if limited and not self._admitted():
            await self._error(429, "Too many dataset requests.", retry_after=1)(scope, receive, send)
            return
        await self.app(scope, receive, send)
