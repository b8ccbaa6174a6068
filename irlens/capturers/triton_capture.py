"""The Triton capturer: compile every kernel a file launches, stage by stage, for one target.

A file with `example()` gives its launches as `(kernel, grid, args[, kwargs])`; any other file is
run as a script and each distinct launch is recorded (on the GPU when there is one and no other
target was asked for; else on CPU tensors under Triton's interpreter), then compiled for real.
"""
from __future__ import annotations

import ast
import os
import sys
from pathlib import Path

from irlens.capturers.triton_compile import compile_kernel
from irlens.capturers.triton_launches import (LaunchRecorder, autotuner_variants, compiling_interpreted_kernels,
                                              innermost_jit_function, specialize_launch, unit_names)
from irlens.capturers.triton_target import check_target, choose_target
from irlens.model_file import call_user, load_user_module, run_user_script
from irlens.options import CaptureOptions
from irlens.record import CaptureError


def capture(path: Path, options: CaptureOptions, sink) -> None:
    target, device, on_gpu = choose_target(options)
    uses_example = _defines_example(path)
    if not uses_example and not on_gpu:
        _enable_interpreter()  # before the script's @triton.jit decorators run
    import triton

    check_target(target)  # before the file runs: an architecture Triton's LLVM lacks kills the process
    sink.set_environment(target=target, device=device, backend="cuda", triton=triton.__version__,
                         launches="example()" if uses_example else
                         ("script on the GPU" if on_gpu else "script under TRITON_INTERPRET=1 on CPU"))
    if uses_example:
        _compile_example(path, target, sink, options)
    else:
        _compile_script(path, target, sink, options)


def _defines_example(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return any(isinstance(node, ast.FunctionDef) and node.name == "example" for node in tree.body)


def _enable_interpreter() -> None:
    os.environ["TRITON_INTERPRET"] = "1"
    if "triton" in sys.modules:
        from triton import knobs

        knobs.runtime.interpret = True


def _compile_example(path: Path, target: str, sink, options: CaptureOptions) -> None:
    module = load_user_module(path)
    launches = call_user(module.example, path, "example()")
    if not isinstance(launches, (list, tuple)) or not launches:
        raise CaptureError(f"{path.name}: example() must return a non-empty list of launches "
                           "(kernel, grid, args) or (kernel, grid, args, kwargs)")
    specs, keys = [], set()
    for number, launch in enumerate(launches, start=1):
        kernel, args, kwargs = _unpack_launch(path, number, launch)
        jit_fn = innermost_jit_function(kernel)
        for added in autotuner_variants(kernel, tuple(args), kwargs):
            spec = call_user(specialize_launch, path, f"example() launch {number} ({_name(jit_fn)})",
                             jit_fn, target, tuple(args), {**added, **kwargs})
            if spec.key() not in keys:
                keys.add(spec.key())
                specs.append(spec)
    for spec, unit in zip(specs, unit_names(specs)):
        compile_kernel(spec.ast_source(spec.kernel), target, unit=unit, options=spec.options, sink=sink,
                       pass_dumps=options.passes)


def _unpack_launch(path: Path, number: int, launch):
    if not isinstance(launch, (list, tuple)) or len(launch) not in (3, 4):
        raise CaptureError(f"{path.name}: example() launch {number} is not (kernel, grid, args) or "
                           f"(kernel, grid, args, kwargs)")
    kernel, _grid, args = launch[:3]
    kwargs = dict(launch[3]) if len(launch) == 4 and launch[3] else {}
    if not hasattr(innermost_jit_function(kernel), "params"):
        raise CaptureError(f"{path.name}: example() launch {number}: {_name(kernel)} is not a @triton.jit kernel")
    if not isinstance(args, (list, tuple)):
        raise CaptureError(f"{path.name}: example() launch {number}: args must be a list or tuple")
    return kernel, args, kwargs


def _compile_script(path: Path, target: str, sink, options: CaptureOptions) -> None:
    recorder = LaunchRecorder(target)
    failure = None
    with recorder.recording():
        try:
            run_user_script(path)
        except CaptureError as exc:  # the kernels launched before the failure are still compiled
            failure = exc
    if not recorder.specs:
        if failure is not None:
            raise failure
        raise CaptureError(f"{path.name}: ran as a script but launched no Triton kernel; launch one, or define "
                           "example() returning [(kernel, grid, args), ...]")
    if recorder.autotuned_without_timing:
        sink.set_environment(autotune="not run without a GPU: every config of an @triton.autotune kernel is "
                                       "compiled, and the script went on with the first")
    namespaces = [spec.kernel.fn.__globals__ for spec in recorder.specs if hasattr(spec.kernel, "fn")]
    with compiling_interpreted_kernels(recorder.jit_of_interpreted, namespaces, recorder.language_before):
        for spec, unit in zip(recorder.specs, unit_names(recorder.specs)):
            kernel = spec.kernel
            jit_fn = recorder.jit_of_interpreted(kernel) if type(kernel).__name__ == "InterpretedFunction" else kernel
            compile_kernel(spec.ast_source(jit_fn), target, unit=unit, options=spec.options, sink=sink,
                       pass_dumps=options.passes)
    if failure is not None:
        raise failure


def _name(kernel) -> str:
    return getattr(kernel, "__name__", None) or type(kernel).__name__
