"""Timing paths for a torch model file: eager and torch.compile (default, max-autotune), end to end
and, on a GPU, kernel by kernel, each with the bytes and FLOPs it moves and computes."""
from __future__ import annotations

import ast
import contextlib
import functools
import re
from pathlib import Path
from typing import Callable

from irlens.capturers.torch_capture import describe_compile_failure
from irlens.model_file import build_torch_model, load_user_module
from irlens.timing.devices import Device, cpu_device, cuda_device, cuda_present
from irlens.timing.harness import (failed_row, kernel_rows, measured_row, no_gpu_row, one_line, skipped_row,
                                   nearer_to_precise, time_on_cuda, time_on_host, tolerance_for,
                                   with_correctness, CudaL2Flush)
from irlens.timing.inductor_bytes import InductorBytes, inductor_bytes
from irlens.timing.torch_op_figures import (OP_BYTES_SOURCE, aten_op_bytes, bytes_figures, counted_flops,
                                            eager_byte_events, flops_figures, is_kernel_event, is_view,
                                            kernel_figures, op_figures, profiled_events)

EAGER = "eager"
FLOPS_SOURCE = "torch.utils.flop_counter (matmul, conv, attention only)"
EAGER_BYTES_SOURCE = "each aten op reads its inputs and writes its outputs once (shapes)"
INDUCTOR_BYTES_SOURCE = "Inductor's scheduler (read+write buffer sizes of its kernels)"
KERNEL_BYTES_SOURCE = "Inductor kernel metadata (kernel_num_gb)"
KERNEL_FLOPS_SOURCE = "Inductor kernel metadata (kernel_flop)"
LIBRARY_BYTES_SOURCE = "Inductor's scheduler (read+write buffer sizes of its {ops} calls)"
CPP_KERNEL_BYTES_SOURCE = "Inductor's scheduler (read+write buffer sizes of the nodes fused into this kernel)"
PROFILE_REPEATS = 50
HOST_KERNEL_METHOD = ("torch.profiler host time per op or kernel (RecordFunction), warm-up 3, caches warm, "
                      "the profiler's own cost (~1 us per op) included")
# Inductor's compiled graph runs inside this profiler range; its children are the graph's kernels
# (torch 2.11 and 2.13).
COMPILED_GRAPH_RANGE = "## Call CompiledFxGraph"
# torch.compile modes whose compiled code replays CUDA graphs itself (`triton.cudagraphs`, in
# torch._inductor.list_mode_options for torch 2.11 and 2.13).
CUDA_GRAPH_MODES = ("reduce-overhead", "max-autotune")


def compiled_path(mode: str) -> str:
    return f"torch.compile {mode}"


def bench_torch(path: Path, options, emit: Callable[[list[dict]], None]) -> None:
    import torch

    module = load_user_module(path)
    model, inputs = build_torch_model(module, path)
    on_gpu = cuda_present()
    device = cuda_device() if on_gpu else cpu_device(torch.get_num_threads())
    if on_gpu:
        model, inputs = _to_cuda(model, inputs)
    modes = ["default", "max-autotune"]
    if options.mode not in modes:
        modes.append(options.mode)
    dtype = _main_dtype(model, inputs)
    tf32 = on_gpu and _matmul_tf32_allowed()
    compute_peak = device.peaks.compute_peak(dtype, tf32) if device.peaks else None
    rtol, atol = tolerance_for(dtype, tf32)
    precise_outputs = functools.cache(lambda: _float64_outputs(model, inputs))  # only if a path is wrong

    with torch.no_grad():
        reference, flops, eager_bytes, eager_row = _eager(model, inputs, path, device, options, compute_peak)
        eager_kernels: list[dict] = []
        if not eager_row["error"]:
            eager_kernels = (_kernel_rows(EAGER, lambda: model(*inputs), device, {}, compute_peak, options, eager=True)
                             if on_gpu else _host_kernel_rows(EAGER, lambda: model(*inputs), device, options,
                                                              _top_level_ops, eager=True))
        emit([eager_row] + eager_kernels)
        for mode in modes:
            name = compiled_path(mode)
            if not on_gpu and mode != "default" and mode != options.mode:
                emit([skipped_row(name, None, device, f"skipped on the CPU to save its compile time; "
                                                      f"time it with --mode {mode}")])
                continue
            rows = _compiled(model, inputs, mode, path, device, options, reference, flops, compute_peak,
                             rtol, atol, on_gpu, precise_outputs)
            emit(rows)
            # a path that did not compile has said why; compiling it again for its kernels would only repeat it
            if not on_gpu and mode == options.mode and rows[0]["median_s"] is not None:
                emit(_compiled_host_kernel_rows(model, inputs, mode, path, device, options))
    if not on_gpu:
        emit([no_gpu_row(EAGER)] + [no_gpu_row(compiled_path(mode)) for mode in modes])


def _eager(model, inputs, path, device, options, compute_peak):
    try:
        reference = model(*inputs)
        flops = count_flops(lambda: model(*inputs))
        eager_bytes = count_aten_bytes(lambda: model(*inputs))
        samples, method = _time(lambda: model(*inputs), device, options)
    except Exception as exc:
        return None, None, None, failed_row(EAGER, None, device, one_line(exc, path, "eager"))
    row = measured_row(EAGER, None, device, method + ", torch.no_grad", samples,
                       bytes_moved=eager_bytes, bytes_source=EAGER_BYTES_SOURCE,
                       flops=flops, flops_source=FLOPS_SOURCE, compute_peak=compute_peak)
    return reference, flops, eager_bytes, row


def _compiled(model, inputs, mode, path, device, options, reference, flops, compute_peak, rtol, atol,
              on_gpu, precise_outputs: Callable[[], object]) -> list[dict]:
    import torch
    from torch._inductor.utils import run_and_get_code

    name = compiled_path(mode)
    try:
        compiled = torch.compile(model, mode=mode)
        with _fresh_inductor_compile(kernel_metadata=on_gpu), inductor_bytes() as counted:
            output, codes = run_and_get_code(compiled, *inputs)  # the first call compiles
        # Compared now: under CUDA graph trees (reduce-overhead, max-autotune) the next run
        # overwrites this output in place.
        checked = with_correctness({}, reference, output, rtol, atol) if reference is not None else {}
        if checked.get("correct") is False:
            nearer_to_precise(checked, reference, output, precise_outputs(), EAGER)
        del output
        fn = lambda: compiled(*inputs)  # noqa: E731
        # These modes already replay CUDA graphs; a graph cannot be captured inside another.
        samples, method = _time(fn, device, options, cuda_graphs_allowed=mode not in CUDA_GRAPH_MODES)
    except Exception as exc:
        return [failed_row(name, None, device, describe_compile_failure(exc, path))]
    row = measured_row(name, None, device, method + ", torch.no_grad", samples,
                       bytes_moved=counted.total, bytes_source=INDUCTOR_BYTES_SOURCE,
                       flops=flops, flops_source=FLOPS_SOURCE, compute_peak=compute_peak)
    row.update(checked)
    rows = [row]
    if on_gpu:
        rows += _kernel_rows(name, fn, device, inductor_kernel_metadata(codes), compute_peak, options,
                             library_bytes=counted.library)
    return rows


def _matmul_tf32_allowed() -> bool:
    """Whether float32 matmuls may run on TF32 tensor cores (torch's switch; False by default)."""
    import torch

    try:
        return bool(torch.backends.cuda.matmul.allow_tf32)
    except (AttributeError, RuntimeError):
        return False


def _time(fn, device: Device, options, cuda_graphs_allowed: bool = True):
    if device.kind == "cuda":
        return time_on_cuda(fn, options.repeats, cuda_graphs=options.cuda_graphs and cuda_graphs_allowed)
    return time_on_host(fn, options.repeats)


# --- what a run moves and computes ------------------------------------------------------------------

def count_flops(fn) -> int | None:
    from torch.utils.flop_counter import FlopCounterMode

    with FlopCounterMode(display=False) as counter:
        fn()
    return counter.get_total_flops() or None


def count_aten_bytes(fn) -> int | None:
    """Bytes an unfused run moves at least: each aten op reads its tensor inputs and writes its
    outputs once; views move nothing."""
    from torch.utils._python_dispatch import TorchDispatchMode

    class TrafficCounter(TorchDispatchMode):
        total = 0

        def __torch_dispatch__(self, func, types, args=(), kwargs=None):
            out = func(*args, **(kwargs or {}))
            if not is_view(func):
                self.total += aten_op_bytes(func, args, kwargs or {}, out)
            return out

    with TrafficCounter() as counter:
        fn()
    return counter.total or None


@contextlib.contextmanager
def _fresh_inductor_compile(kernel_metadata: bool):
    """Compile for real (no cache hit, which would skip the byte count) and, on a GPU, have Inductor
    write each Triton kernel's bytes and FLOPs into its metadata."""
    from torch._inductor import config

    patches = {"fx_graph_cache": False}
    if kernel_metadata:
        patches["benchmark_kernel"] = True
    with contextlib.ExitStack() as stack:
        stack.enter_context(config.patch(patches))
        try:
            from torch._functorch import config as functorch_config

            if hasattr(functorch_config, "enable_autograd_cache"):
                stack.enter_context(functorch_config.patch(enable_autograd_cache=False))
        except ImportError:
            pass
        yield


def inductor_kernel_metadata(output_codes: list[str]) -> dict[str, dict]:
    """kernel name -> Inductor's `inductor_meta` dict for each Triton kernel in the output code."""
    found = {}
    for code in output_codes:
        for match in re.finditer(r"inductor_meta\s*=\s*\{", code):
            text = _balanced_braces(code, match.end() - 1)
            meta = _literal_entries(text) if text else {}
            if meta.get("kernel_name"):
                found[meta["kernel_name"]] = meta
    return found


def _literal_entries(dict_text: str) -> dict:
    """The entries of a dict display whose key and value are literals. Inductor's metadata may
    hold a value that is not one (e.g. `'autotune_hints': {AutotuneHint.ONE_ELEMENT_PER_THREAD}`),
    which must not cost the kernel its byte count."""
    try:
        node = ast.parse(dict_text, mode="eval").body
    except SyntaxError:
        return {}
    if not isinstance(node, ast.Dict):
        return {}
    entries = {}
    for key, value in zip(node.keys, node.values):
        try:
            entries[ast.literal_eval(key)] = ast.literal_eval(value)
        except (ValueError, TypeError, SyntaxError):
            continue  # ** unpacking (key None) or a value that is not a literal
    return entries


def _balanced_braces(text: str, start: int) -> str | None:
    depth = 0
    for i in range(start, min(len(text), start + 20000)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return text[start:i + 1]
    return None


# --- kernels on the GPU -----------------------------------------------------------------------------

def profile_kernels(fn, runs: int) -> dict[str, list[float]]:
    """Device time of every kernel fn() launches, by kernel name, over `runs` runs with L2 flushed
    before each (the flush is a memcpy, left out)."""
    import torch
    from torch.autograd import DeviceType
    from torch.profiler import ProfilerActivity, profile

    flush = CudaL2Flush()
    for _ in range(3):
        fn()
    torch.cuda.synchronize()
    with profile(activities=[ProfilerActivity.CPU, ProfilerActivity.CUDA]) as prof:
        for _ in range(runs):
            flush()
            fn()
        torch.cuda.synchronize()
    durations: dict[str, list[float]] = {}
    for event in prof.events():
        if event.device_type != DeviceType.CUDA or not is_kernel_event(event):
            continue
        durations.setdefault(event.name, []).append(event.time_range.elapsed_us() / 1e6)
    return durations


def _kernel_rows(path_name, fn, device, metadata, compute_peak, options, eager: bool = False,
                 library_bytes: dict | None = None) -> list[dict]:
    """One row per GPU kernel of fn(), with Inductor's figures for its own kernels and the
    profiler's (_profiler_figures) for the others."""
    profiled = _profiler_figures(fn, True, kernel_figures, eager, library_bytes)

    def figures(kernel: str) -> dict:
        meta = _meta_for(kernel, metadata)
        num_gb, flop = meta.get("kernel_num_gb"), meta.get("kernel_flop")
        found = {"compute_peak": compute_peak, **profiled(kernel)}
        if num_gb:
            found.update(bytes_moved=num_gb * 1e9, bytes_source=KERNEL_BYTES_SOURCE)
        if flop:
            found.update(flops=flop, flops_source=KERNEL_FLOPS_SOURCE)
        return found

    return kernel_rows(path_name, device, "torch.profiler kernel time (CUPTI), L2 flushed, warm-up 3",
                       max(1, min(options.repeats, PROFILE_REPEATS)), lambda runs: profile_kernels(fn, runs),
                       "the profiler recorded no GPU kernel (is CUPTI available to this process?)", figures)


def _meta_for(kernel_name: str, metadata: dict[str, dict]) -> dict:
    if kernel_name in metadata:
        return metadata[kernel_name]
    for name, meta in metadata.items():  # profilers may decorate the name
        if re.search(rf"\b{re.escape(name)}\b", kernel_name):
            return meta
    return {}


# --- kernels on the host ---------------------------------------------------------------------------

def profile_host_ops(fn, runs: int, select) -> dict[str, list[float]]:
    """Host time of each op or kernel that `select(events)` picks from a torch.profiler trace of
    `runs` runs of fn(), by name."""
    from torch.profiler import ProfilerActivity, profile

    for _ in range(3):
        fn()
    with profile(activities=[ProfilerActivity.CPU]) as prof:
        for _ in range(runs):
            fn()
    durations: dict[str, list[float]] = {}
    for name, event in select(prof.events()):
        durations.setdefault(name, []).append(event.time_range.elapsed_us() / 1e6)
    return durations


def _top_level_ops(events):
    """Eager: the ops the model called itself, not the ops they call in turn."""
    for event in events:
        if event.cpu_parent is None and event.name.startswith("aten::"):
            yield event.name, event


def _compiled_graph_kernels(events):
    """Compiled: what Inductor's graphs call, their C++ kernels (ranges `graph_<id>_<kernel>`, which
    cpp.enable_kernel_profile adds) and the library ops they leave to aten (`aten::addmm`). Kernels
    go by the names the output code gives them, unless two graphs have a kernel of the same name."""
    picked = [(event.name, event) for event in events
              if event.cpu_parent is not None and event.cpu_parent.name.startswith(COMPILED_GRAPH_RANGE)]
    names = {name for name, _ in picked}
    short = {name: re.sub(r"^graph_\d+_(?=cpp_)", "", name) for name in names}
    if len(set(short.values())) < len(names):
        short = {name: name for name in names}
    for name, event in picked:
        yield short[name], event


def _host_kernel_rows(path_name, fn, device, options, select, eager: bool = False,
                      counted: InductorBytes | None = None) -> list[dict]:
    profiled = _profiler_figures(fn, False, lambda events, count: op_figures(select(events), count), eager,
                                 counted.library if counted else None, counted.cpp_kernels if counted else None)
    return kernel_rows(path_name, device, HOST_KERNEL_METHOD, max(1, min(options.repeats, PROFILE_REPEATS)),
                       lambda runs: profile_host_ops(fn, runs, select), "the profiler recorded no op or kernel",
                       profiled)


def _profiler_figures(fn, on_gpu: bool, figures_of, eager: bool, library_bytes: dict | None,
                      kernel_bytes: dict[str, list[int]] | None = None):
    """measured_row's FLOP and byte keywords by kernel or op name: FLOPs by the profiler's formulas;
    bytes of the aten ops of an eager run (eager_byte_events), or of the library calls and the C++
    kernels (`kernel_bytes`, by name) of a compiled one by Inductor's scheduler. `figures_of(events,
    count)` picks the kernels or ops. Runs of their own, not timed, and none of it when such a run
    fails: the times stand without."""
    events = _counted_by_profiler(lambda: profiled_events(fn, on_gpu)) or []
    flops = _counted_by_profiler(lambda: figures_of(events, counted_flops))
    moved, source = {}, OP_BYTES_SOURCE
    if eager:
        moved = _counted_by_profiler(lambda: figures_of(*eager_byte_events(fn, on_gpu)))
    elif library_bytes:
        moved = _counted_by_profiler(lambda: figures_of(events, _library_count(library_bytes)))
        source = LIBRARY_BYTES_SOURCE
    # a kernel called with different sizes gets none, as an op does
    moved = {**moved, **{name: (size, name) for name, size in _one_size_each(kernel_bytes or {}).items()}}
    sources = {name: CPP_KERNEL_BYTES_SOURCE for name in kernel_bytes or {}}
    return lambda kernel: {**flops_figures(flops, kernel),
                           **bytes_figures(moved, kernel, sources.get(kernel, source))}


def _library_count(library_bytes: dict[str, list[int]]):
    """The count that gives a library call's event its size, for an op whose calls all have one."""
    from torch.autograd import DeviceType

    same = _one_size_each(library_bytes)
    return lambda event: ((same[event.name], event.name)
                          if event.name in same and event.device_type == DeviceType.CPU else None)


def _one_size_each(sizes_by_name: dict[str, list[int]]) -> dict[str, int]:
    """name -> its size, for each name whose calls all have the same one."""
    return {name: sizes[0] for name, sizes in sizes_by_name.items() if len(set(sizes)) == 1}


def _counted_by_profiler(count: Callable[[], object]):
    """What the profiler counted, or {} when the run that records it fails: the times stand
    without it."""
    try:
        return count()
    except Exception:  # noqa: BLE001
        return {}


def _compiled_host_kernel_rows(model, inputs, mode, path, device, options) -> list[dict]:
    """Each kernel of torch.compile's C++ output on its own. Inductor names its kernels to the
    profiler only when compiled with cpp.enable_kernel_profile, which adds a RecordFunction guard
    to every kernel: so a second compile, never the one timed end to end."""
    import torch
    from torch._inductor import config

    name = compiled_path(mode)
    torch._dynamo.reset()  # Dynamo would reuse the graph compiled without the profile ranges
    try:
        graphs_before = _graphs_compiled()
        with config.patch({"cpp.enable_kernel_profile": True}), _fresh_inductor_compile(kernel_metadata=False), \
                inductor_bytes() as counted:
            compiled = torch.compile(model, mode=mode)
            compiled(*inputs)
        if graphs_before is not None and _graphs_compiled() == graphs_before:
            return [skipped_row(name, "(kernels)", device, "torch.compile compiled no graph of this model, so it ran "
                                                           "eagerly: Dynamo skipped its frames (irlens dump FILE "
                                                           "--stage graph_breaks says where and why)")]
        return _host_kernel_rows(name, lambda: compiled(*inputs), device, options, _compiled_graph_kernels,
                                 counted=counted)
    except Exception as exc:
        return [failed_row(name, "(kernels)", device, describe_compile_failure(exc, path))]
    finally:
        torch._dynamo.reset()


def _graphs_compiled() -> int | None:
    """Dynamo's count of the graphs it compiled in this process (its own statistics, kept since
    torch 2.0; None if a torch has moved them)."""
    try:
        from torch._dynamo.utils import counters

        return counters["stats"]["unique_graphs"]
    except (ImportError, KeyError, TypeError):
        return None


# --- inputs -----------------------------------------------------------------------------------------

def _to_cuda(model, inputs):
    import torch

    moved = [x.to("cuda") if isinstance(x, torch.Tensor) else x for x in inputs]
    return model.to("cuda"), moved


def _float64_outputs(model, inputs):
    """The model's outputs with its parameters and floating inputs in float64, on a copy of it; None
    where the copy or the run fails (a module that cannot be copied, an op without float64)."""
    import copy

    import torch
    from torch.utils._pytree import tree_map

    def widened(value):
        return value.double() if isinstance(value, torch.Tensor) and value.is_floating_point() else value

    try:
        with torch.no_grad():
            return copy.deepcopy(model).double()(*tree_map(widened, list(inputs)))
    except Exception:  # noqa: BLE001 - the comparison it serves is only a note
        return None


def _main_dtype(model, inputs) -> str:
    import torch

    for tensor in list(inputs) + list(model.parameters()):
        if isinstance(tensor, torch.Tensor) and tensor.is_floating_point():
            return str(tensor.dtype).replace("torch.", "")
    return "float32"
