"""The fusion map: which graph nodes (torch FX/ATen nodes, XLA HLO ops) went into which kernel.

Torch and JAX capturers both produce this same plain-dict shape, stored in the `fusion` stage
record's metadata["fusion_map"] (the record's text is the DOT drawing), so every view treats
the two compilers alike:

    {"framework": "torch" | "jax",
     "kernels": [{"name": str, "kind": str, "nodes": [node names], "ops": [op names],
                  "sources": ["file:line", ...]}],
     "nodes": {name: {"op": str, "kernel": kernel name or None, "source": "file:line" or None}},
     # a control-flow op (XLA's while, conditional, call) also has "runs": {role: [kernels]}
     # and, for a loop of known length, "trip_count"; those kernels have "inside": "while.6 (body)"
     "edges": [[producer, consumer], ...],
     "unfused": [{"node": name, "reason": str}],
     "unattributed": [node names], "unattributed_reason": str}   # optional

An unattributed node went into some kernel that the compiler's records do not name: it is neither
fused nor unfused as far as irlens can tell, and is drawn and counted apart.

A generated kernel may have "helps": the nodes of a library call that Inductor's records also name
for it (it prepares the call's inputs or finishes its output, such as a convolution's bias), with a
"note" saying so; those nodes stay the call's.

An unfused entry may also say what Inductor refused to fuse it with: "with" (the other node),
"kernel" / "with_kernel" (where each ended up) and "inductor_message" (the scheduler's own line).

Kinds: pointwise, reduction, persistent_reduction, template, extern (a library call such as
cuBLAS), cpp (an Inductor C++ kernel), and for XLA the fusion kinds kLoop, kInput, kOutput, ...
"""
from __future__ import annotations

from irlens.parsers.hlo_fusion import through_triton

KIND_COLORS = {
    "pointwise": "#d8ecff", "reduction": "#ffe3c2", "persistent_reduction": "#ffd0a8",
    "template": "#e6d8ff", "extern": "#eeeeee", "cpp": "#d9f2d9",
    # XLA's fusion kinds, coloured like their Inductor counterparts
    "kLoop": "#d8ecff", "kInput": "#ffe3c2", "kOutput": "#e6d8ff", "kCustom": "#eeeeee",
}


def kind_label(kernel: dict) -> str:
    """A kernel's kind as shown: an XLA kCustom fusion also says what made it (`kCustom:
    __triton_nested_gemm_fusion` is code XLA generated through Triton, `kCustom: __ynn_fusion` a
    YNNPACK call)."""
    kind = kernel.get("kind") or "?"
    return f"{kind}: {kernel['config']}" if kernel.get("config") else kind


def kind_color(kernel: dict) -> str:
    # kCustom is grey, a library call, except where XLA generated the code through Triton
    if kernel.get("kind") == "kCustom" and through_triton(kernel.get("config")):
        return KIND_COLORS["template"]
    return KIND_COLORS.get(kernel.get("kind", ""), "#f4f4f4")


def validate_fusion_map(fmap: dict) -> None:
    """Raise ValueError when a fusion map does not have the shape above."""
    for key in ("framework", "kernels", "nodes", "edges", "unfused"):
        if key not in fmap:
            raise ValueError(f"fusion map has no {key!r}")
    names = set(fmap["nodes"])
    for k in fmap["kernels"]:
        missing = [n for n in k["nodes"] if n not in names]
        if missing:
            raise ValueError(f"kernel {k['name']} names unknown nodes {missing[:3]}")
    for node, info in fmap["nodes"].items():
        if info.get("kernel") and node not in next(
                (k["nodes"] for k in fmap["kernels"] if k["name"] == info["kernel"]), []):
            raise ValueError(f"node {node} says kernel {info['kernel']} but that kernel does not list it")


def split_unfused(fmap: dict) -> tuple[list[dict], list[dict]]:
    """(ops in no fused kernel, once each: views, getitems, library calls; fusions the compiler
    refused between ops that each went into some kernel, the entries that name `with`)."""
    alone, refused, seen = [], [], set()
    for entry in fmap.get("unfused") or []:
        if "with" in entry:
            refused.append(entry)
        elif entry["node"] not in seen:
            seen.add(entry["node"])
            alone.append(entry)
    return alone, refused


def kernel_of(fmap: dict, node: str) -> str | None:
    return fmap["nodes"].get(node, {}).get("kernel")


def to_networkx(fmap: dict):
    """A DiGraph: one vertex per node (attributes op, kernel, source), data-flow edges,
    and graph["kernels"] holding the kernel list."""
    import networkx as nx

    g = nx.DiGraph(framework=fmap["framework"], kernels=fmap["kernels"], unfused=fmap["unfused"])
    for name, info in fmap["nodes"].items():
        g.add_node(name, **info)
    g.add_edges_from((a, b) for a, b in fmap["edges"] if a in g and b in g)
    return g


def _quote(s: str) -> str:
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def to_dot(fmap: dict, max_nodes_per_kernel: int = 12, kernels: list[str] | None = None) -> str:
    """Graphviz DOT with one cluster per kernel. Kernels with more nodes than
    max_nodes_per_kernel are collapsed to their first nodes and a '+N more' vertex, so a
    real model stays readable; `kernels` restricts the drawing to those kernels."""
    chosen = [k for k in fmap["kernels"] if kernels is None or k["name"] in kernels]
    shown: set[str] = set()
    # A node Inductor computes again in another kernel (a bias add each kernel redoes), or a
    # reduction it split over two kernels, is drawn in each: a DOT node lives in one cluster, so
    # the later ones are copies.
    copies: dict[str, dict[int, str]] = {}
    lines = ["digraph fusion {", "  rankdir=TB; compound=true;",
             '  node [shape=box, style="rounded,filled", fillcolor=white, fontname="Helvetica", fontsize=10];']
    clusters: dict[int, list[str]] = {}
    for i, k in enumerate(chosen):
        color = kind_color(k)
        cluster = clusters[i] = [f"  subgraph cluster_{i} {{"]
        heading = k["name"] + "  [" + kind_label(k) + "]" + (f"\n{k['tiling']}" if k.get("tiling") else "")
        cluster.append(f"    label={_quote(heading)}; style=filled; pencolor=black; "
                       f"fillcolor={_quote(color)}; fontname=\"Helvetica\"; fontsize=11;")
        members = k["nodes"][:max_nodes_per_kernel]
        for n in members:
            info = fmap["nodes"].get(n, {})
            label = n if not info.get("op") or info["op"] == n else f"{n}\n{info['op']}"
            if n in shown:
                copies.setdefault(n, {})[i] = f"{n}@{k['name']}"
                again = "(reduction finished here)" if k.get("split_of") else "(computed again)"
                cluster.append(f"    {_quote(copies[n][i])} [label={_quote(label + chr(10) + again)}];")
                continue
            cluster.append(f"    {_quote(n)} [label={_quote(label)}];")
            shown.add(n)
            copies.setdefault(n, {})[i] = n
        hidden = len(k["nodes"]) - len(members)
        if hidden > 0:
            cluster.append(f"    {_quote(k['name'] + '__more')} [label={_quote(f'+{hidden} more')}, shape=plain];")
        cluster.append("  }")
    lines += _framed(chosen, clusters, fmap)
    if kernels is None:
        unattributed = set(fmap.get("unattributed") or [])
        for n, info in fmap["nodes"].items():
            if info.get("runs") is not None:  # control flow: the kernels of its frames run inside it
                lines.append(f"  {_quote(n)} [label={_quote(control_label(n, info))}, shape=hexagon, "
                             f"style=filled, fillcolor=\"#fff4c2\"];")
                shown.add(n)
            elif not info.get("kernel"):
                style = "dotted" if n in unattributed else "dashed"
                lines.append(f"  {_quote(n)} [label={_quote(n + chr(10) + str(info.get('op') or ''))}, "
                             f"style={style}];")
                shown.add(n)
        lines += _frame_edges(chosen, fmap, shown)
    # the kernel finishing a split reduction reads the partial results, not its node's inputs
    finishing = {i for i, k in enumerate(chosen) if k.get("split_of")}
    for a, b in fmap["edges"]:
        if a not in shown or b not in shown:
            continue
        for cluster, b_id in (copies.get(b) or {None: b}).items():
            if cluster in finishing and b_id != b:
                continue
            a_id = (copies.get(a) or {}).get(cluster, a)  # a copy reads the copy in its own kernel
            lines.append(f"  {_quote(a_id)} -> {_quote(b_id)};")
    for n, per_cluster in copies.items():
        for cluster, copy in per_cluster.items():
            if cluster in finishing and copy != n:
                lines.append(f"  {_quote(n)} -> {_quote(copy)};")
    lines.append("}")
    return "\n".join(lines) + "\n"


def control_label(name: str, info: dict) -> str:
    """A control-flow node's label: what it is and what it runs ("while.6 / while loop: its body
    runs 16 times")."""
    op = info.get("op") or ""
    if op == "while":
        trips = info.get("trip_count")
        return f"{name}\nwhile loop: its body runs " + (f"{trips} times" if trips else "each step")
    if info.get("runs"):
        return f"{name}\n{op}: runs " + ", ".join(info["runs"])
    return f"{name}\n{op}"


def _frames(chosen: list[dict]) -> dict[str, list[int]]:
    """Each frame a control-flow op runs ("while.6 (body)", a kernel's `inside`) -> the indexes in
    `chosen` of its kernels, in the order the frames first appear (cluster_frame_<j> is the j-th)."""
    frames: dict[str, list[int]] = {}
    for i, k in enumerate(chosen):
        if k.get("inside"):
            frames.setdefault(k["inside"], []).append(i)
    return frames


def _owner_and_role(frame: str) -> tuple[str, str]:
    """"while.6 (body)" -> ("while.6", "body")."""
    owner, _, role = frame.partition(" (")
    return owner, role.rstrip(")")


def _framed(chosen: list[dict], clusters: dict[int, list[str]], fmap: dict) -> list[str]:
    """The kernel clusters, those that run inside a control-flow op (a loop's body or condition,
    a branch: the kernel's `inside`) wrapped in a cluster of that frame."""
    lines = [line for i, k in enumerate(chosen) if not k.get("inside") for line in clusters[i]]
    for j, (frame, members) in enumerate(_frames(chosen).items()):
        owner, role = _owner_and_role(frame)
        trips = fmap["nodes"].get(owner, {}).get("trip_count")
        label = frame + (f": {trips} times" if trips and role == "body" else "")
        lines.append(f"  subgraph cluster_frame_{j} {{")
        lines.append(f'    label={_quote(label)}; style="dashed,rounded"; color="#a08a2c"; fontname="Helvetica"; '
                     "fontsize=11;")
        for i in members:
            lines += ["  " + line for line in clusters[i]]
        lines.append("  }")
    return lines


def _frame_edges(chosen: list[dict], fmap: dict, shown: set[str]) -> list[str]:
    """A dotted edge from each control-flow op to each frame it runs, landing on the frame."""
    lines = []
    for j, (frame, members) in enumerate(_frames(chosen).items()):
        owner, role = _owner_and_role(frame)
        first = next((n for i in members for n in chosen[i]["nodes"] if n in shown), None)
        if owner in shown and first is not None:
            lines.append(f"  {_quote(owner)} -> {_quote(first)} [lhead=cluster_frame_{j}, style=dotted, "
                         f"label={_quote(role)}, fontsize=9];")
    return lines


def summarize(fmap: dict) -> dict:
    """Counts a class compares across compilers: ops in, kernels out, what stayed unfused."""
    by_kind: dict[str, int] = {}
    for k in fmap["kernels"]:
        by_kind[k.get("kind", "?")] = by_kind.get(k.get("kind", "?"), 0) + 1
    return {
        "ops": len(fmap["nodes"]),
        "kernels": len(fmap["kernels"]),
        "kernels_by_kind": by_kind,
        "fused_ops": sum(1 for k in fmap["kernels"] if len(k["nodes"]) > 1 for _ in k["nodes"]),
        "unfused": len(split_unfused(fmap)[0]),
        "refused_fusions": len(split_unfused(fmap)[1]),
        "unattributed": len(fmap.get("unattributed") or []),
    }
