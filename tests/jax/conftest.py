"""Shared JAX captures: each sample is captured once per test session, through the real capture
process (irlens.runner.run_capture), and many tests read the same capture."""
from __future__ import annotations

from pathlib import Path

import pytest

from irlens.options import CaptureOptions
from irlens.runner import run_capture

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
DATA = Path(__file__).resolve().parent / "data"


def _capture_jax(path: Path):
    return run_capture(path, CaptureOptions(framework="jax"), timeout_s=300)


def _source_line(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


@pytest.fixture(scope="session")
def capture_jax():
    """capture_jax(path) -> Capture, through the real capture process."""
    return _capture_jax


@pytest.fixture(scope="session")
def source_line():
    """source_line(path, needle) -> the 1-based line of `path` that first contains `needle`."""
    return _source_line


@pytest.fixture(scope="session")
def samples_dir():
    return SAMPLES


@pytest.fixture(scope="session")
def jax_data():
    return DATA


@pytest.fixture(scope="session")
def mlp_capture():
    return _capture_jax(SAMPLES / "jax_mlp.py")


@pytest.fixture(scope="session")
def softmax_capture():
    return _capture_jax(SAMPLES / "jax_softmax.py")


@pytest.fixture(scope="session")
def scan_capture():
    return _capture_jax(SAMPLES / "jax_scan.py")


@pytest.fixture(scope="session")
def script_capture():
    return _capture_jax(DATA / "script_with_jit.py")
