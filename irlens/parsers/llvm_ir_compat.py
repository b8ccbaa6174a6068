"""Rewrites that let an older LLVM (llvmlite's) read IR printed by a newer one (Triton's, XLA's):
float literals in newer spellings and memory(...) locations it does not know. Each rewrite
returns what it changed, so the change is shown as a rewrite, never passed off as the original."""
from __future__ import annotations

import re
import struct

# Memory locations llvmlite 0.50's LLVM (22) reads inside memory(...); newer LLVMs (XLA's) add more.
KNOWN_MEMORY_LOCATIONS = {"argmem", "inaccessiblemem", "errnomem"}
_MEMORY_ATTRIBUTE = re.compile(r"\bmemory\(([^()]*)\)")
_FLOAT_LITERAL = re.compile(
    r"(?<![\w.%@\"])(?:f0x[0-9A-Fa-f]+|[-+]?\d+\.\d+[eE][-+]?\d+|[-+]?(?:inf|qnan))(?![\w.(])")
# Infinities and the quiet NaN as newer LLVMs spell them (`float -inf`), by IEEE bit pattern.
_SPECIAL_FLOATS = {"inf": float("inf"), "+inf": float("inf"), "-inf": float("-inf")}
_QNAN_BITS = {"double": "7FF8000000000000", "half": "7E00", "bfloat": "7FC0"}
_TYPE_NAME = re.compile(r"\b(half|bfloat|float|double|fp128|x86_fp80)\b")



def _hex_of_value(type_name: str, value: float) -> str | None:
    """A float value in the hex form every LLVM reads: a float or double as the double's bits,
    a half as 0xH and its 16 bits."""
    if type_name in ("float", "double"):
        return "0x" + struct.pack(">d", value).hex().upper()
    if type_name == "half":
        return "0xH" + struct.pack(">e", value).hex().upper()
    return None


def _old_form(type_name: str, literal: str) -> str | None:
    """The older-LLVM spelling of one float literal, or None when it needs no change."""
    if literal in _SPECIAL_FLOATS:
        if type_name == "bfloat":
            return "0xR" + ("7F80" if literal != "-inf" else "FF80")
        return _hex_of_value(type_name, _SPECIAL_FLOATS[literal])
    if literal.lstrip("+-") == "qnan":
        sign = literal.startswith("-")
        if type_name in ("float", "double"):
            return "0x" + ("FFF8000000000000" if sign else _QNAN_BITS["double"])
        if type_name in ("half", "bfloat"):
            bits = int(_QNAN_BITS[type_name], 16) | (0x8000 if sign else 0)
            return ("0xH" if type_name == "half" else "0xR") + f"{bits:04X}"
        return None
    if literal.startswith("f0x"):  # exact bits at the type's own width
        digits = literal[3:]
        width = {"half": 4, "bfloat": 4, "float": 8, "double": 16}.get(type_name)
        if width != len(digits):
            return None
        if type_name == "bfloat":
            return "0xR" + digits.upper()
        if type_name == "half":
            return "0xH" + digits.upper()
        fmt = ">f" if type_name == "float" else ">d"
        return _hex_of_value(type_name, struct.unpack(fmt, bytes.fromhex(digits))[0])
    value = float(literal)
    if type_name == "float":
        rounded = struct.unpack(">f", struct.pack(">f", value))[0]
    elif type_name == "half":
        rounded = struct.unpack(">e", struct.pack(">e", value))[0]
    else:
        return None
    return None if rounded == value else _hex_of_value(type_name, rounded)


def _rewrite_float_literals(text: str) -> tuple[str, list[str]]:
    """Float literals newer LLVMs print and older ones reject: `f0xBF3504F3` (exact bits) and a
    decimal such as `float 2.326820e-02` that no float equals exactly (the newer LLVM rounds it).
    Both become the same value in hex form. A literal's type is the last type named before it
    on its line (`fmul float %x, 2.5e-01`, `splat (float ...)`)."""
    rewritten: list[str] = []

    def rewrite_line(line: str) -> str:
        def rewrite(match: re.Match) -> str:
            kinds = _TYPE_NAME.findall(line, 0, match.start())
            new = _old_form(kinds[-1], match.group(0)) if kinds else None
            if new is None:
                return match.group(0)
            rewritten.append(f"{kinds[-1]} {match.group(0)}")
            return new

        return _FLOAT_LITERAL.sub(rewrite, line)

    lines = text.split("\n")
    for n, line in enumerate(lines):
        if any(mark in line for mark in ("f0x", "e-", "e+", "inf", "qnan")) and not line.lstrip().startswith(";"):
            lines[n] = rewrite_line(line)
    return "\n".join(lines), rewritten


def _drop_unknown_memory_locations(text: str) -> tuple[str, list[str]]:
    """memory(readwrite, target_mem: none) -> memory(readwrite): the dropped location falls back
    to the default access, which is weaker, so the IR stays correct."""
    dropped: list[str] = []

    def rewrite(match: re.Match) -> str:
        kept = []
        for part in (p.strip() for p in match.group(1).split(",")):
            location = part.split(":")[0].strip() if ":" in part else None
            if location is None or location in KNOWN_MEMORY_LOCATIONS:
                kept.append(part)
            else:
                dropped.append(part)
        return f"memory({', '.join(kept)})" if kept else ""

    return _MEMORY_ATTRIBUTE.sub(rewrite, text), dropped


def _drop_memory_attributes(text: str) -> tuple[str, list[str]]:
    """Remove memory(...) attributes altogether: the function may then touch any memory."""
    found = _MEMORY_ATTRIBUTE.findall(text)
    return _MEMORY_ATTRIBUTE.sub("", text), [f"memory({f})" for f in found]


# Tried in order, only while llvmlite cannot parse the IR as written; lossless ones first.
REWRITES = (
    ("rewrote float literals older LLVMs reject into hex (same values)", _rewrite_float_literals),
    ("dropped memory locations this LLVM does not know", _drop_unknown_memory_locations),
    ("dropped memory(...) attributes", _drop_memory_attributes),
)
