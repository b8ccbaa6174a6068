"""A path that fails is reported as failed, in one line, and the other paths still run."""
import pytest

from irlens.options import CaptureOptions
from irlens.timing.devices import cpu_device
from irlens.timing.harness import failed_row, time_on_host
from irlens.timing.jax_paths import bench_jax
from irlens.timing.triton_paths import bench_triton

RAISING_JAX = '''
import jax.numpy as jnp


def broken(x):
    if x.shape[0] > 1:
        raise ValueError("rows must be 1")
    return x * 2


def example():
    return broken, (jnp.ones((4, 4)),)
'''


def test_a_raising_jax_function_fails_both_paths_in_one_line(tmp_path):
    path = tmp_path / "broken_jax.py"
    path.write_text(RAISING_JAX)
    rows: list[dict] = []
    bench_jax(path, CaptureOptions(framework="jax", bench_only=True, repeats=3), rows.extend)
    measured = {r["path"]: r for r in rows if r["device_kind"] == "cpu"}
    assert set(measured) == {"jax op-by-op", "jax.jit"}
    for row in measured.values():
        assert row["median_s"] is None
        assert "broken_jax.py:7" in row["error"] and "ValueError: rows must be 1" in row["error"]
        assert "\n" not in row["error"]


RAISING_TORCH = '''
import torch


class Model(torch.nn.Module):
    def forward(self, x):
        raise ValueError("shape mismatch in my model")


def get_inputs():
    return [torch.randn(4, 4)]
'''


@pytest.mark.skipif(__import__("torch").cuda.is_available(), reason="the host paths")
def test_a_raising_torch_model_fails_each_path_once_in_one_line(tmp_path):
    from irlens.timing.torch_paths import bench_torch

    path = tmp_path / "broken_model.py"
    path.write_text(RAISING_TORCH)
    rows: list[dict] = []
    bench_torch(path, CaptureOptions(framework="torch", bench_only=True, repeats=3), rows.extend)
    failed = [(r["path"], r["kernel"]) for r in rows if r["device_kind"] == "cpu" and r["error"]
              and "ValueError" in r["error"]]
    assert failed == [("eager", None), ("torch.compile default", None)]  # no second compile for kernels
    assert all("broken_model.py:7" in r["error"] and "\n" not in r["error"] for r in rows
               if r["error"] and "ValueError" in r["error"])


def test_host_timer_counts_only_the_repeats_asked_for():
    calls = []
    samples, method = time_on_host(lambda: calls.append(1), repeats=7, warmup=2)
    warmed = len(calls) - 7
    assert len(samples) == 7 and 2 <= warmed <= 200 and all(s >= 0 for s in samples)
    assert method == "time.perf_counter_ns, warm-up 2 runs and 0.2 s, caches warm"


def test_failed_row_keeps_no_figures():
    row = failed_row("eager", None, cpu_device(), "model.py:3 in forward: RuntimeError: boom")
    assert row["device_kind"] == "cpu" and row["median_s"] is None and row["bytes"] is None


def test_triton_without_a_gpu_reports_no_gpu_and_runs_nothing(tmp_path):
    import torch

    if torch.cuda.is_available():
        pytest.skip("a GPU is present: the kernels run")
    path = tmp_path / "kernel.py"
    path.write_text("raise RuntimeError('must not be imported without a GPU')\n")
    rows: list[dict] = []
    bench_triton(path, CaptureOptions(framework="triton", bench_only=True), rows.extend)
    assert len(rows) == 1
    assert (rows[0]["path"], rows[0]["device_kind"], rows[0]["error"]) == ("triton", "cuda", "no GPU present")
    assert rows[0]["median_s"] is None


def test_a_jax_program_that_runs_no_kernel_is_not_a_failure(tmp_path):
    from irlens.timing.report import bench_failure

    path = tmp_path / "no_output.py"
    path.write_text("import jax.numpy as jnp\n\n\ndef f(x):\n    return None\n\n\n"
                    "def example():\n    return f, (jnp.ones(4),)\n")
    rows: list[dict] = []
    bench_jax(path, CaptureOptions(framework="jax", bench_only=True, repeats=3), rows.extend)
    kernels = [r for r in rows if r["path"] == "jax.jit" and r["kernel"]]
    assert len(kernels) == 1 and kernels[0]["skipped"] and "runs no kernel" in kernels[0]["error"]
    assert bench_failure(rows) is None  # `irlens bench` exits 0: nothing failed


def test_a_model_torch_compile_compiles_nothing_has_its_kernel_row_skipped(tmp_path):
    from pathlib import Path

    from irlens.timing.report import bench_failure
    from irlens.timing.torch_paths import bench_torch

    path = Path(__file__).parents[1] / "torch" / "data" / "frame_skipped.py"
    rows: list[dict] = []
    bench_torch(path, CaptureOptions(framework="torch", bench_only=True, repeats=3), rows.extend)
    (kernels,) = [r for r in rows if r["path"] == "torch.compile default" and r["kernel"] and r["device_kind"] == "cpu"]
    assert kernels["skipped"] and "compiled no graph" in kernels["error"]
    assert bench_failure(rows) is None
