"""Which NVIDIA architecture Triton compiles for: the --target asked for, else the local GPU's,
else sm_90 (compiling needs no GPU; running does), checked against what the installed Triton's
LLVM and ptxas can compile for before anything is compiled."""
from __future__ import annotations

import functools
import os
import re

from irlens.capturers.triton_stderr import captured_stderr
from irlens.capturers.triton_tools import ptxas_architectures, tool_path
from irlens.options import CaptureOptions, parse_target
from irlens.record import CaptureError


def gpu_target(target: str):
    """'sm_90' -> triton GPUTarget('cuda', 90, 32), once check_target has passed. Triton itself
    picks the arch-specific PTX target (sm_90a for capability 90)."""
    from triton.backends.compiler import GPUTarget

    check_target(target)
    return GPUTarget("cuda", parse_target(target)[0], 32)


@functools.lru_cache(maxsize=None)
def check_target(target: str) -> None:
    """CaptureError, one line listing the supported targets, unless the installed Triton compiles
    for `target` end to end. An architecture its LLVM does not know kills the process (LLVM
    aborts on the first intrinsic it cannot select); one its ptxas lacks fails at the cubin."""
    try:
        capability, _ = parse_target(target)
    except ValueError as exc:
        raise CaptureError(str(exc)) from None
    reason = _unsupported_because(capability)
    if reason:
        import triton

        raise CaptureError(f"target {target} is not one the installed Triton {triton.__version__} can compile for "
                           f"({reason}); supported: {' '.join(supported_targets()) or 'none found'}")


def supported_targets() -> list[str]:
    """sm_XY for every capability the installed Triton can compile for, lowest first."""
    names = set()
    for tool in ("ptxas", "ptxas-blackwell"):
        try:
            names |= ptxas_architectures(tool_path(tool)) or set()
        except AttributeError:  # a Triton with one ptxas only
            continue
    capabilities = sorted({int(m.group(1)) for n in names if (m := re.fullmatch(r"sm_(\d+)[af]?", n))})
    return [f"sm_{c}" for c in capabilities if not _unsupported_because(c)]


@functools.lru_cache(maxsize=None)
def _unsupported_because(capability: int) -> str | None:
    """Why Triton cannot compile for this capability (None when it can, or when it cannot be told)."""
    from triton import knobs
    from triton.backends.nvidia import compiler as nvidia

    # What Triton's NVIDIA backend passes ptxas as --gpu-name, and which of the wheel's ptxas it runs.
    arch = nvidia.sm_arch_from_capability(capability) if hasattr(nvidia, "sm_arch_from_capability") \
        else f"sm_{capability}{'a' if capability >= 90 else ''}"
    ptxas = (nvidia.get_ptxas(capability) if hasattr(nvidia, "get_ptxas") else knobs.nvidia.ptxas).path
    accepted = ptxas_architectures(ptxas)
    if accepted is not None and arch not in accepted:
        return f"its {os.path.basename(ptxas)} does not accept --gpu-name={arch}"
    if _llvm_knows(arch) is False:
        return f"its LLVM does not know the processor {arch}"
    return None


_EMPTY_MODULE = 'target triple = "nvptx64-nvidia-cuda"\ndefine void @irlens_probe() {\n  ret void\n}\n'


@functools.lru_cache(maxsize=None)
def _llvm_knows(arch: str) -> bool | None:
    """Whether Triton's own LLVM knows the NVPTX processor `arch`: it says so on stderr when it
    ignores one. An empty function selects no instruction, so this cannot abort. None: unknown."""
    try:
        from triton._C.libtriton import llvm

        llvm.init_targets()
        with captured_stderr() as stderr:
            try:  # Triton 3.9 added canonicalize_gep (and sched4reg, defaulted) to translate_to_asm
                llvm.translate_to_asm(_EMPTY_MODULE, "nvptx64-nvidia-cuda", arch, "", [], False, False, False)
            except TypeError:
                llvm.translate_to_asm(_EMPTY_MODULE, "nvptx64-nvidia-cuda", arch, "", [], False, False)
    except Exception:  # a private API: changed in another Triton
        return None
    return "not a recognized processor" not in stderr.text


def normalized_target(target: str) -> str:
    try:
        return parse_target(target)[1]
    except ValueError as exc:
        raise CaptureError(str(exc)) from None


def local_gpu() -> tuple[str, str] | None:
    """(target, device name) of the current CUDA device, or None without one."""
    try:
        import torch
    except ImportError:
        return None
    if not torch.cuda.is_available():
        return None
    major, minor = torch.cuda.get_device_capability()
    return f"sm_{major}{minor}", torch.cuda.get_device_name()


def choose_target(options: CaptureOptions) -> tuple[str, str, bool]:
    """(target, device description, run launches on the GPU). Imports no Triton (a script run
    under the interpreter needs TRITON_INTERPRET set first): check_target comes after."""
    gpu = local_gpu()
    if options.target:
        target = normalized_target(options.target)
        device = f"{gpu[1]}; compiled for {target}" if gpu else f"no GPU: compiled for {target}"
        on_gpu = gpu is not None
    elif gpu:
        (target, device), on_gpu = gpu, True
    else:
        target, on_gpu = CaptureOptions.DEFAULT_TARGET, False
        device = f"no GPU: compiled for {target}"
    return target, device, on_gpu
