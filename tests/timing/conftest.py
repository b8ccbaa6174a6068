"""Model files written for the timing tests, and one real `bench` run of each shared by the tests."""
from __future__ import annotations

import textwrap

import pytest

from irlens.options import CaptureOptions
from irlens.runner import run_capture

TINY_TORCH = """
    import torch
    from torch import nn


    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.linear = nn.Linear(128, 256)

        def forward(self, x):
            return torch.relu(self.linear(x)).sin() * 2 + 1


    def get_inputs():
        return [torch.randn(64, 128)]
"""

TINY_JAX = """
    import jax
    import jax.numpy as jnp


    def mlp(x, w):
        return jnp.sin(jax.nn.relu(x @ w + 1)) * 2


    def example():
        return mlp, (jnp.ones((64, 128)), jnp.ones((128, 256)) * 0.01)
"""

TINY_TRITON = """
    import torch
    import triton
    import triton.language as tl


    @triton.jit
    def add_kernel(x_ptr, y_ptr, out_ptr, n, BLOCK: tl.constexpr):
        offsets = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
        mask = offsets < n
        tl.store(out_ptr + offsets, tl.load(x_ptr + offsets, mask=mask) + tl.load(y_ptr + offsets, mask=mask),
                 mask=mask)


    def example():
        n = 1 << 24
        x, y = torch.randn(n, device="cuda"), torch.randn(n, device="cuda")
        out = torch.empty_like(x)
        return [(add_kernel, (triton.cdiv(n, 1024),), (x, y, out, n), {"BLOCK": 1024})]
"""

REPEATS = 5


def write_model(directory, name: str, source: str):
    path = directory / name
    path.write_text(textwrap.dedent(source).lstrip())
    return path


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("timing_models")


@pytest.fixture(scope="session")
def torch_model_file(model_dir):
    return write_model(model_dir, "tiny_torch.py", TINY_TORCH)


@pytest.fixture(scope="session")
def jax_model_file(model_dir):
    return write_model(model_dir, "tiny_jax.py", TINY_JAX)


@pytest.fixture(scope="session")
def triton_model_file(model_dir):
    return write_model(model_dir, "tiny_triton.py", TINY_TRITON)


def bench(path, framework: str, repeats: int = REPEATS):
    return run_capture(path, CaptureOptions(framework=framework, bench_only=True, repeats=repeats),
                       timeout_s=600)


@pytest.fixture(scope="session")
def run_bench():
    """run_bench(path, framework, repeats=5): a real `irlens bench` run in a capture process."""
    return bench


@pytest.fixture(scope="session")
def torch_bench(torch_model_file):
    """One real torch.compile (default mode) of the tiny model, timed end to end, and a second with
    Inductor's kernel profiling for the kernel rows: the only compiles of the timing tests."""
    return bench(torch_model_file, "torch")


@pytest.fixture(scope="session")
def jax_bench(jax_model_file):
    return bench(jax_model_file, "jax")


def one_row(capture, path: str, device_kind: str, kernel=None) -> dict:
    found = [r for r in capture.timings
             if r["path"] == path and r["device_kind"] == device_kind and r["kernel"] == kernel]
    assert len(found) == 1, f"expected one {path} row on {device_kind}, got {found}; errors: {capture.errors}"
    return found[0]


@pytest.fixture
def find_row():
    """find_row(capture, path, device_kind, kernel=None): the one timing row that matches."""
    return one_row
