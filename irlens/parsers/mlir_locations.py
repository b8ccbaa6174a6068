"""Source lines of MLIR text (Triton's TTIR and TTGIR) from its own `loc(...)` attributes.

Triton prints each op with a trailing `loc(#locN)` and the table of aliases at the end (or, in
pass dumps, at the top): `#loc3 = loc("k.py":12:5)`, `#loc9 = loc("x"(#loc3))` (a name),
`#loc20 = loc(callsite(#loc7 at #loc12))` (inlined code), `loc(fused[...])`, `loc(unknown)`.
"""
from __future__ import annotations

import re

from irlens.parsers import SourceLines
from irlens.record import SourceLoc

_ALIAS_DEF = re.compile(r"^\s*(#loc[\w.$-]*)\s*=\s*loc\((.*)\)\s*$")
_REF = re.compile(r"#loc[\w.$-]*")
_NUMBER = re.compile(r"\d+")

Resolved = tuple  # (SourceLoc | None, outermost caller SourceLoc | None)
_NOWHERE: Resolved = (None, None)


class _LocParser:
    """Recursive descent over one location body, as MLIR prints it inside `loc(...)`."""

    def __init__(self, text: str, pos: int, resolve_alias):
        self.text, self.pos, self.resolve_alias = text, pos, resolve_alias

    def _peek(self, s: str) -> bool:
        return self.text.startswith(s, self.pos)

    def _skip_spaces(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] == " ":
            self.pos += 1

    def _expect(self, s: str) -> None:
        if not self._peek(s):
            raise ValueError(f"expected {s!r} at {self.pos}")
        self.pos += len(s)

    def _string(self) -> str:
        self._expect('"')
        out = []
        while self.pos < len(self.text) and self.text[self.pos] != '"':
            if self.text[self.pos] == "\\" and self.pos + 1 < len(self.text):
                self.pos += 1
            out.append(self.text[self.pos])
            self.pos += 1
        self._expect('"')
        return "".join(out)

    def _number(self) -> int:
        m = _NUMBER.match(self.text, self.pos)
        if not m:
            raise ValueError(f"expected a number at {self.pos}")
        self.pos = m.end()
        return int(m.group())

    def location(self) -> Resolved:
        self._skip_spaces()
        if self._peek("#loc"):
            m = _REF.match(self.text, self.pos)
            self.pos = m.end()
            return self.resolve_alias(m.group())
        if self._peek("unknown"):
            self.pos += len("unknown")
            return _NOWHERE
        if self._peek("callsite("):
            self.pos += len("callsite(")
            callee = self.location()
            self._skip_spaces()
            self._expect("at")
            caller = self.location()
            self._skip_spaces()
            self._expect(")")
            return callee[0], caller[1] or caller[0]
        if self._peek("fused"):
            return self._fused()
        if self._peek('"'):
            return self._file_or_name()
        raise ValueError(f"unknown location syntax at {self.pos}")

    def _fused(self) -> Resolved:
        self.pos += len("fused")
        if self._peek("<"):  # fused<metadata>[...]: skip the metadata
            depth = 0
            while self.pos < len(self.text):
                depth += {"<": 1, ">": -1}.get(self.text[self.pos], 0)
                self.pos += 1
                if depth == 0:
                    break
        self._expect("[")
        found: Resolved = _NOWHERE
        while True:
            part = self.location()
            if found[0] is None:
                found = part
            self._skip_spaces()
            if self._peek(","):
                self.pos += 1
                continue
            self._expect("]")
            return found

    def _file_or_name(self) -> Resolved:
        name = self._string()
        if self._peek(":"):  # "file":line:col, possibly a range "file":l:c to l2:c2
            self.pos += 1
            line = self._number()
            self._expect(":")
            self._number()
            if self._peek(" to "):
                self.pos += len(" to ")
                if self._peek(":"):
                    self.pos += 1
                self._number()
                if self._peek(":"):
                    self.pos += 1
                    self._number()
            return (SourceLoc(name, line) if line > 0 else None), None
        if self._peek("("):  # "name"(child)
            self.pos += 1
            child = self.location()
            self._skip_spaces()
            self._expect(")")
            return child
        return _NOWHERE


class LocationTable:
    """The `#locN` aliases of one MLIR text, resolved lazily."""

    def __init__(self, text: str):
        self._bodies: dict[str, str] = {}
        self._resolved: dict[str, Resolved] = {}
        for line in text.splitlines():
            m = _ALIAS_DEF.match(line)
            if m:
                self._bodies[m.group(1)] = m.group(2)

    def resolve(self, alias: str) -> Resolved:
        if alias in self._resolved:
            return self._resolved[alias]
        self._resolved[alias] = _NOWHERE  # guards against a cycle
        body = self._bodies.get(alias)
        result = _NOWHERE
        if body is not None:
            try:
                result = _LocParser(body, 0, self.resolve).location()
            except ValueError:
                result = _NOWHERE
        self._resolved[alias] = result
        return result

    def resolve_trailing(self, line: str) -> Resolved | None:
        """The location of the op on this line: its `loc(...)` that ends the line."""
        end = len(line.rstrip())
        start = line.rfind("loc(", 0, end)
        while start >= 0:
            if start == 0 or not (line[start - 1].isalnum() or line[start - 1] in "_#"):
                parser = _LocParser(line, start + len("loc("), self.resolve)
                try:
                    resolved = parser.location()
                    parser._skip_spaces()
                    parser._expect(")")
                    if parser.pos == end:
                        return resolved
                except ValueError:
                    pass
            start = line.rfind("loc(", 0, start)
        return None


def mlir_source_lines(text: str) -> SourceLines:
    """Map each op line of an MLIR text to the source line its location names (and an op with
    regions from its first line too: op_openings)."""
    table = LocationTable(text)
    out = SourceLines()
    lines = text.splitlines()
    for number, line in enumerate(lines, start=1):
        if "loc(" not in line or _ALIAS_DEF.match(line):
            continue
        resolved = table.resolve_trailing(line)
        if resolved is None or resolved[0] is None:
            continue
        out.line_map[number] = resolved[0]
        if resolved[1] is not None:
            out.call_sites[number] = resolved[1]
    for closing, opening in op_openings(lines, out.line_map).items():
        out.line_map[opening] = out.line_map[closing]
        if closing in out.call_sites:
            out.call_sites[opening] = out.call_sites[closing]
    return out


def op_openings(lines: list[str], line_map: dict) -> dict[int, int]:
    """For each mapped line that closes an op with regions (tt.reduce's combiner, stablehlo.while's
    cond and do: `}) : ... loc(#loc14)`, `} loc(#loc5)`), the first line of that op when it has no
    location of its own (1-based both): MLIR writes such an op's location on its last line."""
    depth_before, depth = [], 0
    for line in lines:
        depth_before.append(depth)
        depth += _braces(line)
    found = {}
    for number in line_map:
        if 0 < number <= len(lines) and lines[number - 1].lstrip().startswith("}"):
            opener = _op_opening(lines, depth_before, number - 1)
            if opener is not None and opener + 1 not in line_map:
                found[number] = opener + 1
    return found


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_REGION_LABEL = re.compile(r"^\s*[\w.]*\s*\{\s*$")  # ` cond {`, ` do {`: a region, not an op


def _braces(line: str) -> int:
    bare = _STRING.sub("", line)
    return bare.count("{") - bare.count("}")


def _op_opening(lines: list[str], depth_before: list[int], closing: int) -> int | None:
    """The index of the first line of the op a closing line (`}) : ... loc(...)`) ends: back over
    the lines at the depth it returns to, past its regions' labels and earlier closings."""
    depth = depth_before[closing] + _braces(lines[closing])
    for index in range(closing - 1, -1, -1):
        if depth_before[index] < depth:
            return None  # left the enclosing region: no opening line found
        if depth_before[index] != depth:
            continue
        stripped = lines[index].lstrip()
        if stripped.startswith("}") or _REGION_LABEL.match(lines[index]):
            continue
        return index
    return None
