"""torch.compile's structured-trace events (the TORCH_TRACE format tlparse reads), and reading them
from the `dedicated_log_torch_trace_*.log` files PyTorch writes. Imports no torch."""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

TRACE_FILE_GLOB = "dedicated_log_torch_trace_*.log"
_CONTEXT_KEYS = ("rank", "compiled_autograd_id", "frame_id", "frame_compile_id", "attempt",
                 "has_payload", "stack", "subgraph_name")


@dataclass
class TraceEvent:
    """One structured-trace record: its kind ("dynamo_output_graph", or an artifact's name),
    the kind's own metadata, the compile context and the payload text."""

    kind: str
    info: object
    context: dict
    payload: str | None = None

    @classmethod
    def from_metadata(cls, metadata: dict, payload: str | None) -> "TraceEvent":
        kinds = [k for k in metadata if k not in _CONTEXT_KEYS]
        kind = kinds[0] if kinds else "unknown"
        info = metadata.get(kind)
        if kind == "artifact" and isinstance(info, dict) and info.get("name"):
            kind = info["name"]
        return cls(kind=kind, info=info, context={k: metadata[k] for k in metadata if k in _CONTEXT_KEYS},
                   payload=payload)

    @property
    def compile_id(self) -> str | None:
        """Dynamo's compile id as torch prints it ("0/0", "!1/0/0" with compiled autograd)."""
        frame, attempt = self.context.get("frame_id"), self.context.get("frame_compile_id")
        if frame is None or attempt is None:
            return None
        ca = self.context.get("compiled_autograd_id")
        return (f"!{ca}/" if ca is not None else "") + f"{frame}/{attempt}"

    @property
    def payload_cut_short(self) -> bool:
        """Whether the payload differs from the md5 torch wrote beside it (`has_payload`): a run
        stopped while writing its last record leaves it cut short."""
        digest = self.context.get("has_payload")
        if not isinstance(digest, str) or len(digest) != 32:
            return False
        return hashlib.md5((self.payload or "").encode("utf-8"), usedforsecurity=False).hexdigest() != digest

    def json_payload(self):
        try:
            return json.loads(self.payload) if self.payload else None
        except json.JSONDecodeError:
            return None


# ---------------------------------------------------------------- reading trace files


_LINE_PREFIX = re.compile(r"^[VIWEC]\d{4} [\d:.]+ +\d+ [^\]]*\] ")


def parse_trace_lines(lines) -> list[TraceEvent]:
    """Events from a trace log: a glog prefix and JSON metadata per event, then the payload
    as lines that start with a tab (torch/_logging/_internal.py TorchLogsFormatter)."""
    events: list[TraceEvent] = []
    metadata, payload = None, None

    def flush():
        if metadata is not None:
            events.append(TraceEvent.from_metadata(metadata, "\n".join(payload) if payload is not None else None))

    for raw in lines:
        line = raw.rstrip("\n")
        if line.startswith("\t") and metadata is not None:
            payload = (payload or []) + [line[1:]]
            continue
        m = _LINE_PREFIX.match(line)
        start = m.end() if m else line.find("] {") + 2
        if start < 2:
            continue  # not a trace line (a stray print); skip it
        try:
            parsed = json.loads(line[start:])
        except json.JSONDecodeError:
            continue
        flush()
        metadata, payload = parsed, None
    flush()
    return events


def read_trace_file(path: str | Path) -> list[TraceEvent]:
    with open(path, encoding="utf-8", errors="replace") as f:
        return parse_trace_lines(f)


def trace_files(trace_dir: str | Path) -> list[Path]:
    """The trace logs in a TORCH_TRACE directory (one per process), or the one file given."""
    root = Path(trace_dir)
    if root.is_file():
        return [root]
    return sorted(root.glob(TRACE_FILE_GLOB)) or sorted(root.glob("*.log"))
