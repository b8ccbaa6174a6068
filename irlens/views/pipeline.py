"""The pipeline overview: a capture's stages in compiler order, each with its size, line count,
compile time and the kernels or graphs in it, for one backend at a time."""
from __future__ import annotations

from dataclasses import dataclass

from irlens.record import Capture, StageRecord
from irlens.render import has_both_backends, select_records
from irlens.stages import STAGES, stage_order

CUDA, CPU = "cuda", "cpu"
_KERNEL_STAGES = {s.name for s in STAGES if s.framework in ("triton", "llvm")}


def stage_rank(stage: str, framework: str) -> float:
    """Position of a stage in its pipeline. The fusion map is listed among torch's stages; in a
    JAX capture it describes the optimized HLO, so it goes right after hlo_opt. In a torch
    capture the Triton (and LLVM) stages are those of Inductor's kernels: after Inductor's own."""
    if stage == "fusion" and framework == "jax":
        return stage_order("hlo_opt") + 0.5
    if framework == "torch" and stage in _KERNEL_STAGES:
        return len(STAGES) + stage_order(stage)
    return stage_order(stage)


def ordered_stages(capture: Capture) -> list[str]:
    return sorted(capture.stages(), key=lambda s: (stage_rank(s, capture.framework), s))


def backends(capture: Capture) -> list[str]:
    """The backends to offer: both only when some stage has CPU and GPU records side by side
    (torch captures for cpu and sm_90); otherwise the one the capture has."""
    if has_both_backends(capture):
        return [CUDA, CPU]
    return [CPU] if capture.records and all(r.target == CPU for r in capture.records) else [CUDA]


def stage_records(capture: Capture, stage: str, backend: str = CUDA) -> list[StageRecord]:
    """The records of one stage for one backend (see irlens.render.select_records)."""
    return select_records(capture, stage, None, backend)


def units_of(capture: Capture, stage: str, backend: str = CUDA) -> list[str]:
    seen: dict[str, None] = {}
    for r in stage_records(capture, stage, backend):
        seen.setdefault(r.unit, None)
    return list(seen)


def unit_label(capture: Capture, unit: str) -> str:
    """A unit as the kernel selector names it: a torch graph with the function Dynamo compiled
    ("graph 2 (1/0) · g()"), since a script may compile several; any other unit as it is."""
    function = next((r.metadata["function"] for r in capture.records
                     if r.unit == unit and r.metadata.get("function")), None)
    return f"{unit} · {function}()" if function else unit


def find_record(capture: Capture, stage: str, unit: str, backend: str = CUDA) -> StageRecord | None:
    for r in stage_records(capture, stage, backend):
        if r.unit == unit:
            return r
    return None


@dataclass(frozen=True)
class StageRow:
    stage: str
    description: str
    targets: str
    units: tuple[str, ...]
    lines: int
    size_bytes: int
    compile_time_s: float | None
    failures: tuple[str, ...]
    absent: tuple[str, ...] = ()  # why records this compiler could not make here are missing

    def as_dict(self) -> dict:
        return {
            "stage": self.stage,
            "kernels / graphs": len(self.units),
            "names": ", ".join(self.units[:4]) + (f" (+{len(self.units) - 4})" if len(self.units) > 4 else ""),
            "target": self.targets,
            "lines": self.lines,
            "size": human_size(self.size_bytes),
            "compile time (s)": None if self.compile_time_s is None else round(self.compile_time_s, 3),
            "status": ("failed: " + self.failures[0] if self.failures else
                       "not made here: " + self.absent[0] if self.absent else "ok"),
            "what it is": self.description,
        }


def _description(stage: str) -> str:
    return next((s.description for s in STAGES if s.name == stage), "")


def pipeline_rows(capture: Capture, backend: str = CUDA) -> list[StageRow]:
    rows = []
    for stage in ordered_stages(capture):
        records = stage_records(capture, stage, backend)
        if not records:
            continue
        times = [r.compile_time_s for r in records if r.compile_time_s is not None]
        rows.append(StageRow(
            stage=stage,
            description=_description(stage),
            targets=", ".join(sorted({r.target for r in records if r.target})),
            units=tuple(dict.fromkeys(r.unit for r in records)),
            lines=sum(r.line_count for r in records),
            size_bytes=sum(r.size for r in records),
            compile_time_s=sum(times) if times else None,
            failures=tuple(r.error for r in records if r.failed),
            absent=tuple(r.error for r in records if r.absent_by_design),
        ))
    return rows


# Facts about how a capture was made that change what its stages mean, in the header's order.
_ENVIRONMENT_FACTS = ("target", "device", "backend", "jax_backend", "jax_device", "mode", "torch_mode",
                      "cuda_output")
# The packages whose versions made a capture of each framework (llvmlite: the llvm_* stages).
_FRAMEWORK_PACKAGES = {"torch": ("torch", "triton", "llvmlite"), "jax": ("jax", "jaxlib", "llvmlite"),
                       "triton": ("triton", "llvmlite")}


def lowering_end_note(capture: Capture) -> str | None:
    """Where a JAX capture's lowering stops short of the machine code, and why: a reader of the
    pipeline table expects SASS after PTX, as Triton and Inductor's CUDA output have it."""
    if capture.framework != "jax":
        return None
    produced = {r.stage for r in capture.records if not r.error}
    if "xla_ptx" in produced:
        return ("XLA's lowering ends at its PTX (xla_ptx): XLA assembles the PTX into a cubin inside the "
                "process, and irlens has no way to read that cubin back, so there is no cubin or SASS "
                "stage for XLA's kernels.")
    if (capture.environment or {}).get("jax_backend") == "cpu":
        return ("No xla_ptx: XLA writes PTX only when it compiles for a GPU, and this capture ran on the CPU; "
                "llvm_asm is llvmlite's host assembly of XLA's LLVM IR (xla_llir), not XLA's own.")
    return None


def environment_facts(env: dict, framework: str | None = None) -> list[str]:
    """'target sm_90', 'torch mode: inference: ...', 'torch 2.13.0+cpu': how the capture was made,
    each fact once (a torch capture's cuda_output already says when there was no GPU; with one,
    the device names it), and the
    versions of the packages that made it."""
    no_gpu = env.get("cuda_output") and not env.get("cuda_device")
    keys = [k for k in _ENVIRONMENT_FACTS if env.get(k) and not (k == "device" and no_gpu)]
    facts = [f"{k.replace('_', ' ')}: {env[k]}" if k in ("torch_mode", "cuda_output") else
             f"{k.replace('_', ' ')} {env[k]}" for k in keys]
    return facts + package_facts(env, framework)


def package_facts(env: dict, framework: str | None = None) -> list[str]:
    """'torch 2.13.0+cpu', 'triton 3.9.0', ...: the versions of the packages that made a capture
    of this framework."""
    packages = env.get("packages") or {}
    wanted = _FRAMEWORK_PACKAGES.get(framework or "", tuple(packages))
    return [f"{name} {packages[name]}" for name in wanted if packages.get(name)]


def capture_gpu(env: dict) -> str | None:
    """The GPU a capture was compiled on ('NVIDIA H200'), or None where it was made without one."""
    return env.get("cuda_device") or (env.get("jax_device") if env.get("jax_backend") in ("gpu", "cuda") else None)


def human_size(n: int) -> str:
    for unit in ("B", "KB", "MB"):
        if n < 1024 or unit == "MB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} MB"
