"""Collecting torch.compile's structured-trace events in-process, from a handler on the
`torch.__trace` logger, with the compiler settings that make every stage appear in them."""
from __future__ import annotations

import contextlib
import logging
from typing import Callable, Iterator

from irlens.capturers.torch_fusion_log import collect_fusion_log
from irlens.capturers.torch_scheduler_ir import collect_scheduler_ir
from irlens.capturers.torch_trace_events import TraceEvent

TRACE_LOGGER = "torch.__trace"
# The events that end a phase of a compile, and the phase, for progress under -v: a compile emits
# no record until it ends, and a large model's takes minutes.
PHASE_ENDS = {"dynamo_output_graph": "Dynamo traced a graph",
              "aot_joint_graph": "AOTAutograd traced the joint forward+backward graph",
              "aot_forward_graph": "AOTAutograd partitioned the forward graph",
              "aot_inference_graph": "AOTAutograd traced the inference graph",
              "aot_backward_graph": "AOTAutograd partitioned the backward graph",
              "inductor_post_grad_graph": "Inductor ran its post-grad passes; lowering and fusing",
              "inductor_output_code": "Inductor wrote its output code"}


class TraceCollector(logging.Handler):
    """A handler on torch's structured-trace logger keeping every event in `.events`, and saying
    when a phase of the compile ends to `progress`, if given."""

    def __init__(self, progress: Callable[[str], None] | None = None) -> None:
        super().__init__(level=logging.DEBUG)
        self.events: list[TraceEvent] = []
        self.progress = progress

    def emit(self, record: logging.LogRecord) -> None:
        metadata = getattr(record, "metadata", None)
        if isinstance(metadata, dict):
            event = TraceEvent.from_metadata(metadata, getattr(record, "payload", None))
            self.events.append(event)
            if self.progress is not None and event.kind in PHASE_ENDS:
                self.progress(f"torch: {PHASE_ENDS[event.kind]}" + (f" ({event.compile_id})" if event.compile_id else ""))


@contextlib.contextmanager
def collect_trace(*, fresh: bool = True, provenance: bool = True,
                  progress: Callable[[str], None] | None = None) -> Iterator[TraceCollector]:
    """Collect torch.compile's structured trace for the compiles run inside the block.

    Turns on Inductor's provenance tracking (kernel -> FX node records), its fusion log (why the
    scheduler refused fusions) and its scheduler IR before and after fusion (neither is part of
    the structured trace), and turns off the FX
    graph and AOTAutograd caches, whose hits would skip the records; `fresh` resets Dynamo so
    graphs compiled earlier in the process are compiled again. `progress` hears each phase of a
    compile end. Settings are restored on exit.
    """
    import torch
    import torch._dynamo
    import torch._functorch.config as functorch_config
    import torch._inductor.config as inductor_config

    trace_log = logging.getLogger(TRACE_LOGGER)
    collector = TraceCollector(progress)
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
                collect_fusion_log(collector.events), collect_scheduler_ir(collector.events):
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
