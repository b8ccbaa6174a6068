"""Inductor's CUDA output generated without a GPU: each sample is captured once per test session,
in a process of its own (the device shim stays out of the test process)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from irlens.options import CaptureOptions
from irlens.runner import run_capture
from irlens.sink import read_sink

DATA = Path(__file__).resolve().parent / "data"
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def capture_without_gpu(model_file: str, out_dir: Path, target: str | None = None):
    skip_on_a_gpu()
    command = [sys.executable, str(DATA / "capture_without_gpu.py"), str(DATA / model_file), str(out_dir)]
    env = dict(os.environ, TRITON_DEFAULT_FP_FUSION="1")
    done = subprocess.run(command + ([target] if target else []), capture_output=True, text=True,
                          timeout=300, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    return read_sink(out_dir, "torch", str(DATA / model_file))


def skip_on_a_gpu():
    import torch

    if torch.cuda.is_available():
        pytest.skip("with a GPU the CUDA output is compiled on it, not generated without it")


@pytest.fixture(scope="session")
def mlp(tmp_path_factory):
    """Linear, GELU, Linear, softmax, generated for sm_90."""
    return capture_without_gpu("mlp.py", tmp_path_factory.mktemp("mlp_cuda"))


@pytest.fixture(scope="session")
def matmul_relu_sum(tmp_path_factory):
    """relu(x @ y + 1).sum(-1), generated for sm_90."""
    return capture_without_gpu("matmul_relu_sum.py", tmp_path_factory.mktemp("matmul_cuda"))


@pytest.fixture(scope="session")
def classifier_head(tmp_path_factory):
    """Linear(2048, 10) and ReLU: a matmul whose sizes are not aligned, generated for sm_90."""
    return capture_without_gpu("classifier_head.py", tmp_path_factory.mktemp("head_cuda"))


@pytest.fixture(scope="session")
def sdpa(tmp_path_factory):
    """F.scaled_dot_product_attention on (2, 4, 64, 32) fp32 tensors, generated for sm_90."""
    return capture_without_gpu("sdpa.py", tmp_path_factory.mktemp("sdpa_cuda"))


@pytest.fixture(scope="session")
def split_sum(tmp_path_factory):
    """A column sum over 4096 rows, which Inductor splits in two kernels, generated for sm_90."""
    return capture_without_gpu("split_sum.py", tmp_path_factory.mktemp("split_cuda"))


@pytest.fixture(scope="session", params=["mlp", "matmul_relu_sum"])
def capture(request):
    return request.getfixturevalue(request.param)


@pytest.fixture(scope="session")
def matmul_relu_sum_sm80(tmp_path_factory):
    """relu(x @ y + 1).sum(-1), generated for sm_80."""
    return capture_without_gpu("matmul_relu_sum.py", tmp_path_factory.mktemp("matmul_cuda_sm80"), "sm_80")


@pytest.fixture(scope="session")
def device_factories(tmp_path_factory):
    """arange, tensor and full made on the input's device, generated for sm_90."""
    return capture_without_gpu("device_factories.py", tmp_path_factory.mktemp("factories_cuda"))


@pytest.fixture(scope="session")
def graph_break_capture():
    """samples/torch_graph_break.py through the capture process: the CPU capture, then the
    CUDA output generated without the device."""
    skip_on_a_gpu()
    return run_capture(SAMPLES / "torch_graph_break.py", CaptureOptions(framework="torch"), timeout_s=300)


@pytest.fixture(scope="session")
def mlp_training():
    """The small MLP captured for training (--backward) through the capture process: the CPU
    capture, then the forward and backward CUDA output generated without the device."""
    skip_on_a_gpu()
    return run_capture(DATA / "mlp.py", CaptureOptions(framework="torch", backward=True), timeout_s=300)
