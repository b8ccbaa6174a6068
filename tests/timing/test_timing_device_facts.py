"""What a GPU timing is built on, checked without a GPU: which card's peaks apply, which nvidia-smi
device a CUDA index is, how much L2 flushing rewrites, and the byte counts Inductor writes."""
from pathlib import Path

import pytest

from irlens.timing.devices import peaks_for, visible_device_id
from irlens.timing.harness import L2_FLUSH_BYTES, l2_flush_bytes, tolerance_for
from irlens.timing.torch_paths import inductor_kernel_metadata

SAMPLE_OUTPUT = Path(__file__).resolve().parents[2] / "samples/bundles/torch_mlp/stages/graph_0_0_0/inductor.sm_90.py"


def test_grace_hopper_is_not_taken_for_an_h200():
    assert peaks_for("NVIDIA GH200 480GB") is None
    assert peaks_for("NVIDIA H200").model == "H200 SXM 141GB"


def test_l2_flush_covers_twice_the_l2_and_never_less_than_tritons():
    assert l2_flush_bytes(50 * 2**20) == L2_FLUSH_BYTES == 256 * 2**20
    assert l2_flush_bytes(None) == L2_FLUSH_BYTES
    assert l2_flush_bytes(192 * 2**20) == 384 * 2**20


def test_nvidia_smi_id_follows_cuda_visible_devices(monkeypatch):
    monkeypatch.delenv("CUDA_VISIBLE_DEVICES", raising=False)
    assert visible_device_id(1) == "1"
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "3,5")
    assert visible_device_id(0) == "3" and visible_device_id(1) == "5" and visible_device_id(2) is None
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "GPU-8c1f0e1a-0000-4000-8000-000000000000")
    assert visible_device_id(0).startswith("GPU-")


def test_tf32_matmuls_get_half_precision_room():
    assert tolerance_for("float32", tf32=True) == tolerance_for("bfloat16")
    assert tolerance_for("float32")[0] < tolerance_for("float32", tf32=True)[0]


def test_kernel_metadata_is_read_from_real_inductor_output():
    found = inductor_kernel_metadata([SAMPLE_OUTPUT.read_text()])
    assert "triton_poi_fused_addmm_gelu_0" in found
    assert found["triton_poi_fused_addmm_gelu_0"]["num_load"] == 2


@pytest.mark.parametrize("hints", ["{AutotuneHint.ONE_ELEMENT_PER_THREAD}", "set()"])
def test_a_value_that_is_not_a_literal_keeps_the_byte_count(hints):
    code = ("@triton_heuristics.pointwise(inductor_meta={'kernel_name': 'triton_poi_k_0', "
            f"'autotune_hints': {hints}, 'kernel_num_gb': 0.25, 'kernel_flop': 0}})")
    meta = inductor_kernel_metadata([code])["triton_poi_k_0"]
    assert meta["kernel_num_gb"] == 0.25


def test_a_rows_clocks_are_read_when_the_row_is_made_not_when_the_device_was_found():
    from irlens.timing.devices import Device
    from irlens.timing.harness import measured_row

    readings = iter([{"clocks_sm_mhz": 345}, {"clocks_sm_mhz": 1980}])  # idle, then under load (H200)
    device = Device("cuda", "NVIDIA H200", read_clocks=lambda: next(readings))
    row = measured_row("eager", None, device, "CUDA events", [1e-5, 2e-5])
    assert row["clocks"] == {"clocks_sm_mhz": 345}
    device._clocks_read_at -= 2  # a second later, after the next path's timed runs
    assert measured_row("eager", None, device, "CUDA events", [1e-5])["clocks"] == {"clocks_sm_mhz": 1980}


def test_unfused_bytes_counted_from_the_jaxpr_are_near_xlas_own_count():
    # the fallback where XLA gives no cost analysis before compiling (jaxlib 0.11 on CUDA)
    jax = pytest.importorskip("jax")
    import jax.numpy as jnp

    from irlens.timing.jax_paths import jaxpr_bytes

    def mlp(x, w):
        return jnp.sin(jax.nn.relu(x @ w + 1)) * 2

    args = (jnp.ones((64, 128)), jnp.ones((128, 256)))
    counted = jaxpr_bytes(jax.make_jaxpr(mlp)(*args).jaxpr)
    # dot: reads x and w, writes 64x256; add, relu (inside custom_jvp_call and jit), sin, mul: 64x256 in and out
    assert counted == 4 * (64 * 128 + 128 * 256 + 64 * 256) + 4 * (4 * 2 * 64 * 256)
    xla = jax.jit(mlp).lower(*args).cost_analysis()
    xla = xla[0] if isinstance(xla, (list, tuple)) else xla
    assert 0.5 < counted / xla["bytes accessed"] < 2
