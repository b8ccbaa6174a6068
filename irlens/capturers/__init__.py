"""The capturer registry: one module per framework, imported only inside the capture process.

A capturer module exposes `capture(path: Path, options: CaptureOptions, sink: RecordSink) -> None`:
it runs or compiles the user's file and emits StageRecords to the sink as each stage is produced,
so the stages before a failure are kept. Fatal failures raise irlens.record.CaptureError.
"""
from __future__ import annotations

import ast
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


def imported_packages(source_text: str) -> set[str]:
    """The top-level packages a file imports (`import functools, jax` counts jax), read from its
    syntax tree; from its import lines when it does not parse."""
    try:
        tree = ast.parse(source_text)
    except (SyntaxError, ValueError):
        lines = re.findall(r"^\s*(?:import\s+([\w., ]+)|from\s+(\w+))", source_text, re.MULTILINE)
        return {name.strip().split(".")[0].split(" ")[0] for imported, origin in lines
                for name in (imported.split(",") if imported else [origin]) if name.strip()}
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
    return found


def detect_framework(source_text: str) -> str | None:
    """Which capturer a file is for, from what it imports and defines (no import is run)."""
    has = lambda pattern: re.search(pattern, source_text, re.MULTILINE) is not None  # noqa: E731
    imported = imported_packages(source_text)
    if "jax" in imported:
        return "jax"
    if has(r"@triton\.jit") and not has(r"torch\.compile|class\s+Model\s*\("):
        return "triton"
    if has(r"torch\.compile|class\s+Model\s*\(") or "torch" in imported:
        return "torch"
    if "triton" in imported:
        return "triton"
    return None
