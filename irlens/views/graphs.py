"""Graphs to draw: FX graphs (torch) and HLO modules (XLA) read back from their printed text, and
the filtering that keeps a real model's graph readable (a name or op filter with its neighbours,
and a cap on the number of nodes, saying what was left out)."""
from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from irlens.fusion import kind_color, kind_label, to_dot
from irlens.parsers.fx import parse_fx_graph
from irlens.parsers.hlo import parse_hlo_module
from irlens.parsers.hlo_fusion import fusion_config_kind
from irlens.parsers.scheduler_ir import scheduler_nodes

FX_STAGES = ("dynamo", "aot_joint", "aot_forward", "aot_backward", "pre_grad", "post_grad")
HLO_STAGES = ("hlo", "hlo_opt")
SCHEDULER_STAGES = ("ir_pre_fusion", "ir_post_fusion")
FUSION_STAGE = "fusion"
DEFAULT_MAX_NODES = 80

_PLUMBING = {"parameter", "constant", "get-tuple-element", "tuple", "bitcast"}


def graph_kind(stage: str) -> str | None:
    if stage in FX_STAGES:
        return "fx"
    if stage in HLO_STAGES:
        return "hlo"
    if stage == FUSION_STAGE:
        return "fusion"
    if stage in SCHEDULER_STAGES:
        return "scheduler"
    return None


def fx_graph(text: str) -> nx.DiGraph:
    """The nodes of an FX graph printed by print_readable, with data-flow edges."""
    g = nx.DiGraph()
    for node in parse_fx_graph(text):
        g.add_node(node.name, op=node.short_op)
        g.add_edges_from((used, node.name) for used in node.uses)
    return g


def hlo_graph(text: str) -> nx.DiGraph:
    """The ENTRY computation of an HLO module: one node per instruction, a fusion node labelled
    with its kind and the ops of the computation it calls."""
    module = parse_hlo_module(text)
    g = nx.DiGraph()
    if module.entry is None:
        return g
    for ins in module.entry.instructions:
        attrs = {"op": ins.opcode}
        called = ins.called("calls")
        if ins.opcode == "fusion" and called and called[0] in module.computations:
            ops = [i.opcode for i in module.computations[called[0]].instructions if i.opcode not in _PLUMBING]
            attrs.update(kind=ins.attributes.get("kind", ""), config=fusion_config_kind(ins), fused_ops=ops)
        g.add_node(ins.name, **attrs)
        for operand in ins.operands:
            if operand in g:
                g.add_edge(operand, ins.name)
    return g


@dataclass(frozen=True)
class FilteredGraph:
    graph: nx.DiGraph
    total_nodes: int
    note: str  # what was left out, empty when nothing was


def filter_graph(g: nx.DiGraph, query: str = "", max_nodes: int = DEFAULT_MAX_NODES) -> FilteredGraph:
    """Nodes whose name or op contains `query` (case-insensitive) and their direct neighbours,
    then at most max_nodes of them in data-flow order."""
    keep = list(g.nodes)
    if query:
        q = query.lower()
        hits = [n for n in g.nodes if q in n.lower() or q in str(g.nodes[n].get("op", "")).lower()]
        near = set(hits)
        for n in hits:
            near.update(g.predecessors(n))
            near.update(g.successors(n))
        keep = [n for n in g.nodes if n in near]
    try:
        order = list(nx.topological_sort(g.subgraph(keep)))
    except nx.NetworkXUnfeasible:
        order = keep
    chosen = order[:max_nodes]
    notes = []
    if query:
        notes.append(f"{len(keep)} of {g.number_of_nodes()} nodes match {query!r} or neighbour a match")
    if len(order) > max_nodes:
        notes.append(f"showing the first {max_nodes} of {len(order)} in data-flow order")
    return FilteredGraph(g.subgraph(chosen).copy(), g.number_of_nodes(), "; ".join(notes))


def scheduler_graph(text: str) -> nx.DiGraph:
    """Inductor's scheduler nodes with an edge from the node that writes a buffer to each node
    that reads it; a fused node is one node holding its members' ops."""
    g = nx.DiGraph()
    nodes = scheduler_nodes(text)
    writer = {buf: n.name for n in nodes for buf in n.writes}
    for n in nodes:
        if n.kernel:
            op = n.kernel
        else:
            fused = f"fused ({len(n.members)} nodes): " if n.fused else ""
            op = fused + (", ".join(n.ops[:6]) + (f" +{len(n.ops) - 6}" if len(n.ops) > 6 else "") or n.kind)
        g.add_node(n.name, op=op, fill="#eeeeee" if n.kernel else "#ffe3c2" if n.fused else "#d8ecff")
    for n in nodes:
        g.add_edges_from((writer[buf], n.name) for buf in n.reads if buf in writer and writer[buf] != n.name)
    return g


def graph_of(kind: str, text: str) -> nx.DiGraph:
    """The graph of a stage's text, for a graph_kind other than "fusion"."""
    return {"fx": fx_graph, "hlo": hlo_graph, "scheduler": scheduler_graph}[kind](text)


def _quote(s: str) -> str:
    """A DOT string; a newline in `s` becomes DOT's line break."""
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def graph_dot(g: nx.DiGraph, name: str = "graph") -> str:
    """DOT for an FX, HLO or scheduler graph: inputs and outputs grey, fusions coloured by kind (a
    node's own `fill` where its graph gives one)."""
    lines = [f"digraph {_quote(name)} {{", "  rankdir=TB;",
             '  node [shape=box, style="rounded,filled", fillcolor=white, fontname="Helvetica", fontsize=10];']
    for n, info in g.nodes(data=True):
        op = str(info.get("op", ""))
        label = n if op in ("", n) else f"{n}\n{op}"
        fill = info.get("fill", "white")
        if op in ("input", "output", "parameter"):
            fill = "#eeeeee"
        elif op == "fusion":
            ops = info.get("fused_ops") or []
            label = f"{n}\n{kind_label(info)}: " + ", ".join(ops[:6]) + (f" +{len(ops) - 6}" if len(ops) > 6 else "")
            fill = kind_color(info)
        lines.append(f"  {_quote(n)} [label={_quote(label)}, fillcolor={_quote(fill)}];")
    for a, b in g.edges:
        lines.append(f"  {_quote(a)} -> {_quote(b)};")
    lines.append("}")
    return "\n".join(lines) + "\n"


def fusion_dot(fmap: dict, kernels: list[str] | None = None, max_nodes_per_kernel: int = 12) -> str:
    """The fusion map drawn by irlens.fusion, restricted to some kernels and collapsed."""
    return to_dot(fmap, max_nodes_per_kernel=max_nodes_per_kernel, kernels=kernels or None)

