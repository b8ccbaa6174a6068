"""torch.compile's structured trace (the TORCH_TRACE format tlparse reads) turned into stage records:
the public entry points, gathered from the modules that do each part.

The same events come from two places and give the same records: `collect_trace()` takes them
in-process from a handler on the `torch.__trace` logger, and `read_trace_file()` reads a
`dedicated_log_torch_trace_*.log` file that PyTorch wrote. Reading a file imports no torch.

Public API (used by torch_capture, torch_cuda and the CLI):
    with collect_trace() as trace:          # provenance on, caches that hide records off
        compiled(*inputs)
    records = records_from_trace(trace.events, target="cpu", source_file=path)
    capture = import_trace(trace_dir)
"""
from __future__ import annotations

from irlens.capturers.torch_import_trace import import_trace
from irlens.capturers.torch_trace_collector import TraceCollector, collect_trace
from irlens.capturers.torch_trace_events import TraceEvent, read_trace_file, trace_files
from irlens.capturers.torch_trace_records import records_from_trace

__all__ = ["TraceCollector", "TraceEvent", "collect_trace", "import_trace", "read_trace_file",
           "records_from_trace", "trace_files"]
