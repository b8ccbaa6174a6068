"""The timing harness: timers for the host and CUDA, the timing row every path reports, the
correctness check against a reference, and `bench_file`, which the capture process calls."""
from __future__ import annotations

import math
import time
from pathlib import Path
from typing import Callable

from irlens.errors import describe_exception
from irlens.timing.devices import Device
from irlens.timing.host_load import OtherLoad
from irlens.timing.roofline import throughput_fields
from irlens.timing.stats import summarize

NO_GPU = "no GPU present"
WARMUP = 10
HOST_WARMUP_S = 0.2
TIME_BUDGET_S = 20.0          # per path: a slow model gets fewer repeats, and the row says how many
L2_FLUSH_BYTES = 256 * 2**20  # at least this, and at least twice the device's L2 (H100: 50 MiB)

ROW_FIELDS = ("path", "kernel", "device", "device_kind", "method", "repeats", "min_s", "median_s",
              "q1_s", "q3_s", "iqr_s", "tick_s", "bytes", "bytes_source", "flops", "flops_source", "gb_per_s",
              "tflop_per_s", "arithmetic_intensity", "peak_gb_per_s", "peak_tflop_per_s",
              "peak_compute_kind", "peak_source", "peak_fraction_bw", "peak_fraction_compute", "correct",
              "max_abs_err", "clocks", "calls_per_run", "error", "skipped", "host_busy")


def empty_row(path: str, kernel: str | None, device: Device | None, kind: str | None = None) -> dict:
    row = dict.fromkeys(ROW_FIELDS)
    row.update(path=path, kernel=kernel, device=device.name if device else None,
               device_kind=device.kind if device else kind,
               clocks=(device.clocks_now() or None) if device else None)
    return row


def failed_row(path: str, kernel: str | None, device: Device | None, error: str,
               kind: str | None = None) -> dict:
    row = empty_row(path, kernel, device, kind)
    row["error"] = error
    return row


def skipped_row(path: str, kernel: str | None, device: Device | None, reason: str,
                kind: str | None = None) -> dict:
    """A figure not measured by design (no GPU here, a path left out on the CPU): unlike a failed
    row, it does not make `irlens bench` fail."""
    row = failed_row(path, kernel, device, reason, kind)
    row["skipped"] = True
    return row


def no_gpu_row(path: str, kernel: str | None = None) -> dict:
    """A GPU figure that was not measured: never estimated from the host's."""
    return skipped_row(path, kernel, None, NO_GPU, kind="cuda")


def measured_row(path: str, kernel: str | None, device: Device, method: str, samples_s: list[float], *,
                 bytes_moved: float | None = None, bytes_source: str | None = None,
                 flops: float | None = None, flops_source: str | None = None,
                 compute_peak: tuple[float, str] | None = None) -> dict:
    row = empty_row(path, kernel, device)
    row.update(summarize(samples_s))
    row.update(method=method, bytes=bytes_moved, bytes_source=bytes_source if bytes_moved else None,
               flops=flops, flops_source=flops_source if flops else None)
    row.update(throughput_fields(row["median_s"], bytes_moved, flops, device.peaks, compute_peak))
    return row


def kernel_rows(path: str, device: Device, method: str, runs: int,
                profile: Callable[[int], dict[str, list[float]]], nothing_found: str,
                figures: Callable[[str], dict] = lambda kernel: {}) -> list[dict]:
    """One row per kernel that `profile(runs)` timed ({kernel: seconds of each call}), with
    `figures(kernel)` (measured_row's bytes/FLOPs keywords) and how often one run calls it; one
    failed row when profiling fails or finds nothing."""
    try:
        durations = profile(runs)
    except Exception as exc:
        return [failed_row(path, "(kernels)", device, one_line(exc, doing="profiling kernels"))]
    if not durations:
        return [failed_row(path, "(kernels)", device, nothing_found)]
    rows = []
    for kernel, samples in durations.items():
        row = measured_row(path, kernel, device, method, samples, **figures(kernel))
        row["calls_per_run"] = len(samples) / runs
        rows.append(row)
    return rows


def one_line(exc: BaseException, user_file: Path | None = None, doing: str = "") -> str:
    return describe_exception(exc, str(user_file) if user_file else None, doing=doing)


# --- timers -----------------------------------------------------------------------------------------

def time_on_host(fn: Callable[[], object], repeats: int, warmup: int = WARMUP,
                 sync: Callable[[object], object] = lambda out: out,
                 before_each: Callable[[], object] | None = None,
                 budget_s: float = TIME_BUDGET_S) -> tuple[list[float], str]:
    """Wall-clock samples of fn() (sync(result) included), and the method in words. Warm-up runs
    for `warmup` calls and at least HOST_WARMUP_S: a host's thread pool and clocks settle slowly."""
    warm_until = time.perf_counter() + (HOST_WARMUP_S if warmup else 0.0)
    done = 0
    while done < warmup or (time.perf_counter() < warm_until and done < 100 * warmup):
        sync(fn())
        done += 1
    samples: list[float] = []
    deadline = time.perf_counter() + budget_s
    while len(samples) < max(1, repeats):
        if before_each is not None:
            before_each()
        start = time.perf_counter_ns()
        sync(fn())
        samples.append((time.perf_counter_ns() - start) / 1e9)
        if time.perf_counter() > deadline:
            break
    flushed = ", caches flushed" if before_each is not None else ", caches warm"
    warmed = f"warm-up {warmup} runs and {HOST_WARMUP_S:g} s" if warmup else "no warm-up"
    return samples, f"time.perf_counter_ns, {warmed}{flushed}"


def l2_flush_bytes(l2_bytes: int | None) -> int:
    """Bytes to rewrite so that nothing a timed run left in L2 survives: twice the L2, and never
    less than Triton's own 256 MiB (triton.testing.do_bench)."""
    return max(L2_FLUSH_BYTES, 2 * (l2_bytes or 0))


def cuda_l2_bytes(index: int | None = None) -> int | None:
    """The L2 size torch reports for a CUDA device (`L2_cache_size`, torch 2.0 and later)."""
    import torch

    props = torch.cuda.get_device_properties(torch.cuda.current_device() if index is None else index)
    return getattr(props, "L2_cache_size", None) or None


class CudaL2Flush:
    """Overwrites a buffer larger than L2 between repeats, so each run starts with a cold L2.
    A device-to-device copy_ of contiguous tensors is a cudaMemcpy, not a kernel, so profiles of
    the timed kernels can tell it apart."""

    def __init__(self, nbytes: int | None = None):
        import torch

        nbytes = nbytes or l2_flush_bytes(cuda_l2_bytes())
        self.nbytes = nbytes
        self.source = torch.empty(nbytes, dtype=torch.uint8, device="cuda")
        self.target = torch.empty_like(self.source)

    def __call__(self) -> None:
        self.target.copy_(self.source)


def time_on_cuda(fn: Callable[[], object], repeats: int, warmup: int = WARMUP, cuda_graphs: bool = False,
                 budget_s: float = TIME_BUDGET_S) -> tuple[list[float], str]:
    """CUDA-event samples of fn() with L2 flushed before each; optionally replayed from a CUDA graph.
    Launches are asynchronous, so a host clock cannot enforce the time budget: the warm-up runs
    are timed with events too, and the repeats are cut to what fits the budget."""
    import torch

    flush = CudaL2Flush()
    run = fn
    if cuda_graphs:
        stream = torch.cuda.Stream()
        stream.wait_stream(torch.cuda.current_stream())
        with torch.cuda.stream(stream):
            for _ in range(3):
                fn()
        torch.cuda.current_stream().wait_stream(stream)
        graph = torch.cuda.CUDAGraph()
        with torch.cuda.graph(graph):
            fn()
        run = graph.replay
    run()  # the first call may compile or autotune: host time the device events would count as idle
    torch.cuda.synchronize()
    warm_start, warm_end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
    warm_runs = max(1, warmup - 1)
    warm_start.record()
    for _ in range(warm_runs):
        run()
    warm_end.record()
    torch.cuda.synchronize()
    per_run_s = warm_start.elapsed_time(warm_end) / 1e3 / warm_runs
    count = max(1, repeats)
    if per_run_s > 0:
        count = max(1, min(count, int(budget_s / per_run_s)))
    starts = [torch.cuda.Event(enable_timing=True) for _ in range(count)]
    ends = [torch.cuda.Event(enable_timing=True) for _ in range(count)]
    for start, end in zip(starts, ends):
        flush()
        start.record()
        run()
        end.record()
    torch.cuda.synchronize()
    samples = [s.elapsed_time(e) / 1e3 for s, e in zip(starts, ends)]  # elapsed_time is in ms
    graphs = ", CUDA graph replay" if cuda_graphs else ""
    return samples, (f"CUDA events, L2 flushed ({flush.nbytes // 2**20} MiB rewritten before each), "
                     f"warm-up {warmup}{graphs}")


# --- correctness ------------------------------------------------------------------------------------

def tolerance_for(dtype_name: str, tf32: bool = False) -> tuple[float, float]:
    """(rtol, atol): compiled code may reorder reductions; half precision, and float32 matmuls
    run on TF32 tensor cores (10-bit mantissa), get more room."""
    if dtype_name in ("float16", "bfloat16") or (tf32 and dtype_name == "float32"):
        return 1e-2, 1e-2
    return 1e-3, 1e-3


def _leaves(value) -> list:
    if isinstance(value, dict):
        return [leaf for key in sorted(value, key=str) for leaf in _leaves(value[key])]
    if isinstance(value, (list, tuple)):
        return [leaf for item in value for leaf in _leaves(item)]
    return [value]


def _as_numpy(value):
    import numpy as np

    if hasattr(value, "detach"):  # a torch tensor
        value = value.detach().cpu()
        if value.is_floating_point() and value.element_size() < 8:  # bfloat16 has no numpy type; float64 stays
            value = value.float()
        return value.numpy()
    return np.asarray(value)


def compare_outputs(reference, candidate, rtol: float = 1e-3, atol: float = 1e-3) -> tuple[bool, float]:
    """(every output close to the reference, the largest absolute difference). A different
    structure or shape is wrong, with an infinite difference."""
    import numpy as np

    ref_leaves, got_leaves = _leaves(reference), _leaves(candidate)
    if len(ref_leaves) != len(got_leaves):
        return False, math.inf
    correct, worst = True, 0.0
    for ref, got in zip(ref_leaves, got_leaves):
        if ref is None or got is None:
            if ref is not got:
                return False, math.inf
            continue
        a, b = _as_numpy(ref), _as_numpy(got)
        if a.shape != b.shape:
            return False, math.inf
        if a.size == 0:
            continue
        a64, b64 = a.astype(np.float64), b.astype(np.float64)
        both_nan = np.isnan(a64) & np.isnan(b64)
        diff = np.where(both_nan, 0.0, np.abs(a64 - b64))
        worst = max(worst, float(np.nanmax(np.where(np.isnan(diff), np.inf, diff))))
        if not np.all(diff <= atol + rtol * np.abs(a64)):
            correct = False
    return correct, worst


def with_correctness(row: dict, reference, candidate, rtol: float, atol: float) -> dict:
    correct, worst = compare_outputs(reference, candidate, rtol, atol)
    row.update(correct=correct, max_abs_err=worst if math.isfinite(worst) else None)
    if not correct:
        row["error"] = (f"wrong result: differs from the reference by up to {worst:.3g} "
                        f"(rtol {rtol:g}, atol {atol:g})")
    return row


def nearer_to_precise(row: dict, reference, candidate, precise, reference_name: str) -> dict:
    """For a path found wrong against a low-precision reference: how far it and the reference each
    are from the same model run in float64 (`precise`), so that a compiled path that keeps more
    precision in its intermediates than the reference is not taken for the worse of the two."""
    if row.get("correct") is not False or precise is None:
        return row
    _, off = compare_outputs(precise, candidate, math.inf, math.inf)
    _, reference_off = compare_outputs(precise, reference, math.inf, math.inf)
    if not (math.isfinite(off) and math.isfinite(reference_off)):
        return row
    verdict = ("this path is the nearer" if off < reference_off else
               f"{reference_name} is the nearer" if reference_off < off else "both as near")
    row["error"] += (f"; against the model run in float64, this path is off by up to {off:.3g} and "
                     f"{reference_name} by up to {reference_off:.3g}: {verdict}")
    return row


# --- entry point ------------------------------------------------------------------------------------

def bench_file(path: Path, framework: str, options, sink) -> None:
    """Time every path of the user's file and add the rows to the sink as each path finishes."""
    if framework == "torch":
        from irlens.timing.torch_paths import bench_torch as bench
    elif framework == "jax":
        from irlens.timing.jax_paths import bench_jax as bench
    elif framework == "triton":
        from irlens.timing.triton_paths import bench_triton as bench
    else:
        sink.error(f"bench: no timing paths for framework {framework!r}")
        return
    others = OtherLoad()

    def emit(rows: list[dict]) -> None:
        busy = others.since_last()  # while this path was compiled and timed
        for row in rows:
            if row.get("median_s") is not None:
                row["host_busy"] = busy
        sink.add_timings(rows)

    bench(Path(path), options, emit)
