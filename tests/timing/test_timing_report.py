"""The printed table: measured rows grouped by device and method, failures one line each."""
import pytest

from irlens.timing.report import format_seconds, format_timings, kernel_summaries


def test_seconds_are_printed_in_a_readable_unit():
    assert [format_seconds(s) for s in (2.5, 3e-3, 4.56e-6, 7e-9, 0.75e-9, 1.82e-18, None)] == \
        ["2.5 s", "3 ms", "4.56 us", "7 ns", "0.75 ns", "0 ns", "-"]


def test_table_of_a_real_run_names_device_method_and_failures(torch_bench):
    text = format_timings(torch_bench.timings)
    lines = text.splitlines()
    assert any(line.startswith("device: ") and line.endswith(("[cpu]", "MHz", "[cuda]")) for line in lines)
    assert any(line.startswith("method: ") and "torch.no_grad" in line for line in lines)
    assert any(line.startswith("torch.compile default ") and line.rstrip().endswith("yes") for line in lines)
    if "no GPU present" in text:
        assert "  eager [cuda]: no GPU present" in lines


def test_no_rows_prints_a_line():
    assert format_timings([]) == "no timings\n"


def test_kernels_per_run_add_up_each_kernels_median_times_its_calls(torch_bench):
    summaries = {s["path"]: s for s in kernel_summaries(torch_bench.timings)}
    assert {"eager", "torch.compile default"} <= summaries.keys()
    for path, summary in summaries.items():
        kernels = [r for r in torch_bench.timings if r["path"] == path and r["kernel"] and r["median_s"]
                   and r["device_kind"] == summary["device_kind"]]
        assert summary["kernels"] == len(kernels) and summary["launches_per_run"] >= len(kernels)
        assert summary["kernel_time_s"] == pytest.approx(sum(r["median_s"] * r["calls_per_run"] for r in kernels))
        assert summary["share_in_kernels"] == pytest.approx(summary["kernel_time_s"] / summary["end_to_end_s"])
    # eager: five aten ops a run; compiled: the matmul and one fused kernel
    assert summaries["eager"]["launches_per_run"] > summaries["torch.compile default"]["launches_per_run"]


def test_compiled_paths_are_set_against_the_unfused_one_on_the_same_device(torch_bench, jax_bench):
    from irlens.timing.report import speedup_lines

    for capture, base, compiled in ((torch_bench, "eager", "torch.compile default"),
                                    (jax_bench, "jax op-by-op", "jax.jit")):
        rows = capture.timings
        (line,) = [x for x in speedup_lines(rows) if x.startswith(f"{compiled} [cpu]: ")]
        ratio = next(r for r in rows if r["path"] == base and not r["kernel"] and r["median_s"])["median_s"] / \
            next(r for r in rows if r["path"] == compiled and not r["kernel"] and r["median_s"])["median_s"]
        expected = f"{ratio:.2f}x faster" if ratio >= 1 else f"{1 / ratio:.2f}x slower"
        assert f": {expected} than {base} (" in line


def test_the_peaks_line_names_no_compute_peak_for_rows_without_flops():
    from irlens.timing.devices import Device, peaks_for
    from irlens.timing.harness import measured_row

    h200 = Device("cuda", "NVIDIA H200", peaks=peaks_for("NVIDIA H200"))
    copy = measured_row("triton", "copy_kernel", h200, "CUDA events", [2e-6, 3e-6, 4e-6], bytes_moved=8e6)
    matmul = measured_row("triton", "matmul_kernel", h200, "CUDA events", [2e-6, 3e-6, 4e-6], bytes_moved=8e6,
                          flops=2e9, compute_peak=h200.peaks.compute_peak("float32", False))
    sheet = "; NVIDIA H200 Tensor Core GPU datasheet (nvidia.com/en-us/data-center/h200)\n"
    assert "peaks: 4800 GB/s" + sheet in format_timings([copy])
    assert "peaks: 4800 GB/s, 67 TFLOP/s (fp32 CUDA cores, no tensor cores)" + sheet in format_timings([matmul])
    # a table whose first row counts no FLOPs still names the compute peak its other rows are held to
    assert "67 TFLOP/s" in format_timings([copy, matmul])


def test_library_kernel_names_are_cut_to_what_tells_them_apart():
    from irlens.timing.report import KERNEL_NAME_WIDTH, short_kernel_name

    # names as CUPTI gave them for torch_mlp on an H200 (torch 2.11)
    gelu = ("void at::native::vectorized_elementwise_kernel<4, at::native::GeluCUDAKernelImpl(at::TensorIteratorBase&, "
            "at::native::GeluType)::{lambda()#2}::operator()() const::{lambda(float)#1}, std::array<char*, 2ul> >"
            "(int, at::native::GeluCUDAKernelImpl(at::TensorIteratorBase&, at::native::GeluType)::{lambda()#2}"
            "::operator()() const::{lambda(float)#1}, std::array<char*, 2ul>)")
    assert short_kernel_name(gelu) == "at::native::vectorized_elementwise_kernel<…>"
    assert short_kernel_name("void cutlass::Kernel2<cutlass_80_simt_sgemm_64x64_8x5_tn_align1>"
                             "(cutlass_80_simt_sgemm_64x64_8x5_tn_align1::Params)") \
        == "cutlass::Kernel2<cutlass_80_simt_sgemm_64x64_8x5_tn_align1>"
    cublas = "sm80_xmma_gemm_f32f32_f32f32_f32_tn_n_tilesize32x32x8_stage3_warpsize1x2x1_ffma_aligna4_alignc4_execute_kernel__5x_cublas"
    split = cublas.replace("execute_kernel", "execute_split_k_kernel")  # both ran for one mm there
    for name in (cublas, split):
        assert len(short_kernel_name(name)) == KERNEL_NAME_WIDTH and "…" in short_kernel_name(name)
        assert short_kernel_name(name).startswith("sm80_xmma_gemm_f32f32") and short_kernel_name(name).endswith("_cublas")
    assert short_kernel_name(cublas) != short_kernel_name(split)
    for name in ("triton_poi_fused_addmm_gelu_0", "aten::linear", "loop_multiply_fusion", "(anonymous namespace)::f"):
        assert short_kernel_name(name) == name


def test_gpu_figures_read_as_numbers_and_clocks_by_name():
    from irlens.timing.report import _number, clocks_text

    assert [_number(v) for v in (1070.4, 965.2, 0.756, None)] == ["1070", "965", "0.756", "-"]
    # as nvidia-smi gave them on the H200
    assert clocks_text({"clocks_sm_mhz": 1980, "clocks_mem_mhz": 3201, "clocks_max_sm_mhz": 1980,
                        "clocks_max_mem_mhz": 3201}) == "SM 1980 MHz (max 1980), memory 3201 MHz (max 3201)"
    assert clocks_text({"clocks_max_sm_mhz": 1980, "clocks_gr_mhz": 345}) == "SM max 1980 MHz, clocks_gr 345 MHz"


def test_figures_a_disturbed_machine_gave_say_they_cannot_be_trusted():
    from irlens.timing.devices import cpu_device
    from irlens.timing.harness import measured_row
    from irlens.timing.report import share_text, speedup_lines

    host = cpu_device()
    # as a busy 2-core host gave them: eager's median 35.9 ms, its min 516 us
    eager = measured_row("eager", None, host, "perf_counter", [516e-6, 600e-6, 35.9e-3, 40e-3, 41e-3])
    steady = measured_row("torch.compile default", None, host, "perf_counter", [670e-6, 675e-6, 680e-6])
    (line,) = speedup_lines([eager, steady])
    assert "faster than eager" in line and "too wide to rank them" in line
    calm = measured_row("eager", None, host, "perf_counter", [1.0e-3, 1.01e-3, 1.02e-3])
    assert "too wide" not in speedup_lines([calm, steady])[0]
    assert share_text(1.096) == "109.6%" and share_text(51.5).startswith("5150%: inconsistent")
    # a steady pair timed while another process took half the host: still said beside the ratio
    busy = dict(calm, host_busy=0.49)
    assert speedup_lines([busy, steady])[0].endswith("other processes used 49% of the host's CPU meanwhile: "
                                                     "rerun on an idle machine before trusting it")


def test_runs_that_split_between_fast_and_held_up_are_not_ranked_by_their_medians():
    from irlens.timing.devices import cpu_device
    from irlens.timing.harness import measured_row
    from irlens.timing.report import speedup_lines

    host = cpu_device()
    # as an H200 gave torch.compile's wrapper on a fresh machine: at best 37 us, a median of 134 us,
    # an IQR of 30% of it; eager steady at 36 us
    held_up = measured_row("torch.compile default", None, host, "perf_counter",
                           [37e-6] * 5 + [112e-6] * 20 + [134e-6] * 50 + [152e-6] * 25)
    eager = measured_row("eager", None, host, "perf_counter", [35e-6, 36e-6, 36e-6, 37e-6])
    assert held_up["iqr_s"] / held_up["median_s"] < 0.5  # the IQR alone would let it stand
    (line,) = speedup_lines([eager, held_up])
    assert "slower than eager" in line
    assert line.endswith("but torch.compile default's runs split: its median is 3.6x its fastest run (37 us), "
                         "so most runs were slowed by something else: rerun on an idle machine")
    steady = measured_row("torch.compile default", None, host, "perf_counter", [30e-6, 31e-6, 32e-6])
    assert "split" not in speedup_lines([eager, steady])[0]


def test_a_spread_below_the_clocks_step_says_so():
    from irlens.timing.devices import cpu_device
    from irlens.timing.harness import measured_row
    from irlens.timing.report import row_cells

    # CUPTI kernel times in 32 ns steps (H200), read as microseconds: the IQR interpolates to 2 ns
    samples = [2.208e-6] * 12 + [2.240e-6] * 36 + [2.272e-6] * 2
    row = measured_row("jax.jit", "gemm_fusion_dot", cpu_device(), "CUPTI", samples)
    assert row["tick_s"] == pytest.approx(32e-9) and row["iqr_s"] < 32e-9
    assert "< 32 ns" in row_cells(row)
    wide = measured_row("eager", None, cpu_device(), "perf_counter", [1e-3, 1.2e-3, 1.4e-3, 1.6e-3])
    assert "< " not in " ".join(row_cells(wide))
