"""The capturer registry: one module per framework, imported only inside the capture process.

A capturer module exposes `capture(path: Path, options: CaptureOptions, sink: RecordSink) -> None`:
it runs or compiles the user's file and emits StageRecords to the sink as each stage is produced,
so the stages before a failure are kept. Fatal failures raise irlens.record.CaptureError.
"""
from __future__ import annotations

import importlib
import re

CAPTURERS = {
    "triton": "irlens.capturers.triton_capture",
    "torch": "irlens.capturers.torch_capture",
    "jax": "irlens.capturers.jax_capture",
}


class UnknownFrameworkError(ValueError):
    pass


def load_capturer(framework: str):
    try:
        module = CAPTURERS[framework]
    except KeyError:
        raise UnknownFrameworkError(
            f"unknown framework {framework!r}; known: {' '.join(CAPTURERS)}") from None
    return importlib.import_module(module)


def detect_framework(source_text: str) -> str | None:
    """Which capturer a file is for, from what it imports and defines (no import is run)."""
    has = lambda pattern: re.search(pattern, source_text, re.MULTILINE) is not None  # noqa: E731
    if has(r"^\s*(import jax|from jax)"):
        return "jax"
    if has(r"@triton\.jit") and not has(r"torch\.compile|class\s+Model\s*\("):
        return "triton"
    if has(r"torch\.compile|class\s+Model\s*\(|^\s*(import torch|from torch)"):
        return "torch"
    if has(r"^\s*(import triton|from triton)"):
        return "triton"
    return None
