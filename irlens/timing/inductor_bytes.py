"""What Inductor's scheduler says a compiled run moves: the whole run, each library call it leaves
to aten, and each C++ kernel it generates. Its own figures (read and write buffer sizes of its
scheduler nodes), taken while it compiles."""
from __future__ import annotations

import contextlib
import logging
import re
from dataclasses import dataclass, field


@dataclass
class InductorBytes:
    """Filled in when the compile under `inductor_bytes()` ends. total: all its kernels; library:
    aten op -> the byte count of each call Inductor made to it; cpp_kernels: C++ kernel name -> the
    byte count of each of its calls (one per place the output code calls it)."""
    total: int | None = None
    library: dict[str, list[int]] = field(default_factory=dict)
    cpp_kernels: dict[str, list[int]] = field(default_factory=dict)


@contextlib.contextmanager
def inductor_bytes():
    """Inductor adds up its scheduler nodes' read and write buffer sizes (metrics.num_bytes_accessed,
    and each node's in metrics.nodes_num_elem) only while its `inductor_metrics` log is on: turn it
    on without printing. Checked with torch 2.11 and 2.13."""
    from torch._inductor import metrics

    try:
        from torch._inductor.compile_fx import inductor_metrics_log as logger
    except ImportError:
        logger = logging.getLogger("torch._inductor.compile_fx.__inductor_metrics")
    saved = (logger.level, logger.propagate)
    silent = logging.NullHandler()
    logger.setLevel(logging.INFO)
    logger.propagate = False
    logger.addHandler(silent)
    metrics.reset()
    counted = InductorBytes()
    try:
        with _cpp_kernel_nodes() as kernel_nodes:
            yield counted
    finally:
        scheduled = [node for node, _ in getattr(metrics, "nodes_num_elem", [])]
        counted.total = getattr(metrics, "num_bytes_accessed", 0) or None
        counted.library = _library_call_bytes(scheduled)
        counted.cpp_kernels = _cpp_kernel_bytes(kernel_nodes, scheduled)
        logger.removeHandler(silent)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]


def _library_call_bytes(scheduled: list) -> dict[str, list[int]]:
    """aten op -> the read+write buffer sizes of each of Inductor's calls to it (extern_kernels.mm,
    a fallback's torch.ops.aten.X.default)."""
    found: dict[str, list[int]] = {}
    for node in scheduled:
        called = getattr(getattr(node, "node", None), "python_kernel_name", None)
        match = re.fullmatch(r"(?:extern_kernels|torch\.ops\.aten)\.(\w+)(?:\.\w+)?", called or "")
        if match:
            size = _sizes(node)
            if size is not None:
                found.setdefault(f"aten::{match.group(1)}", []).append(size)
    return found


@contextlib.contextmanager
def _cpp_kernel_nodes():
    """C++ kernel name -> the scheduler nodes of each kernel Inductor's CppScheduling defines under
    that name, as it defines them. Inductor keeps no such record: its C++ kernels get a counter for
    a name and no size, so its `define_kernel`, which is given both, is watched. A torch without it
    gives none."""
    try:
        from torch._inductor.codegen.cpp import CppScheduling
    except ImportError:
        yield {}
        return
    original = getattr(CppScheduling, "define_kernel", None)
    found: dict[str, list[list]] = {}
    if original is None:
        yield found
        return

    def define_kernel(self, src_code, nodes, *args, **kwargs):
        name = original(self, src_code, nodes, *args, **kwargs)
        found.setdefault(name, []).append(list(nodes))
        return name

    CppScheduling.define_kernel = define_kernel
    try:
        yield found
    finally:
        CppScheduling.define_kernel = original


def _cpp_kernel_bytes(kernel_nodes: dict[str, list[list]], scheduled: list) -> dict[str, list[int]]:
    """C++ kernel name -> its bytes per definition: the sizes of the scheduler nodes (after fusion)
    whose parts it was generated from. One C++ kernel may hold several of them (the C++ backend
    groups nodes before it writes a kernel); a node whose parts went into two kernels gives neither
    a count."""
    owner = {}  # id of each part -> the scheduled node it belongs to
    for node in scheduled:
        for part in _parts(node):
            owner[id(part)] = node
    kernels_of: dict[int, set[str]] = {}
    for name, definitions in kernel_nodes.items():
        for parts in definitions:
            for part in parts:
                if id(part) in owner:
                    kernels_of.setdefault(id(owner[id(part)]), set()).add(name)
    found: dict[str, list[int]] = {}
    for name, definitions in kernel_nodes.items():
        sizes = []
        for parts in definitions:
            if not parts or any(id(part) not in owner for part in parts):
                break
            nodes = list({id(owner[id(part)]): owner[id(part)] for part in parts}.values())
            counted = [_sizes(node) for node in nodes]
            if None in counted or any(len(kernels_of[id(node)]) > 1 for node in nodes):
                break
            sizes.append(sum(counted))
        else:
            found[name] = sizes
    return found


def _parts(node) -> list:
    try:
        return list(node.get_nodes())
    except Exception:  # noqa: BLE001 - a node kind without parts
        return [node]


def _sizes(node) -> int | None:
    try:
        return int(node.get_read_write_buffers_sizes())
    except Exception:  # noqa: BLE001 - a node whose sizes are symbolic: no count
        return None
