"""Source-line highlighting: which lines of each stage came from a chosen source line, read
from the records' line maps (only what the compilers' own location info says)."""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable

from irlens.record import Capture, SourceLoc, StageRecord


def same_file(a: str, b: str) -> bool:
    """Paths name the same file when they share a base name: a bundle opened on another machine
    keeps the absolute paths of the machine that captured it, and a line map may hold a bare name."""
    return os.path.basename(a.replace("\\", "/")) == os.path.basename(b.replace("\\", "/"))


@dataclass(frozen=True)
class Highlight:
    """Lines of one text that came from the chosen source line (hits) and lines that came
    from any known source line (mapped); every other line has no known origin."""

    hits: tuple[int, ...]
    mapped: frozenset[int]


def call_sites(record: StageRecord) -> dict[int, SourceLoc]:
    """Lines of code inlined from a helper (tl.sum, tl.cdiv, ...) whose line map points into the
    helper's library file, sent to the user's line that called it: metadata["call_sites"] holds
    [ir_line, file, line] rows from the compiler's own call-site locations."""
    rows = record.metadata.get("call_sites") or []
    return {int(n): SourceLoc(str(f), int(line)) for n, f, line in rows}


def _matches(loc: SourceLoc | None, selected: SourceLoc) -> bool:
    return loc is not None and loc.line == selected.line and same_file(loc.file, selected.file)


def highlight_for(line_map: dict[int, SourceLoc], selected: SourceLoc | None,
                  via_calls: dict[int, SourceLoc] | None = None,
                  also_from: dict[int, tuple[SourceLoc, ...]] | None = None) -> Highlight:
    """A line is a hit when it came from the selected line, was inlined from a call there, or is
    one of the lines that came from several (`also_from`: a fused kernel's launch)."""
    via_calls, also_from = via_calls or {}, also_from or {}
    hits = ()
    if selected is not None:
        hits = tuple(sorted(n for n in set(line_map) | set(via_calls) | set(also_from)
                            if _matches(line_map.get(n), selected) or _matches(via_calls.get(n), selected)
                            or any(_matches(loc, selected) for loc in also_from.get(n, ()))))
    return Highlight(hits=hits, mapped=frozenset(line_map) | frozenset(via_calls) | frozenset(also_from))


def is_irlens_file(path: str) -> bool:
    """A file of irlens itself (the capturer that called the user's code): a location there is
    no line of the user's, so it is not offered as a source line."""
    parts = path.replace("\\", "/").split("/")
    return len(parts) >= 2 and (parts[-2] == "irlens" or parts[-3:-1] == ["irlens", "capturers"])


def mapped_locations(records: Iterable[StageRecord], prefer_file: str | None = None) -> list[SourceLoc]:
    """Every source line that some record maps to (outside irlens's own files), the user's own
    file first, then by line."""
    found = {loc for r in records for loc in _origins(r) if not is_irlens_file(loc.file)}
    return sorted(found, key=lambda loc: (not (prefer_file and same_file(loc.file, prefer_file)),
                                          loc.file, loc.line))


def source_line_map(source_file: str, records: Iterable[StageRecord]) -> dict[int, SourceLoc]:
    """For the source pane itself: each of its lines that some stage maps to, mapped to itself,
    so lines that produced no code look different from lines that did."""
    return {loc.line: loc for r in records for loc in _origins(r) if same_file(loc.file, source_file)}


def _origins(record: StageRecord) -> list[SourceLoc]:
    """Every source line some line of the record came from."""
    return [*record.line_map.values(), *call_sites(record).values(),
            *(loc for locs in record.also_from.values() for loc in locs)]


@dataclass(frozen=True)
class SourceText:
    path: str
    text: str
    edited: bool = False  # differs from the file that was captured (its recorded digest)


def find_source(capture: Capture, search_dirs: Iterable[str | os.PathLike] = ()) -> SourceText | None:
    """The user's file for the source pane: where the capture says it is, else a file of the same
    name in `search_dirs` (a bundle opened on another machine), else None."""
    candidates = [Path(capture.source_path)] if capture.source_path else []
    name = Path(capture.source_path).name if capture.source_path else ""
    candidates += [Path(d) / name for d in search_dirs if name]
    captured = capture.environment.get("source_sha256")
    for path in candidates:
        try:
            if path.is_file():
                raw = path.read_bytes()
                edited = bool(captured) and hashlib.sha256(raw).hexdigest() != captured
                return SourceText(path=str(path), text=raw.decode("utf-8", errors="replace"), edited=edited)
        except OSError:
            continue
    return None


def code_at(records: Iterable[StageRecord], source: SourceText | None) -> dict[tuple[str, int], str]:
    """The code on each source line that can be read here: the user's file (unless it was edited
    since the capture), and the lines of any Python `source` record through its line map. Keys are
    (base name, line)."""
    code: dict[tuple[str, int], str] = {}
    for r in records:
        if r.stage == "source" and r.language == "python" and r.text:
            lines = r.text.splitlines()
            for n, loc in r.line_map.items():
                if 0 < n <= len(lines):
                    code.setdefault((os.path.basename(loc.file), loc.line), lines[n - 1])
    if source is not None and not source.edited:  # an edited file's lines are no longer the captured ones
        name = os.path.basename(source.path)
        for n, line in enumerate(source.text.splitlines(), start=1):
            code[(name, n)] = line
    return code


def first_line_number(record: StageRecord) -> int:
    """The file line the record's first line is, when the record is a piece cut from one file
    (each line maps to the file line `offset` further on: a kernel's `source`); else 1."""
    if not record.line_map or not record.text:
        return 1
    files = {loc.file for loc in record.line_map.values()}
    offsets = {loc.line - n for n, loc in record.line_map.items()}
    if len(files) == 1 and len(offsets) == 1 and len(record.line_map) == len(record.text.splitlines()):
        return offsets.pop() + 1
    return 1


def file_label(path: str) -> str:
    """A file as a reader knows it: its name, or for a generated file what made it (Inductor's
    kernel files have hash names, which tell a reader nothing)."""
    if "torchinductor" in path:
        return "Inductor's kernel file"
    name = os.path.basename(path)
    return name if len(name) <= 32 else name[:10] + "…" + os.path.splitext(name)[1]


def location_label(loc: SourceLoc, code: dict[tuple[str, int], str], width: int = 70) -> str:
    """'kernel.py:12  y = tl.load(x + offs)' (with the code when it is known)."""
    name = os.path.basename(loc.file)
    label = f"{file_label(loc.file)}:{loc.line}"
    text = code.get((name, loc.line), "").strip()
    if text:
        label += "  " + (text if len(text) <= width else text[: width - 1] + "…")
    return label


def unmatched_line_note(linked: str, locations: Iterable[SourceLoc]) -> str:
    """Why a linked source line highlights nothing here: the panes map their lines to other files
    (a Triton kernel of Inductor's maps to Inductor's kernel file, not the model), or not to it."""
    file = linked.rpartition(":")[0]
    locations = list(locations)
    files = {Path(loc.file).name for loc in locations}
    if not files:
        return f"The link's source line {linked} is not highlighted: these panes carry no source locations."
    if file not in files:
        labels = sorted({file_label(loc.file) for loc in locations})
        return (f"The link's source line {linked} is not highlighted: these panes map their lines to "
                f"{', '.join(labels)}, not to {file}.")
    return f"The link's source line {linked} is not highlighted: no line of these panes came from it."


# Lines that only carry location info: PTX's .loc/.file directives, nvdisasm's `//## File` comments
# and LLVM's debug metadata. The line map already holds what they say.
LOCATION_LINES = {"ptx": re.compile(r"^\s*\.(loc|file)\b"), "sass": re.compile(r"^\s*//## File "),
                  "llvm": re.compile(r"^!\d+ = ")}


def without_line_info(pane):
    """The pane without its PTX or SASS location lines, its line maps renumbered to the lines kept:
    the highlighting still follows the source line, without a file path on every other line."""
    drop = LOCATION_LINES.get(pane.language) if pane.language in ("ptx", "sass") else None
    if drop is None or not pane.text:
        return pane
    lines, kept, number = pane.lines, [], {}
    for old, line in enumerate(lines, start=1):
        if not drop.match(line):
            kept.append(line)
            number[old] = len(kept)
    if len(kept) == len(lines):
        return pane
    return replace(pane, text="\n".join(kept), numbers=tuple(pane.number(old) for old in number),
                   hidden=len(lines) - len(kept),
                   line_map={number[n]: loc for n, loc in pane.line_map.items() if n in number},
                   via_calls={number[n]: loc for n, loc in pane.via_calls.items() if n in number},
                   also_from={number[n]: locs for n, locs in pane.also_from.items() if n in number})

