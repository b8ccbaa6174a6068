"""Source lines of the NVPTX path's text from the debug line tables LLVM carries through it:
LLVM IR `!dbg` attachments (`!DILocation` -> scope -> `!DIFile`) and PTX `.file`/`.loc` directives.
"""
from __future__ import annotations

import posixpath
import re

from irlens.parsers import SourceLines
from irlens.record import SourceLoc

_PTX_FILE = re.compile(r'^\s*\.file\s+(\d+)\s+"([^"]*)"')
# .loc 1 12 5   or   .loc 2 43 13, function_name $L__info_string0, inlined_at 1 10 10
_PTX_LOC = re.compile(r"^\s*\.loc\s+(\d+)\s+(\d+)\s+(\d+)(.*)$")
_INLINED_AT = re.compile(r"inlined_at\s+(\d+)\s+(\d+)\s+(\d+)")


def _is_ptx_instruction(stripped: str) -> bool:
    return bool(stripped) and not stripped.startswith((".", "//", "{", "}", ")", "(")) \
        and not stripped.endswith(":") and not stripped.startswith("$")


class InlineChains:
    """PTX's `inlined_at` names only the immediate caller: code of a helper inlined into a library
    function that was itself inlined (tl.max -> reduce -> _elementwise_max) points at the library's
    line. That line's own `.loc` entries name its caller in turn; `outermost` follows them where the
    text is unambiguous (one caller for that file, line and column in the whole text) and never
    guesses between two. (nvdisasm prints the whole chain, one `//## File` line per level.)"""

    def __init__(self, pairs):
        callers: dict = {}
        for location, caller in pairs:  # (location, its immediate caller) as (file id, line, column)
            callers.setdefault(location, set()).add(caller)
        self._outer = {loc: next(iter(found)) for loc, found in callers.items() if len(found) == 1}

    def outermost(self, caller):
        seen = {caller}
        while caller in self._outer and self._outer[caller] not in seen:
            caller = self._outer[caller]
            seen.add(caller)
        return caller


def _inline_chains(lines: list[str]) -> InlineChains:
    pairs = []
    for line in lines:
        m = _PTX_LOC.match(line)
        calls = _INLINED_AT.findall(m.group(4)) if m else []
        if calls:
            pairs.append(((m.group(1), m.group(2), m.group(3)), calls[-1]))
    return InlineChains(pairs)


def ptx_source_lines(text: str) -> SourceLines:
    """Map each PTX instruction to the `.loc` in force above it (the innermost, inlined location;
    the `inlined_at` chain's outermost entry is its call site)."""
    lines = text.splitlines()
    files = {}
    for line in lines:
        m = _PTX_FILE.match(line)
        if m:
            files[m.group(1)] = m.group(2)
    chains = _inline_chains(lines)
    out = SourceLines()
    current: tuple[SourceLoc | None, SourceLoc | None] = (None, None)
    in_inline_asm = False
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped in ("// begin inline asm", "// end inline asm"):
            in_inline_asm = stripped == "// begin inline asm"
            continue
        m = _PTX_LOC.match(line)
        if m and in_inline_asm:
            # Inside an inline asm block LLVM numbers the asm's own lines on from the call's line
            # (line + k for the k-th asm line): they all belong to the .loc of the call itself.
            continue
        if m:
            loc = _ptx_loc(files, m.group(1), int(m.group(2)))
            calls = _INLINED_AT.findall(m.group(4))
            site = chains.outermost(calls[-1]) if calls else None
            caller = _ptx_loc(files, site[0], int(site[1])) if site else None
            current = (loc, caller)
        elif line.startswith("}"):  # end of a function: its line table ends too
            current = (None, None)
        elif current[0] is not None and _is_ptx_instruction(stripped):
            out.line_map[number] = current[0]
            if current[1] is not None:
                out.call_sites[number] = current[1]
    return out


def _ptx_loc(files: dict, file_id: str, line: int) -> SourceLoc | None:
    return SourceLoc(files[file_id], line) if line > 0 and file_id in files else None


_METADATA = re.compile(r"^!(\d+)\s*=\s*(?:distinct\s+)?!(\w+)\((.*)\)\s*$")
_FIELD = re.compile(r"(\w+):\s*(!\d+|\"(?:[^\"\\]|\\.)*\"|[^,]+)")
_DBG = re.compile(r"!dbg\s+!(\d+)")


def llvm_source_lines(text: str) -> SourceLines:
    """Map each LLVM IR instruction with a `!dbg !N` attachment to its DILocation's file and line."""
    nodes: dict[str, tuple[str, dict[str, str]]] = {}
    lines = text.splitlines()
    for line in lines:
        m = _METADATA.match(line)
        if m:
            nodes[m.group(1)] = (m.group(2), dict(_FIELD.findall(m.group(3))))

    def ref(value: str | None) -> str | None:
        return value[1:] if value and value.startswith("!") else None

    def file_of(node_id: str | None, depth: int = 0) -> str | None:
        if node_id is None or node_id not in nodes or depth > 50:
            return None
        kind, fields = nodes[node_id]
        if kind == "DIFile":
            name = fields.get("filename", '""').strip('"')
            directory = fields.get("directory", '""').strip('"')
            return posixpath.join(directory, name) if directory and not name.startswith("/") else name
        return file_of(ref(fields.get("file")), depth + 1) or file_of(ref(fields.get("scope")), depth + 1)

    def location(node_id: str | None) -> SourceLoc | None:
        if node_id is None or node_id not in nodes or nodes[node_id][0] != "DILocation":
            return None
        fields = nodes[node_id][1]
        line_no, path = int(fields.get("line", "0").strip()), file_of(ref(fields.get("scope")))
        return SourceLoc(path, line_no) if line_no > 0 and path else None

    def outermost_caller(node_id: str) -> SourceLoc | None:
        caller, seen = None, set()
        nxt = ref(nodes[node_id][1].get("inlinedAt"))
        while nxt and nxt in nodes and nxt not in seen:
            seen.add(nxt)
            caller = location(nxt) or caller
            nxt = ref(nodes[nxt][1].get("inlinedAt"))
        return caller

    out = SourceLines()
    for number, line in enumerate(lines, start=1):
        if line.startswith("!") or "!dbg" not in line:
            continue
        m = _DBG.search(line)
        node_id = m.group(1) if m else None
        loc = location(node_id)
        if loc is None:
            continue
        out.line_map[number] = loc
        caller = outermost_caller(node_id)
        if caller is not None:
            out.call_sites[number] = caller
    return out
