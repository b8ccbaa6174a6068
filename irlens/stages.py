"""Every stage irlens knows, in pipeline order per framework: names are the compilers' own."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StageDescriptor:
    name: str
    framework: str
    description: str
    language: str = "text"
    extension: str = "txt"
    binary: bool = False


def _d(name, framework, description, *, language="text", extension="txt", binary=False):
    return StageDescriptor(name=name, framework=framework, description=description,
                           language=language, extension=extension, binary=binary)


STAGES: tuple[StageDescriptor, ...] = (
    # Triton: the order of triton.backends.nvidia.compiler's add_stages, plus SASS derived from the cubin.
    _d("source", "triton", "the kernel's Python source (for Inductor's kernels, the code Inductor generated)",
       language="python", extension="py"),
    _d("frontend", "triton", "the MLIR Triton's Python frontend generated, before any pass (Triton's asm 'source')",
       language="mlir", extension="mlir"),
    _d("ttir", "triton", "Triton IR (MLIR tt dialect), target independent", language="mlir", extension="ttir"),
    _d("ttgir", "triton", "TritonGPU IR: tensors carry layouts for the target", language="mlir", extension="ttgir"),
    _d("llir", "triton", "LLVM IR that Triton generated for the target", language="llvm", extension="ll"),
    _d("ptx", "triton", "PTX assembly from LLVM's NVPTX backend", language="ptx", extension="ptx"),
    _d("cubin", "triton", "the cubin ptxas assembled (binary ELF)", extension="cubin", binary=True),
    _d("sass", "triton", "SASS machine code disassembled from the cubin", language="sass", extension="sass"),
    _d("mlir_passes", "triton", "the MLIR module before each pass, in pass order", language="mlir", extension="mlir"),
    # torch.compile
    _d("dynamo", "torch", "Dynamo's FX graph for each compiled frame, with its guards", language="python", extension="py"),
    _d("graph_breaks", "torch", "each graph break with its reason and user line"),
    _d("aot_joint", "torch", "AOTAutograd's joint forward+backward graph", language="python", extension="py"),
    _d("aot_forward", "torch", "AOTAutograd's forward graph (ATen ops)", language="python", extension="py"),
    _d("aot_backward", "torch", "AOTAutograd's backward graph (training only)", language="python", extension="py"),
    _d("pre_grad", "torch", "Inductor's graph after its pre-grad passes", language="python", extension="py"),
    _d("post_grad", "torch", "Inductor's graph after its post-grad passes: what gets scheduled into kernels",
       language="python", extension="py"),
    _d("ir_pre_fusion", "torch", "Inductor's scheduler nodes before fusion: each node's reads, writes, "
       "sizes and loop body", language="python", extension="py"),
    _d("ir_post_fusion", "torch", "Inductor's scheduler nodes after fusion: which nodes were fused into one "
       "(op1_op2: FusedSchedulerNode)", language="python", extension="py"),
    _d("inductor", "torch", "Inductor's output code: Triton kernels and wrapper (CUDA) or C++ kernels (CPU)",
       language="python", extension="py"),
    _d("fusion", "torch/jax", "which FX/ATen nodes (torch) or HLO ops (XLA) went into which kernel, as DOT",
       language="dot", extension="dot"),
    # JAX / XLA
    _d("jaxpr", "jax", "the jaxpr JAX traced", extension="jaxpr"),
    _d("stablehlo", "jax", "StableHLO that JAX lowered to", language="mlir", extension="mlir"),
    _d("hlo", "jax", "XLA HLO before optimization", language="hlo", extension="hlo"),
    _d("hlo_opt", "jax", "XLA HLO after optimization, with its fusions", language="hlo", extension="hlo"),
    _d("xla_passes", "jax", "the HLO module after each XLA pass that changed it, in pass order",
       language="hlo", extension="hlo"),
    _d("xla_emitter_passes", "jax", "each fusion through XLA's MLIR kernel emitter: the MLIR before each pass, "
       "down to the LLVM dialect", language="mlir", extension="mlir"),
    _d("xla_llir", "jax", "LLVM IR XLA generated for each fused kernel (host CPU or GPU)", language="llvm", extension="ll"),
    _d("xla_ptx", "jax", "PTX XLA generated for each fusion (GPU only)", language="ptx", extension="ptx"),
    # llvmlite, on any LLVM IR stage above
    _d("llvm_opt", "llvm", "an LLVM IR stage optimized by llvmlite at a chosen level", language="llvm", extension="ll"),
    _d("llvm_asm", "llvm", "target assembly llvmlite emitted (NVPTX for GPU IR, host asm for CPU IR)",
       language="asm", extension="s"),
)

_BY_NAME = {s.name: s for s in STAGES}


class UnknownStageError(ValueError):
    def __init__(self, name: str):
        super().__init__(f"unknown stage {name!r}; valid stages: {' '.join(stage_names())}")
        self.name = name


def stage_names() -> list[str]:
    return [s.name for s in STAGES]


def describe_stage(name: str) -> StageDescriptor:
    try:
        return _BY_NAME[name]
    except KeyError:
        raise UnknownStageError(name) from None


def stage_order(name: str) -> int:
    """Position in the pipeline; unknown names sort last."""
    return stage_names().index(name) if name in _BY_NAME else len(STAGES)
