"""Parsers for compiler output text: where each line of an IR came from, and pass-by-pass dumps.

Each location parser returns SourceLines: the source line each IR line came from (line_map) and,
for code inlined from another function, the line of the outermost call (call_sites).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from irlens.record import SourceLoc


@dataclass
class SourceLines:
    """line_map: IR line -> the location the IR itself gives (for inlined library code such as
    tl.cdiv, that is the library's file). call_sites: IR line -> the outermost call that
    inlined it, for the lines whose code was inlined; absent otherwise."""

    line_map: dict[int, SourceLoc] = field(default_factory=dict)
    call_sites: dict[int, SourceLoc] = field(default_factory=dict)

    def call_sites_as_rows(self) -> list[list]:
        """JSON-friendly form for record metadata: [[ir_line, file, line], ...]."""
        return [[n, loc.file, loc.line] for n, loc in sorted(self.call_sites.items())]
