"""Figures placed against datasheet peaks, and the roofline as data and as a Vega-Lite spec."""
import pytest

from irlens.timing.devices import cpu_device, peaks_for
from irlens.timing.harness import measured_row
from irlens.timing.roofline import attainable_tflop_per_s, roofline_chart_spec, roofline_points


@pytest.mark.parametrize("name, model, gb_per_s", [
    ("NVIDIA H100 80GB HBM3", "H100 SXM5 80GB", 3350),
    ("NVIDIA H100 PCIe", "H100 PCIe 80GB", 2000),
    ("NVIDIA H100 NVL", "H100 NVL 94GB", 3900),
    ("NVIDIA H200", "H200 SXM 141GB", 4800),
    ("NVIDIA A100-SXM4-80GB", "A100 SXM4 80GB", 2039),
    ("NVIDIA A100-SXM4-40GB", "A100 SXM4 40GB", 1555),
    ("NVIDIA A100 80GB PCIe", "A100 PCIe 80GB", 1935),
    ("NVIDIA A100-PCIE-40GB", "A100 PCIe 40GB", 1555),
])
def test_device_names_find_their_datasheet_peaks(name, model, gb_per_s):
    peaks = peaks_for(name)
    assert peaks.model == model and peaks.hbm_gb_per_s == gb_per_s and "datasheet" in peaks.source


def test_unknown_devices_have_no_peaks():
    assert peaks_for("NVIDIA GeForce RTX 4090") is None and peaks_for(None) is None


def test_compute_peak_follows_the_dtype():
    h100 = peaks_for("NVIDIA H100 80GB HBM3")
    assert h100.compute_peak("float32") == (67, "fp32 CUDA cores, no tensor cores")
    assert h100.compute_peak("float32", allow_tf32=True)[0] == 494.7
    assert h100.compute_peak("bfloat16")[0] == 989.4


def test_gpu_row_is_placed_against_the_peaks():
    gpu = cpu_device()
    gpu.kind, gpu.name, gpu.peaks = "cuda", "NVIDIA H100 80GB HBM3", peaks_for("NVIDIA H100 80GB HBM3")
    row = measured_row("triton", "add_kernel", gpu, "CUDA events", [1e-4] * 3, bytes_moved=2.68e8,
                       bytes_source="args", flops=1e9, compute_peak=gpu.peaks.compute_peak("float32"))
    assert row["gb_per_s"] == pytest.approx(2680)
    assert row["peak_fraction_bw"] == pytest.approx(2680 / 3350)
    assert row["peak_fraction_compute"] == pytest.approx(10 / 67)
    assert row["arithmetic_intensity"] == pytest.approx(1e9 / 2.68e8)
    spec = roofline_chart_spec([row])
    roofs, points = spec["layer"][0]["data"]["values"], spec["layer"][1]["data"]["values"]
    assert max(p["tflop_per_s"] for p in roofs) == 67
    assert min(p["tflop_per_s"] for p in roofs) == pytest.approx(attainable_tflop_per_s(1e-2, 3350, 67))
    assert points == roofline_points([row]) and points[0]["label"] == "add_kernel"
    assert points[0]["median"] == "100 us"
    labels = spec["layer"][2]["data"]["values"]
    assert [label["text"] for label in labels] == ["67 TFLOP/s, 3350 GB/s (fp32 CUDA cores, no tensor cores)"]


def test_roof_is_bandwidth_bound_below_the_ridge_point():
    ridge = 67 / 3350 * 1e3  # FLOP/byte
    assert attainable_tflop_per_s(ridge / 2, 3350, 67) == pytest.approx(33.5)
    assert attainable_tflop_per_s(ridge * 2, 3350, 67) == 67


def test_host_rows_plot_without_roofs(jax_bench):
    if any(r["device_kind"] == "cuda" and r["median_s"] for r in jax_bench.timings):
        pytest.skip("JAX ran on a GPU here")
    spec = roofline_chart_spec(jax_bench.timings)
    assert len(spec["layer"]) == 1
    points = spec["layer"][0]["data"]["values"]
    assert {p["path"] for p in points} == {"jax op-by-op", "jax.jit"}
    assert all(p["device"].startswith("CPU: ") for p in points)
