"""`irlens bench FILE` prints a table that names the device, the method, the repeats and the spread."""
import os
import subprocess
import sys
from pathlib import Path

import pytest


def test_bench_prints_device_method_repeats_and_spread(jax_model_file, tmp_path):
    env = dict(os.environ, IRLENS_CACHE_DIR=str(tmp_path / "cache"))
    result = subprocess.run([sys.executable, "-m", "irlens.cli", "bench", str(jax_model_file), "--repeats", "4"],
                            capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "device: " in out  # CPU: <model>, or the GPU's name where JAX sees one
    assert "method: time.perf_counter_ns, warm-up " in out
    header = next(line for line in out.splitlines() if line.startswith("path"))
    for column in ("median", "min", "IQR", "n", "GB/s", "TFLOP/s", "correct"):
        assert column in header.split()
    counted = next(line for line in out.splitlines() if line.startswith("bytes per run: "))
    # why GB/s differ; jaxlib 0.11 on a GPU gives no cost analysis before compiling, so the jaxpr counts
    assert "jax op-by-op: " in counted and "jax.jit: " in counted
    assert "unoptimized HLO" in counted or "each primitive of the jaxpr" in counted
    jit_line = next(line for line in out.splitlines() if line.startswith("jax.jit "))
    assert " 4 " in jit_line and "yes" in jit_line
    if "[cuda]" in out:
        assert "jax.jit [cuda]: no GPU present" in out


RANDOM_MODEL = '''
import torch


class Model(torch.nn.Module):
    def forward(self, x):
        return x + torch.rand_like(x)  # Inductor draws other random numbers than eager


def get_inputs():
    return [torch.zeros(64, 64)]
'''


def _bench(path, tmp_path, *extra):
    env = dict(os.environ, IRLENS_CACHE_DIR=str(tmp_path / "cache"))
    return subprocess.run([sys.executable, "-m", "irlens.cli", "bench", str(path), "--repeats", "3", *extra],
                          capture_output=True, text=True, env=env, timeout=300)


def test_bench_fails_when_a_compiled_result_is_wrong(tmp_path):
    path = tmp_path / "random_model.py"
    path.write_text(RANDOM_MODEL)
    result = _bench(path, tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    failed = result.stdout.split("failed or wrong:\n", 1)[1].split("not measured:", 1)[0]
    assert "torch.compile default [cpu]: wrong result: differs from the reference" in failed
    errors = result.stderr.strip().splitlines()
    assert errors[-1] == "irlens: error: bench: 1 failed or wrong: torch.compile default [cpu]"


def test_bench_fails_when_nothing_could_be_measured(tmp_path):
    import torch

    if torch.cuda.is_available():
        pytest.skip("a GPU is present: the kernels run")
    result = _bench(Path(__file__).resolve().parents[2] / "samples" / "triton_vector_add.py", tmp_path)
    assert result.returncode == 1
    assert "not measured:\n  triton [cuda]: no GPU present" in result.stdout and "failed or wrong" not in result.stdout
    assert result.stderr.strip().splitlines()[-1] == "irlens: error: bench: nothing was measured: no GPU present"
