"""Where a capturer puts its records: straight to disk, one at a time, so that a crash later in
the capture keeps every stage produced before it. The parent reads the directory back."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from irlens.bundle import read_record, write_record_file
from irlens.record import Capture, StageRecord

RECORDS = "records.jsonl"
ERRORS = "errors.jsonl"
ENVIRONMENT = "environment.json"
TIMINGS = "timings.json"
DONE = "done"


class RecordSink:
    def __init__(self, directory: str | Path, echo: bool = False):
        self.root = Path(directory)
        self.root.mkdir(parents=True, exist_ok=True)
        self._taken: set[str] = set()
        self._environment: dict = {}
        self.records: list[StageRecord] = []
        self.echo = echo

    def emit(self, record: StageRecord) -> None:
        entry = write_record_file(record, self.root, self._taken)
        with open(self.root / RECORDS, "a", encoding="utf-8") as f:
            f.write(json.dumps(entry) + "\n")
        self.records.append(record)
        if self.echo:
            status = "failed: " + record.error if record.error else f"{record.size} bytes"
            print(f"irlens: {record.framework} {record.stage} {record.unit}: {status}", file=sys.stderr)

    def progress(self, message: str) -> None:
        """A step that takes a while and emits nothing until it ends (a torch.compile, a bench):
        said under -v, so a long capture is not silent."""
        if self.echo:
            print(f"irlens: {message}", file=sys.stderr, flush=True)

    def error(self, message: str) -> None:
        with open(self.root / ERRORS, "a", encoding="utf-8") as f:
            f.write(json.dumps(message) + "\n")

    def set_environment(self, **values) -> None:
        self._environment.update(values)
        (self.root / ENVIRONMENT).write_text(json.dumps(self._environment), encoding="utf-8")

    def add_timings(self, timings: list[dict]) -> None:
        path = self.root / TIMINGS
        existing = json.loads(path.read_text()) if path.exists() else []
        path.write_text(json.dumps(existing + list(timings)), encoding="utf-8")

    def finish(self) -> None:
        (self.root / DONE).write_text("")


def read_sink(directory: str | Path, framework: str, source_path: str) -> Capture:
    """Everything a capture process wrote, whether or not it finished."""
    root = Path(directory)

    def lines(name):
        path = root / name
        if not path.exists():
            return []
        out = []
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                pass  # a line cut short by a crash
        return out

    records = []
    for entry in lines(RECORDS):
        try:
            records.append(read_record(entry, root))
        except OSError:
            pass
    env_path, timings_path = root / ENVIRONMENT, root / TIMINGS
    return Capture(
        framework=framework, source_path=source_path, records=records,
        environment=json.loads(env_path.read_text()) if env_path.exists() else {},
        errors=lines(ERRORS),
        timings=json.loads(timings_path.read_text()) if timings_path.exists() else [],
    )


def finished(directory: str | Path) -> bool:
    return (Path(directory) / DONE).exists()
