"""XLA's dump directory (`xla_dump_to`): the HLO module after each pass, in pass order, and the
LLVM IR and PTX it wrote per kernel module.

File names, as jaxlib 0.10 writes them:
  module_0012.jit_mlp.0005.simplification.after_algsimp.before_simplify-sorts.txt
  module_0012.jit_mlp.before_optimizations.txt, module_0012.jit_mlp.cpu_after_optimizations.txt
  module_0012.jit_mlp.broadcast_divide_fusion_kernel_module.ir-with-opt.ll   (CPU, one per kernel)
  module_0012.jit_mlp.ir-with-opt.ll, module_0012.jit_mlp.ptx                (GPU, whole module)
  module_0012.jit_mlp.broadcast_divide_fusion_kernel_module.mlir-passes.log  (CPU, MLIR emitter passes)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_SNAPSHOT = re.compile(r"^module_(\d+)\.(.+?)\.(\d{4})\.(.+?)\.after_(.+?)(?:\.before_(.+))?\.txt$")
_LLVM = re.compile(r"^module_(\d+)\.(.+?)\.(?:(.+?)\.)?ir-(no-opt|with-opt)(?:\.noinline)?\.ll$")
_PTX = re.compile(r"^module_(\d+)\.(.+?)(?:\.(.+?))?\.ptx$")
# The MLIR kernel emitters' pass-by-pass log, one per kernel module, when xla_dump_emitter_re
# matches (jaxlib 0.10-0.11, CPU): module_0004.jit_f.broadcast_multiply_fusion_kernel_module.mlir-passes.log
_EMITTER_PASSES = re.compile(r"^module_(\d+)\.(.+?)\.(.+)\.mlir-passes\.log$")
PIPELINE_START = "pipeline-start"
MAX_PASS_TEXT = 32 * 2**20  # snapshots beyond this are listed but their text is left out
PASS_HEADER_START = "// -----// HLO after "  # each module of the pass history starts under such a line


@dataclass(frozen=True)
class PassSnapshot:
    """The module as it stood after one pass (XLA names the pass that ran next too)."""

    order: int
    pipeline: str
    pass_name: str
    next_pass: str | None
    path: Path


@dataclass(frozen=True)
class KernelFile:
    kernel: str        # "" when the file holds the whole module (XLA's GPU backend)
    variant: str       # "no-opt" / "with-opt" for LLVM IR, "ptx"
    path: Path


def pass_snapshots(dump_dir: Path) -> list[PassSnapshot]:
    """Every per-pass snapshot of the last module in the directory, in the order XLA wrote them."""
    found: dict[str, list[PassSnapshot]] = {}
    for path in Path(dump_dir).glob("module_*.txt"):
        m = _SNAPSHOT.match(path.name)
        if m:
            found.setdefault(m.group(1), []).append(
                PassSnapshot(int(m.group(3)), m.group(4), m.group(5), m.group(6), path))
    if not found:
        return []
    return sorted(found[max(found, key=int)], key=lambda s: s.order)


def pass_history(snapshots: list[PassSnapshot]) -> tuple[str, list[dict]]:
    """(text, passes): the text holds the module after each pass that changed it, headed by a
    `// -----// HLO after <pass> (<pipeline>) //----- //` line; passes lists every pass in order as
    {index, name, pipeline, start_line, end_line, changed, file}. A pass that changed nothing
    points at the snapshot it left as it was. `changed` means the printed module differs from the
    one before (the first snapshot is the input module, listed as pipeline-start). Past
    MAX_PASS_TEXT, a changed module's text is left out: its entry points at the last snapshot
    kept and says `text_left_out`."""
    parts: list[str] = []
    passes: list[dict] = []
    line, size = 1, 0
    previous: str | None = None
    span = (1, 1)
    for snap in snapshots:
        if snap.pass_name == PIPELINE_START and passes:
            continue  # a nested pipeline starting: the module as the last pass left it
        text = snap.path.read_text(encoding="utf-8", errors="replace")
        changed = previous is not None and text != previous
        left_out = False
        if previous is None or changed:
            if parts and size + len(text) > MAX_PASS_TEXT:
                left_out = True
            else:
                body = f"{PASS_HEADER_START}{snap.pass_name} ({snap.pipeline}) //----- //\n{text.rstrip()}\n"
                parts.append(body)
                count = body.count("\n")
                span = (line, line + count - 1)
                line += count
                size += len(text)
        previous = text
        entry = {"index": len(passes), "name": snap.pass_name, "pipeline": snap.pipeline,
                 "start_line": span[0], "end_line": span[1], "changed": changed, "file": snap.path.name}
        if left_out:
            entry["text_left_out"] = True
        passes.append(entry)
    return "".join(parts), passes


def module_file(dump_dir: Path, suffix: str) -> Path | None:
    """The last module's file ending in `suffix` (e.g. before_optimizations.txt)."""
    candidates = sorted(Path(dump_dir).glob(f"module_*{suffix}"))
    return candidates[-1] if candidates else None


def optimized_module_file(dump_dir: Path) -> Path | None:
    """cpu_after_optimizations.txt / gpu_after_optimizations.txt (whichever backend compiled)."""
    candidates = [p for p in Path(dump_dir).glob("module_*after_optimizations.txt")]
    return sorted(candidates)[-1] if candidates else None


def compiled_module_id(dump_dir: Path) -> str | None:
    """`module_0012`, the prefix of the compiled module's files; other modules may be compiled
    into the same directory (XLA's GPU autotuner compiles candidates)."""
    optimized = optimized_module_file(dump_dir)
    return optimized.name.split(".", 1)[0] if optimized else None


def kernel_files(dump_dir: Path) -> list[KernelFile]:
    """LLVM IR and PTX files XLA wrote, one entry per kernel module and variant, sorted by name."""
    out = []
    for path in sorted(Path(dump_dir).iterdir()):
        m = _LLVM.match(path.name)
        if m and not path.name.endswith(".noinline.ll"):
            kernel = _kernel_name(m.group(3))
            out.append(KernelFile(kernel, m.group(4), path))
            continue
        m = _PTX.match(path.name)
        if m:
            out.append(KernelFile(_kernel_name(m.group(3)), "ptx", path))
    return out


def emitter_pass_logs(dump_dir: Path) -> list[KernelFile]:
    """The MLIR emitters' pass logs XLA wrote for the compiled module, one per kernel module,
    sorted by name."""
    module_id = compiled_module_id(dump_dir)
    out = []
    for path in sorted(Path(dump_dir).iterdir()):
        m = _EMITTER_PASSES.match(path.name)
        if m and (module_id is None or f"module_{m.group(1)}" == module_id):
            out.append(KernelFile(_kernel_name(m.group(3)), "mlir-passes", path))
    return out


def _kernel_name(part: str | None) -> str:
    """broadcast_add_fusion_kernel_module / __compute_module_wrapped_add_kernel_module -> the fusion's name."""
    return (part or "").removeprefix("__compute_module_").removesuffix("_kernel_module")


# XLA's GPU backend compiles the module's LLVM IR in numbered parts (one per split module, one
# per Triton fusion) and dumps each as module_NNNN.<name>.ir-no-opt.<part>.ll,
# ir-with-opt.<part>.ll and <part>.ptx (xla/service/gpu/gpu_compiler.cc, CompileSingleModule,
# as of 2025-26); older jaxlibs write ir-with-opt.ll and .ptx with no part.
_GPU_LLVM = re.compile(r"^module_(\d+)\.(.+?)\.ir-(no-opt|with-opt)(?:\.([\w-]+))?\.ll$")
_GPU_PTX = re.compile(r"^module_(\d+)\.(.+?)(?:\.(\d+))?\.ptx$")
_PTX_ENTRY = re.compile(r"^\s*(?:\.visible\s+|\.weak\s+)*\.entry\s+([\w$.]+)", re.MULTILINE)
_LLVM_KERNEL = re.compile(r"^define\b[^@\n]*\bptx_kernel\b[^@\n]*@\"?([\w$.]+)", re.MULTILINE)
_LLVM_NVVM_KERNEL = re.compile(r"!\{ptr @\"?([\w$.]+)\"?, !\"kernel\", i32 1\}")


def gpu_kernel_files(dump_dir: Path) -> list[KernelFile]:
    """LLVM IR and PTX files XLA's GPU backend wrote for the compiled module, by part. `kernel` is
    the part's number ("" for a file with none); "inlined" and "constants" parts are left out
    (the whole module before splitting, and its globals)."""
    module_id = compiled_module_id(dump_dir)
    found = []
    for path in sorted(Path(dump_dir).iterdir(), key=lambda p: _natural_key(p.name)):
        if module_id and not path.name.startswith(module_id + "."):
            continue  # another module compiled into the same directory (an autotuning candidate)
        m = _GPU_LLVM.match(path.name)
        if m:
            part = m.group(4) or ""
            if part in ("inlined", "constants") or part.endswith("noconst"):
                continue
            found.append(KernelFile(part, m.group(3), path))
            continue
        m = _GPU_PTX.match(path.name)
        if m:
            found.append(KernelFile(m.group(3) or "", "ptx", path))
    return found


def kernel_entries(text: str, language: str) -> list[str]:
    """The GPU kernels a PTX or LLVM IR file defines (`.entry`; `ptx_kernel` or nvvm.annotations)."""
    if language == "ptx":
        return _PTX_ENTRY.findall(text)
    if language == "llvm":
        return list(dict.fromkeys(_LLVM_KERNEL.findall(text) + _LLVM_NVVM_KERNEL.findall(text)))
    return []


def _natural_key(name: str) -> list:
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]
