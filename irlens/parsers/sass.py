"""What the machine code says: SASS line info from `nvdisasm -g -gi`, and the per-kernel
register, stack and spill figures reported by `cuobjdump -res-usage` and `ptxas -v`."""
from __future__ import annotations

import re

from irlens.parsers import SourceLines
from irlens.record import SourceLoc

#	//## File "/path/k.py", line 43 inlined at "/path/k.py", line 10
_LINE_INFO = re.compile(r'^\s*//## File "([^"]*)", line (\d+)(.*)$')
_INLINED_AT = re.compile(r'inlined at "([^"]*)", line (\d+)')
_INSTRUCTION = re.compile(r"^\s*/\*[0-9a-f]{4,}\*/\s+\S")


def sass_source_lines(text: str) -> SourceLines:
    """Map each SASS instruction to the `//## File ..., line N` comment above it."""
    out = SourceLines()
    current: tuple[SourceLoc | None, SourceLoc | None] = (None, None)
    for number, line in enumerate(text.splitlines(), start=1):
        m = _LINE_INFO.match(line)
        if m:
            loc = SourceLoc(m.group(1), int(m.group(2))) if int(m.group(2)) > 0 else None
            calls = _INLINED_AT.findall(m.group(3))
            caller = SourceLoc(calls[-1][0], int(calls[-1][1])) if calls else None
            current = (loc, caller)
        elif line.lstrip().startswith(".section") or line.startswith("//----"):
            current = (None, None)
        elif current[0] is not None and _INSTRUCTION.match(line):
            out.line_map[number] = current[0]
            if current[1] is not None:
                out.call_sites[number] = current[1]
    return out


def count_sass_instructions(text: str) -> int:
    return sum(1 for line in text.splitlines() if _INSTRUCTION.match(line))


# Function add_kernel:
#  REG:30 STACK:0 SHARED:0 LOCAL:0 CONSTANT[0]:576 TEXTURE:0 SURFACE:0 SAMPLER:0
_RES_FUNCTION = re.compile(r"^\s*Function\s+(\S+?):?\s*$")
_RES_FIELD = re.compile(r"(\w+(?:\[\d+\])?):(\d+)")


def parse_resource_usage(text: str) -> dict[str, dict[str, int]]:
    """`cuobjdump -res-usage` output -> {kernel: {"registers", "stack", "shared", "local", ...}}."""
    out: dict[str, dict[str, int]] = {}
    function = None
    for line in text.splitlines():
        m = _RES_FUNCTION.match(line)
        if m:
            function = m.group(1)
            continue
        if function and "REG:" in line:
            fields = {k.lower(): int(v) for k, v in _RES_FIELD.findall(line)}
            if "reg" in fields:
                fields["registers"] = fields.pop("reg")
            out[function] = fields
            function = None
    return out


_PTXAS_REGISTERS = re.compile(r"Used (\d+) registers")
_PTXAS_SPILLS = re.compile(r"(\d+) bytes stack frame, (\d+) bytes spill stores, (\d+) bytes spill loads")


def parse_ptxas_log(text: str) -> dict[str, int]:
    """`ptxas -v` output -> registers, stack_frame_bytes, spill_store_bytes, spill_load_bytes."""
    out: dict[str, int] = {}
    m = _PTXAS_REGISTERS.search(text)
    if m:
        out["registers"] = int(m.group(1))
    m = _PTXAS_SPILLS.search(text)
    if m:
        out["stack_frame_bytes"], out["spill_store_bytes"], out["spill_load_bytes"] = map(int, m.groups())
    return out
