"""Timing helpers shared by the benchmarks: interleaved rounds, bounded in count and in time.

A ratio is taken within each round (contender and baseline measured back to back) and the median
of those paired ratios is reported, with their interquartile range: a slow phase of a shared
machine then slows both sides of a pair alike instead of shifting one median against the other.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

Samples = dict[str, list[float]]


def interleaved(contenders: dict[str, Callable[[], object]], rounds: int, budget: float) -> Samples:
    """Seconds per call of each contender, one call each per round, ``rounds`` rounds at most.

    Each round starts with the next contender in turn, so no contender always runs first (and
    pays, or skips, the cost of following another); the loop stops after ``rounds`` rounds or
    ``budget`` seconds, whichever comes first.
    """
    names = list(contenders)
    samples: Samples = {name: [] for name in names}
    deadline = time.monotonic() + budget
    for number in range(rounds):
        turn = number % len(names)
        for name in names[turn:] + names[:turn]:
            call = contenders[name]
            started = time.perf_counter()
            call()
            samples[name].append(time.perf_counter() - started)
        if time.monotonic() > deadline:
            break
    return samples


def table(title: str, baseline: str, samples: Samples, goal: str) -> str:
    """Rows of median time and of the median paired ratio to the baseline (with its IQR), for printing."""
    base = samples[baseline]
    lines = [f"{title} ({len(base)} rounds)", f"  {'':38} {'median':>10} {'ratio':>8}  {'ratio IQR':>13}"]
    for name, values in samples.items():
        ratios = [value / reference for value, reference in zip(values, base, strict=True)]
        low, _, high = statistics.quantiles(ratios, n=4)
        spread = f"{low:.2f}-{high:.2f}x" if name != baseline else ""
        median = statistics.median(values) * 1e3
        lines.append(f"  {name:38} {median:8.3f}ms {statistics.median(ratios):7.2f}x  {spread:>13}")
    lines.append(f"  goal: {goal}")
    return "\n".join(lines)
