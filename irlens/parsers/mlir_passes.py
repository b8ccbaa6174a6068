"""The pass list of an MLIR pass-by-pass dump (MLIR_ENABLE_DUMP): where each snapshot starts and
ends, and whether the pass before it changed the IR it runs on."""
from __future__ import annotations

import re

# // -----// IR Dump Before CanonicalizerPass: canonicalize{...} ('tt.func' operation: @k) //----- //
_HEADER = re.compile(
    r"^// -----// IR Dump (Before|After) (.+?) \('([^']+)' operation(?:: (@\S+))?\)( Failed)? //----- //\s*$")
_OLDER_PASS_NAME = re.compile(r"^(\S+) \((.*)\)$")
# // -----// SoftwarePipeliner internal IR Dump After: LowerLoops   (a pass's own intermediate dumps)
_INTERNAL = re.compile(r"^// -----// (\S+) internal IR Dump (Before|After): (.+?)\s*$")


def parse_pass_dump(text: str) -> list[dict]:
    """One entry per snapshot, in order: index, name, options, when ("before", or "after" for the
    failure snapshot MLIR writes when a pass fails), scope (the op the pass ran on: "builtin.module"
    or "tt.func @kernel"), start_line and end_line (1-based, inclusive, header included), changed
    (this snapshot differs from the previous snapshot of the same scope) and changed_by (the passes
    that ran on that scope in between, when changed: _passes_between)."""
    lines = text.splitlines()
    entries: list[dict] = []
    for number, line in enumerate(lines, start=1):
        m = _HEADER.match(line)
        internal = None if m else _INTERNAL.match(line)
        if m:
            when, pass_text, op, symbol, failed = m.groups()
            # "CanonicalizerPass: canonicalize{...}" (newer MLIR) or "Canonicalizer (canonicalize)" (older)
            older = _OLDER_PASS_NAME.match(pass_text)
            name, _, options = (older.group(1), "", older.group(2)) if older else pass_text.partition(":")
        elif internal:
            owner, when, step = internal.groups()
            name, options, op, symbol, failed = f"{owner} ({step})", "", f"{owner} internal", None, None
        else:
            continue
        if entries:
            entries[-1]["end_line"] = number - 1
        entries.append({
            "index": len(entries), "name": name.strip(), "options": options.strip(),
            "when": "after (failed)" if failed else when.lower(),
            "scope": f"{op} {symbol}" if symbol else op,
            "start_line": number, "end_line": len(lines),
        })
    previous: dict[str, tuple[str, int]] = {}  # scope -> (snapshot body, its entry's index)
    for entry in entries:
        body = "\n".join(lines[entry["start_line"]:entry["end_line"]]).strip()
        before = previous.get(entry["scope"])
        entry["changed"] = before is not None and before[0] != body
        entry["changed_by"] = _passes_between(entries, before[1], entry["index"]) if entry["changed"] else None
        previous[entry["scope"]] = (body, entry["index"])
    return entries


MODULE_SCOPE = "builtin.module"
# A pass that runs passes of its own on the functions inside it says so in its options: the
# Inliner's `default-pipeline=canonicalize`; their snapshots are taken while it runs.
_NESTED_PIPELINE = re.compile(r"\b(?:default-|op-)?pipelines?=")
# The Inliner runs one whatever its options say (canonicalize by default), and older MLIR (Triton
# 3.6's) prints no options for it at all: "Inliner (inline)".
_INLINERS = ("InlinerPass", "Inliner")


def _runs_a_pipeline_of_its_own(entry: dict) -> bool:
    return entry["name"] in _INLINERS or bool(_NESTED_PIPELINE.search(entry["options"]))


def _passes_between(entries: list[dict], earlier: int, later: int) -> str:
    """The passes that ran on a scope between two of its snapshots, as a name or "A and B": the
    pass of the earlier snapshot, the module passes begun in between, and a module pass still
    running with a pipeline of its own (the Inliner canonicalizes each function before and after
    inlining into it, so a function's two Canonicalizer snapshots differ by the inlining too)."""
    found = [entries[earlier]["name"]]
    if entries[later]["scope"] != MODULE_SCOPE:
        found += [e["name"] for e in entries[earlier + 1:later] if e["scope"] == MODULE_SCOPE]
        enclosing = next((e for e in reversed(entries[:earlier]) if e["scope"] == MODULE_SCOPE), None)
        if enclosing is not None and not found[1:] and _runs_a_pipeline_of_its_own(enclosing):
            found.append(enclosing["name"])
    return " and ".join(dict.fromkeys(found))


# /path/k.py:12:5: error: ...   loc("k.py":3:4): warning: ...   LLVM ERROR: ...
_DIAGNOSTIC = re.compile(r"^(\S.*?: (error|warning|note|remark): |LLVM ERROR: |irlens: )")


def split_pass_dump(raw: str) -> tuple[str, str, list[int]]:
    """Separate MLIR's pass dumps from everything else written to the same stream (diagnostics,
    warnings): (dump text, other text, byte offset in `raw` of each dump line)."""
    dump, other, offsets = [], [], []
    offset, in_dump = 0, False
    for line in raw.splitlines(keepends=True):
        if _HEADER.match(line.rstrip("\n")) or _INTERNAL.match(line.rstrip("\n")):
            in_dump = True
        if in_dump and not _DIAGNOSTIC.match(line):
            dump.append(line)
            offsets.append(offset)
        else:
            other.append(line)
        offset += len(line.encode())
    return "".join(dump), "".join(other), offsets
