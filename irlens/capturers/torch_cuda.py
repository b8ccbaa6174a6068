"""Inductor's CUDA output (its Triton kernels and the wrapper that launches them) generated on a
machine with no NVIDIA GPU, each kernel then compiled on through Triton to PTX and SASS with the
launch configuration Inductor chose. Checked with torch 2.13.0 and triton 3.9.0.
"""
from __future__ import annotations

import ast
import contextlib
import types
from dataclasses import dataclass

from irlens.options import CaptureOptions, parse_target
from irlens.record import CaptureError, StageRecord

# Inductor's settings for a capture without the device: no autotuning and no matmul padding (both
# time candidates on the card: pad_mm allocates real CUDA tensors for any matmul whose sizes are
# not aligned, such as a 10-class Linear head), kernels compiled in this process, and no cache hit
# that would skip the records.
INDUCTOR_SETTINGS = {"max_autotune": False, "shape_padding": False, "compile_threads": 1, "fx_graph_cache": False}


def capture_inductor_cuda(model_or_fn, inputs: list, options: CaptureOptions, sink, *,
                          source_file: str | None = None, backward: bool = False) -> list[StageRecord]:
    """Generate Inductor's CUDA output for options.target (default sm_90) without the device and
    emit, one by one: the graph stages (aot_forward, pre_grad, post_grad, inductor, fusion) of
    each graph Dynamo traced, named as the CPU capture names them ("graph 0 (0/0)"), then every
    Triton kernel's stages. With `backward`, the model is traced for training: each graph also
    has aot_joint and aot_backward, and its backward compile is the unit "graph 0 (0/0)
    backward" (post_grad, inductor, fusion), as in the CPU capture. `inputs` and the module's
    parameters are CPU tensors: the model runs once on the CPU, where Dynamo traces it;
    Inductor then sees fake CUDA tensors of the same shapes, strides and dtypes."""
    from irlens.capturers.fake_cuda import fake_cuda_device
    from irlens.capturers.torch_fusion import AttentionPatternWatch
    from irlens.capturers.torch_trace import collect_trace, records_from_trace

    target = _checked_target(options.target or CaptureOptions.DEFAULT_TARGET)
    arch, _ = parse_target(target)
    source_file = source_file or _defining_file(model_or_fn)
    records: list[StageRecord] = []
    with collect_trace(progress=getattr(sink, "progress", None)) as trace:
        graphs = record_dynamo_graphs(model_or_fn, inputs, source_file, training=backward)
        with fake_cuda_device(arch) as card:
            with AttentionPatternWatch() as pattern:
                compiled = [compile_graph_for_cuda(graph, source_file, training=backward) for graph in graphs]
            attention = "called" if _uses_sdpa(graphs) else ("matched" if pattern.matched else None)
            labels = without_device_metadata(target, card, options, attention=attention)
            labelled = _LabellingSink(sink, labels, records)
            graph_records = records_from_trace(list(trace.events), target=target, source_file=source_file)
            for record in _with_compile_results(graph_records, graphs, compiled, target, training=backward):
                labelled.emit(record)
            # a graph that failed has a failed inductor record saying why: a stage's failure, shown
            # with its stage, not the capture's (the CPU output and the other graphs' stand)
            failed = [(_unit_of(g, graph_records), r.failure) for g, r in zip(graphs, compiled) if r.failure]
            if len(failed) == len(graphs):
                raise RecordedFailure(f"{failed[0][0]}: {failed[0][1]}")
            for record in [r for r in records if r.stage == "inductor" and r.ok]:
                compile_inductor_kernels(record.text, target, labelled, unit_prefix=record.unit,
                                         metadata={"inductor_settings": dict(INDUCTOR_SETTINGS)},
                                         pass_dumps=options.passes)
    return records


# Dynamo's own stages are the CPU capture's: Dynamo traces the model on the CPU, and the same
# graphs are what Inductor compiles for the target.
_CPU_CAPTURE_STAGES = ("dynamo", "graph_breaks")


class RecordedFailure(CaptureError):
    """No graph compiled for the target; each failure is on the graph's inductor record."""


def _with_compile_results(graph_records: list[StageRecord], graphs: list, compiled: list,
                          target: str, *, training: bool = False) -> list[StageRecord]:
    """The records of the CUDA compiles, Dynamo's own left out; a graph whose compile failed
    says why on each of its missing stages, and has an inductor record with the failure (in
    training, its backward unit too, and an aot_backward record)."""
    failures = {str(g.compile_id): r for g, r in zip(graphs, compiled)}
    out = []
    for record in graph_records:
        if record.stage in _CPU_CAPTURE_STAGES:
            continue
        result = failures.get(str(record.metadata.get("compile_id")))
        if result is not None and result.failure and not record.ok:
            record.error = result.failure
        # torch's metrics time the CPU tracing run, whose backend compiles nothing; the time
        # that counts here is compile_fx's for the target
        cpu_times = record.metadata.get("phase_times") or {}
        record.metadata["phase_times"] = {k: v for k, v in cpu_times.items() if k == "dynamo"}
        record.compile_time_s = None
        if result is not None and result.seconds is not None:
            record.metadata["phase_times"]["compile_fx"] = round(result.seconds, 6)
            if record.stage == "inductor" and record.metadata.get("direction") != "backward":
                record.compile_time_s = round(result.seconds, 6)
        out.append(record)
    for graph, result in zip(graphs, compiled):
        if result.backward_failure:
            out.append(StageRecord("torch", "aot_backward", _unit_of(graph, graph_records), target,
                                   error=result.backward_failure, metadata={"compile_id": str(graph.compile_id)}))
        if not result.failure:
            continue
        unit = _unit_of(graph, graph_records)
        expected = [("inductor", unit)]
        if training:
            expected += [("aot_backward", unit), ("inductor", unit + " backward")]
        for stage, stage_unit in expected:
            if not any(r.stage == stage and r.unit == stage_unit for r in out):
                out.append(StageRecord("torch", stage, stage_unit, target, error=result.failure,
                                       metadata={"compile_id": str(graph.compile_id)}))
    return out


def _unit_of(graph, records: list[StageRecord]) -> str:
    """The unit records_from_trace gave the graph: its dynamo record's, found by compile id."""
    cid = str(graph.compile_id)
    for record in records:
        if record.stage == "dynamo" and record.metadata.get("compile_id") == cid:
            return record.unit
    return f"graph ({cid})"


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


def _uses_sdpa(graphs: list[DynamoGraph]) -> bool:
    return any("scaled_dot_product_attention" in str(node.target)
               for graph in graphs for node in graph.graph_module.graph.nodes)


def without_device_metadata(target: str, card, options: CaptureOptions | None = None,
                            attention: str | None = None) -> dict:
    """What every record of a capture without the device says about itself; `attention`:
    "called" when the model calls scaled_dot_product_attention, "matched" when Inductor's
    attention pattern put it in place of attention written out."""
    from irlens.capturers.fake_cuda import device_description

    differences = [
        "no autotuning or benchmarking: Inductor's first heuristic config stands",
        "no matmul shape padding: on a GPU Inductor pads an unaligned matmul when timing shows it pays (pad_mm)",
        f"device properties given (the published figures of the {card.name}), not read from a card",
    ]
    if attention:
        put_in = ("" if attention == "called" else
                  ", which Inductor's attention pattern (post-grad fuse_attention) put in place of the attention "
                  "written out")
        differences.append(f"scaled_dot_product_attention{put_in} in its math form (matmuls and a softmax): on a "
                           "GPU, PyTorch's SDPA dispatch picks a fused attention kernel (flash or memory-efficient) "
                           "where the card and dtype allow, and it asks the card, which is not here")
    not_applied = []  # options the user asked for that this output does not follow
    if options is not None and options.mode != "default":
        not_applied.append(f"torch.compile mode {options.mode!r} not applied to the {target} output generated "
                           "without a GPU: compiled as mode 'default' (--backend cpu applies it)")
    if options is not None and options.backward:
        differences.append("the backward graph is compiled together with the forward graph, not at the "
                           "first backward call")
    if options is not None and options.dynamic:
        not_applied.append(f"dynamic shapes not applied to the {target} output generated without a GPU: "
                           "compiled for the example inputs' shapes (--backend cpu applies them)")
    return {
        "generated_without_device": True,
        "generated_for": f"generated for {target} without the device",
        "differs_from_real_gpu": differences + not_applied,
        "options_not_applied": not_applied,
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


@dataclass
class DynamoGraph:
    """One graph Dynamo handed its backend: the GraphModule, the inputs it was called with
    (real CPU tensors; the module's parameters among them) and Dynamo's compile id."""

    compile_id: object  # torch._guards.CompileId
    graph_module: object
    example_inputs: list


@dataclass
class CudaCompile:
    """How one graph's compile for the target went: seconds in compile_fx, or the failure; and
    why a backward graph asked for was not generated, when the forward was compiled alone."""

    seconds: float | None = None
    failure: str | None = None
    backward_failure: str | None = None


def record_dynamo_graphs(model_or_fn, inputs: list, source_file: str | None = None, *,
                        training: bool = False) -> list[DynamoGraph]:
    """Run the model once on the CPU under torch.compile, in the mode the CPU capture runs it
    (inference: eval under no_grad; training: train, floating inputs requiring grad), with a
    backend that keeps each graph and runs it as it is. The code between graphs runs for
    real, so a data-dependent branch takes its real path, and graph breaks give the CPU
    capture's graphs and compile ids. Call after torch._dynamo.reset() (collect_trace does) so
    the ids start at 0/0 again."""
    import torch

    graphs: list[DynamoGraph] = []

    def keep_graph(gm, example_inputs):
        compile_id = torch._guards.CompileContext.current_compile_id()
        graphs.append(DynamoGraph(compile_id, gm, list(example_inputs)))
        return gm.forward

    if isinstance(model_or_fn, torch.nn.Module):
        model_or_fn.train(training)
    if training:
        inputs = [x.detach().requires_grad_(True) if isinstance(x, torch.Tensor) and x.is_floating_point() else x
                  for x in inputs]
    try:
        with torch.set_grad_enabled(training):
            torch.compile(model_or_fn, backend=keep_graph)(*inputs)
    except Exception as exc:
        from irlens.errors import describe_exception

        raise CaptureError(describe_exception(exc, source_file, doing="tracing with Dynamo on the CPU")) from exc
    if not graphs:
        raise CaptureError("Dynamo traced no graph to compile for CUDA (the model ran no tensor operation, "
                           "or Dynamo skipped its frames: see graph_breaks)")
    return graphs


def compile_graph_for_cuda(graph: DynamoGraph, source_file: str | None = None, *,
                           training: bool = False) -> CudaCompile:
    """Compile one Dynamo graph with Inductor for the (fake) CUDA device: its inputs and
    tensor attributes become fake CUDA tensors and compile_fx runs inside the fake mode, under
    the graph's compile id so that the structured trace files its records with the graph.
    In training, inputs keep requires_grad, so AOTAutograd traces the joint graph and
    partitions it; the backward graph is then compiled at once rather than at the first
    backward call (which never comes). The generated modules are written but never imported
    (importing them needs a real GPU). Call inside fake_cuda_device()."""
    import time

    import torch
    import torch._functorch.config as functorch_config
    import torch._inductor.config as inductor_config
    from torch._guards import CompileContext, compile_context
    from torch._inductor.compile_fx import compile_fx
    from torch._subclasses.fake_tensor import FakeTensorMode

    backward_failure = _backward_unavailable(functorch_config) if training else None
    if backward_failure:
        result = compile_graph_for_cuda(graph, source_file)  # the forward graph, as for inference
        result.backward_failure = backward_failure
        return result
    backward_now = {"force_non_lazy_backward_lowering": True} if training else {}
    codes: list[str] = []
    start = time.perf_counter()
    try:
        with FakeTensorMode(), torch.set_grad_enabled(training), compile_context(CompileContext(graph.compile_id)), \
                functorch_config.patch(backward_now):
            example = [_fake_cuda_like(x) if isinstance(x, torch.Tensor) else x for x in graph.example_inputs]
            gm = _graph_on_fake_cuda(graph.graph_module)
            with inductor_config.patch(INDUCTOR_SETTINGS), _output_code_kept_not_loaded(codes):
                compile_fx(gm, example)
    except Exception as exc:
        from irlens.errors import describe_exception

        return CudaCompile(failure=describe_exception(exc, source_file, doing="Inductor for CUDA"))
    if not codes:
        return CudaCompile(failure="Inductor wrote no output code for this graph")
    return CudaCompile(seconds=time.perf_counter() - start)


def _backward_unavailable(functorch_config) -> str | None:
    """Why this torch cannot trace and compile a backward graph for the fake device, if so;
    the forward graph is then compiled as for inference."""
    import torch

    if not hasattr(functorch_config, "force_non_lazy_backward_lowering"):
        return (f"the backward graph is not generated without the device with torch {torch.__version__}: "
                "AOTAutograd has no setting to compile it before the first backward call")
    accelerator = torch.accelerator.current_accelerator()
    if accelerator is None or accelerator.type != "cuda":
        return ("the backward graph is not generated without the device: the autograd engine needs an "
                "accelerator, and CUDA could not be presented as one to this torch build")
    return None


def _graph_on_fake_cuda(gm):
    """The graph moved to the CUDA device, in place, as if Dynamo had traced it on CUDA
    tensors: the devices it baked in from the CPU inputs (`device=x.device`) name CUDA, and its
    tensor attributes become fake CUDA tensors. Call inside the fake mode."""
    import torch
    from torch.fx.node import map_aggregate

    def on_cuda(value):
        return torch.device("cuda", 0) if isinstance(value, torch.device) and value.type == "cpu" else value

    for node in gm.graph.nodes:
        node.args, node.kwargs = map_aggregate(node.args, on_cuda), map_aggregate(node.kwargs, on_cuda)
        if node.op == "get_attr":
            _attribute_on_fake_cuda(gm, node.target)
    gm.recompile()
    return gm


def _attribute_on_fake_cuda(gm, target: str) -> None:
    import torch

    *path, name = target.split(".")
    owner = gm
    for part in path:
        owner = getattr(owner, part)
    value = getattr(owner, name, None)
    if not isinstance(value, torch.Tensor):
        return
    fake = _fake_cuda_like(value)
    if name in getattr(owner, "_parameters", {}):
        owner._parameters[name] = torch.nn.Parameter(fake, requires_grad=value.requires_grad)
    elif name in getattr(owner, "_buffers", {}):
        owner._buffers[name] = fake
    else:
        setattr(owner, name, fake)


def _fake_cuda_like(tensor):
    import torch

    fake = torch.empty_strided(tensor.shape, tensor.stride(), dtype=tensor.dtype, device="cuda")
    return fake.requires_grad_(tensor.requires_grad and torch.is_grad_enabled())


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
                             metadata: dict | None = None, pass_dumps: bool = True) -> list[StageRecord]:
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
        records.extend(compile_kernel(src, target, unit=unit, options=options, sink=_LabellingSink(sink, extra, []),
                                      pass_dumps=pass_dumps))
    return records


def _unique_unit(name: str, sink, graph: str | None) -> str:
    """The kernel's own name, unless another graph of the capture already used it."""
    taken = {r.unit for r in getattr(sink, "records", []) if r.framework == "triton"}
    return name if name not in taken or not graph else f"{name} ({graph})"


def inductor_compile_request(name: str, source: str, launches: list[list[str]]):
    """(ASTSource, options, config facts) for one kernel, as Inductor's CachingAutotuner builds
    them in _precompile_config: for the config the kernel ran with where it ran on a GPU in this
    process, else for its first config. The kernel module is imported as Inductor imports it,
    which compiles nothing."""
    from torch._inductor.codecache import PyCodeCache
    from triton.compiler import ASTSource

    autotuner = getattr(PyCodeCache.load(source), name)
    configs, chosen_by = _autotuner_configs(autotuner)
    config = configs[0]
    meta = autotuner._create_compile_meta(config)
    options = autotuner._create_compile_options(config, meta)
    src = ASTSource(autotuner.fn, meta["signature"], meta["constants"], meta["configs"][0])
    facts = {
        "heuristic": getattr(autotuner.heuristic_type, "name", str(autotuner.heuristic_type)),
        "config": {**config.kwargs, "num_warps": config.num_warps, "num_stages": config.num_stages},
        "config_chosen_by": chosen_by,
        "configs_available": len(configs),
        "size_hints": autotuner.size_hints,
        "grids": [_grid(autotuner, config, meta, args) for args in launches],
    }
    return src, options, facts


def _autotuner_configs(autotuner) -> tuple[list, str]:
    """The autotuner's configs and which one comes first. PyCodeCache hands back the module the
    model's own run loaded, and on a GPU that run precompiled it: Inductor then moves the configs
    into `compile_results` and sets `configs` to None (torch 2.11, _precompile_worker), and after
    benchmarking keeps one launcher, the config it chose."""
    if autotuner.configs and len(autotuner.configs) == 1:  # on a GPU too (the H200 kept a lone config here)
        return list(autotuner.configs), "the only config Inductor's heuristics gave"
    if autotuner.configs:
        return list(autotuner.configs), "Inductor's first config (nothing ran here)"
    launched = [launcher.config for launcher in getattr(autotuner, "launchers", []) if hasattr(launcher, "config")]
    if len(launched) == 1:
        return launched, "the config the kernel ran with"
    compiled = [result.config for result in getattr(autotuner, "compile_results", [])]
    if not compiled:
        raise RuntimeError(f"Inductor's autotuner for {autotuner.fn.__name__} holds no config")
    return compiled, "Inductor's first config"


def _grid(autotuner, config, meta: dict, args: list[str]):
    """The launch grid for one `.run(...)` call: Inductor's grid expression for the config,
    evaluated on the call's numel arguments (text when they are not constants)."""
    from torch._inductor.runtime.triton_heuristics import GridExpr

    grid = GridExpr.from_meta(autotuner.inductor_meta, config)
    # `.run(...)` passes every parameter but the config's block sizes, constexpr numels included
    names = [n for n in meta["signature"] if n not in config.kwargs]
    values = dict(zip(names, args))
    numels = {n: v for n, v in meta["constants"].items() if n.endswith("numel") and isinstance(v, int)}
    for n, text in values.items():
        if n.endswith("numel") and n not in numels:
            try:
                numels[n] = int(ast.literal_eval(text))
            except (ValueError, SyntaxError):
                return {"x": grid.x_grid, "y": grid.y_grid, "z": grid.z_grid, "numels": values}
    return list(grid.eval_slow({**config.kwargs, **numels}))
