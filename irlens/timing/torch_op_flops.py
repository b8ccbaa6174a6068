"""FLOPs of the ops and library kernels of a torch run, by torch.profiler's own formulas (matmuls,
convolutions and a few elementwise ops, from the shapes it records), for the kernel rows that
Inductor's metadata does not cover: cuBLAS GEMMs, aten ops on the host."""
from __future__ import annotations

from collections import Counter
from typing import Callable, Iterable

OP_FLOPS_SOURCE = "torch.profiler's FLOP formula for {ops} (recorded shapes)"


def profiled_events(fn: Callable[[], object], on_gpu: bool) -> list:
    """The events of one run of fn() with shapes and FLOPs recorded: a run of its own, so the
    timed runs do not pay for recording shapes."""
    import torch
    from torch.profiler import ProfilerActivity, profile

    activities = [ProfilerActivity.CPU] + ([ProfilerActivity.CUDA] if on_gpu else [])
    with profile(activities=activities, record_shapes=True, with_flops=True) as prof:
        fn()
        if on_gpu:
            torch.cuda.synchronize()
    return list(prof.events())


def op_flops(picked: Iterable[tuple[str, object]]) -> dict[str, tuple[int, str]]:
    """name -> (FLOPs of one call, the ops counted) for each picked (name, event), an op and the ops
    it calls in turn (aten::linear's FLOPs are its aten::addmm's); a name whose calls differ in
    FLOPs, or count none, gets none."""
    per_call: dict[str, set[tuple[int, str]]] = {}
    for name, event in picked:
        counted = [e for e in _subtree(event) if e.flops]
        per_call.setdefault(name, set()).add(
            (sum(e.flops for e in counted), ", ".join(sorted({e.name for e in counted}))))
    return {name: calls.pop() for name, calls in per_call.items() if len(calls) == 1 and next(iter(calls))[0]}


# host calls that launch one kernel each: the k-th of them in a run is the k-th kernel on its stream
LAUNCH_CALLS = ("cudaLaunchKernel", "cudaLaunchKernelExC", "cudaLaunchCooperativeKernel",
                "cuLaunchKernel", "cuLaunchKernelEx", "cuLaunchCooperativeKernel")


def kernel_flops(events: list) -> dict[str, tuple[int, str]]:
    """GPU kernel name -> (FLOPs of one call, op) for each kernel that runs only as the one kernel
    of an op with a FLOP formula, every call with the same FLOPs. A GEMM that cuBLAS splits in two
    kernels (split-K and its reduction) gets none: which of them did the multiplies is not recorded."""
    launches = _linked_launches(events) or _ordered_launches(events)
    calls = Counter(kernel for _, kernel in launches)
    per_op: dict[int, tuple[object, list[str]]] = {}
    for owner, kernel in launches:
        if owner is not None:
            per_op.setdefault(id(owner), (owner, []))[1].append(kernel)
    per_kernel: dict[str, list[tuple[int, str]]] = {}
    for owner, kernels in per_op.values():
        if len(kernels) == 1:
            per_kernel.setdefault(kernels[0], []).append((int(owner.flops), owner.name))
    return {name: counted[0] for name, counted in per_kernel.items()
            if len(counted) == calls[name] and len(set(counted)) == 1}


def is_kernel_event(event) -> bool:
    """A kernel on the GPU's timeline: not a copy or memset (an L2 flush is one), nor a
    record_function range, which the profiler also draws there (is_user_annotation, torch 2.4+)."""
    if getattr(event, "is_user_annotation", False):
        return False
    return not event.name.startswith(("Memcpy", "Memset", "## "))


def _linked_launches(events: list) -> list[tuple[object | None, str]]:
    """(op with a FLOP formula that launched it, or None; kernel name) for each kernel the profiler
    linked to its op by correlation id: each hangs under the innermost op that launched it. An
    event inside that op with the same correlation id holds the kernel too (CUPTI's 'Activity
    Buffer Request', torch 2.11 with CUDA 13 on an H200): only the outermost holder counts."""
    parent_of = {id(child): e for e in events for child in e.cpu_children}

    def ancestors(event):
        parent = parent_of.get(id(event))
        while parent is not None:
            yield parent
            parent = parent_of.get(id(parent))

    launches = []
    for event in events:
        if event.kernels and any(a.id == event.id for a in ancestors(event)):
            continue
        for kernel in event.kernels:
            owner = event
            while owner is not None and not owner.flops:
                owner = parent_of.get(id(owner))
            counted_inside = owner is not None and any(e.flops for e in _subtree(owner) if e is not owner)
            launches.append((None if counted_inside else owner, kernel.name))
    return launches


def _ordered_launches(events: list) -> list[tuple[object | None, str]]:
    """The same pairs where the profiler linked no kernel to any op (its correlation ids can be
    missing): on one stream the k-th launch call on the host is the k-th kernel on the GPU, and its
    op is the innermost op with a FLOP formula whose time span holds the launch call."""
    from torch.autograd import DeviceType

    def start(e):
        return e.time_range.start

    launch_calls = sorted((e for e in events if e.name in LAUNCH_CALLS), key=start)
    kernels = sorted((e for e in events if e.device_type == DeviceType.CUDA and is_kernel_event(e)), key=start)
    if not kernels or len(launch_calls) != len(kernels) or len({k.device_resource_id for k in kernels}) != 1:
        return []  # several streams, CUDA graphs or unmatched calls: no order to trust
    counted = [e for e in events if e.flops and e.device_type == DeviceType.CPU]

    def holds(outer, inner_start, inner_end) -> bool:
        return outer.time_range.start <= inner_start and inner_end <= outer.time_range.end

    def owner(call):
        holding = [e for e in counted if holds(e, start(call), call.time_range.end)]
        if not holding:
            return None
        inner = max(holding, key=start)
        nested = any(e is not inner and holds(inner, start(e), e.time_range.end) for e in counted)
        return None if nested else inner

    return [(owner(call), kernel.name) for call, kernel in zip(launch_calls, kernels)]


def flops_figures(found: dict[str, tuple[int, str]], kernel: str) -> dict:
    """measured_row's FLOP keywords for one kernel or op, if the profiler counted it."""
    if kernel not in found:
        return {}
    flops, ops = found[kernel]
    return {"flops": flops, "flops_source": OP_FLOPS_SOURCE.format(ops=ops)}


def _subtree(event) -> list:
    out, stack = [], [event]
    while stack:
        e = stack.pop()
        out.append(e)
        stack.extend(e.cpu_children)
    return out
