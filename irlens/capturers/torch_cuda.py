"""Inductor's CUDA output (its Triton kernels and the wrapper that launches them) generated on a
machine with no NVIDIA GPU, each kernel then compiled on through Triton to PTX and SASS with the
launch configuration Inductor chose. Checked with torch 2.13.0 and triton 3.9.0.
"""
from __future__ import annotations

import ast
import contextlib
import types

from irlens.options import CaptureOptions, parse_target
from irlens.record import CaptureError, StageRecord

# Inductor's settings for a capture without the device: no autotuning (nothing to time it on),
# kernels compiled in this process, and no cache hit that would skip the records.
INDUCTOR_SETTINGS = {"max_autotune": False, "compile_threads": 1, "fx_graph_cache": False}

BACKWARD_WITHOUT_DEVICE = (
    "the backward graph cannot be generated without the device: PyTorch's autograd engine needs "
    "the CUDA runtime to trace it, which a CPU-only torch does not have (capture on a GPU machine)")


def capture_inductor_cuda(model_or_fn, inputs: list, options: CaptureOptions, sink, *,
                          source_file: str | None = None, backward: bool = False) -> list[StageRecord]:
    """Generate Inductor's CUDA output for options.target (default sm_90) without the device and
    emit, one by one: the graph stages (post_grad, inductor, fusion, ...) from torch.compile's
    structured trace, then every Triton kernel's stages. `inputs` and the module's parameters
    are CPU tensors; only their shapes, strides and dtypes are used."""
    from irlens.capturers.fake_cuda import fake_cuda_device
    from irlens.capturers.torch_trace import collect_trace, records_from_trace

    target = _checked_target(options.target or CaptureOptions.DEFAULT_TARGET)
    arch, _ = parse_target(target)
    source_file = source_file or _defining_file(model_or_fn)
    records: list[StageRecord] = []
    with fake_cuda_device(arch) as card:
        label = without_device_metadata(target, card, options)
        labelled = _LabellingSink(sink, label, records)
        failure = None
        with collect_trace() as trace:
            try:
                codes = generate_cuda_output(model_or_fn, inputs)
            except Exception as exc:
                failure = exc
        for record in records_from_trace(trace.events, target=target, source_file=source_file):
            labelled.emit(record)
        if failure is not None:
            from irlens.errors import describe_exception

            raise CaptureError(describe_exception(failure, source_file, doing="Inductor for CUDA")) from failure
        if backward:
            labelled.emit(StageRecord("torch", "aot_backward", "graph 0 backward", target,
                                      error=BACKWARD_WITHOUT_DEVICE))
        for index, code in enumerate(codes):
            compile_inductor_kernels(code, target, labelled, unit_prefix=f"graph {index}",
                                     metadata={"inductor_settings": dict(INDUCTOR_SETTINGS)})
    return records


def _checked_target(target: str) -> str:
    try:
        parse_target(target)
    except ValueError as exc:
        raise CaptureError(str(exc)) from None
    return target


def _defining_file(model_or_fn) -> str | None:
    """The file that defines the model's class (or the function): the user's file, whose lines
    the graphs' `# File:` comments are matched against."""
    import inspect

    try:
        return inspect.getsourcefile(model_or_fn if inspect.isfunction(model_or_fn) else type(model_or_fn))
    except TypeError:
        return None


def without_device_metadata(target: str, card, options: CaptureOptions | None = None) -> dict:
    """What every record of a capture without the device says about itself."""
    from irlens.capturers.fake_cuda import device_description

    differences = [
        "no autotuning or benchmarking: Inductor's first heuristic config stands",
        f"device properties given (the published figures of the {card.name}), not read from a card",
    ]
    if options is not None and options.mode != "default":
        differences.append(f"torch.compile mode {options.mode!r} not applied: compiled as mode 'default'")
    if options is not None and options.dynamic:
        differences.append("dynamic shapes not applied: compiled for the example inputs' shapes")
    return {
        "generated_without_device": True,
        "generated_for": f"generated for {target} without the device",
        "differs_from_real_gpu": differences,
        "device_properties": device_description(card),
    }


class _LabellingSink:
    """Adds the capture's labels to each record on its way to the real sink, and keeps it."""

    def __init__(self, sink, labels: dict, kept: list):
        self.sink, self.labels, self.kept = sink, labels, kept
        self.records = getattr(sink, "records", kept)

    def emit(self, record: StageRecord) -> None:
        for key, value in self.labels.items():
            record.metadata.setdefault(key, value)
        self.kept.append(record)
        self.sink.emit(record)

    def __getattr__(self, name):
        return getattr(self.sink, name)


# ---------------------------------------------------------------- generating the output code


def generate_cuda_output(model_or_fn, inputs: list) -> list[str]:
    """Inductor's output code for the model on the (fake) CUDA device, one per compiled graph.
    Call inside fake_cuda_device(): the model is traced with make_fx over fake CUDA tensors,
    its parameters and buffers as graph inputs, and compiled with compile_fx; the generated
    module is written but never imported (importing it needs a real GPU)."""
    import torch
    import torch._inductor.config as inductor_config
    from torch._subclasses.fake_tensor import FakeTensorMode
    from torch.fx.experimental.proxy_tensor import make_fx
    from torch._inductor.compile_fx import compile_fx

    flat_inputs, spec = torch.utils._pytree.tree_flatten(list(inputs))
    is_tensor = [isinstance(x, torch.Tensor) for x in flat_inputs]
    state = {}
    if isinstance(model_or_fn, torch.nn.Module):
        model_or_fn.eval()
        state = {**dict(model_or_fn.named_parameters()), **dict(model_or_fn.named_buffers())}

    def run(*tensors):
        it = iter(tensors[len(state):])
        values = [next(it) if t else x for x, t in zip(flat_inputs, is_tensor)]
        args = torch.utils._pytree.tree_unflatten(values, spec)
        if not state:
            return model_or_fn(*args)
        return torch.func.functional_call(model_or_fn, dict(zip(state, tensors[:len(state)])), tuple(args))

    codes: list[str] = []
    mode = FakeTensorMode()
    with mode, torch.no_grad():
        example = [_fake_cuda_like(t) for t in [*state.values(), *(x for x, t in zip(flat_inputs, is_tensor) if t)]]
        graph = make_fx(run)(*example)
        with inductor_config.patch(INDUCTOR_SETTINGS), _output_code_kept_not_loaded(codes):
            compile_fx(graph, example)
    return codes


def _fake_cuda_like(tensor):
    import torch

    return torch.empty_strided(tensor.shape, tensor.stride(), dtype=tensor.dtype, device="cuda")


@contextlib.contextmanager
def _output_code_kept_not_loaded(codes: list[str]):
    """Keep each wrapper Inductor writes, and hand Inductor a module that cannot run in place of
    importing it: the import would load the kernels onto a GPU. Inductor logs the output code
    to the structured trace just before the import, so the trace keeps it too."""
    from unittest import mock

    from torch._inductor.codecache import PyCodeCache
    from torch._inductor.graph import GraphLowering

    def not_loaded(key, path, linemap=None, attrs=None, **kwargs):
        module = types.ModuleType(f"irlens_not_loaded_{key}")
        module.__file__ = path

        def call(args):
            raise RuntimeError("this CUDA code was generated without the device and cannot run here")

        module.call = call
        module.runner = None
        module.recursively_apply_fns = lambda fns: None
        return module

    with mock.patch.object(GraphLowering, "save_output_code", staticmethod(codes.append)), \
            mock.patch.object(PyCodeCache, "load_by_key_path", staticmethod(not_loaded)):
        yield


# ---------------------------------------------------------------- the kernels, through Triton


def kernel_sources(output_code: str) -> list[tuple[str, str]]:
    """(name, source) of each Triton kernel in an Inductor wrapper, in the order defined:
    the `name = async_compile.triton('name', '''source''', ...)` statements Inductor writes."""
    found = []
    for node in ast.parse(output_code).body:
        call = node.value if isinstance(node, ast.Assign) else None
        if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "triton"
                and len(call.args) >= 2 and all(isinstance(a, ast.Constant) for a in call.args[:2])):
            found.append((call.args[0].value, call.args[1].value))
    return found


def kernel_launches(output_code: str) -> dict[str, list[list[str]]]:
    """The arguments of each `kernel.run(...)` in the wrapper, as source text, per kernel."""
    launches: dict[str, list[list[str]]] = {}
    for node in ast.walk(ast.parse(output_code)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "run"
                and isinstance(node.func.value, ast.Name)):
            launches.setdefault(node.func.value.id, []).append([ast.unparse(a) for a in node.args])
    return launches


def compile_inductor_kernels(output_code: str, target: str, sink, *, unit_prefix: str | None = None,
                             metadata: dict | None = None) -> list[StageRecord]:
    """Every Triton kernel of one Inductor output code through Triton to SASS for `target`, with
    the signature, constants, attributes and options Inductor's own autotuner object gives its
    first config. One kernel failing is a record with the error; the others still compile."""
    from irlens.capturers.triton_compile import compile_kernel

    launches = kernel_launches(output_code)
    records: list[StageRecord] = []
    for name, source in kernel_sources(output_code):
        unit = _unique_unit(name, sink, unit_prefix)
        try:
            src, options, config = inductor_compile_request(name, source, launches.get(name, []))
        except Exception as exc:
            from irlens.errors import describe_exception

            record = StageRecord("triton", "source", unit, target, text=source, language="python",
                                 error=describe_exception(exc, doing=f"loading Inductor's kernel {name}"),
                                 metadata={**(metadata or {}), "graph": unit_prefix})
            sink.emit(record)
            records.append(record)
            continue
        extra = {**(metadata or {}), "graph": unit_prefix, "inductor_config": config}
        records.extend(compile_kernel(src, target, unit=unit, options=options, sink=_LabellingSink(sink, extra, [])))
    return records


def _unique_unit(name: str, sink, graph: str | None) -> str:
    """The kernel's own name, unless another graph of the capture already used it."""
    taken = {r.unit for r in getattr(sink, "records", []) if r.framework == "triton"}
    return name if name not in taken or not graph else f"{name} ({graph})"


def inductor_compile_request(name: str, source: str, launches: list[list[str]]):
    """(ASTSource, options, config facts) for one kernel, as Inductor's CachingAutotuner builds
    them in _precompile_config for its first config; the kernel module is imported as Inductor
    imports it, which compiles nothing."""
    from torch._inductor.codecache import PyCodeCache
    from triton.compiler import ASTSource

    autotuner = getattr(PyCodeCache.load(source), name)
    config = autotuner.configs[0]
    meta = autotuner._create_compile_meta(config)
    options = autotuner._create_compile_options(config, meta)
    src = ASTSource(autotuner.fn, meta["signature"], meta["constants"], meta["configs"][0])
    facts = {
        "heuristic": getattr(autotuner.heuristic_type, "name", str(autotuner.heuristic_type)),
        "config": {**config.kwargs, "num_warps": config.num_warps, "num_stages": config.num_stages},
        "configs_available": len(autotuner.configs),
        "size_hints": autotuner.size_hints,
        "grids": [_grid(autotuner, config, meta, args) for args in launches],
    }
    return src, options, facts


def _grid(autotuner, config, meta: dict, args: list[str]):
    """The launch grid for one `.run(...)` call: Inductor's grid expression for the config,
    evaluated on the call's numel arguments (text when they are not constants)."""
    from torch._inductor.runtime.triton_heuristics import GridExpr

    grid = GridExpr.from_meta(autotuner.inductor_meta, config)
    names = [n for n, kind in meta["signature"].items() if kind != "constexpr"]
    values = dict(zip(names, args))
    numels = {}
    for n, text in values.items():
        if n.endswith("numel"):
            try:
                numels[n] = int(ast.literal_eval(text))
            except (ValueError, SyntaxError):
                return {"x": grid.x_grid, "y": grid.y_grid, "z": grid.z_grid, "numels": values}
    return list(grid.eval_slow({**config.kwargs, **numels}))
