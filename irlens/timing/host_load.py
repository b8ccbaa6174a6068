"""How busy the rest of the machine was while a path was timed: the CPU time other processes
(and the hypervisor, as steal) took, as a share of the machine's. On a small host a compile or a
test run beside the benchmark inflates every figure, often by far more than the rows' IQR shows
(OpenMP threads that wait for a descheduled peer stall for whole scheduler slices), so the report
warns instead of printing such figures as if the host had been idle. Linux only (/proc)."""
from __future__ import annotations

import os

BUSY_WARNING = 0.15  # others took more than this share of all CPUs: the figures are suspect
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _machine_busy_and_total_s() -> tuple[float, float] | None:
    """CPU seconds all CPUs spent busy (steal included) and in all, since boot."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    total = sum(fields[:8])  # user nice system idle iowait irq softirq steal (guest is within user)
    return (total - idle) / _TICKS, total / _TICKS


def _own_cpu_s() -> float:
    """CPU seconds of this process's threads and of the children it waited for (a compiler run)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


class OtherLoad:
    """Reads, at each call of `since_last()`, the share of the machine's CPU time that others used
    since the previous call (or since it was made)."""

    def __init__(self):
        self._last = self._read()

    @staticmethod
    def _read():
        machine = _machine_busy_and_total_s()
        return None if machine is None else (machine, _own_cpu_s())

    def since_last(self) -> float | None:
        now = self._read()
        last, self._last = self._last, now
        if now is None or last is None:
            return None
        (busy1, total1), own1 = now
        (busy0, total0), own0 = last
        if total1 <= total0:
            return None
        return max(0.0, min(1.0, ((busy1 - busy0) - (own1 - own0)) / (total1 - total0)))


def busy_warning(rows: list[dict]) -> str | None:
    """One line when other processes took a large share of the host while these rows were timed."""
    worst = max((r["host_busy"] for r in rows if r.get("host_busy") is not None), default=None)
    if worst is None or worst <= BUSY_WARNING:
        return None
    return (f"other processes used {worst:.0%} of the host's CPU time while these were timed; "
            "the figures may be inflated: run again on an idle machine")
