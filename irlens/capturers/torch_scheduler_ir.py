"""Inductor's scheduler IR before and after fusion (the `ir_pre_fusion` and `ir_post_fusion` log
artifacts): every scheduler node with what it reads and writes, its iteration sizes and its loop
body, then the nodes as fusion grouped them (FusedSchedulerNode op1_op2_op3). This is the level
at which Inductor decides fusion, between the post-grad FX graph and the kernels.

Inductor writes these only to TORCH_LOGS, never to the structured trace, so they are collected
in-process as trace events, as the fusion log is. Checked with torch 2.11-2.13
(torch/_inductor/debug.py, log_ir_pre_fusion / log_ir_post_fusion).
"""
from __future__ import annotations

import contextlib
import logging
from typing import Iterator

from irlens.capturers.torch_fusion_log import compile_context, scheduler_node_origins
from irlens.capturers.torch_log_handlers import attached
from irlens.capturers.torch_trace_events import TraceEvent
from irlens.parsers.scheduler_ir import node_header, node_names
from irlens.parsers.scheduler_ir import scheduler_nodes as parse_scheduler_nodes

# stage (and trace-event kind) -> the line Inductor opens the log message with
HEADINGS = {"ir_pre_fusion": "BEFORE FUSION", "ir_post_fusion": "AFTER FUSION"}
_LOGGER = "torch._inductor.debug.__{}"
# Put at the start of the events when the IR was collected, so a graph with no IR is told apart
# from a capture that could not collect it (an imported TORCH_TRACE, a torch without the loggers).
COLLECTED_MARKER = "irlens_scheduler_ir_collected"


class SchedulerIrHandler(logging.Handler):
    def __init__(self, events: list, stage: str) -> None:
        super().__init__(level=logging.DEBUG)
        self.events, self.stage = events, stage

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except Exception:  # a message torch could not format is no IR
            return
        text = message.removeprefix(HEADINGS[self.stage]).lstrip("\n")
        # while the scheduler runs, the graph being lowered still knows each node's FX origins
        origins = scheduler_node_origins(node_names(text)).get("origins", {})
        self.events.append(TraceEvent(kind=self.stage, info={"origins": origins}, context=compile_context(),
                                      payload=text))


@contextlib.contextmanager
def collect_scheduler_ir(events: list) -> Iterator[None]:
    """Send Inductor's scheduler IR before and after fusion into `events` for the compiles inside
    the block. A logger the user turned on (TORCH_LOGS=ir_pre_fusion) keeps printing."""
    try:
        import torch._inductor.debug  # noqa: F401  (creates the artifact loggers)
    except ImportError:
        yield
        return
    names = {stage: _LOGGER.format(stage) for stage in HEADINGS}
    if not all(name in logging.Logger.manager.loggerDict for name in names.values()):
        yield  # a torch without these artifacts: the stages are left out, not failed
        return
    events.append(TraceEvent(kind=COLLECTED_MARKER, info=None, context={}))
    with attached([(logging.getLogger(name), SchedulerIrHandler(events, stage)) for stage, name in names.items()]):
        yield


def scheduler_nodes(text: str) -> list[dict]:
    """The scheduler nodes the IR lists, in order, each fused node with the nodes it holds:
    [{"name": "op3_op4", "kind": "FusedSchedulerNode", "members": ["op3", "op4"]}]."""
    return [{"name": n.name, "kind": n.kind, **({"members": n.members} if n.fused else {})}
            for n in parse_scheduler_nodes(text)]


def ir_line_map(text: str, origins: dict[str, list[str]], node_locations: dict) -> dict:
    """Each line of a scheduler node's entry (from `op1: SchedulerNode(...)` to the next node, its
    loop body included) maps to the user line of the first of the node's FX origins that has one
    (`node_locations`: FX node name -> SourceLoc, from the post-grad graph)."""
    line_map = {}
    current = None
    for n, line in enumerate(text.splitlines(), start=1):
        name = node_header(line)
        if name:
            current = next((node_locations[o] for o in origins.get(name, []) if o in node_locations), None)
        if current is not None and line.strip():
            line_map[n] = current
    return line_map
