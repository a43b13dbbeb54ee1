"""Retries: which failures are retried, how long between tries, and where they stop."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable

import httpx
import pytest
from modelarts_data_client.runtime import (
    ApiError,
    AsyncRetryTransport,
    ModelArts,
    Retry,
    RetryTransport,
    TransportError,
)

from modelarts_contracts._mock import Faults, RunningMock


class _Script(httpx.BaseTransport):
    """Answers requests from a list of outcomes: a status, or an exception to raise."""

    def __init__(self, outcomes: list[int | Exception], headers: dict[str, str] | None = None) -> None:
        self.outcomes, self.headers, self.calls = list(outcomes), headers or {}, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return httpx.Response(outcome, headers=self.headers, json={"ok": outcome})


def _send(transport: httpx.BaseTransport, method: str = "GET") -> httpx.Response:
    with httpx.Client(transport=transport) as client:
        return client.request(method, "http://modelarts.test/v2/p/processor-tasks")


@pytest.mark.parametrize("status", [429, 502, 503, 504], ids=lambda s: f"{s}-retried")
def test_retriable_status_is_retried(status: int) -> None:
    """429, 502, 503 and 504 are tried again; the success that follows is returned."""
    script, waits = _Script([status, 200]), []
    assert _send(RetryTransport(script, Retry(), sleep=waits.append)).status_code == 200
    assert script.calls == 2 and len(waits) == 1


@pytest.mark.parametrize("status", [400, 401, 403, 404, 500], ids=lambda s: f"{s}-not-retried")
def test_other_status_is_not_retried(status: int) -> None:
    """Client errors and a plain 500 are answers, not retried."""
    script = _Script([status, 200])
    assert _send(RetryTransport(script, Retry(), sleep=lambda _: None)).status_code == status
    assert script.calls == 1


def test_connection_errors_are_retried_then_raised() -> None:
    """Connection errors are retried up to the attempt limit, then the last one is raised."""
    failure = httpx.ConnectError("refused")
    script = _Script([failure, failure, failure])
    with pytest.raises(httpx.ConnectError):
        _send(RetryTransport(script, Retry(attempts=3), sleep=lambda _: None))
    assert script.calls == 3


def test_retry_after_is_honoured() -> None:
    """The wait before the next try is the server's Retry-After, capped by max_delay."""
    waits: list[float] = []
    _send(
        RetryTransport(_Script([503, 503, 200], {"Retry-After": "7"}), Retry(max_delay=5), sleep=waits.append)
    )
    assert waits == [5.0, 5.0]


def test_backoff_grows_exponentially_with_bounded_jitter() -> None:
    """Without Retry-After, waits double from `backoff`, each within the jitter band."""
    retry = Retry(attempts=5, backoff=0.1, jitter=0.5, max_delay=10)
    waits = [retry.delay(attempt, None, random.Random(attempt)) for attempt in range(1, 5)]
    for attempt, wait in enumerate(waits, start=1):
        base = 0.1 * 2 ** (attempt - 1)
        assert base <= wait <= base * 1.5


def test_total_time_bounds_the_retries() -> None:
    """A retry whose wait would pass the total budget is not made: the last answer is returned."""
    script = _Script([503, 503, 503], {"Retry-After": "2"})
    response = _send(RetryTransport(script, Retry(attempts=3, total=3), sleep=lambda _: None))
    assert response.status_code == 503 and script.calls == 2


def test_retry_off_tries_once() -> None:
    """Retry.off() makes exactly one attempt."""
    script = _Script([503, 200])
    assert _send(RetryTransport(script, Retry.off(), sleep=lambda _: None)).status_code == 503
    assert script.calls == 1


def test_non_idempotent_method_is_not_retried() -> None:
    """Only idempotent methods are retried; a POST gets its first answer."""
    script = _Script([503, 200])
    assert _send(RetryTransport(script, Retry(), sleep=lambda _: None), method="POST").status_code == 503


def test_async_transport_retries_the_same_way() -> None:
    """AsyncRetryTransport retries a 429 and returns the success."""
    calls: list[int] = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(429 if len(calls) == 1 else 200, headers={"Retry-After": "0"})

    async def scenario() -> int:
        async with httpx.AsyncClient(
            transport=AsyncRetryTransport(httpx.MockTransport(answer), Retry())
        ) as client:
            return (await client.get("http://modelarts.test/")).status_code

    assert asyncio.run(scenario()) == 200 and len(calls) == 2


def test_client_surfaces_exhausted_retries_as_api_error(
    connect: Callable[..., ModelArts], mock: RunningMock
) -> None:
    """When every try gets 503, the client raises ApiError with the status, code and request id."""
    client = connect(retry=Retry(attempts=2, backoff=0.001))
    mock.faults = Faults(status=503, retry_after=0, fraction=1.0)
    with pytest.raises(ApiError) as caught:
        client.list_tasks()
    assert caught.value.status_code == 503 and caught.value.request_id


def test_client_surfaces_exhausted_connection_errors_as_transport_error(
    connect: Callable[..., ModelArts], mock: RunningMock
) -> None:
    """When every try has its connection cut, the client raises TransportError, not an httpx error."""
    client = connect(retry=Retry(attempts=2, backoff=0.001))
    mock.faults = Faults(drop=True, fraction=1.0)
    with pytest.raises(TransportError, match="RemoteProtocolError"):
        client.list_tasks()
