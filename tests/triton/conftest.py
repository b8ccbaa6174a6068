"""Shared Triton compiles for the tests: each (sample, target) is compiled once per session, through
the capturer's own example() path, in this process (no GPU needed)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("triton")
pytest.importorskip("torch")

os.environ.setdefault("TRITON_DEFAULT_FP_FUSION", "1")

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"


class CollectingSink:
    """Stands in for RecordSink: keeps the records in memory."""

    def __init__(self):
        self.records, self.environment, self.errors = [], {}, []

    def emit(self, record):
        self.records.append(record)

    def set_environment(self, **values):
        self.environment.update(values)

    def error(self, message):
        self.errors.append(message)

    def add_timings(self, timings):
        pass


class SampleCompiles:
    def __init__(self):
        self._done: dict[tuple[str, str], list] = {}

    def __call__(self, sample: str, target: str = "sm_90") -> list:
        key = (sample, target)
        if key not in self._done:
            from irlens.capturers.triton_capture import capture
            from irlens.options import CaptureOptions

            sink = CollectingSink()
            capture(SAMPLES / f"triton_{sample}.py", CaptureOptions(target=target), sink)
            self._done[key] = sink.records
        return self._done[key]


@pytest.fixture(scope="session")
def sample_records():
    """sample_records("softmax", "sm_80") -> the StageRecords of that sample's example() launches."""
    return SampleCompiles()


@pytest.fixture(scope="session")
def cli_env(tmp_path_factory):
    env = dict(os.environ)
    env["IRLENS_CACHE_DIR"] = str(tmp_path_factory.mktemp("irlens-cache"))
    env.setdefault("TRITON_DEFAULT_FP_FUSION", "1")
    return env


@pytest.fixture(scope="session")
def irlens_cli(cli_env):
    def run(*args, cwd=REPO):
        return subprocess.run([sys.executable, "-m", "irlens", *map(str, args)], capture_output=True, text=True,
                              env=cli_env, cwd=cwd, timeout=600)
    return run


@pytest.fixture(scope="session")
def vector_add_ptx_dump(irlens_cli):
    return irlens_cli("dump", SAMPLES / "triton_vector_add.py", "--stage", "ptx")
