"""Shared torch.compile captures: each sample is captured once per test session, through the
real capture process (irlens.runner.run_capture), and many tests read the same capture."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from irlens.options import CaptureOptions
from irlens.runner import run_capture

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
DATA = Path(__file__).resolve().parent / "data"


def capture_torch(path: Path, **options):
    return run_capture(path, CaptureOptions(framework="torch", **options), timeout_s=300)


@pytest.fixture(scope="session")
def mlp_training():
    """samples/torch_mlp.py with the backward pass: every torch stage."""
    return capture_torch(SAMPLES / "torch_mlp.py", backward=True)


@pytest.fixture(scope="session")
def graph_break_capture():
    return capture_torch(SAMPLES / "torch_graph_break.py")


@pytest.fixture(scope="session")
def pytorch_trace_dir(tmp_path_factory):
    """A TORCH_TRACE directory written by a plain PyTorch process compiling the graph-break sample."""
    trace_dir = tmp_path_factory.mktemp("torch_trace")
    env = dict(os.environ, TORCH_TRACE=str(trace_dir), TORCHINDUCTOR_FX_GRAPH_CACHE="0",
               TORCHINDUCTOR_AUTOGRAD_CACHE="0")
    subprocess.run([sys.executable, str(DATA / "compile_under_trace.py"), str(SAMPLES / "torch_graph_break.py")],
                   env=env, check=True, capture_output=True, timeout=300)
    return trace_dir


@pytest.fixture(scope="session")
def unlowerable_capture():
    return capture_torch(DATA / "unlowerable_op.py")


@pytest.fixture(scope="session")
def capture_test_file():
    """Capture one of tests/torch/data/ by name."""
    return lambda name, **options: capture_torch(DATA / name, **options)
