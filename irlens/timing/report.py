"""The timing table `irlens bench` prints: one block per device and method, one line per path or kernel."""
from __future__ import annotations

COLUMNS = ("path", "kernel", "median", "min", "IQR", "n", "GB/s", "TFLOP/s", "%peak BW", "%peak FLOP",
           "correct")


def format_seconds(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("us", 1e-6)):
        if seconds >= scale:
            return f"{seconds / scale:.3g} {unit}"
    return f"{seconds / 1e-9:.3g} ns"


def _number(value: float | None, digits: str = ".3g") -> str:
    return "-" if value is None else format(value, digits)


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"


def _correct(value) -> str:
    return "-" if value is None else ("yes" if value else "WRONG")


def _kernel_cell(row: dict) -> str:
    """The kernel's name, with how many times one run calls it when that is not once (its times
    are per call)."""
    if not row.get("kernel"):
        return "(end to end)"
    calls = row.get("calls_per_run")
    return row["kernel"] + (f" (x{calls:g} per run)" if calls and calls != 1 else "")


def row_cells(row: dict) -> list[str]:
    """One measured row as the table's cells, in COLUMNS order."""
    return [row.get("path") or "-", _kernel_cell(row), format_seconds(row.get("median_s")),
            format_seconds(row.get("min_s")), format_seconds(row.get("iqr_s")), str(row.get("repeats") or "-"),
            _number(row.get("gb_per_s")), _number(row.get("tflop_per_s")), _percent(row.get("peak_fraction_bw")),
            _percent(row.get("peak_fraction_compute")), _correct(row.get("correct"))]


def _table(rows: list[dict]) -> list[str]:
    cells = [list(COLUMNS)] + [row_cells(r) for r in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(COLUMNS))]
    return ["  ".join(c.ljust(w) for c, w in zip(line, widths)).rstrip() for line in cells]


def _device_heading(row: dict) -> str:
    heading = f"device: {row.get('device') or '(none)'} [{row.get('device_kind') or '?'}]"
    clocks = row.get("clocks") or {}
    if clocks:
        heading += "  clocks: " + ", ".join(f"{k.removesuffix('_mhz')}={v} MHz" for k, v in clocks.items())
    return heading


def measured_groups(rows: list[dict]) -> list[tuple[list[str], list[dict]]]:
    """The measured rows grouped by device and method, in order of first appearance, each with
    its heading lines: the device (and clocks), the method, the peaks measured against."""
    groups: dict[tuple, list[dict]] = {}
    for row in rows:
        if row.get("median_s") is not None:
            groups.setdefault((row.get("device"), row.get("device_kind"), row.get("method")), []).append(row)
    out = []
    for (_, _, method), group in groups.items():
        heading = [_device_heading(group[0]), f"method: {method}"]
        peak = group[0]
        if peak.get("peak_gb_per_s"):
            heading.append(f"peaks: {peak['peak_gb_per_s']:g} GB/s, {peak.get('peak_tflop_per_s') or 0:g} TFLOP/s "
                           f"({peak.get('peak_compute_kind')})")
        out.append((heading, group))
    return out


def problem_lines(rows: list[dict]) -> list[str]:
    """One line per path or kernel that was not measured, or measured wrong, with the reason."""
    return [f"{row.get('path')}" + (f" {row['kernel']}" if row.get("kernel") else "")
            + f" [{row.get('device_kind') or '?'}]: {row['error']}" for row in rows if row.get("error")]


def format_timings(rows: list[dict]) -> str:
    """A plain-text table: measured rows grouped by device and method, then what failed or was
    skipped, one line each."""
    if not rows:
        return "no timings\n"
    lines: list[str] = []
    for heading, group in measured_groups(rows):
        lines += heading + _table(group) + [""]
    problems = problem_lines(rows)
    if problems:
        lines.append("not measured or wrong:")
        lines += [f"  {line}" for line in problems]
    return "\n".join(lines).rstrip("\n") + "\n"
