"""Timing rows as a table: whatever keys the timing records carry, the usual ones first, nested
values flattened to `parent.child` columns so any row shape shows."""
from __future__ import annotations

import json

LEADING_COLUMNS = ("name", "kernel", "unit", "label", "framework", "method", "device", "target",
                   "repeats", "median_s", "min_s", "mean_s", "iqr_s", "spread", "q1_s", "q3_s")


def _flatten(row: dict, prefix: str = "") -> dict:
    flat: dict = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, name + "."))
        elif isinstance(value, (list, tuple)):
            flat[name] = json.dumps(value) if len(json.dumps(value)) <= 200 else f"[{len(value)} values]"
        else:
            flat[name] = value
    return flat


def timing_table(timings: list[dict]) -> tuple[list[str], list[dict]]:
    """(columns, rows): columns in LEADING_COLUMNS order, then in order of first appearance."""
    rows = [_flatten(t) for t in timings if isinstance(t, dict)]
    seen: dict[str, None] = {}
    for row in rows:
        for key in row:
            seen.setdefault(key, None)
    columns = [c for c in LEADING_COLUMNS if c in seen] + [c for c in seen if c not in LEADING_COLUMNS]
    return columns, [{c: row.get(c) for c in columns} for row in rows]
