"""`irlens import-trace`: a Capture from a TORCH_TRACE directory written by any PyTorch run,
with the same stage records as a direct capture. Imports no torch."""
from __future__ import annotations

import json
from pathlib import Path

from irlens.capturers.torch_trace_events import TRACE_FILE_GLOB, TraceEvent, read_trace_file, trace_files
from irlens.capturers.torch_trace_records import FRAMEWORK, records_from_trace
from irlens.record import Capture, CaptureError, StageRecord


def import_trace(trace_dir: str | Path) -> Capture:
    """A Capture from a TORCH_TRACE directory (or one trace file) written by any PyTorch run."""
    root = Path(trace_dir)
    if not root.exists():
        raise CaptureError(f"{trace_dir}: no such trace directory")
    files = trace_files(root)
    if not files:
        raise CaptureError(f"{trace_dir}: no {TRACE_FILE_GLOB} files (run with TORCH_TRACE={trace_dir})")
    records: list[StageRecord] = []
    errors: list[str] = []
    source = ""
    environment: dict = {"torch_trace": str(root.resolve())}
    for path in files:
        events = read_trace_file(path)
        if not events and len(files) == 1:
            raise CaptureError(f"{path}: not a TORCH_TRACE log (no structured-trace records in it); give the "
                               "directory a run with TORCH_TRACE=DIR wrote")
        if events and events[-1].payload_cut_short:
            errors.append(f"{path.name}: the trace ends inside its last record ({events[-1].kind}), which is left "
                          "out: the run was stopped while writing it, and what it compiled after is missing")
            events = events[:-1]
        source = source or _user_file(events)
        file_records = records_from_trace(events, target=None, source_file=source or None)
        if len(files) > 1:
            for r in file_records:
                r.unit = f"{path.stem} {r.unit}"
        records.extend(file_records)
        version = _torch_version(events)
        if version:
            environment["traced_torch_version"] = version
    if not any(r.ok and r.stage != "graph_breaks" for r in records):
        raise CaptureError(f"{trace_dir}: the trace holds no compiled graph (was anything compiled?)")
    return Capture(framework=FRAMEWORK, source_path=source, records=records, environment=environment,
                   errors=errors)


def _user_file(events: list[TraceEvent]) -> str:
    for e in events:
        if e.kind == "compilation_metrics" and isinstance(e.info, dict) and e.info.get("co_filename"):
            return e.info["co_filename"]
    return ""


def _torch_version(events: list[TraceEvent]) -> str | None:
    for e in events:
        if e.kind == "torch_version":
            data = e.json_payload()
            if isinstance(data, dict):
                return data.get("version") or data.get("torch_version") or json.dumps(data)[:100]
        if e.kind == "compilation_metrics" and isinstance(e.info, dict) and e.info.get("pytorch_version"):
            return e.info["pytorch_version"]
    return None
