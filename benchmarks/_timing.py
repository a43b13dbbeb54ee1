"""Timing helpers shared by the benchmarks: interleaved rounds, bounded in count and in time."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def interleaved(contenders: dict[str, Callable[[], object]], rounds: int, budget: float) -> dict[str, float]:
    """Median seconds per call of each contender, measured in alternating rounds.

    Alternating spreads the noise of a shared machine over all contenders alike; the loop stops
    after ``rounds`` rounds or ``budget`` seconds, whichever comes first.
    """
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    deadline = time.monotonic() + budget
    for _ in range(rounds):
        for name, call in contenders.items():
            started = time.perf_counter()
            call()
            samples[name].append(time.perf_counter() - started)
        if time.monotonic() > deadline:
            break
    return {name: statistics.median(values) for name, values in samples.items()}


def table(title: str, baseline: str, medians: dict[str, float], goal: str) -> str:
    """Rows of median time and ratio to the baseline, for printing."""
    lines = [title, f"  {'':38} {'median':>10} {'ratio':>8}"]
    for name, value in medians.items():
        lines.append(f"  {name:38} {value * 1e3:8.3f}ms {value / medians[baseline]:7.2f}x")
    lines.append(f"  goal: {goal}")
    return "\n".join(lines)
