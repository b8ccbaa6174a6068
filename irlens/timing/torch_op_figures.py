"""What the ops and library kernels of a torch run compute and move, for the kernel rows that
Inductor's metadata does not cover (cuBLAS GEMMs, eager aten ops on the host or the GPU):
FLOPs by torch.profiler's own formulas (matmuls, convolutions and a few elementwise ops, from the
shapes it records), bytes from the tensors each aten op of an eager run reads and writes."""
from __future__ import annotations

import math
from collections import Counter
from typing import Callable, Iterable, Optional

OP_FLOPS_SOURCE = "torch.profiler's FLOP formula for {ops} (recorded shapes)"
OP_BYTES_SOURCE = "tensor sizes of {ops}: each reads its inputs and writes its outputs once"
# The profiler range around each aten op of a byte-counting run (see eager_byte_events).
BYTE_MARK = "irlens.op_bytes."

# What an event counts itself, and the op it counts for: (figure, op name), or None.
Count = Callable[[object], Optional[tuple[int, str]]]


def counted_flops(event) -> tuple[int, str] | None:
    if event.flops:
        return int(event.flops), event.name
    # The profiler has a formula for aten::conv2d, which eager code calls, but none for the
    # aten::convolution that Inductor's output calls directly: its formula, applied here, unless an
    # op above it was counted already (eager's conv2d holds a convolution).
    if event.name == "aten::convolution" and not _under_a_counted_op(event):
        flops = convolution_flops(list(event.input_shapes or []), list(getattr(event, "concrete_inputs", None) or []))
        if flops:
            return flops, f"{event.name} (its recorded shapes in the formula of aten::conv2d)"
    return None


def convolution_flops(shapes: list, values: list) -> int | None:
    """2 x output elements x (input channels / groups) x kernel elements, as the profiler counts
    aten::conv2d, from aten::convolution's recorded arguments (input, weight, bias, stride,
    padding, dilation, transposed, output_padding, groups); None for a transposed convolution or
    arguments not recorded."""
    if len(shapes) < 2 or len(values) < 9 or values[6] is not False:
        return None
    (n, _, *spatial), (c_out, c_in_per_group, *kernel) = shapes[0], shapes[1]
    stride, padding, dilation = values[3], values[4], values[5]
    if not spatial or not all(isinstance(v, list) and len(v) == len(spatial) for v in (stride, padding, dilation)):
        return None
    out = [(size + 2 * p - d * (k - 1) - 1) // s + 1
           for size, k, s, p, d in zip(spatial, kernel, stride, padding, dilation)]
    return 2 * n * c_out * math.prod(out) * c_in_per_group * math.prod(kernel) if min(out) > 0 else None


def _under_a_counted_op(event) -> bool:
    parent = event.cpu_parent
    while parent is not None:
        if parent.flops:
            return True
        parent = parent.cpu_parent
    return False


def profiled_events(fn: Callable[[], object], on_gpu: bool) -> list:
    """The events of one run of fn() with shapes and FLOPs recorded: a run of its own, so the
    timed runs do not pay for recording shapes."""
    from torch.profiler import ProfilerActivity, profile

    activities = [ProfilerActivity.CPU] + ([ProfilerActivity.CUDA] if on_gpu else [])
    with profile(activities=activities, record_shapes=True, with_flops=True) as prof:
        _run(fn, on_gpu)
    return list(prof.events())


def eager_byte_events(fn: Callable[[], object], on_gpu: bool) -> tuple[list, Count]:
    """The events of one eager run of fn() in which every aten op that is not a view runs inside a
    profiler range of its own (BYTE_MARK + its number), and the count that gives each range the
    bytes its op moved (aten_op_bytes). Eager only: while a dispatch mode is active, Dynamo runs a
    compiled function's frames eagerly (seen with torch 2.13), so a compiled run would be counted
    as the eager one."""
    import torch
    from torch.profiler import ProfilerActivity, profile, record_function
    from torch.utils._python_dispatch import TorchDispatchMode

    moved: dict[str, tuple[int, str]] = {}

    class ByteMarks(TorchDispatchMode):
        def __torch_dispatch__(self, func, types, args=(), kwargs=None):
            kwargs = kwargs or {}
            if is_view(func):
                return func(*args, **kwargs)
            mark = f"{BYTE_MARK}{len(moved)}"
            moved[mark] = (0, "")
            with record_function(mark):
                out = func(*args, **kwargs)
            moved[mark] = (aten_op_bytes(func, args, kwargs, out), func._schema.name)
            return out

    activities = [ProfilerActivity.CPU] + ([ProfilerActivity.CUDA] if on_gpu else [])
    with profile(activities=activities) as prof, ByteMarks():
        _run(fn, on_gpu)

    def count(event):
        if event.device_type != torch.autograd.DeviceType.CPU:
            return None  # the range's twin on the GPU's timeline
        found = moved.get(event.name)
        return found if found and found[0] else None

    return list(prof.events()), count


# Ops that read only the rows of their first argument that their indices pick: as many elements
# as they write, not the whole table (an embedding of 1000 rows looked up 160 times reads 160).
GATHERS = ("aten::embedding", "aten::index_select", "aten::gather", "aten::index")
# Ops that move no data: a view aten does not mark as one (matmul's reshape of bmm's result), and
# allocations (empty_like takes only a shape from its input, and writes nothing).
MOVE_NOTHING = ("aten::_unsafe_view", "aten::empty", "aten::empty_like", "aten::empty_strided",
                "aten::new_empty", "aten::new_empty_strided", "aten::lift_fresh")
# Ops that write their output without reading a tensor (fill_ and zero_ write their self; the
# factories take at most a shape from an input).
WRITE_ONLY = ("aten::fill_", "aten::zero_", "aten::zeros", "aten::ones", "aten::full", "aten::zeros_like",
              "aten::ones_like", "aten::full_like", "aten::arange", "aten::scalar_tensor")


def aten_op_bytes(func, args, kwargs, out) -> int:
    """Bytes an aten op moves at least: it reads each tensor argument once and writes each output
    once; a gather (GATHERS) reads of its table only what it writes; allocations and views aten
    does not mark move nothing (MOVE_NOTHING); fills write only (WRITE_ONLY). An op written with
    out= returns its out tensors, which are counted once, as arguments."""
    import torch
    from torch.utils._pytree import tree_leaves

    def size(tree) -> int:
        return sum(addressed(leaf) * leaf.element_size() for leaf in tree_leaves(tree) if isinstance(leaf, torch.Tensor))

    name = getattr(getattr(func, "_schema", None), "name", "")
    if name in MOVE_NOTHING:
        return 0
    if name in WRITE_ONLY:
        return size(out)
    if name in GATHERS and args:
        return size((args[1:], kwargs)) + 2 * size(out)
    schema_args = getattr(getattr(func, "_schema", None), "arguments", [])
    writes_out = any(a.kwarg_only and a.alias_info is not None and a.alias_info.is_write for a in schema_args)
    return size((args, kwargs) if writes_out else (args, kwargs, out))


def addressed(tensor) -> int:
    """The elements a tensor's memory holds for its shape: a broadcast dimension (stride 0, as
    expand makes) holds one element however long it is, so an expanded bias of 256 values reads 256,
    not 64 x 256."""
    if tensor.numel() == 0:
        return 0
    try:
        strides = tensor.stride()
    except (RuntimeError, NotImplementedError):  # sparse or nested: no strides, count its elements
        return tensor.numel()
    return math.prod(n for n, stride in zip(tensor.shape, strides) if stride != 0)


def is_view(op) -> bool:
    """An op whose output aliases its input without writing it (view, t, expand, detach)."""
    known = getattr(op, "is_view", None)
    if known is not None:
        return bool(known)
    returns = getattr(getattr(op, "_schema", None), "returns", [])
    alias = getattr(returns[0], "alias_info", None) if returns else None
    return alias is not None and not alias.is_write


def op_figures(picked: Iterable[tuple[str, object]], count: Count = counted_flops) -> dict[str, tuple[int, str]]:
    """name -> (figure of one call, the ops counted) for each picked (name, event), an op and the
    ops it calls in turn (aten::linear's FLOPs are its aten::addmm's); a name whose calls differ,
    or count nothing, gets none."""
    per_call: dict[str, set[tuple[int, str]]] = {}
    for name, event in picked:
        counted = [c for c in map(count, _subtree(event)) if c]
        per_call.setdefault(name, set()).add(
            (sum(figure for figure, _ in counted), ", ".join(sorted({op for _, op in counted}))))
    return {name: calls.pop() for name, calls in per_call.items() if len(calls) == 1 and next(iter(calls))[0]}


# host calls that launch one kernel each: the k-th of them in a run is the k-th kernel on its stream
LAUNCH_CALLS = ("cudaLaunchKernel", "cudaLaunchKernelExC", "cudaLaunchCooperativeKernel",
                "cuLaunchKernel", "cuLaunchKernelEx", "cuLaunchCooperativeKernel")


def kernel_figures(events: list, count: Count = counted_flops) -> dict[str, tuple[int, str]]:
    """GPU kernel name -> (figure of one call, op) for each kernel that runs only as the one kernel
    of an op that counts, every call with the same figure. A GEMM that cuBLAS splits in two kernels
    (split-K and its reduction) gets none: which of them did the multiplies is not recorded."""
    launches = _linked_launches(events, count) or _ordered_launches(events, count)
    calls = Counter(kernel for _, kernel in launches)
    per_op: dict[int, tuple[object, list[str]]] = {}
    for owner, kernel in launches:
        if owner is not None:
            per_op.setdefault(id(owner), (owner, []))[1].append(kernel)
    per_kernel: dict[str, list[tuple[int, str]]] = {}
    for owner, kernels in per_op.values():
        if len(kernels) == 1:
            per_kernel.setdefault(kernels[0], []).append(count(owner))
    return {name: counted[0] for name, counted in per_kernel.items()
            if len(counted) == calls[name] and len(set(counted)) == 1}


def is_kernel_event(event) -> bool:
    """A kernel on the GPU's timeline: not a copy or memset (an L2 flush is one), nor a
    record_function range, which the profiler also draws there (is_user_annotation, torch 2.4+)."""
    if getattr(event, "is_user_annotation", False):
        return False
    return not event.name.startswith(("Memcpy", "Memset", "## ", BYTE_MARK))


def _linked_launches(events: list, count: Count) -> list[tuple[object | None, str]]:
    """(op that counts and launched it, or None; kernel name) for each kernel the profiler linked
    to its op by correlation id: each hangs under the innermost op that launched it. An event
    inside that op with the same correlation id holds the kernel too (CUPTI's 'Activity Buffer
    Request', torch 2.11 with CUDA 13 on an H200): only the outermost holder counts."""
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
            while owner is not None and not count(owner):
                owner = parent_of.get(id(owner))
            counted_inside = owner is not None and any(count(e) for e in _subtree(owner) if e is not owner)
            launches.append((None if counted_inside else owner, kernel.name))
    return launches


def _ordered_launches(events: list, count: Count) -> list[tuple[object | None, str]]:
    """The same pairs where the profiler linked no kernel to any op (its correlation ids can be
    missing): on one stream the k-th launch call on the host is the k-th kernel on the GPU, and its
    op is the innermost op that counts whose time span holds the launch call."""
    from torch.autograd import DeviceType

    def start(e):
        return e.time_range.start

    launch_calls = sorted((e for e in events if e.name in LAUNCH_CALLS), key=start)
    kernels = sorted((e for e in events if e.device_type == DeviceType.CUDA and is_kernel_event(e)), key=start)
    if not kernels or len(launch_calls) != len(kernels) or len({k.device_resource_id for k in kernels}) != 1:
        return []  # several streams, CUDA graphs or unmatched calls: no order to trust
    counted = [e for e in events if e.device_type == DeviceType.CPU and count(e)]

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


def bytes_figures(found: dict[str, tuple[int, str]], kernel: str, source: str = OP_BYTES_SOURCE) -> dict:
    """measured_row's byte keywords for one kernel or op, if its ops were counted (`source` names
    how, with a place for them)."""
    if kernel not in found:
        return {}
    moved, ops = found[kernel]
    return {"bytes_moved": moved, "bytes_source": source.format(ops=ops)}


def _run(fn: Callable[[], object], on_gpu: bool) -> None:
    fn()
    if on_gpu:
        import torch

        torch.cuda.synchronize()


def _subtree(event) -> list:
    out, stack = [], [event]
    while stack:
        e = stack.pop()
        out.append(e)
        stack.extend(e.cpu_children)
    return out
