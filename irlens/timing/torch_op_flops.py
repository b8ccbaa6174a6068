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


def kernel_flops(events: list) -> dict[str, tuple[int, str]]:
    """GPU kernel name -> (FLOPs of one call, op) for each kernel that runs only as the one kernel
    of an op with a FLOP formula, every call with the same FLOPs. A GEMM that cuBLAS splits in two
    kernels (split-K and its reduction) gets none: which of them did the multiplies is not recorded."""
    calls = Counter(k.name for e in events for k in e.kernels)  # each kernel hangs under its launching op
    per_kernel: dict[str, list[tuple[int, str]]] = {}
    for event in events:
        if not event.flops or any(child.flops for child in _subtree(event) if child is not event):
            continue
        kernels = [k for e in _subtree(event) for k in e.kernels]
        if len(kernels) == 1:
            per_kernel.setdefault(kernels[0].name, []).append((int(event.flops), event.name))
    return {name: counted[0] for name, counted in per_kernel.items()
            if len(counted) == calls[name] and len(set(counted)) == 1}


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
