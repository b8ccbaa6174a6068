"""How `dump` and `show` print stages: both go through here, so they print the same thing."""
from __future__ import annotations

import base64
import json

from irlens.fusion import kernel_of, split_unfused
from irlens.parsers.hlo import kernel_symbol
from irlens.record import Capture, StageRecord

BACKENDS = ("cuda", "cpu")
# Without a GPU, Dynamo traces once, before any backend is chosen: its graphs and breaks belong to
# both outputs. With one, the model is traced once per device, and each backend has its own trace.
BACKEND_NEUTRAL_STAGES = frozenset({"dynamo", "graph_breaks"})


def has_both_backends(capture: Capture) -> bool:
    """True when some stage has CPU and GPU records side by side (torch: Inductor's C++ and its
    CUDA output for sm_90)."""
    return any({r.target == "cpu" for r in capture.select(stage=s)} == {True, False} for s in capture.stages())


def select_records(capture: Capture, stage: str, kernel: str | None = None,
                   backend: str = "cuda") -> list[StageRecord]:
    """The records of one stage. In a capture with both backends, only the chosen backend's
    records: CPU output is never shown under a CUDA name, nor CUDA kernels under the CPU choice."""
    records = capture.select(stage=stage)
    if kernel:  # XLA's stages name gemm_fusion_dot.1's kernel gemm_fusion_dot_1: either finds it
        records = [r for r in records if kernel in r.unit or kernel_symbol(kernel) in kernel_symbol(r.unit)]
        # a name that is a unit's whole name picks that unit alone: `power`, not also `power#2`;
        # `add`, not also `add_one`; `graph 1`, not also `graph 10 (10/0)`; `fusion`, not `mlp/fusion_1`
        exact = [r for r in records if kernel_symbol(kernel) in {
            kernel_symbol(name) for name in (r.unit, r.unit.split(" (")[0], unit_kernel(r.unit))}]
        records = exact or records
    if has_both_backends(capture):
        chosen = [r for r in records if (r.target == "cpu") == (backend == "cpu")]
        if chosen or stage not in BACKEND_NEUTRAL_STAGES:
            records = chosen
    return records


def unit_kernel(unit: str) -> str:
    """The kernel a unit is named for, without what tells units apart: "k (graph 1 (1/0))" -> "k",
    XLA's "fn/fusion_1" -> "fusion_1"."""
    return unit.split(" (")[0].rsplit("/", 1)[-1]


def header(record: StageRecord) -> str:
    where = ", ".join(x for x in (record.framework, record.target) if x)
    function = record.metadata.get("function")
    return f"=== {record.stage}: {record.unit} ({where})" + (f" · {function}()" if function else "") + " ==="


def pass_summary(record: StageRecord) -> str | None:
    """For a pass-by-pass MLIR dump: which passes changed the module, in the order they ran (the
    dump shows the module before every pass, most of them unchanged)."""
    passes = record.metadata.get("passes")
    if not isinstance(passes, list) or not passes or not isinstance(passes[0], dict) or "changed_by" not in passes[0]:
        return None
    changed = [p["changed_by"] for p in passes if p.get("changed") and p.get("changed_by")]
    counts: dict[str, int] = {}
    for name in changed:
        counts[name] = counts.get(name, 0) + 1
    names = ", ".join(name + (f" (x{n})" if n > 1 else "") for name, n in counts.items()) or "none"
    return f"// {len(passes)} snapshots; {len(changed)} show a change, made by: {names}"


def fusion_summary(record: StageRecord) -> str | None:
    """For a fusion map: one `//` line per kernel (a DOT comment, so the output stays valid DOT):
    its kind, the ops fused into it and the user lines they came from; then what stayed unfused."""
    fmap = record.metadata.get("fusion_map")
    if not isinstance(fmap, dict) or not fmap.get("kernels"):
        return None
    lines = []
    for k in fmap["kernels"]:
        # Inductor's layout copies before a library call (channels-last for a convolution) run no op of the graph
        ops = ", ".join(k.get("ops") or []) or ("its ops not attributed by the records (below)"
                                                if fmap.get("unattributed") else "no graph op of its own")
        where = ", ".join(s.rsplit("/", 1)[-1] for s in k.get("sources") or [])
        lines.append(f"// {k['name']} [{k.get('kind', '?')}]: {ops}" + (f"  <- {where}" if where else "")
                     + (f"  ({k['note']})" if k.get("note") else ""))
    alone, refused = split_unfused(fmap)
    # a library call is its own kernel (its cluster in the drawing) with nothing fused into it; the
    # views that shape its inputs, which the records file under it, run in no kernel
    called = [u["node"] for u in alone if u["reason"].startswith("library call")]
    elsewhere = [u["node"] for u in alone if not u["reason"].startswith("library call")]
    if called:
        def helpers(node: str) -> str:
            named = [k["name"] for k in fmap["kernels"] if node in (k.get("helps") or ())]
            return f"; its inputs prepared or output finished by {', '.join(named)}" if named else ""

        lines.append("// library calls, nothing fused into them: "
                     + ", ".join(f"{node} ({kernel_of(fmap, node)}{helpers(node)})" for node in called))
    if elsewhere:
        lines.append(f"// in no kernel: {', '.join(elsewhere)} (the reasons are in --format json)")
    if refused:
        lines.append(f"// fusions Inductor refused: {len(refused)} (the pairs and reasons are in --format json)")
    unattributed = fmap.get("unattributed") or []
    if unattributed:
        lines.append(f"// not attributed to a kernel: {', '.join(unattributed)}: {fmap.get('unattributed_reason')}")
    return "\n".join(lines)


def scheduler_summary(record: StageRecord) -> str | None:
    """For Inductor's scheduler IR: the nodes in one `#` line, each fused node with what it holds."""
    nodes = record.metadata.get("scheduler_nodes")
    if not isinstance(nodes, list) or not nodes:
        return None
    fused = [f"{n['name']} ({n['kind']})" for n in nodes if n.get("members")]
    return (f"# {len(nodes)} scheduler nodes" + (f"; fused: {', '.join(fused)}" if fused else "")
            + "; ExternKernel nodes are library calls")


def render_text(records: list[StageRecord]) -> str:
    parts = []
    for r in records:
        parts.append(header(r))
        summary = (pass_summary(r) or fusion_summary(r) or scheduler_summary(r)) if not r.error else None
        if summary:
            parts.append(summary)
        if r.error:
            parts.append(f"[{'not made here' if r.absent_by_design else 'not captured'}: {r.error}]")
        elif r.data is not None:
            parts.append(f"[binary, {len(r.data)} bytes: 'irlens capture -o DIR' saves it; "
                         f"--stage sass shows its disassembly]")
        else:
            parts.append((r.text or "").rstrip("\n"))
    return "\n".join(parts) + ("\n" if parts else "")


def record_to_json(r: StageRecord) -> dict:
    out = {
        "framework": r.framework, "stage": r.stage, "unit": r.unit, "target": r.target,
        "language": r.language, "metadata": r.metadata, "compile_time_s": r.compile_time_s,
        "error": r.error,
        "line_map": {str(k): str(v) for k, v in sorted(r.line_map.items())},
    }
    if r.data is not None:
        out["base64"] = base64.b64encode(r.data).decode()
    else:
        out["text"] = r.text
    return out


def render_json(records: list[StageRecord]) -> str:
    return json.dumps([record_to_json(r) for r in records], indent=1) + "\n"
