"""Pass pipelines (records `mlir_passes`, `xla_passes` and `xla_emitter_passes`): the snapshots in
pass order, which ones show a change, and any change as a diff against the snapshot before it.

The record's text is the concatenated snapshots; metadata["passes"] gives each one's 1-based,
inclusive line range and `changed`. MLIR (Triton, XLA's emitters) snapshots the IR *before* each
pass, per scope (the module or one function): a changed snapshot differs from the previous one of
the same scope, and `changed_by` names the pass that ran in between. XLA snapshots the module *after* each pass,
so a change is that pass's own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from irlens.record import StageRecord
from irlens.views.diff_html import TextDiff, unified_diff

PASS_STAGES = ("mlir_passes", "xla_passes", "xla_emitter_passes")
MLIR_PASS_STAGES = ("mlir_passes", "xla_emitter_passes")  # MLIR's own dump: snapshots before each pass
_DUMP_HEADER = re.compile(r"^// -----//.*//----- //\s*$")
_ROW_FIELDS = ("pipeline",)  # the scope and "before"/"after" are in the snapshot's title
_SCOPE_SYMBOL = 32  # characters of a function's symbol kept in a title


@dataclass(frozen=True)
class PassStep:
    index: int
    name: str
    changed: bool | None  # None: the record does not say
    snapshot: tuple[int, int]  # line range of this snapshot in the record's text
    when: str  # "before" or "after" the pass named
    scope: str | None  # what the pass ran on (MLIR); None for a whole-module dump
    changed_by: str | None  # the pass whose work this snapshot shows, when it changed

    @property
    def title(self) -> str:
        scope = f" ({short_scope(self.scope)})" if self.scope and self.scope != "builtin.module" else ""
        what = f"{self.when} {self.name}" if self.when.startswith("before") else self.name
        return f"#{self.index} {what}{scope}"

    @property
    def author(self) -> str:
        """The pass whose effect this snapshot's diff shows."""
        return self.changed_by or self.name

    def as_row(self, extra: dict | None = None) -> dict:
        row = {"#": self.index, "snapshot": self.title.split(" ", 1)[1],
               "changed": {True: "yes", False: "", None: "?"}[self.changed],
               "changed by": self.author if self.changed else "",
               "lines": self.snapshot[1] - self.snapshot[0] + 1}
        row.update({k: v for k, v in (extra or {}).items() if k in _ROW_FIELDS and k != "scope"})
        return row


def change_mark(step: PassStep) -> str:
    """'  ✱ changed' after a snapshot's title; 'changed by X' when the change is another pass's
    (an MLIR snapshot taken before a pass shows what the pass before it did)."""
    if not step.changed:
        return ""
    after_its_own_pass = not step.when.startswith("before") and step.author == step.name
    return "  ✱ changed" if after_its_own_pass else f"  ✱ changed by {step.author}"


def pass_steps(record: StageRecord) -> list[PassStep]:
    default_when = "before" if record.stage in MLIR_PASS_STAGES else "after"
    steps = []
    for i, entry in enumerate(record.metadata.get("passes") or []):
        steps.append(PassStep(
            index=entry.get("index", i), name=str(entry.get("name", f"pass {i}")), changed=entry.get("changed"),
            snapshot=(int(entry["start_line"]), int(entry["end_line"])), when=entry.get("when", default_when),
            scope=entry.get("scope"), changed_by=entry.get("changed_by")))
    return steps


def short_scope(scope: str) -> str:
    """`tt.func @triton.language.standard.max__fp32S1024S_c0_cFalse` -> `tt.func @max__fp32S1024S_c0_…`:
    the operation and the function's own name, without its module path."""
    op, _, symbol = scope.partition(" @")
    if not symbol:
        return scope
    name = symbol.rsplit(".", 1)[-1]
    return f"{op} @{name[:_SCOPE_SYMBOL]}{'…' if len(name) > _SCOPE_SYMBOL else ''}"


def snapshot_text(record: StageRecord, step: PassStep, with_header: bool = True) -> str:
    lines = (record.text or "").splitlines()[step.snapshot[0] - 1:step.snapshot[1]]
    if not with_header and lines and _DUMP_HEADER.match(lines[0]):
        lines = lines[1:]
    return "\n".join(lines)


@dataclass(frozen=True)
class PassChange:
    step: PassStep
    previous: PassStep | None
    diff: TextDiff | None
    note: str  # when there is no diff to show: why


# MLIR renumbers its location aliases (#loc12 = loc(...)) from pass to pass; without them a diff
# shows what the pass did to the code.
_LOC_DEFINITION = re.compile(r"^\s*#loc\d*\s*=\s*loc\(")
# loc(...) with up to two levels of parentheses inside: loc(#loc3), loc("x"(#loc)),
# loc(callsite(#loc9 at #loc31)), loc(fused[#loc1, #loc2])
_LOC = r'loc\((?:[^()"]|"[^"]*"|\((?:[^()"]|"[^"]*"|\([^()]*\))*\))*\)'
_LOC_SUFFIX = re.compile(r"\s+" + _LOC + r"\s*$")
# inside a line: a function argument's or a block argument's own location
# (`%x: !tt.ptr<f32> loc("x"(#loc))`, `^bb0(%a: f32 loc(callsite(#loc9 at #loc31)), ...)`)
_LOC_INLINE = re.compile(r"\s+" + _LOC)


def without_locations(text: str) -> str:
    """The IR with MLIR location definitions and loc(...) references removed: at the end of an op,
    and after each argument of a function signature."""
    return "\n".join(_LOC_INLINE.sub("", _LOC_SUFFIX.sub("", line)) for line in text.splitlines()
                     if not _LOC_DEFINITION.match(line))


def pass_change(record: StageRecord, position: int, ignore_locations: bool = False) -> PassChange:
    """The snapshot at `position` (in list order) against the one before it of the same scope;
    with ignore_locations, MLIR's location info is left out of both sides."""
    steps = pass_steps(record)
    step = steps[position]
    previous = next((s for s in reversed(steps[:position]) if s.scope == step.scope), None)
    if previous is None:
        where = f" of {step.scope}" if step.scope else ""
        return PassChange(step, None, None, f"the first snapshot{where}: nothing earlier to compare with")
    before, after = snapshot_text(record, previous, False), snapshot_text(record, step, False)
    if ignore_locations:
        before, after = without_locations(before), without_locations(after)
    diff = unified_diff(before, after, f"{previous.title}", f"{step.title}")
    return PassChange(step, previous, diff, "")


def fusions_without_emitter_passes(capture, backend: str) -> str | None:
    """Which of a JAX capture's fusions have no xla_emitter_passes, and why: XLA writes that dump
    only for the fusions its MLIR emitters generate. On a GPU it compiles others through Triton
    (backend kind __triton...), on the CPU it hands some to YNNPACK (__ynn_fusion), a library."""
    from irlens.parsers.hlo import kernel_symbol
    from irlens.parsers.hlo_fusion import through_triton
    from irlens.views.pipeline import stage_records

    if capture.framework != "jax":
        return None
    emitted = {kernel_symbol(r.unit.rsplit("/", 1)[-1]) for r in stage_records(capture, "xla_emitter_passes", backend)}
    kernels = [k for r in stage_records(capture, "fusion", backend) if r.ok
               for k in (r.metadata.get("fusion_map") or {}).get("kernels", [])]
    missing = [k for k in kernels if kernel_symbol(k["name"]) not in emitted]
    triton = [k["name"] for k in missing if through_triton(k.get("config"))]
    library = [k["name"] for k in missing if (k.get("config") or "").startswith("__ynn")]
    parts = []
    if triton:
        parts.append(f"{', '.join(triton)}: XLA compiles {'it' if len(triton) == 1 else 'them'} through Triton, "
                     "not its MLIR emitters (their LLVM IR and PTX are xla_llir and xla_ptx)")
    if library:
        parts.append(f"{', '.join(library)}: YNNPACK library call{'s' * (len(library) != 1)}, "
                     "which XLA generates no code for")
    return ("No emitter passes for " + "; for ".join(parts) + ".") if parts else None

