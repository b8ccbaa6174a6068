"""Inductor's own account of its fusion decisions (the `fusion` log artifact, e.g. "cannot fuse
op1 with op2: no shared data"), taken in-process during a compile and matched to the fusion map.

Inductor writes this log only to TORCH_LOGS=fusion, never to the structured trace, so it is
collected here as trace events of kind FUSION_LOG_KIND, in order with the trace's own events.
The scheduler names its nodes op0, op1, ... (fused: op0_op1); while the log is written, the graph
being lowered (V.graph) still knows each op's FX origins, so each event carries them.
Private APIs used (guarded; checked with torch 2.13): V.graph.name_to_op, ir nodes' `origins`.
"""
from __future__ import annotations

import contextlib
import logging
import re
from typing import Iterator

from irlens.capturers.torch_log_handlers import attached
from irlens.capturers.torch_trace_events import TraceEvent

FUSION_LOG_KIND = "inductor_fusion_log"
# Put at the start of the events when the log was collected, so a graph with no fusion lines
# is told apart from a trace that could not hold them (import-trace).
FUSION_LOG_MARKER = "irlens_fusion_log_collected"
NOT_IN_TRACE = ("not available: a TORCH_TRACE holds no fusion log (Inductor writes it only to "
                "TORCH_LOGS=fusion); the reasons given are irlens's own")
COLLECTED = "Inductor's fusion log, collected during the compile"
# Modules that log to the artifact (torch 2.11-2.13); the artifact logger is `<module>.__fusion`.
_FUSION_LOG_MODULES = ("torch._inductor.scheduler", "torch._inductor.choices",
                       "torch._inductor.codegen.simd", "torch._inductor.codegen.triton")
_ARTIFACT_SUFFIX = ".__fusion"
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_REFUSED = re.compile(r"^cannot fuse (?P<first>\S+) with (?P<second>\S+): (?P<reason>.+)$", re.DOTALL)
_FUSED = re.compile(r"^fusing (?P<first>\S+) with (?P<second>\S+)$")
MAX_LINES = 5000


def fusion_loggers() -> list[logging.Logger]:
    """The `fusion` artifact loggers: those torch created so far and those of modules that
    create theirs when Inductor imports them (the same logger objects then)."""
    names = {m + _ARTIFACT_SUFFIX for m in _FUSION_LOG_MODULES}
    names.update(n for n in list(logging.Logger.manager.loggerDict) if n.endswith(_ARTIFACT_SUFFIX))
    return [logging.getLogger(n) for n in sorted(names)]


class FusionLogHandler(logging.Handler):
    """Appends each fusion-log line to `events` as a trace event, with the compile id the
    structured trace would give it and the FX origins of the scheduler nodes it names."""

    def __init__(self, events: list) -> None:
        super().__init__(level=logging.DEBUG)
        self.events = events

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = _ANSI.sub("", record.getMessage()).rstrip()
        except Exception:  # a message torch could not format is no decision
            return
        m = _REFUSED.match(message) or _FUSED.match(message)
        info = scheduler_node_origins([m["first"], m["second"]]) if m else {}
        self.events.append(TraceEvent(kind=FUSION_LOG_KIND, info=info, context=compile_context(),
                                      payload=message))


def compile_context() -> dict:
    """The compile id fields trace_structured writes, so the line joins its graph's records."""
    try:
        import torch._guards

        trace_id = torch._guards.CompileContext.current_trace_id()
    except Exception:
        return {}
    if trace_id is None or trace_id.compile_id is None:
        return {}
    cid = trace_id.compile_id
    context = {"frame_id": cid.frame_id, "frame_compile_id": cid.frame_compile_id,
               "attempt": trace_id.attempt}
    if cid.compiled_autograd_id is not None:
        context["compiled_autograd_id"] = cid.compiled_autograd_id
    return {k: v for k, v in context.items() if v is not None}


def scheduler_node_origins(scheduler_names: list[str]) -> dict:
    """{"ops": {scheduler node name: the ops in it}, "origins": {name: FX node names it was
    lowered from}}; a fused name (op0_op1) is split into the ops of the graph being lowered."""
    try:
        from torch._inductor.virtualized import V

        known = V.graph.name_to_op
    except Exception:  # no graph being lowered, or a torch without name_to_op
        return {}
    ops: dict[str, list[str]] = {}
    origins: dict[str, list[str]] = {}
    for name in scheduler_names:
        ops[name] = split_fused_name(name, known)
        nodes: list[str] = []
        for op_name in ops[name]:
            op = known[op_name]
            origin = getattr(op, "origin_node", None)
            names = [origin.name] if origin is not None else []
            names += [n.name for n in getattr(op, "origins", ()) or () if getattr(n, "op", "") == "call_function"]
            nodes.extend(n for n in names if n not in nodes)
        origins[name] = nodes
    return {"ops": ops, "origins": origins}


def split_fused_name(name: str, known: dict) -> list[str]:
    """The ops in a scheduler node's name: its own, or the parts of a fused node's name
    (Inductor joins them with "_"; op names may hold "_" themselves)."""
    if name in known:
        return [name]
    parts, current = [], ""
    for piece in name.split("_"):
        current = f"{current}_{piece}" if current else piece
        if current in known:
            parts.append(current)
            current = ""
    return parts


@contextlib.contextmanager
def collect_fusion_log(events: list) -> Iterator[None]:
    """Send Inductor's fusion log into `events` for the compiles inside the block. A logger the
    user turned on (TORCH_LOGS=fusion) keeps printing; one that was off stays silent."""
    try:
        import torch._inductor.scheduler  # noqa: F401  (creates the scheduler's fusion logger)
    except ImportError:
        yield
        return
    handler = FusionLogHandler(events)
    events.append(_marker())
    with attached([(log, handler) for log in fusion_loggers()]):
        yield


def _marker():
    return TraceEvent(kind=FUSION_LOG_MARKER, info=None, context={})


# ---------------------------------------------------------------- decisions -> fusion map


def refused_fusions(fmap: dict, log_events: list) -> list[dict]:
    """Unfused-list entries for the fusions Inductor refused and never made later (a pair
    refused in one round is often fused in the next: the log's "fusing A with B" lines say
    which ops ended up together). `node` is the consumer side's FX node, `with` the other
    side's, `reason` Inductor's own words. On the CPU backend both sides can still share one
    C++ kernel (kernel == with_kernel): separate loop nests in one function."""
    order = {name: i for i, name in enumerate(fmap["nodes"])}
    group = _fused_groups(log_events)
    found: dict[tuple, dict] = {}
    for event in log_events:
        m = _REFUSED.match(event.payload or "")
        if not m:
            continue
        info = event.info or {}
        ops = info.get("ops") or {}
        first_ops, second_ops = ops.get(m["first"]) or [], ops.get(m["second"]) or []
        first_groups = {group(op) for op in first_ops}
        second_groups = {group(op) for op in second_ops}
        if not first_groups or not second_groups or first_groups & second_groups:
            continue
        first = _known(info["origins"].get(m["first"], []), order)
        second = _known(info["origins"].get(m["second"], []), order)
        if not first or not second:
            continue
        node, other = second[-1], first[-1]
        kernel, with_kernel = fmap["nodes"][node]["kernel"], fmap["nodes"][other]["kernel"]
        if node == other:  # the two halves of a reduction Inductor split: the second kernel finishes it
            kernel = next((k["name"] for k in fmap["kernels"] if k.get("split_of") == with_kernel), kernel)
        key = (frozenset(first_groups), frozenset(second_groups), m["reason"])
        found.pop(key, None)  # the last round's message names the most-fused nodes
        found[key] = {"node": node, "reason": m["reason"], "with": other, "kernel": kernel,
                      "with_kernel": with_kernel, "inductor_message": m[0]}
    return list(found.values())


def _fused_groups(log_events: list):
    """A function op name -> a representative of the ops Inductor fused it with (union-find
    over the log's "fusing A with B" lines)."""
    parent: dict[str, str] = {}

    def find(op: str) -> str:
        while parent.get(op, op) != op:
            op = parent[op]
        return op

    for event in log_events:
        m = _FUSED.match(event.payload or "")
        ops = ((event.info or {}).get("ops") or {}) if m else {}
        members = [op for side in (m["first"], m["second"]) for op in ops.get(side, [])] if m else []
        for op in members[1:]:
            parent[find(op)] = find(members[0])
    return find


def _known(nodes: list[str], order: dict) -> list[str]:
    """The FX nodes the map knows, in graph order."""
    return sorted((n for n in nodes if n in order), key=order.get)


def fusion_summary(fmap: dict, decisions: list[str] | None) -> dict:
    """irlens.fusion.summarize's counts plus why things stayed unfused."""
    from irlens.fusion import summarize

    summary = summarize(fmap)
    reasons: dict[str, int] = {}
    for entry in fmap["unfused"]:
        reasons[entry["reason"]] = reasons.get(entry["reason"], 0) + 1
    summary["unfused_reasons"] = reasons
    summary["refused_by_inductor"] = sum(1 for e in fmap["unfused"] if "inductor_message" in e)
    summary["fusion_log_lines"] = None if decisions is None else len(decisions)
    return summary
