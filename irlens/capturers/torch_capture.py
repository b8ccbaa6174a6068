"""The torch.compile capturer: compiles a model file (class Model, get_inputs) or runs a script
that calls torch.compile, and turns the structured trace into stage records: Inductor's CPU
output always, and its CUDA output too (on the local GPU, or generated without one)."""
from __future__ import annotations

import re
from pathlib import Path

from irlens.capturers.torch_fusion import AttentionPatternWatch, note_pattern_attention
from irlens.capturers.torch_trace import collect_trace, records_from_trace
from irlens.errors import describe_exception
from irlens.model_file import build_torch_model, load_user_module, run_user_script
from irlens.options import CaptureOptions, parse_target
from irlens.record import CaptureError, StageRecord

CPU_TARGET = "cpu"
_MODEL_CLASS = re.compile(r"^class\s+Model\s*\(", re.MULTILINE)
_GET_INPUTS = re.compile(r"^def\s+get_inputs\s*\(", re.MULTILINE)


def follows_model_convention(source: str) -> bool:
    """Decided from the text, so a script is never imported once and then run again."""
    return bool(_MODEL_CLASS.search(source) and _GET_INPUTS.search(source))


def capture(path: Path, options: CaptureOptions, sink) -> None:
    import torch

    source = path.read_text(encoding="utf-8")
    model_file = follows_model_convention(source)
    gpu = torch.cuda.is_available()
    sink.set_environment(torch_version=torch.__version__, torch_input="model file" if model_file else "script",
                         torch_mode=_mode_description(options) if model_file else "as the script runs",
                         torch_backends=["cpu"])
    if not model_file:
        sink.set_environment(cuda_output="not generated: only a model file (class Model, get_inputs) "
                                         "can be compiled again for CUDA; a script runs once, as written")
        _capture_script(path, options, sink)
        return
    model, inputs = build_torch_model(load_user_module(path), path)
    sink.progress("torch: compiling the model for the CPU (Dynamo, AOTAutograd, Inductor)")
    cpu_records = _compile_and_emit(path, model, inputs, options, sink, device="cpu", target=CPU_TARGET)
    if not any(r.stage == "dynamo" and r.ok for r in cpu_records):
        # Dynamo compiled nothing (a graph break that skips the whole frame): there is no graph
        # for a CUDA compile either, and graph_breaks already says why
        sink.set_environment(cuda_output="not generated: Dynamo compiled no graph of this model "
                                         "(see graph_breaks)")
        return
    if gpu:
        _capture_local_gpu(path, model, inputs, options, sink)
    else:
        _capture_cuda_without_gpu(path, model, inputs, options, sink)


def _mode_description(options: CaptureOptions) -> str:
    if options.backward:
        return "training: model.train(), loss = out.sum(), loss.backward()"
    return "inference: model.eval() under torch.no_grad()"


def _emit_trace(events, sink, target: str, path: Path, failed: bool = False,
                attention_matched: bool = False) -> list[StageRecord]:
    records = records_from_trace(events, target=target, source_file=str(path))
    for r in records:
        if attention_matched and isinstance(r.metadata.get("fusion_map"), dict):
            note_pattern_attention(r.metadata["fusion_map"])
        if failed and r.stage == "graph_breaks" and not r.metadata.get("breaks"):
            # "Dynamo traced each compiled frame as one graph" would claim a compile that failed
            r.text = "no graph break before the compile failed (the failure says where)\n"
        if target == CPU_TARGET:
            r.metadata.setdefault("backend", "cpu")
        sink.emit(r)
    return records


def _capture_script(path: Path, options: CaptureOptions, sink) -> None:
    """Run the script as __main__; every graph it compiles is captured."""
    failure = None
    with collect_trace(progress=sink.progress) as trace, AttentionPatternWatch() as attention:
        try:
            run_user_script(path)
        except CaptureError as exc:
            failure = exc
    records = _emit_trace(trace.events, sink, CPU_TARGET, path, attention_matched=attention.matched)
    if failure is not None:
        raise failure
    if not any(r.stage == "dynamo" for r in records):
        raise CaptureError(f"{path.name}: the script compiled nothing (no torch.compile call ran); "
                           "or define class Model(nn.Module) and get_inputs()")


def _to_device(value, device: str):
    import torch

    if isinstance(value, torch.Tensor):
        return value.to(device)
    if isinstance(value, (list, tuple)):
        return type(value)(_to_device(v, device) for v in value)
    if isinstance(value, dict):
        return {k: _to_device(v, device) for k, v in value.items()}
    return value


def _output_tensors(out) -> list:
    import torch

    if isinstance(out, torch.Tensor):
        return [out]
    if isinstance(out, (list, tuple)):
        return [t for o in out for t in _output_tensors(o)]
    if isinstance(out, dict):
        return [t for o in out.values() for t in _output_tensors(o)]
    return []


def run_compiled(model, inputs: list, options: CaptureOptions, path: Path):
    """Compile and run once as the options say (and backward when asked); the user's
    exceptions become one line that names their line."""
    import torch

    compiled = torch.compile(model, mode=None if options.mode == "default" else options.mode,
                             dynamic=options.dynamic)
    try:
        if not options.backward:
            model.eval()
            with torch.no_grad():
                return compiled(*inputs)
        model.train()
        inputs = [x.detach().requires_grad_(True) if isinstance(x, torch.Tensor) and x.is_floating_point() else x
                  for x in inputs]
        out = compiled(*inputs)
        tensors = [t for t in _output_tensors(out) if t.requires_grad]
        if not tensors:
            raise CaptureError(f"{path.name}: --backward asked for, but no output of Model requires grad")
        sum(t.float().sum() for t in tensors).backward()
        return out
    except CaptureError:
        raise
    except Exception as exc:
        raise CaptureError(describe_compile_failure(exc, path)) from exc


_EXPLANATION = re.compile(r"^\s*Explanation: (?P<text>.+)$", re.MULTILINE)


def describe_compile_failure(exc: BaseException, path: Path) -> str:
    """One line: the user's line (Dynamo keeps it in `real_stack` when it traced the code
    symbolically), the exception and, for Dynamo's errors, its explanation."""
    line = describe_exception(exc, str(path))
    frames = [f for f in getattr(exc, "real_stack", None) or [] if Path(f.filename) == path]
    if frames:
        f = frames[-1]
        line = f"{path.name}:{f.lineno} in {f.name}: {type(exc).__name__}: {str(exc).strip().splitlines()[0]}"
    explanation = _EXPLANATION.search(str(exc))
    if explanation:
        line += " (" + explanation["text"].strip()[:400] + ")"
    return "torch.compile: " + line


def _compile_and_emit(path: Path, model, inputs: list, options: CaptureOptions, sink, *, device: str,
                      target: str) -> list[StageRecord]:
    """One compile under the trace collector; the records are emitted even when it fails, so
    the stages before the failure are kept."""
    model = model.to(device)
    inputs = _to_device(inputs, device)
    failure = None
    with collect_trace(progress=sink.progress) as trace, AttentionPatternWatch() as attention:
        try:
            run_compiled(model, inputs, options, path)
        except CaptureError as exc:
            failure = exc
    records = _emit_trace(trace.events, sink, target, path, failed=failure is not None,
                          attention_matched=attention.matched)
    if failure is not None:
        raise failure
    return records


def _capture_local_gpu(path: Path, model, inputs: list, options: CaptureOptions, sink) -> None:
    """With a GPU here, compile on it for real; Triton kernels go through compile_kernel. Inductor
    generates for the local card (its heuristics read the card's properties), so its stages are
    labelled with the local arch; a --target for another arch applies to the Triton compiles."""
    import torch

    major, minor = torch.cuda.get_device_capability()
    local = f"sm_{major}{minor}"
    kernel_target = local
    if options.target:
        try:
            kernel_target = parse_target(options.target)[1]
        except ValueError as exc:
            raise CaptureError(str(exc)) from None
    name = torch.cuda.get_device_name()
    note = f"compiled on the GPU of the machine that captured it ({name}, {local})"  # read elsewhere, later
    if kernel_target != local:
        note += f"; its Triton kernels compiled on for {kernel_target}"
    sink.set_environment(torch_backends=["cpu", "cuda"], cuda_device=name, target=kernel_target,
                         device=name, cuda_output=note)
    sink.progress(f"torch: compiling the model on the local GPU ({name})")
    try:
        records = _compile_and_emit(path, model, inputs, options, sink, device="cuda", target=local)
    except CaptureError as exc:
        sink.error(f"CUDA backend: {exc}")
        return
    _compile_triton_kernels(records, kernel_target, sink, options)


def _compile_triton_kernels(records: list[StageRecord], target: str, sink, options: CaptureOptions) -> None:
    try:
        from irlens.capturers import torch_cuda
    except ImportError:
        sink.error("CUDA backend: Triton stages of Inductor's kernels need irlens.capturers.torch_cuda")
        return
    compile_all = getattr(torch_cuda, "compile_inductor_kernels", None)
    if compile_all is None:
        sink.error("CUDA backend: this irlens has no compile_inductor_kernels for Triton stages")
        return
    # Each kernel's metadata says which config it was compiled with and why (inductor_config:
    # config_chosen_by): the one it ran with, where autotuning left one launcher.
    for r in records:
        if r.stage == "inductor" and r.ok:
            try:
                compile_all(r.text, target, sink, unit_prefix=r.unit, pass_dumps=options.passes)
            except Exception as exc:  # one graph's kernels failing keeps the others
                sink.error(describe_exception(exc, doing=f"Triton stages of {r.unit}"))


def _capture_cuda_without_gpu(path: Path, model, inputs: list, options: CaptureOptions, sink) -> None:
    """Inductor's CUDA output generated for options.target (default sm_90) with no GPU present."""
    try:
        from irlens.capturers import torch_cuda
    except ImportError:
        return
    target = options.target or CaptureOptions.DEFAULT_TARGET
    try:
        parse_target(target)
    except ValueError as exc:
        raise CaptureError(str(exc)) from None
    sink.set_environment(target=target, device=f"no GPU: CUDA output generated for {target}")
    sink.progress(f"torch: generating Inductor's CUDA output for {target} and compiling its Triton kernels")
    try:
        torch_cuda.capture_inductor_cuda(model, list(inputs), options, sink, source_file=str(path),
                                         backward=options.backward)
    except Exception as exc:  # the CPU stages are already emitted; this only adds a failure line
        line = str(exc) if isinstance(exc, CaptureError) else describe_exception(exc, str(path))
        if not isinstance(exc, torch_cuda.RecordedFailure):  # else the graphs' inductor records say it
            sink.error(f"CUDA output for {target}: {line}")
        sink.set_environment(cuda_output=f"not produced for {target}: {line}")
        return
    sink.set_environment(
        torch_backends=["cpu", "cuda"],
        cuda_output=f"generated for {target} without the device (no GPU present): no autotuning, "
                    "device properties given, not read")
