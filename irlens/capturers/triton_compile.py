"""Compile one Triton kernel for a target and record every stage as Triton produces it.

Triton's compiler stores each stage through its cache manager the moment the stage is done;
irlens installs a cache manager of its own (in a private, empty cache directory, so every
compile is a real one) that turns each stored stage into a StageRecord. SASS comes from the
cubin via the wheel's nvdisasm, and the MLIR pass-by-pass dump from MLIR_ENABLE_DUMP.
Checked with Triton 3.6.0 and 3.9.0.
"""
from __future__ import annotations

import contextlib
import functools
import io
import os
import re
import shutil
import sys
import tempfile
import time

from irlens.capturers.triton_stderr import captured_stderr
from irlens.capturers.triton_target import gpu_target
from irlens.capturers.triton_tools import ToolError, disassemble, exception_chain, ptxas_failure, resource_usage
from irlens.parsers import SourceLines
from irlens.parsers.mlir_locations import mlir_source_lines
from irlens.parsers.mlir_passes import parse_pass_dump, split_pass_dump
from irlens.parsers.ptx_locations import llvm_source_lines, ptx_source_lines
from irlens.parsers.sass import count_sass_instructions, parse_ptxas_log, sass_source_lines
from irlens.record import SourceLoc, StageRecord

# The order in which Triton's NVIDIA backend stores its stages ("source" is the TTIR its
# Python frontend generated, before any pass).
COMPILED_STAGES = ("source", "ttir", "ttgir", "llir", "ptx", "cubin")
# Triton's asm key "source" holds the MLIR its Python frontend generated; irlens's `source` stage is
# the kernel's Python, so that MLIR is stored as `frontend`.
_IRLENS_STAGE = {"source": "frontend"}
_LANGUAGES = {"frontend": "mlir", "ttir": "mlir", "ttgir": "mlir", "llir": "llvm", "ptx": "ptx"}
_LOCATION_PARSERS = {"frontend": mlir_source_lines, "ttir": mlir_source_lines, "ttgir": mlir_source_lines,
                     "llir": llvm_source_lines, "ptx": ptx_source_lines}


def compile_kernel(src, target: str, *, unit: str, options: dict | None = None, framework: str = "triton",
                   sink=None, pass_dumps: bool = True) -> list[StageRecord]:
    """Compile `src` (a triton.compiler.ASTSource) for `target` ("sm_90") and return the records of
    source, ttir, ttgir, llir, ptx, cubin, sass and mlir_passes, emitting each to `sink` as it is
    produced. A failing compile ends with a record for the failing stage (error, stderr). A target
    the installed Triton cannot compile for raises CaptureError before anything is compiled."""
    import triton

    gpu = gpu_target(target)
    run = _CompileRun(src, target, unit, framework, sink, options)
    failure = None
    with contextlib.ExitStack() as stack:
        stack.enter_context(_stage_collector(run.stage_done))
        if pass_dumps:  # MLIR printing the module before every pass is most of a capture's overhead
            stack.enter_context(_mlir_pass_dump())
        run.stderr = stack.enter_context(captured_stderr())
        ptxas_log = stack.enter_context(_ptxas_log())
        run.start()
        try:
            compiled = triton.compile(src, target=gpu, options=options)
        except Exception as exc:  # the compiler's own error, reported on the failing stage
            failure = exc
    dump_text, other_text, dump_offsets = split_pass_dump(run.stderr.text)
    if failure is None:
        if other_text:
            sys.stderr.write(other_text)  # nothing else the compiler printed is hidden
        run.finish(compiled, ptxas_log.getvalue())
    else:
        run.fail(failure, other_text)
    if pass_dumps:
        run.add_pass_dump(dump_text, dump_offsets, complete=failure is None)
    return run.records


class _CompileRun:
    """The records of one compile, built as the stages arrive."""

    def __init__(self, src, target, unit, framework, sink, options):
        self.src, self.target, self.unit, self.framework, self.sink = src, target, unit, framework, sink
        self.launch = launch_facts(src, options)
        self.options = options
        self.records: list[StageRecord] = []
        self.produced: list[str] = []
        self.pending_cubin: StageRecord | None = None
        self.dump_sizes: dict[str, int] = {}
        self.stderr = None  # the CapturedStderr of this compile
        self.last = self.started = 0.0

    def start(self) -> None:
        self.last = self.started = time.perf_counter()
        self.emit(self._python_source_record())

    def _python_source_record(self) -> StageRecord:
        """The kernel's Python source, each line mapped to its line in its file."""
        import inspect

        fn = getattr(getattr(self.src, "fn", None), "fn", None)
        try:
            lines, first = inspect.getsourcelines(fn)
            path = inspect.getsourcefile(fn) or fn.__code__.co_filename
        except (OSError, TypeError) as exc:
            return self._record("source", language="python", error=f"the kernel's source is not readable: {exc}")
        line_map = {i: SourceLoc(path, first + i - 1) for i in range(1, len(lines) + 1)}
        return self._record("source", text="".join(lines), language="python", line_map=line_map,
                            metadata={"file": path, "first_line": first})

    def _record(self, stage: str, **fields) -> StageRecord:
        metadata = dict(self.launch)
        metadata.update(fields.pop("metadata", {}))
        return StageRecord(framework=self.framework, stage=stage, unit=self.unit, target=self.target,
                           metadata=metadata, **fields)

    def emit(self, record: StageRecord) -> None:
        self.records.append(record)
        if self.sink is not None:  # its progress line (-v) is irlens's, not the compiler's stderr
            with self.stderr.to_terminal() if self.stderr is not None else contextlib.nullcontext():
                self.sink.emit(record)

    def stage_done(self, stage: str, data) -> None:
        now = time.perf_counter()
        elapsed, self.last = now - self.last, now
        self.produced.append(stage)
        self.dump_sizes[stage] = self.stderr.size() if self.stderr is not None else -1
        if stage == "cubin":  # its figures come with the kernel's final metadata, a moment later
            self.pending_cubin = self._record("cubin", data=data, language="binary", compile_time_s=elapsed)
            return
        stage = _IRLENS_STAGE.get(stage, stage)
        lines = _LOCATION_PARSERS[stage](data)
        facts = _location_facts(lines)
        if stage == "llir":
            facts.update(llvm_codegen_target(self.target, self.options))
        self.emit(self._record(stage, text=data, language=_LANGUAGES[stage], compile_time_s=elapsed,
                               line_map=lines.line_map, metadata=facts))

    def finish(self, compiled, ptxas_log: str) -> None:
        kernel = kernel_facts(compiled.metadata)
        cubin = self.pending_cubin or self._record("cubin", data=compiled.asm["cubin"], language="binary")
        # ptxas -v reports registers and spills; without its log, cuobjdump reads the cubin.
        kernel.update(parse_ptxas_log(ptxas_log))
        name = kernel.get("name", self.unit)
        resources = {} if "registers" in kernel else resource_usage(cubin.data).get(name, {})
        for ours, theirs in (("registers", "registers"), ("stack_bytes", "stack"), ("local_bytes", "local")):
            if theirs in resources:
                kernel[ours] = resources[theirs]
        kernel["total_compile_time_s"] = round(time.perf_counter() - self.started, 4)
        cubin.metadata.update(kernel)
        self.emit(cubin)
        self.emit(self._sass_record(cubin.data, kernel))

    def _sass_record(self, cubin: bytes, kernel: dict) -> StageRecord:
        try:
            text, tool = disassemble(cubin)
        except ToolError as exc:
            return self._record("sass", language="sass", error=str(exc))
        lines = sass_source_lines(text)
        facts = dict(kernel, disassembler=tool, instructions=count_sass_instructions(text),
                     **_location_facts(lines))
        return self._record("sass", text=text, language="sass", line_map=lines.line_map, metadata=facts)

    def fail(self, exc: BaseException, stderr_text: str) -> None:
        stage = next((s for s in COMPILED_STAGES if s not in self.produced), None)
        if stage is None:
            raise exc  # every stage was stored, so the failure is Triton's own bookkeeping
        stage = _IRLENS_STAGE.get(stage, stage)
        elapsed = time.perf_counter() - self.last
        ptxas = ptxas_failure(exc)
        if ptxas is not None:  # ptxas's own reason, not the command line of Triton's temporary files
            error, tool_stderr = ptxas
            details = "\n".join(part for part in (stderr_text.rstrip(), tool_stderr) if part)
        else:
            details = "\n".join(part for part in (stderr_text.rstrip(), f"{type(exc).__name__}: {exc}") if part)
            error = describe_compile_error(exc, self.src)
            diagnostic = next((ln.strip() for ln in stderr_text.splitlines() if "error:" in ln), None)
            if diagnostic and getattr(exc, "node", None) is None:
                error = f"{error}: {diagnostic}"  # MLIR's C++ diagnostic says what the exception does not
        self.emit(self._record(stage, language=_LANGUAGES.get(stage, "binary"), compile_time_s=elapsed,
                               error=error, stderr=details))

    def add_pass_dump(self, text: str, offsets: list[int], complete: bool) -> None:
        if not text.strip():
            return
        passes = parse_pass_dump(text)
        for entry in passes:  # the stage whose pipeline ran the pass: the dump's size after each stage
            start = offsets[entry["start_line"] - 1]
            entry["stage"] = next((s for s, size in self.dump_sizes.items() if start < size), None)
        self.emit(self._record("mlir_passes", text=text, language="mlir",
                               metadata={"passes": passes, "complete": complete}))


def launch_facts(src, options: dict | None) -> dict:
    """What this compile was asked for: the kernel, its signature, constexprs and options."""
    fn = src.fn
    arg_names = list(getattr(fn, "arg_names", []))

    def name_of(path):
        return arg_names[path[0]] if isinstance(path, tuple) and len(path) == 1 and path[0] < len(arg_names) \
            else str(path)

    facts = {
        "kernel": src.name,
        "signature": {k: str(v) for k, v in src.signature.items()},
        "constexprs": {name_of(k): _json_value(v) for k, v in src.constants.items()},
        "attrs": {name_of(k): _json_value(v) for k, v in src.attrs.items()},
    }
    code = getattr(getattr(fn, "fn", None), "__code__", None)
    if code is not None:
        facts["python_file"], facts["python_first_line"] = code.co_filename, code.co_firstlineno
    for key, value in (options or {}).items():
        if key in ("num_warps", "num_stages", "num_ctas", "maxnreg", "enable_fp_fusion"):
            facts[key] = value
    return facts


def llvm_codegen_target(target: str, options: dict | None) -> dict:
    """The LLVM target Triton's make_ptx hands the NVPTX backend ({"llvm_codegen": {triple, cpu,
    features}}): the IR alone does not say it, and sm_90 IR with wgmma only lowers for sm_90a
    with a recent +ptx feature. Read from Triton's own helpers; {} where they are missing."""
    try:
        from triton.backends.nvidia import compiler as nvidia
        from triton.compiler import make_backend

        gpu = gpu_target(target)
        parsed = make_backend(gpu).parse_options(dict(options or {}))
        return {"llvm_codegen": {"triple": "nvptx64-nvidia-cuda", "cpu": nvidia.sm_arch_from_capability(gpu.arch),
                                 "features": nvidia.get_features(parsed, gpu.arch)}}
    except Exception:  # private helpers: absent or changed in another Triton version
        return {}


def kernel_facts(metadata) -> dict:
    """The compiled kernel's metadata that a reader of its stages wants next to them."""
    facts = {}
    for key in ("name", "hash", "num_warps", "num_stages", "num_ctas", "shared", "tmem_size",
                "global_scratch_size", "cluster_dims", "triton_version"):
        value = getattr(metadata, key, None)
        if value is not None:
            facts[key] = _json_value(value)
    target = getattr(metadata, "target", None)
    if target is not None:
        facts["compiled_for"] = f"{target.backend}:{target.arch}"
    return facts


def describe_compile_error(exc: BaseException, src) -> str:
    """One line: the kernel's line that failed (for a frontend error) and the innermost cause,
    e.g. `k.py:12: ValueError: arange's range must be a power of 2`."""
    innermost = exception_chain(exc)[-1]
    message = getattr(innermost, "error_message", None) or str(innermost).strip()
    if type(innermost).__name__ == "CompilationError" and not getattr(innermost, "error_message", None):
        message = message.splitlines()[-1] if message else ""
    message = next((ln.strip() for ln in message.splitlines() if ln.strip()), "") if message else ""
    kind = type(innermost).__name__
    what = f"{kind}: {message}" if message else kind
    where = _user_line(src, getattr(exc, "node", None))
    return f"{where}: {what}" if where else what


def _user_line(src, node) -> str | None:
    """file:line of an AST node of the kernel's source (node lines count from its `def`)."""
    import inspect

    fn = getattr(getattr(src, "fn", None), "fn", None)
    if fn is None or getattr(node, "lineno", None) is None:
        return None
    try:
        lines, first = inspect.getsourcelines(fn)
    except (OSError, TypeError):
        return None
    def_index = next((i for i, ln in enumerate(lines) if ln.lstrip().startswith(("def ", "async def "))), 0)
    return f"{os.path.basename(fn.__code__.co_filename)}:{first + def_index + node.lineno - 1}"


def _location_facts(lines: SourceLines) -> dict:
    return {"call_sites": lines.call_sites_as_rows()} if lines.call_sites else {}


def _json_value(value):
    if isinstance(value, (bool, int, float, str)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return [_json_value(v) for v in value]
    return str(value)


# ---- the hooks around one compile -------------------------------------------------------------

@contextlib.contextmanager
def _stage_collector(on_stage):
    """Make Triton store this compile's stages in a fresh private cache, telling `on_stage`."""
    from triton import knobs
    from triton.runtime.cache import FileCacheManager

    class StageCollector(FileCacheManager):
        def __init__(self, key, override=False, dump=False):
            super().__init__(key, override=override, dump=dump)
            self._collecting = not (override or dump)

        def put(self, data, filename, binary=True):
            if not isinstance(data, (str, bytes)):
                data = str(data)
            path = super().put(data, filename, binary=binary)
            stage = filename.rsplit(".", 1)[-1]
            if self._collecting and stage in COMPILED_STAGES:
                on_stage(stage, data)
            return path

    private = _private_directory()
    saved = (knobs.cache.dir, knobs.cache.manager_class, tempfile.tempdir)
    # Triton's make_cubin leaves its .ptx in the temporary directory when ptxas fails: keep it in ours.
    knobs.cache.dir, knobs.cache.manager_class, tempfile.tempdir = private, StageCollector, private
    try:
        yield
    finally:
        knobs.cache.dir, knobs.cache.manager_class, tempfile.tempdir = saved
        shutil.rmtree(private, ignore_errors=True)


_PRIVATE_PREFIX = "irlens-triton-"
_ORPHAN_AGE_S = 600  # older than a capture's default timeout: its process is gone, not just busy


def _private_directory() -> str:
    """A fresh directory for one compile's cache and temporary files, named for this process: a
    process that dies in native code (no `finally` runs) leaves it, and a later compile removes it."""
    _remove_orphaned_directories(tempfile.gettempdir())
    return tempfile.mkdtemp(prefix=f"{_PRIVATE_PREFIX}{os.getpid()}-")


@functools.lru_cache(maxsize=None)  # once per process
def _remove_orphaned_directories(root: str) -> None:
    now = time.time()
    with contextlib.suppress(OSError), os.scandir(root) as entries:
        for entry in entries:
            m = re.fullmatch(rf"{_PRIVATE_PREFIX}(\d+)-\w+", entry.name)
            with contextlib.suppress(OSError):
                if m and entry.is_dir(follow_symlinks=False) and not _process_alive(int(m.group(1))) \
                        and now - entry.stat(follow_symlinks=False).st_mtime > _ORPHAN_AGE_S:
                    shutil.rmtree(entry.path, ignore_errors=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


@contextlib.contextmanager
def _mlir_pass_dump():
    """MLIR_ENABLE_DUMP is read by Triton's C++ pass managers, so setting it in this process around
    one compile is enough. The dumps go to file descriptor 2 (unbuffered), captured with the rest:
    MLIR_DUMP_PATH is left unset because its stream is opened once per process and buffered."""
    saved = {k: os.environ.get(k) for k in ("MLIR_ENABLE_DUMP", "MLIR_DUMP_PATH")}
    os.environ["MLIR_ENABLE_DUMP"] = "1"
    os.environ.pop("MLIR_DUMP_PATH", None)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@contextlib.contextmanager
def _ptxas_log():
    """Triton prints `ptxas -v` (registers, spills) when asked to; catch that print."""
    from triton import knobs

    log = io.StringIO()
    nvidia = getattr(knobs, "nvidia", None)
    if nvidia is None or not hasattr(nvidia, "dump_ptxas_log"):
        yield log
        return
    saved = nvidia.dump_ptxas_log
    nvidia.dump_ptxas_log = True
    try:
        with contextlib.redirect_stdout(log):
            yield log
    finally:
        nvidia.dump_ptxas_log = saved
