"""The core data model: one stage of one kernel or graph (StageRecord), and one input's capture (Capture).

Nothing here imports torch, jax or triton, so captures open anywhere.
"""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from typing import Iterable, Iterator


class CaptureError(Exception):
    """A failure to report to the user as one line: what failed and where. `cli_hint`: what to
    do about it with a command-line option, which only the command line adds (the app has
    other controls)."""

    def __init__(self, message: str, cli_hint: str | None = None):
        super().__init__(message)
        self.cli_hint = cli_hint


@dataclass(frozen=True)
class SourceLoc:
    """A place in a source file that a line of IR came from."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass
class StageRecord:
    """One stage (ptx, hlo_opt, inductor, ...) of one unit (a kernel or a graph).

    `target` is what the stage was generated for: "sm_90", "cpu", "host"; a view never
    shows a record of one target under another's name.
    A stage that could not be produced is a record too: no text, and `error` says why.
    `line_map` sends a 1-based line of this stage's text to the source line it came from;
    lines with no known origin are simply absent.
    """

    framework: str
    stage: str
    unit: str
    target: str = ""
    text: str | None = None
    data: bytes | None = None
    language: str = "text"
    metadata: dict = field(default_factory=dict)
    line_map: dict[int, SourceLoc] = field(default_factory=dict)
    compile_time_s: float | None = None
    error: str | None = None
    stderr: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def is_binary(self) -> bool:
        return self.data is not None

    @property
    def absent_by_design(self) -> bool:
        """A stage this capture could not have, by how the compiler works (no MLIR emitter pass log
        where XLA sent every fusion through Triton; no scheduler IR in a TORCH_TRACE): `error` says
        why, where the stage would be, and it is no failure (metadata["absent_by_design"])."""
        return self.error is not None and bool(self.metadata.get("absent_by_design"))

    @property
    def failed(self) -> bool:
        return self.error is not None and not self.absent_by_design

    @property
    def failure(self) -> str | None:
        """`triton sass of add_kernel: <why>`: the record's failure as one line, None when it is ok."""
        return f"{self.framework} {self.stage} of {self.unit}: {self.error}" if self.error else None

    @property
    def line_count(self) -> int:
        return self.text.count("\n") + (0 if self.text.endswith("\n") else 1) if self.text else 0

    @property
    def size(self) -> int:
        if self.data is not None:
            return len(self.data)
        return len(self.text.encode()) if self.text else 0

    @property
    def also_from(self) -> dict[int, tuple[SourceLoc, ...]]:
        """Lines that came from more source lines than line_map holds (the launch of a kernel that
        fused several of the user's lines): line -> the others, from metadata["also_from"]."""
        found: dict[int, tuple[SourceLoc, ...]] = {}
        for n, file, line in self.metadata.get("also_from") or []:
            found[int(n)] = found.get(int(n), ()) + (SourceLoc(str(file), int(line)),)
        return found

    def lines_from(self, loc: SourceLoc) -> list[int]:
        """Lines of this stage that came from one source line (the inverse of line_map)."""
        return sorted(n for n, src in self.line_map.items() if src == loc)

    def lines_from_line(self, line: int, file: str | None = None) -> list[int]:
        """Lines that came from `line` of any file whose name ends like `file` (or any file)."""
        return sorted(
            n
            for n, src in self.line_map.items()
            if src.line == line and (file is None or _same_file(src.file, file))
        )


def also_from_metadata(also_from: dict[int, list[SourceLoc]]) -> dict:
    """A record's metadata entry for StageRecord.also_from: [[line, file, source line], ...] rows
    (none for an empty map)."""
    rows = [[n, loc.file, loc.line] for n, locs in sorted(also_from.items()) for loc in locs]
    return {"also_from": rows} if rows else {}


def same_source_file(a: str, b: str) -> bool:
    """Two paths name one file on this machine (symlinks and relative parts resolved)."""
    return a == b or real_path(a) == real_path(b)


@functools.lru_cache(maxsize=512)
def real_path(path: str) -> str:
    return os.path.realpath(path)


def _same_file(a: str, b: str) -> bool:
    return a == b or a.endswith("/" + b.lstrip("/")) or b.endswith("/" + a.lstrip("/"))


@dataclass
class Capture:
    """All the stage records of one input, plus the environment they were captured in."""

    framework: str
    source_path: str
    records: list[StageRecord] = field(default_factory=list)
    environment: dict = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    timings: list[dict] = field(default_factory=list)

    def add(self, record: StageRecord) -> None:
        self.records.append(record)

    def extend(self, records: Iterable[StageRecord]) -> None:
        self.records.extend(records)

    def units(self, framework: str | None = None) -> list[str]:
        """Kernel and graph names in capture order."""
        seen: dict[str, None] = {}
        for r in self.records:
            if framework is None or r.framework == framework:
                seen.setdefault(r.unit, None)
        return list(seen)

    def stages(self) -> list[str]:
        seen: dict[str, None] = {}
        for r in self.records:
            seen.setdefault(r.stage, None)
        return list(seen)

    def select(self, stage: str | None = None, unit: str | None = None,
               framework: str | None = None) -> list[StageRecord]:
        return [
            r for r in self.records
            if (stage is None or r.stage == stage)
            and (unit is None or r.unit == unit)
            and (framework is None or r.framework == framework)
        ]

    def get(self, stage: str, unit: str) -> StageRecord | None:
        found = self.select(stage=stage, unit=unit)
        return found[0] if found else None

    def __iter__(self) -> Iterator[StageRecord]:
        return iter(self.records)

    @property
    def ok(self) -> bool:
        return not self.errors and all(r.ok for r in self.records)

    def failures(self) -> list[str]:
        """Every failure, top-level and per stage, one line each."""
        return list(self.errors) + [r.failure for r in self.records if r.failed]
