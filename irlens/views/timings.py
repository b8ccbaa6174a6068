"""Timing rows as the app and the HTML report show them: the harness's rows grouped by device and
method like `irlens bench` prints them, what failed and what was not measured, the roofline, and each kernel's
time for the kernel list. Rows of another shape fall back to one flat table, nested values
flattened to `parent.child` columns."""
from __future__ import annotations

import json
from dataclasses import dataclass

from irlens.capturers.torch_fusion import library_callee
from irlens.fusion import kind_label
from irlens.parsers.hlo import kernel_symbol
from irlens.timing.host_load import busy_warning
from irlens.timing.report import (COLUMNS, failed_lines, format_seconds, kernel_summaries, measured_groups,
                                  row_cells, share_text, short_kernel_name, skipped_lines, speedup_lines)
from irlens.timing.roofline import roofline_chart_spec, roofline_points

LEADING_COLUMNS = ("name", "kernel", "unit", "label", "framework", "method", "device", "target",
                   "repeats", "median_s", "min_s", "mean_s", "iqr_s", "spread", "q1_s", "q3_s")


@dataclass(frozen=True)
class TimingSection:
    heading: list[str]      # device, method, peaks, bytes counted
    columns: list[str]
    rows: list[dict]        # column -> the cell as `irlens bench` prints it
    warning: str | None     # other processes took the host while these were timed (host_load)


def is_harness_row(row) -> bool:
    return isinstance(row, dict) and "path" in row and "median_s" in row


def timing_sections(timings: list[dict]) -> list[TimingSection]:
    rows = [r for r in timings if is_harness_row(r)]
    return [TimingSection(heading, list(COLUMNS), [dict(zip(COLUMNS, row_cells(r))) for r in group],
                          busy_warning(group))
            for heading, group in measured_groups(rows)]


def kernel_summary_table(timings: list[dict]) -> list[dict]:
    """Per path: calls per run, time in kernels against end to end (report.kernel_summaries)."""
    return [{"path": s["path"], "device": s["device_kind"], "calls per run": f"{s['launches_per_run']:g}",
             "distinct kernels or ops": s["kernels"], "in kernels": format_seconds(s["kernel_time_s"]),
             "end to end": format_seconds(s["end_to_end_s"]), "share": share_text(s["share_in_kernels"])}
            for s in kernel_summaries([r for r in timings if is_harness_row(r)])]


def speedups(timings: list[dict]) -> list[str]:
    """Each compiled path against the unfused one on the same device (report.speedup_lines)."""
    return speedup_lines([r for r in timings if is_harness_row(r)])


def failed(timings: list[dict]) -> list[str]:
    """Paths or kernels that raised or gave a wrong result, one line each with the reason."""
    return failed_lines([r for r in timings if is_harness_row(r)])


def not_measured(timings: list[dict]) -> list[str]:
    """Figures left out by design (no GPU here, a path skipped on the CPU), one line each."""
    return skipped_lines([r for r in timings if is_harness_row(r)])


def roofline(timings: list[dict]) -> dict | None:
    """The Vega-Lite roofline of the rows with both bytes and FLOPs, on a device with known
    peaks (a GPU's datasheet); None otherwise: points under no roof teach nothing."""
    rows = [r for r in timings if is_harness_row(r) and r.get("peak_gb_per_s")]
    return roofline_chart_spec(rows) if roofline_points(rows) else None


def off_the_roofline(timings: list[dict]) -> str:
    """The kernels of the roofline's rows that it cannot place: timed, with bytes (so a GB/s and a
    %peak BW) but no FLOP count (elementwise work, reductions, the copies between them)."""
    rows = [r for r in timings if is_harness_row(r) and r.get("peak_gb_per_s") and r.get("kernel")
            and r.get("gb_per_s") and not r.get("tflop_per_s") and not r.get("error")]
    names = list(dict.fromkeys(short_kernel_name(r["kernel"]) for r in rows))
    if not names:
        return ""
    shown = ", ".join(names[:MAX_NAMED]) + (f" and {len(names) - MAX_NAMED} more" if len(names) > MAX_NAMED else "")
    return f"{len(names)} kernel{'s' * (len(names) != 1)} ({shown})"


MAX_NAMED = 4


def kernel_times(timings: list[dict], unit: str) -> str | None:
    """The median time of each timed kernel that is this unit (a Triton kernel's unit is its
    name), as "path: time" joined; None when none was timed."""
    found = [f"{r['path']}: {format_seconds(r['median_s'])}" for r in timings
             if is_harness_row(r) and r.get("kernel") and r.get("median_s") is not None
             and (r["kernel"] == unit or kernel_symbol(unit.rsplit("/", 1)[-1]) == kernel_symbol(r["kernel"]))]
    return ", ".join(found) or None


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
    """(columns, rows) of the rows that are not the harness's, whatever their shape: columns in
    LEADING_COLUMNS order, then in order of first appearance."""
    rows = [_flatten(t) for t in timings if isinstance(t, dict) and not is_harness_row(t)]
    seen: dict[str, None] = {}
    for row in rows:
        for key in row:
            seen.setdefault(key, None)
    columns = [c for c in LEADING_COLUMNS if c in seen] + [c for c in seen if c not in LEADING_COLUMNS]
    return columns, [{c: row.get(c) for c in columns} for row in rows]


_LAUNCH_FACTS = ("num_warps", "num_stages", "shared", "registers", "num_regs", "spills")


def _device_kind(backend: str) -> str:
    return "cpu" if backend == "cpu" else "cuda"


def other_device_note(capture, backend: str) -> str | None:
    """Where a capture has both backends and its timings ran on one device: that the other
    backend's kernels were not timed, and where the figures come from."""
    from irlens.render import has_both_backends

    devices = {r.get("device_kind"): r.get("device") for r in capture.timings
               if is_harness_row(r) and r.get("median_s") is not None}
    if not devices or _device_kind(backend) in devices or not has_both_backends(capture):
        return None
    where = ", ".join(f"{name} [{kind}]" for kind, name in devices.items())
    return f"The {backend.upper()} output was not timed: every figure above ran on {where}."


def kernel_list(capture, backend: str) -> list[dict]:
    """The kernels of the chosen backend with the median each was timed at: from the backend's
    fusion map where there is one (Inductor's C++ or Triton kernels and the library calls it
    kept, XLA's fusions), else the capture's kernels (Triton), with their launch facts."""
    from irlens.views.pipeline import stage_records

    rows = []
    maps = [r.metadata["fusion_map"] for r in stage_records(capture, "fusion", backend)
            if r.ok and r.metadata.get("fusion_map")]
    kernels = [(k["name"], {"kind": kind_label(k), "ops": len(k.get("nodes", []))}) for m in maps for k in m["kernels"]]
    on_this_device = any(is_harness_row(r) and r.get("kernel") and r.get("median_s") is not None
                         and r.get("device_kind") == _device_kind(backend) for r in capture.timings)
    for name, facts in kernels or [(unit, {}) for unit in capture.units()]:
        row = {"kernel": name, **facts}
        timed = kernel_times(capture.timings, name)
        if timed is None and facts.get("kind") == "extern" and on_this_device:
            # on the host the profiler names the aten op the call runs (aten::addmm); on a GPU the
            # library's own kernels (cuBLAS, CUTLASS), not Inductor's call
            op = f"aten::{library_callee(name)}"
            as_op = kernel_times([r for r in capture.timings if r.get("device_kind") == "cpu"], op)
            timed = f"{as_op} (as {op})" if as_op and backend == "cpu" else \
                "a library call: its kernels are timed under their own names above"
        row["timed (median)"] = timed
        for r in capture.select(unit=name):
            for key in _LAUNCH_FACTS:
                if isinstance(r.metadata.get(key), (int, float)):
                    row.setdefault(key, r.metadata[key])
        rows.append(row)
    return rows
