"""Inductor's scheduler IR as its log prints it (torch/_inductor/debug.py, DebugFormatter._write_ir):
the nodes, which nodes a fused node holds, what each writes and reads, its loop body's ops."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_NODE = re.compile(r"^(\w+): (\w+)\(", re.MULTILINE)  # "op1_op2: FusedSchedulerNode(..." at column 0
_BUFFER = re.compile(r"(?:MemoryDep\(|name=)'(\w+)'")
_OP_CALL = re.compile(r"\bops\.(\w+)\(")
_PLUMBING = {"load", "store", "store_reduction", "constant", "index_expr", "indirect_indexing"}


@dataclass
class SchedulerNode:
    name: str
    kind: str                  # SchedulerNode, ExternKernelSchedulerNode, FusedSchedulerNode, ...
    members: list[str] = field(default_factory=list)  # a fused node's nodes, as Inductor prints them after it
    writes: list[str] = field(default_factory=list)   # buffers
    reads: list[str] = field(default_factory=list)    # buffers other nodes write (unmet dependencies)
    ops: list[str] = field(default_factory=list)      # the loop bodies' ops, loads and stores left out
    kernel: str | None = None  # an extern node's library call (extern_kernels.mm)

    @property
    def fused(self) -> bool:
        return "Fused" in self.kind


def node_names(text: str) -> list[str]:
    """Every node name the IR opens an entry for, fused nodes' members included."""
    return [m[1] for m in _NODE.finditer(text)]


def node_header(line: str) -> str | None:
    """The node a line opens the entry of (`op1: SchedulerNode(ComputedBuffer)`), or None."""
    m = _NODE.match(line)
    return m[1] if m else None


def scheduler_nodes(text: str) -> list[SchedulerNode]:
    """The top-level nodes in order; a fused node's members are folded into it (their ops)."""
    blocks = list(_NODE.finditer(text))
    nodes: list[SchedulerNode] = []
    for i, m in enumerate(blocks):
        body = text[m.start():blocks[i + 1].start() if i + 1 < len(blocks) else len(text)]
        last = nodes[-1] if nodes else None
        ops = [op for op in dict.fromkeys(_OP_CALL.findall(body)) if op not in _PLUMBING]
        if last is not None and last.fused and m[1] in last.name.split("_"):
            last.members.append(m[1])
            last.ops.extend(op for op in ops if op not in last.ops)
            continue
        kernel = re.search(rf"^{re.escape(m[1])}\.node\.kernel = (\S+)", body, re.MULTILINE)
        nodes.append(SchedulerNode(m[1], m[2], writes=_buffers(body, m[1], "writes"),
                                   reads=_buffers(body, m[1], "unmet_dependencies"), ops=ops,
                                   kernel=kernel[1] if kernel else None))
    return nodes


def _buffers(body: str, name: str, field_name: str) -> list[str]:
    """The buffers of `name.field = [...]`, a list that may run over several lines."""
    start = body.find(f"{name}.{field_name} = ")
    if start < 0:
        return []
    open_at = body.find("[", start)
    depth = 0
    for end in range(open_at, len(body)):
        depth += {"[": 1, "]": -1}.get(body[end], 0)
        if depth == 0:
            return list(dict.fromkeys(_BUFFER.findall(body[open_at:end])))
    return []
