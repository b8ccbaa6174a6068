"""The timing table `irlens bench` prints: one block per device and method, one line per path or kernel."""
from __future__ import annotations

from irlens.timing.harness import NO_GPU
from irlens.timing.host_load import BUSY_WARNING, busy_warning

KERNEL_NAME_WIDTH = 72
COLUMNS = ("path", "kernel", "median", "min", "IQR", "n", "GB/s", "TFLOP/s", "%peak BW", "%peak FLOP",
           "correct")


def format_seconds(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("us", 1e-6)):
        if seconds >= scale:
            return f"{seconds / scale:.3g} {unit}"
    # no clock here resolves below a hundredth of a nanosecond: a spread of 1e-18 s is rounding noise
    return f"{round(seconds / 1e-9, 2):.3g} ns"


def format_bytes(count: float) -> str:
    """`3.41 MB`, `192 B`: decimal units, three significant digits."""
    for unit, size in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if count >= size:
            return f"{count / size:.3g} {unit}"
    return f"{count:.3g} B"


def _spread(row: dict) -> str:
    """The IQR, or `< 32 ns` where it is below the step the samples move in."""
    iqr, step = row.get("iqr_s"), row.get("tick_s")
    if iqr is not None and step and iqr < step:
        return f"< {format_seconds(step)}"
    return format_seconds(iqr)


def _number(value: float | None, digits: str = ".3g") -> str:
    if value is None:
        return "-"
    return f"{value:.0f}" if abs(value) >= 1000 else format(value, digits)  # 1070 GB/s, not 1.07e+03


def _percent(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value * 100:.0f}%" if abs(value) >= 10 else f"{value * 100:.1f}%"  # 5150%, not 5150.0%


def _correct(value) -> str:
    return "-" if value is None else ("yes" if value else "WRONG")


def short_kernel_name(name: str, width: int = KERNEL_NAME_WIDTH) -> str:
    """A library kernel's C++ name as a table cell: no return type or parameter list, and template
    arguments only where they are short and plain (cuBLAS and ATen names run to 400 characters),
    cut in the middle to `width`; the row keeps the full name. `void at::native::vectorized_elementwise_kernel<4,
    ...lambda...>(int, ...)` becomes `at::native::vectorized_elementwise_kernel<…>`,
    `void cutlass::Kernel2<cutlass_80_simt_sgemm_64x64_8x5_tn_align1>(...)` keeps its argument;
    Triton's and XLA's names stay as they are."""
    text, depth, opened = "", 0, 0
    name = name.removeprefix("void ")
    for i, ch in enumerate(name):
        if ch == "<":
            depth += 1
            opened = i if depth == 1 else opened
        elif ch == ">" and depth:
            depth -= 1
            if depth == 0:
                inner = name[opened + 1:i]
                text += f"<{inner}>" if len(inner) <= 48 and "(" not in inner and "<" not in inner else "<…>"
        elif not depth:
            text += ch
    if text.endswith(")"):  # the parameter list: from the "(" that closes last
        depth = 0
        for i in range(len(text) - 1, 0, -1):
            depth += {")": 1, "(": -1}.get(text[i], 0)
            if depth == 0:
                text = text[:i]
                break
    if len(text) <= width:
        return text
    # cut in the middle: cuBLAS tells its variants apart at the end (`…execute_kernel__5x_cublas`
    # against `…execute_split_k_kernel__5x_cublas`, both launched for one mm on the H200)
    head = width // 2
    return text[:head] + "…" + text[len(text) - (width - head - 1):]


def _kernel_cell(row: dict) -> str:
    """The kernel's name, with how many times one run calls it when that is not once (its times
    are per call)."""
    if not row.get("kernel"):
        return "(end to end)"
    calls = row.get("calls_per_run")
    return short_kernel_name(row["kernel"]) + (f" (x{calls:g} per run)" if calls and calls != 1 else "")


def row_cells(row: dict) -> list[str]:
    """One measured row as the table's cells, in COLUMNS order."""
    return [row.get("path") or "-", _kernel_cell(row), format_seconds(row.get("median_s")),
            format_seconds(row.get("min_s")), _spread(row), str(row.get("repeats") or "-"),
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
        heading += " · clocks: " + clocks_text(clocks)
    return heading


def clocks_text(clocks: dict) -> str:
    """nvidia-smi's clocks as read after a path's timed runs: 'SM 1980 MHz (max 1980), memory
    3201 MHz (max 3201)'; a clock under its max is a card that was not at its boost clock."""
    parts, named = [], set()
    for unit, label in (("sm", "SM"), ("mem", "memory")):
        now, top = f"clocks_{unit}_mhz", f"clocks_max_{unit}_mhz"
        named |= {now, top}
        if now in clocks:
            parts.append(f"{label} {clocks[now]} MHz" + (f" (max {clocks[top]})" if top in clocks else ""))
        elif top in clocks:
            parts.append(f"{label} max {clocks[top]} MHz")
    return ", ".join(parts + [f"{k.removesuffix('_mhz')} {v} MHz" for k, v in clocks.items() if k not in named])


def _bytes_counted(rows: list[dict]) -> str | None:
    """Where each path's byte count comes from, and how many bytes: GB/s is bytes over time, so
    two paths whose bytes were counted differently (unfused against fused) are not comparable on
    GB/s; their times are."""
    counted = {}
    for row in rows:
        if row.get("bytes") and row.get("bytes_source") and not row.get("kernel"):
            counted.setdefault(row.get("path"), f"{format_bytes(row['bytes'])}, {row['bytes_source']}")
    if not counted:
        return None
    return "bytes per run: " + "; ".join(f"{path}: {what}" for path, what in counted.items())


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
        peak = next((r for r in group if r.get("peak_tflop_per_s")), group[0])
        if peak.get("peak_gb_per_s"):
            compute = (f", {peak['peak_tflop_per_s']:g} TFLOP/s ({peak.get('peak_compute_kind')})"
                       if peak.get("peak_tflop_per_s") else "")  # no FLOP count, no compute peak to hold it to
            source = f"; {peak['peak_source']}" if peak.get("peak_source") else ""
            heading.append(f"peaks: {peak['peak_gb_per_s']:g} GB/s{compute}{source}")
        counted = _bytes_counted(group)
        if counted:
            heading.append(counted)
        out.append((heading, group))
    return out


def _row_name(row: dict) -> str:
    return (f"{row.get('path')}" + (f" {row['kernel']}" if row.get("kernel") else "")
            + f" [{row.get('device_kind') or '?'}]")


def is_skipped(row: dict) -> bool:
    """Left out by design; bundles written before rows said so carry only the no-GPU reason."""
    return bool(row.get("skipped")) or row.get("error") == NO_GPU


def _failed_rows(rows: list[dict]) -> list[dict]:
    """The rows of paths or kernels that raised or gave a wrong result."""
    return [row for row in rows if row.get("error") and not is_skipped(row)]


def failed_lines(rows: list[dict]) -> list[str]:
    """One line per path or kernel that raised or gave a wrong result, with the reason."""
    return [f"{_row_name(row)}: {row['error']}" for row in _failed_rows(rows)]


def skipped_lines(rows: list[dict]) -> list[str]:
    """One line per figure left out by design (no GPU here, a path skipped on the CPU), with why."""
    return [f"{_row_name(row)}: {row['error']}" for row in rows if row.get("error") and is_skipped(row)]


def bench_failure(rows: list[dict]) -> str | None:
    """Why a bench run failed, in one line, or None: paths or kernels that raised or gave a wrong
    result (a figure skipped by design, such as a GPU column without a GPU, is no failure), or no
    figure measured at all."""
    failed = _failed_rows(rows)
    if failed:
        return f"{len(failed)} failed or wrong: " + ", ".join(dict.fromkeys(_row_name(row) for row in failed))
    if not any(row.get("median_s") is not None for row in rows):
        reasons = "; ".join(dict.fromkeys(row["error"] for row in rows if row.get("error")))
        return "nothing was measured" + (f": {reasons}" if reasons else "")
    return None


def kernel_summaries(rows: list[dict]) -> list[dict]:
    """For each path timed both end to end and kernel by kernel on one device: how many kernels
    (or ops) one run launches, the time they take (each kernel's median times its calls per run,
    added up) and that time's share of the end-to-end median; the rest is what runs between
    kernels (Python, dispatch, launches). The kernel times come from a profiled run, so the share
    can pass 100% by the profiler's own cost."""
    out = []
    for (kind, path) in dict.fromkeys((r.get("device_kind"), r.get("path")) for r in rows):
        mine = [r for r in rows if (r.get("device_kind"), r.get("path")) == (kind, path)
                and r.get("median_s") is not None]
        whole = next((r for r in mine if not r.get("kernel")), None)
        kernels = [r for r in mine if r.get("kernel")]
        if whole is None or not kernels:
            continue
        launches = sum(r.get("calls_per_run") or 1 for r in kernels)
        in_kernels = sum(r["median_s"] * (r.get("calls_per_run") or 1) for r in kernels)
        out.append({"path": path, "device_kind": kind, "kernels": len(kernels), "launches_per_run": launches,
                    "kernel_time_s": in_kernels, "end_to_end_s": whole["median_s"],
                    "share_in_kernels": in_kernels / whole["median_s"]})
    return out


# The unfused path each framework's compiled paths are measured against.
BASELINES = ("eager", "jax op-by-op")


def speedup_lines(rows: list[dict]) -> list[str]:
    """Per device: each compiled path's end-to-end median against the unfused baseline's (eager
    PyTorch, op-by-op JAX), as 'N x faster' or 'N x slower': the number fusion is about."""
    lines = []
    whole = [r for r in rows if not r.get("kernel") and r.get("median_s")]
    for base in (r for r in whole if r.get("path") in BASELINES):
        for row in whole:
            if row is base or row.get("path") in BASELINES or row.get("device_kind") != base.get("device_kind"):
                continue
            ratio = base["median_s"] / row["median_s"]
            verdict = f"{ratio:.2f}x faster" if ratio >= 1 else f"{1 / ratio:.2f}x slower"
            line = (f"{row['path']} [{row.get('device_kind')}]: {verdict} than {base['path']} "
                    f"({format_seconds(row['median_s'])} against {format_seconds(base['median_s'])}, medians)")
            spread = max(_relative_spread(row), _relative_spread(base))
            split = max((row, base), key=_median_over_min)
            busy = max((r.get("host_busy") or 0 for r in (row, base)), default=0)
            if spread > WIDE_SPREAD:
                line += (f"; but an IQR of {spread * 100:.0f}% of the median is too wide to rank them: "
                         "rerun on an idle machine")
            elif _median_over_min(split) > SPLIT_RUNS:
                line += (f"; but {split['path']}'s runs split: its median is {_median_over_min(split):.1f}x its "
                         f"fastest run ({format_seconds(split['min_s'])}), so most runs were slowed by something "
                         "else: rerun on an idle machine")
            elif busy > BUSY_WARNING:
                line += (f"; but other processes used {busy:.0%} of the host's CPU meanwhile: "
                         "rerun on an idle machine before trusting it")
            lines.append(line)
    return lines


# An IQR past half the median: the runs were disturbed (another process, a clock change) more than
# the paths differ, and a ratio of medians says little.
WIDE_SPREAD = 0.5
# A median past twice the fastest run: most runs were held up (a background compile, another
# process) while a few ran free, and the IQR alone can miss it (an H200 gave eager-like 37 us at best
# and a 134 us median with an IQR of 30%).
SPLIT_RUNS = 2.0
# Kernels take more than end to end past this: the profiled and the timed runs saw different loads
# (the profiler's own cost stays far below it).
INCONSISTENT_SHARE = 1.5


def _median_over_min(row: dict) -> float:
    return row["median_s"] / row["min_s"] if row.get("median_s") and row.get("min_s") else 1.0


def _relative_spread(row: dict) -> float:
    return (row.get("iqr_s") or 0) / row["median_s"] if row.get("median_s") else 0.0


def share_text(share: float) -> str:
    """The share of end to end spent in kernels, flagged where it cannot be right."""
    text = _percent(share)
    return text + ": inconsistent, the profiled and the timed runs saw different loads; rerun" \
        if share > INCONSISTENT_SHARE else text


def summary_lines(rows: list[dict]) -> list[str]:
    return [f"{s['path']} [{s['device_kind']}]: {s['launches_per_run']:g} call{'s' * (s['launches_per_run'] != 1)} "
            f"per run ({s['kernels']} distinct kernel{'s' * (s['kernels'] != 1)} or op{'s' * (s['kernels'] != 1)}), "
            f"{format_seconds(s['kernel_time_s'])} in them of "
            f"{format_seconds(s['end_to_end_s'])} end to end ({share_text(s['share_in_kernels'])})"
            for s in kernel_summaries(rows)]


def format_timings(rows: list[dict]) -> str:
    """A plain-text table: measured rows grouped by device and method, then what failed or was
    skipped, one line each."""
    if not rows:
        return "no timings\n"
    lines: list[str] = []
    for heading, group in measured_groups(rows):
        warning = busy_warning(group)
        lines += heading + ([f"warning: {warning}"] if warning else []) + _table(group) + [""]
    speedups = speedup_lines(rows)
    if speedups:
        lines.append("end to end against the unfused path:")
        lines += [f"  {line}" for line in speedups] + [""]
    summaries = summary_lines(rows)
    if summaries:
        lines.append("kernels per run (kernel medians from the profiled runs, times calls per run):")
        lines += [f"  {line}" for line in summaries] + [""]
    for title, problems in (("failed or wrong:", failed_lines(rows)), ("not measured:", skipped_lines(rows))):
        if problems:
            lines.append(title)
            lines += [f"  {line}" for line in problems]
    return "\n".join(lines).rstrip("\n") + "\n"
