"""Retries sign each attempt afresh (D32): a new X-Sdk-Date and signature, checked by a loopback server."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from modelarts_data_client.runtime import AsyncModelArts, ModelArts, Retry
from starlette.requests import Request

from modelarts_contracts._mock._signature import SignatureError, verify

from . import _bodies
from ._served import scripted
from .conftest import PROJECT

AK, SK = "RETRYACCESSKEY", "retry-secret-key"


@pytest.fixture
def served() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """A loopback server answering 503 (Retry-After: 1) first, then the task, recording each attempt."""
    attempts: list[dict[str, Any]] = []

    def answer(request: Request) -> tuple[int, dict[str, str], Any]:
        headers = {name.lower(): value for name, value in request.headers.items()}
        raw = (request.method, request.scope["raw_path"].decode(), request.scope["query_string"].decode())
        try:
            verify((*raw, headers), (AK, SK), datetime.now(UTC), date_tolerance=900)
            valid = True
        except SignatureError:
            valid = False
        attempts.append(
            {"date": headers.get("x-sdk-date"), "auth": headers.get("authorization"), "ok": valid}
        )
        if len(attempts) == 1:
            return 503, {"Retry-After": "1"}, {"error_code": "APIGW.0308", "error_msg": "busy"}
        return 200, {}, _bodies.body("showProcessorTask")

    with scripted() as (url, app):
        app.answer = answer
        yield url, attempts


def _options(url: str) -> dict[str, Any]:
    return {"endpoint": url, "project_id": PROJECT, "ak": AK, "sk": SK, "retry": Retry(attempts=2)}


def _check(attempts: list[dict[str, Any]]) -> None:
    assert len(attempts) == 2 and all(attempt["ok"] for attempt in attempts), attempts
    assert attempts[0]["date"] != attempts[1]["date"]
    assert attempts[0]["auth"] != attempts[1]["auth"]


def test_sync_retry_is_signed_afresh(served: tuple[str, list[dict[str, Any]]]) -> None:
    """After a 503 with Retry-After, the sync client's retry carries a new date and a valid new signature."""
    with ModelArts(**_options(served[0])) as client:
        client.get_task("task-1")
    _check(served[1])


def test_async_retry_is_signed_afresh(served: tuple[str, list[dict[str, Any]]]) -> None:
    """The async client re-signs its retry the same way."""

    async def call() -> None:
        async with AsyncModelArts(**_options(served[0])) as client:
            await client.get_task("task-1")

    asyncio.run(call())
    _check(served[1])
