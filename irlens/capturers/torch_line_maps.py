"""Line maps from torch.compile's graphs and output code back to the user's source lines, from
the locations torch itself recorded (FX's `# File:` comments, Inductor's kernel stack traces)."""
from __future__ import annotations

import re
from pathlib import Path

from irlens.capturers.torch_fusion import user_lines
from irlens.record import SourceLoc

_FX_SOURCE_COMMENT = re.compile(r"^\s*# File: (?P<file>.+?):(?P<line>\d+) in ")


def _matches(file: str, source_file: str | None) -> bool:
    if source_file is None:
        return True
    a, b = str(Path(file)), str(Path(source_file))
    return a == b or a.endswith("/" + Path(b).name) and Path(a).name == Path(b).name


def fx_line_map(text: str, source_file: str | None) -> dict[int, SourceLoc]:
    """Lines of a printed FX graph under a `# File: path:line in fn, code: ...` comment map
    to that line (the comment is FX's own record of each node's stack trace)."""
    line_map: dict[int, SourceLoc] = {}
    current: SourceLoc | None = None
    for n, line in enumerate(text.splitlines(), start=1):
        m = _FX_SOURCE_COMMENT.match(line)
        if m:
            current = SourceLoc(m["file"], int(m["line"])) if _matches(m["file"], source_file) else None
            if current:
                line_map[n] = current
        elif not line.strip() or line.lstrip().startswith(("return", "def ", "class ")):
            current = None
        elif current is not None:
            line_map[n] = current
    return line_map


_FX_NODE = re.compile(r'^\s+(?P<name>\w+)(?:: "[^"]*")? = ')


def fx_node_locations(text: str, source_file: str | None) -> dict[str, SourceLoc]:
    """Each node of a printed FX graph with the user line fx_line_map gives the line defining it."""
    line_map = fx_line_map(text, source_file)
    found: dict[str, SourceLoc] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        m = _FX_NODE.match(line)
        if m and n in line_map:
            found.setdefault(m["name"], line_map[n])
    return found


_HANDLE_COMMENT = re.compile(r"#\s*\[Provenance debug handles\]\s*(?P<names>.+)$")


CALL_SEARCH_LINES = 4  # how far below its handle comment a kernel's call is looked for


def output_code_line_map(output_code: str | None, stack_traces: dict | None,
                         source_file: str | None) -> tuple[dict[int, SourceLoc], dict[int, list[SourceLoc]]]:
    """The wrapper's call of each kernel (the first line after Inductor's `[Provenance debug
    handles]` comment that names the kernel: on CUDA a `get_raw_stream` line comes between)
    maps to the first user line in that kernel's recorded stack traces; and, for a kernel that
    fused several of the user's lines, the others (the record's `also_from`)."""
    if not output_code or not stack_traces:
        return {}, {}
    lines = output_code.splitlines()
    line_map: dict[int, SourceLoc] = {}
    also_from: dict[int, list[SourceLoc]] = {}
    for n, line in enumerate(lines, start=1):
        m = _HANDLE_COMMENT.search(line)
        if not m:
            continue
        handles = [h.strip() for h in m["names"].split(",") if h.strip()]
        code = [(i, text) for i, text in enumerate(lines[n:n + CALL_SEARCH_LINES], start=n + 1)
                if text.strip() and not text.lstrip().startswith("#")]
        if not code:
            continue
        names = [h.rsplit(":", 1)[0] for h in handles]
        call = next((i for i, text in code if any(name in text for name in names)), code[0][0])
        found = list(dict.fromkeys(loc for handle in handles
                                   for loc in user_lines(stack_traces.get(handle) or [], source_file)))
        if found:
            line_map[call] = found[0]
            if found[1:]:
                also_from[call] = found[1:]
    return line_map, also_from
