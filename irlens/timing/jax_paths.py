"""Timing paths for a JAX file (`example()` -> (fn, args)): op by op (jax.disable_jit, each primitive
its own kernel) and jax.jit (XLA's fused program), with XLA's own byte and FLOP counts."""
from __future__ import annotations

import math
from pathlib import Path
from typing import Callable

from irlens.model_file import jax_example, load_user_module, with_keywords_bound
from irlens.parsers.hlo import has_control_flow, parse_hlo_module, program_totals, runs_no_kernel
from irlens.timing.devices import Device, cpu_device, nvidia_smi_clocks, peaks_for, visible_device_id
from irlens.timing.harness import (L2_FLUSH_BYTES, failed_row, kernel_rows, measured_row, no_gpu_row,
                                   one_line, skipped_row, time_on_host, tolerance_for, with_correctness)

OP_BY_OP = "jax op-by-op"
JIT = "jax.jit"
KERNEL_REPEATS = 50
KERNEL_METHOD = ("XLA's own trace of each thunk (jax.profiler, Perfetto trace) per kernel, caches warm, "
                 "after the timed runs")
UNFUSED_SOURCE = "XLA cost_analysis of the unoptimized HLO (before fusion)"
JAXPR_SOURCE = ("each primitive of the jaxpr reads its inputs and writes its outputs once (shapes), a scan's "
                "body once per step")
LOOP_AWARE_SOURCE = ("each kernel's operands and result, and its dots, in the compiled HLO, a loop's body "
                     "times the steps XLA knows it takes (XLA's cost_analysis counts a loop's body once)")
FUSED_SOURCE = "XLA cost_analysis of the compiled HLO"
KERNEL_BYTES_SOURCE = "the instruction's operands and result in the compiled HLO, each once (shapes)"
KERNEL_FLOPS_SOURCE = "2 x result elements x contracted size of its dots in the compiled HLO (dots only)"
GPU_KERNEL_METHOD = ("CUPTI kernel time from jax.profiler's trace (the GPU's streams), XLA command buffers off, "
                     "caches warm, after the timed runs")


def bench_jax(path: Path, options, emit: Callable[[list[dict]], None]) -> None:
    import jax

    module = load_user_module(path)
    device = _jax_device(jax)
    if not hasattr(module, "example"):
        emit([failed_row(JIT, None, device, f"{path.name}: defines no example() returning (fn, args); "
                                            "a script is captured, not timed")])
        return
    fn, args = with_keywords_bound(*jax_example(module, path))
    on_gpu = device.kind == "cuda"
    dtype = _main_dtype(args)
    tf32 = on_gpu and _matmul_tf32_allowed(jax)
    compute_peak = device.peaks.compute_peak(dtype, tf32) if device.peaks else None
    rtol, atol = tolerance_for(dtype, tf32)
    timer = _timer(jax, on_gpu)

    reference = None
    try:
        traced = jax.jit(fn).trace(*args)  # one trace for both the unfused HLO and the jaxpr
        unfused, unfused_source = _costs_of(traced.lower()), UNFUSED_SOURCE
        jaxpr = getattr(traced.jaxpr, "jaxpr", traced.jaxpr)  # a ClosedJaxpr in jax 0.10, a Jaxpr in 0.11
        if "bytes accessed" not in unfused or has_loops(jaxpr):
            # jaxlib 0.11's CUDA plugin gives no cost analysis before compiling, and XLA's counts a
            # loop's body once: the jaxpr's shapes, a scan's body once per step
            unfused, unfused_source = {"bytes accessed": jaxpr_bytes(jaxpr)}, JAXPR_SOURCE
        with jax.disable_jit():
            reference = jax.block_until_ready(fn(*args))
            samples, method = timer(lambda: fn(*args), options.repeats)
        emit([measured_row(OP_BY_OP, None, device, method, samples,
                           bytes_moved=unfused.get("bytes accessed"), bytes_source=unfused_source,
                           flops=unfused.get("flops"), flops_source=unfused_source, compute_peak=compute_peak)])
    except Exception as exc:
        emit([failed_row(OP_BY_OP, None, device, one_line(exc, path, OP_BY_OP))])

    try:
        compiled = jax.jit(fn).lower(*args).compile()
        module = parse_hlo_module(compiled.as_text())
        fused, fused_source = _costs_of(compiled), FUSED_SOURCE
        if has_control_flow(module):  # XLA's cost_analysis counts a loop's body once
            moved, flops = program_totals(module)
            fused, fused_source = {"bytes accessed": moved, "flops": flops}, LOOP_AWARE_SOURCE
        output = jax.block_until_ready(compiled(*args))
        samples, method = timer(lambda: compiled(*args), options.repeats)
        row = measured_row(JIT, None, device, method, samples,
                           bytes_moved=fused.get("bytes accessed"), bytes_source=fused_source,
                           flops=fused.get("flops"), flops_source=fused_source, compute_peak=compute_peak)
        emit([with_correctness(row, reference, output, rtol, atol) if reference is not None else row])
        if runs_no_kernel(module):
            emit([skipped_row(JIT, "(kernels)", device, "the compiled program runs no kernel: it only passes "
                                                        "values along (parameters, constants, tuples)")])
        else:
            emit(_gpu_kernel_rows(jax, fn, args, device, options, compute_peak) if on_gpu
                 else _host_kernel_rows(jax, compiled, module, args, device, options))
    except Exception as exc:
        emit([failed_row(JIT, None, device, one_line(exc, path, JIT))])
    if not on_gpu:
        emit([no_gpu_row(OP_BY_OP), no_gpu_row(JIT)])


def trace_events(jax, compiled, args, runs: int) -> list[dict]:
    """The events of the Perfetto trace jax.profiler writes while `compiled` runs `runs` times."""
    import gzip
    import json
    import tempfile

    with tempfile.TemporaryDirectory(prefix="irlens-jax-trace-") as directory:
        with jax.profiler.trace(directory, create_perfetto_trace=True):
            for _ in range(runs):
                jax.block_until_ready(compiled(*args))
        traces = sorted(Path(directory).rglob("*.trace.json.gz"))
        if not traces:
            raise RuntimeError("jax.profiler wrote no Perfetto trace")
        with gzip.open(traces[-1], "rt", encoding="utf-8") as f:
            trace = json.load(f)
    return trace.get("traceEvents", []) if isinstance(trace, dict) else trace


def thunk_durations(events: list[dict], names: set[str]) -> dict[str, list[float]]:
    """Seconds of each run of each XLA thunk named in `names` (the compiled module's entry
    instructions: its fusions and library calls): XLA's CPU runtime traces a thunk under the name
    of the instruction it runs."""
    durations: dict[str, list[float]] = {}
    for event in events:
        if event.get("ph") == "X" and event.get("name") in names and event.get("dur") is not None:
            durations.setdefault(event["name"], []).append(float(event["dur"]) / 1e6)  # microseconds
    return durations


def gpu_kernel_durations(events: list[dict], names: set[str]) -> dict[str, list[float]]:
    """Seconds of each run of each kernel of the module on the GPU, by instruction name: only the
    events of the trace's GPU processes (`/device:GPU:N`, CUPTI's records of what ran on the
    device's streams), matched by the `hlo_op` XLA attributes them to, else by the kernel's name,
    which is the instruction's with '.' made '_' (`gemm_fusion_dot.1` runs `gemm_fusion_dot_1`)."""
    gpu = {e.get("pid") for e in events if e.get("ph") == "M" and e.get("name") == "process_name"
           and str((e.get("args") or {}).get("name", "")).startswith("/device:GPU")}
    by_kernel = {name.replace(".", "_"): name for name in names}
    durations: dict[str, list[float]] = {}
    for event in events:
        if event.get("ph") != "X" or event.get("pid") not in gpu or event.get("dur") is None:
            continue
        op = str((event.get("args") or {}).get("hlo_op") or "")
        op = op if op in names else op.rsplit("/", 1)[-1]  # an annotation stack joins scopes with "/"
        name = op if op in names else by_kernel.get(event.get("name", ""))
        if name:
            durations.setdefault(name, []).append(float(event["dur"]) / 1e6)  # microseconds
    return durations


def _host_kernel_rows(jax, compiled, module, args, device: Device, options) -> list[dict]:
    """Each kernel of the jitted program on its own, from XLA's CPU runtime trace; `module` is the
    compiled program's HLO, parsed."""
    counts = KernelCounts()
    counts.read(module)

    def profile(runs: int) -> dict[str, list[float]]:
        names = {instr.name for instr in module.entry.instructions} if module.entry else set()
        return thunk_durations(trace_events(jax, compiled, args, runs), names)

    return kernel_rows(JIT, device, KERNEL_METHOD, max(1, min(options.repeats, KERNEL_REPEATS)), profile,
                       "XLA's trace named no instruction of the compiled module", counts.figures)


class KernelCounts:
    """What each XLA instruction of a compiled module moves and computes, by its shapes: kernel_rows'
    figures for it."""

    def __init__(self, compute_peak: tuple[float, str] | None = None):
        self.moved: dict[str, int] = {}
        self.flops: dict[str, int] = {}
        self.compute_peak = compute_peak  # the device's peak for the program's dtype, where known

    def read(self, module) -> None:
        from irlens.parsers.hlo import dot_flops, instruction_bytes

        self.moved.update(instruction_bytes(module))
        self.flops.update(dot_flops(module))

    def figures(self, kernel: str) -> dict:
        out = {}
        if self.moved.get(kernel):
            out.update(bytes_moved=self.moved[kernel], bytes_source=KERNEL_BYTES_SOURCE)
        if self.flops.get(kernel):
            out.update(flops=self.flops[kernel], flops_source=KERNEL_FLOPS_SOURCE, compute_peak=self.compute_peak)
        return out


def _gpu_kernel_rows(jax, fn, args, device: Device, options, compute_peak) -> list[dict]:
    """Each kernel of the jitted program on the GPU on its own, from the device streams of
    jax.profiler's trace. The profiled copy is compiled without XLA's command buffers (CUDA graphs),
    whose kernels the trace does not attribute to instructions; the kernels are the same."""
    method = GPU_KERNEL_METHOD
    counts = KernelCounts(compute_peak)

    def profile(runs: int) -> dict[str, list[float]]:
        nonlocal method
        lowered = jax.jit(fn).lower(*args)
        try:
            compiled = lowered.compile(compiler_options={"xla_gpu_enable_command_buffer": ""})
        except Exception:  # noqa: BLE001 - an XLA without the option: profile the program as it is
            compiled, method = lowered.compile(), GPU_KERNEL_METHOD.replace(", XLA command buffers off", "")
        module = parse_hlo_module(compiled.as_text())
        counts.read(module)
        names = {instr.name for comp in module.computations.values() for instr in comp.instructions}
        return gpu_kernel_durations(trace_events(jax, compiled, args, runs), names)

    runs = max(1, min(options.repeats, KERNEL_REPEATS))
    rows = kernel_rows(JIT, device, method, runs, profile,
                       "jax.profiler's trace had no GPU kernel of the compiled module", counts.figures)
    for row in rows:
        row["method"] = method  # as it turned out: whether the option was taken is known only now
    return rows


def _jax_device(jax) -> Device:
    first = jax.devices()[0]
    if first.platform == "gpu" or first.platform == "cuda":
        name = getattr(first, "device_kind", "") or "GPU"
        smi_id = visible_device_id(first.id)
        return Device("cuda", name, peaks=peaks_for(name), read_clocks=lambda: nvidia_smi_clocks(smi_id))
    return cpu_device()


def _matmul_tf32_allowed(jax) -> bool:
    """JAX's default matmul precision lets XLA run float32 dots on TF32 tensor cores on a recent
    GPU (docs.jax.dev, "Matmul precision"); 'highest' / 'float32' / F32_F32_F32 keep full float32."""
    precision = getattr(jax.config, "jax_default_matmul_precision", None)
    return str(precision or "default").lower() not in ("highest", "float32", "f32_f32_f32")


def _timer(jax, on_gpu: bool):
    """Host wall clock around block_until_ready: JAX exposes no device events. On a GPU, L2 is
    flushed before each run by rewriting a buffer larger than it."""
    sync = jax.block_until_ready
    if not on_gpu:
        return lambda fn, repeats: time_on_host(fn, repeats, sync=sync)
    import jax.numpy as jnp

    buffer = jnp.zeros(L2_FLUSH_BYTES // 4, dtype=jnp.float32)
    rewrite = jax.jit(lambda b: b + 1)

    def flush():
        nonlocal buffer
        buffer = sync(rewrite(buffer))

    def timer(fn, repeats):
        samples, method = time_on_host(fn, repeats, sync=sync, before_each=flush)
        return samples, method.replace("caches flushed", "L2 flushed") + ", around block_until_ready"
    return timer


def _costs_of(stage) -> dict:
    """XLA's cost analysis of a Lowered or Compiled stage; {} where this backend has none, which
    leaves the row's bytes and FLOPs unknown rather than the timing unmeasured."""
    try:
        return _costs(stage.cost_analysis())
    except Exception:  # noqa: BLE001 - e.g. a PJRT plugin without cost analysis
        return {}


def jaxpr_bytes(jaxpr) -> float | None:
    """Bytes the jaxpr's primitives move run one by one: each reads its array inputs and writes its
    outputs once. A call of a sub-jaxpr (jit, custom_jvp_call) counts the primitives inside it, a
    scan its body once per step; a while loop (its steps unknown) or a cond (its branch unknown)
    leaves the count unknown (None)."""
    total = 0.0
    for eqn in jaxpr.eqns:
        if eqn.primitive.name in _UNCOUNTED_CONTROL:
            return None
        inner = [p for p in eqn.params.values() if hasattr(p, "eqns") or hasattr(getattr(p, "jaxpr", None), "eqns")]
        if inner:
            counted = [jaxpr_bytes(getattr(p, "jaxpr", p)) for p in inner]
            if None in counted:
                return None
            total += sum(counted) * (eqn.params.get("length", 1) if eqn.primitive.name == "scan" else 1)
            continue
        for var in [*eqn.invars, *eqn.outvars]:
            aval = getattr(var, "aval", None)
            if not hasattr(var, "val") and hasattr(aval, "shape") and hasattr(aval, "dtype"):  # literals are immediates
                total += math.prod(aval.shape) * aval.dtype.itemsize
    return total


_UNCOUNTED_CONTROL = ("while", "cond")


def has_loops(jaxpr) -> bool:
    """Whether a jaxpr runs a scan, a while loop or a cond, at any depth: XLA's cost analysis of
    its unoptimized HLO then counts each body or branch once."""
    for eqn in jaxpr.eqns:
        if eqn.primitive.name in ("scan", *_UNCOUNTED_CONTROL):
            return True
        if any(has_loops(getattr(p, "jaxpr", p)) for p in eqn.params.values()
               if hasattr(p, "eqns") or hasattr(getattr(p, "jaxpr", None), "eqns")):
            return True
    return False


def _costs(analysis) -> dict:
    """cost_analysis() is a dict in current JAX and a list of one dict per program in older ones."""
    if isinstance(analysis, (list, tuple)):
        analysis = analysis[0] if analysis else {}
    return {key: float(value) for key, value in (analysis or {}).items()
            if key in ("flops", "bytes accessed", "transcendentals") and value and value > 0}


def _main_dtype(args) -> str:
    import jax

    for leaf in jax.tree_util.tree_leaves(args):
        dtype = getattr(leaf, "dtype", None)
        if dtype is not None and "float" in str(dtype):
            return str(dtype)
    return "float32"
