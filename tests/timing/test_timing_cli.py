"""`irlens bench FILE` prints a table that names the device, the method, the repeats and the spread."""
import os
import subprocess
import sys


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
    jit_line = next(line for line in out.splitlines() if line.startswith("jax.jit "))
    assert " 4 " in jit_line and "yes" in jit_line
    if "[cuda]" in out:
        assert "jax.jit [cuda]: no GPU present" in out
