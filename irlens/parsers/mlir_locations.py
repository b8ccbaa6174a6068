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
    """Map each op line of an MLIR text to the source line its location names."""
    table = LocationTable(text)
    out = SourceLines()
    for number, line in enumerate(text.splitlines(), start=1):
        if "loc(" not in line or _ALIAS_DEF.match(line):
            continue
        resolved = table.resolve_trailing(line)
        if resolved is None or resolved[0] is None:
            continue
        out.line_map[number] = resolved[0]
        if resolved[1] is not None:
            out.call_sites[number] = resolved[1]
    return out
