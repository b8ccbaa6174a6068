"""Dynamo's graph-break reports (the `dynamo_graph_break_reason` trace artifact) as a readable
listing with the reason and the user's file and line of each break."""
from __future__ import annotations

import re
from pathlib import Path

from irlens.record import SourceLoc, StageRecord, same_source_file

_AT = re.compile(r"Graph break in user code at (?P<file>.+):(?P<line>\d+)\s*$", re.MULTILINE)
_REASON = re.compile(r"^Graph Break Reason: (?P<reason>.+)$", re.MULTILINE)
_EXPLANATION = re.compile(r"^\s*Explanation: (?P<text>.+)$", re.MULTILINE)
_FRAME = re.compile(r'File "(?P<file>[^"]+)", line (?P<line>\d+)')


def parse_graph_break(payload: str, source_file: str | None = None) -> dict:
    """{"reason", "file", "line", "explanation"} from one graph-break report. The location is
    the line Dynamo names, else the innermost frame of the user's file in the traceback."""
    text = payload.strip()
    at = _AT.search(text)
    if at:
        file, line = at["file"], int(at["line"])
    else:
        frames = [(m["file"], int(m["line"])) for m in _FRAME.finditer(text.split("Traceback (most recent")[0])]
        mine = [f for f in frames if source_file is not None and same_source_file(f[0], source_file)]
        file, line = (mine or frames or [(None, None)])[-1]
    reason_match = _REASON.search(text)
    reason = reason_match["reason"].strip() if reason_match else (text.splitlines() or ["unknown"])[0]
    explanation = _EXPLANATION.search(text)
    return {"reason": reason, "file": file, "line": line,
            "explanation": explanation["text"].strip() if explanation else None}


def graph_breaks_record(breaks: list[dict], *, target: str, framework: str = "torch") -> StageRecord:
    """One record listing every distinct graph break; says so when there are none."""
    unique: list[dict] = []
    for b in breaks:
        if not any((u["reason"], u["file"], u["line"]) == (b["reason"], b["file"], b["line"]) for u in unique):
            unique.append(b)
    if not unique:
        return StageRecord(framework, "graph_breaks", "all graphs", target,
                           text="no graph breaks: Dynamo traced each compiled frame as one graph\n",
                           metadata={"breaks": []})
    lines = [f"{len(unique)} graph break{'s' if len(unique) > 1 else ''}", ""]
    line_map: dict[int, SourceLoc] = {}
    for i, b in enumerate(unique, start=1):
        where = f"{Path(b['file']).name}:{b['line']}" if b["file"] else "unknown location"
        lines.append(f"#{i} {where}: {b['reason']}")
        if b["file"] and b["line"]:
            line_map[len(lines)] = SourceLoc(b["file"], b["line"])
        if b.get("explanation"):
            lines.append(f"    {b['explanation']}")
        lines.append("")
    return StageRecord(framework, "graph_breaks", "all graphs", target, text="\n".join(lines),
                       metadata={"breaks": unique}, line_map=line_map)
