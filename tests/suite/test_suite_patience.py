"""Pushback: which responses are waited out, for how long, and when the run gives up."""

from __future__ import annotations

import time

import pytest

from modelarts_contracts._suite._patience import MAX_RETRIES, Patience, Refused, rate_limit_text


@pytest.mark.parametrize(
    ("status", "headers", "attempt", "expected"),
    [
        pytest.param(429, {"Retry-After": "2"}, 0, 2.0, id="429-waits-retry-after"),
        pytest.param(429, {}, 2, 2.0, id="429-without-retry-after-backs-off"),
        pytest.param(503, {"retry-after": ["1"]}, 0, 1.0, id="503-with-retry-after-waits"),
        pytest.param(503, {}, 0, None, id="503-without-retry-after-not-retried"),
        pytest.param(500, {"Retry-After": "1"}, 0, None, id="500-never-retried"),
        pytest.param(200, {}, 0, None, id="200-not-pushback"),
    ],
)
def test_delay_of_each_answer(
    status: int, headers: dict[str, object], attempt: int, expected: float | None
) -> None:
    """429 always and 503 with Retry-After are pushback; other statuses are answers to judge."""
    assert Patience.delay(status, headers, attempt) == expected


def test_waits_are_counted_per_operation() -> None:
    """A waited-out response is reported to on_retry with its operation and status."""
    seen: list[tuple[str | None, int]] = []
    patience = Patience(5.0, on_retry=lambda operation, status: seen.append((operation, status)))
    assert patience.wait(429, {"Retry-After": "0"}, 0, time.monotonic(), "listProcessorTasks")
    assert seen == [("listProcessorTasks", 429)]


def test_budget_exceeded_refuses_and_stays_refused() -> None:
    """A wait past the --timeout budget raises Refused, and every later request is refused at once."""
    patience = Patience(1.0)
    with pytest.raises(Refused, match="HTTP 429 on listExportTasks"):
        patience.wait(429, {"Retry-After": "30"}, 0, time.monotonic(), "listExportTasks")
    with pytest.raises(Refused):
        patience.pace()


def test_retries_are_bounded() -> None:
    """After MAX_RETRIES waits the next pushback is a refusal, however short the wait."""
    patience = Patience(60.0)
    with pytest.raises(Refused):
        patience.wait(429, {"Retry-After": "0"}, MAX_RETRIES, time.monotonic(), "showProcessorTask")


@pytest.mark.parametrize(
    ("per_second", "text"), [(5, "5/s"), (0.5, "30/m"), (None, None)], ids=["5-per-s", "half-per-s", "none"]
)
def test_rate_limit_in_schemathesis_terms(per_second: float | None, text: str | None) -> None:
    """--rate-limit N becomes schemathesis' rate-limit value."""
    assert rate_limit_text(per_second) == text
