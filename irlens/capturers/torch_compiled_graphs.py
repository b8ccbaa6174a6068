"""Structured-trace events grouped per compiled graph (one Dynamo compile id), with Inductor's
artifacts split between the forward and the backward compile of that graph."""
from __future__ import annotations

from dataclasses import dataclass, field

from irlens.capturers.torch_fusion_log import FUSION_LOG_KIND
from irlens.capturers.torch_scheduler_ir import HEADINGS as SCHEDULER_IR_STAGES
from irlens.capturers.torch_trace_events import TraceEvent

# Chromium spans that bracket a backward-graph compile: Inductor artifacts logged inside them
# belong to the backward graph (they carry the forward's compile id).
_BACKWARD_SPANS = ("entire_backward_compile",)
_BACKWARD_SPAN_SUFFIX = "bw_compiler"


@dataclass
class InductorGraph:
    """What Inductor logged while compiling one graph (forward, inference or backward)."""

    post_grad: str | None = None
    output_code: str | None = None
    output_file: str | None = None
    node_mappings: dict | None = None
    stack_traces: dict | None = None
    fusion_log: list[TraceEvent] = field(default_factory=list)
    scheduler_ir: dict[str, TraceEvent] = field(default_factory=dict)  # ir_pre_fusion / ir_post_fusion


@dataclass
class CompiledGraph:
    """Every record torch.compile logged for one compile id."""

    compile_id: str | None
    dynamo: TraceEvent | None = None
    guards: str | None = None
    aot_joint: str | None = None
    aot_forward: str | None = None
    aot_forward_kind: str = "aot_forward_graph"
    aot_backward: str | None = None
    pre_grad: str | None = None
    metrics: dict | None = None
    backward_metrics: dict | None = None
    failure: str | None = None
    inductor: dict[str, InductorGraph] = field(default_factory=dict)

    def part(self, direction: str) -> InductorGraph:
        return self.inductor.setdefault(direction, InductorGraph())


def _chromium_span(event: TraceEvent) -> tuple[str, str] | None:
    data = event.json_payload() if event.kind == "chromium_event" else None
    if not isinstance(data, dict):
        return None
    return str(data.get("name", "")), str(data.get("ph", ""))


def _is_backward_span(name: str) -> bool:
    return name in _BACKWARD_SPANS or name.endswith(_BACKWARD_SPAN_SUFFIX)


def group_by_graph(events: list[TraceEvent]) -> tuple[list[CompiledGraph], list[TraceEvent]]:
    """(graphs in compile order, graph-break events). Inductor's artifacts are split into the
    forward (or inference) and backward compiles by the chromium spans around them."""
    graphs: dict[object, CompiledGraph] = {}
    breaks: list[TraceEvent] = []
    backward_depth = 0
    anonymous = 0  # compiles outside Dynamo (compile_fx called directly) carry no compile id

    def graph_for(event: TraceEvent, slot: str | None = None) -> CompiledGraph:
        nonlocal anonymous
        cid = event.compile_id
        key = cid if cid is not None else ("anonymous", anonymous)
        if cid is None and slot and key in graphs and _slot_taken(graphs[key], slot, backward_depth):
            anonymous += 1
            key = ("anonymous", anonymous)
        return graphs.setdefault(key, CompiledGraph(cid))

    for event in events:
        span = _chromium_span(event)
        if span is not None:
            name, phase = span
            if _is_backward_span(name):
                backward_depth += 1 if phase == "B" else -1 if phase == "E" else 0
                backward_depth = max(backward_depth, 0)
            continue
        direction = "backward" if backward_depth else "forward"
        kind = event.kind
        if kind == "dynamo_graph_break_reason":
            breaks.append(event)
        elif kind == "dynamo_output_graph":
            g = graph_for(event, "dynamo")
            g.dynamo = event
        elif kind == "dynamo_cpp_guards_str":
            graph_for(event).guards = event.payload
        elif kind == "aot_joint_graph":
            graph_for(event, "aot_joint").aot_joint = event.payload
        elif kind in ("aot_forward_graph", "aot_inference_graph"):
            g = graph_for(event, "aot_forward")
            g.aot_forward, g.aot_forward_kind = event.payload, kind
        elif kind == "aot_backward_graph":
            graph_for(event).aot_backward = event.payload
        elif kind == "after_pre_grad_graph":
            graph_for(event, "pre_grad").pre_grad = event.payload
        elif kind == "inductor_post_grad_graph":
            graph_for(event, "post_grad").part(direction).post_grad = event.payload
        elif kind == "inductor_output_code":
            part = graph_for(event).part(direction)
            part.output_code = event.payload
            if isinstance(event.info, dict):
                part.output_file = event.info.get("filename")
        elif kind == "inductor_provenance_tracking_node_mappings":
            graph_for(event).part(direction).node_mappings = event.json_payload()
        elif kind == "inductor_provenance_tracking_kernel_stack_traces":
            graph_for(event).part(direction).stack_traces = event.json_payload()
        elif kind == FUSION_LOG_KIND:
            graph_for(event).part(direction).fusion_log.append(event)
        elif kind in SCHEDULER_IR_STAGES:
            graph_for(event).part(direction).scheduler_ir[kind] = event
        elif kind == "compilation_metrics" and isinstance(event.info, dict):
            g = graph_for(event)
            g.metrics = event.info
            if event.info.get("fail_type"):
                g.failure = f"{event.info.get('fail_type')}: {event.info.get('fail_reason')}"
        elif kind == "bwd_compilation_metrics" and isinstance(event.info, dict):
            graph_for(event).backward_metrics = event.info
    ordered = [g for g in graphs.values() if _has_content(g)]
    return ordered, breaks


def _slot_taken(g: CompiledGraph, slot: str, backward_depth: int) -> bool:
    if slot == "post_grad":
        part = g.inductor.get("backward" if backward_depth else "forward")
        return part is not None and part.post_grad is not None
    return getattr(g, slot, None) is not None


def _has_content(g: CompiledGraph) -> bool:
    # fusion-log lines alone (logged outside any graph's compile context) make no graph
    compiled = any((p.post_grad, p.output_code, p.node_mappings, p.stack_traces) != (None,) * 4
                   for p in g.inductor.values())
    return any((g.dynamo, g.aot_joint, g.aot_forward, g.pre_grad, compiled, g.failure))
