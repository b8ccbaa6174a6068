"""torch.compile's steps for the Passes view. torch writes no dump after every pass, but it logs
the graph or IR on both sides of three of Inductor's steps, and a diff shows what each step did."""
from __future__ import annotations

import re
from dataclasses import dataclass

from irlens.capturers.torch_trace_records import GUARDS_HEADING
from irlens.record import Capture, StageRecord
from irlens.views.diff_html import TextDiff, unified_diff
from irlens.views.pipeline import find_record, units_of

# (stage before, stage after, what happened between them)
STEPS = (
    ("dynamo", "pre_grad", "Inductor's pre-grad passes, on the Torch-level graph Dynamo traced"),
    ("aot_forward", "post_grad", "Inductor's post-grad passes on AOTAutograd's ATen graph: decompositions, "
                                 "pattern rewrites, reinplacing"),
    ("ir_pre_fusion", "ir_post_fusion", "the scheduler's fusion: which nodes became one kernel"),
)


@dataclass(frozen=True)
class TorchStep:
    before: StageRecord
    after: StageRecord
    what: str

    @property
    def label(self) -> str:
        return f"{self.before.stage} → {self.after.stage} · {self.after.unit}"


def torch_steps(capture: Capture, backend: str) -> list[TorchStep]:
    """Each step both of whose sides were captured for `backend`, per graph; a backward graph's
    post-grad passes start from AOTAutograd's backward graph."""
    steps = []
    for first, second, what in STEPS:
        for unit in units_of(capture, second, backend):
            graph = unit.removesuffix(" backward")
            before_stage = "aot_backward" if first == "aot_forward" and unit != graph else first
            before = find_record(capture, before_stage, graph if first in ("dynamo", "aot_forward") else unit,
                                 backend)
            after = find_record(capture, second, unit, backend)
            if before is not None and after is not None and before.ok and after.ok:
                steps.append(TorchStep(before, after, what))
    return steps


def step_diff(step: TorchStep) -> TextDiff:
    before = step.before.text or ""
    if step.before.stage == "dynamo":  # irlens appends Dynamo's guard tree to the graph
        before = before.split(GUARDS_HEADING)[0]
    return unified_diff(_comparable(before), _comparable(step.after.text or ""), step.before.stage,
                        step.after.stage)


_GRAPH_ID = re.compile(r"^[ \t]*# graph id: \d+[ \t]*(\n|$)", re.MULTILINE)


def _comparable(text: str) -> str:
    """The text without what no pass did: the `# graph id` torch prints under a pre-grad graph
    (an object's address) and trailing blank lines."""
    return _GRAPH_ID.sub("", text).rstrip("\n") + "\n"
