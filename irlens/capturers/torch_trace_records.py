"""Stage records from torch.compile's structured-trace events: per compiled graph dynamo (with
guards), the AOTAutograd graphs, pre_grad, and per Inductor compile post_grad, inductor and fusion."""
from __future__ import annotations

from irlens.capturers.torch_compile_metrics import cache_hint, phase_times
from irlens.capturers.torch_compiled_graphs import CompiledGraph, InductorGraph, group_by_graph
from irlens.capturers.torch_fusion import build_fusion_map
from irlens.capturers.torch_fusion_log import (COLLECTED, FUSION_LOG_MARKER, MAX_LINES, NOT_IN_TRACE,
                                               fusion_summary, refused_fusions)
from irlens.capturers.torch_graph_breaks import graph_breaks_record, parse_graph_break
from irlens.capturers.torch_line_maps import fx_line_map, fx_node_locations, output_code_line_map
from irlens.capturers.torch_scheduler_ir import COLLECTED_MARKER, HEADINGS, ir_line_map, scheduler_nodes
from irlens.capturers.torch_trace_events import TraceEvent
from irlens.fusion import to_dot, validate_fusion_map
from irlens.record import StageRecord, also_from_metadata

FRAMEWORK = "torch"


def _unit(index: int, cid: str | None) -> str:
    return f"graph {index} ({cid})" if cid else f"graph {index}"


IR_NOT_LOGGED = ("not in this trace: Inductor writes its scheduler IR only to the ir_pre_fusion and "
                 "ir_post_fusion log artifacts (TORCH_LOGS), never to the structured trace (TORCH_TRACE)")
GUARDS_HEADING = "# ---- guards: when this graph is reused (Dynamo's guard tree) ----"


def _guards_section(guards: str) -> str:
    body = "\n".join("# " + line if line else "#" for line in guards.strip("\n").splitlines())
    return f"\n\n{GUARDS_HEADING}\n" + body + "\n"


def infer_target(output_code: str | None) -> str:
    """For a trace from elsewhere: "cpu" for Inductor's C++ output, else "cuda" (the arch is not logged)."""
    if output_code and ("async_compile.triton(" in output_code or "empty_strided_cuda(" in output_code):
        return "cuda"
    return "cpu"


def records_from_trace(events: list[TraceEvent], *, target: str | None,
                       source_file: str | None = None) -> list[StageRecord]:
    """Stage records from structured-trace events: per compiled graph dynamo (with guards),
    aot_joint / aot_forward / aot_backward, pre_grad, and per Inductor compile post_grad,
    inductor and fusion; plus one graph_breaks record. `target` is set on every record
    ("cpu", "sm_90", ...); None infers "cpu" or "cuda" from each output code."""
    graphs, breaks = group_by_graph(events)
    fusion_logged = any(e.kind == FUSION_LOG_MARKER for e in events)
    ir_logged = any(e.kind == COLLECTED_MARKER for e in events)
    records: list[StageRecord] = []
    for index, g in enumerate(graphs):
        records.extend(_graph_records(index, g, target, source_file, fusion_logged, ir_logged))
    parsed = [parse_graph_break(e.payload or "", source_file) for e in breaks]
    if graphs or parsed:  # with nothing compiled, "no graph breaks" would say too much
        first_target = target or next((r.target for r in records if r.stage == "inductor"), "cpu")
        records.append(graph_breaks_record(parsed, target=first_target, framework=FRAMEWORK))
    return records


def _graph_records(index: int, g: CompiledGraph, target: str | None, source_file: str | None,
                   fusion_logged: bool = False, ir_logged: bool = False) -> list[StageRecord]:
    unit = _unit(index, g.compile_id)
    times = phase_times(g.metrics, g.backward_metrics)
    forward_target = target or infer_target((g.inductor.get("forward") or InductorGraph()).output_code)
    base = {"compile_id": g.compile_id, "phase_times": times}
    if g.metrics and g.metrics.get("co_name"):  # the function Dynamo compiled: a script may compile several
        base["function"] = g.metrics["co_name"]
    out: list[StageRecord] = []

    def graph_record(stage: str, text: str | None, what: str, seconds: float | None = None,
                     meta: dict | None = None, unit_name: str = unit, tgt: str = forward_target):
        if text is None:
            reason = g.failure or f"torch.compile logged no {what} for this graph" + cache_hint(g.metrics)
            out.append(StageRecord(FRAMEWORK, stage, unit_name, tgt, error=reason, metadata=dict(base)))
            return
        out.append(StageRecord(FRAMEWORK, stage, unit_name, tgt, text=text, language="python",
                               metadata={**base, **(meta or {})}, line_map=fx_line_map(text, source_file),
                               compile_time_s=seconds))

    if g.dynamo is not None:
        text = g.dynamo.payload or ""
        line_map = fx_line_map(text, source_file)
        if g.guards:
            text = text.rstrip("\n") + "\n" + _guards_section(g.guards)
        meta = {**base, **_dynamo_metadata(g)}
        if g.guards:
            meta["guards"] = g.guards
        out.append(StageRecord(FRAMEWORK, "dynamo", unit, forward_target, text=text, language="python",
                               metadata=meta, line_map=line_map, compile_time_s=times.get("dynamo")))
    aot_s = times.get("aot_autograd")
    if g.aot_joint is not None:
        graph_record("aot_joint", g.aot_joint, "joint graph", aot_s)
    if g.aot_forward is not None or g.dynamo is not None:
        graph_record("aot_forward", g.aot_forward, "AOT forward graph", aot_s,
                     {"aot_graph": g.aot_forward_kind})
    if g.aot_backward is not None:
        graph_record("aot_backward", g.aot_backward, "AOT backward graph", aot_s)
    if g.pre_grad is not None or g.dynamo is not None:
        graph_record("pre_grad", g.pre_grad, "pre-grad graph", times.get("pre_grad_pass"))
    for direction, part in g.inductor.items():
        backward = direction == "backward"
        part_unit = unit + " backward" if backward else unit
        tgt = target or infer_target(part.output_code)
        post_s = None if backward else times.get("post_grad_pass")
        graph_record("post_grad", part.post_grad, "post-grad graph", post_s,
                     {"direction": direction}, unit_name=part_unit, tgt=tgt)
        out.extend(_scheduler_ir_records(part, part_unit, tgt, direction, base,
                                         g.failure if ir_logged else IR_NOT_LOGGED, source_file))
        inductor_s = times.get("backward_inductor" if backward else "inductor")
        if part.output_code is None:
            out.append(StageRecord(FRAMEWORK, "inductor", part_unit, tgt, metadata={**base, "direction": direction},
                                   error=g.failure or "Inductor logged no output code for this graph"
                                   + cache_hint(g.metrics)))
        else:
            line_map, also_from = output_code_line_map(part.output_code, part.stack_traces, source_file)
            out.append(StageRecord(
                FRAMEWORK, "inductor", part_unit, tgt, text=part.output_code, language="python",
                metadata={**base, "direction": direction, "backend": "cpu" if tgt == "cpu" else "cuda",
                          "output_file": part.output_file, **also_from_metadata(also_from)},
                line_map=line_map, compile_time_s=inductor_s))
        out.append(_fusion_record(part, part_unit, tgt, direction, source_file, base, fusion_logged))
    return out


def _scheduler_ir_records(part: InductorGraph, unit: str, target: str, direction: str, base: dict,
                          why_missing: str | None, source_file: str | None) -> list[StageRecord]:
    out = []
    locations = fx_node_locations(part.post_grad, source_file) if part.post_grad else {}
    for stage, heading in HEADINGS.items():
        event = part.scheduler_ir.get(stage)
        if event is None:
            out.append(StageRecord(FRAMEWORK, stage, unit, target, metadata={
                                       **base, "direction": direction,
                                       **({"absent_by_design": True} if why_missing == IR_NOT_LOGGED else {})},
                                   error=why_missing or f"Inductor logged no scheduler IR {heading.lower()} "
                                                    f"for this graph"))
            continue
        text, origins = event.payload or "", (event.info or {}).get("origins", {})
        out.append(StageRecord(FRAMEWORK, stage, unit, target, text=text, language="python",
                               metadata={**base, "direction": direction, "scheduler_nodes": scheduler_nodes(text),
                                         "fx_origins": origins},
                               line_map=ir_line_map(text, origins, locations)))
    return out


def _dynamo_metadata(g: CompiledGraph) -> dict:
    meta: dict = {}
    if isinstance(g.dynamo.info, dict) and "sizes" in g.dynamo.info:
        meta["sizes"] = g.dynamo.info["sizes"]
    if g.metrics:
        for key in ("co_name", "co_filename", "co_firstlineno", "guard_count", "graph_op_count",
                    "graph_node_count", "graph_input_count", "restart_reasons"):
            if g.metrics.get(key) not in (None, []):
                meta[key] = g.metrics[key]
    return meta


def _fusion_record(part: InductorGraph, unit: str, target: str, direction: str,
                   source_file: str | None, base: dict, fusion_logged: bool = False) -> StageRecord:
    """The fusion map, with the fusions Inductor's scheduler refused (in its own words) among
    the unfused, its raw fusion log lines (fusion_decisions) and a summary."""
    if part.post_grad is None or part.output_code is None:
        return StageRecord(FRAMEWORK, "fusion", unit, target, metadata=dict(base),
                           error="no post-grad graph or output code to map kernels to nodes")
    fmap, how = build_fusion_map(part.post_grad, part.output_code, part.node_mappings,
                                 part.stack_traces, source_file)
    fmap["unfused"].extend(refused_fusions(fmap, part.fusion_log))
    validate_fusion_map(fmap)
    decisions = [e.payload or "" for e in part.fusion_log] if fusion_logged else None
    meta = {**base, "direction": direction, "fusion_map": fmap, "node_source": how,
            "fusion_log": COLLECTED if fusion_logged else NOT_IN_TRACE,
            "summary": fusion_summary(fmap, decisions)}
    if decisions is not None:
        meta["fusion_decisions"] = decisions[:MAX_LINES]
        if len(decisions) > MAX_LINES:
            meta["fusion_log"] += f" (first {MAX_LINES} of {len(decisions)} lines kept)"
    return StageRecord(FRAMEWORK, "fusion", unit, target, text=to_dot(fmap), language="dot", metadata=meta)
