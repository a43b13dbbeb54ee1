"""Fault injection: statuses with Retry-After, latency, dropped connections, by number or by share."""

from __future__ import annotations

import time

import httpx
import pytest

from modelarts_contracts._mock import Faults, RunningMock

from .conftest import Get


@pytest.fixture(autouse=True)
def no_faults_after(mock: RunningMock) -> None:
    """Each test leaves the shared mock without faults."""
    mock.faults = Faults()


def test_status_on_given_request_numbers(get: Get, mock: RunningMock) -> None:
    """Requests 2 and 3 get 503 with Retry-After and the error body; the others are served."""
    mock.faults = Faults(status=503, retry_after=2, requests=frozenset({2, 3}))
    statuses = [get("/processor-tasks") for _ in range(4)]
    assert [r.status_code for r in statuses] == [200, 503, 503, 200]
    assert statuses[1].headers["retry-after"] == "2" and statuses[1].json()["error_code"]
    mock.faults = Faults()


def test_setting_faults_restarts_the_count(get: Get, mock: RunningMock) -> None:
    """New faults count requests from 1 again."""
    mock.faults = Faults(status=429, requests=frozenset({1}))
    assert get("/processor-tasks").status_code == 429
    mock.faults = Faults(status=429, requests=frozenset({1}))
    assert get("/processor-tasks").status_code == 429


def test_fraction_is_seeded_and_roughly_kept(get: Get, mock: RunningMock) -> None:
    """A fraction faults about that share of requests, the same ones for the same seed."""
    runs = []
    for _ in range(2):
        mock.faults = Faults(status=503, fraction=0.5, seed=11)
        runs.append([get("/processor-tasks").status_code for _ in range(40)])
    assert runs[0] == runs[1] and 10 <= runs[0].count(503) <= 30


def test_latency_delays_the_answer(get: Get, mock: RunningMock) -> None:
    """A faulty request with latency is answered normally, after the delay."""
    mock.faults = Faults(latency=0.3, requests=frozenset({1}))
    started = time.monotonic()
    assert get("/processor-tasks").status_code == 200
    assert time.monotonic() - started >= 0.3


def test_drop_cuts_the_connection_mid_response(get: Get, mock: RunningMock) -> None:
    """A dropped request starts a response and closes the connection: the client sees a protocol error."""
    mock.faults = Faults(drop=True, requests=frozenset({1}))
    with pytest.raises(httpx.RemoteProtocolError):
        get("/processor-tasks")
    assert get("/processor-tasks").status_code == 200
