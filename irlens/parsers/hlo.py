"""XLA's IR as text: HLO modules (computations, instructions, stack-frame tables) and StableHLO
location info, and the user source line each op came from, as the IR itself records it."""
from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass, field

from irlens.parsers.mlir_locations import op_openings
from irlens.record import SourceLoc, real_path, same_source_file

_COMPUTATION = re.compile(r"^(ENTRY\s+)?%?([^\s(]+)\s*(\(.*\))?\s*(->.*)?\{\s*$")
_INSTRUCTION = re.compile(r"^\s+(ROOT\s+)?%?([^\s=]+)\s*=\s*(.*)$")
_OPCODE = re.compile(r"\s*([A-Za-z][\w\-.]*)\(")
_METADATA_FIELD = re.compile(r'(\w+)=("(?:[^"\\]|\\.)*"|[^\s}]+)')
_TABLE_ROW = re.compile(r'^(\d+)\s+(.*)$')
_TABLES = ("FileNames", "FunctionNames", "FileLocations", "StackFrames")


@dataclass
class HloInstruction:
    name: str
    opcode: str
    shape: str
    operands: list[str]
    attributes: dict[str, str]
    metadata: dict[str, str]
    line: int  # 1-based line in the module text
    is_root: bool = False

    def called(self, key: str) -> list[str]:
        """Computation names in an attribute such as calls=, body=, branch_computations={...}."""
        value = self.attributes.get(key)
        if not value:
            return []
        return [v.strip().lstrip("%") for v in value.strip("{}").split(",") if v.strip()]


@dataclass
class HloComputation:
    name: str
    is_entry: bool
    instructions: list[HloInstruction] = field(default_factory=list)
    start_line: int = 0
    end_line: int = 0

    @property
    def root(self) -> HloInstruction | None:
        return next((i for i in self.instructions if i.is_root), self.instructions[-1] if self.instructions else None)

    def parameter(self, index: int) -> HloInstruction | None:
        return next((i for i in self.instructions if i.opcode == "parameter" and i.operands == [str(index)]), None)


@dataclass
class StackFrames:
    """The FileNames / FunctionNames / FileLocations / StackFrames tables newer XLA prints at the
    top of a module; ops refer to them with metadata stack_frame_id."""

    files: dict[int, str] = field(default_factory=dict)
    functions: dict[int, str] = field(default_factory=dict)
    locations: dict[int, dict[str, int]] = field(default_factory=dict)
    frames: dict[int, tuple[int, int]] = field(default_factory=dict)  # id -> (location, parent or 0)

    def chain(self, frame_id: int) -> list[tuple[str, str, int]]:
        """(file, function, line) from the innermost frame outwards."""
        out, seen = [], set()
        while frame_id and frame_id in self.frames and frame_id not in seen:
            seen.add(frame_id)
            location_id, parent = self.frames[frame_id]
            loc = self.locations.get(location_id)
            if loc:
                out.append((self.files.get(loc.get("file_name_id", 0), "?"),
                            self.functions.get(loc.get("function_name_id", 0), "?"), loc.get("line", 0)))
            frame_id = parent
        return out


@dataclass
class HloModuleText:
    name: str
    computations: dict[str, HloComputation]
    frames: StackFrames

    @property
    def entry(self) -> HloComputation | None:
        return next((c for c in self.computations.values() if c.is_entry), None)

    def instructions(self):
        for comp in self.computations.values():
            yield from comp.instructions


def _outside_quotes(text: str, start: int = 0):
    """(index, char, depth) for each character outside double quotes, from `start`; depth is the
    number of brackets open around it (a closing bracket counts as outside what it closes)."""
    depth, quoted, i = 0, False, start
    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == "\\":
                i += 1
            elif ch == '"':
                quoted = False
        elif ch == '"':
            quoted = True
        else:
            if ch in ")}]":
                depth -= 1
            yield i, ch, depth
            if ch in "({[":
                depth += 1
        i += 1


def _split_top_level(text: str, sep: str = ",") -> list[str]:
    """Split at `sep` outside (), {}, [] and quotes."""
    parts, start = [], 0
    for i, ch, depth in _outside_quotes(text):
        if ch == sep and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _matching_close(text: str, open_at: int) -> int:
    """Index of the bracket closing the one at open_at (quotes respected), or len(text)."""
    for i, ch, depth in _outside_quotes(text, open_at):
        if ch in ")}]" and depth == 0:
            return i
    return len(text)


def _parse_instruction(match: re.Match, line: int) -> HloInstruction | None:
    rest = match.group(3)
    if rest.startswith("("):  # a tuple shape
        end = _matching_close(rest, 0) + 1
    else:
        end = rest.find(" ")
        end = len(rest) if end < 0 else end
    shape, rest = rest[:end], rest[end:]
    op = _OPCODE.match(rest)
    if not op:
        return None
    open_at = op.end() - 1
    close = _matching_close(rest, open_at)
    operand_text = re.sub(r"/\*.*?\*/", "", rest[open_at + 1:close])
    opcode = op.group(1)
    operands = [] if opcode == "constant" else [
        p.split()[-1].lstrip("%") for p in _split_top_level(operand_text)]
    attributes = {}
    for part in _split_top_level(rest[close + 1:]):
        key, _, value = part.partition("=")
        attributes[key.strip()] = value.strip()
    metadata = {k: v.strip('"') for k, v in _METADATA_FIELD.findall(attributes.get("metadata", "").strip("{}"))}
    return HloInstruction(name=match.group(2), opcode=opcode, shape=shape, operands=operands,
                          attributes=attributes, metadata=metadata, line=line, is_root=bool(match.group(1)))


def _parse_table_row(table: str, body: str, frames: StackFrames, row_id: int) -> None:
    if table in ("FileNames", "FunctionNames"):
        target = frames.files if table == "FileNames" else frames.functions
        target[row_id] = body.strip().strip('"')
        return
    fields = {k: int(v) for k, v in re.findall(r"(\w+)=(-?\d+)", body)}
    if table == "FileLocations":
        frames.locations[row_id] = fields
    else:
        frames.frames[row_id] = (fields.get("file_location_id", 0), fields.get("parent_frame_id", 0))


def _normalise_parents(frames: StackFrames) -> None:
    # jaxlib 0.10.2 prints parent_frame_id one higher than the frame it means (a root frame
    # prints 1, its children print 2 for frame 1). A table with no root written as 0 uses that
    # convention: shift it so 0 means "no parent" and ids name frames.
    if frames.frames and all(parent > 0 for _, parent in frames.frames.values()):
        frames.frames = {fid: (loc, parent - 1) for fid, (loc, parent) in frames.frames.items()}


def parse_hlo_module(text: str) -> HloModuleText:
    """Parse HLO text as XLA prints it (long form with % sigils, or the short form)."""
    name = ""
    computations: dict[str, HloComputation] = {}
    frames = StackFrames()
    table = None
    current: HloComputation | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if current is not None:
            if stripped == "}" and not line.startswith(" "):
                current.end_line = number
                current = None
                continue
            m = _INSTRUCTION.match(line)
            if m:
                instruction = _parse_instruction(m, number)
                if instruction:
                    current.instructions.append(instruction)
            continue
        if line.startswith("HloModule "):
            name = line.split()[1].rstrip(",")
        elif stripped in _TABLES:
            table = stripped
        elif not stripped:
            table = None
        elif table and _TABLE_ROW.match(stripped):
            row = _TABLE_ROW.match(stripped)
            _parse_table_row(table, row.group(2), frames, int(row.group(1)))
        else:
            m = _COMPUTATION.match(line)
            if m:
                current = HloComputation(name=m.group(2), is_entry=bool(m.group(1)), start_line=number)
                computations[current.name] = current
    _normalise_parents(frames)
    return HloModuleText(name=name, computations=computations, frames=frames)


_IRLENS_DIR = os.path.dirname(os.path.dirname(os.path.realpath(__file__))) + os.sep


def _pick(chain: list[tuple[str, int]], prefer_file: str | None) -> SourceLoc | None:
    """The innermost frame in the user's file, else the innermost frame that is neither irlens's
    own nor Python's (irlens calls jit/trace on the user's behalf, from a `<frozen runpy>` start:
    those calls are nobody's source line)."""
    chain = [(f, line) for f, line in chain if not f.startswith("<") and not real_path(f).startswith(_IRLENS_DIR)]
    if not chain:
        return None
    if prefer_file:
        for file, line in chain:
            if same_source_file(file, prefer_file):
                return SourceLoc(file, line)
    file, line = chain[0]
    return SourceLoc(file, line)


def instruction_source(instr: HloInstruction, frames: StackFrames,
                       prefer_file: str | None = None) -> SourceLoc | None:
    """Where an instruction came from: its metadata's stack frame, or source_file/source_line."""
    md = instr.metadata
    if md.get("stack_frame_id", "").isdigit():
        chain = [(f, line) for f, _, line in frames.chain(int(md["stack_frame_id"])) if line > 0]
        found = _pick(chain, prefer_file)
        if found:
            return found
    if md.get("source_file") and md.get("source_line", "").isdigit():
        return SourceLoc(md["source_file"], int(md["source_line"]))
    return None


def hlo_line_map(module: HloModuleText, prefer_file: str | None = None) -> dict[int, SourceLoc]:
    """Line of the HLO text -> user source line, for every instruction whose metadata says."""
    out = {}
    for instr in module.instructions():
        loc = instruction_source(instr, module.frames, prefer_file)
        if loc:
            out[instr.line] = loc
    return out


# --- StableHLO (MLIR) locations: `loc(#locN)` on each op, `#locN = loc(...)` definitions ---

_LOC_DEF = re.compile(r"^(#loc\d*)\s*=\s*loc\((.*)\)\s*$")
_FILE_LOC = re.compile(r'^"((?:[^"\\]|\\.)*)":(\d+)(?::\d+)?')


def _trailing_loc(line: str) -> str | None:
    """The expression inside the last loc(...) of an op line."""
    at = line.rfind(" loc(")
    if at < 0:
        return None
    start = at + len(" loc(")
    end = _matching_close(line, start - 1)
    return line[start:end]


def _loc_frames(expr: str, defs: dict[str, str], memo: dict[str, list], depth: int = 0) -> list[tuple[str, int]]:
    """(file, line) frames a location names, innermost first."""
    expr = expr.strip()
    if depth > 64 or not expr or expr == "unknown":
        return []
    if expr.startswith("#loc"):
        if expr not in memo:
            memo[expr] = []  # guards against cycles
            memo[expr] = _loc_frames(defs.get(expr, ""), defs, memo, depth + 1)
        return memo[expr]
    if expr.startswith("callsite("):
        inner = expr[len("callsite("):_matching_close(expr, len("callsite"))]
        callee, _, caller = inner.partition(" at ")
        return _loc_frames(callee, defs, memo, depth + 1) + _loc_frames(caller, defs, memo, depth + 1)
    if expr.startswith("fused"):
        open_at = expr.find("[")
        items = _split_top_level(expr[open_at + 1:_matching_close(expr, open_at)]) if open_at >= 0 else []
        return [f for item in items for f in _loc_frames(item, defs, memo, depth + 1)]
    m = _FILE_LOC.match(expr)
    if m:
        return [(m.group(1), int(m.group(2)))]
    if expr.startswith('"'):  # a name location, maybe wrapping a child: "name"(child)
        name_end = _matching_quote(expr)
        child = expr[name_end + 1:].strip()
        if child.startswith("("):
            return _loc_frames(child[1:_matching_close(child, 0)], defs, memo, depth + 1)
    return []


def _matching_quote(text: str) -> int:
    i = 1
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == '"':
            return i
        i += 1
    return len(text)


def mlir_line_map(debug_text: str, prefer_file: str | None = None) -> dict[int, SourceLoc]:
    """Line of MLIR text printed with locations -> user source line, for op lines whose loc names one."""
    defs, lines = {}, debug_text.splitlines()
    for line in lines:
        m = _LOC_DEF.match(line)
        if m:
            defs[m.group(1)] = m.group(2)
    memo: dict[str, list] = {}
    out = {}
    for number, line in enumerate(lines, start=1):
        if line.startswith("#loc"):
            continue
        expr = _trailing_loc(line)
        if expr:
            loc = _pick(_loc_frames(expr, defs, memo), prefer_file)
            if loc:
                out[number] = loc
    for closing, opening in op_openings(lines, out).items():  # stablehlo.while's first line
        out[opening] = out[closing]
    return out


def carry_line_map(debug_text: str, plain_text: str, debug_map: dict[int, SourceLoc]) -> dict[int, SourceLoc] | None:
    """Move a line map from MLIR printed with locations onto the same module printed without
    them (the readable form). None when the two do not line up op for op."""
    debug_lines = [(n, line) for n, line in enumerate(debug_text.splitlines(), start=1)
                   if not line.startswith("#loc")]
    while debug_lines and not debug_lines[-1][1].strip():
        debug_lines.pop()
    plain_lines = plain_text.rstrip("\n").splitlines()
    if len(debug_lines) != len(plain_lines):
        return None
    out = {}
    for plain_number, ((debug_number, debug_line), plain_line) in enumerate(zip(debug_lines, plain_lines), start=1):
        if not debug_line.startswith(plain_line[:24]):
            return None
        if debug_number in debug_map:
            out[plain_number] = debug_map[debug_number]
    return out


# Bytes per element of XLA's primitive types (xla_data.proto); an unknown type counts nothing.
_ELEMENT_BYTES = {"pred": 1, "s2": 1, "u2": 1, "s4": 1, "u4": 1, "s8": 1, "u8": 1, "f16": 2, "bf16": 2,
                  "s16": 2, "u16": 2, "f32": 4, "s32": 4, "u32": 4, "f64": 8, "s64": 8, "u64": 8,
                  "c64": 8, "c128": 16}
_ARRAY = re.compile(r"\b([a-z]+\d*(?:e\dm\d\w*)?)\[([\d,\s]*)\]")


def shape_bytes(shape: str) -> int:
    """Bytes of an HLO shape (`f32[64,256]{1,0}`, or a tuple of them); f8 types count one byte."""
    total = 0
    for dtype, dims in _ARRAY.findall(shape):
        size = _ELEMENT_BYTES.get(dtype, 1 if dtype.startswith("f8") else 0)
        count = 1
        for d in dims.split(","):
            if d.strip():
                count *= int(d)
        total += size * count
    return total


# Instructions that name or regroup values already in memory: no kernel runs for them.
NO_KERNEL_OPCODES = ("parameter", "constant", "tuple", "get-tuple-element", "bitcast")


def instruction_bytes(module: HloModuleText) -> dict[str, int]:
    """For each instruction that runs as a kernel or launches kernels, in the entry computation and
    the computations its loops, branches and calls run: the bytes it reads (its operands' shapes)
    and writes (its own shape), each once, what a fused kernel moves at least; for a while loop,
    its body's and condition's kernels as many times as XLA knows it runs (none where it does not)."""
    costs = _Costs(module)
    return {name: moved for name, (moved, _) in costs.per_instruction().items() if moved is not None}


def kernel_symbol(name: str) -> str:
    """The name XLA gives an instruction's kernel in its LLVM IR and PTX, which irlens's kernel
    stages are named by: `gemm_fusion_dot.1` runs as `gemm_fusion_dot_1`."""
    return re.sub(r"[^A-Za-z0-9_]", "_", name)


def runs_no_kernel(module: HloModuleText) -> bool:
    """Whether the entry computation only passes values along (parameters, constants, tuples):
    a program that returns nothing, or its inputs unchanged, launches no kernel."""
    return module.entry is not None and all(i.opcode in NO_KERNEL_OPCODES for i in module.entry.instructions)


def dot_flops(module: HloModuleText) -> dict[str, int]:
    """For each instruction of instruction_bytes' that runs dots, its own or in the computations it
    calls (a fusion's body, a loop's): 2 x result elements x contracted size, summed. A loop whose
    trip count XLA does not know gives an instruction with a dot inside it no count."""
    costs = _Costs(module)
    return {name: flops for name, (_, flops) in costs.per_instruction().items() if flops}


def program_totals(module: HloModuleText) -> tuple[int | None, int | None]:
    """(bytes, FLOPs) of one run of the compiled program: its kernels' figures added up, a loop's
    body and condition times the steps XLA knows it takes. XLA's own cost_analysis counts a loop's
    body once. None for a figure a loop of unknown length, or a conditional, leaves unknown."""
    costs = _Costs(module)
    return costs.computation(module.entry.name) if module.entry else (None, None)


def has_control_flow(module: HloModuleText) -> bool:
    """Whether the program runs a loop, a conditional or a call: XLA's cost_analysis then counts
    each computation they run once, whatever the number of times it runs."""
    return any(i.opcode in _CONTROL_FLOW for c in module.computations.values() for i in c.instructions)


def trip_count(instr: HloInstruction) -> int | None:
    """How many times a while loop runs its body, where XLA knows (backend_config
    known_trip_count: a lax.scan or fori_loop of fixed length); None otherwise."""
    try:
        return int(json.loads(instr.attributes.get("backend_config", ""))["known_trip_count"]["n"])
    except (ValueError, KeyError, TypeError):
        return None


_CONTROL_FLOW = ("while", "conditional", "call")


class _Costs:
    """Bytes and FLOPs by instruction and by computation, worked out once each."""

    def __init__(self, module: HloModuleText):
        self.module = module
        self.memo: dict[str, tuple[int | None, int | None]] = {}

    def per_instruction(self) -> dict[str, tuple[int | None, int | None]]:
        """Each instruction of the computations that run kernels on their own (the entry, and what
        its control flow runs, recursively): not the fused computations inside a kernel."""
        found: dict[str, tuple[int | None, int | None]] = {}
        pending, seen = [self.module.entry.name] if self.module.entry else [], set()
        while pending:
            name = pending.pop()
            comp = self.module.computations.get(name)
            if comp is None or name in seen:
                continue
            seen.add(name)
            shapes = {i.name: i.shape for i in comp.instructions}
            for instr in comp.instructions:
                if instr.opcode in NO_KERNEL_OPCODES:
                    continue
                found[instr.name] = self.instruction(instr, shapes, frozenset({name}))
                if instr.opcode in _CONTROL_FLOW:
                    pending += [c for key in _RUNS for c in instr.called(key)]
        return found

    def computation(self, name: str, seen: frozenset = frozenset()) -> tuple[int | None, int | None]:
        if name in self.memo:
            return self.memo[name]
        comp = self.module.computations.get(name)
        if comp is None or name in seen:
            return 0, 0
        shapes = {i.name: i.shape for i in comp.instructions}
        moved, flops = 0, 0
        for instr in comp.instructions:
            if instr.opcode in NO_KERNEL_OPCODES:
                continue
            b, f = self.instruction(instr, shapes, seen | {name})
            moved = None if moved is None or b is None else moved + b
            flops = None if flops is None or f is None else flops + f
        self.memo[name] = (moved, flops)
        return moved, flops

    def instruction(self, instr: HloInstruction, shapes: dict[str, str],
                    seen: frozenset) -> tuple[int | None, int | None]:
        if instr.opcode == "while":
            trips = trip_count(instr)
            body = [self.computation(c, seen) for c in instr.called("body")]
            condition = [self.computation(c, seen) for c in instr.called("condition")]
            if trips is None:
                # unknown length: nothing known of the loop, unless its computations have no dot
                no_dots = all(f == 0 for _, f in body + condition)
                return None, (0 if no_dots else None)
            # the condition runs once more than the body: the check that ends the loop
            return (_add(_scaled(trips, [b for b, _ in body]), _scaled(trips + 1, [b for b, _ in condition])),
                    _add(_scaled(trips, [f for _, f in body]), _scaled(trips + 1, [f for _, f in condition])))
        if instr.opcode == "conditional":
            branches = [self.computation(c, seen) for key in _RUNS for c in instr.called(key)]
            no_dots = all(f == 0 for _, f in branches)
            return None, (0 if no_dots else None)  # which branch runs is known only at run time
        if instr.opcode == "call":
            return self.computation((instr.called("to_apply") or [""])[0], seen)
        moved = self.bytes_moved(instr, shapes)
        own = _dot_flops(instr, shapes, _contracting(instr)) if instr.opcode == "dot" or _is_gemm_call(instr) else 0
        fused = [self.computation(c, seen)[1] for c in instr.called("calls")]
        flops = None if own is None or None in fused else own + sum(fused)
        return moved, flops


    def bytes_moved(self, instr: HloInstruction, shapes: dict[str, str]) -> int:
        """Its operands read and its result written, each once; but a dynamic-update-slice (alone, or
        the root of a fusion) writes its update into its buffer in place: the buffer is neither read
        nor written whole, only the update's size (a scan storing one step of its stacked output)."""
        operands = [shape_bytes(shapes[o]) for o in instr.operands if o in shapes]
        for index, sliced in self.fused_slices(instr).items():
            if index < len(operands):
                operands[index] = min(operands[index], sliced)
        if instr.opcode == "dynamic-update-slice" and len(instr.operands) > 1 and instr.operands[1] in shapes:
            in_place = 0, shape_bytes(shapes[instr.operands[1]])
        else:
            in_place = self.fused_update_in_place(instr)
        if in_place is None or len(operands) != len(instr.operands):
            return shape_bytes(instr.shape) + sum(operands)
        buffer, update = in_place
        return sum(size for i, size in enumerate(operands) if i != buffer) + update

    def fused_slices(self, instr: HloInstruction) -> dict[int, int]:
        """Operand index -> bytes read, for each parameter of a fusion that only dynamic-slices
        read (a scan's step taking its slice of the stacked input): the slices, not the whole."""
        if instr.opcode != "fusion":
            return {}
        fused = self.module.computations.get((instr.called("calls") or [""])[0])
        if fused is None:
            return {}
        found = {}
        for param in (i for i in fused.instructions if i.opcode == "parameter" and i.operands[0].isdigit()):
            users = [i for i in fused.instructions if param.name in i.operands]
            if users and all(u.opcode == "dynamic-slice" and u.operands[0] == param.name for u in users):
                found[int(param.operands[0])] = sum(shape_bytes(u.shape) for u in users)
        return found

    def fused_update_in_place(self, instr: HloInstruction) -> tuple[int, int] | None:
        """(which operand is the buffer, the update's bytes) of a fusion whose root is a
        dynamic-update-slice of one of its parameters."""
        if instr.opcode != "fusion":
            return None
        fused = self.module.computations.get((instr.called("calls") or [""])[0])
        root = fused.root if fused else None
        if root is None or root.opcode != "dynamic-update-slice" or len(root.operands) < 2:
            return None
        inner = {i.name: i for i in fused.instructions}
        buffer = inner.get(root.operands[0])
        update = inner.get(root.operands[1])
        if buffer is None or update is None or buffer.opcode != "parameter" or not buffer.operands[0].isdigit():
            return None
        return int(buffer.operands[0]), shape_bytes(update.shape)


# The computations a control-flow op runs, by the attribute that names them.
_RUNS = ("body", "condition", "branch_computations", "true_computation", "false_computation", "to_apply")


def _scaled(times: int, figures: list[int | None]) -> int | None:
    return None if None in figures else times * sum(figures)


def _add(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a + b


# A GEMM that XLA hands to a library (cuBLAS, cuBLASLt) is a custom-call whose backend config keeps
# the dot's dimension numbers.
_GEMM_CONTRACTING = re.compile(r'"gemm_backend_config".*?"lhs_contracting_dimensions"\s*:\s*\[([^\]]*)\]', re.S)


def _is_gemm_call(instr: HloInstruction) -> bool:
    return instr.opcode == "custom-call" and "gemm_backend_config" in instr.attributes.get("backend_config", "")


def _contracting(instr: HloInstruction) -> list[int] | None:
    if instr.opcode == "dot":
        text = instr.attributes.get("lhs_contracting_dims", "").strip("{}")
    else:
        found = _GEMM_CONTRACTING.search(instr.attributes.get("backend_config", ""))
        if not found:
            return None
        text = found.group(1).replace('"', "")
    return [int(d) for d in text.split(",") if d.strip()]


def _dot_flops(dot: HloInstruction, shapes: dict[str, str], contracting: list[int] | None) -> int | None:
    result = _array_dims(dot.shape)  # a library call's result is (output, workspace): the first
    lhs = _array_dims(shapes.get(dot.operands[0], "")) if dot.operands else None
    if result is None or lhs is None or contracting is None or any(d >= len(lhs) for d in contracting):
        return None  # a dot whose size cannot be read makes its instruction's count unknown, not smaller
    return 2 * math.prod(result) * math.prod(lhs[d] for d in contracting)


def _array_dims(shape: str) -> list[int] | None:
    found = _ARRAY.search(shape)
    return [int(d) for d in found.group(2).split(",") if d.strip()] if found else None
