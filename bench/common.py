"""Small helpers for the benchmarks: they print figures, they never assert."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def ms_per_call(fn: Callable[[], object], repeat: int = 60, warmup: int = 5) -> tuple[float, float]:
    """Median and p95 milliseconds per call."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def row(name: str, median: float, p95: float | None = None, unit: str = "ms") -> None:
    extra = f"   p95 {p95:7.2f} {unit}" if p95 is not None else ""
    print(f"  {name:<38} {median:8.2f} {unit}{extra}", flush=True)
