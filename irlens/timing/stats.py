"""Summary statistics of repeated timings: the minimum, the median and the interquartile spread."""
from __future__ import annotations

from typing import Sequence


def quantile(sorted_samples: Sequence[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default, 'linear')."""
    if not sorted_samples:
        raise ValueError("quantile of no samples")
    position = (len(sorted_samples) - 1) * q
    low = int(position)
    high = min(low + 1, len(sorted_samples) - 1)
    return sorted_samples[low] + (sorted_samples[high] - sorted_samples[low]) * (position - low)


# Differences below this are float noise of unit conversions (us to s), not a clock's steps.
NOISE_S = 1e-11


def tick(ordered: Sequence[float]) -> float | None:
    """The smallest step between distinct samples: a clock's resolution shows as one (CUPTI on an
    H200 gave kernel times in steps of 32 ns), and a spread below it says only that it is below."""
    gaps = [b - a for a, b in zip(ordered, ordered[1:]) if b - a > NOISE_S]
    return min(gaps) if gaps else None


def summarize(samples_s: Sequence[float]) -> dict:
    """{"repeats", "min_s", "median_s", "q1_s", "q3_s", "iqr_s", "tick_s"} of timings in seconds."""
    if not samples_s:
        raise ValueError("no timing samples to summarize")
    ordered = sorted(float(s) for s in samples_s)
    q1, q3 = quantile(ordered, 0.25), quantile(ordered, 0.75)
    return {
        "repeats": len(ordered),
        "min_s": ordered[0],
        "median_s": quantile(ordered, 0.5),
        "q1_s": q1,
        "q3_s": q3,
        "iqr_s": q3 - q1,
        "tick_s": tick(ordered),
    }
