"""Timings on a real GPU: every path measured on the device, figures positive, below the
datasheet peak, and fused kernels moving fewer bytes than the unfused run."""
import pytest

torch = pytest.importorskip("torch")
pytestmark = [pytest.mark.gpu,
              pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")]

GPU_REPEATS = 20


@pytest.fixture(scope="module")
def torch_gpu_bench(torch_model_file, run_bench):
    return run_bench(torch_model_file, "torch", repeats=GPU_REPEATS)


def _measured(row):
    assert row["error"] is None, row["error"]
    assert row["device_kind"] == "cuda" and row["device"] == torch.cuda.get_device_name(0)
    assert "CUDA events" in row["method"] or "CUPTI" in row["method"]
    assert 0 < row["min_s"] <= row["median_s"] and row["iqr_s"] >= 0
    if row["gb_per_s"] is not None and row["peak_gb_per_s"]:
        assert row["gb_per_s"] < row["peak_gb_per_s"]
    return row


def test_every_torch_path_is_timed_on_the_gpu(torch_gpu_bench, find_row):
    for path in ("eager", "torch.compile default", "torch.compile max-autotune"):
        _measured(find_row(torch_gpu_bench, path, "cuda"))
    assert not [r for r in torch_gpu_bench.timings if r["device_kind"] == "cpu"]


def test_compiled_paths_match_eager_on_the_gpu(torch_gpu_bench, find_row):
    for path in ("torch.compile default", "torch.compile max-autotune"):
        assert find_row(torch_gpu_bench, path, "cuda")["correct"] is True


def test_generated_kernels_are_timed_with_inductor_byte_counts(torch_gpu_bench):
    kernels = [r for r in torch_gpu_bench.timings
               if r["path"] == "torch.compile default" and r["kernel"]]
    triton_kernels = [_measured(r) for r in kernels if r["kernel"].startswith("triton_")]
    assert triton_kernels, [r["kernel"] for r in kernels]
    fused = triton_kernels[0]
    assert fused["bytes"] > 0 and fused["bytes_source"].startswith("Inductor")
    assert 0 < fused["peak_fraction_bw"] < 1


def test_library_gemms_launched_alone_carry_the_profilers_flops(torch_gpu_bench):
    # Linear(128, 256) on a batch of 64 is one GEMM; cuBLAS may split it (split-K and a reduction),
    # and then neither kernel gets FLOPs: so one exact row unless the eager kernels show a split
    counted = [_measured(r) for r in torch_gpu_bench.timings
               if r["path"] == "eager" and r["kernel"] and "aten::addmm" in (r["flops_source"] or "")]
    eager_kernels = [r["kernel"] for r in torch_gpu_bench.timings if r["path"] == "eager" and r["kernel"]]
    split = any("splitK" in name or "split_k" in name.lower() for name in eager_kernels)
    assert len(counted) == (0 if split else 1), (eager_kernels, [r["flops_source"] for r in counted])
    for row in counted:
        assert row["flops"] == 2 * 64 * 128 * 256 and 0 < row["peak_fraction_compute"] < 1


def test_eager_kernels_carry_the_bytes_of_the_aten_op_that_launched_them(torch_gpu_bench):
    eager = [r for r in torch_gpu_bench.timings if r["path"] == "eager" and r["kernel"]]
    sized = [_measured(r) for r in eager if r["bytes"]]
    # relu, sin, * 2 and + 1 each read and write one 64x256 float32 tensor in a kernel of their own
    # (a scalar operand may add a few bytes)
    elementwise = [r for r in sized if "aten::addmm" not in r["bytes_source"]]
    assert len(elementwise) >= 3, [(r["kernel"], r["bytes"]) for r in eager]
    for row in elementwise:
        assert row["bytes_source"].startswith("tensor sizes of aten::")
        assert 2 * 4 * 64 * 256 <= row["bytes"] <= 2 * 4 * 64 * 256 + 16 and 0 < row["peak_fraction_bw"] < 1
    # the GEMM, when cuBLAS runs it as one kernel: x, weight and bias in, the output out
    for row in (r for r in sized if "aten::addmm" in r["bytes_source"]):
        assert row["bytes"] == 4 * (64 * 128 + 128 * 256 + 256 + 64 * 256)


def test_fused_run_moves_fewer_bytes_than_eager(torch_gpu_bench, find_row):
    eager = find_row(torch_gpu_bench, "eager", "cuda")
    compiled = find_row(torch_gpu_bench, "torch.compile default", "cuda")
    assert 0 < compiled["bytes"] < eager["bytes"]
    fused_kernel_bytes = sum(r["bytes"] for r in torch_gpu_bench.timings
                             if r["path"] == "torch.compile default" and r["kernel"]
                             and r["kernel"].startswith("triton_") and r["bytes"])
    assert fused_kernel_bytes < eager["bytes"]


def test_hand_written_triton_kernel_is_timed_below_peak_bandwidth(triton_model_file, run_bench, find_row):
    capture = run_bench(triton_model_file, "triton", repeats=GPU_REPEATS)
    row = _measured(find_row(capture, "triton", "cuda", kernel="add_kernel"))
    assert row["bytes"] == 3 * 4 * (1 << 24)
    assert 0 < row["peak_fraction_bw"] < 1


def test_jax_jit_is_timed_on_the_gpu_when_jax_sees_one(jax_model_file, run_bench, find_row):
    jax = pytest.importorskip("jax")
    if jax.devices()[0].platform not in ("gpu", "cuda"):
        pytest.skip("this JAX has no GPU backend")
    capture = run_bench(jax_model_file, "jax", repeats=GPU_REPEATS)
    row = find_row(capture, "jax.jit", "cuda")
    assert row["error"] is None and row["median_s"] > 0 and row["correct"] is True
    kernels = [r for r in capture.timings if r["path"] == "jax.jit" and r["kernel"]]
    assert kernels and all(_measured(r) for r in kernels), [r["error"] for r in kernels]
    # not fewer bytes than op by op: XLA:GPU splits small GEMMs over K and writes the partial sums
    # (on the H200, 753664 bytes both ways); but its count is each kernel's operands and result
    assert row["bytes"] == pytest.approx(sum(r["bytes"] * r["calls_per_run"] for r in kernels), rel=0.01)
    assert sum(r["median_s"] * r["calls_per_run"] for r in kernels) <= 2 * row["median_s"]
    # the one dot (64x128 @ 128x256), in one kernel or split over several: its FLOPs are counted once
    assert sum(r["flops"] or 0 for r in kernels) == 2 * 64 * 128 * 256, [(r["kernel"], r["flops"]) for r in kernels]


def test_l2_flush_rewrites_at_least_twice_the_cards_l2():
    from irlens.timing.harness import CudaL2Flush, cuda_l2_bytes

    flush = CudaL2Flush()
    assert flush.nbytes >= 2 * (cuda_l2_bytes() or 0) and flush.nbytes >= 256 * 2**20


def test_clocks_are_those_of_the_timed_card(torch_gpu_bench, find_row):
    import shutil

    if not shutil.which("nvidia-smi"):
        pytest.skip("no nvidia-smi on this machine")
    clocks = find_row(torch_gpu_bench, "eager", "cuda")["clocks"]
    assert clocks and clocks["clocks_max_sm_mhz"] > 0, clocks
