"""JAX/XLA capture: jaxpr, StableHLO, HLO before and after XLA's optimization, the module after
each XLA pass, the fusion map, and the LLVM IR / PTX XLA wrote per kernel.

Input: a file with `example()` returning `(fn, args)` (or `(fn, args, kwargs)`), or a script that
calls `jax.jit` itself, in which case every function it jits is captured.
"""
from __future__ import annotations

import functools
import os
import re
import shutil
import tempfile
import time
import traceback
from pathlib import Path

from irlens.errors import describe_exception
from irlens.model_file import jax_example, load_user_module, run_user_script, with_keywords_bound
from irlens.parsers import hlo as hlo_text
from irlens.parsers import xla_dump
from irlens.parsers.mlir_passes import parse_pass_dump, split_pass_dump
from irlens.parsers.hlo_fusion import fusion_config_kind, fusion_map, through_triton
from irlens.record import CaptureError, SourceLoc, StageRecord

FRAMEWORK = "jax"
# Dumping after every pass writes the whole module each time; past this estimate (module size
# times passes), only passes that changed the module are dumped.
MAX_EVERY_PASS_DUMP_BYTES = 256 * 2**20
MAX_EMITTER_PASS_TEXT = 64 * 2**20  # all of one function's MLIR emitter pass logs together
PASSES_ESTIMATE = 200
_JAXPR_SOURCE = re.compile(r"#\s+(.+?):(\d+)(?::\d+)?\s+\([^()]*\)\s*$")


class NotProduced(Exception):
    """A stage skipped because one it needs already failed; the message says which."""


class JaxCompilation:
    """One jitted function on one set of arguments, taken through JAX's stages lazily:
    `traced` -> `lowered` -> `compiled` (with XLA dumping into `dump_dir`). Each step runs at
    most once; when it fails, the stages that need it say so instead of trying again."""

    def __init__(self, fn, args: tuple, kwargs: dict, unit: str, user_file: str, target: str):
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.unit, self.user_file, self.target = unit, user_file, target
        self.dump_dir = Path(tempfile.mkdtemp(prefix="irlens-xla-"))
        self.times: dict[str, float] = {}
        self.every_pass = True
        self._values: dict[str, object] = {}
        self._failed: dict[str, str] = {}

    def close(self) -> None:
        shutil.rmtree(self.dump_dir, ignore_errors=True)

    def _step(self, name: str, shown_in: str, produce):
        if name in self._failed:
            raise NotProduced(f"not produced: {name} failed (see {shown_in})")
        if name not in self._values:
            start = time.perf_counter()
            try:
                self._values[name] = produce()
            except Exception:
                self._failed[name] = shown_in
                raise
            self.times[name] = time.perf_counter() - start
        return self._values[name]

    @property
    def traced(self):
        import jax

        jitted = self.fn if hasattr(self.fn, "trace") else jax.jit(self.fn)
        return self._step("trace", "jaxpr", lambda: jitted.trace(*self.args, **self.kwargs))

    @property
    def lowered(self):
        return self._step("lowering", "stablehlo", lambda: self.traced.lower())

    @property
    def compiled(self):
        # ".+" rather than ".*": XLA dumps after every pass matching the pattern, except that
        # for exactly ".*" it dumps only after passes that reported a change, and xla_passes
        # lists every pass.
        pattern = ".+" if self.every_pass else ".*"
        options = {"xla_dump_to": str(self.dump_dir), "xla_dump_hlo_pass_re": pattern,
                   # jaxlib 0.11 writes a CPU kernel's LLVM IR (`*.ir-with-opt.ll`) only for
                   # emitters this matches; 0.10 wrote it with xla_dump_to alone.
                   "xla_dump_emitter_re": ".*"}
        return self._step("compile", "hlo_opt", lambda: self._compile(options))

    def _compile(self, options: dict):
        try:
            return self.lowered.compile(compiler_options=options)
        except Exception as exc:
            if "xla_dump_emitter_re" not in str(exc):
                raise
            # An XLA that has no such option: it dumps the IR without being asked.
            options = {k: v for k, v in options.items() if k != "xla_dump_emitter_re"}
            return self.lowered.compile(compiler_options=options)

    def record(self, stage: str, **fields) -> StageRecord:
        fields.setdefault("target", self.target)
        return StageRecord(framework=FRAMEWORK, stage=stage, unit=self.unit, **fields)


def _jaxpr(c: JaxCompilation) -> list[StageRecord]:
    closed = c.traced.jaxpr
    text = str(closed)
    line_map = {}
    try:
        annotated = closed.pretty_print(source_info=True).splitlines()
        plain = text.splitlines()
        if len(annotated) == len(plain):
            for number, line in enumerate(annotated, start=1):
                m = _JAXPR_SOURCE.search(line)
                if m:
                    line_map[number] = SourceLoc(m.group(1), int(m.group(2)))
    except TypeError:
        pass  # a jax without pretty_print(source_info=...): no map
    return [c.record("jaxpr", text=text, language="text", line_map=line_map,
                     compile_time_s=c.times.get("trace"))]


def _stablehlo(c: JaxCompilation) -> list[StageRecord]:
    plain = c.lowered.as_text()
    text, line_map = plain, {}
    try:
        debug = c.lowered.as_text(debug_info=True)
    except TypeError:
        debug = None
    if debug:
        debug_map = hlo_text.mlir_line_map(debug, c.user_file)
        carried = hlo_text.carry_line_map(debug, plain, debug_map)
        if carried is None:  # the two printings differ: show the one the map is for
            text, line_map = debug, debug_map
        else:
            line_map = carried
    return [c.record("stablehlo", text=text, language="mlir", line_map=line_map,
                     compile_time_s=c.times.get("lowering"))]


def _hlo_with_metadata(lowered) -> tuple[str, str]:
    """(text, how): the HLO module before optimization, with op metadata (source lines) when
    this JAX prints it (debug_info: checked in jax 0.10.2)."""
    try:
        return lowered.as_text(dialect="hlo", debug_info=True), "Lowered.as_text(dialect='hlo', debug_info=True)"
    except TypeError:
        return lowered.as_text(dialect="hlo"), "Lowered.as_text(dialect='hlo')"


def _hlo(c: JaxCompilation) -> list[StageRecord]:
    text, how = _hlo_with_metadata(c.lowered)
    module = hlo_text.parse_hlo_module(text)
    c.every_pass = len(text) * PASSES_ESTIMATE <= MAX_EVERY_PASS_DUMP_BYTES
    return [c.record("hlo", text=text, language="hlo", line_map=hlo_text.hlo_line_map(module, c.user_file),
                     metadata={"printed_by": how, "instructions": sum(1 for _ in module.instructions())})]


def _plain_numbers(values) -> dict:
    out = {}
    for key, value in (values or {}).items():
        try:
            out[str(key)] = float(value)
        except (TypeError, ValueError):
            pass
    return out


def _analyses(compiled) -> dict:
    found = {}
    try:
        cost = compiled.cost_analysis()
        found["cost_analysis"] = _plain_numbers(cost[0] if isinstance(cost, (list, tuple)) else cost)
    except Exception as exc:
        found["cost_analysis_error"] = describe_exception(exc)
    try:
        memory = compiled.memory_analysis()
        found["memory_analysis"] = {name: getattr(memory, name) for name in dir(memory)
                                    if not name.startswith("_")
                                    and isinstance(getattr(memory, name), (int, float))
                                    and not isinstance(getattr(memory, name), bool)}
    except Exception as exc:
        found["memory_analysis_error"] = describe_exception(exc)
    return found


def _hlo_opt(c: JaxCompilation) -> list[StageRecord]:
    text = c.compiled.as_text()
    module = hlo_text.parse_hlo_module(text)
    metadata = {"instructions": sum(1 for _ in module.instructions()),
                "fusions": sum(1 for i in module.entry.instructions if i.opcode == "fusion") if module.entry else 0,
                "compile_time_includes": "writing XLA's dump files"}
    metadata.update(_analyses(c.compiled))
    return [c.record("hlo_opt", text=text, language="hlo", line_map=hlo_text.hlo_line_map(module, c.user_file),
                     metadata=metadata, compile_time_s=c.times.get("compile"))]


def _xla_passes(c: JaxCompilation) -> list[StageRecord]:
    c.compiled  # noqa: B018 - the dump is written by the compile
    snapshots = xla_dump.pass_snapshots(c.dump_dir)
    if not snapshots:
        return [c.record("xla_passes", language="hlo",
                         error="XLA wrote no per-pass HLO dumps (xla_dump_hlo_pass_re was not honoured)")]
    text, passes = xla_dump.pass_history(snapshots)
    return [c.record("xla_passes", text=text, language="hlo", line_map=_pass_history_line_map(text, c.user_file),
                     metadata={
        "passes": passes,
        "changed_means": "the printed module differs from the one before the pass",
        "every_pass_listed": c.every_pass,
        "changed_passes": sum(1 for p in passes if p["changed"]),
        "text_left_out": any(p.get("text_left_out") for p in passes)})]


def _pass_history_line_map(text: str, user_file: str | None) -> dict[int, SourceLoc]:
    """Each module of the pass history mapped through its own stack-frame tables, as hlo_opt is."""
    lines = text.split("\n")
    heads = [i for i, line in enumerate(lines) if line.startswith(xla_dump.PASS_HEADER_START)] + [len(lines)]
    line_map: dict[int, SourceLoc] = {}
    for head, following in zip(heads, heads[1:]):
        module = hlo_text.parse_hlo_module("\n".join(lines[head + 1:following]))
        for number, loc in hlo_text.hlo_line_map(module, user_file).items():
            line_map[head + 1 + number] = loc  # the module's line 1 is the line after its header
    return line_map


def _fusion(c: JaxCompilation) -> list[StageRecord]:
    from irlens.fusion import summarize, to_dot

    fmap = fusion_map(hlo_text.parse_hlo_module(c.compiled.as_text()), c.user_file)
    return [c.record("fusion", text=to_dot(fmap), language="dot",
                     metadata={"fusion_map": fmap, "summary": summarize(fmap), "from_stage": "hlo_opt"})]


def _xla_emitter_passes(c: JaxCompilation) -> list[StageRecord]:
    """Each kernel's MLIR through XLA's emitter pipeline, snapshot before every pass, as MLIR
    logs it (the same dump format as Triton's passes)."""
    c.compiled  # noqa: B018 - the dump is written by the compile
    records = []
    kept = 0
    for log in xla_dump.emitter_pass_logs(c.dump_dir):
        unit = f"{c.unit}/{log.kernel}" if log.kernel else c.unit
        size = log.path.stat().st_size
        if kept + size > MAX_EMITTER_PASS_TEXT:  # a large program: hundreds of fusions, 60 snapshots each
            records.append(StageRecord(
                framework=FRAMEWORK, stage="xla_emitter_passes", unit=unit, target=c.target,
                error=f"left out: {log.path.name} ({size / 2**20:.1f} MiB) would take this function's emitter "
                      f"pass logs past {MAX_EMITTER_PASS_TEXT // 2**20} MiB"))
            continue
        kept += size
        raw = log.path.read_text(encoding="utf-8", errors="replace")
        text, pipeline, _ = split_pass_dump(raw)  # the log opens with the pipeline it ran
        records.append(StageRecord(
            framework=FRAMEWORK, stage="xla_emitter_passes", unit=unit, target=c.target, language="mlir",
            text=text, metadata={"passes": parse_pass_dump(text), "pipeline": pipeline.strip(),
                                 "file": log.path.name, "function": c.unit, "kernel": log.kernel or None}))
    if not records:
        why, by_design = _why_no_emitter_logs(c.compiled.as_text())
        record = c.record("xla_emitter_passes",
                          error=f"XLA wrote no MLIR emitter pass log (*.mlir-passes.log) for {c.unit}: {why}")
        if by_design:
            record.metadata["absent_by_design"] = True
        return [record]
    return records


def _why_no_emitter_logs(hlo: str) -> tuple[str, bool]:
    """Why no kernel went through XLA's MLIR emitters, from the compiled module's fusions: on a GPU
    XLA compiles many through Triton instead (backend config kind "__triton...": jaxlib 0.11 on an
    H200 made every fusion of the MLP sample one, its loop fusion included)."""
    entry = hlo_text.parse_hlo_module(hlo).entry
    fusions = [i for i in (entry.instructions if entry else []) if i.opcode == "fusion"]
    triton = [i.name for i in fusions if through_triton(fusion_config_kind(i))]
    native = [i.name for i in fusions
              if i.name not in triton and i.attributes.get("kind") in ("kLoop", "kInput", "kOutput")]
    if native:  # a log expected and not found: a failure to read this XLA's dump
        return (f"XLA wrote none, though {len(native)} fusion(s) have emitter kinds ({', '.join(native[:4])}); "
                f"this XLA may name or place the log differently"), False
    if triton:
        return (f"none of its kernels went through XLA's MLIR emitters: its {len(triton)} fusion(s) are Triton "
                f"fusions ({', '.join(triton[:4])}), which XLA compiles through Triton (see xla_llir, xla_ptx)"), True
    return ("none of its kernels went through XLA's MLIR emitters (library calls, or emitters that write "
            "LLVM IR directly)"), True


def _kernel_records(c: JaxCompilation, stage: str, variants: tuple[str, ...], what: str,
                    language: str) -> list[StageRecord]:
    c.compiled  # noqa: B018 - the dump is written by the compile
    records = []
    files = xla_dump.kernel_files(c.dump_dir) if c.target == "cpu" else xla_dump.gpu_kernel_files(c.dump_dir)
    for kernel_file in files:
        if kernel_file.variant not in variants:
            continue
        text = kernel_file.path.read_text(encoding="utf-8", errors="replace")
        label, metadata = kernel_file.kernel, {}
        if c.target != "cpu":  # GPU files are numbered compile units: name them by their kernels
            kernels = xla_dump.kernel_entries(text, language)
            if not kernels:
                continue  # a module of constants only
            part = f"part {kernel_file.kernel}" if kernel_file.kernel else "module"
            label = kernels[0] if len(kernels) == 1 else f"{part} ({len(kernels)} kernels)"
            metadata["kernels"] = kernels
        unit = f"{c.unit}/{label}" if label else c.unit
        records.append(StageRecord(
            framework=FRAMEWORK, stage=stage, unit=unit, target=c.target, language=language, text=text,
            metadata={"what": what, "file": kernel_file.path.name, "function": c.unit,
                      "kernel": label or None, **metadata}))
    return records


def _gpu_files_missing(c: JaxCompilation, stage: str, what: str) -> list[StageRecord]:
    """On a GPU, a stage with no file says so: XLA may have sent every op to a library routine
    (cuBLAS, cuDNN), or this jaxlib names its dump files differently."""
    names = sorted(p.name for p in c.dump_dir.iterdir() if p.suffix in (".ll", ".ptx"))
    seen = f"; .ll/.ptx files in XLA's dump: {', '.join(names[:8])}" if names else ""
    return [c.record(stage, error=f"XLA wrote no {what} for any kernel of {c.unit} "
                                  f"(every op may have gone to a library routine such as cuBLAS){seen}")]


def _xla_llir(c: JaxCompilation) -> list[StageRecord]:
    where = "host CPU" if c.target == "cpu" else f"GPU ({c.target})"
    records = _kernel_records(c, "xla_llir", ("with-opt",),
                              f"{where} LLVM IR, after XLA's own LLVM optimization", "llvm")
    if not records:  # e.g. every op went to a library routine: XLA emitted no LLVM IR
        records = _kernel_records(c, "xla_llir", ("no-opt",), f"{where} LLVM IR, as XLA emitted it", "llvm")
    if not records and c.target != "cpu":
        records = _gpu_files_missing(c, "xla_llir", "LLVM IR")
    return records


def _xla_ptx(c: JaxCompilation) -> list[StageRecord]:
    if c.target == "cpu":
        return []  # XLA's CPU backend emits host code: there is no PTX stage in this pipeline
    records = _kernel_records(c, "xla_ptx", ("ptx",), f"PTX XLA generated for {c.target}", "ptx")
    return records or _gpu_files_missing(c, "xla_ptx", "PTX")


# The pipeline, in order: stage name -> producer. A producer may return several records (one per
# kernel) or none (a stage that does not exist for this backend).
STAGE_PRODUCERS = (
    ("jaxpr", _jaxpr),
    ("stablehlo", _stablehlo),
    ("hlo", _hlo),
    ("hlo_opt", _hlo_opt),
    ("xla_passes", _xla_passes),
    ("fusion", _fusion),
    ("xla_emitter_passes", _xla_emitter_passes),
    ("xla_llir", _xla_llir),
    ("xla_ptx", _xla_ptx),
)


def _stage_failure(exc: Exception, user_file: str) -> str:
    """One line for a stage that failed: at the user's line when their code is on the stack,
    else what XLA or JAX said (a line number inside JAX would only mislead)."""
    if any(os.path.realpath(f.filename) == os.path.realpath(user_file)
           for f in traceback.extract_tb(exc.__traceback__)):
        return describe_exception(exc, user_file)
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__


def _non_array_argument(exc: TypeError, c: JaxCompilation) -> str | None:
    """For an argument jit cannot trace (a string, a config object): which one, and how to make
    it static. JAX's own message names the argument's path but points inside JAX."""
    text = str(exc)
    if "Error interpreting argument" not in text:
        return None
    kind = re.search(r"of type <class '([^']+)'>", text)
    where = re.search(r"at path (\S+?)\.?(?:\s|$)", text)
    name = where.group(1) if where else "one argument"
    static = f'static_argnames="{name}"' if where and name.isidentifier() else "static_argnums=..."
    return (f"{Path(c.user_file).name}: {c.unit} is given {name}, a {kind.group(1) if kind else 'value'} that "
            f"jax.jit cannot trace as an array: mark it static (return jax.jit({c.unit.split('#')[0]}, "
            f"{static}) from example()) or bind it with functools.partial")


# JAX's errors for a traced value used where Python needs a concrete one (range(n), if x > 0:)
_NEEDS_CONCRETE = ("ConcretizationTypeError", "TracerIntegerConversionError", "TracerBoolConversionError",
                   "TracerArrayConversionError")


def _concrete_value_hint(exc: Exception, c: JaxCompilation) -> str:
    """What to do when an argument the code uses as a Python value (a loop count, a branch) was
    traced: JAX's own message is about tracers, not about the example()."""
    if type(exc).__name__ not in _NEEDS_CONCRETE:
        return ""
    fn = c.unit.split("#")[0]
    return (f"; an argument used as a Python value must be static: return jax.jit({fn}, static_argnums=...) "
            "from example(), or pass it as a keyword argument ((fn, args, kwargs))")


def capture_compilation(c: JaxCompilation, sink) -> None:
    """Emit each stage as soon as it exists. Tracing failing is fatal (it is the user's code);
    a later stage failing is recorded on that stage and the rest carry on where they can."""
    try:
        c.traced  # noqa: B018
    except TypeError as exc:
        hint = _non_array_argument(exc, c)
        raise CaptureError(hint or describe_exception(exc, c.user_file, doing=f"tracing {c.unit}")
                           + _concrete_value_hint(exc, c)) from exc
    except Exception as exc:
        raise CaptureError(describe_exception(exc, c.user_file, doing=f"tracing {c.unit}")
                           + _concrete_value_hint(exc, c)) from exc
    for stage, produce in STAGE_PRODUCERS:
        try:
            records = produce(c)
        except NotProduced as exc:
            records = [c.record(stage, error=str(exc))]
        except Exception as exc:
            records = [c.record(stage, error=_stage_failure(exc, c.user_file))]
        for record in records:
            sink.emit(record)


def device_target() -> tuple[str, dict]:
    """("cpu" or "sm_90"-style, environment facts) for the device XLA compiles for."""
    import jax

    device = jax.devices()[0]
    facts = {"jax_backend": jax.default_backend(), "jax_device": device.device_kind,
             "jax_version": jax.__version__}
    if device.platform == "cpu":
        return "cpu", facts
    capability = str(getattr(device, "compute_capability", "") or "")
    return ("sm_" + capability.replace(".", "") if capability else device.platform), facts


def _unit_name(fn, taken: dict[str, int]) -> str:
    base = getattr(fn, "__name__", None) or getattr(getattr(fn, "func", None), "__name__", None) or "fn"
    taken[base] = taken.get(base, 0) + 1
    return base if taken[base] == 1 else f"{base}#{taken[base]}"


def _capture_example(module, path: Path, target: str, sink) -> None:
    fn, args, kwargs = jax_example(module, path)
    if kwargs and not hasattr(fn, "trace"):
        # as bench runs it: a keyword that holds no array (a count, a flag) is bound, not traced;
        # a function jitted by its file keeps its own static_argnames
        fn, args = with_keywords_bound(fn, args, kwargs)
        kwargs = {}
    compilation = JaxCompilation(fn, args, kwargs, _unit_name(fn, {}), str(path), target)
    try:
        capture_compilation(compilation, sink)
    finally:
        compilation.close()


def _capture_script(path: Path, target: str, sink) -> None:
    from irlens.capturers.jax_launches import recording_jit

    taken: dict[str, int] = {}
    failures: list[str] = []

    def on_call(jitted, function, args, kwargs):
        compilation = JaxCompilation(jitted, args, kwargs, _unit_name(function, taken), str(path), target)
        try:
            capture_compilation(compilation, sink)
        except CaptureError as exc:
            # The script's own call runs next and raises the same error at the user's line.
            failures.append(str(exc))
        finally:
            compilation.close()

    with recording_jit(on_call):
        run_user_script(path)
    for failure in failures:
        sink.error(failure)
    if not taken:
        raise CaptureError(f"{path.name}: the script ran but called or lowered no jax.jit function")


@functools.cache  # JAX keeps the exclusions for the process; one registration is enough
def _leave_out_irlens_frames() -> None:
    """JAX writes the Python stack of each op into the HLO's location tables (FileNames,
    StackFrames, ...), which then began with irlens's own worker and capturer frames and the
    `python -m` runner's. JAX leaves out the frames under the paths registered with it, as it
    does its own. A private API (jax._src): without it the frames simply stay."""
    try:
        from jax._src import source_info_util
    except ImportError:
        return
    for prefix in (os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep, "<frozen "):
        source_info_util.register_exclusion(prefix)


def capture(path: Path, options, sink) -> None:
    _leave_out_irlens_frames()
    source = path.read_text(encoding="utf-8")
    target, facts = device_target()
    if options.target and options.target != target:
        facts["jax_target_note"] = f"XLA compiles for the local {target}; --target {options.target} is not used"
    sink.set_environment(**facts)
    if re.search(r"\bexample\b", source):
        module = load_user_module(path)
        if callable(getattr(module, "example", None)):
            _capture_example(module, path, target, sink)
            return
    if not re.search(r"\bjit\b", source):
        raise CaptureError(f"{path.name}: nothing to capture: define example() returning (fn, args), "
                           "or call jax.jit in the script")
    _capture_script(path, target, sink)
