"""torch.compile's structured trace (the TORCH_TRACE format tlparse reads) turned into stage records.

The same events come from two places and give the same records: `collect_trace()` takes them
in-process from a handler on the `torch.__trace` logger, and `read_trace_file()` reads a
`dedicated_log_torch_trace_*.log` file that PyTorch wrote. Reading a file imports no torch.

Public API (used by torch_capture and torch_cuda):
    with collect_trace() as trace:          # provenance on, caches that hide records off
        compiled(*inputs)
    records = records_from_trace(trace.events, target="cpu", source_file=path)
    capture = import_trace(trace_dir)
"""
from __future__ import annotations

import contextlib
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from irlens.capturers.torch_fusion import build_fusion_map
from irlens.capturers.torch_fusion_log import (COLLECTED, FUSION_LOG_KIND, FUSION_LOG_MARKER, MAX_LINES,
                                               NOT_IN_TRACE, collect_fusion_log, fusion_summary,
                                               refused_fusions)
from irlens.capturers.torch_graph_breaks import graph_breaks_record, parse_graph_break
from irlens.fusion import to_dot, validate_fusion_map
from irlens.record import Capture, SourceLoc, StageRecord

FRAMEWORK = "torch"
TRACE_LOGGER = "torch.__trace"
TRACE_FILE_GLOB = "dedicated_log_torch_trace_*.log"
_CONTEXT_KEYS = ("rank", "compiled_autograd_id", "frame_id", "frame_compile_id", "attempt",
                 "has_payload", "stack", "subgraph_name")
# Chromium spans that bracket a backward-graph compile: Inductor artifacts logged inside them
# belong to the backward graph (they carry the forward's compile id).
_BACKWARD_SPANS = ("entire_backward_compile",)
_BACKWARD_SPAN_SUFFIX = "bw_compiler"


@dataclass
class TraceEvent:
    """One structured-trace record: its kind ("dynamo_output_graph", or an artifact's name),
    the kind's own metadata, the compile context and the payload text."""

    kind: str
    info: object
    context: dict
    payload: str | None = None

    @classmethod
    def from_metadata(cls, metadata: dict, payload: str | None) -> "TraceEvent":
        kinds = [k for k in metadata if k not in _CONTEXT_KEYS]
        kind = kinds[0] if kinds else "unknown"
        info = metadata.get(kind)
        if kind == "artifact" and isinstance(info, dict) and info.get("name"):
            kind = info["name"]
        return cls(kind=kind, info=info, context={k: metadata[k] for k in metadata if k in _CONTEXT_KEYS},
                   payload=payload)

    @property
    def compile_id(self) -> str | None:
        """Dynamo's compile id as torch prints it ("0/0", "!1/0/0" with compiled autograd)."""
        frame, attempt = self.context.get("frame_id"), self.context.get("frame_compile_id")
        if frame is None or attempt is None:
            return None
        ca = self.context.get("compiled_autograd_id")
        return (f"!{ca}/" if ca is not None else "") + f"{frame}/{attempt}"

    def json_payload(self):
        try:
            return json.loads(self.payload) if self.payload else None
        except json.JSONDecodeError:
            return None


# ---------------------------------------------------------------- reading the trace


_LINE_PREFIX = re.compile(r"^[VIWEC]\d{4} [\d:.]+ +\d+ [^\]]*\] ")


def parse_trace_lines(lines) -> list[TraceEvent]:
    """Events from a trace log: a glog prefix and JSON metadata per event, then the payload
    as lines that start with a tab (torch/_logging/_internal.py TorchLogsFormatter)."""
    events: list[TraceEvent] = []
    metadata, payload = None, None

    def flush():
        if metadata is not None:
            events.append(TraceEvent.from_metadata(metadata, "\n".join(payload) if payload is not None else None))

    for raw in lines:
        line = raw.rstrip("\n")
        if line.startswith("\t") and metadata is not None:
            payload = (payload or []) + [line[1:]]
            continue
        m = _LINE_PREFIX.match(line)
        start = m.end() if m else line.find("] {") + 2
        if start < 2:
            continue  # not a trace line (a stray print); skip it
        try:
            parsed = json.loads(line[start:])
        except json.JSONDecodeError:
            continue
        flush()
        metadata, payload = parsed, None
    flush()
    return events


def read_trace_file(path: str | Path) -> list[TraceEvent]:
    with open(path, encoding="utf-8", errors="replace") as f:
        return parse_trace_lines(f)


# ---------------------------------------------------------------- collecting in-process


class TraceCollector(logging.Handler):
    """A handler on torch's structured-trace logger keeping every event in `.events`."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.events: list[TraceEvent] = []

    def emit(self, record: logging.LogRecord) -> None:
        metadata = getattr(record, "metadata", None)
        if isinstance(metadata, dict):
            self.events.append(TraceEvent.from_metadata(metadata, getattr(record, "payload", None)))


@contextlib.contextmanager
def collect_trace(*, fresh: bool = True, provenance: bool = True) -> Iterator[TraceCollector]:
    """Collect torch.compile's structured trace for the compiles run inside the block.

    Turns on Inductor's provenance tracking (kernel -> FX node records) and its fusion log
    (why the scheduler refused fusions; not part of the structured trace), and turns off the FX
    graph and AOTAutograd caches, whose hits would skip the records; `fresh` resets Dynamo so
    graphs compiled earlier in the process are compiled again. Settings are restored on exit.
    """
    import torch
    import torch._dynamo
    import torch._functorch.config as functorch_config
    import torch._inductor.config as inductor_config

    trace_log = logging.getLogger(TRACE_LOGGER)
    collector = TraceCollector()
    saved = (trace_log.level, trace_log.propagate)
    patches = {"fx_graph_cache": False}
    if provenance and hasattr(inductor_config.trace, "provenance_tracking_level"):
        patches["trace.provenance_tracking_level"] = 1
    if fresh:
        torch._dynamo.reset()
    debug = _inductor_debug_module()
    saved_graph_id = getattr(debug, "_pre_grad_graph_id", None)
    if provenance and debug is not None and saved_graph_id is None:
        # Inductor writes kernel->node records only when a pre-grad graph id is set; backward
        # graphs compile outside the forward's scope, where it is None (checked: torch 2.13).
        # -1 is the value Inductor itself resets it to; records are filtered per graph later.
        debug._pre_grad_graph_id = -1
    trace_log.setLevel(logging.DEBUG)
    trace_log.propagate = False
    trace_log.addHandler(collector)
    try:
        with inductor_config.patch(patches), functorch_config.patch(enable_autograd_cache=False), \
                collect_fusion_log(collector.events):
            yield collector
    finally:
        trace_log.removeHandler(collector)
        if debug is not None and saved_graph_id is None:
            debug._pre_grad_graph_id = None
        trace_log.setLevel(saved[0])
        trace_log.propagate = saved[1]


def _inductor_debug_module():
    try:
        import torch._inductor.debug as debug
    except ImportError:
        return None
    return debug if hasattr(debug, "_pre_grad_graph_id") else None


# ---------------------------------------------------------------- events -> records


@dataclass
class InductorGraph:
    """What Inductor logged while compiling one graph (forward, inference or backward)."""

    post_grad: str | None = None
    output_code: str | None = None
    output_file: str | None = None
    node_mappings: dict | None = None
    stack_traces: dict | None = None
    fusion_log: list[TraceEvent] = field(default_factory=list)


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


# ------------------------------------------------ compile times from torch's own metrics


def _seconds(metrics: dict, key: str) -> float | None:
    value = metrics.get(key)
    return value / 1e6 if isinstance(value, (int, float)) else None


def phase_times(metrics: dict | None, backward_metrics: dict | None = None) -> dict:
    """Seconds per phase, from compilation_metrics (forward) and bwd_compilation_metrics:
    Dynamo (tracing and guards), AOTAutograd, Inductor (without kernel compiles) and the
    kernel compiles (torch's triton_compile_time_us: Triton, or C++ on the CPU backend)."""
    out: dict = {}
    if metrics:
        total = _seconds(metrics, "dynamo_cumulative_compile_time_us")
        aot = _seconds(metrics, "aot_autograd_cumulative_compile_time_us")
        inductor = _seconds(metrics, "inductor_cumulative_compile_time_us")
        kernels = _seconds(metrics, "triton_compile_time_us")
        if total is None and isinstance(metrics.get("entire_frame_compile_time_s"), (int, float)):
            total = metrics["entire_frame_compile_time_s"]
        if total is not None:
            out["total"] = total
            out["dynamo"] = total - (aot or 0.0)
        if aot is not None:
            out["aot_autograd"] = aot - (inductor or 0.0)
        if inductor is not None:
            out["inductor"] = inductor - (kernels or 0.0)
        if kernels is not None:
            out["kernel_compile"] = kernels
        for name in ("pre_grad_pass", "post_grad_pass", "joint_graph_pass"):
            if (s := _seconds(metrics, f"{name}_time_us")) is not None:
                out[name] = s
    if backward_metrics:
        inductor = _seconds(backward_metrics, "inductor_cumulative_compile_time_us")
        kernels = _seconds(backward_metrics, "triton_compile_time_us")
        if inductor is not None:
            out["backward_inductor"] = inductor - (kernels or 0.0)
        if kernels is not None:
            out["backward_kernel_compile"] = kernels
        if (s := _seconds(backward_metrics, "backward_cumulative_compile_time_us")) is not None:
            out["backward_total"] = s
    return {k: round(v, 6) for k, v in out.items()}


# ---------------------------------------------------------------- line maps


_FX_SOURCE_COMMENT = re.compile(r"^\s*# File: (?P<file>.+?):(?P<line>\d+) in ")


def _matches(file: str, source_file: str | None) -> bool:
    if source_file is None:
        return True
    a, b = str(Path(file)), str(Path(source_file))
    return a == b or a.endswith("/" + Path(b).name) and Path(a).name == Path(b).name


def fx_line_map(text: str, source_file: str | None) -> dict[int, SourceLoc]:
    """Lines of a printed FX graph under a `# File: path:line in fn, code: ...` comment map
    to that line (the comment is FX's own record of each node's stack trace)."""
    line_map: dict[int, SourceLoc] = {}
    current: SourceLoc | None = None
    for n, line in enumerate(text.splitlines(), start=1):
        m = _FX_SOURCE_COMMENT.match(line)
        if m:
            current = SourceLoc(m["file"], int(m["line"])) if _matches(m["file"], source_file) else None
            if current:
                line_map[n] = current
        elif not line.strip() or line.lstrip().startswith(("return", "def ", "class ")):
            current = None
        elif current is not None:
            line_map[n] = current
    return line_map


# ---------------------------------------------------------------- the records


def _unit(index: int, cid: str | None) -> str:
    return f"graph {index} ({cid})" if cid else f"graph {index}"


def _guards_section(guards: str) -> str:
    body = "\n".join("# " + line if line else "#" for line in guards.strip("\n").splitlines())
    return "\n\n# ---- guards: when this graph is reused (Dynamo's guard tree) ----\n" + body + "\n"


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
    records: list[StageRecord] = []
    for index, g in enumerate(graphs):
        records.extend(_graph_records(index, g, target, source_file, fusion_logged))
    parsed = [parse_graph_break(e.payload or "", source_file) for e in breaks]
    if graphs or parsed:  # with nothing compiled, "no graph breaks" would say too much
        first_target = target or next((r.target for r in records if r.stage == "inductor"), "cpu")
        records.append(graph_breaks_record(parsed, target=first_target, framework=FRAMEWORK))
    return records


def _graph_records(index: int, g: CompiledGraph, target: str | None,
                   source_file: str | None, fusion_logged: bool = False) -> list[StageRecord]:
    unit = _unit(index, g.compile_id)
    times = phase_times(g.metrics, g.backward_metrics)
    forward_target = target or infer_target((g.inductor.get("forward") or InductorGraph()).output_code)
    base = {"compile_id": g.compile_id, "phase_times": times}
    out: list[StageRecord] = []

    def graph_record(stage: str, text: str | None, what: str, seconds: float | None = None,
                     meta: dict | None = None, unit_name: str = unit, tgt: str = forward_target):
        if text is None:
            reason = g.failure or f"torch.compile logged no {what} for this graph" + _cache_hint(g.metrics)
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
        inductor_s = times.get("backward_inductor" if backward else "inductor")
        if part.output_code is None:
            out.append(StageRecord(FRAMEWORK, "inductor", part_unit, tgt, metadata={**base, "direction": direction},
                                   error=g.failure or "Inductor logged no output code for this graph"
                                   + _cache_hint(g.metrics)))
        else:
            out.append(StageRecord(
                FRAMEWORK, "inductor", part_unit, tgt, text=part.output_code, language="python",
                metadata={**base, "direction": direction, "backend": "cpu" if tgt == "cpu" else "cuda",
                          "output_file": part.output_file},
                line_map=_output_code_line_map(part, source_file), compile_time_s=inductor_s))
        out.append(_fusion_record(part, part_unit, tgt, direction, source_file, base, fusion_logged))
    return out


def _cache_hint(metrics: dict | None) -> str:
    """Why a stage is missing when a compile cache answered instead of the compiler."""
    hits = sum(int(metrics.get(k) or 0) for k in (
        "inductor_fx_local_cache_hit_count", "inductor_fx_remote_cache_hit_count",
        "aotautograd_local_cache_hit_count", "aotautograd_remote_cache_hit_count")) if metrics else 0
    if not hits:
        return ""
    return (" (a compile cache hit skipped it; trace again with TORCHINDUCTOR_FORCE_DISABLE_CACHES=1)")


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


_HANDLE_COMMENT = re.compile(r"#\s*\[Provenance debug handles\]\s*(?P<names>.+)$")


def _output_code_line_map(part: InductorGraph, source_file: str | None) -> dict[int, SourceLoc]:
    """The wrapper's call of each kernel (the line after Inductor's `[Provenance debug
    handles]` comment) maps to the first user line in that kernel's recorded stack traces."""
    from irlens.capturers.torch_fusion import first_user_line

    if not part.output_code or not part.stack_traces:
        return {}
    line_map: dict[int, SourceLoc] = {}
    pending: list[str] = []
    for n, line in enumerate(part.output_code.splitlines(), start=1):
        m = _HANDLE_COMMENT.search(line)
        if m:
            pending = [h.strip() for h in m["names"].split(",") if h.strip()]
            continue
        if pending and line.strip() and not line.lstrip().startswith("#"):
            for handle in pending:
                loc = first_user_line(part.stack_traces.get(handle) or [], source_file)
                if loc:
                    line_map[n] = loc
                    break
            pending = []
    return line_map


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


# ---------------------------------------------------------------- import-trace


def trace_files(trace_dir: str | Path) -> list[Path]:
    root = Path(trace_dir)
    if root.is_file():
        return [root]
    return sorted(root.glob(TRACE_FILE_GLOB)) or sorted(root.glob("*.log"))


def import_trace(trace_dir: str | Path) -> Capture:
    """A Capture from a TORCH_TRACE directory (or one trace file) written by any PyTorch run."""
    from irlens.record import CaptureError

    root = Path(trace_dir)
    if not root.exists():
        raise CaptureError(f"{trace_dir}: no such trace directory")
    files = trace_files(root)
    if not files:
        raise CaptureError(f"{trace_dir}: no {TRACE_FILE_GLOB} files (run with TORCH_TRACE={trace_dir})")
    records: list[StageRecord] = []
    source = ""
    environment: dict = {"torch_trace": str(root.resolve())}
    for path in files:
        events = read_trace_file(path)
        source = source or _user_file(events)
        file_records = records_from_trace(events, target=None, source_file=source or None)
        if len(files) > 1:
            for r in file_records:
                r.unit = f"{path.stem} {r.unit}"
        records.extend(file_records)
        version = _torch_version(events)
        if version:
            environment["traced_torch_version"] = version
    if not any(r.ok and r.stage != "graph_breaks" for r in records):
        raise CaptureError(f"{trace_dir}: the trace holds no compiled graph (was anything compiled?)")
    return Capture(framework=FRAMEWORK, source_path=source, records=records, environment=environment)


def _user_file(events: list[TraceEvent]) -> str:
    for e in events:
        if e.kind == "compilation_metrics" and isinstance(e.info, dict) and e.info.get("co_filename"):
            return e.info["co_filename"]
    return ""


def _torch_version(events: list[TraceEvent]) -> str | None:
    for e in events:
        if e.kind == "torch_version":
            data = e.json_payload()
            if isinstance(data, dict):
                return data.get("version") or data.get("torch_version") or json.dumps(data)[:100]
        if e.kind == "compilation_metrics" and isinstance(e.info, dict) and e.info.get("pytorch_version"):
            return e.info["pytorch_version"]
    return None
