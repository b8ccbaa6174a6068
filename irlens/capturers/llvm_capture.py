"""llvmlite's view of any LLVM IR stage (Triton's llir, XLA's xla_llir): parse and verify it,
optimize it at a chosen level with LLVM's new pass manager, and emit target assembly (PTX for
GPU IR, the host's assembly for CPU IR), as the stages llvm_opt and llvm_asm. The work runs in a
long-lived child process, because LLVM aborts on some input; compare_ptx sets llvmlite's PTX
beside a compiler's own."""
from __future__ import annotations

import atexit
import difflib
import functools
import json
import os
import re
import select
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from irlens.options import CaptureOptions, parse_target
from irlens.parsers.llvm_ir_compat import REWRITES
from irlens.record import StageRecord

FRAMEWORK = "llvm"
NVPTX_TRIPLE = "nvptx64-nvidia-cuda"
DEFAULT_GPU_ARCH = "sm_90"
class LlvmIrError(Exception):
    """IR llvmlite could not read or verify; the message is llvmlite's diagnostic on one line."""


@functools.lru_cache(maxsize=1)
def _initialised() -> object:
    import llvmlite.binding as llvm

    # llvmlite 0.50 initialises LLVM itself (llvm.initialize() is deprecated); targets and
    # printers are still opt-in.
    llvm.initialize_all_targets()
    llvm.initialize_all_asmprinters()
    return llvm


@functools.lru_cache(maxsize=16)
def _target_machine(triple: str, cpu: str, features: str, opt_level: int):
    llvm = _initialised()
    return llvm.Target.from_triple(triple).create_target_machine(cpu=cpu, features=features, opt=opt_level)


def one_line_diagnostic(exc: Exception) -> str:
    """llvmlite's multi-line message (title, `<string>:L:C: error: ...`, source, caret) as one line."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    if not lines:
        return type(exc).__name__
    title = lines[0]
    detail = next((line for line in lines[1:] if "error:" in line), lines[1] if len(lines) > 1 else "")
    detail = re.sub(r"^<string>:(\d+):(\d+):\s*error:\s*", r"line \1:\2: ", detail)
    return f"{title}: {detail}" if detail else title


def parse_ir(text: str):
    """(module, rewrites): the verified module, and the rewrites it took to read it (empty when
    it parsed as written). Raises LlvmIrError with llvmlite's diagnostic."""
    llvm = _initialised()
    rewrites: list[dict] = []
    first_error: RuntimeError | None = None
    attempt = text
    for how, rewrite in (("as written", None),) + REWRITES:
        if rewrite is not None:
            attempt, dropped = rewrite(attempt)
            if not dropped:
                continue
            rewrites.append({"rewrite": how, "count": len(dropped), "examples": sorted(set(dropped))[:5]})
        try:
            module = llvm.parse_assembly(attempt)
            module.verify()
            return module, rewrites
        except RuntimeError as exc:
            first_error = first_error or exc
    raise LlvmIrError(one_line_diagnostic(first_error))


def opcode_counts(module) -> dict[str, int]:
    """Instruction counts by opcode over every function body."""
    counts: Counter = Counter()
    for function in module.functions:
        for block in function.blocks:
            for instruction in block.instructions:
                counts[instruction.opcode] += 1
    return dict(sorted(counts.items()))


def asm_instruction_lines(asm: str) -> list[str]:
    """The instruction lines of PTX or host assembly, comments and whitespace removed: no
    directives, labels, braces or declarations."""
    out = []
    for raw in asm.splitlines():
        # PTX comments start with //, AT&T x86 ones with #; neither character is otherwise used
        # outside directives, which are skipped.
        line = re.split(r"//|#", raw, maxsplit=1)[0].strip()
        if not line or line.startswith((".", "$", "{", "}", "(", ")")) or line.endswith(":"):
            continue
        out.append(re.sub(r"\s+", " ", line.rstrip(";").strip()))
    return out


def asm_opcode_counts(asm: str) -> dict[str, int]:
    """Instruction counts by mnemonic (its first dotted part: ld.global.b32 -> ld); a PTX
    predicate guard (@%p1) is skipped."""
    counts: Counter = Counter()
    for line in asm_instruction_lines(asm):
        tokens = line.split()
        if tokens and tokens[0].startswith("@") and len(tokens) > 1:
            tokens = tokens[1:]
        if tokens:
            counts[tokens[0].split(".")[0]] += 1
    return dict(sorted(counts.items()))


def compare_ptx(llvmlite_ptx: str, compiler_ptx: str) -> dict:
    """How llvmlite's PTX for an IR differs from the compiler's own PTX for the same IR:
    line and instruction counts, instruction counts by mnemonic, and a unified-diff summary
    over the instruction lines."""
    ours, theirs = asm_instruction_lines(llvmlite_ptx), asm_instruction_lines(compiler_ptx)
    our_ops, their_ops = asm_opcode_counts(llvmlite_ptx), asm_opcode_counts(compiler_ptx)
    added = removed = hunks = 0
    for line in difflib.unified_diff(theirs, ours, lineterm="", n=0):
        if line.startswith("@@"):
            hunks += 1
        elif line.startswith("+") and not line.startswith("+++"):
            added += 1
        elif line.startswith("-") and not line.startswith("---"):
            removed += 1
    delta = {op: our_ops.get(op, 0) - their_ops.get(op, 0) for op in sorted(set(our_ops) | set(their_ops))
             if our_ops.get(op, 0) != their_ops.get(op, 0)}

    def header(ptx: str, directive: str) -> str | None:
        m = re.search(rf"^\s*\.{directive}\s+(\S+)", ptx, re.MULTILINE)
        return m.group(1).rstrip(",") if m else None

    return {
        "llvmlite": {"lines": len(llvmlite_ptx.splitlines()), "instructions": len(ours), "opcodes": our_ops,
                     "ptx_version": header(llvmlite_ptx, "version"), "target": header(llvmlite_ptx, "target")},
        "compiler": {"lines": len(compiler_ptx.splitlines()), "instructions": len(theirs), "opcodes": their_ops,
                     "ptx_version": header(compiler_ptx, "version"), "target": header(compiler_ptx, "target")},
        "opcode_delta": delta,
        "diff": {"added": added, "removed": removed, "hunks": hunks,
                 "identical_instructions": ours == theirs},
    }


def _codegen_target(record: StageRecord, module, options: CaptureOptions) -> tuple[str, str, str, str]:
    """(triple, cpu, features, kind) to emit assembly for: NVPTX at the record's sm arch for GPU
    IR, the IR's own triple (the host's when it has none) for CPU IR."""
    llvm = _initialised()
    ir_triple = module.triple or ""
    gpu_target = record.target if record.target.startswith("sm_") else None
    if gpu_target or ir_triple.startswith("nvptx"):
        try:
            capability, arch = parse_target(gpu_target or options.target or DEFAULT_GPU_ARCH)
        except ValueError:
            capability, arch = parse_target(DEFAULT_GPU_ARCH)
        if capability >= 90 and arch[-1].isdigit():
            # As Triton and XLA do for sm_90 and newer: the arch-specific variant, without which
            # LLVM cannot select wgmma/tcgen05 intrinsics (and aborts the process trying).
            arch += "a"
        return NVPTX_TRIPLE, arch, "", "PTX"
    host = llvm.get_process_triple()
    triple = ir_triple or host
    if triple.split("-")[0] == host.split("-")[0]:
        return triple, llvm.get_host_cpu_name(), llvm.get_host_cpu_features().flatten(), "host assembly"
    return triple, "", "", "assembly"


def _optimize(module, target_machine, level: int) -> None:
    llvm = _initialised()
    tuning = llvm.create_pipeline_tuning_options(speed_level=level)
    builder = llvm.create_pass_builder(target_machine, tuning)
    builder.getModulePassManager().run(module, builder)


def _derived(record: StageRecord, stage: str, **fields) -> StageRecord:
    return StageRecord(framework=FRAMEWORK, stage=stage, unit=record.unit, target=record.target, **fields)


def llvm_stages_in_process(record: StageRecord, options: CaptureOptions) -> list[StageRecord]:
    """llvm_opt and llvm_asm for one LLVM IR record, in this process (an LLVM fatal error ends
    it: see llvm_stages); the input record is never changed."""
    return list(_each_stage(record, options))


def _each_stage(record: StageRecord, options: CaptureOptions) -> Iterator[StageRecord]:
    """llvm_opt, then llvm_asm, each yielded as soon as it exists."""
    level = max(0, min(3, int(options.llvm_opt_level)))
    base = {"from_stage": record.stage, "from_framework": record.framework, "opt_level": level}
    if not record.text:
        reason = record.error or "the input stage has no text"
        for stage in ("llvm_opt", "llvm_asm"):
            yield _derived(record, stage, error=f"no LLVM IR to read: {reason}", metadata=dict(base))
        return
    start = time.perf_counter()
    try:
        module, rewrites = parse_ir(record.text)
    except LlvmIrError as exc:
        yield _derived(record, "llvm_opt", language="llvm", error=str(exc), metadata=dict(base))
        yield _derived(record, "llvm_asm", language="asm", metadata=dict(base),
                       error="not produced: llvmlite could not read the input IR")
        return
    parse_s = time.perf_counter() - start
    triple, cpu, features, kind = _codegen_target(record, module, options)
    base.update({"triple": triple, "cpu": cpu, "rewrites": rewrites})
    if rewrites:
        base["rewritten"] = "the input IR was rewritten so that llvmlite's older LLVM could read it"
    try:
        target_machine = _target_machine(triple, cpu, features, level)
        if not module.triple:
            module.triple = triple
        before = opcode_counts(module)
        start = time.perf_counter()
        _optimize(module, target_machine, level)
        optimize_s = time.perf_counter() - start
        optimized = str(module)
        after = opcode_counts(module)
    except RuntimeError as exc:
        yield _derived(record, "llvm_opt", language="llvm", error=one_line_diagnostic(exc), metadata=dict(base))
        yield _derived(record, "llvm_asm", language="asm", metadata=dict(base),
                       error="not produced: llvmlite could not optimize the input IR")
        return
    opt_meta = dict(base, opcode_counts_before=before, opcode_counts_after=after,
                    instructions_before=sum(before.values()), instructions_after=sum(after.values()),
                    parse_s=round(parse_s, 6))
    yield _derived(record, "llvm_opt", text=optimized, language="llvm", metadata=opt_meta,
                   compile_time_s=optimize_s)
    try:
        start = time.perf_counter()
        asm = target_machine.emit_assembly(module)
        emit_s = time.perf_counter() - start
    except RuntimeError as exc:
        yield _derived(record, "llvm_asm", language="asm", error=one_line_diagnostic(exc), metadata=dict(base))
        return
    asm_meta = dict(base, what=f"{kind} that llvmlite emitted for {cpu or triple}",
                    opcode_counts_before=before, opcode_counts_after=after,
                    asm_opcode_counts=asm_opcode_counts(asm), asm_instructions=len(asm_instruction_lines(asm)))
    yield _derived(record, "llvm_asm", text=asm, language="ptx" if kind == "PTX" else "asm",
                   metadata=asm_meta, compile_time_s=emit_s)


# --- Isolation: LLVM answers some bad input (an intrinsic the target cannot select, a broken
# invariant) with a fatal error that aborts the process. The stages run in a child process that
# serves one request per line, so an abort costs one record, not the capture. ---

_RECORD_FIELDS = ("framework", "stage", "unit", "target", "text", "language", "metadata", "compile_time_s",
                  "error")
REQUEST_TIMEOUT_S = 120.0


def _record_to_json(record: StageRecord) -> dict:
    return {name: getattr(record, name) for name in _RECORD_FIELDS}


class _LlvmChild:
    """`python -m irlens.capturers.llvm_capture`, kept running across records."""

    def __init__(self):
        self.proc: subprocess.Popen | None = None
        self.stderr = None
        self.pending = b""

    def _start(self) -> None:
        self.stderr = tempfile.TemporaryFile()
        self.pending = b""
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join([root] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
        self.proc = subprocess.Popen([sys.executable, "-m", "irlens.capturers.llvm_capture"], env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr)

    def _last_words(self) -> str:
        self.stderr.seek(0)
        lines = [line.strip() for line in self.stderr.read().decode("utf-8", "replace").splitlines() if line.strip()]
        fatal = [line for line in lines if line.startswith("LLVM ERROR")]
        return (fatal or lines or ["no message"])[-1][:300]

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None

    def _read_line(self) -> bytes | None:
        """One line from the child; b"" at its end of output, None after REQUEST_TIMEOUT_S."""
        fd = self.proc.stdout.fileno()
        while b"\n" not in self.pending:
            ready, _, _ = select.select([fd], [], [], REQUEST_TIMEOUT_S)
            if not ready:
                return None
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                return b""
            self.pending += chunk
        line, _, self.pending = self.pending.partition(b"\n")
        return line

    def request(self, record: StageRecord, options: CaptureOptions) -> tuple[list[StageRecord], str | None]:
        """(records the child produced, None) or, when it died part-way, (what it produced
        before, one line saying how it died)."""
        if self.proc is None or self.proc.poll() is not None:
            self._start()
        message = json.dumps({"record": _record_to_json(record), "options": options.to_dict()}) + "\n"
        records: list[StageRecord] = []
        try:
            self.proc.stdin.write(message.encode())
            self.proc.stdin.flush()
        except OSError:
            pass  # the child is gone: reported below
        while True:
            line = self._read_line()
            if not line:
                break
            fields = json.loads(line)
            if fields is None:
                return records, None
            records.append(StageRecord(**fields))
        if line is None:
            self.stop()
            return records, f"llvmlite took longer than {REQUEST_TIMEOUT_S:g} s and was stopped"
        try:
            code = self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.stop()
            return records, "llvmlite closed its output and did not exit"
        how = f"signal {-code}" if code < 0 else f"exit status {code}"
        self.proc = None
        return records, f"LLVM aborted ({how}): {self._last_words()}"


_child = _LlvmChild()
atexit.register(_child.stop)


def llvm_stages(record: StageRecord, options: CaptureOptions) -> list[StageRecord]:
    """llvm_opt and llvm_asm for one LLVM IR record (see llvm_stages_in_process), computed in a
    child process so that an LLVM fatal error becomes an error on these two records."""
    records, failure = _child.request(record, options)
    if failure:
        base = {"from_stage": record.stage, "from_framework": record.framework}
        done = {r.stage for r in records}
        records += [_derived(record, stage, language=language, error=failure, metadata=dict(base))
                    for stage, language in (("llvm_opt", "llvm"), ("llvm_asm", "asm")) if stage not in done]
    for derived in records:
        _add_line_map(derived)
    return records


def _add_line_map(record: StageRecord) -> None:
    """The source lines LLVM carried through: `!dbg` locations in the optimized IR, `.loc` in the
    PTX it emitted (a host's assembly from IR without debug info has none to read)."""
    from irlens.parsers.ptx_locations import llvm_source_lines, ptx_source_lines

    parse = {"llvm": llvm_source_lines, "ptx": ptx_source_lines}.get(record.language or "")
    if not record.text or parse is None:
        return
    lines = parse(record.text)
    record.line_map = lines.line_map
    if lines.call_sites:
        record.metadata["call_sites"] = lines.call_sites_as_rows()


def _serve() -> None:
    """The child's loop: one JSON request per line in; out, one JSON record per line as each
    stage is produced, then `null`. It ends at end of input, or when its parent is gone (a
    process the parent forked may still hold the input open)."""
    protocol = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)  # anything else printed goes to stderr, never into the protocol
    parent = os.getppid()
    while True:
        # The parent sends one request and waits for its answer, so nothing is left buffered
        # behind a line and select on stdin is reliable.
        ready, _, _ = select.select([sys.stdin], [], [], 5.0)
        if not ready:
            if os.getppid() != parent:
                return
            continue
        line = sys.stdin.readline()
        if not line:
            return
        request = json.loads(line)
        record = StageRecord(**request["record"])
        for produced in _each_stage(record, CaptureOptions.from_dict(request["options"])):
            protocol.write(json.dumps(_record_to_json(produced)) + "\n")
            protocol.flush()
        protocol.write("null\n")
        protocol.flush()


if __name__ == "__main__":
    _serve()
