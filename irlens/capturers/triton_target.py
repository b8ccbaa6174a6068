"""Which NVIDIA architecture Triton compiles for: the --target asked for, else the local GPU's,
else sm_90 (compiling needs no GPU; running does)."""
from __future__ import annotations

from irlens.options import CaptureOptions, parse_target
from irlens.record import CaptureError


def gpu_target(target: str):
    """'sm_90' -> triton GPUTarget('cuda', 90, 32). Triton itself picks the arch-specific PTX
    target (sm_90a for capability 90)."""
    from triton.backends.compiler import GPUTarget

    try:
        capability, _ = parse_target(target)
    except ValueError as exc:
        raise CaptureError(str(exc)) from None
    return GPUTarget("cuda", capability, 32)


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
    """(target, device description, run launches on the GPU)."""
    gpu = local_gpu()
    if options.target:
        target = normalized_target(options.target)
        device = f"{gpu[1]}; compiled for {target}" if gpu else f"no GPU: compiled for {target}"
        return target, device, gpu is not None
    if gpu:
        return gpu[0], gpu[1], True
    return CaptureOptions.DEFAULT_TARGET, f"no GPU: compiled for {CaptureOptions.DEFAULT_TARGET}", False
